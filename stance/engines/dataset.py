"""The Parquet dataset layout written by `stance analyze --out DIR` (either engine).

    DIR/voices/part-00000.parquet     one row per voice (stance.records.COLUMNS)
    DIR/articles/part-00000.parquet   one row per article that gave records (ARTICLE_TABLE_COLUMNS)
    DIR/_manifest.json                written last: model sha256, partitions, problems, failed partitions

Part N of both tables holds partition N. Each part is written to a hidden temp file in its folder
and renamed into place, so a retried partition replaces its part and never duplicates rows, and a
glob over `part-*.parquet` never sees a half-written file. Schema: docs/dataset.md.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from stance.export import parquet_schema, save_atomically, write_parquet
from stance.records import COLUMNS, Voice
from stance.text.corpus import Article, Problem

FORMAT = "stance-dataset"
FORMAT_VERSION = 1
MANIFEST_NAME = "_manifest.json"
VOICES_DIR, ARTICLES_DIR = "voices", "articles"
ARTICLE_TABLE_COLUMNS: tuple[str, ...] = ("article", "path", "title", "source", "date", "url", "size_bytes",
                                          "voices", "text")
DEFAULT_PARTITION_FILES = 500


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def article_rows(articles: Iterable[Article], voices: Iterable[Voice]) -> list[dict]:
    """One row per article, with its cleaned text (every voice's start/end points into it)."""
    counts: dict[str, int] = {}
    for voice in voices:
        counts[voice.article] = counts.get(voice.article, 0) + 1
    return [{"article": a.id, "path": a.path, "title": a.title, "source": a.source, "date": a.date, "url": a.url,
             "size_bytes": a.size_bytes, "voices": counts.get(a.id, 0), "text": a.text} for a in articles]


def check_target(out_dir: str | Path) -> Path:
    """DIR if a dataset may be written there: new, empty, or a previous dataset; else ValueError."""
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out} exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST_NAME).is_file() and not (out / VOICES_DIR).is_dir():
        raise ValueError(f"{out} is not empty and holds no stance dataset; choose a new folder")
    return out


def prepare(out_dir: str | Path) -> Path:
    """Create DIR for a new dataset. A previous dataset there is replaced (its parts removed first,
    so no stale part is read with the new ones); any other non-empty folder is refused."""
    out = check_target(out_dir)
    (out / MANIFEST_NAME).unlink(missing_ok=True)  # first: an incomplete dataset has no manifest
    for table in (VOICES_DIR, ARTICLES_DIR):
        for part in (out / table).glob("*part-*.parquet*"):
            part.unlink()
        (out / table).mkdir(parents=True, exist_ok=True)
    return out


def write_part(out_dir: str | Path, index: int, articles: Sequence[Article], voices: Sequence[Voice]) -> None:
    """Partition `index`: its voices and articles parts, each via a temp file and a rename."""
    out = Path(out_dir)
    rows = [v.to_row() for v in voices]
    save_atomically(out / VOICES_DIR / part_name(index), lambda h: write_parquet([rows], h, COLUMNS), encoding=None)
    table_rows = article_rows(articles, voices)
    save_atomically(out / ARTICLES_DIR / part_name(index),
                    lambda h: write_parquet([table_rows], h, ARTICLE_TABLE_COLUMNS), encoding=None)


def problem_entry(problem: Problem) -> dict:
    return {"path": problem.path, "reason": problem.reason, "skipped": problem.skipped}


def model_sha256(model_text: str | None) -> str | None:
    return hashlib.sha256(model_text.encode("utf-8")).hexdigest() if model_text is not None else None


def write_manifest(out_dir: str | Path, *, engine: str, model_sha: str | None, partitions: Sequence[Mapping],
                   problems: Iterable[Problem], failed: Sequence[Mapping], partition_files: int) -> dict:
    """The manifest, written last and atomically: its presence means the run finished."""
    from stance import __version__

    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "stance_version": __version__,
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "engine": engine,
        "labels": model_sha is not None, "model_sha256": model_sha, "partition_files": partition_files,
        "articles": sum(p["articles"] for p in partitions), "voices": sum(p["voices"] for p in partitions),
        "partitions": sorted(partitions, key=lambda p: p["index"]),
        "failed_partitions": sorted(failed, key=lambda p: p["index"]),
        "problems": [problem_entry(p) for p in problems],
        "voice_columns": {f.name: str(f.type) for f in parquet_schema(COLUMNS)},
        "article_columns": {f.name: str(f.type) for f in parquet_schema(ARTICLE_TABLE_COLUMNS)},
    }
    save_atomically(Path(out_dir) / MANIFEST_NAME, lambda h: h.write(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n"))
    return manifest


def partition_entry(index: int, files: int, articles: int, voices: int) -> dict:
    return {"index": index, "files": files, "articles": articles, "voices": voices,
            "voices_part": f"{VOICES_DIR}/{part_name(index)}", "articles_part": f"{ARTICLES_DIR}/{part_name(index)}"}


def write_dataset(batches: Iterable, out_dir: str | Path, *, model_sha: str | None, partition_files: int,
                  report=None) -> dict:
    """The local engine's dataset: one partition per batch (pipeline.stream with chunk_files =
    partition_files). `report(problem)` is called as problems arrive. Returns the manifest."""
    out = prepare(out_dir)
    partitions: list[dict] = []
    problems: list[Problem] = []
    for index, batch in enumerate(batches):
        write_part(out, index, batch.articles, batch.voices)
        partitions.append(partition_entry(index, batch.files, len(batch.articles), len(batch.voices)))
        problems.extend(batch.problems)
        for problem in batch.problems if report else ():
            report(problem)
    if not partitions:  # an empty corpus still gives one (empty) part per table, so a glob finds the schema
        write_part(out, 0, [], [])
        partitions.append(partition_entry(0, 0, 0, 0))
    return write_manifest(out, engine="local", model_sha=model_sha, partitions=partitions, problems=problems,
                          failed=[], partition_files=partition_files)


def read_table(out_dir: str | Path, table: str = VOICES_DIR) -> list[dict]:
    """Every row of one table of a dataset, partition by partition (for tests and small datasets)."""
    from stance.export import read_parquet_rows

    rows: list[dict] = []
    for part in sorted((Path(out_dir) / table).glob("part-*.parquet")):
        rows.extend(read_parquet_rows(part))
    return rows


__all__ = ["ARTICLE_TABLE_COLUMNS", "check_target", "DEFAULT_PARTITION_FILES", "MANIFEST_NAME", "article_rows", "model_sha256",
           "part_name", "partition_entry", "prepare", "read_table", "write_dataset", "write_manifest", "write_part"]
