"""Known-answer tests for a capitalised title standing alone as the speaker ("the Ambassador said",
"the Secretary of State said", "Norway's Ambassador to Chile confirmed"), as the lower-case forms
already were, and for a later "the detective" referring back to the titled person. A family name that is
also a word ("Layla King") stays a name.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ferry will stop running in May, the Ambassador said.",
         [("the Ambassador", "indirect", "The ferry will stop running in May")]),
        ("The ferry will stop running in May, the Ambassador to Chile said.",
         [("the Ambassador to Chile", "indirect", "The ferry will stop running in May")]),
        ("The ferry will stop running in May, the Secretary of State said.",
         [("the Secretary of State", "indirect", "The ferry will stop running in May")]),
        ("The ferry will stop running in May, Norway's Ambassador to Chile confirmed.",
         [("Norway's Ambassador to Chile", "indirect", "The ferry will stop running in May")]),
        ("The van was found at dawn, the Inspector said.", [("the Inspector", "indirect", "The van was found at dawn")]),
        # the lower-case forms read as before
        ("The ferry will stop running in May, the ambassador said.",
         [("the ambassador", "indirect", "The ferry will stop running in May")]),
    ],
)
def test_capitalised_title_as_speaker(text, expected):
    assert voices(text) == expected


def test_the_detective_is_the_titled_person_named_before():
    text = "Detective Ana Ruiz said the van had been found. The detective said it was empty."
    assert speakers_and_roles(text) == [("Ana Ruiz", "Detective"), ("Ana Ruiz", "Detective")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Layla King, a ferry pilot, spoke first. The crossing was rough, King said.",
         [("Layla King", "indirect", "The crossing was rough")]),
        ("Tom Pope, a harbour guide, said the tours would resume.", [("Tom Pope", "indirect", "the tours would resume")]),
    ],
)
def test_family_names_that_are_words_stay_names(text, expected):
    assert voices(text) == expected
