"""Known-answer tests for subjects past the ordinary reach of a speaker phrase: a person's name
whose appositive runs over several clauses before the cue verb.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a job, then a body with its acronym and two relative clauses set off by dashes
        ("Dana Holt, communications director of the harbour alliance Pier Watch, or PW - which was set up by a former "
         "mayor of the town after the great storm of 2009 and which has backed the levy on moorings ever since - said "
         "the board has several options.",
         [("Dana Holt", "indirect", "the board has several options")]),
        # a relative clause of over two hundred characters, closed by a comma before "has said"
        ("Mrs. Ruiz, who stayed on the harbour council for two more terms in spite of a lost vote on the pier and its "
         "pilings and loud calls from the marina owners and the night ferry crews to step down, has said she will not "
         "ask Holt to leave.",
         [("Ruiz", "indirect", "she will not ask Holt to leave")]),
        # must find nothing new: a clause after the name's first comma is no appositive ...
        ("The Harbour Board, by contrast, offers boat owners a vote over the moorings they rent and the fees they pay "
         "each year, through ballots and hearings held every spring and autumn, say residents.",
         [("residents", "indirect", "The Harbour Board, by contrast, offers boat owners a vote over the moorings they "
           "rent and the fees they pay each year, through ballots and hearings held every spring and autumn")]),
        # ... nor is a long subject with no comma or dash closing it before the verb
        ("Ana Ruiz, who led the board for a decade, lost ground to Tom Reyes among the dock workers and the ferry crews "
         "and the fish market traders over the long summer of talks about the pier and its pilings reported to the "
         "council last week.", []),
        # ... nor a place described at length
        ("Port Ellis, a town that grew into a stop for ferry passengers from the islands and the mainland alike over "
         "the last twenty years of the long boom in the harbour trade, announced on Monday that the pier will reopen.",
         []),
    ],
)
def test_a_name_before_a_long_appositive_speaks(text, expected):
    assert voices(text) == expected
