"""Listing the inputs of a run: folders by name, each file once, metadata rows, and file ids.

Listing is cheap (names and one articles.csv per folder), so a run lists everything first: the
file ids need the whole listing (a stem shared by two folders is qualified by its folder). Reading
the files stays lazy (stance.text.corpus).
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from stance.text.article import Problem
from stance.text.decode import ArticleError, decode, printable, read_limited
from stance.text.table_corpus import csv_rows
from stance.text.tables import INPUT_SUFFIXES, MAX_METADATA_BYTES, METADATA_FILENAME, TABLE_SUFFIXES


@dataclass
class Input:
    """One listed input: a file to read (with its articles.csv row), or a listing problem."""

    path: Path
    metadata: dict = field(default_factory=dict)
    named: bool = True  # named on the command line (not found in a folder)
    problem: Problem | None = None


def read_metadata(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """Rows of a folder's articles.csv keyed by file name (missing file: no rows).

    The file may carry a byte order mark, be comma- or tab-separated, and is read only up to
    MAX_METADATA_BYTES. A repeated file name is reported; its last row is used.
    """
    path = folder / METADATA_FILENAME
    if not path.is_file():
        return {}, []
    try:
        decoded = decode(read_limited(path, MAX_METADATA_BYTES), MAX_METADATA_BYTES)
        header, records = csv_rows(decoded.text)
        rows = [dict(zip(header, record)) for record in records if any(cell.strip() for cell in record)]
    except (ArticleError, OSError, csv.Error) as exc:
        return {}, [Problem(str(path), f"metadata ignored: {exc}", skipped=False)]
    problems = [Problem(str(path), warning, skipped=False) for warning in decoded.warnings]
    if "file" not in header:
        return {}, problems + [Problem(str(path), "metadata ignored: no 'file' column", skipped=False)]
    by_file: dict[str, dict] = {}
    for number, row in enumerate(rows, start=1):
        name = (row.get("file") or "").strip()
        if name in by_file:
            problems.append(Problem(str(path), f"row {number}: file {name!r} listed again; this row is used",
                                    skipped=False))
        by_file[name] = {key: (value or "").strip() for key, value in row.items() if key}
    return by_file, problems


def expand(paths: Iterable[str | Path]) -> list[Input]:
    """Every input to read, in order: folders listed by name, each file once."""
    inputs: list[Input] = []
    seen: set[str] = set()
    folder_metadata: dict[Path, dict[str, dict]] = {}  # files named one by one share their folder's

    def add(item: Input, key: str = "") -> None:
        key = key or os.path.normpath(os.path.abspath(item.path))
        if key in seen:
            inputs.append(Input(item.path, problem=Problem(str(item.path), "listed more than once; read once",
                                                           skipped=False)))
            return
        seen.add(key)
        inputs.append(item)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            metadata, problems = read_metadata(path)
            inputs.extend(Input(Path(p.path), problem=p) for p in problems)
            try:
                with os.scandir(path) as entries:
                    children = sorted(entries, key=lambda entry: entry.name)  # by name: Path comparisons are slow
            except OSError as exc:
                inputs.append(Input(path, problem=Problem(str(path), f"cannot list folder: {exc.strerror or exc}")))
                continue
            # A child's key is the folder's key and its name (a listed name holds no separator and is
            # never "." or ".."): one absolute path per folder, not one per file.
            folder_key = os.path.normpath(os.path.abspath(path))
            for entry in children:
                suffix = os.path.splitext(entry.name)[1].lower()
                # A folder's README is its documentation and articles.csv its metadata, not articles.
                if (suffix not in INPUT_SUFFIXES or entry.name.upper().startswith("README")
                        or entry.name == METADATA_FILENAME or entry.is_dir()):
                    continue
                add(Input(Path(entry.path), metadata.get(entry.name, {}), named=False),
                    os.path.join(folder_key, entry.name))
        else:
            if path.parent not in folder_metadata:
                folder_metadata[path.parent] = read_metadata(path.parent)[0] if path.parent.is_dir() else {}
            add(Input(path, folder_metadata[path.parent].get(path.name, {})))
    return inputs


def file_ids(inputs: list[Input]) -> dict[int, str]:
    """Id of every article file (by its index in `inputs`): the stem, or folder/stem where two
    folders hold the same stem. Tables are left out: their rows have ids of their own."""
    absolute: dict[str, str] = {}  # a folder as written -> its absolute path (files share folders)
    files: dict[int, tuple[str, str]] = {}  # index -> (printable stem, absolute folder)
    for index, item in enumerate(inputs):
        if item.problem is None and item.path.suffix.lower() not in TABLE_SUFFIXES:
            # os.path.dirname of a Path's text is the text of its .parent ("" for "." is absolutised alike).
            folder = os.path.dirname(os.fspath(item.path))
            if folder not in absolute:
                absolute[folder] = os.path.abspath(folder)
            files[index] = (printable(item.path.stem), absolute[folder])
    folders: dict[str, set[str]] = defaultdict(set)
    for stem, folder in files.values():
        folders[stem].add(folder)
    return {index: f"{printable(os.path.basename(folder))}/{stem}" if len(folders[stem]) > 1 else stem
            for index, (stem, folder) in files.items()}


def list_inputs(paths: Iterable[str | Path]) -> list[tuple[Input, str]]:
    """Every input with its file id ("" for a table or a listing problem), in order."""
    inputs = expand(paths)
    ids = file_ids(inputs)
    return [(item, ids.get(index, "")) for index, item in enumerate(inputs)]
