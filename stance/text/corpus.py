"""Load articles from folders, files and tables: limits, metadata, unique ids, clear errors.

Inputs: article files (.txt, .md, .html, .htm), tables of articles (.csv, .tsv, .jsonl,
.parquet; see table_corpus), and folders of both. A folder's articles.csv (id, file, title,
source, date, url) adds metadata to its files; a folder's README* is skipped.

Ids are unique by construction: a file's id is its name without extension; where the same name
is in two folders, both ids carry the folder (`a/x`, `b/x`); of two files with one stem in one
folder (x.html, x.txt) the second by name keeps its suffix (`x`, `x.txt`); any id still taken (a
repeated id in articles.csv or a table) becomes `id~2`, `id~3`, with a warning naming both.

Listing (stance.text.listing) comes first and is cheap; reading is lazy: `read_input` reads one
input (a file gives one article, a table many) and `IdClaims.claim` gives each its unique id, in
input order, so a streaming run (stance.pipeline) gets the ids and problems of `load_articles`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from stance.text.article import Article, LoadResult, Problem, article_from_bytes, build_article
from stance.text.decode import ArticleError, check_regular_file, check_size, decode, printable, read_limited
from stance.text.listing import Input, list_inputs, read_metadata
from stance.text.table_corpus import NotATable, read_table
from stance.text.tables import INPUT_SUFFIXES, MAX_FILE_BYTES, MAX_TABLE_BYTES, METADATA_FILENAME, TABLE_SUFFIXES

__all__ = ["Article", "ArticleError", "IdClaims", "Input", "LoadResult", "Pending", "Problem", "article_from_bytes",
           "articles_from_bytes", "build_article", "check_size", "claim_all", "decode", "iter_articles",
           "list_inputs", "load_articles", "read_input", "read_metadata"]

# An article read but not yet given its unique id, with how to claim it (IdClaims.claim keywords).
Pending = tuple[Article, dict]


class IdClaims:
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


def _read_table(item: Input, name: str, info: os.stat_result) -> tuple[list[Pending], list[Problem]]:
    try:
        articles, problems = read_table(read_limited(item.path, MAX_TABLE_BYTES, info), item.path.name, name)
    except NotATable as exc:
        # A named file must be a table of articles; a data file in a folder (a gold file) is not one.
        return [], [Problem(name, f"not a table of articles: {exc}", skipped=item.named)]
    return [(article, {"row": row}) for article, row in articles], problems


def _read_article_file(item: Input, base_id: str, name: str, max_bytes: int,
                       info: os.stat_result) -> tuple[list[Pending], list[Problem]]:
    suffix = item.path.suffix.lower()
    data = read_limited(item.path, max_bytes, info)
    decoded = decode(data, max_bytes)
    article, warnings = build_article(decoded.text, suffix, item.metadata.get("id") or base_id, name,
                                      item.metadata, len(data))
    problems = [Problem(name, warning, skipped=False) for warning in decoded.warnings + warnings]
    if item.metadata.get("id"):
        return [(article, {"given_in": f"{METADATA_FILENAME} "})], problems
    return [(article, {"alternative": f"{article.id}{suffix}"})], problems


def read_input(item: Input, base_id: str = "", max_bytes: int = MAX_FILE_BYTES,
               name: str | None = None) -> tuple[list[Pending], list[Problem]]:
    """The articles of one listed input (a file: one; a table: one per row) and its problems.

    `base_id` is the file id from the listing; `name` is the path shown in ids' owners and problems
    (default: the path). Never raises an Exception for a bad input: one input that breaks the
    cleaner is one error line, not a stopped run (a BaseException such as a time budget passes)."""
    name = str(item.path) if name is None else name
    if item.problem is not None:
        return [], [item.problem]
    suffix = item.path.suffix.lower()
    try:
        info = check_regular_file(item.path)
        if suffix not in INPUT_SUFFIXES:
            raise ArticleError(f"unsupported file type {suffix or '(none)'}; use {', '.join(INPUT_SUFFIXES)}")
        if suffix in TABLE_SUFFIXES:
            return _read_table(item, name, info)
        return _read_article_file(item, base_id, name, max_bytes, info)
    except ArticleError as exc:
        return [], [Problem(name, str(exc))]
    except OSError as exc:
        return [], [Problem(name, f"cannot read: {exc.strerror or exc}")]
    except Exception as exc:  # a bug in a cleaner or parser: report the input, keep going
        return [], [Problem(name, f"cannot be read ({type(exc).__name__}: {exc})")]


def claim_all(pending: Iterable[Pending], ids: IdClaims, problems: list[Problem]) -> list[Article]:
    """The articles with their unique ids, in order; a changed id adds its warning to `problems`."""
    return [ids.claim(article, problems, **how) for article, how in pending]


def iter_articles(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> Iterator[Article | Problem]:
    """Articles and problems in input order: everything is listed first, then read one input at a time."""
    ids = IdClaims()
    for item, base_id in list_inputs(paths):
        pending, problems = read_input(item, base_id, max_bytes)
        articles = claim_all(pending, ids, problems)
        yield from problems
        yield from articles


def load_articles(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> LoadResult:
    """Load every article under `paths` (folders, files, tables); bad inputs become Problems."""
    result = LoadResult()
    for item in iter_articles(paths, max_bytes):
        (result.problems if isinstance(item, Problem) else result.articles).append(item)
    return result


def articles_from_bytes(data: bytes, name: str) -> LoadResult:
    """The articles in one uploaded file: a single article, or every row of a table of articles."""
    result = LoadResult()
    suffix = Path(name).suffix.lower()
    try:
        if suffix in TABLE_SUFFIXES:
            check_size(len(data), MAX_TABLE_BYTES)
            articles, result.problems = read_table(data, name)
            ids = IdClaims()
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
