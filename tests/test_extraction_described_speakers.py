"""Known-answer tests for speakers whose description is long or names someone else: a name before an
appositive that runs past the subject window, a description whose participle takes a name as its
object ("a lawyer representing Ms. Vale"), and clergy and volunteers as group speakers.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices
from tests.test_extraction_news_verbs import voices_with_roles

_LONG_ROLE = ("executive director of Clean Water Now, a group that has backed the mayor and that has been sending "
              "its volunteers across the state to knock on doors for him")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the description and its relative clauses run past the subject window: the name before them speaks
        (f"Dana Keller, {_LONG_ROLE}, also said her group would join the march.",
         [("Dana Keller", _LONG_ROLE, "her group would join the march")]),
        # and a quote that goes on in the next sentence keeps her as its speaker
        (f"Dana Keller, {_LONG_ROLE}, said her group would join the march. \u201cWe will be there in numbers, "
         "and we will be loud,\u201d she said.",
         [("Dana Keller", _LONG_ROLE, "her group would join the march"),
          ("Dana Keller", _LONG_ROLE, "We will be there in numbers, and we will be loud")]),
        # a short appositive was read right before; it still is
        ("Dana Keller, executive director of Clean Water Now, said her group would join the march.",
         [("Dana Keller", "executive director of Clean Water Now", "her group would join the march")]),
    ],
)
def test_name_before_a_long_appositive(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the name after "backing" or "representing" is the object of the description, not its speaker
        ("One pastor backing Mr. Ortiz, Sam Whitby of Grace Chapel in Dover, said he had made dozens of calls.",
         [("Sam Whitby", "indirect", "he had made dozens of calls")]),
        ("A lawyer representing Ms. Vale said she would appeal the fine.",
         [("a lawyer representing Ms. Vale", "indirect", "she would appeal the fine")]),
        ("Lawyers representing Dana Vale said she would appeal the fine.",
         [("lawyers representing Dana Vale", "indirect", "she would appeal the fine")]),
        # an -ing word that is part of a title or describes the speaker leaves the name the speaker
        ("Ranking Democrat Ellen Marsh said the hearing was a farce.",
         [("Ellen Marsh", "indirect", "the hearing was a farce")]),
        ("Chief marketing officer Dana Wells said ferry sales had risen.",
         [("Dana Wells", "indirect", "ferry sales had risen")]),
        ("A still-struggling Harbor Freight said it would cut 300 jobs.",
         [("Harbor Freight", "indirect", "it would cut 300 jobs")]),
    ],
)
def test_description_whose_participle_names_someone_else(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A local pastor said the church would stay open through the storm.",
         [("a local pastor", "indirect", "the church would stay open through the storm")]),
        ("Two rabbis said they would skip the dinner.", [("two rabbis", "indirect", "they would skip the dinner")]),
        ("Volunteers said the shelter had run out of blankets.",
         [("volunteers", "indirect", "the shelter had run out of blankets")]),
        ("Rabbi Noa Levin, who leads the congregation, said the doors would stay open.",
         [("Noa Levin", "indirect", "the doors would stay open")]),
        # "patient" is an adjective as often as a person: it does not make a group
        ("Patient advocacy groups said the rules would delay treatment.",
         [("Patient advocacy groups", "indirect", "the rules would delay treatment")]),
        # must find nothing: a volunteer who is talked about, not talking
        ("The volunteers painted the shelter on Saturday.", []),
    ],
)
def test_clergy_and_volunteers_speak_as_groups(text, expected):
    assert voices(text) == expected
