"""An article, a problem with an input, and how one text becomes an article."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from stance.text.clean import Cleaner, clean_markdown, clean_plain_text
from stance.text.dates import parse_date
from stance.text.decode import ArticleError, decode, printable
from stance.text.tables import HTML_SUFFIXES, METADATA_FIELDS


@dataclass(frozen=True)
class Article:
    id: str
    path: str  # where it was read from, printable (a name that is not UTF-8 shows U+FFFD)
    text: str  # cleaned text; every offset in a record points into it
    title: str = ""
    source: str = ""
    date: str = ""  # ISO 8601 YYYY-MM-DD, or empty
    url: str = ""
    size_bytes: int = 0

    @property
    def label(self) -> str:
        return self.title or self.id


@dataclass(frozen=True)
class Problem:
    """One input, or one row of a table, that could not be read as given. `skipped` is False for warnings."""

    path: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        # One line, always encodable: a newline or a non-UTF-8 byte in a file name is escaped.
        return f"{'error' if self.skipped else 'warning'}: {printable(self.path)}: {printable(self.reason)}"


@dataclass
class LoadResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)



def cleaner_for(suffix: str) -> Cleaner:
    """The cleaner for a file type: web pages through stance.text.webpage (lxml and trafilatura,
    imported when the first page is read), Markdown and plain text through stance.text.clean."""
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        from stance.text.webpage import clean_html

        return clean_html
    return clean_markdown if suffix == ".md" else clean_plain_text

def build_article(raw: str, suffix: str, article_id: str, path: str, metadata: dict | None = None,
                  size_bytes: int = 0) -> tuple[Article, list[str]]:
    """Clean one decoded text into an article; (article, warnings). Raises ArticleError when empty.

    Metadata given by the caller (articles.csv, a table row) wins; a web page's own title, site
    name, date and address fill what it leaves empty. A date is parsed to ISO 8601 or left empty
    with a warning, never guessed.
    """
    warnings: list[str] = []
    found: dict[str, str] = {}
    if suffix.lower() in HTML_SUFFIXES:
        from stance.text.webpage import read_webpage

        page = read_webpage(raw)
        text, warnings = page.text, list(page.warnings)
        found = {"title": page.title, "source": page.source, "date": page.date, "url": page.url}
    else:
        text = cleaner_for(suffix)(raw)
    if not text.strip():
        raise ArticleError("empty: no text after cleaning")
    given = metadata or {}
    meta = {name: " ".join((given.get(name) or found.get(name) or "").split()) for name in METADATA_FIELDS}
    meta["date"], reason = parse_date(meta["date"])
    if reason:
        warnings.append(f"date {given.get('date') or found.get('date')!r}: {reason}; left empty")
    article = Article(id=article_id, path=printable(path), text=text, size_bytes=size_bytes, **meta)
    return article, warnings


def article_from_bytes(
    data: bytes, name: str, article_id: str | None = None, metadata: dict | None = None, path: str = ""
) -> tuple[Article, str]:
    """Decode and clean one article file's bytes. Returns (article, warnings joined by "; ");
    raises ArticleError (binary, over the limit, empty)."""
    decoded = decode(data)
    meta = metadata or {}
    article_id = article_id or meta.get("id") or printable(Path(name).stem)
    article, warnings = build_article(decoded.text, Path(name).suffix, article_id, path or name, meta, len(data))
    return article, "; ".join(decoded.warnings + warnings)
