"""CSV/JSONL writers: formula injection neutralised, numbers kept numeric."""

from __future__ import annotations

import csv
import io
import json

import pytest

from stance.export import CSV_ENCODING, csv_bytes, neutralize_cell, write_jsonl


@pytest.mark.parametrize(
    "cell, expected",
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-0.5574", "-0.5574"),  # a plain number cannot be a formula
        ("-3", "-3"),
        ("plain text", "plain text"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralize_cell(cell, expected):
    assert neutralize_cell(cell) == expected


def test_csv_bytes_round_trip():
    rows = [{"quote": "=HYPERLINK(\"x\")", "themes": ("a", "b"), "sentiment": -0.25, "needs_review": True}]
    data = csv_bytes(rows, ["quote", "themes", "sentiment", "needs_review"])
    assert data.startswith("\ufeff".encode("utf-8"))  # BOM: Excel reads UTF-8
    (row,) = csv.DictReader(io.StringIO(data.decode(CSV_ENCODING)))
    assert row == {"quote": "'=HYPERLINK(\"x\")", "themes": "a; b", "sentiment": "-0.2500", "needs_review": "true"}


def test_jsonl_keeps_types():
    buffer = io.StringIO()
    write_jsonl([{"quote": "=x", "themes": ("a",), "confidence": 0.5}], buffer, ["quote", "themes", "confidence"])
    assert json.loads(buffer.getvalue()) == {"quote": "=x", "themes": ["a"], "confidence": 0.5}


def test_carriage_return_inside_a_cell_stays_in_its_row():
    data = csv_bytes([{"quote": "line one\rline two", "speaker": "x"}], ["quote", "speaker"]).decode(CSV_ENCODING)
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows == [["quote", "speaker"], ["line one\rline two", "x"]]
