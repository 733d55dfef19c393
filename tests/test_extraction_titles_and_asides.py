"""Known-answer tests for a title "of" a department with words before it ("former Secretary of State
Ana Ruiz", "Dover Director of Public Health Jo Li"), a title after dotted initials ("U.S. President
Ana Ruiz"), which opens no new sentence, a pair of speakers opened by "both", and a reported clause
whose subject runs past the first eight words before its verb.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a modifier, a place or dotted initials before "Title of Department", then a known given name
        ("Former Secretary of State Ana Ruiz said on Monday that the ferry vote was close.",
         [("Ana Ruiz", "Former Secretary of State")]),
        ("The ferry vote was close, former Secretary of State Ana Ruiz said.",
         [("Ana Ruiz", "former Secretary of State")]),
        ("“We counted twice,” said Deputy Secretary of State Tom Reyes.",
         [("Tom Reyes", "Deputy Secretary of State")]),
        ("Maine Secretary of State Jo Li announced Wednesday that turnout was a record.",
         [("Jo Li", "Maine Secretary of State")]),
        ("Dover Director of Public Health Ana Ruiz said the clinic would stay open.",
         [("Ana Ruiz", "Dover Director of Public Health")]),
        # a body "of" what it heads stays one organisation
        ("The Maine Department of Health said the clinic would stay open.",
         [("The Maine Department of Health", "")]),
    ],
)
def test_words_before_a_title_of_a_department(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no known given name ends the title: the whole title speaks, and no name is cut out of it
        ("Dover Director of Public Health said the clinic would stay open.",
         [("Dover Director of Public Health", "")]),
        # must find nothing: lower-case words before the title that are no modifier of a name
        ("Many hopes of the town said nothing.", []),
    ],
)
def test_a_title_of_a_department_without_a_name_or_a_modifier(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title and a name after "U.S." or "U.K." go on the phrase: the quote keeps its speaker
        ("“The vote was close,” U.S. President Ana Ruiz said on Monday.",
         [("Ana Ruiz", "direct", "The vote was close")]),
        ("“The vote was close,” said U.K. Secretary of State Tom Reyes.",
         [("Tom Reyes", "direct", "The vote was close")]),
        ("The vote was close, U.K. Ambassador Tom Reyes told reporters.",
         [("Tom Reyes", "indirect", "The vote was close")]),
        # a sentence that ends with "U.S." before an opener still ends there
        ("She moved back to the U.S. Then Ana Ruiz said the move was worth it.",
         [("Ana Ruiz", "indirect", "the move was worth it")]),
    ],
)
def test_a_title_after_dotted_initials(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "both" before two coordinated speakers: the pair speaks
        ("Both Ruiz and the Dover Ferry Company have long complained that the council ignores the harbour.",
         [("Ruiz and the Dover Ferry Company", "indirect", "the council ignores the harbour")]),
        ("Both the mayor and her deputy said the pier would reopen in May.",
         [("the mayor and her deputy", "indirect", "the pier would reopen in May")]),
        # must find nothing: "both" before one group that does not speak
        ("Both campaigns spent the week in Dover.", []),
    ],
)
def test_both_before_a_pair_of_speakers(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause's finite verb stands after the first eight words, before any mark
        ("Ana Ruiz argued the plan to fund the new pier by selling public land would fail.",
         [("Ana Ruiz", "indirect", "the plan to fund the new pier by selling public land would fail")]),
        ("Tom Reyes warned the decision to close the last two ferry routes on the island was a mistake.",
         [("Tom Reyes", "indirect", "the decision to close the last two ferry routes on the island was a mistake")]),
        # must find nothing: the verb belongs to a relative or subordinate clause, or stands after a mark
        ("Tom Reyes posted a video from a harbour meeting at which he was speaking in Dover.", []),
        ("Dock workers think twice before agreeing to the long shifts and rules that they might not need.", []),
        ("Ana Ruiz praised the crews of the old ferry to the island because they were always on time.", []),
        ("Ana Ruiz noted the long delay, the cost to the town and the anger of the crews had hurt her.", []),
    ],
)
def test_a_long_subject_before_the_contents_verb(text, expected):
    assert voices(text) == expected
