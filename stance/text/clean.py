"""Pure `str -> str` cleaners, composed into one pipeline per input format.

The cleaned text is what every offset in a record points into, so cleaners only
remove markup and normalise layout; they never rewrite quote marks or words.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable

Cleaner = Callable[[str], str]


def compiled_when_used(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function giving `pattern` compiled, compiled on its first call. Most texts hold no tag,
    no Markdown and no zero-width character, and compiling the tag patterns costs more than
    cleaning a text: a run that never needs one never compiles it."""
    return functools.cache(lambda: re.compile(pattern, flags))

# Tags we know are markup. Restricting to real tag names keeps "a <b" or "x < y"
# in prose intact; `[^<>]*` lets a broken attribute (closed by a curly quote) end
# at the first ">" instead of swallowing the sentence.
_HTML_TAG_NAMES = (
    "a|abbr|b|blockquote|br|div|em|figure|figcaption|font|h[1-6]|hr|i|img|li|ol|p|section|article|"
    "header|footer|aside|nav|main|small|span|strong|sub|sup|table|tbody|thead|td|th|tr|u|ul|iframe|"
    "picture|source|time|cite|q|mark|meta|link|html|head|body|title|center"
)
_TAG_PATTERN = rf"</?(?:{_HTML_TAG_NAMES})\b[^<>]*>"
_INLINE_TAG = compiled_when_used(_TAG_PATTERN, re.IGNORECASE)
# A comment ends at the first "-->". This pattern only ever runs on text that ends with a
# "-->" (see strip_inline_tags), so the lazy scan from each "<!--" stops at the nearest
# closer and no character is scanned twice: unclosed "<!--" openers cannot cost n^2.
_INLINE_TAG_OR_COMMENT = compiled_when_used(rf"{_TAG_PATTERN}|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BLOCK_TAG = compiled_when_used(r"</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article|figure)\b[^<>]*>",
                                re.IGNORECASE)
# Zero-width characters and the invisible direction marks and embeddings pasted in with posts.
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ZERO_WIDTH = compiled_when_used(f"[{_ZERO_WIDTH_CHARS}]")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def normalize_newlines(text: str) -> str:
    if "\r" not in text:  # most texts: one scan instead of two replacements
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def remove_zero_width(text: str) -> str:
    """Drop BOMs, zero-width characters and direction marks, which break word and quote matching."""
    # A scan for a single character each runs in C; together they are still faster than the regex
    # over a text that holds none of them (most texts).
    if any(char in text for char in _ZERO_WIDTH_CHARS):
        return _ZERO_WIDTH().sub("", text)
    return text


def strip_inline_tags(text: str) -> str:
    """Remove stray HTML tags and comments from plain text (pasted articles often carry a few).

    A block tag becomes a paragraph break; an inline tag becomes nothing, or a space where
    removing it would glue two words together. Linear time: every tag match stops at the next
    "<" or ">", and comments are looked for only up to the last "-->" in the text.
    """
    if "<" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        if block_tag.fullmatch(match.group(0)):
            return "\n"
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        return " " if before.isalnum() and after.isalnum() else ""

    block_tag = _BLOCK_TAG()
    last_closer = text.rfind("-->")
    comments_end = last_closer + 3 if last_closer >= 0 and "<!--" in text else 0
    parts, position = [], 0
    pieces = ((_INLINE_TAG_OR_COMMENT(), 0, comments_end),) if comments_end else ()
    for pattern, start, end in (*pieces, (_INLINE_TAG(), comments_end, len(text))):
        for match in pattern.finditer(text, start, end):
            parts.append(text[position:match.start()])
            parts.append(replace(match))
            position = match.end()
    parts.append(text[position:])
    return "".join(parts)


def unescape_entities(text: str) -> str:
    """Decode `&amp;`, `&#8220;` etc.; only touches text that contains entities."""
    return html.unescape(text) if _ENTITY.search(text) else text


# "… Ruiz said.Ruiz claimed …": a full stop run into the next sentence by a scraper or a careless paste.
# After two lower-case letters and before a capitalised word only, so "St.Louis", "U.S.Army" and
# "e.g.The" stay as written. The literal full stop first lets the engine skip to each stop at once.
_STOP_RUN_ON = re.compile(r"\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")


def space_after_full_stop(text: str) -> str:
    """A space after a full stop that runs into the next sentence ("said.Trump" -> "said. Trump")."""
    return _STOP_RUN_ON.sub(". ", text)


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


# Link text holds no brackets and the address at most one level of parentheses, neither a line
# break: each attempt stops at the next bracket, so "[" x n or "[a](" x n stays linear.
_MD_LINK = compiled_when_used(r"!?\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_MD_LINE_PREFIX = compiled_when_used(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+(?=\S))", re.MULTILINE)
# The lookahead lets the engine skip every position that is not * or _ at once.
_MD_EMPHASIS = compiled_when_used(r"(?=[*_])(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")


def strip_markdown(text: str) -> str:
    """Markdown to prose: link text kept, headings, quotes, bullets and emphasis marks dropped."""
    text = _MD_LINK().sub(r"\1", text)
    text = _MD_LINE_PREFIX().sub("", text)
    return _MD_EMPHASIS().sub("", text)


def compose(*cleaners: Cleaner) -> Cleaner:
    def pipeline(text: str) -> str:
        for cleaner in cleaners:
            text = cleaner(text)
        return text

    return pipeline


clean_plain_text: Cleaner = compose(
    normalize_newlines, remove_zero_width, strip_inline_tags, unescape_entities, space_after_full_stop, normalize_whitespace
)


clean_markdown: Cleaner = compose(
    normalize_newlines, remove_zero_width, strip_inline_tags, unescape_entities, strip_markdown, space_after_full_stop,
    normalize_whitespace
)


def paragraphs(text: str) -> Iterable[tuple[int, str]]:
    """(offset, paragraph) pairs of a cleaned text."""
    offset = 0
    for line in text.split("\n"):
        if line:
            yield offset, line
        offset += len(line) + 1
