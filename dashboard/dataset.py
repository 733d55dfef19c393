"""Precomputed record datasets: the layout `stance analyze --out DIR` writes, read by the dashboard.

    DIR/voices/part-*.parquet     one row per voice, the columns of stance.records.COLUMNS
    DIR/articles/part-*.parquet   one row per article: id, title, source, date, url (text optional)
    DIR/_manifest.json            what wrote it (model digest, problems)

`write_dataset` writes the same layout from analysed records (for tests and benchmarks, and for
anyone who has records but not the CLI that writes datasets).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from stance.records import COLUMNS, LIST_COLUMNS, PROBABILITY_COLUMNS

MANIFEST = "_manifest.json"
VOICES_GLOB = "voices/part-*.parquet"
ARTICLES_GLOB = "articles/part-*.parquet"
ARTICLE_FIELDS = ("id", "title", "source", "date", "url", "path", "text")


def is_dataset(path: str | Path) -> bool:
    """True for a folder in the dataset layout (a manifest or voice parts)."""
    path = Path(path)
    return path.is_dir() and ((path / MANIFEST).is_file() or any((path / "voices").glob("part-*.parquet")))


def voices_schema():
    import pyarrow as pa

    types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64(), "sentiment": pa.float64(),
             "needs_review": pa.bool_()} | {c: pa.float64() for c in PROBABILITY_COLUMNS} \
        | {c: pa.list_(pa.string()) for c in LIST_COLUMNS}
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def articles_schema():
    import pyarrow as pa

    return pa.schema([(c, pa.string()) for c in ARTICLE_FIELDS])


def write_dataset(folder: str | Path, voice_rows: Iterable[dict], article_rows: Sequence[dict],
                  part_rows: int = 250_000, manifest: dict | None = None) -> Path:
    """Write records (dicts in stance.records.COLUMNS) and articles as a dataset folder."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    (folder / "voices").mkdir(parents=True, exist_ok=True)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    schema, batch, part = voices_schema(), [], 0

    def flush() -> None:
        nonlocal batch, part
        columns = {c: [list(r[c]) if c in LIST_COLUMNS else r[c] for r in batch] for c in COLUMNS}
        pq.write_table(pa.table(columns, schema=schema), folder / "voices" / f"part-{part:05d}.parquet")
        batch, part = [], part + 1

    for row in voice_rows:
        batch.append(row)
        if len(batch) >= part_rows:
            flush()
    if batch or part == 0:
        flush()
    columns = {c: [str(a.get(c, "") or "") for a in article_rows] for c in ARTICLE_FIELDS}
    pq.write_table(pa.table(columns, schema=articles_schema()), folder / "articles" / "part-00000.parquet")
    (folder / MANIFEST).write_text(json.dumps(manifest or {"problems": []}, indent=2), encoding="utf-8")
    return folder


def read_manifest(folder: str | Path) -> dict:
    """The dataset's manifest ({} when missing or unreadable)."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}
