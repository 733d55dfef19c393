"""Which sentences may report speech: the quick tests that spare most sentences the passes of
reported.py (no cue verb, no "according to", no headline cue), and the words of those that may.
"""

from __future__ import annotations

from typing import Final

from stance.extract.according import cites_per
from stance.extract.characterisation import CHARACTERISING_FORMS
from stance.extract.content import TOKEN, plain_words
from stance.extract.cues import REPORTED_FORMS
from stance.extract.headline_cues import HEADLINE_FORMS, is_headline, may_hold_headline_cue
from stance.extract.statements import CLAIM_NOUNS

_CUE_FORMS: Final = REPORTED_FORMS | CHARACTERISING_FORMS | CLAIM_NOUNS  # "Ana Ruiz's assertion that …"


# Every byte but an ASCII letter becomes a space: what is left of a sentence is its runs of letters.
_LETTERS_ONLY: Final = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
_CUE_FORM_BYTES: Final = frozenset(form.encode() for form in _CUE_FORMS)


def _may_hold_cue_form(masked: str) -> bool:
    """Whether some run of ASCII letters of the sentence is a cue form. A TOKEN word that is a cue
    form (lower-case ASCII letters) is such a run: no letter stands before it and no word character
    after it. Byte-level translate and split build no regex state per word, as TOKEN.findall does,
    so a sentence with no cue form (about half of those beyond ASCII) is rejected for far less."""
    return not _CUE_FORM_BYTES.isdisjoint(masked.encode("ascii", "replace").translate(_LETTERS_ONLY).split())


def cue_words(masked: str) -> list[str] | None:
    """The words of a masked sentence if it may report speech, else None (most sentences:
    no cue verb and no "according to"). A headline's capitalised cue is given in lower case."""
    # Read by byte operations, an ASCII sentence's words (or one with quotes) cost little more than the
    # quick test below, which only spares the regex (TOKEN.findall) the sentences it rejects.
    words = plain_words(masked)
    if words is None:
        if (not _may_hold_cue_form(masked) and "ccording to" not in masked and " per " not in masked
                and not may_hold_headline_cue(masked)):
            return None  # what the tests below would find, without the words
        words = TOKEN.findall(masked)
    if _CUE_FORMS.isdisjoint(words) and "ccording to" not in masked and not cites_per(masked):
        if not may_hold_headline_cue(masked) or HEADLINE_FORMS.isdisjoint(words) or not is_headline(words):
            return None
        return [word.lower() if word in HEADLINE_FORMS else word for word in words]
    return words
