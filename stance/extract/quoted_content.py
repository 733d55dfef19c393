"""Checks on a reported cue's content against the quotes inside it: a short quote that is the
content's subject or only a quoted word, a quoted title as the topic, a time before a quote.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from stance.extract.content import looks_like_clause
from stance.extract.spans import QuoteSpan
from stance.extract.verb_group import TIME_OPENERS, TIME_WORDS

_TITLE_SMALL_WORDS: Final = frozenset("a an the of and or in on at to for with by".split())
TOPIC_BEFORE_TITLE: Final = ("about \u201c", 'about "', "on \u201c", 'on "')  # 'posted about “Cat Tax Diaries”': a title


def quoted_at(text: str, spans: list[QuoteSpan], opens: list[int], position: int) -> str:
    """The words of the quote that opens at `position`; "" when none does."""
    k = bisect_left(opens, position)
    return text[spans[k].start : spans[k].end] if k < len(opens) and opens[k] == position else ""


def is_capitalised_name(quoted: str) -> bool:
    """'Open Doors', 'The Walking Dead': every word capitalised, as a name or title is."""
    words = [word for word in quoted.split() if word[:1].isalpha() and word.lower() not in _TITLE_SMALL_WORDS]
    return bool(words) and all(word[0].isupper() for word in words)


# Words of a time between a cue and its quote: "two months ago", "last week", "on Monday".
_TIME_PHRASE_WORDS: Final = TIME_WORDS | TIME_OPENERS | frozenset(
    """ago earlier later weeks months years days hours minutes a an one two three four five six seven eight nine ten
    few several day hour""".split())


# Words after a short quote that make it an object or an aside, not the opening of a clause.
_NOT_A_CLAUSE_AFTER_QUOTE: Final = frozenset("""to and or but for at in on with as about from of by than when while if because since
    until though although after before then again twice once""".split())
# 'said “small harbours” must …': the quoted words are the clause's subject, and its verb comes next.
_VERBS_AFTER_QUOTED_SUBJECT: Final = frozenset("is are was were has have had will would can could should may might must".split())


def clause_after_quote(masked_text: str, close: int, end: int, quoted_words: int) -> bool:
    """Whether the words after a short quote that opens a content go on as its clause: 'said
    “zero” voters would follow' (the quote modifies the subject), not 'said “no” to the plan'.
    Quoted words as the subject need two of them: 'said that “fine” was the word' names a word."""
    rest = masked_text[close:end].lstrip()
    first = rest.split(" ", 1)[0]
    return first in _VERBS_AFTER_QUOTED_SUBJECT and quoted_words > 1 or first[:1].islower() \
        and first not in _NOT_A_CLAUSE_AFTER_QUOTE and looks_like_clause(rest, 0)


def only_a_time(content: str) -> bool:
    """"two months ago": a content that is only the time of the direct quote after it."""
    words = content.lower().rstrip(" ,").split()
    return 0 < len(words) <= 4 and all(word in _TIME_PHRASE_WORDS or word.isdigit() for word in words)
