"""What a speaker phrase is once parsed (its text, its kind, its role), and the one shape read
without the parser's other rules: a title or body "of" what it heads, before a name."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from stance.extract.names import looks_like_name, split_title
from stance.extract.registry import given_name_gender
from stance.extract.tables import NAME_MODIFIERS, ORGANISATION_WORDS, TITLES


class PhraseKind(Enum):
    """The shape a speaker phrase was recognised by."""

    NAME = "name"  # a run of capitalised words: a person or an organisation
    PRONOUN = "pronoun"  # resolved against earlier mentions
    GROUP = "group"  # an anonymous or group speaker ("one resident", "officials")


class SpeakerPhrase(NamedTuple):
    """A parsed subject."""

    text: str
    kind: PhraseKind
    role: str = ""


# Words that may stand before the title: "Missouri Secretary of State …", "former U.S. Secretary of …".
_WORDS_BEFORE_TITLE = 3


def title_of_department(chunk: str) -> SpeakerPhrase | None:
    """"Secretary of Labor Ines Duarte": a title or body, "of" what it heads, then a name (a known given
    name starts it) whose role is the rest; "Department of Homeland Security" is one organisation. A
    place or modifier may stand before the title ("Ohio Secretary of State …", "former Director of …")."""
    tokens = chunk.split()
    title_at = next((i for i in range(min(_WORDS_BEFORE_TITLE, len(tokens) - 3) + 1)
                     if tokens[i + 1] == "of" and tokens[i] in TITLES), -1)
    if title_at < 0:
        title_at = 0 if len(tokens) >= 3 and tokens[1] == "of" and tokens[0] in ORGANISATION_WORDS else -1
    if title_at < 0 or not all(token[:1].isupper() or token in NAME_MODIFIERS for token in tokens[:title_at]) or not all(
            token[:1].isupper() or token in ("the", "and", "for") for token in tokens[title_at + 2:]):
        return None
    name, title = split_title(chunk)
    # Only a known given name ends the title: "Director of Public Health" must not cut as "Health".
    if title and len(name.split()) <= 4 and looks_like_name(name) and given_name_gender(name.split()[0].rstrip(".")):
        return SpeakerPhrase(name, PhraseKind.NAME, role=title)
    return SpeakerPhrase(chunk, PhraseKind.NAME) if title_at == 0 and tokens[0] in ORGANISATION_WORDS else None
