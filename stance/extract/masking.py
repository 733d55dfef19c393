"""The masked text extraction reads: quoted characters and paragraph-opening datelines blanked,
so that cue verbs, commas and capitals inside quotes or datelines are not seen. Same length and
offsets as the article text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from stance.extract.content import MASK
from stance.extract.registry import given_name_gender
from stance.extract.spans import QuoteSpan

# A dateline opening a paragraph: "BEIJING -", "LA CROSSE, Wisc. —", "PARIS, Aug 31 (Reuters) -",
# "FLINT, Mich., Oct. 4 —" (a state and a date: two parts after commas).
_DATELINE: Final = re.compile(
    r"^[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3}(?:, [A-Z][\w.]*(?: [\w.]+){0,2}){0,2}(?: \([^)\n]{1,30}\))? ?[\u2014\u2013-]{1,2} ",
    re.MULTILINE,
)


_NICKNAME_CHARS: Final = 24  # "Cia", "Big Jim": a word or two


def nicknames(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans that are nicknames inside a name ('Marcia “Cia” Price'): one or two capitalised words in
    quote marks between a given name and the next capitalised word; part of the name, not a quote.
    The cheap tests come first, in the loop: most spans fail them."""
    return [span for span in spans if span.close is not None and span.end - span.start <= _NICKNAME_CHARS
            and text[span.close + 1 : span.close + 2] == " " and text[span.close + 2 : span.close + 3].isupper()
            and _follows_a_given_name(text, span)]


def _follows_a_given_name(text: str, span: QuoteSpan) -> bool:
    """The rest of nicknames()'s test: capitalised words inside, a known given name right before."""
    if text[span.open - 1 : span.open] != " ":
        return False
    inner = text[span.start : span.end].split()
    if not 0 < len(inner) <= 2 or not all(word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha() for word in inner):
        return False
    before = text[max(0, span.open - 16) : span.open - 1].split()
    return bool(before) and given_name_gender(before[-1]) is not None


# Words before a quote that gives the name someone goes by: "a user named “Savannah”", "who posts as “seadad”".
# Not "called" or "dubbed": 'called it “a disgrace”' characterises.
_ALIAS_BEFORE: Final = re.compile(r"\b(?:(?:posts?|posting|posted|known|goes|go|going|tweets|writes|streams)\s+(?:as|by)"
                           r"|named|nicknamed|username|handle|alias)\s$", re.IGNORECASE)
_ALIAS_WORDS: Final = 3
_ALIAS_LAST_LETTERS: Final = frozenset("sydeSYDE")


def aliases(text: str, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """The spans that give the name someone goes by ('an American user named “Savannah”'): a word or
    three after _ALIAS_BEFORE's words, with no mark of a sentence; part of a speaker phrase, not a quote."""
    # the last letter before the space first ("as", "by", "named", "handle", "alias"): most quotes fail it
    return [span for span in spans if span.close is not None and span.end - span.start <= _NICKNAME_CHARS
            and text[span.open - 2 : span.open - 1] in _ALIAS_LAST_LETTERS and _ALIAS_BEFORE.search(text, max(0, span.open - 16), span.open)
            and len(text[span.start : span.end].split()) <= _ALIAS_WORDS
            and not text[span.start : span.end].rstrip().endswith((".", "!", "?"))]


def blank_marks(text: str, spans: list[QuoteSpan]) -> str:
    """The text with the quote marks of each span blanked (same length), its words kept: "named  Savannah "."""
    return _replaced(text, (piece for span in spans for piece in (
        (span.open, span.start, " " * (span.start - span.open)), (span.end, span.outer_end, " " * (span.outer_end - span.end)))))


def mask_quotes(text: str, spans: list[QuoteSpan]) -> str:
    """The text with every quoted character replaced by MASK (same length, same offsets)."""
    return _replaced(text, ((span.start, span.end, MASK * (span.end - span.start)) for span in spans))


def _replaced(text: str, pieces: Iterable[tuple[int, int, str]]) -> str:
    """The text with each text[start:end] replaced by its piece (start, end, new), in order and apart;
    the text itself, uncopied, when there is none."""
    out: list[str] = []
    last = 0
    for start, end, new in pieces:
        out += (text[last:start], new)
        last = end
    return "".join(out) + text[last:] if out else text


def blank_datelines(masked_text: str, text_paragraphs: list[tuple[int, str]]) -> str:
    """The masked text with each paragraph's opening dateline blanked (same length). The pattern
    is tried at paragraph starts only, where two upper-case characters stand ("BE", "LA", "F."; a
    dateline opens with a capital and then another, a period, an apostrophe or a hyphen): no scan of
    the whole text, and no regex call for the paragraphs that open with a word such as "The"."""
    return _replaced(masked_text, ((offset, found.end(), " " * (found.end() - offset)) for offset, _ in text_paragraphs
                                   if masked_text[offset : offset + 2].isupper() and (found := _DATELINE.match(masked_text, offset))))


def blank_nicknames(text: str, nicknames: list[QuoteSpan]) -> str:
    """The text with each nickname and its marks blanked (same length): "Marcia       Price"."""
    return _replaced(text, ((span.open, span.outer_end, " " * (span.outer_end - span.open)) for span in nicknames))

