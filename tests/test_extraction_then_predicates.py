"""Known-answer tests for a second predicate joined by a comma and "then" ("Ana Ruiz visited the pier,
then said …"), whose speaker is the clause's subject as after "and", in reported speech and before a
quote; and for "as" with a bare singular role ("her tenure as secretary of state"), which says in what
capacity and names no speaker.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz visited the harbour on Monday, then said she would not run again.",
         [("Ana Ruiz", "indirect", "she would not run again")]),
        ("Ana Ruiz thanked the crews, then told reporters she would not run again.",
         [("Ana Ruiz", "indirect", "she would not run again")]),
        # the role in the first predicate is not the speaker
        ("Ana Ruiz offered the pilot a job as harbour inspector, then said she would not run again.",
         [("Ana Ruiz", "indirect", "she would not run again")]),
        ("Ana Ruiz named Tom Reyes as her chief of staff, then said she would not run again.",
         [("Ana Ruiz", "indirect", "she would not run again")]),
        ('Tom Reyes paused, then said, "We will rebuild it."', [("Tom Reyes", "direct", "We will rebuild it.")]),
        # a speaker with a relative clause before the comma is still read whole
        ('Co-host Lina Park, who was off camera, then sharply asked, "Really?"', [("Lina Park", "direct", "Really?")]),
        ("Lina Park, who was away that week, then said the pier would close.",
         [("Lina Park", "indirect", "the pier would close")]),
        # "and" as before
        ("Ana Ruiz offered the pilot a job as harbour inspector and said she would not run again.",
         [("Ana Ruiz", "indirect", "she would not run again")]),
        # "then" opening a new clause with its own subject, and "then" in an appositive
        ("First the crews left, then the mayor said the pier was closed.", [("the mayor", "indirect", "the pier was closed")]),
        ("Ana Ruiz, then the harbour master, said the pier was safe.", [("Ana Ruiz", "indirect", "the pier was safe")]),
    ],
)
def test_then_joins_a_second_predicate(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crews waited for an hour, then said nothing.",
        # "as" + a bare singular role: a capacity, never the speaker
        "Several judges handling lawsuits about her tenure as secretary of state have said the records should be "
        "released.",
        "Several judges handling lawsuits over the mayor's tenure as harbour commissioner have cited the storm as a "
        "reason to delay.",
    ],
)
def test_then_and_capacity_find_nothing(text):
    assert voices(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # "as" before a determiner, a plural noun or a name opens a clause with its speaker
        ("The pier will close, as the mayor noted.", [("the mayor", "indirect", "The pier will close")]),
        ("The pier will close, as officials have said.", [("officials", "indirect", "The pier will close")]),
        ("As police said, the van was empty.", [("police", "indirect", "the van was empty")]),
        ("As harbour master Tom Reyes said, the pier will close.", [("Tom Reyes", "indirect", "the pier will close")]),
    ],
)
def test_as_before_a_speaker_still_reads_it(text, expected):
    assert voices(text) == expected
