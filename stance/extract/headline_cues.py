"""A headline's capitalised cue: "Mayor Ruiz Says Port Will Reopen", "…, Ruiz Tells Council".

A headline is read as a sentence once its cue is lowered (same offsets), so the reported-speech
passes find its speaker and content as in running text.
"""

from __future__ import annotations

import re
from typing import Final

HEADLINE_FORMS: Final = frozenset({"Says", "Say", "Said", "Tells", "Told"})
HEADLINE_CUE: Final = re.compile(r"\b(?:Says|Say|Said|Tells|Told)\b")
_HEADLINE_CAPITALS: Final = 0.8  # share of the longer words that are capitalised in a headline
_HEADLINE_WORD_CHARS: Final = 3


def may_hold_headline_cue(masked: str) -> bool:
    """A quick test before the word-level ones: substring scans cost less than a regex per sentence."""
    return "Sa" in masked or "Tel" in masked or "Told" in masked


def is_headline(words: list[str]) -> bool:
    """Most of the longer words are capitalised."""
    longer = [word for word in words if len(word) > _HEADLINE_WORD_CHARS]
    return len(longer) >= 3 and sum(word[0].isupper() for word in longer) >= _HEADLINE_CAPITALS * len(longer)


def lower_headline_cues(masked: str) -> str:
    """The masked sentence with a headline's capitalised cues in lower case (same offsets)."""
    return HEADLINE_CUE.sub(lambda found: found.group().lower(), masked)


# "Ana Ruiz: Pier will reopen in May", "Ruiz: ‘We will win’": a headline that credits a claim to a
# name. The claim runs to the end of the headline or to a semicolon before a subtitle.
# "Ruiz to dock workers: Pier will reopen": whom the claim was made to may follow the name.
_SPEAKER_COLON: Final = re.compile(r"(?P<label>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})(?: to [^:;\n]{2,40})?:[ \t]+(?P<claim>[^;\n]+)")
_NOT_SPEAKER_HEADS: Final = frozenset("poll polls survey pollster briefing newsletter update live".split())
_SMALL_WORDS: Final = frozenset("of the a an in on for to and at by with from".split())
_MAX_HEADLINE_CHARS: Final = 200
_MIN_CLAIM_WORDS: Final = 3


def headline_claim(title: str) -> tuple[str, int, int] | None:
    """(label, claim start, claim end) of a headline of that shape, offsets within `title`."""
    if len(title) > _MAX_HEADLINE_CHARS:
        return None
    found = _SPEAKER_COLON.match(title)
    if found is None or len(found.group("claim").split()) < _MIN_CLAIM_WORDS:
        return None
    words = found.group("label").lower().split()
    if words[-1] in _NOT_SPEAKER_HEADS or not _SMALL_WORDS.isdisjoint(words):
        return None  # "Morning Poll:", "Of Sanders:": a poll or a cut phrase, not a name
    end = found.end("claim")
    while end > found.start("claim") and title[end - 1] in " .":
        end -= 1
    return found.group("label"), found.start("claim"), end
