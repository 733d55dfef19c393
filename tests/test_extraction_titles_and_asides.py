"""Known-answer tests for a title "of" a department with words before it ("former Secretary of State
Ana Ruiz", "Dover Director of Public Health Jo Li") and for a title after dotted initials ("U.S.
President Ana Ruiz"), which opens no new sentence.

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
