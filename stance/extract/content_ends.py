"""Where a reported content ends: at a clause's comma, at the first of some offsets, or where another
cue's speaker begins inside it."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

from stance.extract.content import LocalCue

_CONNECTORS: Final = frozenset("and but while after before as because since when whereas although though so".split())
_CONTENT_EDGE: Final = " ,;:\u2014\u2013"


def to_comma(masked: str, content_start: int) -> int:
    """Where a content inside an opening subordinate clause ends: at the clause's comma ("Although
    she said A, B": A), else at the sentence's end."""
    comma = masked.find(",", content_start)
    return comma if comma > 0 else len(masked)


def end_at(cues: list[LocalCue], ends: list[int]) -> list[LocalCue]:
    """Each content cut at the first of `ends` (sorted) that falls inside it."""
    cut = []
    for cue in cues:
        k = bisect_left(ends, cue.start + 1)
        cut.append(cue._replace(end=ends[k]) if k < len(ends) and ends[k] < cue.end else cue)
    return cut


def _without_connector(masked: str, start: int, end: int) -> int:
    """The end of masked[start:end] without trailing punctuation and connecting words ("…, and")."""
    while True:
        while end > start and masked[end - 1] in _CONTENT_EDGE:
            end -= 1
        word_start = end
        while word_start > start and masked[word_start - 1].isalpha():
            word_start -= 1
        if word_start == end or masked[word_start:end].lower() not in _CONNECTORS:
            return end
        end = word_start


def end_at_next_speaker(masked: str, cues: list[LocalCue]) -> list[LocalCue]:
    """'…, suggesting that the host left, after Acme announced that …': a content ends where another
    cue's speaker begins inside it, without the connecting word."""
    positions = sorted(cue.position for cue in cues if cue.speaker is not None)
    ended = []
    for cue in cues:
        k = bisect_right(positions, cue.start)  # the first speaker after the content starts
        if cue.speaker is not None and k < len(positions) and positions[k] == cue.position:
            k += 1  # a cue's own speaker inside its content ("A, she said, B") cuts nothing
        if k < len(positions) and positions[k] < cue.end:
            cue = LocalCue(cue.speaker, cue.cue, cue.start, _without_connector(masked, cue.start, positions[k]), cue.position)
        ended.append(cue)
    return ended
