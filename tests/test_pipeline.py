"""The pipeline wires the stages into one table of records."""

from __future__ import annotations

import time
from pathlib import Path

from stance.text.corpus import load_articles
from stance.pipeline import extract_all, voices_frame
from stance.records import COLUMNS, Voice

ROOT = Path(__file__).resolve().parent.parent


def test_parallel_extraction_gives_identical_records(tmp_path):
    # Enough articles that the pool really splits them across processes.
    seeds = load_articles([ROOT / "seeds"]).articles
    for copy in range(8):
        for article in seeds:
            (tmp_path / f"{copy}_{article.id}.txt").write_text(article.text, encoding="utf-8")
    articles = load_articles([tmp_path]).articles
    serial = extract_all(articles, jobs=1)
    parallel = extract_all(articles, jobs=2)
    assert len(serial) == 8 * SEED_VOICES
    assert parallel == serial


def test_frame_has_the_record_columns_in_order():
    voices = extract_all(load_articles([ROOT / "seeds"]).articles)
    frame = voices_frame(voices)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == SEED_VOICES and frame["voice_id"].is_unique
    assert set(frame["kind"]) == {"direct", "indirect", "partial"}


def test_empty_corpus_gives_an_empty_table():
    frame = voices_frame([])
    assert list(frame.columns) == list(COLUMNS) and frame.empty


def test_parallel_analysis_with_labels_is_identical(tmp_path):
    from stance.label.predictor import load_default_predictor
    from stance.pipeline import analyze_articles

    seeds = load_articles([ROOT / "seeds"]).articles
    for copy in range(30):  # more than one chunk of articles per worker
        for article in seeds:
            (tmp_path / f"{copy:02d}_{article.id}.txt").write_text(article.text, encoding="utf-8")
    articles = load_articles([tmp_path]).articles
    serial = analyze_articles(articles, jobs=1)
    assert analyze_articles(articles, jobs=2) == serial
    assert analyze_articles(articles, model=load_default_predictor(), jobs=2) == serial
    assert {v.stance for v in serial} == {"welcoming", "skeptical", "political", "none"}


# --- streaming, faults and the per-file time budget ---------------------------------------------

import re  # noqa: E402
import threading  # noqa: E402
from tests.seed_facts import SEED_VOICES

import pytest  # noqa: E402

from stance import pipeline  # noqa: E402
from stance.engines import workers  # noqa: E402
from stance.cli import main  # noqa: E402


def _copies(folder: Path, copies: int) -> list[str]:
    """`copies` x the five seeds as .txt files; returns the article ids in file order."""
    seeds = load_articles([ROOT / "seeds"]).articles
    for copy in range(copies):
        for article in seeds:
            (folder / f"{copy:02d}_{article.id}.txt").write_text(article.text, encoding="utf-8")
    return sorted(path.stem for path in folder.iterdir())


def _streamed(paths, **options) -> pipeline.Batch:
    whole = pipeline.Batch()
    for batch in pipeline.stream(paths, **options):
        whole.articles += batch.articles
        whole.voices += batch.voices
        whole.problems += batch.problems
        whole.files += batch.files
    return whole


def test_stream_in_small_chunks_gives_the_records_of_one_pass(tmp_path):
    ids = _copies(tmp_path, 4)
    (tmp_path / "blob.txt").write_bytes(b"\x00binary")
    one_pass = analyze_articles_all(tmp_path)
    streamed = _streamed([tmp_path], chunk_files=3)  # 21 files: seven chunks
    assert streamed.voices == one_pass and len(one_pass) == 4 * SEED_VOICES
    assert [a.id for a in streamed.articles] == ids and streamed.files == 21
    assert [str(p) for p in streamed.problems] == [f"error: {tmp_path / 'blob.txt'}: binary file (contains NUL bytes), not text"]


def analyze_articles_all(folder: Path):
    return pipeline.analyze_articles(load_articles([folder]).articles)


def _failing_extraction(monkeypatch, bad_id: str, failure) -> None:
    real = pipeline.extract_voices

    def extract(article_id: str, text: str):
        if article_id == bad_id:
            failure()
        return real(article_id, text)

    monkeypatch.setattr(pipeline, "extract_voices", extract)
    # Workers see the patch only as a fork of this process, which a thread left by other tests would
    # otherwise rule out.
    monkeypatch.setattr(workers, "start_method", lambda threads=None: "fork")


def _raise():
    raise RuntimeError("no voice here")


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_raises_is_one_error_line_and_the_rest_goes_on(tmp_path, monkeypatch, jobs):
    ids = _copies(tmp_path, 2)
    expected = [v for v in analyze_articles_all(tmp_path) if v.article != ids[3]]
    _failing_extraction(monkeypatch, ids[3], _raise)  # a fork of this process inherits the patch
    result = _streamed([tmp_path], jobs=jobs, chunk_files=4)
    assert [str(p) for p in result.problems] == [
        f"error: {tmp_path / (ids[3] + '.txt')}: extraction failed (RuntimeError: no voice here)"]
    assert result.voices == expected
    assert ids[3] not in [a.id for a in result.articles] and len(result.articles) == 9


def test_the_cli_prints_one_line_for_a_raising_article_and_exits_0(tmp_path, monkeypatch, capsys):
    (tmp_path / "in").mkdir()
    ids = _copies(tmp_path / "in", 1)
    _failing_extraction(monkeypatch, ids[0], _raise)
    output = tmp_path / "out.jsonl"
    assert main(["analyze", str(tmp_path / "in"), "-o", str(output)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"error: {tmp_path / 'in' / (ids[0] + '.txt')}: extraction failed (RuntimeError: no voice here)"
    assert len(output.read_text(encoding="utf-8").splitlines()) == SEED_VOICES - 6  # the first seed has 6 voices
    assert err[1] == "25 voices from 4 articles; 1 file(s) skipped"


def test_a_runaway_regex_is_stopped_by_the_time_budget(tmp_path, monkeypatch):
    ids = _copies(tmp_path, 1)
    expected = [v for v in analyze_articles_all(tmp_path) if v.article != ids[2]]
    runaway = re.compile(r"(a+)+$")  # exponential backtracking: hours on 40 characters

    def spin():
        runaway.match("a" * 40 + "b")

    _failing_extraction(monkeypatch, ids[2], spin)
    started = time.perf_counter()
    result = _streamed([tmp_path], budget_seconds=0.3)
    assert time.perf_counter() - started < 5
    assert [str(p) for p in result.problems] == [
        f"error: {tmp_path / (ids[2] + '.txt')}: over the 0.3 s time budget for one file; skipped"]
    assert len(result.articles) == 4 and result.voices == expected


def test_within_the_budget_nothing_is_skipped(tmp_path):
    _copies(tmp_path, 1)
    assert _streamed([tmp_path], budget_seconds=30).voices == analyze_articles_all(tmp_path)


def test_off_the_main_thread_the_stream_runs_without_a_timer(tmp_path):
    _copies(tmp_path, 1)
    results = []
    thread = threading.Thread(target=lambda: results.append(_streamed([tmp_path])))
    thread.start()
    thread.join()
    assert results[0].voices == analyze_articles_all(tmp_path) and not results[0].problems


def test_a_labelling_failure_drops_only_the_article_that_causes_it(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("“The fares are fair,” said Ana Silva.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("“Unlabellable words here,” said Kofi Mensah.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("“We will fight the ban,” said Lena Ortiz.", encoding="utf-8")
    real = pipeline._distinct_labels

    def label(quotes, model):
        if any("Unlabellable" in quote for quote in quotes):
            raise ValueError("cannot label this")
        return real(quotes, model)

    monkeypatch.setattr(pipeline, "_distinct_labels", label)
    result = _streamed([tmp_path])
    assert [str(p) for p in result.problems] == [f"error: {tmp_path / 'b.txt'}: labelling failed (ValueError: cannot label this)"]
    assert [(v.speaker, bool(v.stance)) for v in result.voices] == [("Ana Silva", True), ("Lena Ortiz", True)]
    assert [a.id for a in result.articles] == ["a", "c"]


def test_a_file_that_breaks_the_cleaner_is_one_error_line(tmp_path, monkeypatch):
    from stance.text import article

    (tmp_path / "a.txt").write_text("“Yes,” said Ana Silva.", encoding="utf-8")
    (tmp_path / "b.md").write_text("“No,” said Kofi Mensah.", encoding="utf-8")
    real = article.cleaner_for

    def cleaner_for(suffix):
        if suffix == ".md":
            return lambda text: [][0]
        return real(suffix)

    monkeypatch.setattr(article, "cleaner_for", cleaner_for)
    result = _streamed([tmp_path], label=False)
    assert [str(p) for p in result.problems] == [
        f"error: {tmp_path / 'b.md'}: cannot be read (IndexError: list index out of range)"]
    assert [v.speaker for v in result.voices] == ["Ana Silva"]


def test_problems_keep_file_order_across_chunks_and_workers(tmp_path):
    _copies(tmp_path, 3)
    for name in ("00_a.txt", "01_b.md", "02_c.txt"):
        (tmp_path / name).write_bytes(b"")
    expected = [f"error: {tmp_path / name}: empty: no text after cleaning" for name in ("00_a.txt", "01_b.md", "02_c.txt")]
    for jobs in (1, 2):
        assert [str(p) for p in _streamed([tmp_path], jobs=jobs, chunk_files=2).problems] == expected


def test_a_repeated_quote_gets_the_labels_it_gets_alone():
    """label_quotes labels each distinct quote once; every copy gets those labels, and its own
    probabilities mapping (not one shared by the copies)."""
    first = "This app is a lifeline for people like me, and I will keep using it."
    second = "The ban is a political move by Washington, nothing more."
    alone = [pipeline.label_quotes([quote])[0] for quote in (first, second)]
    labels = pipeline.label_quotes([first, second, first])
    assert labels == [alone[0], alone[1], alone[0]]
    assert labels[0]["probabilities"] is not labels[2]["probabilities"]
    assert labels[0]["stance"] != labels[1]["stance"]  # two different quotes, two different labels


def test_label_voices_gives_each_voice_the_labels_of_its_quote():
    """label_voices builds each Voice from its quote's labels: the same values label_quotes
    gives, and a repeated quote's voices do not share one probabilities mapping."""
    from stance.records import Voice

    quotes = ["We will fight this ban in every court.", "The service has been a joy to use.",
              "We will fight this ban in every court."]
    voices = [Voice("art", "Ana", "", q, "direct", "said", 10 * i, 10 * i + len(q)) for i, q in enumerate(quotes)]
    labelled = pipeline.label_voices(voices)
    expected = pipeline.label_quotes(quotes)
    for voice, labels in zip(labelled, expected):
        assert (voice.stance, voice.confidence, dict(voice.probabilities), voice.sentiment, voice.themes,
                voice.top_features, voice.needs_review) == (
            labels["stance"], labels["confidence"], labels["probabilities"], labels["sentiment"], labels["themes"],
            tuple(labels["top_features"]), labels["needs_review"])
        assert voice.quote in quotes and voice.article == "art"
    assert labelled[0].probabilities is not labelled[2].probabilities
    assert [v.start for v in labelled] == [0, 10, 20]
    assert pipeline.label_voices([]) == []


def _spy_model(calls: list):
    """A copy of the shipped model that records the quotes it is asked to label."""
    from stance.label.predictor import Predictor, load_default_predictor

    model = Predictor(load_default_predictor().to_dict())
    real = model.predict_records

    def predict_records(quotes, *args, **kwargs):
        calls.append(list(quotes))
        return real(quotes, *args, **kwargs)

    model.predict_records = predict_records
    return model


QUOTES = ("The new app is a joy and I will stay.", "This is a fad that will not last.",
          "The ban is a political move by the state.")


def _labelled(quotes, model) -> list[tuple]:
    """label_voices on one voice per quote: each voice's labels."""
    voices = [Voice("a", "Ana", "", quote, "direct", "said", 0, len(quote)) for quote in quotes]
    return [(v.stance, v.confidence, dict(v.probabilities), v.sentiment, v.themes, v.top_features, v.needs_review)
            for v in pipeline.label_voices(voices, model)]


def test_a_quote_labelled_lately_is_not_labelled_again_and_gets_the_same_labels():
    from stance.label.predictor import Predictor, load_default_predictor

    pipeline.forget_recent_labels()
    calls: list = []
    model = _spy_model(calls)
    first = _labelled([QUOTES[0], QUOTES[1]], model)
    second = _labelled([QUOTES[1], QUOTES[2], QUOTES[1]], model)
    assert calls == [[QUOTES[0], QUOTES[1]], [QUOTES[2]]]
    fresh = _labelled(list(QUOTES), Predictor(load_default_predictor().to_dict()))
    assert first + second[1:2] == fresh and second[0] == second[2] == first[1]
    assert len({labels[0] for labels in fresh}) == 3  # three quotes, three different stances


def test_kept_labels_are_bounded_and_the_least_recently_used_go_first(monkeypatch):
    pipeline.forget_recent_labels()
    monkeypatch.setattr(pipeline, "LABELS_KEPT", 2)
    calls: list = []
    model = _spy_model(calls)
    _labelled(list(QUOTES), model)  # keeps the last two
    _labelled([QUOTES[1]], model)  # kept: not labelled, now the most recent
    _labelled([QUOTES[0]], model)  # dropped: labelled again; drops QUOTES[2]
    _labelled([QUOTES[1], QUOTES[2]], model)
    assert calls == [list(QUOTES), [QUOTES[0]], [QUOTES[2]]]


def test_another_model_does_not_get_the_labels_kept_for_the_first():
    pipeline.forget_recent_labels()
    first_calls: list = []
    second_calls: list = []
    _labelled([QUOTES[0]], _spy_model(first_calls))
    _labelled([QUOTES[0]], _spy_model(second_calls))
    assert first_calls == second_calls == [[QUOTES[0]]]


def test_changing_a_voices_probabilities_does_not_change_the_kept_labels():
    pipeline.forget_recent_labels()
    model = _spy_model([])
    voice = Voice("a", "Ana", "", QUOTES[1], "direct", "said", 0, 10)
    before = pipeline.label_voices([voice], model)[0]
    changed = pipeline.label_voices([voice], model)[0]
    changed.probabilities["none"] = 5.0
    after = pipeline.label_voices([voice], model)[0]
    assert after == before and after.probabilities == before.probabilities != changed.probabilities


def test_quotes_labelled_in_one_call_are_not_kept():
    pipeline.forget_recent_labels()
    calls: list = []
    model = _spy_model(calls)
    pipeline.label_quotes([QUOTES[0]], model)
    _labelled([QUOTES[0]], model)
    assert calls == [[QUOTES[0]], [QUOTES[0]]]
