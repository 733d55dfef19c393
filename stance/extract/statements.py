"""'Ana Ruiz issued a statement saying …': a statement, letter or post put out by the clause's subject,
whose words the participle after it reports. The subject speaks, not the document (unlike "an ad
calling it", where the participle belongs to the noun before it)."""

from __future__ import annotations

import re

from stance.extract.asides import subject_before
from stance.extract.content import LocalCue, content_after_verb
from stance.extract.cues import FORM_TO_LEMMA

ISSUED_PARTICIPLES = frozenset("saying stating declaring noting warning arguing insisting claiming".split())
_ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|released|put\s+out|sent\s+out|sent|posted|published|circulated)\s+(?:a|an|its|his|her|their)\s+"
    r"(?:[a-z\-]+\s+){0,2}?(?:statement|letter|memo|release|message|email|e-mail|tweet|post|note)\s+"
    r"(?:(?:late|early|on|this|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+|(?:morning|afternoon|evening|night|"
    r"week|today|yesterday)\s+){0,2}(?P<verb>saying|stating|declaring|noting|warning|arguing|insisting|claiming)\b")


def issued_document_cues(masked: str) -> list[LocalCue]:
    """The voices of 'X issued a statement (on Monday) saying …' in one masked sentence."""
    cues = []
    if not ("ssued" in masked or "eleased" in masked or " sent " in masked or " posted " in masked or " put out " in masked
            or " published " in masked or " circulated " in masked or " sent out " in masked):
        return cues
    for found in _ISSUED_DOCUMENT.finditer(masked):
        verb = found.group("verb")
        start = content_after_verb(masked, found.end("verb"), FORM_TO_LEMMA[verb])
        subject = subject_before(masked, masked.find(" ", found.start()))  # up to "issued": the verb after its subject
        if start is not None and subject is not None:
            cues.append(LocalCue(subject.phrase, verb, start, len(masked), subject.offset))
    return cues
