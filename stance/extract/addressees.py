"""Whom a cue verb's words were told or asked, between the verb and its content: "told supporters
Tuesday night that …", "asked the mayor who …". Offsets count from the start of one masked sentence,
as in content.py.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.tables import FINITE_AUXILIARIES, PERSON_NOUNS, SUBJECT_PRONOUNS

_CIRCUMSTANCE_PREPOSITIONS: Final = frozenset("in at on during after before to from near outside inside".split())
_ARTICLES: Final = frozenset(("a", "an", "the"))
# A subject pronoun or a finite verb never stands in whom and when something was told.
_CLAUSE_INSIDE: Final = SUBJECT_PRONOUNS | FINITE_AUXILIARIES
_RELATIVES: Final = frozenset(("who", "whom", "which", "where"))
# Question words that also open relative or time clauses: a question only after "asked" or "wondered"
# ("asked when the pier would reopen"), and after a person asked: a name, an object pronoun or a person
# noun ("asked Ruiz which piers", "asked the mayor who"; never "asked a question which nobody answered").
_OTHER_WH_WORDS: Final = "which|who|whom|when|where"
OTHER_WH: Final = re.compile(rf"\s*(?:{_OTHER_WH_WORDS})\s")
# A person addressed, as the patterns below open: a name of up to three words or an object pronoun; else a noun
# phrase whose head (group "noun") person_named checks.
_NAME_OR_OBJECT_PRONOUN: Final = r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}|him|her|them|us|me"
PERSON_THEN_OTHER_WH: Final = re.compile(rf"\s+(?:{_NAME_OR_OBJECT_PRONOUN}"
                                  rf"|(?:the|a|an|his|her|their)\s+(?:[a-z\-]+\s+)?(?P<noun>[a-z]+))\s+(?=(?:{_OTHER_WH_WORDS})\s)")
_PROBE_CHARS: Final = 24
# "told voters to reject the plan", "told Tom Reyes to sit down", "told him to leave": a person told to do
# something (an instruction is a voice, as "asked X to" is), never "told the story to children".
PERSON_THEN_TO: Final = re.compile(rf"\s+(?:{_NAME_OR_OBJECT_PRONOUN}"
                            r"|(?:(?:the|his|her|their)\s+)?(?:[a-z\-]+\s+)?(?P<noun>[a-z]+))\s+"
                            r"(?=to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)\b)[a-z])")


def addressee_and_circumstance(words: list[str]) -> bool:
    """'supporters Tuesday night', 'a crowd in Port Ellis, Maine on Monday': one noun phrase, then
    phrases of time or place. A second article outside a place phrase starts an object ("reporters
    a joke (that he heard)"), and the "that" after it opens a relative clause."""
    return not any(word.lower() in _ARTICLES and words[i - 1].lower() not in _CIRCUMSTANCE_PREPOSITIONS
                   for i, word in enumerate(words) if i)


def clause_in_addressee(words: list[str]) -> int:
    """Where a clause starts among the words between "told" and "that": the index of its subject pronoun
    ("her it was not" -> 1), 0 for a finite verb with no such subject ("reporters the plan was so bad"),
    -1 for none ("supporters Tuesday night"; "those who were there" is whom it was told)."""
    lowered = [word.lower() for word in words]
    if _CLAUSE_INSIDE.isdisjoint(lowered[1:]) or not _RELATIVES.isdisjoint(lowered):
        return -1
    return next((k for k in range(1, len(lowered)) if lowered[k] in SUBJECT_PRONOUNS), 0)


def person_named(found: re.Match[str]) -> bool:
    """Whether a PERSON_THEN_TO or PERSON_THEN_OTHER_WH match names a person: a name or pronoun, or a person noun."""
    noun = found.group("noun")
    return noun is None or noun in PERSON_NOUNS


def asks_a_person(masked: str, found: re.Match[str]) -> bool:
    """Whether a PERSON_THEN_OTHER_WH match asks a person a question: a name or pronoun does; a noun
    must name a person, and its question word may not run straight into a verb ("asked the board
    which had met" is a relative clause)."""
    if not person_named(found):
        return False
    if found.group("noun") is None:
        return True
    following = masked[found.end() : found.end() + _PROBE_CHARS].split()[1:2]  # the word after the question word
    return bool(following) and following[0] not in _CLAUSE_INSIDE and not following[0].endswith("ed")
