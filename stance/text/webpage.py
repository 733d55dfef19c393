"""Web pages: main text, title, date, site name and address of a saved news page.

A whole page (one with `<html>` or `<body>`) goes through trafilatura, the maintained library
for news pages: it drops menus, footers, cookie banners and related-story lists, and reads the
metadata (`<title>`, og:site_name, article:published_time, JSON-LD, canonical link; only the
four fields used here, see stance.text.page_metadata). A snippet,
or a page in which it finds no main text, is read whole by the fragment cleaner below: every
block a paragraph, scripts and styles dropped (the rules of the earlier standard-library
cleaner). Both walk a tree built by lxml's libxml2 parser, which is linear on malformed markup.
trafilatura itself is bounded by the page's element count (see tables.MAX_EXTRACT_ELEMENTS).

Everything here is offline: trafilatura is given an already-parsed tree (never a URL, so it
cannot download), and the date comes from the page's markup only (htmldate's extensive search
over the prose is off: a year in a sentence is not a publication date).
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass, field

from lxml import etree
import lxml.html

from stance.text.clean import normalize_newlines, normalize_whitespace, remove_zero_width, strip_inline_tags, unescape_entities
from stance.text.page_metadata import PageMetadata, read_metadata
from stance.text.tables import FULL_EXTRACT_ELEMENTS, MAX_EXTRACT_ELEMENTS

# Blocks of HTML and of trafilatura's output tree become paragraphs; cells are separated.
_HTML_BLOCKS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article header footer figure figcaption title".split())
_HTML_SKIP = frozenset("script style noscript template head".split())
_EXTRACTED_BLOCKS = frozenset("p head quote list item table row lb code".split())
_CELLS = frozenset("td th cell".split())
# Inside <svg> only the text of these is dropped: an unclosed <svg> must not swallow the
# article that follows it, so its other children are still read.
_SVG_TEXT = frozenset("title desc text tspan textpath style script metadata".split())
_PAGE = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

# trafilatura reports "discarding data" for pages without main text; that is an expected
# outcome here (the fragment cleaner takes over), not something to print on stderr.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass
class WebPage:
    text: str
    title: str = ""
    source: str = ""
    date: str = ""  # as the page gives it (ISO from its markup); checked by the caller
    url: str = ""
    warnings: list[str] = field(default_factory=list)


def _parse(raw: str) -> tuple[etree._Element | None, bool]:
    """(tree, too_deep). A new parser per call: parsers keep state and pages are read in threads."""
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        tree = lxml.html.document_fromstring(raw.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):  # empty document
        return None, False
    too_deep = any(entry.type_name == "ERR_RESOURCE_LIMIT" for entry in parser.error_log)
    return tree, too_deep


def render(root: etree._Element, blocks: frozenset[str] = _HTML_BLOCKS, skip: frozenset[str] = _HTML_SKIP) -> str:
    """Text of a tree: blocks become line breaks, text newlines become spaces.

    An iterative walk (no recursion), so any nesting depth the parser accepts is read.
    """
    parts: list[str] = []
    svg_depth = 0
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, element in walk:
        tag = element.tag if isinstance(element.tag, str) else ""
        if event == "start":
            if tag == "svg":
                svg_depth += 1
            if not tag or tag in skip or (svg_depth and tag in _SVG_TEXT):
                walk.skip_subtree()
                continue
            if tag in blocks:
                parts.append("\n")
            if element.text:
                parts.append(element.text.replace("\n", " "))
        else:
            if tag == "svg":
                svg_depth -= 1
            if tag in blocks:
                parts.append("\n")
            elif tag in _CELLS:
                parts.append(" ")
            if element.tail and element is not root:
                parts.append(element.tail.replace("\n", " "))
    return "".join(parts)


@functools.cache
def _extractor(fast: bool):
    """trafilatura's options, built once per mode (reading its settings costs 0.1 ms a page).

    Metadata is read by _metadata, not here. The "txt" format returns the same body tree as
    "python" but does not also render it as text: the body is rendered by render() below.
    """
    from trafilatura.settings import Extractor  # 0.13 s to import trafilatura: only when a page is read

    return Extractor(output_format="txt", fast=fast, comments=False, tables=True, images=False, links=False,
                     formatting=False, dedup=False)


def _extract(tree: etree._Element, fast: bool = False):
    """trafilatura's main text of a parsed page (its .body), or None when it finds no main text."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(tree, options=_extractor(fast))
    except Exception:  # noqa: BLE001 - a third-party failure on odd markup: the fragment cleaner reads it
        return None


def _metadata(tree: etree._Element, elements: int) -> PageMetadata | None:
    """Title, site name, date and address of a page; of the <head> alone when the page is too large to search."""
    if elements > MAX_EXTRACT_ELEMENTS:
        head = tree.find("head")
        if head is None or int(head.xpath("count(.//*)")) > MAX_EXTRACT_ELEMENTS:
            return None
        tree = lxml.html.document_fromstring(etree.tostring(head) + b"<body></body>")
    try:
        return read_metadata(tree, _DATE_PARAMS)
    except Exception:  # noqa: BLE001 - metadata is optional; the text is still read
        return None


def _tag_stripped(raw: str) -> str:
    return normalize_whitespace(unescape_entities(strip_inline_tags(raw)))


def read_webpage(raw: str) -> WebPage:
    """Main text and metadata of an HTML document or snippet (see the module docstring)."""
    raw = remove_zero_width(normalize_newlines(raw))
    tree, too_deep = _parse(raw)
    if tree is None:
        return WebPage("")
    if too_deep:
        return WebPage(_tag_stripped(raw), warnings=[
            "markup nested too deep for a tree: read by removing the tags, without main-text extraction"])
    page = WebPage("")
    if _PAGE.search(raw):
        elements = int(tree.xpath("count(//*)"))
        metadata = _metadata(tree, elements)
        document = None
        if elements <= MAX_EXTRACT_ELEMENTS:
            document = _extract(tree, fast=elements > FULL_EXTRACT_ELEMENTS)
        else:
            page.warnings.append(f"page of {elements:,} elements, over the {MAX_EXTRACT_ELEMENTS:,} read for its main "
                                 "text: read whole, menus and footers included")
        if document is not None and document.body is not None:
            page.text = normalize_whitespace(strip_inline_tags(render(document.body, _EXTRACTED_BLOCKS, frozenset())))
        if metadata is not None:
            page.title = " ".join(metadata.title.split())
            page.source = " ".join(metadata.sitename.split())
            page.date = metadata.date
            page.url = metadata.url.strip()
    if not page.text:
        # Broken markup that the parser passed through as text is removed as in plain text.
        page.text = normalize_whitespace(strip_inline_tags(render(tree)))
    return page


def clean_html(raw: str) -> str:
    """The text of an HTML document or snippet (see read_webpage)."""
    return read_webpage(raw).text
