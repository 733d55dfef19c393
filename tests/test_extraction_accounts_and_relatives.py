"""Known-answer tests for a platform's account as a speaker ("the official Pierline account"), a
subject set off by a relative clause before a participle's verb ("Holt, who …, reacted, saying"),
and a sentence ending in a comma that introduces the next paragraph's quote.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a platform's name before the account that posts; the line ending in a comma only introduces the quote
        ("Plainly delighted, the official Pierline account wrote on Sunday,\n\n"
         "“Dover, you set a new record for ferry bookings this week.”",
         [("the official Pierline account", "direct", "Dover, you set a new record for ferry bookings this week.")]),
        ("The official Pierline account posted that the app would add a night timetable.",
         [("the official Pierline account", "indirect", "the app would add a night timetable")]),
        # must find nothing: a name after a verb starts a new phrase
        ("The site showed Pierline offline for most of the day.", []),
        # the subject before a relative clause speaks through the participle after its own verb
        ("Holt, who found flaws in the ferry app, reacted quickly, saying, “The founder has answered none of it.”",
         [("Holt", "direct", "The founder has answered none of it.")]),
        ("The boaters, who met on Monday, voted, saying the fees were too high.",
         [("the boaters", "indirect", "the fees were too high")]),
        # a party tag between the name and the relative clause
        ("Sen. Ana Ruiz, D-Ore., who faces a tough race at home, withdrew her backing of the levy, saying it lacks "
         "support.", [("Ana Ruiz", "indirect", "it lacks support")]),
        # must find nothing: a document before the relative clause
        ("The report, which came out on Monday, was praised, saying nothing new.", []),
    ],
)
def test_accounts_and_subjects_before_a_relative_clause(text, expected):
    assert voices(text) == expected
