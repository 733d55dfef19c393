"""The streaming pipeline reads every kind of input the text stage reads: tables of articles (many
articles per input), repeated and folder-qualified ids, the same problem lines in input order, and
the same articles as load_articles, whatever the chunk size or number of workers."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from stance import pipeline
from stance.cli import main
from stance.text.corpus import load_articles
from tests.test_pipeline import _streamed

ROOT = Path(__file__).resolve().parent.parent


def _table(path: Path, rows: list[tuple[str, str, str, str, str]]) -> Path:
    """A CSV table of articles (id, title, source, date, text), quoted where needed."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["id", "title", "source", "date", "text"])
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path




def _mixed_inputs(root: Path) -> list[Path]:
    """Two folders sharing a stem, a.txt beside a.html, a table with a repeated id and a bad row,
    an articles.csv id that clashes, a binary file; every text written for this test."""
    one, two = root / "one", root / "two"
    one.mkdir()
    two.mkdir()
    (one / "a.txt").write_text("“The pier reopens in May,” said Mira Holt.", encoding="utf-8")
    (one / "a.html").write_text("<p>“Nobody asked us,” said Dev Rana.</p>", encoding="utf-8")
    (one / "b.txt").write_text("“Parking will be free,” said Mira Holt.", encoding="utf-8")
    (one / "c.txt").write_text("“The tide is late,” said Oren Bell.", encoding="utf-8")
    (one / "articles.csv").write_text("file,id,source\nc.txt,a,Quay Times\n", encoding="utf-8")
    (one / "z.txt").write_bytes(b"\x00not text")
    (two / "b.txt").write_text("“Stalls open at dawn,” said Lena Vos.", encoding="utf-8")
    table = _table(root / "news.csv", [
        ("p1", "Pier news", "Quay Times", "2025-04-01", "“The fence goes up today,” said Ana Reyes."),
        ("p1", "Pier again", "Quay Times", "2025-04-02", "“The fence came down,” said Ana Reyes."),
        ("", "Blank", "Quay Times", "", "   "),
        ("", "Untitled", "Bay Daily", "2025-04-03", "“We will appeal,” said Tomas Lind.")])
    return [one, two, table]


@pytest.mark.parametrize("jobs, chunk", [(1, None), (1, 1), (2, 1), (2, 2)])
def test_the_stream_gives_the_articles_ids_and_problems_of_load_articles(tmp_path, jobs, chunk):
    paths = _mixed_inputs(tmp_path)
    loaded = load_articles(paths)
    streamed = _streamed(paths, jobs=jobs, chunk_files=chunk, label=False)
    assert [a.id for a in streamed.articles] == [a.id for a in loaded.articles] == [
        "a", "a.txt", "one/b", "a~2", "two/b", "p1", "p1~2", "news:4"]
    assert [str(p) for p in streamed.problems] == [str(p) for p in loaded.problems]
    assert [(p.path, p.skipped) for p in streamed.problems] == [
        (str(tmp_path / "one" / "c.txt"), False), (str(tmp_path / "one" / "z.txt"), True),
        (str(tmp_path / "news.csv"), True), (str(tmp_path / "news.csv"), False)]
    assert streamed.files == 7  # six article files and one table: articles.csv is metadata
    assert {v.article for v in streamed.voices} == set(a.id for a in loaded.articles)


def test_a_large_table_is_analysed_in_slices_and_keeps_problem_order(tmp_path):
    (tmp_path / "a_first.txt").write_bytes(b"")
    _table(tmp_path / "b_table.csv", [(f"row{n}", "", "Bay Daily", "", f"“Number {n} is up,” said Ana Reyes.")
                                      for n in range(7)])
    (tmp_path / "c_last.txt").write_bytes(b"\x00")
    batches = list(pipeline.stream([tmp_path], label=False, chunk_files=3))
    assert [len(b.articles) for b in batches] == [3, 3, 1]  # one chunk of three inputs, sliced by articles
    assert [b.files for b in batches] == [3, 0, 0]
    assert [Path(p.path).name for b in batches for p in b.problems] == ["a_first.txt", "c_last.txt"]
    assert [a.id for b in batches for a in b.articles] == [f"row{n}" for n in range(7)]


def test_an_article_of_a_table_that_raises_is_named_in_its_line(tmp_path, monkeypatch):
    table = _table(tmp_path / "t.csv", [("ok", "", "", "", "“Fine,” said Ana Reyes."),
                                         ("bad", "", "", "", "“Broken,” said Tomas Lind.")])
    real = pipeline.extract_voices

    def extract(article_id: str, text: str):
        if article_id == "bad":
            raise RuntimeError("no voice here")
        return real(article_id, text)

    monkeypatch.setattr(pipeline, "extract_voices", extract)
    result = _streamed([table], label=False)
    assert [str(p) for p in result.problems] == [f"error: {table}: article 'bad': extraction failed (RuntimeError: no voice here)"]
    assert [a.id for a in result.articles] == ["ok"] and [v.article for v in result.voices] == ["ok"]


def test_the_cli_analyses_a_csv_table_through_the_stream_with_its_metadata(tmp_path, capsys):
    table = _table(tmp_path / "news.csv", [
        ("harbour-1", "Ferry fares to fall", "Coastal Ledger", "3 March 2025", "“The crossing will be cheaper,” said Ingrid Solberg."),
        ("", "Cafe doubts", "Harbour Post", "2025-03-04", "“I will believe it when I see it,” said Tomas Eriksen.")])
    output = tmp_path / "out.jsonl"
    assert main(["analyze", str(table), "-o", str(output)]) == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(r["article"], r["speaker"], r["title"], r["source"], r["date"]) for r in records] == [
        ("harbour-1", "Ingrid Solberg", "Ferry fares to fall", "Coastal Ledger", "2025-03-03"),
        ("news:2", "Tomas Eriksen", "Cafe doubts", "Harbour Post", "2025-03-04")]
    assert all(r["stance"] and r["final_stance"] for r in records)
    assert capsys.readouterr().err.splitlines() == ["2 voices from 2 articles"]


def test_a_named_file_that_is_not_a_table_is_one_error_and_a_folder_gold_file_a_warning(tmp_path):
    (tmp_path / "gold.jsonl").write_text('{"article": "x", "quote": "y"}\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("“Yes,” said Ana Reyes.", encoding="utf-8")
    in_folder = _streamed([tmp_path], label=False).problems
    named = _streamed([tmp_path / "gold.jsonl"], label=False).problems
    assert [(p.skipped, p.reason.split(":")[0]) for p in in_folder + named] == [
        (False, "not a table of articles"), (True, "not a table of articles")]


def test_a_fifo_is_refused_without_opening_it_by_the_stream(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = _streamed([fifo], label=False, budget_seconds=5)  # opening it would block: the budget would fire
    assert [p.reason for p in result.problems] == ["a FIFO (named pipe), not a regular file: not read"]
