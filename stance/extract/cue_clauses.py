"""Reported-speech cues that stand apart from a finite verb after its subject: a cue clause after the
content ("CONTENT, officials said."), set off inside it ("A, he said, B."), an inverted cue with a long
role, "according to", and where one content ends at the next speaker. Offsets count from the
sentence's first character, as in reported.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from stance.extract.cues import ADDRESSEE_LEMMAS, FORM_TO_LEMMA, REPORTED_FORMS, REPORTED_FORMS_RE
from stance.extract.tables import FILLER_WORDS
from stance.extract.speakers import PhraseKind, SpeakerPhrase, parse_inverted_speaker, parse_speaker

MASK = "\u2591"
_COMMA = re.compile(",")
# Trailing separators and connecting words: "…, and" before the next speaker is dropped.
_SEPARATORS = frozenset(" \t\n\r\f\v,;:\u2014\u2013")
_CONNECTOR_WORDS = frozenset("and but while after before as because since when whereas although though so".split())
_MAX_CUE_CLAUSE_CHARS = 80
_MAX_CUE_TRAILER_WORDS = 6
_QUOTE_OR_MASK = frozenset("\u201c\u201d\"'\u2018\u00ab" + MASK)
_INVERTED_TAIL = re.compile(rf",\s+(?P<verb>{REPORTED_FORMS_RE})\s+(?P<rest>[A-Z])")
# `CONTENT, according to WHO[, ROLE].` and `According to WHO[, ROLE].` alone: the cue; the
# speaker and role are read by _who_and_role. `As WHO noted, CONTENT.`: _as_noted.
_ACCORDING_BACK_CUE = re.compile(r"[,.;]\s+according to ")
_ACCORDING_ALONE_CUE = re.compile(r"\W*according to ", re.IGNORECASE)
_TRAILING_PUNCTUATION = re.compile(r"[\s.!?]*")  # matched on the reversed text
# Words that may follow a post-posed cue: "..., officials told Reuters on Monday."
_CUE_TRAILERS = frozenset("to in on at during last this earlier later yesterday today recently".split())
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_REPORT_BY = re.compile(r"^(?:an?|the|one|recent)?\s*(?:report|study|survey|analysis|statement)s?\s+(?:by|from|in)\s+(?P<who>.+)$", re.IGNORECASE)
_SPACES = re.compile(r"\s*")


class LocalCue(NamedTuple):
    """A ReportedCue while it is being found: offsets count from the sentence's start."""

    speaker: SpeakerPhrase | None
    cue: str
    start: int
    end: int
    position: int


def who_of(text: str) -> SpeakerPhrase | None:
    text = text.strip()
    report = _REPORT_BY.match(text)
    if report:
        text = report.group("who")
    return parse_speaker(text)


class _CueClause(NamedTuple):
    subject: str  # the words naming the speaker
    verb: str


def _split_cue_clause(clause: str) -> _CueClause | None:
    """'officials said on Monday' -> ('officials', 'said'); 'said the ministry' -> ('the ministry', 'said')."""
    words = clause.split()
    if not words:
        return None
    if words[0] in REPORTED_FORMS and not words[0].endswith("ing"):  # inverted: "said the ministry"
        end = next((i for i, w in enumerate(words[1:], 1) if w in _CUE_TRAILERS), len(words))
        return _CueClause(" ".join(words[1:end]), words[0])
    k = next((i for i, w in enumerate(words) if w in REPORTED_FORMS), None)
    if not k or (k + 1 < len(words) and words[k + 1] not in _CUE_TRAILERS and not _WEEKDAY.match(words[k + 1])
                 and FORM_TO_LEMMA[words[k]] not in ADDRESSEE_LEMMAS):
        return None
    if len(words) - k - 1 > _MAX_CUE_TRAILER_WORDS or ":" in clause:
        return None  # "X asked Y a simple question: …" is a clause of its own, not a cue
    j = k
    while j > 0 and words[j - 1].lower() in FILLER_WORDS:
        j -= 1
    return _CueClause(" ".join(words[:j]), words[k])


def postposed_cue(masked: str) -> LocalCue | None:
    """'CONTENT, officials said.' or 'CONTENT, said Ana Silva, a spokeswoman.'"""
    body = masked.rstrip(" .!?")
    last = body.rfind(",")
    for comma, role in ((last, ""), (body.rfind(",", 0, last) if last > 0 else -1, body[last + 1 :].strip())):
        if comma <= 0 or MASK in body[comma:]:
            continue
        clause = body[comma + 1 : last if role else len(body)].strip()
        split = _split_cue_clause(clause)
        if split is None or len(body[:comma].split()) < 3 or role and not clause.startswith(split.verb):
            continue  # a role follows only an inverted cue: "CONTENT, said Ana Silva, a spokeswoman"
        phrase = parse_speaker(split.subject)
        if phrase is None or phrase.kind is PhraseKind.PRONOUN and role:
            continue
        phrase = SpeakerPhrase(phrase.text, phrase.kind, role or phrase.role)
        return LocalCue(phrase, split.verb, 0, comma, comma + 1 + (len(body[comma + 1 :]) - len(body[comma + 1 :].lstrip())))
    return None


def interjected_cue(masked: str) -> LocalCue | None:
    """'A, he said, B.' / 'A, said Jo Li, B.': a cue clause set off by commas inside the content,
    which is then the whole sentence."""
    commas = [m.start() for m in _COMMA.finditer(masked)]
    for left, right in zip(commas, commas[1:]):
        clause = masked[left + 1 : right]
        after = masked[right + 1 :].lstrip()
        if len(clause) > _MAX_CUE_CLAUSE_CHARS or MASK in clause or not masked[:left].strip() or (
            after[:1] in _QUOTE_OR_MASK or len(after.split()) < 2
        ):
            continue  # 'Later, she said, “…”': the cue of a quote, which is a voice already
        split = _split_cue_clause(clause.strip())
        phrase = parse_speaker(split.subject) if split else None
        if phrase is not None:
            return LocalCue(phrase, split.verb, 0, len(masked), left + 1 + len(clause) - len(clause.lstrip()))
    return None


def inverted_tail_cue(masked: str) -> LocalCue | None:
    """'CONTENT, said Jo Li, director of the institute at the university, Davis.': the speaker and a
    role of any length after an inverted cue."""
    for found in _INVERTED_TAIL.finditer(masked):
        if len(masked[: found.start()].split()) < 3 or MASK in masked[found.end("verb"):] or (
            FORM_TO_LEMMA[found.group("verb")] in ADDRESSEE_LEMMAS
        ):
            continue  # "…, told Acme News last week she …": an addressee, not an inverted speaker
        phrase = parse_inverted_speaker(masked[found.start("rest"):].rstrip(" .!?"))
        if phrase is not None:
            return LocalCue(phrase, found.group("verb"), 0, found.start(), found.start("rest"))
    return None


class _WhoAndRole(NamedTuple):
    """(start, end) of the speaker, and of the role when one is given."""

    who: tuple[int, int]
    role: tuple[int, int] | None


def _trailing_start(text: str) -> int:
    """Where the text's trailing run of spaces and `.!?` starts."""
    return len(text) - _TRAILING_PUNCTUATION.match(text[::-1]).end()


def _who_and_role(text: str, start: int, trailing: int, commas: list[int]) -> _WhoAndRole | None:
    """The regex `(?P<who>[^,]+?)(?:,\\s+(?P<role>[^,]+?))?[\\s.!?]*$` matched at `start`, worked
    out from the commas (sorted positions) and where the trailing punctuation starts, so that no
    position is read twice (the regex re-reads the trailing-punctuation test at every one)."""
    k = bisect_left(commas, start)
    if k == len(commas):  # no comma: the speaker runs to the trailing punctuation
        return _WhoAndRole((start, max(start + 1, trailing)), None) if start < len(text) else None
    comma = commas[k]
    if comma == start or k + 1 < len(commas):  # an empty speaker, or a comma in the role
        return None
    role_start = _SPACES.match(text, comma + 1).end()
    if role_start == comma + 1:  # `,\\s+`: a comma needs a space after it
        return None
    if role_start == len(text):  # only spaces after the comma: the role is the last of them
        if role_start - 1 < comma + 2:
            return None
        role_start -= 1
    return _WhoAndRole((start, comma), (role_start, max(role_start + 1, trailing)))


def according_back(masked: str) -> tuple[int, _WhoAndRole] | None:
    """`CONTENT, according to WHO[, ROLE].`: (where the content ends, the speaker and role),
    for the last `according to` that has both (the greedy regex's choice)."""
    trailing, commas = _trailing_start(masked), [m.start() for m in _COMMA.finditer(masked)]
    for cue in reversed(list(_ACCORDING_BACK_CUE.finditer(masked))):
        content_end = cue.start()
        while content_end and masked[content_end - 1].isspace():
            content_end -= 1
        if content_end == 0:
            continue
        found = _who_and_role(masked, cue.end(), trailing, commas)
        if found:
            return content_end, found
    return None


def end_at_next_speaker(masked: str, cues: list[LocalCue]) -> list[LocalCue]:
    """'…, suggesting that the host left, after Acme announced that …': a content ends where another
    cue's speaker begins inside it, without the connecting word. Speakers are looked up in
    position order (a bisect per cue), and the connector is trimmed from the cut backwards."""
    speakers = sorted((other.position, k) for k, other in enumerate(cues) if other.speaker is not None)
    positions = [position for position, _ in speakers]
    ended = []
    for k, cue in enumerate(cues):
        cut = None
        for position, other in speakers[bisect_right(positions, cue.start) :]:
            if position >= cue.end:
                break
            if other != k:
                cut = position
                break
        if cut is not None:
            cue = LocalCue(cue.speaker, cue.cue, cue.start, _without_trailing_connector(masked, cue.start, cut), cue.position)
        ended.append(cue)
    return ended


def _without_trailing_connector(masked: str, start: int, end: int) -> int:
    """Where masked[start:end] ends once trailing separators and connecting words are dropped
    (the run "(?:SEPARATORS+CONNECTOR)*SEPARATORS*$"), reading back from `end` only."""
    while True:
        while end > start and masked[end - 1] in _SEPARATORS:
            end -= 1
        word_start = end
        while word_start > start and masked[word_start - 1].isalpha():
            word_start -= 1
        if word_start == end or masked[word_start:end] not in _CONNECTOR_WORDS or word_start == start or (
            masked[word_start - 1] not in _SEPARATORS
        ):
            return end
        end = word_start


def according_alone(masked: str) -> SpeakerPhrase | None:
    """'According to a report by Reuters.' standing alone: its content is the previous sentence."""
    cue = _ACCORDING_ALONE_CUE.match(masked)
    if not cue:
        return None
    found = _who_and_role(masked, cue.end(), _trailing_start(masked), [m.start() for m in _COMMA.finditer(masked)])
    return who_of(masked[found.who[0] : found.who[1]]) if found else None
