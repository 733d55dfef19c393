"""A circumstance opening a clause before its subject, with no comma after it: "On Monday she said",
"Later that day he told", "On Tuesday Lina Park said"; and the medium between a subject and its verb:
"Lina Park in a statement said", "The mayor in an interview on Monday said".

Only three shapes are read, since a longer opening cannot be told from a subject without a parser
("In an article the paper ...", "In Ho Chi Minh City a student ..."): a pronoun after an opening of
up to five words, a name after an opening day or month, and a name after an opening time ("Last week
Lina Park", "In 2016 Lina Park"), read before the words could be taken for her role.
"""

from __future__ import annotations

import re
from typing import Callable, Final, TypeVar

from stance.extract.tables import MEDIUM_NOUNS, WEEKDAYS

Phrase = TypeVar("Phrase")

# A time opening a sentence before its subject and a comma: "Earlier Tuesday,", "Last week,", "In 2015,".
OPENING_TIME: Final = re.compile(r"(?:(?:early|earlier|later|late|on)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?"
                           r"|(?:last|this|earlier this|later that)\s+(?:week|month|year)|in\s+\d{4}", re.IGNORECASE)
# A time ago, in parts shared with content.py's circumstances ("said two weeks ago that"): how many, and of what.
COUNT_WORDS: Final = r"a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+"
TIME_UNIT: Final = r"(?:day|week|month|year|decade)"
# "Two years ago,", "A decade ago,", "Years ago,", "Not long ago,": a time before the subject, never its role.
TIME_AGO: Final = re.compile(rf"(?:(?:{COUNT_WORDS}|a few|some)\s+)?{TIME_UNIT}s?\s+ago|(?:not\s+)?long\s+ago", re.IGNORECASE)
_OPENING_WORDS: Final = frozenset("on in at during after before by over since throughout later earlier late early last this yesterday".split())
_MAX_OPENING_WORDS: Final = 5
_SUBJECT_PRONOUNS: Final = frozenset("he she they".split())
_DATE_WORDS: Final = frozenset("""january february march april may june july august september october november
    december""".split()) | WEEKDAYS


def after_leading_circumstance(chunk: str, parse: Callable[[str], Phrase | None], is_name: Callable[[Phrase], bool]
                               ) -> Phrase | None:
    """The speaker after an opening circumstance of `chunk` (parsed with `parse`), or None."""
    words = chunk.split()
    # With a comma ("In London, the ministry") the clause after it is tried on its own.
    if not 2 < len(words) <= _MAX_OPENING_WORDS + 1 + 4 or words[0].lower() not in _OPENING_WORDS or "," in chunk:
        return None
    if words[-1].lower() in _SUBJECT_PRONOUNS and len(words) <= _MAX_OPENING_WORDS + 1:
        return parse(words[-1])
    if words[1].lower() in _DATE_WORDS and words[1][:1].isupper():
        phrase = parse(" ".join(words[2:]))
        return phrase if phrase is not None and is_name(phrase) else None
    return None


def after_opening_time(chunk: str, parse: Callable[[str], Phrase | None], is_name: Callable[[Phrase], bool]
                       ) -> Phrase | None:
    """The name after an OPENING_TIME that opens `chunk` with no comma ("In 2016 Lina Park"), parsed
    with `parse`; else None."""
    opening = OPENING_TIME.match(chunk)
    rest = opening.end() + 1 if opening else 0
    if not rest or chunk[rest - 1 : rest] != " " or not chunk[rest : rest + 1].isupper():
        return None
    phrase = parse(chunk[rest:])
    return phrase if phrase is not None and is_name(phrase) else None


# "in a statement", "in an interview with the Gazette on Monday", "in a post on her blog": a medium of
# speech after the subject, ending right before the cue verb (searched with endpos at the verb).
MEDIUM_BEFORE_VERB: Final = re.compile(
    r"\s+(?:in|on|during)\s+(?:a|an|the|his|her|their|its|one)\s+(?:[\w’'\-]+\s+){0,3}?"
    rf"(?:{'|'.join(MEDIUM_NOUNS)})s?(?:\s+(?:on|to|with|at|from|for|last|this|earlier|late)(?:\s+[\w’'.\-]+){{1,4}}?)?\s*$"
)
MEDIUM_REACH: Final = 120  # characters before the verb in which a medium is looked for
