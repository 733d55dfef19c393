"""A headline's capitalised cue: "Mayor Ruiz Says Port Will Reopen", "…, Ruiz Tells Council".

A headline is read as a sentence once its cue is lowered (same offsets), so the reported-speech
passes find its speaker and content as in running text.
"""

from __future__ import annotations

import re

HEADLINE_FORMS = frozenset({"Says", "Say", "Said", "Tells", "Told"})
HEADLINE_CUE = re.compile(r"\b(?:Says|Say|Said|Tells|Told)\b")
_HEADLINE_CAPITALS = 0.8  # share of the longer words that are capitalised in a headline
_HEADLINE_WORD_CHARS = 3


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
