"""The command line: output formats, bad input, and docs that match the help."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from stance.cli import build_parser, main
from tests.seed_facts import SEED_VOICES

ROOT = Path(__file__).resolve().parent.parent


def _subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def _synopsis_options(readme: str, command: str) -> set[str]:
    """Options named in the README's synopsis line of `stance COMMAND` (whole tokens only)."""
    line = re.search(rf"^stance {command}\b.*$", readme, re.MULTILINE)
    assert line, f"README does not document `stance {command}`"
    return set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", line.group(0)))


def test_every_command_has_help_and_its_options_are_in_its_readme_synopsis():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, sub in _subcommands().items():
        assert sub.description, f"{name} has no description"
        documented = _synopsis_options(readme, name)
        for action in sub._actions:
            assert action.help, f"{name} {action.dest} has no help"
            if action.option_strings and "--help" not in action.option_strings:
                assert documented & set(action.option_strings), f"README's `stance {name}` line lacks {action.option_strings}"


@pytest.mark.parametrize("line, expected", [
    ("stance analyze [PATH ...] [-o FILE] [--jobs N]", {"-o", "--jobs"}),
    ("stance analyze PATH --no-labels", {"--no-labels"}),
    ("stance analyze seeds-only", set()),  # a hyphenated word is not an option
])
def test_synopsis_options_are_whole_tokens(line, expected):
    assert _synopsis_options(line, "analyze") == expected


def test_analyze_jsonl_extraction_only(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("“We are ready,” said Ana Silva, a baker.\nKofi Mensah argued that fares should fall.", encoding="utf-8")
    assert main(["analyze", str(article), "--no-labels"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["speaker"], r["kind"], r["quote"]) for r in rows] == [
        ("Ana Silva", "direct", "We are ready"), ("Kofi Mensah", "indirect", "fares should fall"),
    ]
    assert rows[0]["voice_id"] == "a:1-13" and rows[0]["speaker_role"] == "a baker"


def test_analyze_reports_bad_files_and_keeps_going(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("“Yes,” said Ana Silva.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    output = tmp_path / "out.csv"
    assert main(["analyze", str(tmp_path), "--no-labels", "--format", "csv", "-o", str(output)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"error: {tmp_path / 'blob.txt'}: binary file (contains NUL bytes), not text" in err
    assert f"error: {tmp_path / 'empty.txt'}: empty: no text after cleaning" in err
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert [r["speaker"] for r in rows] == ["Ana Silva"]


def test_failed_save_keeps_the_previous_file(tmp_path, monkeypatch):
    from stance import export

    output = tmp_path / "out.jsonl"
    output.write_text("previous good data\n", encoding="utf-8")

    def broken_writer(voices, handle):
        handle.write("half a line")
        raise OSError("disk full")

    monkeypatch.setattr(export, "write_voices_jsonl", broken_writer)
    assert main(["analyze", str(ROOT / "seeds"), "--no-labels", "-o", str(output)]) == 2
    assert output.read_text(encoding="utf-8") == "previous good data\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left behind


def test_score_prints_the_metrics(capsys):
    assert main(["score", str(ROOT / "tests/data/gold/seeds.jsonl"), str(ROOT / "seeds")]) == 0
    out = capsys.readouterr().out
    assert "precision 1.000  recall 1.000" in out and "speaker accuracy 1.000" in out


def test_unknown_command_is_an_error():
    with pytest.raises(SystemExit) as exit_info:
        main(["nope"])
    assert exit_info.value.code == 2


def test_classify_reads_stdin_and_prints_one_record_per_line(monkeypatch, capsys):
    lines = "I love meeting people from other countries here!\n\nThe ban is about surveillance and state control.\n"
    monkeypatch.setattr("sys.stdin", io.StringIO(lines))
    assert main(["classify"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["stance"] for r in records] == ["welcoming", "political"]  # the blank line is skipped
    for record in records:
        assert abs(record["p_welcoming"] + record["p_skeptical"] + record["p_political"] + record["p_none"] - 1) < 1e-9
        assert record["top_features"] and isinstance(record["needs_review"], bool)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_classify_in_blocks_prints_what_one_block_prints(monkeypatch, capsys, fmt):
    lines = ["The ferry was packed and everyone was friendly.", "It will be empty by spring.",
             "The ferry was packed and everyone was friendly.", "Fares rise by two euros in May.",
             "The council wants to regulate who may sail.", "It will be empty by spring."]
    outputs = []
    for block in (2, 10_000):
        monkeypatch.setattr("stance.cli.CLASSIFY_BLOCK", block)
        monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
        assert main(["classify", "--format", fmt]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert outputs[0].count("ferry was packed") == 2 and outputs[0].count("quote") == (1 if fmt == "csv" else 6)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_classify_in_worker_processes_prints_what_one_process_prints(monkeypatch, capsys, fmt):
    lines = ["The night bus was full and the driver waved everyone on.", "Nobody will use it after March.",
             "Tickets cost three pounds.", "The mayor wants a licence for every operator.",
             "Nobody will use it after March.", "What a friendly crowd!", "Routes change on Monday."]
    monkeypatch.setattr("stance.cli.CLASSIFY_BLOCK", 2)  # four blocks: the pool is used
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
        assert main(["classify", "--format", fmt, "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    quotes = ([json.loads(line)["quote"] for line in outputs[1].splitlines()] if fmt == "jsonl"
              else [row["quote"] for row in csv.DictReader(io.StringIO(outputs[1]))])
    assert quotes == lines  # in input order, one record each


def test_classify_workers_started_afresh_read_the_given_model(tmp_path, monkeypatch, capsys):
    # Under spawn (or forkserver) a worker inherits nothing: it must load --model itself, not the shipped model.
    model_path = tmp_path / "model.json"
    assert main(["train", "--data", str(_tiny_training_file(tmp_path)), "-o", str(model_path)]) == 0
    capsys.readouterr()
    monkeypatch.setattr("stance.cli.CLASSIFY_BLOCK", 1)
    monkeypatch.setattr("stance.engines.workers.start_method", lambda threads=None: "spawn")
    lines = "the ban is about state control\nso happy to meet everyone here\nthis fad will not last\n"
    outputs = []
    for jobs in ("1", "2"):
        monkeypatch.setattr("sys.stdin", io.StringIO(lines))
        assert main(["classify", "--model", str(model_path), "--jobs", jobs]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    records = [json.loads(line) for line in outputs[1].splitlines()]
    assert all(record["p_none"] == 0.0 for record in records)  # the three-label model, not the shipped one
    assert [r["stance"] for r in records] == ["political", "welcoming", "skeptical"]


def test_classify_csv_neutralises_formula_quotes(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("=HYPERLINK(\"http://x\") this fad will not last\n"))
    assert main(["classify", "--format", "csv"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["quote"].startswith("'=") and row["stance"] == "skeptical"


def _tiny_training_file(tmp_path: Path) -> Path:
    rows = {
        "welcoming": ["we love our new friends", "so happy to meet everyone here", "welcome, neighbours, join us",
                      "what a warm and curious community", "excited to share food and stories"],
        "skeptical": ["this fad will not last", "it is a short-term trend", "people will go back next week",
                      "the app cannot cope with the load", "creators cannot earn money here"],
        "political": ["the ban is about state control", "the government wants our data", "censorship by lawmakers",
                      "national security is an excuse", "surveillance laws target us"],
    }
    path = tmp_path / "train.tsv"
    path.write_text("text\tlabel\n" + "".join(f"{t}\t{label}\n" for label, texts in rows.items() for t in texts), encoding="utf-8")
    return path


def test_train_writes_a_model_that_classify_can_load(tmp_path, monkeypatch, capsys):
    model_path = tmp_path / "model.json"
    assert main(["train", "--data", str(_tiny_training_file(tmp_path)), "-o", str(model_path)]) == 0
    saved = json.loads(model_path.read_text(encoding="utf-8"))
    assert saved["classifier"]["classes"] == ["political", "skeptical", "welcoming"]
    # The cross-validation report is always stored, so the dashboard never refits.
    cv = saved["training"]["cv"]
    assert (cv["n_splits"], cv["seed"], cv["n_rows"]) == (5, 0, 15)
    assert sum(map(sum, cv["confusion"])) == 15
    assert "5-fold CV macro-F1" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("surveillance laws and the government ban\n"))
    assert main(["classify", "--model", str(model_path)]) == 0
    assert json.loads(capsys.readouterr().out)["stance"] == "political"


def test_train_with_corrections_adds_reviewed_voices(tmp_path, capsys):
    from stance.store import CorrectionStore

    db = tmp_path / "corrections.sqlite3"
    store = CorrectionStore(db)
    store.save("a:0-10", article="a", quote="the platform is a lovely place to meet people", model_stance="skeptical",
               reviewed_stance="welcoming")
    assert main(["train", "--data", str(_tiny_training_file(tmp_path)), "-o", str(tmp_path / "m.json"),
                 "--with-corrections", "--db", str(db)]) == 0
    assert "1 reviewed corrections added" in capsys.readouterr().err


def test_train_refuses_more_folds_than_examples_per_label(tmp_path, capsys):
    model_path = tmp_path / "model.json"
    assert main(["train", "--data", str(_tiny_training_file(tmp_path)), "-o", str(model_path), "--folds", "6"]) == 2
    assert "n_splits=6" in capsys.readouterr().err and not model_path.exists()


def test_evaluate_prints_cross_validated_metrics(tmp_path, capsys):
    assert main(["evaluate", str(ROOT / "seeds"), "--data", str(_tiny_training_file(tmp_path)), "--folds", "3"]) == 0
    out = capsys.readouterr().out
    assert "3-fold stratified CV" in out and "macro-F1" in out
    assert "Seed voices" in out and "Stella Kittrell" in out


def test_cli_csv_and_dashboard_csv_share_one_schema(tmp_path):
    from dashboard import views
    from stance.export import CSV_ENCODING, EXPORT_COLUMNS
    from stance.pipeline import analyze

    output = tmp_path / "voices.csv"
    assert main(["analyze", str(ROOT / "seeds"), "--format", "csv", "-o", str(output)]) == 0
    cli_rows = list(csv.reader(io.StringIO(output.read_text(encoding=CSV_ENCODING))))
    dashboard_rows = list(csv.reader(io.StringIO(views.export_csv(analyze([ROOT / "seeds"]).frame()).decode(CSV_ENCODING))))
    assert cli_rows[0] == dashboard_rows[0] == list(EXPORT_COLUMNS)
    assert len(cli_rows) == len(dashboard_rows) == 1 + SEED_VOICES  # the header, then each seed voice
    first = dict(zip(cli_rows[0], cli_rows[1]))
    assert first["reviewed_stance"] == "" and first["final_stance"] == first["stance"] != ""
    assert first["final_speaker"] == first["speaker"] == "Jacob Hui"


def test_every_csv_row_carries_its_articles_metadata(tmp_path):
    output = tmp_path / "voices.csv"
    assert main(["analyze", str(ROOT / "seeds"), "--no-labels", "--format", "csv", "-o", str(output)]) == 0
    rows = list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    assert {"title", "source", "date", "url"} <= set(rows[0])
    assert {row["source"] for row in rows if row["article"] == "001_7a73af3c4a7362f0"} == {"BBC/CNN"}
    assert {row["source"] for row in rows if row["article"] == "000_5b79b17ca2084ee7"} == {""}


def test_output_through_a_symlink_replaces_the_target_and_keeps_its_mode(tmp_path):
    target = tmp_path / "voices.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target.name)
    assert main(["analyze", str(ROOT / "seeds"), "--no-labels", "-o", str(link)]) == 0
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert len(target.read_text(encoding="utf-8").splitlines()) == SEED_VOICES
    assert target.stat().st_mode & 0o777 == 0o640
    fresh = tmp_path / "fresh.jsonl"
    assert main(["analyze", str(ROOT / "seeds"), "--no-labels", "-o", str(fresh)]) == 0
    assert fresh.stat().st_mode & 0o777 != 0o600  # the usual mode for new files, not mkstemp's


@pytest.mark.parametrize("data, message", [
    (b"fine line\n\x00\x01binary", "looks binary (NUL byte at offset 10)"),
    (b"caf\xe9 au lait\n", "is not UTF-8 text (invalid byte at offset 3)"),
])
def test_classify_refuses_stdin_that_is_not_text(data, message):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "stance.cli", "classify"], input=data, capture_output=True)
    assert done.returncode == 2 and done.stdout == b""
    assert done.stderr.decode().strip().splitlines() == [f"stance: error: standard input {message}; expected one quote per line"
                                                         if "binary" in message else f"stance: error: standard input {message}"]


@pytest.mark.parametrize("line, message", [
    ('{"article": "000_5b79b17ca2084ee7", "speaker": "x"}', "needs text fields kind, quote"),
    ("not json", "not JSON"),
    ("[1, 2]", "needs text fields article, speaker, kind, quote"),
])
def test_score_reports_a_bad_gold_row_in_one_line(tmp_path, capsys, line, message):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    assert main(["score", str(gold), str(ROOT / "seeds")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and f"{gold}:1:" in err[0] and message in err[0]


def test_training_with_a_broken_corrections_database_is_one_line(tmp_path, capsys):
    db = tmp_path / "corrections.sqlite3"
    db.write_bytes(b"this is not a database at all" * 100)
    assert main(["train", "--with-corrections", "--db", str(db), "-o", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("stance: error:") and "database" in err[0]
    assert not (tmp_path / "m.json").exists()


def test_score_reads_no_article_from_a_gold_file_kept_in_the_folder(tmp_path, capsys):
    for source in (ROOT / "tests/data/heldout").iterdir():
        if source.suffix in (".txt", ".jsonl"):
            (tmp_path / source.name).write_bytes(source.read_bytes())
    assert main(["score", str(tmp_path / "gold.jsonl"), str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "precision 1.000" in captured.out and "gold 135" in captured.out
    # another table in the folder that holds no articles is still reported
    (tmp_path / "notes.jsonl").write_text('{"note": "not an article"}\n', encoding="utf-8")
    assert main(["score", str(tmp_path / "gold.jsonl"), str(tmp_path)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "notes.jsonl" in err[0]
