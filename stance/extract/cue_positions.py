"""Where the cue verbs of a sentence stand: found once per sentence for the passes of reported.py
that need them, by set operations and string searches rather than a test per word."""

from __future__ import annotations

from stance.extract.content import token_words
from stance.extract.cues import REPORTED_FORMS
from stance.extract.verb_group import ADJECTIVE_FORMS, adjective_before


def token_starts(masked: str, tokens: list[str], indices: list[int]) -> list[tuple[int, int]]:
    """(index, start) of the tokens at `indices` (ascending); `tokens` are exactly TOKEN's words of
    `masked`. Every token opens with an ASCII letter and none stands between two tokens, so each
    occurrence of a token's text lies inside one token: the token at `index` is the first occurrence
    after those inside the tokens before it, which one join counts (no search per word), and the
    first occurrence itself when no other follows."""
    found, position, previous, find = [], 0, 0, masked.find
    for index in indices:
        token = tokens[index]
        position = find(token, position)
        if find(token, position + 1) >= 0:  # a search, not a slice: a copy per verb grows with the square
            for _ in range(" ".join(tokens[previous:index]).count(token)):
                position = find(token, position + len(token))
        found.append((index, position))
        position += len(token)
        previous = index + 1
    return found


def cue_verbs(masked: str, words: list[str], words_exact: bool) -> tuple[list[str], list[tuple[int, int]]]:
    """The cue verbs among a sentence's words, found once for the passes that need them: the text of
    each word as it stands in `masked` (a lowered headline cue keeps its length), and (word index,
    start) of each cue verb. `words_exact`: `words` are exactly TOKEN's words of `masked` (no
    headline cue lowered in one only)."""
    # The cue forms present, by one set operation, then the places of each by list searches: a test per
    # word in Python costs more than these few calls (a sentence holds one or two cue forms).
    hits = []
    for form in REPORTED_FORMS.intersection(words):
        at = -1
        for _ in range(words.count(form)):
            at = words.index(form, at + 1)
            if form not in ADJECTIVE_FORMS or at + 1 == len(words) or not adjective_before(form, words[at + 1]):
                hits.append(at)
    if not hits:
        return words, []
    hits.sort()
    exact = words if words_exact else token_words(masked)
    return exact, token_starts(masked, exact, hits)
