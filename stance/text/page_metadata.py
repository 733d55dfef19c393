"""The four metadata fields read from a saved page: title, site name, date and address.

trafilatura's `extract_metadata` also looks for authors, categories, tags and a licence, which
this project never reads and which take over 40% of its time on a news page. `read_metadata` takes the same
steps as `extract_metadata` for the four fields kept, in the same order and with the same
helpers, so each comes out as `extract_metadata` gives it (tests/test_text_page_metadata.py
checks this against `extract_metadata` itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape
from typing import Any

from lxml.html import HtmlElement

# extract_metadata's Document.clean_and_trim: a longer value is cut to this many characters.
_MAX_FIELD = 10000


@dataclass(frozen=True)
class PageMetadata:
    title: str = ""
    sitename: str = ""
    date: str = ""  # ISO, as htmldate gives it from the page's markup
    url: str = ""


def _cleaned(value: str | None) -> str:
    """A field as Document.clean_and_trim leaves it ("" for none)."""
    from trafilatura.utils import line_processing

    if not isinstance(value, str):
        return ""
    if len(value) > _MAX_FIELD:
        value = value[:_MAX_FIELD - 1] + "…"
    return line_processing(unescape(value)) or ""


def read_metadata(tree: HtmlElement, date_params: dict[str, Any]) -> PageMetadata:
    """Title, site name, date and canonical address of a parsed page, as extract_metadata finds them.

    Reads the tree only (htmldate searches a copy), so the main-text extraction that follows
    sees the page unchanged.
    """
    from htmldate import find_date
    from trafilatura.metadata import (META_URL, examine_meta, extract_meta_json, extract_sitename, extract_title,
                                      extract_url)

    metadata = examine_meta(tree)
    # As extract_metadata does before reading JSON-LD: a one-word author is dropped (JSON-LD
    # reading merges authors, and a failure there stops it before the title and site name).
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = extract_meta_json(tree, metadata)
    except Exception:  # noqa: BLE001 - as extract_metadata: a bug in its JSON-LD reading keeps the meta tags
        pass
    if not metadata.title:
        metadata.title = extract_title(tree)
    if not metadata.url:
        metadata.url = extract_url(tree, None)
    date = find_date(tree, **{**date_params, "url": metadata.url})
    sitename = metadata.sitename or extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")  # a Twitter handle
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif metadata.url and (match := META_URL.match(metadata.url)):
        sitename = match[1]
    return PageMetadata(_cleaned(metadata.title), _cleaned(sitename), _cleaned(date), _cleaned(metadata.url))
