"""Article text as safe Streamlit markdown: the quote in its context, escaped text, highlighted spans.

Everything from an article leaves here markdown-escaped, so it renders as text, never as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def context_window(text: str, start: int, end: int, max_chars: int = 400) -> tuple[str, str, str]:
    """(before, quote, after): the paragraph around text[start:end], each side at most
    `max_chars`, cut at a word boundary with an ellipsis."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before, quote, after = text[para_start:start], text[start:end], text[end:para_end]
    if len(before) > max_chars:
        cut = before[-max_chars:]
        before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    if len(after) > max_chars:
        cut = after[:max_chars]
        after = (cut[:cut.rfind(" ")] if " " in cut else cut) + "…"
    return before, quote, after


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """Split `text` into (chunk, tag) pieces: tag is the span's tag inside a span, else None.

    Spans are (start, end, tag); overlapping spans are clipped so every character appears once.
    """
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, tag in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], tag))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of
# them means article text can never open a link, emphasis, heading, list, table, HTML tag,
# math ($) or a Streamlit directive (:color[...]).
_MD_SPECIAL = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


# GFM turns bare URLs and e-mail addresses into links even when escaped; an invisible word
# joiner before "://", "@" and after "www" keeps them plain text (it shows nothing on screen).
_AUTOLINK = re.compile(r"(?i)(?<=[a-z0-9])(?=://)|(?<=[\w.+-])(?=@)|(?<=\bwww)(?=\.)")
WORD_JOINER = "\u2060"


def escape_markdown(text: str) -> str:
    """Text as literal markdown: ASCII punctuation backslash-escaped, whitespace runs collapsed,
    URLs and e-mail addresses kept from becoming links."""
    return _MD_SPECIAL.sub(r"\\\1", _AUTOLINK.sub(WORD_JOINER, re.sub(r"\s+", " ", text)))


def highlight_markdown(text: str, spans: Iterable[tuple[int, int, str]], colors: Mapping[str, str]) -> list[str]:
    """Markdown paragraphs of `text` (one per line) with each span as `:COLOR-background[...]`.

    `colors` maps a span's tag to a Streamlit colour name (red, orange, yellow, green, blue,
    violet, gray). All article text is escaped, so it renders as text, never as markup.
    """
    paragraphs: list[list[str]] = [[]]
    for chunk, tag in segments(text, spans):
        pieces = chunk.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if not piece:
                continue
            if tag is None:
                paragraphs[-1].append(escape_markdown(piece))
                continue
            # Keep surrounding spaces outside the directive: `:x[ a ]` would not render cleanly.
            core = piece.strip()
            lead, trail = piece[: len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()):]
            paragraphs[-1].append(" " * bool(lead) + (f":{colors.get(tag, 'gray')}-background[{escape_markdown(core)}]" if core else "") + " " * bool(trail))
    return [joined for joined in ("".join(parts).strip() for parts in paragraphs) if joined]
