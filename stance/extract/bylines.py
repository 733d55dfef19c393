"""Bylines under a quote: a paragraph that is only a quote, then a short paragraph that opens with a
dash and names who said it ("— Ana Ruiz, mayor of Leeds."), as fact checks, reader letters and
posts print them.

Offsets: the speaker's position is absolute, an index into the article text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from stance.extract.spans import Sentence
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_speaker

# A dash (hyphen, en or em dash), then up to 100 characters with no sentence punctuation but a final period.
_BYLINE = re.compile(r"\s*[-\u2013\u2014]\s*(?P<who>[^.!?\"\u201c\u201d]{2,100}?)\s*\.?\s*$")


class Byline(NamedTuple):
    speaker: SpeakerPhrase
    position: int  # of the speaker phrase (absolute)


def byline_after(text: str, sentence: Sentence, following: Sentence | None) -> Byline | None:
    """The byline standing as the whole next paragraph after `sentence`, when `sentence` ends its own."""
    if following is None or following.paragraph != sentence.paragraph + 1 or text[following.start : following.start + 1] not in "-\u2013\u2014":
        return None
    if text.find("\n", following.end, following.end + 2) != following.end and following.end != len(text):
        return None  # the byline is its own paragraph: nothing after it in that paragraph
    found = _BYLINE.match(text, following.start, following.end)
    if found is None:
        return None
    who = found.group("who")
    phrase = parse_speaker(who)
    if phrase is None and "," in who:  # "- Ana Ruiz, Leeds": a name, then where the writer lives
        phrase = parse_speaker(who.split(",", 1)[0])
    if phrase is None or phrase.kind is not PhraseKind.NAME:
        return None
    return Byline(phrase, found.start("who"))
