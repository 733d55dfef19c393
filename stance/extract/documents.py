"""Documents a direct quote is taken from: "the report", "the company's statement", "an editorial in
the Gazette", "the order released Friday". Only quotes are attributed to one; reported speech needs
someone named ("a report by X": sources.py)."""

from __future__ import annotations

from typing import Final

from stance.extract.groups import opens_definite_phrase
from stance.extract.names import tokens_of
from stance.extract.roles import lower_determiner
from stance.extract.speakers import PhraseKind, SpeakerPhrase
from stance.extract.tables import QUOTED_DOCUMENT_NOUNS

_DOCUMENT_POST_MODIFIERS: Final = frozenset("in on by from of".split())
_DOCUMENT_PARTICIPLES: Final = frozenset("released issued published filed posted sent obtained seen signed written".split())


def parse_document(chunk: str) -> SpeakerPhrase | None:
    """The document `chunk` names, as the quote's speaker ("the report"), or None."""
    words = tokens_of(chunk)
    if not 2 <= len(words) <= 9 or not opens_definite_phrase(words[0]) and words[0].lower() not in ("a", "an", "one", "another"):
        return None
    # The noun may be followed by where or when it appeared: "an editorial in the Gazette", "the order released Friday"
    end = next((i for i in range(2, len(words)) if words[i] in _DOCUMENT_POST_MODIFIERS or words[i] in _DOCUMENT_PARTICIPLES), len(words))
    if end > 5 or words[end - 1].lower() not in QUOTED_DOCUMENT_NOUNS:
        return None
    return SpeakerPhrase(lower_determiner(chunk.strip()), PhraseKind.GROUP)
