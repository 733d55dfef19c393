"""Known-answer tests for a participle that reports what the sentence's subject said: after a dash,
after a word of time ("before insisting", "after arguing that"), and with an adverb before it
("pointedly saying", "while also saying"). And the quantity words that never speak ("a little").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb between the comma or connector and the participle
        ("Harbour master Tove Lind closed the pier, pointedly saying the old crane was not safe.",
         [("Tove Lind", "indirect", "the old crane was not safe")]),
        ("Tove Lind left the meeting early, falsely claiming that the vote had been moved.",
         [("Tove Lind", "indirect", "the vote had been moved")]),
        ("\u201cWe will manage,\u201d Tove Lind said, while also saying that she expects a hard winter.",
         [("Tove Lind", "direct", "We will manage"), ("Tove Lind", "indirect", "she expects a hard winter")]),
        # a dash before the participle
        ("The union chief Bo Hallin brushed off the fare rise \u2014 saying the riders would not notice it.",
         [("Bo Hallin", "indirect", "the riders would not notice it")]),
        # a word of time before the participle: a clause is what was said
        ("Tove Lind cut the ribbon before insisting that the new pier would open in May.",
         [("Tove Lind", "indirect", "the new pier would open in May")]),
        ("Bo Hallin won the vote after arguing that the ferry fares were too high.",
         [("Bo Hallin", "indirect", "the ferry fares were too high")]),
        ("Bo Hallin lost his temper when telling reporters he had never seen the letter.",
         [("Bo Hallin", "indirect", "he had never seen the letter")]),
        # must find nothing: after a word of time an object is what was done, not said
        ("Tove Lind stopped giving talks before announcing her run for mayor.", []),
        ("Bo Hallin was fired after posting a photo of the harbour office.", []),
        ("Tove Lind waved to the crowd after saying goodbye to the crew.", []),
        ("Bo Hallin stood up, slowly saying nothing at all.", []),
    ],
)
def test_a_participle_after_a_dash_a_time_word_or_an_adverb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a little" is a quantity, not a speaker: the participle is the sentence subject's
        ("Tove Lind has expressed anger, and even a little fear, about the vote, telling one friend that she is unsure "
         "of the outcome.",
         [("Tove Lind", "indirect", "anger, and even a little fear, about the vote"),
          ("Tove Lind", "indirect", "she is unsure of the outcome")]),
        ("Bo Hallin gave a bit of ground, and a lot of time, to the crews, saying they had earned it.",
         [("Bo Hallin", "indirect", "they had earned it")]),
    ],
)
def test_a_quantity_word_is_no_speaker(text, expected):
    assert voices(text) == expected
