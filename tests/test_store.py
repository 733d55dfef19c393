"""The corrections store (SQLite) and the uploaded-articles folder."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading

import pytest

from stance.store import CorrectionStore, corpus_fingerprint, default_db_path, safe_filename, save_article
from tests.seed_facts import SEED_VOICES


@pytest.fixture
def db(tmp_path):
    return tmp_path / "sub" / "corrections.sqlite3"


def test_save_get_and_history(db):
    store = CorrectionStore(db)
    assert db.is_file(), "folder and database are created on first use"
    assert store.get("a:1-5") is None and store.version() == 0
    store.save("a:1-5", "skeptical", article="a", quote="Not for long", model_stance="welcoming", note="irony")
    row = store.get("a:1-5")
    assert (row["reviewed_stance"], row["model_stance"], row["article"], row["note"]) == \
        ("skeptical", "welcoming", "a", "irony")
    assert row["reviewed_speaker"] == "" and row["reviewed_at"].endswith("+00:00")
    store.save("a:1-5", "political", quote="Not for long", reviewed_speaker="Ivy Yang")
    assert store.get("a:1-5")["reviewed_stance"] == "political"
    assert store.get("a:1-5")["reviewed_speaker"] == "Ivy Yang"
    assert len(store) == 1
    assert [h["reviewed_stance"] for h in store.history("a:1-5")] == ["skeptical", "political"]
    assert store.version() == 2
    assert store.revert("a:1-5") is True
    assert store.version() == 3
    assert store.get("a:1-5") is None and len(store) == 0
    assert [h["action"] for h in store.history()] == ["save", "save", "revert"]
    assert store.revert("a:1-5") is False


@pytest.mark.parametrize("label", ["Welcoming", "neutral", "unlabelled"])
def test_invalid_label_rejected(db, label):
    store = CorrectionStore(db)
    with pytest.raises(ValueError, match="unknown stance"):
        store.save("a:1-5", label, quote="x")
    assert len(store) == 0 and store.history() == []


@pytest.mark.parametrize("label", ["", None])
def test_a_review_needs_a_stance_or_a_speaker(db, label):
    store = CorrectionStore(db)
    with pytest.raises(ValueError, match="nothing to save"):
        store.save("a:1-5", label, quote="x")
    assert len(store) == 0 and store.history() == []


def test_stance_and_speaker_reviews_are_separate(db):
    store = CorrectionStore(db)
    store.save("a:1-5", None, reviewed_speaker="Ivy Yang", quote="q", model_stance="welcoming")
    row = store.get("a:1-5")
    assert (row["reviewed_stance"], row["reviewed_speaker"]) == ("", "Ivy Yang"), "a speaker fix is not a stance review"
    assert store.training_rows() == ([], []), "and never becomes training data"
    store.save("a:1-5", "skeptical")  # the stance review keeps the speaker fix
    assert (store.get("a:1-5")["reviewed_stance"], store.get("a:1-5")["reviewed_speaker"]) == ("skeptical", "Ivy Yang")
    store.save("a:1-5", None, reviewed_speaker="")  # clearing the speaker keeps the stance review
    assert (store.get("a:1-5")["reviewed_stance"], store.get("a:1-5")["reviewed_speaker"]) == ("skeptical", "")
    assert store.get("a:1-5")["quote"] == "q", "what was saved before is kept"


def test_article_metadata_is_stored_beside_the_reviews(db):
    store = CorrectionStore(db)
    version = store.version()
    store.save_metadata("story", title="Ferry plan", date="2025-03-03")
    assert store.version() > version
    store.save_metadata("story", source="Harbour Herald")
    assert [(m["article"], m["title"], m["source"], m["date"]) for m in store.metadata()] == \
        [("story", "Ferry plan", "Harbour Herald", "2025-03-03")]
    with pytest.raises(ValueError, match="unknown metadata"):
        store.save_metadata("story", author="me")


def test_survives_reopening(db):
    CorrectionStore(db).save("a:1-5", "welcoming", quote="Welcome!", model_stance="skeptical")
    CorrectionStore(db).save("b:7-9", "political", quote="Ban it")
    reopened = CorrectionStore(db)
    assert {r["voice_id"] for r in reopened.all()} == {"a:1-5", "b:7-9"}
    assert reopened.training_rows() == (["Welcome!", "Ban it"], ["welcoming", "political"])
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_path_follows_data_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("STANCE_DATA_DIR", str(tmp_path / "d"))
    assert default_db_path() == tmp_path / "d" / "corrections.sqlite3"
    CorrectionStore().save("x:0-1", "skeptical", quote="q")
    assert (tmp_path / "d" / "corrections.sqlite3").is_file()
    monkeypatch.delenv("STANCE_DATA_DIR")
    assert str(default_db_path()) == "data/corrections.sqlite3"


def _save_many(path, prefix, n, barrier=None):
    store = CorrectionStore(path)
    if barrier is not None:
        barrier.wait()
    for i in range(n):
        store.save(f"{prefix}:{i}-{i + 1}", ("welcoming", "skeptical", "political")[i % 3], quote=f"{prefix} {i}")
        store.save("shared:0-1", ("welcoming", "skeptical", "political")[i % 3], quote="same voice",
                   note=f"{prefix} {i}")


def test_concurrent_saves_from_threads_lose_nothing(db):
    CorrectionStore(db)
    barrier = threading.Barrier(4, timeout=30)
    errors = []

    def worker(prefix):
        try:
            _save_many(db, prefix, 25, barrier)
        except Exception as exc:  # noqa: BLE001 - any exception fails the test below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(f"t{k}",)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    store = CorrectionStore(db)
    ids = {r["voice_id"] for r in store.all()}
    assert ids == {f"t{k}:{i}-{i + 1}" for k in range(4) for i in range(25)} | {"shared:0-1"}
    shared = [h for h in store.history("shared:0-1")]
    assert len(shared) == 100, "every save of the same voice is in the history"
    assert store.get("shared:0-1")["note"] == shared[-1]["note"], "last write wins"
    assert len(store.history()) == 200


def test_concurrent_saves_from_processes(db):
    # Plain interpreters, not multiprocessing: the workers then import only the store, and each
    # worker's own stderr is kept, so a crash names its cause instead of mixing with the suite's output.
    CorrectionStore(db)
    script = (
        "import sys\n"
        "from stance.store import CorrectionStore\n"
        "path, prefix = sys.argv[1], sys.argv[2]\n"
        "store = CorrectionStore(path)\n"
        "for i in range(15):\n"
        "    stance = ('welcoming', 'skeptical', 'political')[i % 3]\n"
        "    store.save(f'{prefix}:{i}-{i + 1}', stance, quote=f'{prefix} {i}')\n"
        "    store.save('shared:0-1', stance, quote='same voice', note=f'{prefix} {i}')\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(db), f"p{k}"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for k in range(2)]
    results = [(p.wait(60), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _ in results] == [0, 0], results
    store = CorrectionStore(db)
    assert len(store) == SEED_VOICES
    assert len(store.history("shared:0-1")) == 30


def test_save_article_never_overwrites(tmp_path):
    folder = tmp_path / "corpus"
    first, created = save_article(b"One article.", "story.txt", folder)
    assert (first.name, created) == ("story.txt", True)
    same, created = save_article(b"One article.", "story.txt", folder)
    assert (same, created) == (first, False), "identical bytes: reused, not duplicated"
    other, created = save_article(b"Another article.", "story.txt", folder)
    assert (other.name, created) == ("story-2.txt", True)
    assert first.read_bytes() == b"One article." and other.read_bytes() == b"Another article."
    # Same stem with another suffix would give a clashing article id: suffixed too.
    html, _ = save_article(b"<p>Third</p>", "story.html", folder)
    assert html.name == "story-3.html"
    reserved, _ = save_article(b"Seed copy", "000_seed.txt", folder, reserved_stems={"000_seed"})
    assert reserved.name == "000_seed-2.txt"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")], "no temp files left behind"


@pytest.mark.parametrize("name, expected", [
    ("../../etc/passwd.txt", "passwd.txt"),
    ("C:\\Users\\me\\My Story (1).HTML", "My_Story_1.html"),
    ("README.md", "article_README.md"),
    (".hidden.txt", "hidden.txt"),
])
def test_safe_filename(name, expected):
    assert safe_filename(name, (".txt", ".md", ".html")) == expected


def test_safe_filename_rejects_other_types():
    with pytest.raises(ValueError, match="unsupported file type .exe"):
        safe_filename("x.exe", (".txt",))


def test_corpus_fingerprint_changes_when_a_file_is_added(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    before = corpus_fingerprint([tmp_path])
    assert before == corpus_fingerprint([tmp_path])
    (tmp_path / "b.txt").write_text("b")
    assert corpus_fingerprint([tmp_path]) != before
