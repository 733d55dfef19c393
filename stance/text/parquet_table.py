"""Rows of a Parquet table of articles, read without letting compression expand past the limit.

Parquet stores a repeated value once (dictionary encoding) and compresses the rest, so a small
file can describe gigabytes of text. String columns are therefore read as dictionaries (their
size in memory is their size in the file), and each batch of rows is materialised only after
its text bytes have been counted against MAX_TABLE_BYTES.
"""

from __future__ import annotations

from collections.abc import Iterator

from stance.text.decode import ArticleError

BATCH_ROWS = 1024


class NotATable(ArticleError):
    """The file has no `text` column: not a table of articles."""


def _usable(data_type, pa) -> bool:
    """Text, numbers, dates and times: the types a cell can be read as text from."""
    types = pa.types
    if types.is_dictionary(data_type):
        data_type = data_type.value_type
    return any(test(data_type) for test in (
        types.is_string, types.is_large_string, types.is_integer, types.is_floating, types.is_date,
        types.is_timestamp, types.is_null))


def _text_bytes(array, pa) -> int:
    """Bytes of text the array holds once materialised (dictionary values counted per use)."""
    import pyarrow.compute as pc

    if pa.types.is_dictionary(array.type):
        if not (pa.types.is_string(array.type.value_type) or pa.types.is_large_string(array.type.value_type)):
            return 0
        return pc.sum(pc.take(pc.binary_length(array.dictionary), array.indices)).as_py() or 0
    if pa.types.is_string(array.type) or pa.types.is_large_string(array.type):
        return pc.sum(pc.binary_length(array)).as_py() or 0
    return 0


def parquet_rows(data: bytes, wanted: tuple[str, ...], text_column: str,
                 max_bytes: int) -> Iterator[tuple[int, dict] | str]:
    """(row number, {column: value}) for each row, or a problem message; raises NotATable or ArticleError."""
    import pyarrow as pa  # only when a Parquet file is read
    import pyarrow.parquet as pq

    try:
        schema = pq.ParquetFile(pa.BufferReader(data)).schema_arrow
        names = {name.strip().lower(): name for name in reversed(schema.names)}
        if text_column not in names:
            raise NotATable(f"no {text_column!r} column (columns: {', '.join(names) or 'none'})")
        columns = [name for name in wanted if name in names]
        for name in columns:
            data_type = schema.field(names[name]).type
            if not _usable(data_type, pa):
                raise ArticleError(f"column {name!r} holds {data_type}, not text")
        strings = [names[name] for name in columns
                   if pa.types.is_string(schema.field(names[name]).type)
                   or pa.types.is_large_string(schema.field(names[name]).type)]
        parquet = pq.ParquetFile(pa.BufferReader(data), read_dictionary=strings)
        batches = parquet.iter_batches(batch_size=BATCH_ROWS, columns=[names[name] for name in columns])
        number, total = 0, 0
        for batch in batches:
            arrays = [batch.column(names[name]) for name in columns]
            total += sum(_text_bytes(array, pa) for array in arrays)
            if total > max_bytes:
                yield (f"row {number + 1}: the table's text passes the {max_bytes:,}-byte limit here; "
                       "the rows from here on were not read")
                return
            values = [array.to_pylist() for array in arrays]
            for index in range(batch.num_rows):
                number += 1
                yield number, {name: column[index] for name, column in zip(columns, values)}
    except (pa.ArrowException, OSError) as exc:
        raise ArticleError(f"not a readable Parquet file ({str(exc)[:120]})") from None
