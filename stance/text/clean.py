"""Pure `str -> str` cleaners, composed into one pipeline per input format.

The cleaned text is what every offset in a record points into, so cleaners only
remove markup and normalise layout; they never rewrite quote marks or words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from html.parser import HTMLParser

Cleaner = Callable[[str], str]

# Tags we know are markup. Restricting to real tag names keeps "a <b" or "x < y"
# in prose intact; `[^<>]*` lets a broken attribute (closed by a curly quote) end
# at the first ">" instead of swallowing the sentence.
_HTML_TAG_NAMES = (
    "a|abbr|b|blockquote|br|div|em|figure|figcaption|font|h[1-6]|hr|i|img|li|ol|p|section|article|"
    "header|footer|aside|nav|main|small|span|strong|sub|sup|table|tbody|thead|td|th|tr|u|ul|iframe|"
    "picture|source|time|cite|q|mark|meta|link|html|head|body|title|center"
)
_INLINE_TAG = re.compile(rf"</?(?:{_HTML_TAG_NAMES})\b[^<>]*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article|figure)\b[^<>]*>", re.IGNORECASE)
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def remove_zero_width(text: str) -> str:
    """Drop BOMs and zero-width characters, which break word matching."""
    return _ZERO_WIDTH.sub("", text)


def strip_inline_tags(text: str) -> str:
    """Remove stray HTML tags from plain text (pasted articles often carry a few).

    A block tag becomes a paragraph break; an inline tag becomes nothing, or a
    space where removing it would glue two words together.
    """

    def replace(match: re.Match[str]) -> str:
        if _BLOCK_TAG.fullmatch(match.group(0)):
            return "\n"
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        return " " if before.isalnum() and after.isalnum() else ""

    return _INLINE_TAG.sub(replace, text) if "<" in text else text


def unescape_entities(text: str) -> str:
    """Decode `&amp;`, `&#8220;` etc.; only touches text that contains entities."""
    return html.unescape(text) if _ENTITY.search(text) else text


def normalize_whitespace(text: str) -> str:
    """One space between words, one newline between paragraphs, no blank lines.

    str.split() treats every Unicode space (NBSP, thin and ideographic spaces, tabs) as
    a separator and runs in C; a regex over every character was 10x slower.
    """
    kept = []
    for line in text.split("\n"):
        # Already clean (most lines): printable means the only whitespace is ASCII space.
        if not (line.isprintable() and "  " not in line and line[:1] != " " and line[-1:] != " "):
            line = " ".join(line.split())
        if line:
            kept.append(line)
    return "\n".join(kept)


class _TextExtractor(HTMLParser):
    """Collects text from an HTML document; block elements become paragraphs."""

    BLOCKS = frozenset(
        "p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article header footer figure figcaption title".split()
    )
    SKIP = frozenset("script style noscript template svg head".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self._skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))


def html_to_text(text: str) -> str:
    """Text of an HTML document: scripts and styles dropped, blocks become paragraphs."""
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    # Broken markup that the parser passed through as data is removed as in plain text.
    return strip_inline_tags("".join(parser.parts))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_LINE_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", re.MULTILINE)
# The lookahead lets the engine skip every position that is not * or _ at once.
_MD_EMPHASIS = re.compile(r"(?=[*_])(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")


def strip_markdown(text: str) -> str:
    """Markdown to prose: link text kept, headings, quotes, bullets and emphasis marks dropped."""
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_LINE_PREFIX.sub("", text)
    return _MD_EMPHASIS.sub("", text)


def compose(*cleaners: Cleaner) -> Cleaner:
    def pipeline(text: str) -> str:
        for cleaner in cleaners:
            text = cleaner(text)
        return text

    return pipeline


clean_plain_text: Cleaner = compose(
    normalize_newlines, remove_zero_width, strip_inline_tags, unescape_entities, normalize_whitespace
)
clean_html: Cleaner = compose(normalize_newlines, remove_zero_width, html_to_text, normalize_whitespace)


clean_markdown: Cleaner = compose(
    normalize_newlines, remove_zero_width, strip_inline_tags, unescape_entities, strip_markdown, normalize_whitespace
)


def cleaner_for(suffix: str) -> Cleaner:
    suffix = suffix.lower()
    if suffix in (".html", ".htm"):
        return clean_html
    return clean_markdown if suffix == ".md" else clean_plain_text


def paragraphs(text: str) -> Iterable[tuple[int, str]]:
    """(offset, paragraph) pairs of a cleaned text."""
    offset = 0
    for line in text.split("\n"):
        if line:
            yield offset, line
        offset += len(line) + 1
