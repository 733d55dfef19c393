"""Known-answer tests for a cue verb whose particle takes the content as its object: "pointed to
the closure as proof", "pointed out the flaws in the budget" (cue_verbs.tsv: particle `out|to`,
object content). Not a gesture ("…, pointing to the pier,"), not an object that stands before
its verb ("the fees they point to with alarm").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz pointed to the closure of the ferry line as proof that the plan had failed.",
         [("Ana Ruiz", "indirect", "the closure of the ferry line as proof that the plan had failed")]),
        ("Dock leaders point to two pier closures in a single year.",
         [("Dock leaders", "indirect", "two pier closures in a single year")]),
        ("The harbour master has repeatedly pointed to the silt in the channel.",
         [("the harbour master", "indirect", "the silt in the channel")]),
        ("Tomas Lind also points out the gaps in the ferry budget.",
         [("Tomas Lind", "indirect", "the gaps in the ferry budget")]),
        # a that-clause after either particle, the participle's too
        ("Ruiz, pointing out that the pier was empty, said the trade was gone.",
         [("Ruiz", "indirect", "the trade was gone"), ("Ruiz", "indirect", "the pier was empty")]),
        ("Ruiz pointed out that the pier was empty.", [("Ruiz", "indirect", "the pier was empty")]),
    ],
)
def test_the_object_of_a_particle_is_what_was_said(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # must find nothing: a gesture, an object before its verb, no object, no speaker
        "Ruiz, pointing to the empty pier, walked on.",
        "The fees the dockers point to with alarm are rising again.",
        "All the signs point to a long strike at the docks.",
        "Ruiz pointed to.",
        "The arrow pointed toward the harbour.",
    ],
)
def test_a_gesture_or_a_missing_object_is_no_voice(text):
    assert voices(text) == []
