"""Broadcast and interview transcripts: paragraphs that open with the speaker's label.

  JANE ROE: We will reopen the pier.          SEN. ANA RUIZ (D-Ore.): Not this year.
  Roe: The council agreed.                    (a title-case label, once the article is a transcript)

A label alone proves little ("Update:", "Vale: pier unsafe" as a headline, "Iowa: ..." in a list),
so an article is read as a transcript only when at least two paragraphs open with labels in capitals
of at least two different speakers, each followed by a few words, or, in title case, when at least two
speakers (a surname counts as the full name before it) each open two such paragraphs or more. Each such
paragraph is one voice: the label speaks, the rest of the paragraph is what they said.

A question-and-answer interview ("Q: …" and "A: …" paragraphs, two of each or more) is read apart
(interview_answers): each answer is a voice of the person interviewed, who is named before the first
question, if at all. The questions are the interviewer's, and stay silent.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final, NamedTuple

# A label: up to four words, all capitals ("JAKE TAPPER", "SEN. ANA RUIZ") or each capitalised
# ("Ana Ruiz"), an optional role in brackets, then a colon and the speech on the same line.
# A transcript quoted in an article opens each paragraph with a quote mark ('"HOST: …'), as any quotation
# running over several paragraphs does; the mark is no part of the label, and a closing one no part of the speech.
_LABEL: Final = re.compile(
    r"[\"\u201c]?(?P<label>[A-Z][A-Za-z'’.\-]*(?: [A-Z][A-Za-z'’.\-]*){0,3})(?: \((?P<role>[^()\n]{1,60})\))?:[ \t]+(?=\S)")
_LABEL_REACH: Final = 80  # characters: a colon further into the paragraph closes no label
_SPOKEN_WORD: Final = re.compile(r"[A-Za-z][a-z'’]*")
_CLOSING_QUOTES: Final = ("\"", "\u201d")
_MIN_WORDS: Final = 3
_MIN_TURNS: Final = 2
_MIN_SPEAKERS: Final = 2
# Labels of a page's furniture, not of a speaker (compared in lower case).
_NOT_SPEAKERS: Final = frozenset("""q a update updated breaking note correction watch video photo photos related source sources
    advertisement subscribe credit credits graphic exclusive analysis opinion transcript begin end live timeline
    warning tags share listen caption""".split()) | {"editor's note", "read more", "click here", "filed under",
                                                     "begin video clip", "end video clip"}


class Turn(NamedTuple):
    """One labelled paragraph: the label (speaker) and role as written, where the label starts,
    and the offsets of the speech (to the paragraph's end)."""

    label: str
    role: str
    label_start: int
    start: int
    end: int


def speaker_name(label: str) -> str:
    """'JAKE TAPPER' -> 'Jake Tapper', 'SEN. ANA RUIZ' -> 'Sen. Ana Ruiz'; a title-case label as written."""
    if not label.isupper():
        return label
    return " ".join(word[:1] + word[1:].lower() for word in label.split())


def transcript_turns(paragraphs: list[tuple[int, str]]) -> list[Turn]:
    """The turns of a transcript, in order; none unless the article reads as one (see above)."""
    turns = []
    for start, paragraph in paragraphs:
        colon = paragraph.find(":", 0, _LABEL_REACH)
        if colon < 1:
            continue
        found = _LABEL.match(paragraph)
        if found is None or found.group("label").lower() in _NOT_SPEAKERS or len(found.group("label")) < 2:
            continue
        if len(_SPOKEN_WORD.findall(paragraph, found.end(), found.end() + 80)) < _MIN_WORDS:
            continue  # "CLINTON: 1,769.", "Iowa: Des Moines": a figure or a name, nothing said
        end = start + len(paragraph.rstrip())
        if found.start("label") and paragraph.rstrip()[-1:] in _CLOSING_QUOTES:
            end -= 1  # the quoted transcript's last paragraph closes the quotation
        turns.append(Turn(found.group("label"), found.group("role") or "", start, start + found.end(), end))
    # Capitals mark a transcript; title-case labels alone are as often a list ("Iowa: ...", "Clinton: 1,769"),
    # so without capitals it takes a dialogue: two speakers or more, each with two turns or more.
    shouted = [turn for turn in turns if turn.label.isupper()]
    if len(shouted) >= _MIN_TURNS and len({turn.label for turn in shouted}) >= _MIN_SPEAKERS:
        return turns
    by_speaker = Counter(turn.label.split()[-1] for turn in turns)  # "Ana Ruiz", then "Ruiz"
    return turns if sum(count >= _MIN_TURNS for count in by_speaker.values()) >= _MIN_SPEAKERS else []


_QUESTION_LABEL: Final = "Q:"
_ANSWER_LABEL: Final = "A:"


def interview_answers(paragraphs: list[tuple[int, str]]) -> tuple[int, list[Turn]]:
    """Where the first question of a question-and-answer interview starts and the turns of its
    answers ("A: Fuel costs doubled."), in order; (-1, []) unless two questions and two answers open
    paragraphs, each answer saying a few words."""
    questions, answers = [], []
    for start, paragraph in paragraphs:
        if paragraph.startswith(_QUESTION_LABEL):
            questions.append(start)
        elif paragraph.startswith(_ANSWER_LABEL):
            speech = len(paragraph) - len(paragraph[2:].lstrip())
            if len(_SPOKEN_WORD.findall(paragraph, speech, speech + 80)) >= _MIN_WORDS:
                answers.append(Turn("A", "", start, start + speech, start + len(paragraph.rstrip())))
    if len(questions) < _MIN_TURNS or len(answers) < _MIN_TURNS:
        return -1, []
    return questions[0], answers
