"""The speaker of a cue verb inside a subordinate clause, or after "and" that ends another clause,
when no subject phrase opens a clause of its own before the verb.

  ... was booed when she said ...        Although in May she said A, B.
  ... the fee the mayor opposed and Obama said ...    ... the plan failed and he said ...

A hedge inside a relative clause ("rules which residents say favour tourists") is no voice
(tests/data/gold/README.md), so "which" and "what" open no speaker here.

Offsets count from the masked sentence's first character (see content.py).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from stance.extract.leading import after_leading_circumstance
from stance.extract.speakers import PhraseKind, SpeakerPhrase, names_a_person, parse_speaker
from stance.extract.tables import PRONOUN_GENDER, SPEAKER_DETERMINERS

# "in which she pledged that": with a preposition, "which" is where or when the words were said (a
# hedge inside a relative clause, "rules which residents say favour tourists", is no voice).
_SUBORDINATOR_WORDS: Final = ("when as because after before while if since until although though whereas where but so".split()
                       + ["in which", "during which", "at which"])
# `\b(?:when|as|...)\s+`, the word boundary tested by a lookbehind after each word's first letter:
# a pattern that opens with those letters lets re skip ahead to them instead of trying every position.
_SUBORDINATOR_WORD: Final = re.compile("(?:" + "|".join(rf"{word[0]}(?<!\w\w){word[1:]}" for word in _SUBORDINATOR_WORDS) + r")\s+")
_SUBORDINATE_REACH: Final = 60  # characters: "when the state's former governor" fits
# A subordinate clause opening the sentence, perhaps after a conjunction ("So when the firm hinted that A, B").
SUBORDINATORS: Final = re.compile(r"^(?:(?:and|but|so|yet|then)\s+)?(?:while|whereas|although|though|because|since|as|if|unless|when|after|before|until|once|now\s+that)\b",
                           re.IGNORECASE)
OPENING_SUBORDINATOR: Final = re.compile(SUBORDINATORS.pattern + r"\s+", re.IGNORECASE)
SUBORDINATOR_AT: Final = re.compile(SUBORDINATORS.pattern.removeprefix("^"), re.IGNORECASE)  # at a clause start, matched in place
_THAT_IS_WHY: Final = re.compile(r"(?:(?:and|but|so)\s+)?(?:that|this|which|it)(?:\s+is|['\u2019]s|\s+was)\s+(?:also\s+)?(?:why|how)\s+",
                          re.IGNORECASE)
_AND: Final = " and "


# "as secretary of state (have said)": a capacity (see _is_capacity); these nouns are plural without an -s.
_CAPACITY: Final = re.compile(r"[Aa]s\s+([a-z][\w\-]*)")
_PLURALS_WITHOUT_S: Final = frozenset("police people staff media clergy public press crew".split())


class SubordinateSpeaker(NamedTuple):
    phrase: SpeakerPhrase
    position: int  # where the phrase starts
    opening: bool  # the clause opens the sentence ("Although she said A, B"): its content ends at a comma


def subordinate_speaker(masked: str, subject_end: int) -> SubordinateSpeaker | None:
    """The person or group speaking in the clause that ends at `subject_end` (right before its cue verb)."""
    after = _last_subordinator(masked, subject_end)
    opening = OPENING_SUBORDINATOR.match(masked)  # capitalised, so not among _SUBORDINATOR_WORD's
    if after is None and opening is not None and subject_end - opening.end() <= _SUBORDINATE_REACH:
        after = opening.end()
    if after is None and (reason := _THAT_IS_WHY.match(masked)) and subject_end - reason.end() <= _SUBORDINATE_REACH:
        after, opening = reason.end(), None  # "That is why critics say A": A runs to the sentence's end
    phrase = None
    if after is not None:  # "although she said", "although in May she said"
        chunk = masked[after:subject_end]
        if masked[after - 3 : after].lower() == "as " and _is_capacity(masked[after - 3 : subject_end]):
            return _after_and(masked, subject_end)  # "her tenure as secretary of state (have said)": no speaker
        phrase = parse_speaker(chunk) or after_leading_circumstance(chunk, parse_speaker, names_a_person)
    if phrase is not None and after is not None and names_a_person(phrase):  # "because the leases disclosed" is no voice
        return SubordinateSpeaker(phrase, after, opening is not None and after == opening.end())
    return _after_and(masked, subject_end)


def _last_subordinator(masked: str, subject_end: int) -> int | None:
    """Where the words after the last subordinating word before `subject_end` start, if any
    stands within a few words of it ("when she", "because the mayor")."""
    window = max(0, subject_end - _SUBORDINATE_REACH)
    found = None
    for found in _SUBORDINATOR_WORD.finditer(masked, window, subject_end):
        pass
    return found.end() if found else None


def _after_and(masked: str, subject_end: int) -> SubordinateSpeaker | None:
    """'..., which the mayor opposed and Obama said', 'the agency declined to comment and council aides
    said', 'the plan failed and he said': a speaker after "and" that closes a clause (not "Mr. King and
    Mr. Ruiz say", "both he and Rubio", "doctors and experts": one subject)."""
    conjunction = masked.rfind(_AND, max(0, subject_end - _SUBORDINATE_REACH), subject_end)
    if conjunction < 0:
        return None
    previous = masked[masked.rfind(" ", 0, conjunction) + 1 : conjunction]
    if not previous.islower() or previous in PRONOUN_GENDER or previous in SPEAKER_DETERMINERS:
        return None
    start = conjunction + len(_AND)
    chunk = masked[start:subject_end]
    phrase = parse_speaker(chunk)
    if phrase is None or phrase.kind is not PhraseKind.NAME and "," in chunk:
        return None  # "pilots and ferry families, which in a harbour state": a relative clause, no cue
    return SubordinateSpeaker(phrase, start, OPENING_SUBORDINATOR.match(masked) is not None)  # "Although A and B said C, D"


def _is_capacity(chunk: str) -> bool:
    """'as secretary of state', 'as harbour pilot': "as" and a singular role with no determiner and no
    name says in what capacity, it names no speaker ("as officials said", "as the mayor noted" do)."""
    capacity = _CAPACITY.match(chunk)
    if capacity is None or any(letter.isupper() for letter in chunk[capacity.end():]):
        return False
    first = capacity.group(1)
    return first not in SPEAKER_DETERMINERS and first not in PRONOUN_GENDER and first not in _PLURALS_WITHOUT_S \
        and not (first.endswith("s") and not first.endswith("ss"))
