"""Load articles from folders, files and tables: limits, metadata, unique ids, clear errors.

Inputs: article files (.txt, .md, .html, .htm), tables of articles (.csv, .tsv, .jsonl,
.parquet; see table_corpus), and folders of both. A folder's articles.csv (id, file, title,
source, date, url) adds metadata to its files; a folder's README* is skipped.

Ids are unique by construction: a file's id is its name without extension; where the same name
is in two folders, both ids carry the folder (`a/x`, `b/x`); of two files with one stem in one
folder (x.html, x.txt) the second by name keeps its suffix (`x`, `x.txt`); any id still taken (a repeated id in articles.csv or a table) becomes `id~2`, `id~3`,
with a warning naming both.
"""

from __future__ import annotations

import csv
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from stance.text.article import Article, LoadResult, Problem, article_from_bytes, build_article
from stance.text.decode import ArticleError, check_regular_file, check_size, decode, printable, read_limited
from stance.text.table_corpus import NotATable, csv_rows, read_table
from stance.text.tables import (INPUT_SUFFIXES, MAX_FILE_BYTES, MAX_METADATA_BYTES, MAX_TABLE_BYTES,
                                METADATA_FILENAME, TABLE_SUFFIXES)

__all__ = ["Article", "ArticleError", "LoadResult", "Problem", "article_from_bytes", "articles_from_bytes",
           "build_article", "check_size", "decode", "load_articles", "read_metadata"]


@dataclass
class _Input:
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


def _expand(paths: Iterable[str | Path]) -> list[_Input]:
    """Every input to read, in order: folders listed by name, each file once."""
    inputs: list[_Input] = []
    seen: set[str] = set()
    folder_metadata: dict[Path, dict[str, dict]] = {}  # files named one by one share their folder's

    def add(item: _Input) -> None:
        key = os.path.normpath(os.path.abspath(item.path))
        if key in seen:
            inputs.append(_Input(item.path, problem=Problem(str(item.path), "listed more than once; read once",
                                                            skipped=False)))
            return
        seen.add(key)
        inputs.append(item)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            metadata, problems = read_metadata(path)
            inputs.extend(_Input(Path(p.path), problem=p) for p in problems)
            try:
                with os.scandir(path) as entries:
                    children = sorted(entries, key=lambda entry: entry.name)  # by name: Path comparisons are slow
            except OSError as exc:
                inputs.append(_Input(path, problem=Problem(str(path), f"cannot list folder: {exc.strerror or exc}")))
                continue
            for entry in children:
                suffix = os.path.splitext(entry.name)[1].lower()
                # A folder's README is its documentation and articles.csv its metadata, not articles.
                if (suffix not in INPUT_SUFFIXES or entry.name.upper().startswith("README")
                        or entry.name == METADATA_FILENAME or entry.is_dir()):
                    continue
                add(_Input(Path(entry.path), metadata.get(entry.name, {}), named=False))
        else:
            if path.parent not in folder_metadata:
                folder_metadata[path.parent] = read_metadata(path.parent)[0] if path.parent.is_dir() else {}
            add(_Input(path, folder_metadata[path.parent].get(path.name, {})))
    return inputs


def _file_ids(inputs: list[_Input]) -> dict[int, str]:
    """Id of every article file (by its index in `inputs`): the stem, or folder/stem where two
    folders hold the same stem. Tables are left out: their rows have ids of their own."""
    files = {index: item.path for index, item in enumerate(inputs)
             if item.problem is None and item.path.suffix.lower() not in TABLE_SUFFIXES}
    folders: dict[str, set[str]] = defaultdict(set)
    for path in files.values():
        folders[printable(path.stem)].add(os.path.abspath(path.parent))
    ids = {}
    for index, path in files.items():
        stem = printable(path.stem)
        ids[index] = f"{printable(os.path.basename(os.path.abspath(path.parent)))}/{stem}" if len(folders[stem]) > 1 else stem
    return ids


class _UniqueIds:
    """Hands out ids; one already taken becomes `id~2`, `id~3`, with a warning."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}

    def claim(self, article: Article, problems: list[Problem], row: str = "", given_in: str = "",
              alternative: str = "") -> Article:
        """`row` locates a table row ("row 3"); `given_in` names where an explicit id came from;
        `alternative` is tried before `~2` (a.txt beside a.html becomes `a.html`, as before)."""
        wanted = printable(article.id)
        new_id = wanted
        if new_id in self.owner and alternative and alternative not in self.owner:
            new_id = alternative
        elif new_id in self.owner:
            n = 2
            while f"{wanted}~{n}" in self.owner:
                n += 1
            new_id = f"{wanted}~{n}"
            problems.append(Problem(article.path, f"{row + ': ' if row else ''}{given_in}id {wanted!r} is already "
                                                  f"used by {self.owner[wanted]}; this article is {new_id!r}",
                                    skipped=False))
        self.owner[new_id] = printable(article.path) + (f" {row}" if row else "")
        return article if new_id == article.id else replace(article, id=new_id)


def _read_table_file(item: _Input, ids: _UniqueIds, result: LoadResult) -> None:
    name = str(item.path)
    try:
        articles, problems = read_table(read_limited(item.path, MAX_TABLE_BYTES), item.path.name, name)
    except NotATable as exc:
        # A named file must be a table of articles; a data file in a folder (a gold file) is not one.
        result.problems.append(Problem(name, f"not a table of articles: {exc}", skipped=item.named))
        return
    result.problems.extend(problems)
    for article, row in articles:
        result.articles.append(ids.claim(article, result.problems, row=row))


def load_articles(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> LoadResult:
    """Load every article under `paths` (folders, files, tables); bad inputs become Problems."""
    result = LoadResult()
    inputs = _expand(paths)
    file_ids = _file_ids(inputs)
    ids = _UniqueIds()
    for index, item in enumerate(inputs):
        if item.problem is not None:
            result.problems.append(item.problem)
            continue
        base_id = file_ids.get(index, "")
        name, suffix = str(item.path), item.path.suffix.lower()
        try:
            check_regular_file(item.path)
            if suffix not in INPUT_SUFFIXES:
                raise ArticleError(f"unsupported file type {suffix or '(none)'}; use {', '.join(INPUT_SUFFIXES)}")
            if suffix in TABLE_SUFFIXES:
                _read_table_file(item, ids, result)
                continue
            data = read_limited(item.path, max_bytes)
            decoded = decode(data, max_bytes)
            article, warnings = build_article(decoded.text, suffix, item.metadata.get("id") or base_id, name,
                                              item.metadata, len(data))
        except ArticleError as exc:
            result.problems.append(Problem(name, str(exc)))
            continue
        except OSError as exc:
            result.problems.append(Problem(name, f"cannot read: {exc.strerror or exc}"))
            continue
        result.problems.extend(Problem(name, warning, skipped=False) for warning in decoded.warnings + warnings)
        if item.metadata.get("id"):
            article = ids.claim(article, result.problems, given_in=f"{METADATA_FILENAME} ")
        else:
            article = ids.claim(article, result.problems, alternative=f"{article.id}{suffix}")
        result.articles.append(article)
    return result


def articles_from_bytes(data: bytes, name: str) -> LoadResult:
    """The articles in one uploaded file: a single article, or every row of a table of articles."""
    result = LoadResult()
    suffix = Path(name).suffix.lower()
    try:
        if suffix in TABLE_SUFFIXES:
            check_size(len(data), MAX_TABLE_BYTES)
            articles, result.problems = read_table(data, name)
            ids = _UniqueIds()
            result.articles = [ids.claim(article, result.problems, row=row) for article, row in articles]
        elif suffix in INPUT_SUFFIXES:
            article, warning = article_from_bytes(data, name)
            result.articles.append(article)
            if warning:
                result.problems.append(Problem(name, warning, skipped=False))
        else:
            raise ArticleError(f"unsupported file type {suffix or '(none)'}; use {', '.join(INPUT_SUFFIXES)}")
    except ArticleError as exc:
        result.problems.append(Problem(name, str(exc)))
    return result
