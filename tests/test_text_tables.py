"""Tables of articles (CSV, TSV, JSONL, Parquet) as a corpus: metadata, bad rows, limits."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from stance.cli import main
from stance.text import corpus, table_corpus
from stance.text.corpus import articles_from_bytes, load_articles

FIELDS = ("id", "title", "source", "date", "url", "text")
ROWS = [
    {"id": "ferry-1", "title": "Ferry fares to fall", "source": "Coastal Ledger", "date": "3 March 2025",
     "url": "https://coastal-ledger.example/ferry", "text": "“The crossing will be cheaper,” said Ingrid Solberg."},
    {"id": "", "title": "Cafe owner doubts the cut", "source": "Harbour Post", "date": "2025-03-04T09:00:00Z",
     "url": "", "text": "“I will believe it when I see it,” said Tomas Eriksen."},
    {"id": "", "title": "Nothing here", "source": "", "date": "", "url": "", "text": "   "},
    {"id": "", "title": "Undated", "source": "Harbour Post", "date": "04/03/2025", "url": "",
     "text": "“Tickets sold out by noon,” said Lena Berg."},
    {"id": "ferry-1", "title": "Ferry follow-up", "source": "Coastal Ledger", "date": "March 5, 2025", "url": "",
     "text": "“We expect more passengers,” said Ingrid Solberg."},
]
EXPECTED = [  # (id, title, source, date)
    ("ferry-1", "Ferry fares to fall", "Coastal Ledger", "2025-03-03"),
    ("corpus:2", "Cafe owner doubts the cut", "Harbour Post", "2025-03-04"),
    ("corpus:4", "Undated", "Harbour Post", ""),
    ("ferry-1~2", "Ferry follow-up", "Coastal Ledger", "2025-03-05"),
]


def write_table(path: Path, rows: list[dict] = ROWS) -> Path:
    suffix = path.suffix
    if suffix in (".csv", ".tsv"):
        with path.open("w", encoding="utf-8-sig", newline="") as handle:  # with a BOM, as Excel writes
            writer = csv.DictWriter(handle, FIELDS, delimiter="\t" if suffix == ".tsv" else ",")
            writer.writeheader()
            writer.writerows(rows)
    elif suffix == ".jsonl":
        path.write_text("".join(json.dumps({k: v for k, v in row.items() if v}) + "\n" for row in rows),
                        encoding="utf-8")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({name: [row[name] for row in rows] for name in FIELDS}), path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".parquet"])
def test_a_table_loads_one_article_per_row_with_its_metadata(tmp_path, suffix):
    table = write_table(tmp_path / f"corpus{suffix}")
    result = load_articles([table])
    assert [(a.id, a.title, a.source, a.date) for a in result.articles] == EXPECTED
    assert result.articles[0].url == "https://coastal-ledger.example/ferry"
    assert result.articles[1].text == ROWS[1]["text"] and result.articles[0].path == str(table)
    assert [(p.skipped, p.reason) for p in result.problems] == [
        (True, "row 3: empty: no text after cleaning"),
        (False, "row 4: date '04/03/2025': ambiguous day and month (write it as YYYY-MM-DD); left empty"),
        (False, f"row 5: id 'ferry-1' is already used by {table} row 1; this article is 'ferry-1~2'"),
    ]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_stance_analyze_reads_a_table(tmp_path, capsys, suffix):
    table = write_table(tmp_path / f"corpus{suffix}")
    out = tmp_path / "voices.jsonl"
    assert main(["analyze", str(table), "--no-labels", "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["article"], r["speaker"], r["title"], r["source"], r["date"]) for r in records] == [
        ("ferry-1", "Ingrid Solberg", "Ferry fares to fall", "Coastal Ledger", "2025-03-03"),
        ("corpus:2", "Tomas Eriksen", "Cafe owner doubts the cut", "Harbour Post", "2025-03-04"),
        ("corpus:4", "Lena Berg", "Undated", "Harbour Post", ""),
        ("ferry-1~2", "Ingrid Solberg", "Ferry follow-up", "Coastal Ledger", "2025-03-05")]
    assert records[0]["url"] == "https://coastal-ledger.example/ferry"
    err = capsys.readouterr().err.splitlines()
    assert f"error: {table}: row 3: empty: no text after cleaning" in err
    assert err[-1] == "4 voices from 4 articles; 1 file(s) skipped"


def test_parquet_dates_and_numbers_are_read_as_text(tmp_path):
    import datetime

    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "typed.parquet"
    pq.write_table(pa.table({"ID": [7, 8, 9], "Text": ["“Yes,” said Bo Li.", None, "“No,” said Ana Silva."],
                             "date": [datetime.date(2025, 3, 3), None, datetime.date(2024, 2, 29)],
                             "extra": [1.5, 2.5, 3.5]}), path)
    result = load_articles([path])
    assert [(a.id, a.date) for a in result.articles] == [("7", "2025-03-03"), ("9", "2024-02-29")]
    assert [p.reason for p in result.problems] == ["row 2: empty: no text after cleaning"]


def test_bad_jsonl_rows_get_one_line_each_and_the_rest_load(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "“First,” said Bo Li."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": ["not", "text"]}),
        "",
        json.dumps({"text": "“Last,” said Ana Silva.", "title": "Closing"}),
    ]) + "\n", encoding="utf-8")
    result = load_articles([path])
    assert [(a.id, a.title) for a in result.articles] == [("mixed:1", ""), ("mixed:6", "Closing")]
    reasons = [p.reason for p in result.problems]
    assert reasons[0].startswith("row 2: not JSON") and reasons[1:] == [
        "row 3: a JSON list, not an object", "row 4: 'text' is a list, not text"]


def test_a_csv_row_with_too_many_cells_is_reported(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('title,text\nOne,"“Hi,” said Bo Li."\nTwo,“Hi,” said Ana Silva.\n', encoding="utf-8")
    result = load_articles([path])
    assert [a.id for a in result.articles] == ["broken:1"]
    assert [p.reason for p in result.problems] == ["row 2: 3 cells but 2 columns (a quote not closed?)"]


def test_a_table_without_text_is_an_error_when_named_and_a_warning_in_a_folder(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a", "quote": "q"}) + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("“Fine,” said Bo Li.", encoding="utf-8")
    (named,) = load_articles([gold]).problems
    assert named.skipped and "no 'text' field" in named.reason
    in_folder = load_articles([tmp_path])
    assert [a.id for a in in_folder.articles] == ["a"]
    assert [(p.skipped, p.path) for p in in_folder.problems] == [(False, str(gold))]


def test_a_table_over_its_limit_is_refused_and_a_long_row_is_reported(tmp_path, monkeypatch):
    table = write_table(tmp_path / "corpus.csv")
    monkeypatch.setattr(corpus, "MAX_TABLE_BYTES", 100)
    (problem,) = load_articles([table]).problems
    assert problem.skipped and "over the 100-byte limit" in problem.reason
    monkeypatch.undo()
    monkeypatch.setattr(table_corpus, "MAX_FILE_BYTES", 56)  # the per-article limit applies to each row
    result = load_articles([table])
    assert [a.id for a in result.articles] == ["ferry-1", "corpus:4", "ferry-1~2"]
    assert "row 2: text is 58 bytes, over the 56-byte limit for one article" in [p.reason for p in result.problems]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_rows_past_the_row_limit_are_not_read(tmp_path, monkeypatch, suffix):
    table = write_table(tmp_path / f"corpus{suffix}")
    monkeypatch.setattr(table_corpus, "MAX_TABLE_ROWS", 2)
    result = load_articles([table])
    assert [a.id for a in result.articles] == ["ferry-1", "corpus:2"]
    assert [p.reason for p in result.problems] == [
        "row 3: over the 2-row limit; the rows from here on were not read"]


def test_an_uploaded_table_is_read_from_its_bytes(tmp_path):
    data = write_table(tmp_path / "upload.jsonl").read_bytes()
    result = articles_from_bytes(data, "upload.jsonl")
    assert [a.id for a in result.articles] == ["ferry-1", "upload:2", "upload:4", "ferry-1~2"]
    single = articles_from_bytes("“Yes,” said Bo Li.".encode(), "note.txt")
    assert [a.id for a in single.articles] == ["note"] and single.problems == []
    refused = articles_from_bytes(b"\x89PNG", "image.png")
    assert refused.articles == [] and "unsupported file type .png" in refused.problems[0].reason


def test_a_parquet_file_that_expands_past_the_limit_stops_there(tmp_path, monkeypatch):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from stance.text import parquet_table

    path = tmp_path / "bomb.parquet"
    story = "“The ferry sailed,” said Bo Li. " + "On time again. " * 2000  # 30 KB, stored once
    pq.write_table(pa.table({"text": [story] * 5000}), path, compression="zstd")
    assert path.stat().st_size < 20_000  # 150 MB of text once read
    monkeypatch.setattr(table_corpus, "MAX_TABLE_BYTES", 40_000_000)
    monkeypatch.setattr(parquet_table, "BATCH_ROWS", 1000)
    result = load_articles([path])
    assert len(result.articles) == 1000  # the first batch of 30 MB; the second would pass 40 MB
    (problem,) = result.problems
    assert problem.reason == ("row 1001: the table's text passes the 40,000,000-byte limit here; "
                              "the rows from here on were not read")


def test_a_parquet_column_of_lists_is_refused(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "lists.parquet"
    pq.write_table(pa.table({"text": [["a", "b"]], "title": ["One"]}), path)
    (problem,) = load_articles([path]).problems
    assert problem.skipped and "column 'text' holds list<element: string>, not text" in problem.reason
