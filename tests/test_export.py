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


def _voice():
    from stance.records import Voice

    return Voice("a1", "Ana Ortiz", "mayor", "It is “fine”, é\u2028", "direct", "said", 3, 21, "welcoming", 0.625,
                 {"welcoming": 0.625, "none": 0.375}, -0.1, ("transport",), ("word:fine +0.40",), False,
                 "A title", "Daily", "2024-05-01", "https://example.org/a")


def test_to_row_has_the_columns_in_order_and_the_values_of_the_voice():
    from stance.records import COLUMNS

    row = _voice().to_row()
    assert list(row) == list(COLUMNS)
    assert row["voice_id"] == "a1:3-21" and row["url"] == "https://example.org/a" and row["end"] == 21
    assert (row["p_welcoming"], row["p_skeptical"], row["p_political"], row["p_none"]) == (0.625, 0.0, 0.0, 0.375)
    assert row["themes"] == ("transport",) and row["needs_review"] is False and row["sentiment"] == -0.1


def test_from_fields_equals_the_dataclass_constructor():
    from dataclasses import astuple, fields

    from stance.records import Voice

    voice = _voice()
    values = tuple(getattr(voice, f.name) for f in fields(Voice))
    made = Voice.from_fields(*values)
    assert made == voice and astuple(made) == astuple(voice) and hash(made) == hash(voice)
    with pytest.raises(AttributeError):
        made.quote = "changed"  # still frozen
    with pytest.raises(TypeError):
        Voice.from_fields(*values[:-1])


def test_jsonl_line_is_exactly_what_json_dumps_writes():
    from stance.export import EXPORT_COLUMNS, export_row

    rows = [export_row(_voice().to_row()), export_row(_voice().to_row(), {"reviewed_stance": "none", "review_note": "x"})]
    buffer = io.StringIO()
    write_jsonl(rows, buffer, EXPORT_COLUMNS)
    assert buffer.getvalue() == "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    assert [json.loads(line)["final_stance"] for line in buffer.getvalue().split("\n")[:-1]] == ["welcoming", "none"]
    assert rows[0]["review_note"] == "" and rows[1]["review_note"] == "x" and rows[1]["reviewed_at"] == ""


def test_jsonl_writes_numpy_numbers_and_refuses_other_objects():
    import numpy as np

    buffer = io.StringIO()
    write_jsonl([{"start": np.int64(4), "confidence": np.float64(0.5)}], buffer, ["start", "confidence"])
    assert buffer.getvalue() == '{"start": 4, "confidence": 0.5}\n'
    with pytest.raises(TypeError, match="not JSON serialisable: object"):
        write_jsonl([{"start": object()}], io.StringIO(), ["start"])


def test_voice_export_row_equals_export_row_of_the_record():
    from stance.export import EXPORT_COLUMNS, export_row, voice_export_row

    voice = _voice()
    row = voice_export_row(voice)
    assert row == export_row(voice.to_row()) and list(row) == list(EXPORT_COLUMNS)
    assert (row["final_stance"], row["final_speaker"], row["reviewed_stance"]) == ("welcoming", "Ana Ortiz", "")


def test_voice_lines_are_exactly_what_write_jsonl_writes_for_the_export_rows():
    import math
    from dataclasses import replace

    import numpy as np

    from stance.export import EXPORT_COLUMNS, voice_export_row, write_voices_jsonl

    voice = _voice()
    # Labelled voices, and voices of other types (written through the row and the encoder): numpy
    # numbers, an int or bool where a float or int is expected, lists, None, NaN, both zeros.
    voices = [voice, replace(voice, start=4), voice, replace(voice, confidence=np.float64(0.5)),
              replace(voice, confidence=1), replace(voice, start=True), replace(voice, end=np.int64(30)),
              replace(voice, themes=["a", "b"]), replace(voice, themes=()), replace(voice, title=None),
              replace(voice, top_features=("a", 1)), replace(voice, sentiment=-0.0), replace(voice, sentiment=0.0),
              replace(voice, sentiment=-0.0), replace(voice, confidence=math.nan), replace(voice, confidence=math.inf),
              replace(voice, probabilities={"welcoming": 1, "none": np.float64(0.25)}), replace(voice, needs_review=True),
              replace(voice, speaker='Zoë "Q" \\ \u2028 \x01', article="a\tb")]
    expected, written = io.StringIO(), io.StringIO()
    write_jsonl([voice_export_row(v) for v in voices], expected, EXPORT_COLUMNS)
    write_voices_jsonl(voices, written)
    assert written.getvalue() == expected.getvalue()
