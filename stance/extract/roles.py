"""Whether a phrase is a role: a job title before a name ("Transport Secretary"), an appositive
after it ("a nurse in Leeds"), or someone described by whom they work for ("the mayor's spokeswoman").

Shapes only, no parser: speakers.py asks these questions of the words around a name.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.groups import (
    APPROXIMATE_COUNT, DEFINITE_DETERMINERS, PREPOSITIONS, RELATIVE, VERBISH, is_group, is_verb_form, may_be_past_tense, opens_definite_phrase)
from stance.extract.tables import PARTY_ADJECTIVES, PARTY_WORDS, PERSON_NOUNS, PRONOUN_GENDER, SPEAKER_DETERMINERS, TIME_PHRASES, TITLES


# Set off by commas after a speaker, but no role: "Ana Ruiz, however, said".
DISCOURSE_ASIDES: Final = frozenset("""however meanwhile too though also instead moreover nevertheless nonetheless likewise
    similarly indeed still then further furthermore additionally notably importantly thus therefore besides accordingly
    separately""".split()) | {"for his part", "for her part", "for their part", "for its part",
                                               "in turn", "in fact", "of course", "in response", "in a statement",
                                               "for instance", "for example", "at one point", "at that point",
                                               *TIME_PHRASES}


def plausible_role(text: str) -> bool:
    """An appositive is a noun phrase: not a participle clause ("welcoming their peers")
    and not ending on a verb ("... counterparts, exchanged")."""
    words = text.split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower()
    return not (first.endswith("ing") and first not in ("leading", "acting")) and not (
        last.endswith("ed") and len(words) == 1 and first not in PERSON_NOUNS
    )


def without_predicate(role: str) -> str:
    """'a pilot, issued a statement Tuesday' -> 'a pilot': the clause before a participle cue ("Tom
    Reyes, a pilot, issued a statement Tuesday saying") holds the subject's predicate after its
    appositive, and the predicate is no part of the role."""
    head, comma, last = role.rpartition(", ")
    first = last.split(" ", 1)[0]
    return head if comma and first.islower() and (may_be_past_tense(first) or is_verb_form(first)) else role


_ROLE_ENDINGS: Final = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "chief", "head", "ee")
_TITLE_BREAKERS: Final = frozenset("as via and or but than then so if because while when that which who".split())


def is_title(text: str) -> bool:
    """A short job title before a name: 'City planner', 'industry analyst', 'state senator'."""
    words = text.split()
    if len(words) == 1 and words[0] in TITLES:
        return True
    if 0 < len(words) <= 4 and (words[-1] in TITLES or words[-1].lower() in PERSON_NOUNS) and not any(
        w.lower() in _TITLE_BREAKERS or w.lower() in PREPOSITIONS or is_verb_form(w) for w in words
    ):
        return True  # "Defense Secretary", "Acme CEO", "Supreme Court Justice"
    if any(w.lower() in _TITLE_BREAKERS or is_verb_form(w) for w in words) or (words and words[0].lower() in PREPOSITIONS):
        return False  # "via Acme as": function words make a clause, not a title
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    if len(words) > 1 and may_be_past_tense(words[-1]):
        return False  # "Reporters met", "Police arrested": a subject and its verb, not a title
    return 0 < len(words) <= 4 and words[-1].islower() and plausible_role(text) and (
        words[0].lower() != "the" or head.lower() in PERSON_NOUNS or head.endswith(_ROLE_ENDINGS)  # not "the state (Department)"
    ) and (
        words[-1] not in PREPOSITIONS and words[-1] not in SPEAKER_DETERMINERS
    ) and not any(
        w.lower() in VERBISH or w.lower() in RELATIVE for w in words
    )


# "Clinton's introducer", "the mayor's spokeswoman": someone described by whom they work for.
POSSESSED_ROLE: Final = re.compile(r"(?:[A-Z][\w\-]*|the \w+)['’]s(?: [A-Z][\w\-]*)?(?: [a-z][\w\-]*){1,3}$")  # "Ana Ruiz's Ohio director"
_POSSESSED_TITLE: Final = re.compile(r"[A-Z][\w\-]*['’]s(?: [A-Z][\w\-]*){1,4}$")


def possessed_title(text: str) -> bool:
    """"Gazette's Assistant Managing Editor": a capitalised job of a body, a role and not a name."""
    return bool(_POSSESSED_TITLE.match(text)) and text.rsplit(" ", 1)[-1].lower() in PERSON_NOUNS


def is_role_phrase(text: str) -> bool:
    """'the White House press secretary', 'her campaign manager': a determiner, then a job title."""
    words = text.split()
    last = words[-1].lower() if words else ""
    return 2 <= len(words) <= 6 and opens_definite_phrase(words[0]) and is_group(text, generic=True) and (
        last in PERSON_NOUNS or last.capitalize() in TITLES or last.endswith(_ROLE_ENDINGS))


# A party affiliation after a name is a role, though capitalised: "Jo Li, Republican of Ohio".
AFFILIATION: Final = re.compile(rf"(?:{'|'.join(sorted(PARTY_ADJECTIVES))})s?\s+(?:of|from)\s+[A-Z]")


def lower_determiner(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in PARTY_WORDS:
        return text  # "Democrats", "Republicans": a party's name keeps its capital
    if first.lower() in SPEAKER_DETERMINERS or first.lower() in PERSON_NOUNS or first.lower() in DEFINITE_DETERMINERS \
            or APPROXIMATE_COUNT.match(text):  # "At least a dozen officials" opening a sentence
        return first.lower() + text[len(first):]
    return text


def subject_relative(group: str, relative: str) -> bool:
    """"groups that have endorsed her": people, then a relative clause whose verb follows "that" (not
    "a gap that experts (say)", "a charge that the leaders (say)": the relative's own subject)."""
    first = relative.split(" ", 1)[0]
    return group.rsplit(" ", 1)[-1].lower() in PERSON_NOUNS and first.islower() and first not in SPEAKER_DETERMINERS \
        and first not in DEFINITE_DETERMINERS and first not in PRONOUN_GENDER
