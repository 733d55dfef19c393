"""A corpus held as a table: one article per row of a CSV, TSV, JSONL or Parquet file.

The `text` column is required; `id`, `title`, `source`, `date` and `url` are used when present
(column names are matched without case or surrounding spaces; other columns are ignored).
A row's id is its `id`, or `<file stem>:<row>` without one. Rows count from 1: the records
after the header in CSV and TSV, the lines in JSONL, the rows in Parquet. A bad row gets one
Problem naming the file, the row and the reason; the other rows still load.

Limits (tables.py): a table is read up to MAX_TABLE_BYTES (512 MB; for Parquet, counted on the
text as decompressed) and MAX_TABLE_ROWS rows; each row's text up to MAX_FILE_BYTES, as a file.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from stance.text.article import Article, Problem, build_article
from stance.text.decode import ArticleError, decode
from stance.text.parquet_table import NotATable, parquet_rows
from stance.text.tables import MAX_FILE_BYTES, MAX_TABLE_BYTES, MAX_TABLE_ROWS, METADATA_FIELDS, TABLE_TEXT_COLUMN

# A text cell may be as large as an article file; the csv module's default cap is 128 KB.
csv.field_size_limit(max(csv.field_size_limit(), MAX_TABLE_BYTES))


@dataclass
class Row:
    number: int
    cells: dict  # lower-cased column name -> value as read


def _delimiter(header_line: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    return "\t" if "\t" in header_line and "," not in header_line else ","


def csv_rows(text: str, suffix: str = ".csv") -> tuple[list[str], Iterator[list[str]]]:
    """(lower-cased header, iterator of records) of a CSV or TSV text."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text[: text.find("\n")], suffix))
    header = [name.strip().lower() for name in next(reader, [])]
    return header, reader


def _csv_table(data: bytes, suffix: str, warnings: list[str]) -> Iterator[Row | Problem]:
    decoded = decode(data, MAX_TABLE_BYTES)
    warnings.extend(decoded.warnings)
    header, records = csv_rows(decoded.text, suffix)
    if TABLE_TEXT_COLUMN not in header:
        raise NotATable(f"no {TABLE_TEXT_COLUMN!r} column (columns: {', '.join(header) or 'none'})")
    number = 0
    try:
        for number, record in enumerate(records, start=1):
            if not any(cell.strip() for cell in record):
                continue  # a blank line
            if len(record) > len(header):
                yield Problem("", f"row {number}: {len(record)} cells but {len(header)} columns (a quote not closed?)")
                continue
            # The first column of a name wins when a header repeats one.
            yield Row(number, {name: value for name, value in reversed(list(zip(header, record)))})
    except csv.Error as exc:
        yield Problem("", f"row {number + 1}: {exc}; the rows after it were not read")


def _jsonl_table(data: bytes, warnings: list[str]) -> Iterator[Row | Problem]:
    decoded = decode(data, MAX_TABLE_BYTES)
    warnings.extend(decoded.warnings)
    seen_text_column = False
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Problem("", f"row {number}: not JSON ({str(exc)[:80]})")
            continue
        if not isinstance(value, dict):
            yield Problem("", f"row {number}: a JSON {type(value).__name__}, not an object")
            continue
        cells = {str(key).strip().lower(): cell for key, cell in value.items()}
        if not seen_text_column and TABLE_TEXT_COLUMN not in cells:
            # The first object decides whether this file is a table of articles at all.
            raise NotATable(f"no {TABLE_TEXT_COLUMN!r} field in its first object (fields: {', '.join(cells)[:200]})")
        seen_text_column = True
        yield Row(number, cells)


def _parquet_table(data: bytes) -> Iterator[Row | Problem]:
    wanted = ("id", TABLE_TEXT_COLUMN, *METADATA_FIELDS)
    for row in parquet_rows(data, wanted, TABLE_TEXT_COLUMN, MAX_TABLE_BYTES):
        yield Problem("", row) if isinstance(row, str) else Row(*row)


def _cell_text(value) -> str | None:
    """A cell as text; None for a value that is not text (a list, an object, bytes)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return None


def _article(row: Row, stem: str, path: str) -> tuple[Article, list[str]]:
    cells = {}
    for name in ("id", TABLE_TEXT_COLUMN, *METADATA_FIELDS):
        text = _cell_text(row.cells.get(name))
        if text is None:
            raise ArticleError(f"{name!r} is a {type(row.cells[name]).__name__}, not text")
        cells[name] = text
    size = len(cells[TABLE_TEXT_COLUMN].encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise ArticleError(f"text is {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit for one article")
    article_id = cells["id"].strip() or f"{stem}:{row.number}"
    return build_article(cells[TABLE_TEXT_COLUMN], ".txt", article_id, path, cells, size)


def read_table(data: bytes, name: str, path: str = "") -> tuple[list[tuple[Article, str]], list[Problem]]:
    """Articles of a table's bytes, each with its row label ("row 3"), and the problems.

    Raises NotATable without a `text` column, ArticleError when the file cannot be read at all.
    """
    path = path or name
    suffix, stem = Path(name).suffix.lower(), Path(name).stem
    file_warnings: list[str] = []
    if suffix == ".parquet":
        rows = _parquet_table(data)
    elif suffix == ".jsonl":
        rows = _jsonl_table(data, file_warnings)
    else:
        rows = _csv_table(data, suffix, file_warnings)
    articles: list[tuple[Article, str]] = []
    problems: list[Problem] = []
    for row in rows:
        if isinstance(row, Row) and row.number > MAX_TABLE_ROWS:
            problems.append(Problem(path, f"row {row.number}: over the {MAX_TABLE_ROWS:,}-row limit; "
                                          "the rows from here on were not read"))
            break
        if isinstance(row, Problem):
            problems.append(Problem(path, row.reason))
            continue
        try:
            article, warnings = _article(row, stem, path)
        except ArticleError as exc:
            problems.append(Problem(path, f"row {row.number}: {exc}"))
            continue
        problems.extend(Problem(path, f"row {row.number}: {warning}", skipped=False) for warning in warnings)
        articles.append((article, f"row {row.number}"))
    problems[:0] = [Problem(path, warning, skipped=False) for warning in file_warnings]
    return articles, problems
