"""'Ana Ruiz issued a statement saying …': a statement, letter or post put out by the clause's subject,
whose words the participle after it reports. The subject speaks, not the document (unlike "an ad
calling it", where the participle belongs to the noun before it)."""

from __future__ import annotations

import re

from stance.extract.asides import subject_before
from stance.extract.content import LocalCue, content_after_verb
from stance.extract.cues import FORM_TO_LEMMA

_ISSUING_VERBS = ("issued", "released", "put out", "sent out", "sent", "posted", "published", "circulated")
_ISSUED_PARTICIPLE_LIST = ("saying", "stating", "declaring", "noting", "warning", "arguing", "insisting", "claiming")
ISSUED_PARTICIPLES = frozenset(_ISSUED_PARTICIPLE_LIST)
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:" + "|".join(verb.replace(" ", r"\s+") for verb in _ISSUING_VERBS) + r")\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[a-z\-]+\s+){0,2}?(?:statement|letter|memo|release|message|email|e-mail|tweet|post|note)\s+"
    r"(?:(?:late|early|on|this|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:morning|afternoon|evening|night|"
    r"week|today|yesterday)\s+){0,2}(?P<verb>" + "|".join(_ISSUED_PARTICIPLE_LIST) + r")\b")


def issued_document_cues(masked: str) -> list[LocalCue]:
    """The voices of 'X issued a statement (on Monday) saying …' in one masked sentence."""
    cues = []
    if not any(verb in masked for verb in _ISSUING_VERBS):  # most sentences: no search
        return cues
    for found in _ISSUED_DOCUMENT.finditer(masked):
        verb = found.group("verb")
        start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
        subject = subject_before(masked, masked.find(" ", found.start()))  # up to "issued": the verb after its subject
        if start is not None and subject is not None:
            cues.append(LocalCue(subject.phrase, verb, start, len(masked), subject.offset))
    return cues
