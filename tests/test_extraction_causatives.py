"""Known-answer tests for a speaker who is the object of a causative verb: "the vote led critics to say that …",
"the delay prompted the mayor to warn …". The one led or prompted to speak did speak; the one asked, urged or
encouraged may not have, and a negated or hypothetical causing reports nothing.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.verb_group import caused_to_speak
from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The late count led critics to say that the ballots had been rushed.",
         [("critics", "indirect", "the ballots had been rushed")]),
        ("The ferry delay prompted Mayor Ana Ruiz to warn that the budget would run dry.",
         [("Ana Ruiz", "indirect", "the budget would run dry")]),
        ("The closure has forced the harbor board to admit that two piers are unsafe.",
         [("the harbor board", "indirect", "two piers are unsafe")]),
        ("His remarks spurred some residents to argue the fare rise was unfair.",
         [("some residents", "indirect", "the fare rise was unfair")]),
        # an object pronoun speaks as its subject form, resolved like "she said"
        ("Tomas Berg lost the vote. The result led him to declare that he would run again.",
         [("Tomas Berg", "indirect", "he would run again")]),
        # must find nothing: no verb of speaking, a negated or hypothetical causing, a request, a journey
        ("The storm led officials to close the bridge.", []),
        ("The late count never prompted critics to say that the ballots were rushed.", []),
        ("A recount would have led critics to say that the ballots were rushed.", []),
        ("She asked the ferry company to say when the service would resume.", []),
        ("Berg drove the van to the harbor to say goodbye.", []),
        ("The report prompted questions about the count.", []),
    ],
)
def test_the_object_of_a_causative_verb_speaks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "before_to, expected",
    [
        ("The vote led critics ", ("critics", 13)),
        ("It prompted her ", ("she", 12)),
        ("It prompted the long-serving harbor master of the eastern docks ", ("the long-serving harbor master of the eastern docks", 12)),
        ("It hasn't prompted them ", None),
        ("It led, in the end, critics ", None),  # a comma between: not one object
        ("It led ", None),  # no object at all
        ("x" * 500 + " led critics ", ("critics", 505)),
    ],
)
def test_caused_to_speak_reads_the_object_right_before_to(before_to, expected):
    assert caused_to_speak(before_to + "to say that it rained.", len(before_to)) == expected
