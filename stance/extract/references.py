"""Back-references to speakers named earlier in the article.

"the company said" -> the organisation named before it (not a place); "the lawyer said" -> the
speaker introduced with that noun in the role; "she said" -> the
subject of the previous sentence when it is a person of that gender, before any later name.
Offsets are absolute.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice
from typing import Final, NamedTuple

from stance.extract.registry import MentionKind, SpeakerRegistry
from stance.extract.tables import (
    NATIONALITY_ADJECTIVES, ORGANISATION_NOUNS, ORGANISATION_REFERENCES, PAPER_WORDS, PARTY_WORDS, PERSON_NOUNS, PLACE_NAMES,
    PRONOUN_GENDER, QUOTED_DOCUMENT_NOUNS)

_MAX_ORGANISATION_DISTANCE: Final = 3000  # characters: "the company" refers to an organisation named recently
_DESCRIBED_REACH: Final = 8  # speakers with a role looked back over for "the lawyer"
# Nouns for one person that "the ..." may use for someone introduced with them as role: not a body
# ("the campaign"), a collective ("the crowd") or a plural ("actress", "boss": not plurals), and not
# "the source" (sources are many).
_ONE_PERSON_NOUNS: Final = frozenset(
    noun for noun in PERSON_NOUNS - ORGANISATION_NOUNS
    if (not noun.endswith("s") or noun.endswith("ss")) and noun not in {"administration", "audience", "community", "crowd", "family", "few", "many",
                                               "most", "people", "several", "some", "staff", "team", "panel", "police",
                                               "children", "spokespeople", "source", "military", "media", "press",
                                               "tabloid", "outlet"})


class SentenceSubject(NamedTuple):
    sentence_start: int
    name: str  # canonical


def organisation_before(registry: SpeakerRegistry, position: int, speaking: set[str], subjects: set[str],
                        noun: str = "company") -> str | None:
    """The organisation "the company" stands for, within the last few paragraphs: the latest one
    that has spoken, else the latest that opened a sentence, else the latest named. For "the
    newspaper" (`noun`), the latest name of a paper comes first ("the Harbor Gazette")."""
    latest = subject = None
    wants_paper = noun in _PAPER_NOUNS
    for mention in reversed(registry.mentions):
        if mention.position >= position:
            continue
        if position - mention.position > _MAX_ORGANISATION_DISTANCE:
            break
        if mention.kind is MentionKind.ORG and mention.name[:1].isupper() and mention.name not in PLACE_NAMES and (
                mention.name not in PARTY_WORDS and mention.name not in NATIONALITY_ADJECTIVES):  # not "Democratic"
            if wants_paper and not PAPER_WORDS.isdisjoint(mention.name.split()):
                return mention.name
            if mention.name in speaking and not wants_paper:
                return mention.name
            subject = subject or (mention.name if mention.name in subjects else None)
            latest = latest or mention.name
    return subject or latest


_PAPER_NOUNS: Final = frozenset("paper newspaper magazine publication".split())


def refers_to_organisation(phrase: str) -> bool:
    """'the company', 'the platform': a definite organisation noun and nothing else."""
    words = phrase.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in ORGANISATION_REFERENCES


def person_for_pronoun(registry: SpeakerRegistry, name: str, pronoun: str) -> str | None:
    """`name` when it is a person whom "he" or "she" (`pronoun`) may stand for, else None."""
    wanted = PRONOUN_GENDER.get(pronoun.lower(), "u")
    if wanted not in ("m", "f") or name not in registry.persons:
        return None
    return name if registry.gender_of(name) in (wanted, "u") else None


def previous_subject(subjects: list[SentenceSubject], registry: SpeakerRegistry, pronoun: str,
                     previous_sentence_start: int) -> str | None:
    """The person opening the previous sentence (which starts at `previous_sentence_start`),
    if the pronoun's gender fits."""
    k = bisect_left(subjects, (previous_sentence_start,))
    if k == len(subjects) or subjects[k].sentence_start != previous_sentence_start:
        return None
    return person_for_pronoun(registry, subjects[k].name, pronoun)


def organisation_ending(registry: SpeakerRegistry, position: int, phrase: str) -> str | None:
    """'the Journal' after 'the Wall Street Journal': the latest organisation named before whose name
    ends with the phrase's one capitalised word."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return None
    ending = " " + words[1]
    for mention in reversed(registry.mentions):
        if position - mention.position > _MAX_ORGANISATION_DISTANCE:
            break
        if mention.position < position and mention.kind is MentionKind.ORG and mention.name.endswith(ending):
            return mention.name
    return None


_MAX_DESCRIBING_WORDS: Final = 3  # "the veteran Harbor Lines lawyer": words before the noun that the role must hold


def _role_words(role: str) -> set[str]:
    """Words of a role, lower case, a possessive read as its noun ("Tesla's boss" -> tesla, boss)."""
    return {word.removesuffix("'s").removesuffix("\u2019s").strip(",()") for word in role.lower().split()}


def person_of_age(registry: SpeakerRegistry, position: int) -> str | None:
    """"the 46-year-old": the latest person named before `position`, among the last few mentions."""
    for mention in islice(reversed(registry.mentions), _AGE_REACH):
        if mention.position < position and mention.kind is MentionKind.PERSON:
            return mention.name
    return None


_AGE_REACH: Final = 40  # mentions looked back over for "the 46-year-old": a long article stays linear


def person_described_as(registry: SpeakerRegistry, phrase: str) -> str | None:
    """"the lawyer", "the Harbor Lines boss": the latest of the last few speakers given a role holding
    that noun and every word before it ("a seasoned lawyer", "Harbor Lines' boss"), else None."""
    words = phrase.split()
    if not 2 <= len(words) <= 2 + _MAX_DESCRIBING_WORDS or words[0] != "the" or words[-1] not in _ONE_PERSON_NOUNS:
        return None
    wanted = {word.lower().removesuffix("'s").removesuffix("\u2019s") for word in words[1:]}
    roles = registry.roles
    for speaker in islice(reversed(roles), _DESCRIBED_REACH):  # not a list of every role: a long article stays linear
        if speaker in registry.persons and wanted <= _role_words(roles[speaker]):
            return speaker
    return None


_READ_REACH: Final = 400  # characters: the sentence or two before '“…,” it read'
_WORD: Final = re.compile(r"[A-Za-z][\w’'\-]*")
_THING_DETERMINERS: Final = frozenset("a an the his her its their one another".split())


def read_source_before(masked_text: str, position: int) -> str | None:
    """What "it" is in '“…,” it read': the last document named just before ("a letter" -> "the letter"),
    when a determiner or an owner's name introduces it; None when there is none (a sign is no source)."""
    words = _WORD.findall(masked_text, max(0, position - _READ_REACH), position)
    for i in range(len(words) - 1, 0, -1):
        noun = words[i].lower()
        if noun in QUOTED_DOCUMENT_NOUNS and any(
                word.lower() in _THING_DETERMINERS or word.endswith(("'s", "’s")) for word in words[max(0, i - 3) : i]):
            return "the " + noun
    return None

