"""Known-answer tests for a cue inside an opening clause of time ("After Tom Reyes said A, Ana Ruiz
replied, “…”": A ends at the clause's comma), a cue verb with "back" before its quote ("shot back, “…”"),
a list inside a speaker's aside ("Many speakers — including pilots, fishermen, teachers — said"), and an
outlet and a job noun before a name ("Gazette columnist Ana Ruiz, …, calls the plan “…”"), and a person
identified as a name ("A woman later identified as Ana Ruiz, an activist, demanded"), and a verb of going
somewhere or taking an occasion before "to say" ("took the stage to say").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.speakers import parse_speaker
from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("After Gov. Tom Reyes said the plan was bad, Ana Ruiz replied, “I could have stayed home.”",
         [("Ana Ruiz", "direct", "I could have stayed home."), ("Tom Reyes", "indirect", "the plan was bad")]),
        ("Before Tom Reyes said the plan was bad, Ana Ruiz said it was good.",
         [("Tom Reyes", "indirect", "the plan was bad"), ("Ana Ruiz", "indirect", "it was good")]),
        ("Until Tom Reyes said the pier was safe, the crews stayed home.",
         [("Tom Reyes", "indirect", "the pier was safe")]),
        # a time phrase that is no clause ends nothing: the content keeps its own commas
        ("Before the vote, Ana Ruiz said the plan, which was late, was bad.",
         [("Ana Ruiz", "indirect", "the plan, which was late, was bad")]),
    ],
)
def test_a_cue_inside_an_opening_clause_of_time(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("When Tom Reyes said the plan was bad, Ana Ruiz shot back, “I could have stayed home.”",
         [("Ana Ruiz", "direct", "I could have stayed home."), ("Tom Reyes", "indirect", "the plan was bad")]),
        ("Tom Reyes wrote back, “We will be there.”", [("Tom Reyes", "direct", "We will be there.")]),
        # must find nothing: "back" after a verb that names no speech
        ("Tom Reyes came back, “tired” and hungry.", []),
    ],
)
def test_a_cue_verb_with_back_before_its_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "chunk, text, role",
    [
        ("Many speakers at the vigil — including pilots, fishermen, teachers",
         "many speakers at the vigil", "including pilots, fishermen, teachers"),
        ("Three papers, including the Gazette, the Post and the Courier",
         "three papers", "including the Gazette, the Post and the Courier"),
    ],
)
def test_a_list_after_including_is_the_groups_role(chunk, text, role):
    phrase = parse_speaker(chunk)
    assert (phrase.text, phrase.role) == (text, role)


def test_the_last_name_of_an_including_list_is_no_speaker():
    assert voices("Many speakers at the vigil — including pilots, fishermen, teachers — said the loss was painful.") == [
        ("many speakers at the vigil", "indirect", "the loss was painful")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Washington Gazette columnist Ana Ruiz, a speechwriter in Tom Reyes’s White House, calls the plan "a slow disaster."',
         [("Ana Ruiz", "Washington Gazette columnist, a speechwriter in Tom Reyes’s White House")]),
        ('Gazette columnist Ana Ruiz calls the plan "a slow disaster for the coast."', [("Ana Ruiz", "Gazette columnist")]),
        # a noun with no name after it stays the speaker
        ('The Gazette editor called the plan "a slow disaster for the coast."', [("the Gazette editor", "")]),
    ],
)
def test_an_outlet_and_a_job_noun_before_a_name(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A woman later identified as Ana Ruiz, an activist for a harbour group, demanded to know whether the mayor "
         "would resign.", [("Ana Ruiz", "a woman, an activist for a harbour group")]),
        ("A man identified as Tom Reyes said the pier was unsafe.", [("Tom Reyes", "a man")]),
        # a described person who is no name stays as the phrase reads
        ("One protester, identified only as a teacher, said the pier was unsafe.",
         [("one protester", "identified only as a teacher")]),
    ],
)
def test_a_person_identified_as_a_name(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz took the stage to say the pier would reopen.", [("Ana Ruiz", "indirect", "the pier would reopen")]),
        ("Ana Ruiz went on local radio to say the pier would reopen.", [("Ana Ruiz", "indirect", "the pier would reopen")]),
        ("Ana Ruiz stood up at the meeting to say the pier would reopen.", [("Ana Ruiz", "indirect", "the pier would reopen")]),
        ("Ana Ruiz called the Gazette to say the pier would reopen.", [("Ana Ruiz", "indirect", "the pier would reopen")]),
        # must find nothing: others are asked to speak, a plan, or a clause of its own before "to"
        ("Ana Ruiz called on the council to say the pier would reopen.", []),
        ("Ana Ruiz came to say the pier would reopen.", []),
        ("Ana Ruiz went home and tried to say the pier would reopen.", []),
    ],
)
def test_a_verb_of_going_or_taking_an_occasion_before_to_say(text, expected):
    assert voices(text) == expected
