"""'Ana Ruiz issued a statement saying …': a statement, letter or post put out by the clause's subject,
whose words the participle after it reports. The subject speaks, not the document (unlike "an ad
calling it", where the participle belongs to the noun before it). And 'Ana Ruiz's claim that …': a
claim or promise that its owner made, whose that-clause is what they said."""

from __future__ import annotations

import re
from typing import Final

from stance.extract.asides import participle_content_end, subject_before
from stance.extract.content import LocalCue, content_after_verb, looks_like_clause
from stance.extract.cues import FORM_TO_LEMMA
from stance.extract.registry import given_name_gender
from stance.extract.speakers import COMMA_OUTSIDE_NUMBERS, PhraseKind, SpeakerPhrase, names_a_person, parse_speaker
from stance.extract.subjects import Subject
from stance.extract.tables import SUBJECT_OF_POSSESSIVE

# "fired back a reply saying", "fired off a letter saying": sent in answer, or in haste
_ISSUING_VERBS: Final = ("issued", "released", "put out", "sent out", "sent", "posted", "published", "circulated", "fired back",
                  "fired off", "tweeted", "emailed")
_ISSUING: Final = "|".join(verb.replace(" ", r"\s+") for verb in _ISSUING_VERBS)
# The document put out, after its issuing verb: "a statement", "its two-page letter".
_DOCUMENT: Final = (r"(?:a|an|its|his|her|their)\s+(?:[a-z\-]+\s+){0,2}?"
             r"(?:statement|letter|memo|release|message|email|e-mail|tweet|post|note|response|reply|rebuttal)")
# 'X issued a statement, “…': the document's words follow its comma (a colon is read as any colon is).
ISSUED_DOCUMENT_BEFORE_QUOTE: Final = re.compile(
    rf"\b(?P<verb>{_ISSUING})\s+{_DOCUMENT}"
    r"(?:\s+(?:late|early|on|this|last|[A-Z][a-z]+day|morning|afternoon|evening|night|week)){0,3}\s*,\s*$")
_ISSUED_PARTICIPLE_LIST: Final = ("saying", "stating", "declaring", "noting", "warning", "arguing", "insisting", "claiming")
ISSUED_PARTICIPLES: Final = frozenset(_ISSUED_PARTICIPLE_LIST)
_ISSUED_DOCUMENT: Final = re.compile(
    r"\b(?:" + _ISSUING + r")\s+(?P<document>" + _DOCUMENT + r")\s+"
    r"(?:(?:late|early|on|this|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:morning|afternoon|evening|night|"
    r"week|today|yesterday)\s+){0,2}(?P<verb>" + "|".join(_ISSUED_PARTICIPLE_LIST) + r")\b")


def with_issued_document_cues(masked: str, cues: list[LocalCue]) -> list[LocalCue]:
    """`cues` and the voices of 'X issued a statement (on Monday) saying …' in one masked sentence. A cue
    whose content is the document itself ("posted" with "a statement saying …") is the same voice read
    at the wrong verb, and is dropped."""
    if not any(verb in masked for verb in _ISSUING_VERBS):  # most sentences: no search
        return cues
    issued, documents = [], set()
    for found in _ISSUED_DOCUMENT.finditer(masked):
        verb = found.group("verb")
        start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
        subject = subject_before(masked, masked.find(" ", found.start()))  # up to "issued": the verb after its subject
        if start is not None and subject is not None:
            issued.append(LocalCue(subject.phrase, verb, start, participle_content_end(masked, start), subject.offset))
            documents.add(found.start("document"))
    return [cue for cue in cues if cue.start not in documents] + issued if issued else cues


# Nouns of a speech act whose owner said the that-clause after them: "Ana Ruiz's claim that …".
CLAIM_NOUNS: Final = frozenset("""claim claims promise promises pledge pledges vow vows boast boasts assertion assertions
    allegation allegations insistence""".split())
# Nouns that are no verb form: as a sentence's subject ("The mayor's assertion that fares would fall proved
# wrong") their clause runs into the sentence's own verb, so they are read only as an object or before "is".
_NOUNS_ONLY: Final = frozenset("assertion assertions allegation allegations insistence".split())
# "Ruiz's claim that …", "Ruiz's main claim is that …"
_CLAIM_THAT: Final = re.compile(r"(?<![\w\-])(?P<noun>" + "|".join(sorted(CLAIM_NOUNS)) + r")(?:\s+(?:is|was))?\s+that\s+")
# The owner: a possessive name of up to four words, or his / her / their; a modifier may follow ("repeated").
_OWNER: Final = re.compile(r"(?:(?P<name>(?<![\w.\-])(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*?|\b[Tt]he\s+[a-z]+)(?:[\u2019']s?)"
                    r"|(?P<pronoun>\b(?:[Hh]is|[Hh]er|[Tt]heir)))"
                    r"\s+(?:[a-z][a-z\-]*\s+)?$")
_OWNER_REACH: Final = 80
# A comma (not one inside a number), a bracket or a dash ends the that-clause.
_CLAIM_END: Final = re.compile(COMMA_OUTSIDE_NUMBERS.pattern + r"|\s\(|\s[\u2013-]\s|\s?\u2014")
_TIME_NOUNS: Final = frozenset("night day week month year morning afternoon evening time moment weekend summer winter".split())


def possessed_claim_cues(masked: str) -> list[LocalCue]:
    """The voices of 'Ana Ruiz's claim that …' in one masked sentence (_possessed_claim_cue)."""
    found = (_possessed_claim_cue(masked, claim) for claim in _CLAIM_THAT.finditer(masked))
    return [cue for cue in found if cue is not None]


def _possessed_claim_cue(masked: str, claim: re.Match) -> LocalCue | None:
    """'Ana Ruiz's repeated claim that the pier is safe', 'his pledge that fares will fall': the owner
    said the that-clause, up to its first comma, bracket or dash. None for 'the claim that …' (no owner) or a noun
    not followed by a clause ('her claim that night')."""
    content = claim.end()
    if masked[content:].split(" ", 1)[0] in _TIME_NOUNS or not looks_like_clause(masked, content):
        return None  # ("her claim that night was …": a time)
    owner = _OWNER.search(masked, max(0, claim.start() - _OWNER_REACH), claim.start())
    if owner is None:
        return None
    before_is = claim.group().split()[1] != "that"  # "her main claim is that …"
    if claim.group("noun") in _NOUNS_ONLY and not before_is and not masked[: owner.start()].strip():
        return None  # the subject of its sentence, with no "is" before its clause
    if owner.group("pronoun"):
        pronoun = owner.group("pronoun").lower()
        subject = _subject_owner(masked, owner.start(), pronoun)
        if subject is not None:
            return LocalCue(subject.phrase, claim.group("noun"), content, _claim_end(masked, content), subject.offset)
        phrase: SpeakerPhrase | None = SpeakerPhrase(SUBJECT_OF_POSSESSIVE[pronoun], PhraseKind.PRONOUN)
    else:
        name = owner.group("name")
        phrase = parse_speaker(name)
        if phrase is None and " " in name:  # "Despite Ana Ruiz's claims": a capitalised word that opens the sentence
            phrase = parse_speaker(name.split(" ", 1)[1])
        if phrase is None or phrase.kind is not PhraseKind.NAME and not names_a_person(phrase):
            return None  # "the company's claim": a body or a person noun owns it, not "the plan's"
    return LocalCue(phrase, claim.group("noun"), content, _claim_end(masked, content), owner.start())


def _claim_end(masked: str, content: int) -> int:
    """Where a claim's that-clause ends: its first comma, bracket or dash, else the sentence's end."""
    aside = _CLAIM_END.search(masked, content)
    return aside.start() if aside else len(masked)


_PRONOUN_GENDERS: Final = {"his": ("m", "u"), "her": ("f", "u")}


def _subject_owner(masked: str, owner_start: int, pronoun: str) -> Subject | None:
    """'Tom Reyes repeated his claim that …': the clause's named subject owns the claim when the
    possessive fits that person's given name; else None, and the pronoun is resolved as any other."""
    subject = subject_before(masked, owner_start) if pronoun in _PRONOUN_GENDERS else None
    if subject is None or subject.phrase.kind is not PhraseKind.NAME:
        return None
    return subject if given_name_gender(subject.phrase.text.split(" ", 1)[0]) in _PRONOUN_GENDERS[pronoun] else None
