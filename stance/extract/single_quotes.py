"""Copy that quotes with single marks (‘…’), as British, Indian and Nigerian papers often do, or with
the typewriter's ' for both ('…,' she said), as some British web copy does.

Such an article is read as if it quoted with double marks: each opening mark and its closing mark
become “ and ” (one character each, so every offset holds), extraction runs on that copy, and the
marks are turned back in what it returns. Only an article with no double quote mark at all is read
this way; anywhere else ‘…’ is a quote inside a quote, a title or a scare quote, and ’ is mostly an
apostrophe. The typewriter's ' is an apostrophe far more often than a quote mark, so an article is
read as quoting with it only when it also holds no ‘ and one quote is sure: a capital after the
opening mark, punctuation before the closing one, a space after it ('Yes, we will,' ...).

A closing ’ ends a word and is followed by no letter or digit ("Nigeria’s" and "don’t" are
apostrophes). A plural possessive ("users’ data") looks like a close, so a close after punctuation
(‘…,’ the lawyer said) or before punctuation or the paragraph's end is preferred to one before a
space. A paragraph that opens with ‘ and never closes it continues a quote into the next paragraph.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from stance.extract.tables import DOUBLE_QUOTE_MARKS, YEAR_ELISION_AFTER

_OPEN: Final = "\u2018"
_CLOSE: Final = "\u2019"
TYPEWRITER: Final = "'"
# A sure typewriter quote: 'Capital ... punctuation' then a space or the end. Inside it a ' stands only
# within a word ("we'll"); so each try stops at the next mark that may close or open a quote, and the
# search stays linear.
_SURE_TYPEWRITER_QUOTE: Final = re.compile(r"(?:^|(?<=[\s(\u2014]))'[A-Z](?:[^'\n]|(?<=\w)'(?=\w))*[,.?!]'(?=\s|$)", re.M)
_BEFORE_OPENING: Final = frozenset(" \t([{\u2014\u2013-/:;")
_PUNCTUATION_BEFORE_CLOSE: Final = frozenset(",.!?\u2026")
_PUNCTUATION_AFTER_CLOSE: Final = frozenset(",.;:!?)\u2014\u2013")


def single_marks(text: str) -> tuple[str, str] | None:
    """The (opening, closing) single marks `text` quotes with, or None: it holds no double quote mark
    (nor '' standing for one) and opens quotes with ‘, or failing that, holds one sure ' quote."""
    if "''" in text or any(mark in text for mark in DOUBLE_QUOTE_MARKS):
        return None
    if _OPEN in text:
        return _OPEN, _CLOSE
    if TYPEWRITER in text and _SURE_TYPEWRITER_QUOTE.search(text):
        return TYPEWRITER, TYPEWRITER
    return None


def as_double_quotes(text: str, marks: tuple[str, str] = (_OPEN, _CLOSE)) -> str:
    """`text` with each quote in the single `marks` marked “…” (same length); see the module docstring."""
    chars = list(text)
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        _mark_paragraph(text, start, end, chars, marks)
        start = end + 1
    return "".join(chars)


def restore(value: str, marks: tuple[str, str] = (_OPEN, _CLOSE)) -> str:
    """The single marks back in a string taken from the double-marked copy."""
    return value.translate(_back_table(marks))


@lru_cache(maxsize=None)
def _back_table(marks: tuple[str, str]) -> dict[int, str]:
    """“ and ” back to `marks`: made once per pair, not for each field of each voice."""
    return str.maketrans({"\u201c": marks[0], "\u201d": marks[1]})


def _mark_paragraph(text: str, start: int, end: int, chars: list[str], marks: tuple[str, str]) -> None:
    position = start
    while (opening := _next_opening(text, position, start, end, marks[0])) < end:
        closing = _closing(text, opening + 1, start, end, marks)
        if closing is None:
            if opening == start:  # a quote that runs on into the next paragraph
                chars[opening] = "\u201c"
            return  # no close after this opener: none after a later one either
        chars[opening], chars[closing] = "\u201c", "\u201d"
        position = closing + 1


def _next_opening(text: str, position: int, start: int, end: int, mark: str) -> int:
    """The first opening `mark` from `position` that opens a quote (at a word start, before a
    non-space, not a year's "‘16") in the paragraph text[start:end], else `end`; one anywhere else is
    an apostrophe or a stray mark."""
    while (opening := text.find(mark, position, end)) >= 0:
        if (opening == start or text[opening - 1] in _BEFORE_OPENING) and opening + 1 < end and not text[opening + 1].isspace() \
                and not _elided_year(text, opening, start):
            return opening
        position = opening + 1
    return end


_LONGEST_WORD_BEFORE_YEAR: Final = 10  # characters of the word read before ‘16 ("September", "through")


def _elided_year(text: str, opening: int, start: int) -> bool:
    """Whether the mark at `opening` stands for a year's century ("in ‘16 the mayor said"): two digits
    and no more letters or digits after it, after a word of YEAR_ELISION_AFTER."""
    if not (text[opening + 1 : opening + 3].isdigit() and not text[opening + 3 : opening + 4].isalnum()):
        return False
    before = text[max(start, opening - 1 - _LONGEST_WORD_BEFORE_YEAR) : opening].split()
    return bool(before) and before[-1].lower() in YEAR_ELISION_AFTER


def _closing(text: str, start: int, paragraph_start: int, end: int, marks: tuple[str, str]) -> int | None:
    """The closing mark of a quote opened before `start`: the first that is sure (punctuation on one
    side or the paragraph's end), else the first that ends a word; never after the next quote opens."""
    end = _next_opening(text, start, paragraph_start, end, marks[0])
    first_word_end = None
    position = start
    while (mark := text.find(marks[1], position, end)) >= 0:
        position = mark + 1
        if text[mark - 1].isspace() or mark + 1 < end and text[mark + 1].isalnum():
            continue  # "don’t", "Nigeria’s": an apostrophe inside a word
        after = text[mark + 1] if mark + 1 < end else ""
        if not after or after in _PUNCTUATION_AFTER_CLOSE or text[mark - 1] in _PUNCTUATION_BEFORE_CLOSE:
            return mark
        if first_word_end is None:
            first_word_end = mark
    return first_word_end
