"""Known-answer tests for a statement, letter or post put out by someone, whose words a participle
reports: "Ana Ruiz issued a statement saying …" is Ana Ruiz's voice, while "an ad saying …" stays
the ad's (no one named speaks).

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz issued a statement saying that the pier would reopen in May.",
         [("Ana Ruiz", "indirect", "the pier would reopen in May")]),
        ("The town released a statement Wednesday saying the mayor's remarks were false.",
         [("the town", "indirect", "the mayor's remarks were false")]),
        ("On Saturday, Ana Ruiz posted a short message on Sunday night warning that the ferry was full.",
         [("Ana Ruiz", "indirect", "the ferry was full")]),
        ("His office put out a statement saying the state \u201ccannot vet every refugee.\u201d",
         [("his office", "partial", "the state \u201ccannot vet every refugee.\u201d")]),
        # must find nothing: a statement with no words reported, and a participle that is the ad's
        ("The council issued a statement of concern about the ferry.", []),
        ("The council ran an ad saying the ferry was safe.", []),
    ],
)
def test_the_issuer_of_a_statement_speaks(text, expected):
    assert voices(text) == expected
