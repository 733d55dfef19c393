"""CSV and JSONL writers for voice records. CSV cells are safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from dataclasses import fields
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from collections.abc import Iterable, Mapping, Sequence
from typing import IO

from stance.records import COLUMNS, LIST_COLUMNS, PROBABILITY_COLUMNS, STANCES, Voice

# The export schema, one for the CLI and the dashboard: the record, then the reviewer's labels,
# then the labels that count (the reviewer's where there is one, else the model's).
REVIEW_COLUMNS: tuple[str, ...] = ("reviewed_stance", "reviewed_speaker", "review_note", "reviewed_at")
FINAL_COLUMNS: tuple[str, ...] = ("final_stance", "final_speaker")
EXPORT_COLUMNS: tuple[str, ...] = COLUMNS + REVIEW_COLUMNS + FINAL_COLUMNS
CSV_ENCODING = "utf-8-sig"  # the BOM makes Excel read UTF-8; every other reader ignores it
LIST_SEPARATOR = "; "
# OWASP CSV injection: a cell starting with these is run as a formula by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def neutralize_cell(value: str) -> str:
    """Prefix a formula-like cell with ' so spreadsheets show it as text.

    A plain number ("-0.55") cannot carry a formula and stays a number, so
    researchers can still sort and average the sentiment column.
    """
    if value.startswith(FORMULA_PREFIXES) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _cell(value) -> str:
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(str(v) for v in value)
    elif isinstance(value, bool):
        value = "true" if value else "false"
    elif isinstance(value, float):
        value = f"{value:.4f}"
    elif value is None:
        value = ""
    return neutralize_cell(str(value))


def export_row(record: Mapping, review: Mapping | None = None) -> dict:
    """A record in the export schema: review columns from `review` (empty without one), final
    columns the reviewer's value where given, else the model's."""
    get = record.get
    row = dict(zip(COLUMNS, map(get, COLUMNS, repeat(""))))
    if review:
        for column in REVIEW_COLUMNS:
            row[column] = review.get(column) or ""
    else:  # the CLI's case: one update instead of a loop per record
        row.update(_NO_REVIEW)
    row["final_stance"] = row["reviewed_stance"] or get("stance", "")
    row["final_speaker"] = row["reviewed_speaker"] or get("speaker", "")
    return row


_NO_REVIEW: dict[str, str] = dict.fromkeys(REVIEW_COLUMNS, "")


def voice_export_row(voice: Voice) -> dict:
    """export_row(voice.to_row()) for a voice no one has reviewed, without copying the row
    (the CLI writes one per record)."""
    row = voice.to_row()
    row.update(_NO_REVIEW)
    row["final_stance"], row["final_speaker"] = voice.stance, voice.speaker
    return row


def write_csv(rows: Iterable[Mapping], handle: IO[str], columns: Iterable[str] = COLUMNS, header: bool = True) -> None:
    """One header row (unless `header` is false: a later part of one table), then one row per
    record; list cells joined with '; '."""
    columns = list(columns)
    writer = csv.writer(handle, lineterminator="\r\n")  # RFC 4180; a \r inside a cell is then quoted
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column, "")) for column in columns])


def csv_bytes(rows: Iterable[Mapping], columns: Iterable[str] = COLUMNS) -> bytes:
    """The CSV as bytes in CSV_ENCODING (for downloads)."""
    buffer = io.StringIO()
    write_csv(rows, buffer, columns)
    return buffer.getvalue().encode(CSV_ENCODING)


def _json_default(value):
    """numpy scalars (DataFrame rows) as plain numbers; json already writes tuples as lists."""
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _row_encoder():
    """A function: row -> its JSON text, as json.JSONEncoder(ensure_ascii=False).encode writes it.

    The encoder's C core is made once here; JSONEncoder.encode builds it again for every row,
    a sixth of the cost of writing a record. Without the C core (other Pythons), encode as is."""
    from json import encoder as json_encoder

    if json_encoder.c_make_encoder is None:
        return json.JSONEncoder(ensure_ascii=False, default=_json_default).encode
    chunks = json_encoder.c_make_encoder({}, _json_default, json_encoder.encode_basestring, None,
                                         ": ", ", ", False, False, True)

    def encode(row: Mapping) -> str:
        return "".join(chunks(row, 0))

    return encode


def write_jsonl(rows: Iterable[Mapping], handle: IO[str], columns: Iterable[str] = COLUMNS) -> None:
    columns = list(columns)
    encode = _row_encoder()

    def ordered(row: Mapping) -> Mapping:
        # A row that has exactly these columns in this order (the CLI's) is written as it is, not copied.
        return row if type(row) is dict and list(row) == columns else {column: row.get(column, "") for column in columns}

    handle.writelines(encode(ordered(row)) + "\n" for row in rows)


class _VoiceLines:
    """Voice -> its JSONL line: `write_jsonl([voice_export_row(voice)], handle, EXPORT_COLUMNS)` writes
    the same text. Building the row dict and encoding it cost about 140,000 instructions per record:
    the encoder escapes all 31 keys again every row, and writes every float with the shortest-repr
    algorithm (about 7,000 instructions for a 17-digit probability). Here the keys are in a template
    made once; values fill it; a float's text is remembered by value (a voice's confidence is one of
    its probabilities, and voices quoting the same words share their labels), as is a tuple's.

    A voice whose values are not of the types labelling gives (an int or a float subclass where a
    float is expected, a list, None) is written through the row and the encoder, as before."""

    MEMORY = 20_000  # texts remembered per table; a full table starts again

    def __init__(self) -> None:
        self._encode_row = _row_encoder()
        self._floats: dict[float, str] = {}
        self._tuples: dict[tuple, str] = {}

    def line(self, voice: Voice) -> str:
        (article, speaker, role, quote, kind, cue, start, end, stance, confidence, probabilities, sentiment, themes,
         top_features, needs_review, title, source, date, url) = _VOICE_FIELDS(voice)
        if not (type(start) is int and type(end) is int and type(confidence) is float and type(sentiment) is float
                and type(needs_review) is bool and type(themes) is tuple and type(top_features) is tuple):
            return self._encode_row(voice_export_row(voice)) + "\n"
        try:
            texts = list(map(_encode_string, (article, title, source, date, url, speaker, role, quote, kind, cue, stance)))
            lists = self._tuple_texts((themes, top_features))
        except TypeError:  # a text that is not a str: the encoder writes it, or says why not
            return self._encode_row(voice_export_row(voice)) + "\n"
        floats = self._float_texts((confidence, *map(float, map(probabilities.get, STANCES, _NO_PROBABILITIES)),
                                    sentiment))
        # The voice id "article:start-end" needs no escapes beyond the article's own.
        voice_id = f"{texts[0][:-1]}:{start}-{end}\""
        return _LINE % (voice_id, *texts[:10], int.__repr__(start), int.__repr__(end), texts[10], *floats, *lists,
                        "true" if needs_review else "false", texts[10], texts[5])

    def _float_texts(self, values: tuple[float, ...]) -> list[str]:
        texts = list(map(self._floats.get, values))
        if None in texts:
            if len(self._floats) >= self.MEMORY:
                self._floats.clear()
            for i, value in enumerate(values):
                if texts[i] is None:
                    text = float.__repr__(value)
                    texts[i] = text = _NON_FINITE.get(text, text)
                    if value:  # 0.0 and -0.0 are equal keys but different texts: zeros are not kept
                        self._floats[value] = text
        return texts

    def _tuple_texts(self, values: tuple[tuple, ...]) -> list[str]:
        texts = list(map(self._tuples.get, values))
        if None in texts:
            if len(self._tuples) >= self.MEMORY:
                self._tuples.clear()
            for i, value in enumerate(values):
                if texts[i] is None:
                    texts[i] = self._tuples[value] = "[" + ", ".join(map(_encode_string, value)) + "]"
        return texts


_encode_string = json.encoder.encode_basestring  # as the encoder writes a str (ensure_ascii=False)
_VOICE_FIELDS = attrgetter(*(field.name for field in fields(Voice)))  # every field, in one call
_NO_PROBABILITIES = (0.0,) * len(STANCES)
_NON_FINITE = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}  # as json writes them


def _line_template() -> str:
    values = {column: "%s" for column in EXPORT_COLUMNS}
    values.update({column: '""' for column in REVIEW_COLUMNS})
    return "{" + ", ".join(f"{_encode_string(column)}: {values[column]}" for column in EXPORT_COLUMNS) + "}\n"


_LINE = _line_template()


def write_voices_jsonl(voices: Iterable[Voice], handle: IO[str]) -> None:
    """The export rows of voices no one has reviewed, as JSONL: the text of
    write_jsonl(map(voice_export_row, voices), handle, EXPORT_COLUMNS), without building the rows."""
    handle.writelines(map(_VoiceLines().line, voices))


def save_atomically(path: str | Path, write, encoding: str | None = "utf-8") -> None:
    """Write via `write(handle)` to a temp file beside `path`, then rename over it,
    so a failure half-way never leaves a truncated file where a good one was.

    A symlink is followed (its target is replaced, the link stays), and the file keeps the
    mode of the one it replaces, or gets the usual mode for new files (not mkstemp's 0600).
    `encoding=None` opens the temp file in binary mode."""
    path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    descriptor, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        if encoding is None:
            with os.fdopen(descriptor, "wb") as handle:
                write(handle)
        else:
            with os.fdopen(descriptor, "w", encoding=encoding, newline="") as handle:
                write(handle)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# --- Parquet ------------------------------------------------------------------------------------
# Typed columns; every other column is a string. List columns stay lists and probabilities are
# float64 `p_<label>` columns, so a round trip gives back exactly the values written.
INTEGER_COLUMNS: tuple[str, ...] = ("start", "end", "size_bytes", "voices")
FLOAT_COLUMNS: tuple[str, ...] = ("confidence", "sentiment", *PROBABILITY_COLUMNS)
BOOLEAN_COLUMNS: tuple[str, ...] = ("needs_review",)
PARQUET_COMPRESSION = "zstd"


def parquet_schema(columns: Iterable[str]):
    """The Arrow schema of a table with these columns (types above; strings otherwise)."""
    import pyarrow as pa

    def arrow_type(column: str):
        if column in LIST_COLUMNS:
            return pa.list_(pa.string())
        if column in INTEGER_COLUMNS:
            return pa.int64()
        if column in FLOAT_COLUMNS:
            return pa.float64()
        if column in BOOLEAN_COLUMNS:
            return pa.bool_()
        return pa.string()

    return pa.schema([(column, arrow_type(column)) for column in columns])


def parquet_table(rows: Sequence[Mapping], schema):
    """An Arrow table of `rows` (mappings), typed by `schema`."""
    import pyarrow as pa

    return pa.table({name: [row.get(name) for row in rows] for name in schema.names}, schema=schema)


def write_parquet(row_groups: Iterable[Sequence[Mapping]], handle: IO[bytes], columns: Iterable[str] = COLUMNS) -> int:
    """One Parquet row group per non-empty sequence of rows; returns the number of rows written.
    Streams: only one group is held at a time."""
    import pyarrow.parquet as pq

    schema = parquet_schema(columns)
    written = 0
    with pq.ParquetWriter(handle, schema, compression=PARQUET_COMPRESSION) as writer:
        for rows in row_groups:
            if rows:
                writer.write_table(parquet_table(rows, schema))
                written += len(rows)
    return written


def read_parquet_rows(path: str | Path) -> list[dict]:
    """Rows of a Parquet file as plain dicts (lists as lists): the inverse of write_parquet."""
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


__all__ = ["CSV_ENCODING", "EXPORT_COLUMNS", "FINAL_COLUMNS", "REVIEW_COLUMNS", "export_row", "FORMULA_PREFIXES", "LIST_COLUMNS",
           "csv_bytes", "neutralize_cell", "parquet_schema", "parquet_table", "read_parquet_rows", "save_atomically",
           "voice_export_row", "write_csv", "write_jsonl", "write_parquet", "write_voices_jsonl"]
