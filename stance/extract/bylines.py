"""Who speaks a quote that stands alone in its sentence, read from the sentences around it.

Bylines under a quote: a paragraph that is only a quote, then a short paragraph that opens with a
dash and names who said it ("— Ana Ruiz, mayor of Leeds."), as fact checks, reader letters and
posts print them; or the dash and name close the quote's own paragraph ('“…” ― Ana Ruiz'), as
collections of readers' comments, posts and epigraphs do. A sentence before the quote with a person and a verb of speaking but no quote of its own.
An embedded post printed without quote marks, before a byline with the poster's handle and a date.

Offsets: the speaker's position is absolute, an index into the article text.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from stance.extract.content import after_spaces
from stance.extract.cues import DIRECT_FORMS
from stance.extract.pre_cues import PreCue
from stance.extract.spans import QuoteSpan, Sentence
from stance.extract.speakers import PhraseKind, SpeakerPhrase, names_a_person, parse_speaker
from stance.extract.subjects import clause_subject

# The dashes a byline opens with: hyphen, en dash, em dash, and the horizontal bar of quotations.
_DASHES: Final = "-\u2013\u2014\u2015"
_HANDLE: Final = r"\(@[\w.]+\)"  # a post's handle after the name: "(@harbourwatch)", "(@bsky.app)"
# A dash, then up to 100 characters with no sentence punctuation (but in a handle, an initial or a short
# title: "Tomas P. Lind", "Dr. Ana Ruiz") and a final period.
_BYLINE: Final = re.compile(r"\s*[" + _DASHES + r"]\s*(?P<who>(?:" + _HANDLE + r"|[A-Z][a-z]{0,2}\.(?=\s)|[^.!?\"\u201c\u201d]){2,100}?)"
                     r"\s*\.?\s*$")
# An embedded post's byline after the name: "(@harbourwatch) June 4, 2021", "(@bsky.app) 4 June 2021".
_HANDLE_AND_DATE: Final = re.compile(r"\s*" + _HANDLE + r"(?:\s+(?:[A-Z][a-z]{2,8}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))?$")


class Byline(NamedTuple):
    speaker: SpeakerPhrase
    position: int  # of the speaker phrase (absolute)


def _ends_paragraph(text: str, end: int) -> bool:
    return end == len(text) or text.find("\n", end, end + 2) == end


def byline_after(text: str, sentence: Sentence, following: Sentence | None) -> Byline | None:
    """The byline standing as the whole next paragraph after `sentence`, when `sentence` ends its own."""
    if following is None or following.paragraph != sentence.paragraph + 1 or text[following.start : following.start + 1] not in _DASHES:
        return None
    if not _ends_paragraph(text, following.end):
        return None  # the byline is its own paragraph: nothing after it in that paragraph
    return _byline_at(text, following.start, following.end)


def byline_within(text: str, sentence: Sentence, span: QuoteSpan) -> Byline | None:
    """'“…” ― Ana Ruiz': the quote opens the sentence, and a dash and a name after it close the paragraph."""
    # Spaces are matched, not sliced and stripped: a long sentence of many quotes stays linear.
    if not span.closed or after_spaces(text, sentence.start, span.open) != span.open:
        return None
    after = after_spaces(text, span.outer_end, sentence.end)
    if after >= sentence.end or text[after] not in _DASHES:
        return None
    spoken = text[span.start : span.end].rstrip().rstrip("\u2019'")
    if spoken[-1:] not in ".!?\u2026" or " " not in spoken:
        return None  # '“Blue Harbour” — Ana Ruiz': a title and its author, not a remark
    if not _ends_paragraph(text, sentence.end) and "(@" not in text[after : sentence.end]:
        return None  # more follows in the paragraph: the dash opens an aside, not a byline (a post's handle
        # marks one even so: embedded posts often run on in one paragraph)
    return _byline_at(text, span.outer_end, sentence.end)


def _byline_at(text: str, start: int, end: int) -> Byline | None:
    found = _BYLINE.match(text, start, end)
    if found is None:
        return None
    who = _HANDLE_AND_DATE.sub("", found.group("who"))
    phrase = parse_speaker(who)
    if phrase is None and "," in who:  # "- Ana Ruiz, Leeds": a name, then where the writer lives
        phrase = parse_speaker(who.split(",", 1)[0])
    if phrase is None or phrase.kind is not PhraseKind.NAME:
        return None
    return Byline(phrase, found.start("who"))


# An embedded post printed without quote marks: its words, then (in the same paragraph or the next one)
# a dash, the poster's name, the handle and a date: "Two million new people this week! — Bluesky
# (@bsky.app) Sep 2, 2024". The handle and the date make it a post, not an aside.
_POST_BYLINE: Final = re.compile(r"[" + _DASHES + r"]\s*(?P<who>[^" + _DASHES + r"\n]{2,60}?)\s*" + _HANDLE
                          + r"\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})[^\n]{0,24}$")
_POST_LINK: Final = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://\S+)\s*$")  # a link the post carried, no words of it


class Post(NamedTuple):
    start: int
    end: int
    byline: Byline


def unquoted_posts(text: str, paragraphs: list[tuple[int, str]]) -> list[Post]:
    """Posts printed without quote marks, each before a byline with a handle and a date: the words
    before the byline in its paragraph, or the whole paragraph before a byline paragraph."""
    posts = []
    for index, (offset, paragraph) in enumerate(paragraphs):
        found = _POST_BYLINE.search(paragraph) if "(@" in paragraph else None
        if found is None:
            continue
        phrase = parse_speaker(found.group("who").strip(" ,"))
        if phrase is None or phrase.kind is not PhraseKind.NAME:
            continue
        start, end = offset, offset + found.start()
        if not paragraph[: found.start()].strip() and index:  # the byline is its own paragraph
            start, previous = paragraphs[index - 1]
            end = start + len(previous)
        words = text[start:end]
        end = start + len(_POST_LINK.sub("", words).rstrip())
        start += len(words) - len(words.lstrip())
        if end - start > 1 and "\u201c" not in text[start:end] and '"' not in text[start:end]:  # quoted posts: byline_after
            posts.append(Post(start, end, Byline(phrase, offset + found.start("who"))))
    return posts


_WORD: Final = re.compile(r"\b[a-z]+\b")
_NEGATED: Final = re.compile(r"\b(?:not|never|nothing|no)\b|n[’']t\b")


def speaker_of_cue_sentence(masked: str, offset: int) -> PreCue | None:
    """'Ana Ruiz offered a warning. “…”': the sentence before a quote that opens its own sentence
    has a person as subject and a verb of speaking, though it quoted nothing: that person speaks.
    `masked` is that sentence (quotes masked), starting at `offset` in the article text."""
    verb = next((word for word in _WORD.finditer(masked) if word.group() in DIRECT_FORMS and not word.group().endswith("ing")), None)
    if verb is None or _NEGATED.search(masked):
        return None  # "Jo Li never said so.": nothing said
    subject = clause_subject(masked[: verb.end()], latest_first=True)
    if subject is None or not names_a_person(subject.phrase) or subject.phrase.text == "they":
        return None
    return PreCue(subject.phrase, verb.group(), offset + subject.offset, False)
