"""A cue verb inside a relative clause: "the repairs, which officials said will begin in May", "the mayor, who
aides say was exhausted". The project's gold rules count such hedges as no voice (tests/data/gold/README.md),
and read as an ordinary cue they gave a wrong one: "the mayor" saying "was exhausted, left early".

Offsets count from the sentence's start, as in reported.py.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.tables import FINITE_AUXILIARIES, IRREGULAR_PAST

_RELATIVE_WORD: Final = re.compile(r"\b(?:which|that|who|whom)\s+")
_RELATIVE_WORDS: Final = frozenset({"which", "that", "who", "whom"})
_SUBJECT_WORDS: Final = re.compile(r"[\w’'.\- ]+")  # no comma, colon or bracket inside the subject
_SUBJECT_REACH: Final = 70  # characters before the subject's end searched for the relative word
_MAX_SUBJECT_WORDS: Final = 6
# After the cue verb, a verb of the relative clause's own: "(said) will begin", "(say) left", "(said) was".
_PREDICATE_OPENERS: Final = FINITE_AUXILIARIES | IRREGULAR_PAST | frozenset({"did", "does"})
_NEXT_WORD: Final = re.compile(r"\s+([a-z]+)\b")


def relative_hedge(masked: str, words: list[str], verb_index: int, subject_last: int, subject_end: int, verb_end: int) -> bool:
    """Whether the cue verb `words[verb_index]` (ending at `verb_end`), whose subject's last word is
    `words[subject_last]` (ending at `subject_end`), stands inside a relative clause with a verb of its own after
    it ("which officials said will begin", "that pilots say left")."""
    # the cheapest tests first: almost every cue verb fails the next word
    if verb_index + 1 >= len(words) or words[verb_index + 1] not in _PREDICATE_OPENERS \
            or _RELATIVE_WORDS.isdisjoint(words[max(0, subject_last - _MAX_SUBJECT_WORDS) : subject_last]):
        return False
    next_word = _NEXT_WORD.match(masked, verb_end)  # right after the verb, with no quote between
    if next_word is None or next_word.group(1) not in _PREDICATE_OPENERS:
        return False
    opening: re.Match[str] | None = None
    for opening in _RELATIVE_WORD.finditer(masked, max(0, subject_end - _SUBJECT_REACH), subject_end):
        pass  # the last relative word before the subject's end
    return (opening is not None and opening.end() < subject_end
            and _SUBJECT_WORDS.fullmatch(masked, opening.end(), subject_end) is not None
            and len(masked[opening.end() : subject_end].split()) <= _MAX_SUBJECT_WORDS)
