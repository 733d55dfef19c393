"""Load articles from folders or files: encodings, size limit, metadata, clear errors."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from stance.text.clean import cleaner_for
from stance.text.tables import MAX_FILE_BYTES, METADATA_FILENAME, SUPPORTED_SUFFIXES

METADATA_FIELDS = ("id", "file", "title", "source", "date", "url")


@dataclass(frozen=True)
class Article:
    id: str
    path: str
    text: str  # cleaned text; every offset in a record points into it
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""
    size_bytes: int = 0

    @property
    def label(self) -> str:
        return self.title or self.id


@dataclass(frozen=True)
class Problem:
    """One file that could not be read as given. `skipped` is False for warnings."""

    path: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{'error' if self.skipped else 'warning'}: {self.path}: {self.reason}"


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class ArticleError(ValueError):
    """A file that cannot be used as an article; the message is the reason."""


def check_size(size: int, max_bytes: int = MAX_FILE_BYTES) -> None:
    """ArticleError for a file over the limit (checked before reading and after upload)."""
    if size > max_bytes:
        raise ArticleError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")


def decode(data: bytes, max_bytes: int = MAX_FILE_BYTES) -> tuple[str, str]:
    """(text, warning) of an article's bytes; raises ArticleError for unusable input."""
    check_size(len(data), max_bytes)
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(f"not UTF-8 (byte {exc.start}) and not cp1252 text") from None
        return text, f"not valid UTF-8 (byte {exc.start}); read as cp1252"


def article_from_bytes(
    data: bytes, name: str, article_id: str | None = None, metadata: dict | None = None, path: str = ""
) -> tuple[Article, str]:
    """Clean one article's bytes. Returns (article, warning); raises ArticleError."""
    raw, warning = decode(data)
    text = cleaner_for(Path(name).suffix)(raw)
    if not text.strip():
        raise ArticleError("empty: no text after cleaning")
    meta = metadata or {}
    article = Article(
        id=article_id or meta.get("id") or Path(name).stem,
        path=path or name,
        text=text,
        title=meta.get("title", ""),
        source=meta.get("source", ""),
        date=meta.get("date", ""),
        url=meta.get("url", ""),
        size_bytes=len(data),
    )
    return article, warning


def read_metadata(folder: Path) -> tuple[dict[str, dict], list[Problem]]:
    """Rows of a folder's articles.csv keyed by file name (missing file: no rows)."""
    path = folder / METADATA_FILENAME
    if not path.is_file():
        return {}, []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        return {}, [Problem(str(path), f"metadata ignored: {exc}", skipped=False)]
    if rows and "file" not in rows[0]:
        return {}, [Problem(str(path), "metadata ignored: no 'file' column", skipped=False)]
    return {row["file"]: {k: (v or "").strip() for k, v in row.items() if k} for row in rows}, []


def list_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict] | Problem]:
    """Every article file under `paths` with its articles.csv row, in order, lazily: a folder is
    listed when it is reached. A metadata problem is yielded where it was found."""
    folder_metadata: dict[Path, dict[str, dict]] = {}  # files named one by one: each folder's CSV read once
    for given in paths:
        path = Path(given)
        if path.is_dir():
            metadata, problems = read_metadata(path)
            yield from problems
            for child in sorted(path.iterdir(), key=lambda p: p.name):  # by name: Path comparisons are slow
                # A folder's README is its documentation, not an article.
                if child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES and not child.name.upper().startswith("README"):
                    yield child, metadata.get(child.name, {})
        else:
            if path.parent not in folder_metadata:
                folder_metadata[path.parent] = read_metadata(path.parent)[0] if path.parent.is_dir() else {}
            yield path, folder_metadata[path.parent].get(path.name, {})


def load_file(path: Path, meta: dict, max_bytes: int = MAX_FILE_BYTES) -> tuple[Article | None, list[Problem]]:
    """One listed file: its article (None when it cannot be used) and its problems (an error or a warning).

    Never raises for a bad file: one file that breaks the cleaner is one error line, not a stopped run."""
    name = str(path)
    try:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise ArticleError("no such file or folder") from None
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise ArticleError(f"unsupported file type {path.suffix or '(none)'}; use {', '.join(SUPPORTED_SUFFIXES)}")
        check_size(size, max_bytes)
        article, warning = article_from_bytes(path.read_bytes(), path.name, metadata=meta, path=name)
    except ArticleError as exc:
        return None, [Problem(name, str(exc))]
    except OSError as exc:
        return None, [Problem(name, f"cannot read: {exc.strerror or exc}")]
    except Exception as exc:  # a bug or a time budget hit while cleaning: report the file, keep going
        return None, [Problem(name, f"cannot be read ({type(exc).__name__}: {exc})")]
    return article, ([Problem(name, warning, skipped=False)] if warning else [])


def unique_article(article: Article, path: Path, seen_ids: set[str]) -> Article:
    """The article with an id not in `seen_ids` (which it joins): the same stem twice (a.txt and a.html) keeps both."""
    if article.id in seen_ids:
        article = Article(**{**article.__dict__, "id": f"{article.id}{path.suffix.lower()}"})
    seen_ids.add(article.id)
    return article


def iter_articles(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> Iterator[Article | Problem]:
    """Articles and problems in file order, one file read at a time (memory stays flat)."""
    seen_ids: set[str] = set()
    for item in list_files(paths):
        if isinstance(item, Problem):
            yield item
            continue
        article, problems = load_file(*item, max_bytes=max_bytes)
        yield from problems
        if article is not None:
            yield unique_article(article, item[0], seen_ids)


def load_articles(paths: Iterable[str | Path], max_bytes: int = MAX_FILE_BYTES) -> LoadResult:
    """Load every article under `paths` (folders or files); bad files become Problems."""
    result = LoadResult()
    for item in iter_articles(paths, max_bytes):
        (result.problems if isinstance(item, Problem) else result.articles).append(item)
    return result
