"""The masked text extraction reads: quoted characters and paragraph-opening datelines blanked,
so that cue verbs, commas and capitals inside quotes or datelines are not seen. Same length and
offsets as the article text."""

from __future__ import annotations

import re

from stance.extract.content import MASK
from stance.extract.spans import QuoteSpan

# A dateline opening a paragraph: "BEIJING -", "LA CROSSE, Wisc. —", "PARIS, Aug 31 (Reuters) -",
# "FLINT, Mich., Oct. 4 —" (a state and a date: two parts after commas).
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][\w.]*(?: [\w.]+){0,2}){0,2}(?: \([^)\n]{1,30}\))? ?[\u2014\u2013-]{1,2} ",
    re.MULTILINE,
)


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """The text with every quoted character replaced by MASK (same length, same offsets)."""
    pieces, last = [], 0
    for span in spans:
        pieces.append(text[last : span.start])
        pieces.append(MASK * (span.end - span.start))
        last = span.end
    pieces.append(text[last:])
    return "".join(pieces)


def blank_datelines(masked_text: str, text_paragraphs: list[tuple[int, str]]) -> str:
    """The masked text with each paragraph's opening dateline blanked (same length). The pattern
    is tried at paragraph starts only, where two upper-case characters stand ("BE", "LA", "F."; a
    dateline opens with a capital and then another, a period, an apostrophe or a hyphen): no scan of
    the whole text, and no regex call for the paragraphs that open with a word such as "The"."""
    pieces, last = [], 0
    for offset, _ in text_paragraphs:
        if masked_text[offset : offset + 2].isupper() and (found := _DATELINE.match(masked_text, offset)):
            pieces += (masked_text[last:offset], " " * (found.end() - offset))
            last = found.end()
    return "".join(pieces) + masked_text[last:] if pieces else masked_text
