"""A caption line of broadcast copy: the speaker's name in capitals, a few words of role, then the quote
that fills the rest of the line.

  ANA RUIZ Ferry pilot "We will keep sailing until the money runs out."

A line of capitals before a quote is as often a heading ("BREAKING NEWS “…”"), so the name must open
with a known given name, and the quote must close the line.
"""

from __future__ import annotations

import re
from typing import Final

from stance.extract.registry import given_name_gender
from stance.extract.spans import QuoteSpan
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker
from stance.extract.transcripts import speaker_name

# Two to four words in capitals (an initial may close one: "LINDSAY K."), then up to five words of role.
_CAPTION: Final = re.compile(r"(?P<name>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]*\.?){1,3})(?P<role>(?: [A-Za-z][\w'’\-]*){0,5})")
_CAPTION_CHARS: Final = 80
_LINE_END: Final = " \t.!?"


def caption_speaker(text: str, line_start: int, span: QuoteSpan) -> SpeakerPhrase | None:
    """The speaker of a quote that opens after a caption at `line_start` (a paragraph's first
    character) and closes its line, else None."""
    if line_start and text[line_start - 1] != "\n" or span.close is None or span.open - line_start > _CAPTION_CHARS:
        return None
    line_end = text.find("\n", span.close)
    if text[span.close + 1 : len(text) if line_end < 0 else line_end].strip(_LINE_END):
        return None  # the line goes on after the quote: no caption's quote
    found = _CAPTION.fullmatch(text[line_start : span.open].rstrip())
    if found is None:
        return None
    name = speaker_name(found.group("name"))
    if given_name_gender(name.split(" ", 1)[0]) is None:
        return None  # "BREAKING NEWS", "LIVE UPDATE": a heading
    phrase = parse_speaker(name)
    if phrase is None or phrase.kind is not PhraseKind.NAME:
        return None
    return SpeakerPhrase(phrase.text, PhraseKind.NAME, found.group("role").strip())
