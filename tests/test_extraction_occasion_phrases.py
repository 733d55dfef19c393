"""Known-answer tests for a longer occasion between the cue verb and "that": where and when it was said
("said during a visit to a flooded depot in Marlow that …", with a place set off by commas, "in
Marlow, New Hampshire, that"), and the rest of a medium's phrase after it ("in an interview with the
museum that", "in a letter to the board that", "at a hearing of the committee on Monday that").
Also the relative clause that is no content: "that" followed by a verb in the past ("at a rally that
drew 200 people").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mayor Lena Brooks said during a visit to a flooded depot in Marlow that the city would rebuild the line.",
         [("Lena Brooks", "indirect", "the city would rebuild the line")]),
        ("Mayor Lena Brooks said Tuesday during a visit to a depot in Marlow, Kentucky, that the city would rebuild "
         "the line.",
         [("Lena Brooks", "indirect", "the city would rebuild the line")]),
        ("Ana Ruiz said at a rally outside the depot in Port Ellis, New Hampshire, that the fares would fall.",
         [("Ana Ruiz", "indirect", "the fares would fall")]),
        # the medium's phrase goes on past the medium noun
        ("Tomas Reyes said in an interview with the harbour museum that the cranes were never safe.",
         [("Tomas Reyes", "indirect", "the cranes were never safe")]),
        ("Tomas Reyes said in a letter to the board that the cranes were never safe.",
         [("Tomas Reyes", "indirect", "the cranes were never safe")]),
        ("Tomas Reyes said at a hearing of the transport committee on Monday that the cranes were never safe.",
         [("Tomas Reyes", "indirect", "the cranes were never safe")]),
        ("Ana Ruiz argued in a statement about the closure that the ferry should stay.",
         [("Ana Ruiz", "indirect", "the ferry should stay")]),
        # the short forms read as before
        ("Tomas Reyes said in an interview that the cranes were never safe.",
         [("Tomas Reyes", "indirect", "the cranes were never safe")]),
        ("Ana Ruiz wrote in a post on the union's page that the ferry should stay.",
         [("Ana Ruiz", "indirect", "the ferry should stay")]),
    ],
)
def test_occasion_before_that(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "that" + a past verb opens a relative clause on the occasion: nothing was said
        "Ana Ruiz spoke at a rally in Port Ellis that drew about 200 dock workers.",
        "Tom Reyes spoke at a dinner in the old ferry hall that raised money for the crews.",
        "Jo Park spoke during a meeting of the harbour board that went on past midnight.",
        # no "that" within reach: where it was said is not what was said
        "Tomas Reyes said in a letter to the board of the harbour trust of the northern district of the county.",
    ],
)
def test_occasion_without_content_finds_nothing(text):
    assert voices(text) == []
