"""What a speaker phrase is once parsed (its text, its kind, its role), and two shapes read without
the parser's other rules: a title or body "of" what it heads, before a name; and an article with
words describing the name after it ("the more moderate Ruiz")."""

from __future__ import annotations

from enum import Enum
from typing import Final, NamedTuple

from stance.extract.groups import PREPOSITIONS, is_verb_form, person_noun
from stance.extract.names import looks_like_name, name_words, split_title
from stance.extract.registry import given_name_gender
from stance.extract.tables import NAME_MODIFIERS, ORGANISATION_NOUNS, ORGANISATION_WORDS, TITLES


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
_WORDS_BEFORE_TITLE: Final = 3


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


ARTICLE_WORDS: Final = frozenset(("The", "the", "A", "a", "An", "an"))
_MAX_ADJECTIVES: Final = 3


def name_after_adjectives(tokens: list[str]) -> SpeakerPhrase | None:
    """"The more moderate Ruiz", "a defiant Tom Reyes": an article and a few lower-case words that
    describe a person's name after them (no noun for a person or a body, no preposition, no verb)."""
    cut = next((i for i in range(1, len(tokens)) if tokens[i][:1].isupper()), len(tokens))
    described = [token.lower() for token in tokens[1:cut]]
    if not 1 <= len(described) <= _MAX_ADJECTIVES or not all(token.isalpha() and token.islower() for token in tokens[1:cut]) \
            or any(word in PREPOSITIONS or person_noun(word) or word in ORGANISATION_NOUNS or is_verb_form(word) for word in described) \
            or not name_words(tokens[cut:]) or "of" in tokens[cut:] or not ORGANISATION_WORDS.isdisjoint(tokens[cut:]):
        return None  # (a body keeps its article and words: "the state Division of Harbor Revenue")
    return SpeakerPhrase(" ".join(tokens[cut:]), PhraseKind.NAME)
