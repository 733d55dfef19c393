"""The speaker after an inverted cue: 'said Heather Roberts, an American user', 'said the ministry
in a statement', 'said a longtime aide, Jo Li'."""

from __future__ import annotations

import re
from typing import Final

from stance.extract.cues import REPORTED_FORMS_RE
from stance.extract.groups import POST_MODIFIERS, PREPOSITIONS
from stance.extract.tables import PERSON_NOUNS
from stance.extract.roles import lower_determiner
from stance.extract.names import looks_like_name
from stance.extract.speakers import PARTY_TAG, PhraseKind, SpeakerPhrase, parse_speaker

# Trailing circumstance after an inverted speaker ("said the ministry in a statement").
_TRAILING_CIRCUMSTANCE: Final = re.compile(
    r"\s+(?:in|on|at|during|via|through|over|last|this|earlier|later|after|before|when|while|because|although|though"
    r"|(?-i:above|below|beneath|beside|alongside|under|underneath))\s+.*$"  # "wrote Jo Li above a photo"; not "Under Secretary"
    r"|\s+as\s+(?:he|she|they|we|I|the|a|an|his|her|their)\s+.*$"  # "said Ruiz as she left", not "known as Bob"
    r"|\s+(?-i:back)\s+(?:in|on|at|when|then)\b.*$"  # "posted one rider back in December"
    r"|\s+(?:today|yesterday|recently)$",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER_ROLE: Final = re.compile(r",\s+(?=[a-z]{2,}ing\b)")
# ", who noted that …" (not "who asked not to be named": an anonymous source's role)
_WHO_REPORTED: Final = re.compile(rf"(?:^|,)\s*who\s+(?:also\s+)?(?!asked\s+not\b)(?={REPORTED_FORMS_RE}\b)")
_LEADING_NAME: Final = re.compile(r"[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|de|da|van|von|der|al|bin|le|la)){0,4}")


def parse_inverted_speaker(text: str) -> SpeakerPhrase | None:
    """The speaker after an inverted cue: 'said Heather Roberts, an American user ...'."""
    if "(" in text or "-" in text:
        text = PARTY_TAG.sub("", text)
    if "," in text and " and " in text:  # "said Jo Li, Ana Ruiz and Tom Reyes": a list of names, one group
        listed = parse_speaker(text.strip().rstrip(" .!?"))
        if listed is not None and listed.kind is PhraseKind.GROUP and looks_like_name(text.split(",", 1)[0]):
            return listed
    head, _, role = text.partition(",")
    role = _PARTICIPLE_AFTER_ROLE.split(role, 1)[0]  # "a spokesman, adding that …": the role ends before it
    role = _WHO_REPORTED.split(role, 1)[0]  # "…, who noted that …": a voice of its own, no role
    head, who, relative = head.partition(" who ")  # "said the man who built the firm"
    role = role or (who.strip() + " " + relative if who else "")
    head = head.strip()
    circumstance = _TRAILING_CIRCUMSTANCE.search(head)
    if circumstance and head[: circumstance.start()].rsplit(" ", 1)[-1] not in POST_MODIFIERS:
        head = head[: circumstance.start()]  # "said the ministry in a statement", not "a source involved in"
    if head.endswith(")") and "(" not in head:  # '(“…,” said one activist.)': the aside's closing bracket
        head = head.rstrip(" .)")
    phrase = parse_speaker(head) or _name_after_long_title(head)
    if phrase is None and " that " in head:  # "said one owner of a shop that sells nets": the clause is part of it
        phrase = parse_speaker(head.split(" that ", 1)[0])
        phrase = phrase._replace(text=head) if phrase is not None and phrase.kind is PhraseKind.GROUP else None
    if phrase is None or phrase.kind is PhraseKind.PRONOUN:
        return None
    name = _LEADING_NAME.match(role.strip())
    if phrase.kind is PhraseKind.GROUP and name and looks_like_name(name.group(0)):
        # "said a longtime aide, Jo Li of Acme": the name, with the group as its role
        return SpeakerPhrase(name.group(0), PhraseKind.NAME, role=phrase.text)
    titled = parse_speaker(role.strip().rstrip(" .!?")) if phrase.kind is PhraseKind.GROUP and role[:2].strip().islower() else None
    if titled is not None and titled.kind is PhraseKind.NAME and titled.role and looks_like_name(titled.text):
        # "exhorted the mayor's introducer, actress Ana Lee Cruz": the name after its title
        return SpeakerPhrase(titled.text, PhraseKind.NAME, role=f"{phrase.text}, {titled.role}")
    role = role.strip()
    opening = role.split(" ", 1)[0].rstrip(",;:")
    if opening.lower() in PREPOSITIONS or opening.endswith("ing") and opening.islower():
        role = ""  # "said Ana Ruiz, after the vote", "wrote Jo Li, citing two aides": no role
    return SpeakerPhrase(phrase.text, phrase.kind, role=lower_determiner(role) or phrase.role)


_MAX_NAME_WORDS: Final = 4


def _name_after_long_title(head: str) -> SpeakerPhrase | None:
    """'said Port Ellis State University political scientist Brigid Harrison': a title longer than a
    name's run allows, ending in a lower-case noun for a person; the words after that noun are the name."""
    words = head.rstrip(" .").split()
    nouns = [i for i, word in enumerate(words[:-1]) if word.islower() and word in PERSON_NOUNS]
    if not nouns or len(words) - nouns[-1] - 1 > _MAX_NAME_WORDS:
        return None
    name = " ".join(words[nouns[-1] + 1 :])
    return SpeakerPhrase(name, PhraseKind.NAME, role=" ".join(words[: nouns[-1] + 1])) if looks_like_name(name) else None
