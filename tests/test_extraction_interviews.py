"""Known-answer tests for question-and-answer interviews: paragraphs that open with "Q:" and "A:".
Each answer is a voice of the person interviewed, who is the person the article names most often
before its first question; the questions are the interviewer's and stay silent. With no one named,
or two people named as often, the answers are read as plain prose.

Every text here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text

INTERVIEW = """Ferry chief on the new fares

Ana Ruiz has run the Dover ferry for ten years. Ruiz spoke with the Gazette about the fares.

Q: Why did the fares go up?

A: Fuel costs doubled in a year, and we had no choice.

Q: Will they come down again?

A: I hope so, but not before the spring."""


def _voices(text: str) -> list[tuple[str, str, str]]:
    return [(v.speaker, v.kind, v.quote) for v in extract_voices("t", clean_plain_text(text))]


def test_each_answer_is_a_voice_of_the_person_interviewed():
    assert _voices(INTERVIEW) == [
        ("Ana Ruiz", "direct", "Fuel costs doubled in a year, and we had no choice."),
        ("Ana Ruiz", "direct", "I hope so, but not before the spring."),
    ]


def test_the_person_named_most_often_before_the_first_question_answers():
    text = INTERVIEW.replace("Ruiz spoke with the Gazette", "Her deputy, Tom Reyes, joined later. Ruiz spoke with the Gazette")
    assert {speaker for speaker, _, _ in _voices(text)} == {"Ana Ruiz"}


@pytest.mark.parametrize(
    "text",
    [
        # no one named before the questions: no one to give the answers to
        INTERVIEW.replace("Ana Ruiz has run the Dover ferry for ten years. Ruiz spoke", "The ferry's chief spoke"),
        # two people named as often: no telling who answers
        INTERVIEW.replace("Ana Ruiz has run the Dover ferry for ten years. Ruiz spoke",
                          "Ana Ruiz and Tom Reyes run the Dover ferry. They spoke"),
        # one question and one answer make no interview
        "Ferry chief\n\nAna Ruiz runs the Dover ferry.\n\nQ: Why did the fares go up?\n\nA: Fuel costs doubled in a year.",
        # an answer of a word or two says nothing to attribute
        INTERVIEW.replace("A: Fuel costs doubled in a year, and we had no choice.", "A: Fuel.").replace(
            "A: I hope so, but not before the spring.", "A: No."),
    ],
)
def test_answers_with_no_single_person_interviewed_find_nothing(text):
    assert _voices(text) == []
