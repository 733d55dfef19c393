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


@pytest.mark.parametrize(
    "text, expected",
    [
        # the verb that puts the document out is no second voice, and the document is no content
        ("Ana Ruiz posted a statement saying that the pier would reopen in May.",
         [("Ana Ruiz", "indirect", "the pier would reopen in May")]),
        ("The union tweeted a message saying that the fares were unfair.",
         [("the union", "indirect", "the fares were unfair")]),
        # the document's words in quote marks after its comma
        ("Ana Ruiz issued a statement, \u201cThe pier will reopen in May.\u201d",
         [("Ana Ruiz", "direct", "The pier will reopen in May.")]),
        ("The union released a letter on Monday, \u201cOur members will not sail until the hull is fixed.\u201d",
         [("the union", "direct", "Our members will not sail until the hull is fixed.")]),
        ("His office put out a two-page statement late on Monday, \u201cThe pier will reopen in May.\u201d",
         [("his office", "direct", "The pier will reopen in May.")]),
        # must find nothing: no document noun, the document as a subject, no quote after the comma
        ("The council issued a permit, \u201cPier 4 only,\u201d to the vendors.", []),
        ("The statement the council issued, \u201cWe are closed for good,\u201d was short.", []),
        ("The council issued a statement, as it does every year.", []),
    ],
)
def test_one_voice_for_a_document_put_out(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject's own next verb ends what the document or the participle said
        ("Ana Ruiz issued a statement saying the fares were unfair and said the board would answer.",
         [("Ana Ruiz", "indirect", "the board would answer"), ("Ana Ruiz", "indirect", "the fares were unfair")]),
        ("Tom Reyes left the hall, saying the pier was old, but added that it could be saved.",
         [("Tom Reyes", "indirect", "it could be saved"), ("Tom Reyes", "indirect", "the pier was old")]),
        ("Tom Reyes left the hall, saying the pier was old but added nothing more.",
         [("Tom Reyes", "indirect", "the pier was old")]),
        # must stay whole: "and" joining two clauses of the content, not a verb of the subject's
        ("Tom Reyes left the hall, saying the fares were high and the pier was unsafe.",
         [("Tom Reyes", "indirect", "the fares were high and the pier was unsafe")]),
    ],
)
def test_a_joined_verb_ends_a_document_or_participle_content(text, expected):
    assert voices(text) == expected
