"""Known-answer tests for how coverage of platforms reports posts: a medium taken to before the cue ("took to Instagram to say that ...",
"took to social media on Sunday to announce ...": the subject of "took" speaks), and for the cue
verbs such posts often come with: "clarified that", "shared that", "announced" after a quote, and
"advised" after a quote (never "advised on a sale", a banker's work, nor "advised clients to ..."); and an
organisation's official account as the speaker ("official" there describes the account, not a person).

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Goalkeeper Ines Varga took to Instagram to say that she would leave the club in June.",
         [("Ines Varga", "indirect", "she would leave the club in June")]),
        ("The harbour board took to Facebook to clarify that no ferry would sail before noon.",
         [("the harbour board", "indirect", "no ferry would sail before noon")]),
        # a time, and a medium of two words, between the medium taken to and the cue
        ("Ines Varga took to social media on Sunday night to announce she was retiring.",
         [("Ines Varga", "indirect", "she was retiring")]),
        ("Ines Varga takes to the radio every Friday to argue that the stadium is too small.",
         [("Ines Varga", "indirect", "the stadium is too small")]),
        # a direct quote after the infinitive cue
        ("Ines Varga took to X to write, “Thank you for eleven wonderful years.”",
         [("Ines Varga", "direct", "Thank you for eleven wonderful years.")]),
    ],
)
def test_the_one_who_took_to_a_medium_speaks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no cue verb after the medium: a protest, a habit, a farewell
        "Fans took to the streets to protest the closure of the stadium.",
        "Ines Varga took to running in the mornings to clear her head.",
        "Ines Varga took to the stage to say goodbye to the crowd.",
        # "took" with an object, not "took to": a trip, and what was said on it is not reported
        "Ines Varga took the ferry to Dover to tell her sister in person.",
        # a comma ends the phrase: the second clause has a subject of its own, which says nothing here
        "Ines Varga took to the stage, and the crowd stood to sing along.",
    ],
)
def test_taking_to_without_a_reported_cue_finds_nothing(text):
    assert voices(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The club later clarified that Ines Varga had not been sold.",
         [("the club", "indirect", "Ines Varga had not been sold")]),
        ("“Bring a coat, the stands are cold in March,” the stadium manager Ole Brandt advised.",
         [("Ole Brandt", "direct", "Bring a coat, the stands are cold in March")]),
        # must find nothing: advice given as work, or as an order with an infinitive; a clarified thing
        ("Northgate Partners advised on the sale of the stadium to a pension fund.", []),
        ("Ole Brandt advised season-ticket holders to arrive an hour early.", []),
        ("The rules were clarified in a letter that the league sent to every club.", []),
    ],
)
def test_clarified_and_advised(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ines Varga shared on her Facebook page that she had signed for a club in Porto.",
         [("Ines Varga", "indirect", "she had signed for a club in Porto")]),
        ("Many season-ticket holders shared that they would not renew.",
         [("many season-ticket holders", "indirect", "they would not renew")]),
        ("“The queue keeps growing,” club chairman Ole Brandt announced.",
         [("Ole Brandt", "direct", "The queue keeps growing")]),
        # must find nothing: what is shared is a thing, not words; a quoted phrase shared is a view held
        ("The two clubs shared the cost of the new stand.", []),
        ("Ines Varga shared a post that mocked the league.", []),
        ("Ines Varga and Ole Brandt shared “the same dream” for the club.", []),
        ("Club shares fell by a third after the sale.", []),
        # a preposition after "share" says with whom or how long, never what was said
        ("Fans should think about the data they share with ticket apps.", []),
        ("The two clubs shared for a while, then split the ground.", []),
    ],
)
def test_shared_that_and_announced(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Anyone else up this early?” wrote the club’s official account.",
         [("the club’s official account", "direct", "Anyone else up this early?")]),
        ("“We have no idea what we are doing,” replied Northgate's official account.",
         [("Northgate's official account", "direct", "We have no idea what we are doing")]),
        # "official" as a person still speaks
        ("“The stand will reopen in May,” said a senior official.",
         [("a senior official", "direct", "The stand will reopen in May")]),
        ("“The stand will reopen in May,” said an official familiar with the plans.",
         [("an official familiar with the plans", "direct", "The stand will reopen in May")]),
    ],
)
def test_an_official_account_speaks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what a quote is read from: an announcement, a comment, a reply, a caption (and "one comment", not only "a")
        ("“Every fan who renews gets a free scarf,” the announcement reads.",
         [("the announcement", "direct", "Every fan who renews gets a free scarf")]),
        ("“Worst signing of the decade,” one comment read.", [("one comment", "direct", "Worst signing of the decade")]),
        ("The caption read, “Last home game of the season.”",
         [("the caption", "direct", "Last home game of the season.")]),
        # must find nothing: a sign, or a person reading aloud, is no source of the words
        ("“No entry after dark,” a sign read.", []),
        ("The coach read, “Last home game of the season.”", []),
    ],
)
def test_quotes_read_from_posts_and_notices(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named body, then ", which said": the body speaks, to the clause's end (a number's comma inside)
        ("Fans moved to Pinbox, which said it had added 2,000 accounts in a day.",
         [("Pinbox", "indirect", "it had added 2,000 accounts in a day")]),
        ("The fare rise was criticised by the riders' group Harbour Watch, which says that the ferry loses no money.",
         [("Harbour Watch", "indirect", "the ferry loses no money")]),
        # a body named by its noun ("the harbour board", "the ferry company") speaks as well
        ("The ruling hurt the harbour board, which argued that the files held trade secrets.",
         [("the harbour board", "indirect", "the files held trade secrets")]),
        ("The ferry company, which said the fares would rise, lost its licence.",
         [("the ferry company", "indirect", "the fares would rise")]),
        # must find nothing: a document or a thing before "which", a court case, "which" inside the content
        ("The report, which said fares would double, was never published.", []),
        ("The fares rose after the new survey, which said the pier was unsafe.", []),
        ("The clause was struck down in Lund v. Harbour Board, which denied the company's claim.", []),
        ("She moved to Lisbon, which she says was the best decision of her life.", []),
    ],
)
def test_a_named_body_which_said(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue form that is a noun too ("comment", "report", "post"), after a determiner or before the verb
        ("“Worst signing of the decade,” another comment on the forum read.",
         [("another comment on the forum", "direct", "Worst signing of the decade")]),
        ("“Attendance fell by a third,” the league report said.",
         [("the league report", "direct", "Attendance fell by a third")]),
        # still verbs: a plural subject before "comment", and "said" before a participle or a noun
        ("“Worst signing of the decade,” critics comment.", [("critics", "direct", "Worst signing of the decade")]),
        ("“We will not sell,” Ines Varga said answering a question from the floor.",
         [("Ines Varga", "direct", "We will not sell")]),
        ("“We will not sell,” Ines Varga told state broadcasters.",
         [("Ines Varga", "direct", "We will not sell")]),
    ],
)
def test_a_cue_word_that_is_a_noun_after_a_quote(text, expected):
    assert voices(text) == expected
