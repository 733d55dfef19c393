"""Quote-mark spans and sentences of a cleaned text (offsets into that text)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final, NamedTuple

from stance.text.clean import paragraphs
from stance.extract.cues import DIRECT_FORMS_RE
from stance.extract.tables import ABBREVIATIONS, DOUBLE_QUOTE_MARKS, GUILLEMETS, HONORIFICS, NOT_NAME_WORDS, PERSON_NOUNS, TITLES

# Two apostrophes stand for a double quote mark in some wire copy (''like this''); a run of
# three is that mark next to a nested single one.
_MARKS: Final = re.compile("[" + re.escape(DOUBLE_QUOTE_MARKS + GUILLEMETS) + "]")
_MARKS_AND_APOSTROPHES: Final = re.compile("[" + re.escape(DOUBLE_QUOTE_MARKS + GUILLEMETS) + "]|'''?")
_MARK_CHARACTERS: Final = tuple(DOUBLE_QUOTE_MARKS + GUILLEMETS)
_OPENING_CONTEXT: Final = " \n\t([{\u2014\u2013-/:;"
_OPEN_GLYPHS: Final = "\u201c\u201e\u00ab"
_CLOSE_GLYPHS: Final = "\u201d\u00bb"


class QuoteSpan(NamedTuple):
    """Text inside one pair of quote marks. `close` is None when the quote never closes."""

    open: int  # offset of the opening mark
    start: int  # first character inside
    end: int  # one past the last character inside
    close: int | None  # offset of the closing mark's last character
    paragraph: int

    @property
    def closed(self) -> bool:
        return self.close is not None

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


class Sentence(NamedTuple):
    # NamedTuples, not frozen dataclasses, for the per-sentence records of extraction:
    # a frozen dataclass's __init__ sets each field through object.__setattr__ (2x slower).
    start: int
    end: int
    paragraph: int


# Sentences and spans are made as _new_tuple(Sentence, (...)): Sentence(...) would also run the
# Python-level __new__ of a NamedTuple, most of the cost of one, and every paragraph makes one.
_new_tuple: Final = tuple.__new__


def _is_opening(paragraph: str, i: int, inside: bool, width: int = 1) -> bool:
    """Direction of a double quote mark `width` characters wide, read from its neighbours,
    glyph as tie-break."""
    mark = paragraph[i]
    before = paragraph[i - 1] if i else " "
    after = paragraph[i + width] if i + width < len(paragraph) else " "
    opens_by_context = before in _OPENING_CONTEXT and not after.isspace()
    closes_by_context = not before.isspace() and (after.isspace() or not after.isalnum())
    if opens_by_context and not closes_by_context:
        return True
    if closes_by_context and not opens_by_context:
        return False
    if mark in _OPEN_GLYPHS:
        return True
    if mark in _CLOSE_GLYPHS:
        return False
    return not inside


def _may_hold_mark(paragraph: str) -> bool:
    """Whether any double mark or guillemet stands in the paragraph: most paragraphs hold none, and
    these substring tests (instant on a text of narrower characters) cost less than the regex scan."""
    if paragraph.isascii():  # every mark but the straight one lies beyond ASCII
        return '"' in paragraph
    for mark in _MARK_CHARACTERS:
        if mark in paragraph:
            return True
    return False


def quote_spans(text: str, text_paragraphs: list[tuple[int, str]] | None = None) -> list[QuoteSpan]:
    """Every quoted stretch of `text`; a quote still open at a paragraph's end stops there.
    `text_paragraphs`: list(paragraphs(text)), when the caller has it already."""
    spans: list[QuoteSpan] = []
    for number, (offset, paragraph) in enumerate(paragraphs(text) if text_paragraphs is None else text_paragraphs):
        open_at: int | None = None
        open_width = 1
        marks = _MARKS_AND_APOSTROPHES if "''" in paragraph else _MARKS if _may_hold_mark(paragraph) else None
        for found in marks.finditer(paragraph) if marks is not None else ():
            i, mark = found.start(), found.group(0)
            if mark in GUILLEMETS:
                opening = mark == "\u00ab"
            else:
                opening = _is_opening(paragraph, i, open_at is not None, len(mark))
            if opening and open_at is None:
                open_at, open_width = i, min(len(mark), 2)
            elif not opening and open_at is not None:
                # A closing run of three apostrophes ends a nested single quote first.
                end = i + 1 if len(mark) == 3 else i
                spans.append(_new_tuple(QuoteSpan, (offset + open_at, offset + open_at + open_width, offset + end,
                                                    offset + i + len(mark) - 1, number)))
                open_at = None
        if open_at is not None:
            spans.append(_new_tuple(QuoteSpan, (offset + open_at, offset + open_at + open_width, offset + len(paragraph), None, number)))
        elif "\u2018" in paragraph and (not spans or spans[-1].paragraph != number):
            headline = _single_quoted_headline(paragraph, offset, number)
            if headline:
                spans.append(headline)
    return spans


# "Ana Ruiz: ‘We Will Win.’": headline copy quotes with single marks after a colon, the quote ending
# the paragraph. Only in a paragraph with no double marks, so an apostrophe is never read as a mark.
_HEADLINE_SINGLE_QUOTE: Final = re.compile(r":\s+\u2018(?=\S)")


def _single_quoted_headline(paragraph: str, offset: int, number: int) -> QuoteSpan | None:
    opening = _HEADLINE_SINGLE_QUOTE.search(paragraph)
    end = len(paragraph.rstrip().rstrip("."))
    if opening is None or end < 2 or paragraph[end - 1] != "\u2019" or "\u2018" in paragraph[opening.end() : end]:
        return None
    start = opening.end() - 1
    return QuoteSpan(offset + start, offset + start + 1, offset + end - 1, offset + end - 1, number)


# A sentence ends at . ! ? (plus closing quotes/brackets) before a capital, digit or
# opening quote; also before a capitalised subject pronoun that lost its period
# ("... TikTok They reported"), which scraped text often shows. Each pattern starts with a
# character or a class, so re skips ahead instead of trying every position; the period's opens
# with that one character, which re finds by a plain scan rather than a class test per character
# (! and ? are rare: a substring test comes first).
_BOUNDARY: Final = r"[\"\u201d\u2019')\]]*\s+(?=[\"\u201c\u2018(A-Z0-9]|'')"  # after the . ! or ?
_PERIOD_BOUNDARY: Final = re.compile(r"\." + _BOUNDARY)
_MARK_BOUNDARY: Final = re.compile(r"[!?]" + _BOUNDARY)
_LOST_PERIOD: Final = re.compile(r"(?:He|She|They|We)\s+[a-z]+ed\b")


def _boundaries(paragraph: str) -> list[tuple[int, int]]:
    """(cut, next start) of every candidate boundary, in order. The cut follows the
    punctuation; the whitespace (and any closing marks) up to the next start is dropped."""
    # A boundary's punctuation stands before the paragraph's last two characters (a space and the next
    # sentence's first follow it): a paragraph of one sentence holds none, and these substring tests
    # cost less than the regex call that finds nothing.
    head = paragraph[:-2]
    cuts = [(m.start() + 1, m.end()) for m in _PERIOD_BOUNDARY.finditer(paragraph)] if "." in head else []
    if "?" in head or "!" in head:
        cuts = sorted(cuts + [(m.start() + 1, m.end()) for m in _MARK_BOUNDARY.finditer(paragraph)])
    lost = []
    has_pronoun = "He" in paragraph or "She" in paragraph or "They" in paragraph or "We" in paragraph
    for match in _LOST_PERIOD.finditer(paragraph) if has_pronoun else ():
        pronoun = cut = match.start()
        while cut > 0 and paragraph[cut - 1].isspace():
            cut -= 1
        if cut < pronoun and cut > 0 and "a" <= paragraph[cut - 1] <= "z":
            lost.append((cut, pronoun))
    return sorted(cuts + lost) if lost else cuts


# A capitalised speaker of up to five words, then a direct cue verb ("Mr. Diaz asked").
_NAMED_CUE_AFTER: Final = re.compile(rf"(?:[A-Z][\w.'\u2019\-]*,?\s+){{1,5}}(?:{DIRECT_FORMS_RE})\b")
# The same with an appositive set off by commas ("Ana Ruiz, a baker in Leeds, asked", "Ana Ruiz, 34,
# said"), opened as a person's appositive is (an article, "who", an age) or by a job noun
# ("spokeswoman for Acme"); never "Critics, for their part, said".
_NAMED_APPOSITIVE_CUE_AFTER: Final = re.compile(
    rf"(?:[A-Z][\w.'\u2019\-]*\s+){{0,4}}[A-Z][\w.'\u2019\-]*,\s+(?P<opening>[a-z]+|\d{{1,3}})\b[^,.!?;:\"\u201c\u201d]{{0,60}},\s+"
    rf"(?:{DIRECT_FORMS_RE})\b")
_APPOSITIVE_OPENINGS: Final = frozenset(("a", "an", "the", "who"))
_SPEAKER_REACH: Final = 80
# The whole of a sentence naming a speaker (or "the" and up to three lower-case words) and a verb that claims
# the words before it: "Ana Ruiz said.", "Mr. Diaz added.", "The mayor warned." Not "Park agreed." or
# "Park replied.", whose verbs answer the quote rather than claim it, nor "Ana Ruiz said the pier …".
_BARE_ATTRIBUTION: Final = re.compile(
    r"(?:(?-i:[A-Z][\w.'\u2019\-]*\s+){1,4}|(?-i:The|A|One)\s+(?:[a-z][a-z'\u2019\-]*\s+){1,3})"
    r"(?:said|says|added|adds|asked|asks|wrote|writes|continued|continues|explained|explains|noted|notes|warned|warns"
    r"|insisted|insists|stressed|stresses)[.!](?=\s|$)")
_APPOSITIVE_REACH: Final = 150


def _names_a_speaker(paragraph: str, start: int) -> bool:
    """Whether a named speaker and a direct cue verb open paragraph[start:] ("Mr. Diaz asked",
    "Ana Ruiz, a baker, asked")."""
    found = _NAMED_CUE_AFTER.match(paragraph, start, start + _SPEAKER_REACH)
    if not found:
        found = _NAMED_APPOSITIVE_CUE_AFTER.match(paragraph, start, start + _APPOSITIVE_REACH)
        opening = found["opening"] if found else ""
        if not (opening in _APPOSITIVE_OPENINGS or opening.isdigit() or opening in PERSON_NOUNS):
            return False
    first = found.group(0).split(None, 1)[0].rstrip(".,")  # type: ignore[union-attr]
    return first not in NOT_NAME_WORDS or first in HONORIFICS or first in TITLES  # "An answer came" is no speaker


_DOTTED_INITIALS: Final = re.compile(r"[a-z](?:\.[a-z]){1,3}")  # "J.R. Lowell", "U.S. officials"
_LAST_WORD: Final = re.compile(r"([A-Za-z][A-Za-z.]*)\.[\"\u201d\u2019')\]]*$")


def _is_abbreviation(before: str) -> bool:
    match = _LAST_WORD.search(before)
    if not match:
        return False
    word = match.group(1).lower()
    if word == "ft":  # "Ft. Worth"; "12 ft." may end a sentence
        return match.group(1) == "Ft"
    if word == "del":  # "Del. Ana Ruiz" (a delegate), not "in Dover, Del." (a state, which may end a sentence)
        return not before.endswith(", ", 0, match.start())
    # "U.S." and "e.g." style: dotted initials, unless the next word clearly starts a sentence.
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(_DOTTED_INITIALS.fullmatch(word))


def _title_before_name(paragraph: str, cut: int, next_start: int, next_word: str) -> bool:
    """'U.S. President Ana Ruiz', 'U.K. Secretary of State Jo Li': after dotted initials, a title
    before a capitalised word (or "of" and one) goes on the phrase, opening no sentence."""
    if next_word not in TITLES:
        return False
    initials = _LAST_WORD.search(paragraph, max(0, cut - 24), cut)
    if initials is None or not _DOTTED_INITIALS.fullmatch(initials.group(1).lower()):
        return False
    after = paragraph[next_start + len(next_word) : next_start + len(next_word) + 40].split(None, 2)[:2]
    if after[:1] == ["of"]:
        after = after[1:]
    return bool(after) and after[0][:1].isupper()


def sentences(text: str, spans: list[QuoteSpan], text_paragraphs: list[tuple[int, str]] | None = None) -> list[Sentence]:
    """Sentences of `text`, never split inside a quote. `text_paragraphs` as for quote_spans."""
    starts = [span.start for span in spans]

    def inside(position: int) -> bool:
        k = bisect_right(starts, position) - 1
        return k >= 0 and position < spans[k].end

    def closes_quote(position: int) -> bool:
        k = bisect_right(starts, position) - 1
        return k >= 0 and position == spans[k].end

    result: list[Sentence] = []
    for number, (offset, paragraph) in enumerate(paragraphs(text) if text_paragraphs is None else text_paragraphs):
        start = 0
        for cut, next_start in _boundaries(paragraph):
            if inside(offset + cut):
                continue
            # "“Why now?” Mr. Diaz asked.": the quote's own ? or ! ends no sentence before its cue.
            if paragraph[cut - 1] in "?!" and closes_quote(offset + cut) and _names_a_speaker(paragraph, next_start):
                continue
            # '“We will rebuild.” Ana Ruiz said.': a sentence that only names who said the quote before it.
            if paragraph[cut - 1] == "." and closes_quote(offset + cut) and _BARE_ATTRIBUTION.match(paragraph, next_start) \
                    and spans[bisect_right(starts, offset + cut) - 1].open == offset + start:  # the quote is the sentence
                continue
            # "U.S. officials": an abbreviation's period is no boundary, unless a clear
            # sentence opener follows. Cheapest tests first: most boundaries end "word. ".
            if (paragraph[cut - 1] == "." and not paragraph[cut:next_start].strip()
                    and _is_abbreviation(paragraph[max(0, cut - 24) : cut])):
                next_word = paragraph[next_start : next_start + 32].split(" ", 1)[0].strip(",;:")
                if next_word not in NOT_NAME_WORDS or _title_before_name(paragraph, cut, next_start, next_word):
                    continue
            result.append(_new_tuple(Sentence, (offset + start, offset + cut, number)))
            start = next_start
        result.append(_new_tuple(Sentence, (offset + start, offset + len(paragraph), number)))
    return result
