"""What an article has named so far: given names and their genders, mentions, surnames that
stand for full names, and pronoun resolution.

Offsets: the registry's positions are absolute (into the article text), as its callers give them.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from typing import Final, NamedTuple

from stance.extract.tables import (
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    ORGANISATION_WORDS,
    PLACE_NAMES,
    PRONOUN_GENDER,
)
from stance.resources import read_text


def strip_accents(word: str) -> str:
    if word.isascii():  # nothing to strip; NFKD would cost more than the lookup it serves
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> 'f' / 'm' / 'u', from data/given_names.tsv; accent-free spellings too."""
    lines = [line for line in read_text("stance.extract", "given_names.tsv").splitlines() if line and not line.startswith("#")]
    table = {row["name"]: row["gender"] for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")}
    for name, gender in list(table.items()):
        table.setdefault(strip_accents(name), gender)
    return table


@lru_cache(maxsize=65536)
def given_name_gender(token: str) -> str | None:
    """'f', 'm' or 'u' for a known given name (accents optional), else None."""
    if token in PLACE_NAMES:
        return None  # "China", "Georgia": a place before a given name
    table = given_name_genders()
    return table.get(token) or table.get(strip_accents(token))


_DETERMINERS: Final = frozenset(("The", "A", "An"))
_SOCIAL_HONORIFICS: Final = FEMALE_HONORIFICS | MALE_HONORIFICS


def _may_be_a_name(parts: list[str]) -> bool:
    """Whether an unknown multi-word run may be a name whose last word is what it is called later:
    not when a word inside it is a determiner or an acronym ("PM CST Copied The Bluesky", a
    byline run into a caption), nor when its last word is one letter ("Users Flee X", a headline):
    "Bluesky said" and "X said" then keep their own names."""
    return len(parts[-1]) > 1 and not any(
        part in _DETERMINERS or len(part) > 1 and part.isupper() for part in parts[1:]) and not (
        len(parts[0]) > 1 and parts[0].isupper())


class MentionKind(Enum):
    """What a name mentioned in the article stands for, as far as the article tells."""

    PERSON = "person"
    ORG = "org"  # an organisation, or a single word naming no known person
    GROUP = "group"  # an anonymous or group speaker, or a nationality


class Mention(NamedTuple):
    # A NamedTuple, not a dataclass: one is made per capitalised run, and nothing changes it.
    position: int  # absolute
    name: str  # canonical
    kind: MentionKind
    gender: str = "u"


# The kinds as plain names: an attribute of an Enum class costs as much as a dict's whole lookup.
_PERSON: Final = MentionKind.PERSON
_ORG: Final = MentionKind.ORG
_GROUP: Final = MentionKind.GROUP
# Mentions are made as new_tuple(Mention, (...)): Mention(...) would run the Python-level
# __new__ of a NamedTuple too, a third of a mention's cost, and one is made per name mentioned.
new_tuple: Final = tuple.__new__


class _NameReading(NamedTuple):
    """What the words of a name tell by themselves, whatever the article named before."""

    honorific: str  # its first word when that is an honorific ("Mrs"), else ""
    words: list[str]  # its words without honorifics (not to be changed: readings are shared)
    name: str  # those words joined
    gender: str  # "f" or "m" from the first given name that tells, else "u"
    has_given_name: bool
    has_organisation_word: bool
    renames_last_word: bool  # its last word may stand for it later (see _may_be_a_name)


@lru_cache(maxsize=16384)  # pure, and the same names recur within and across articles
def _read_name(raw: str) -> _NameReading:
    tokens = raw.split()
    honorific = tokens[0] if tokens and tokens[0] in HONORIFICS else ""
    words = tokens if HONORIFICS.isdisjoint(tokens) else [t for t in tokens if t not in HONORIFICS]
    genders = [given_name_gender(word) for word in words]
    gender = next((g for g in genders if g in ("f", "m")), "u")
    return _NameReading(honorific, words, " ".join(words), gender, any(g is not None for g in genders),
                        not ORGANISATION_WORDS.isdisjoint(words),
                        len(words) > 1 and words[0] not in PLACE_NAMES and _may_be_a_name(words))


_ANONYMOUS_DETERMINERS: Final = ("one", "a", "an", "another")


def _fits_pronoun(mention: Mention, wanted: str) -> bool:
    """Can a pronoun of class `wanted` (PRONOUN_GENDER's values) refer to this mention?"""
    if wanted in ("m", "f"):
        if mention.kind is MentionKind.GROUP:
            return (mention.name.split() or [""])[0] in _ANONYMOUS_DETERMINERS
        return mention.kind is MentionKind.PERSON and mention.gender in (wanted, "u")
    if wanted == "p":  # "they": a group or a body, never a place ("Iraq", "Ohio")
        return mention.kind is not MentionKind.PERSON and mention.name not in PLACE_NAMES
    return mention.kind is MentionKind.ORG


@dataclass
class _PronounCandidates:
    """The mentions one pronoun class may refer to, in mention order."""

    positions: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    run_starts: list[int] = field(default_factory=list)  # where each run of non-decreasing positions starts


@dataclass
class SpeakerRegistry:
    """What an article has named so far, for surname and pronoun resolution."""

    mentions: list[Mention] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)  # surname/first token -> full name
    # (surname, "f" or "m") -> the full name of that gender: "Mrs. Clinton" after both Clintons were named
    gendered_names: dict[tuple[str, str], str] = field(default_factory=dict)
    genders: dict[str, str] = field(default_factory=dict)
    persons: set[str] = field(default_factory=set)
    relatives: set[str] = field(default_factory=set)  # introduced as someone's relative: see register_name
    relative_given_names: set[str] = field(default_factory=set)  # "his wife, Heidi,": her full name is a relative's
    roles: dict[str, str] = field(default_factory=dict)
    # resolve_pronoun's candidates per pronoun class, brought up to date with `mentions` when asked.
    _candidates: dict[str, _PronounCandidates] = field(default_factory=dict, repr=False, compare=False)
    _indexed: int = field(default=0, repr=False, compare=False)

    def role_of(self, speaker: str, role: str = "") -> str:
        """The role given now, else the one given when the speaker was introduced. "Mr" or "Ms"
        alone says nothing of a role: the one given with the name is kept instead ("a seasoned
        lawyer, Mr Tomas Reyes" then "the lawyer said")."""
        if role and role not in _SOCIAL_HONORIFICS:
            self.roles.setdefault(speaker, role)
            return role
        return self.roles.get(speaker, "")

    def canonical(self, name: str) -> str:
        return " ".join(self._canonical_words(name.split()))

    def _canonical_words(self, tokens: list[str]) -> list[str]:
        """The words of a name's canonical form: honorifics dropped, and a lone word that stood
        for a full name before ("Duarte") read as that name."""
        if HONORIFICS.isdisjoint(tokens):
            words, honorific = tokens, ""
        else:
            words, honorific = [t for t in tokens if t not in HONORIFICS], next(t for t in tokens if t in HONORIFICS)
        if len(words) == 1 and words[0] in self.full_names:
            full = self._full_name(words[0], honorific)
            return full.split() if full else words
        return words

    def _full_name(self, word: str, honorific: str) -> str | None:
        """The full name a known `word` stands for: "Ms. Ruiz" is the Ruiz of her gender named before,
        never a "Tom Ruiz" (None when only such a one was named)."""
        full = self.full_names[word]
        wanted = "f" if honorific in FEMALE_HONORIFICS else "m" if honorific in MALE_HONORIFICS else ""
        if not wanted or self.genders.get(full, wanted) == wanted:
            return full
        other = self.gendered_names.get((word, wanted))
        if other:
            return other
        # A gender read from the surname ("Tashfeen Malik": Malik is also a given name) yields to the
        # honorific; one read from the given name ("Tom Ruiz") does not.
        return None if given_name_gender(full.split()[0]) not in (None, wanted) else full

    def gender_of(self, name: str, honorific: str = "") -> str:
        if honorific in FEMALE_HONORIFICS:
            return "f"
        if honorific in MALE_HONORIFICS:
            return "m"
        return self.genders.get(name) or _read_name(name).gender  # genders holds only "f" and "m"

    def register_name(self, position: int, raw: str, person: bool | None = None, relative: bool = False) -> str:
        """Record a mention of a name; returns its canonical form. A `relative` ("his wife, Jane
        Ruiz") leaves the family name to the person it stood for ("Ruiz said" is still him)."""
        if (not person and " " not in raw and raw not in HONORIFICS and given_name_gender(raw) is None
                and raw not in self.full_names and raw not in self.persons):
            # Fast path for the common case ("TikTok", "Reuters"): a single word that names
            # no known person can only be an organisation mention; the full analysis agrees.
            # (Not in persons, it has no gender either: only a person's name is given one.)
            self.mentions.append(new_tuple(Mention, (position, raw, _ORG, "u")))
            return raw
        # Unpacked, not read field by field: one step instead of one attribute lookup per field.
        honorific, parts, name, gender, has_given_name, has_organisation_word, renames_last_word = _read_name(raw)
        full = self._full_name(name, honorific) if len(parts) == 1 and name in self.full_names else None
        if full:  # as _canonical_words
            _, parts, name, gender, has_given_name, has_organisation_word, renames_last_word = _read_name(full)
        if honorific or name in self.genders:
            gender = self.gender_of(name, honorific)
        if gender != "u":
            self.genders[name] = gender
        is_person = bool(person) or honorific != "" or name in self.persons or has_given_name
        if is_person:
            self.persons.add(name)
        if len(parts) > 1 and (is_person or not has_organisation_word):
            # "Duarte" now means this full name; for a known person also the first token
            # (family-name-first names: "Liu" for "Liu Xingliang").
            if is_person:
                self.full_names.setdefault(parts[0], name)
            if is_person or renames_last_word:  # "Montana TikTok" does not rename TikTok
                if relative or parts[0] in self.relative_given_names:
                    self.relatives.add(name)
                held = self.full_names.get(parts[-1]) if name in self.relatives else None
                if held is None:
                    self.full_names[parts[-1]] = name
            if is_person and gender in ("f", "m"):
                self.gendered_names[(parts[-1], gender)] = name
        self.mentions.append(new_tuple(Mention, (position, name, _PERSON if is_person else _ORG, gender)))
        return name

    def register_word(self, position: int, word: str) -> str:
        """register_name for one word known to be no honorific and no given name, with no appositive
        that marks a person: its fast path, without the tests that word passed already."""
        if word in self.full_names or word in self.persons:
            return self.register_name(position, word)
        self.mentions.append(new_tuple(Mention, (position, word, _ORG, "u")))
        return word

    def register_group(self, position: int, phrase: str) -> None:
        self.mentions.append(new_tuple(Mention, (position, phrase, _GROUP, "u")))

    def resolve_pronoun(self, pronoun: str, position: int) -> str | None:
        """Most recent compatible mention before `position`. Later mentions (of the same sentence)
        are skipped a sorted run at a time, so a long sentence costs no scan per pronoun."""
        wanted = PRONOUN_GENDER.get(pronoun.lower(), "u")
        if wanted not in ("m", "f", "p", "n"):
            return None
        for mention in self.mentions[self._indexed :]:
            for kind in ("m", "f", "p", "n"):
                if _fits_pronoun(mention, kind):
                    found = self._candidates.setdefault(kind, _PronounCandidates())
                    sorted_on = bool(found.positions) and mention.position >= found.positions[-1]
                    found.run_starts.append(found.run_starts[-1] if sorted_on else len(found.positions))
                    found.positions.append(mention.position)
                    found.names.append(mention.name)
        self._indexed = len(self.mentions)
        found = self._candidates.get(wanted, _PronounCandidates())
        i = len(found.positions) - 1
        while i >= 0:
            if found.positions[i] < position:
                return found.names[i]
            i = bisect_left(found.positions, position, found.run_starts[i], i + 1) - 1
        return None
