"""Known-answer tests for a named body with an appositive ("The Gazette, a local paper,"), two people
joined by "and" each with a place ("Tom Reyes of Maine and Ana Ruiz of Ohio"), a group described
before a pair of names, a speaker opened by a demonstrative ("That official said"), "Now that" as a
subordinator, a set phrase of time between a subject and its verb ("Ruiz at the time said"), a
phrase after the verb before "that" ("has said from the start that"), and a speaker after "and"
that closes a clause ("the agency declined to comment and council aides later said").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named body, then a description of it: the body speaks, the description is its role
        ("The Gazette, a local newspaper, revealed that the pier had failed two checks.",
         [("the Gazette", "a local newspaper")]),
        ("The Harbour Trust, an advocacy group, said the fees were too high.",
         [("the Harbour Trust", "an advocacy group")]),
        ("The Tides, the town's only pub, said it would close early.", [("the Tides", "the town's only pub")]),
        # a person's appositive is read as before
        ("Jo Li, a pilot, said the fees were too high.", [("Jo Li", "a pilot")]),
    ],
)
def test_a_named_body_and_its_description(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two people, each with a place, after a plural title or none
        ("Sens. Tom Reyes of Maine and Ana Ruiz of Ohio also said they would back the bill.",
         [("Tom Reyes and Ana Ruiz", "Sens.")]),
        ("Tom Reyes of Maine and Ana Ruiz of Ohio said they would back the bill.", [("Tom Reyes and Ana Ruiz", "")]),
        # a group, then the pair it names
        ("The mayor's leading rivals, Tom Reyes and Ana Ruiz, said the plan was bad.",
         [("Tom Reyes and Ana Ruiz", "the mayor's leading rivals")]),
        ("Two pilots, Tom Reyes and Ana Ruiz, said the pier was unsafe.", [("Tom Reyes and Ana Ruiz", "two pilots")]),
        # one person of a body whose name holds "and": no second person without a known given name
        ("Jo Li of Smith and Wesson said the bill was bad.", [("Jo Li", "of Smith and Wesson")]),
        ("Jo Li of Procter and Gamble said the bill was bad.", [("Jo Li", "of Procter and Gamble")]),
    ],
)
def test_two_people_joined_by_and(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reyes will rethink his plan, a source close to him said. That person said the crews had lost faith.",
         [("a source close to him", "indirect", "Reyes will rethink his plan"),
          ("That person", "indirect", "the crews had lost faith")]),
        ("That official said the pier would reopen in May.", [("That official", "indirect", "the pier would reopen in May")]),
        ("That spokesman told the Gazette the pier was unsafe.", [("That spokesman", "indirect", "the pier was unsafe")]),
        # must find nothing: "That" before a plural opens a clause, not a speaker
        ("That officials said nothing surprised many.", []),
        ("She knew that pilots said the pier was unsafe.", []),
    ],
)
def test_a_demonstrative_before_a_person_noun(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Now that Ana Ruiz has claimed that the pier is unsafe, the board must act.",
         [("Ana Ruiz", "indirect", "the pier is unsafe")]),
        ("Now that the pier is shut, Ana Ruiz said the town would lose money.",
         [("Ana Ruiz", "indirect", "the town would lose money")]),
    ],
)
def test_now_that_opens_a_subordinate_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruiz at the time said she had asked her staff to look into the fees.",
         [("Ruiz", "indirect", "she had asked her staff to look into the fees")]),
        ("Ruiz at first said the pier was safe.", [("Ruiz", "indirect", "the pier was safe")]),
        ("Jo Li in the past has said the pier was safe.", [("Jo Li", "indirect", "the pier was safe")]),
        ("Jo Li back then argued the pier was safe.", [("Jo Li", "indirect", "the pier was safe")]),
        # a place after the subject is still part of it
        ("The crew at the dock said the pier was safe.", [("the crew at the dock", "indirect", "the pier was safe")]),
        # must find nothing: no subject before the phrase, or no cue after it
        ("At the time said nothing.", []),
        ("The boats at the time sailed late.", []),
    ],
)
def test_a_set_phrase_of_time_before_the_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruiz, in the past, said the pier was safe.", [("Ruiz", "")]),
        ("The mayor, at the time, said the pier was safe.", [("the mayor", "")]),
    ],
)
def test_a_time_between_commas_is_no_role(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("His costs have varied, but he has said from the start that the town will pay for the wall.",
         [("he", "indirect", "the town will pay for the wall")]),
        ("Ruiz said over the weekend that the pier would reopen.", [("Ruiz", "indirect", "the pier would reopen")]),
        # an ordinal time ("for the first time") is a circumstance, alone or after others
        ("The port authority said for the first time that the pier would close in May.",
         [("the port authority", "indirect", "the pier would close in May")]),
        ("Ruiz told reporters on Friday for the second time that the fares were too high.",
         [("Ruiz", "indirect", "the fares were too high")]),
        ("Ruiz said for the last time since 2019 that she would not run.", [("Ruiz", "indirect", "she would not run")]),
        # must find nothing: a relative "that" after the phrase opens no content
        ("Ruiz spoke with the calm that comes from long years at sea.", []),
        ("Ruiz wrote from a cell that had no window.", []),
        ("Ruiz spoke from the heart that day.", []),
        ("Ruiz said for the first time.", []),
        ("Ruiz crossed the bridge for the first time that week.", []),
    ],
)
def test_a_phrase_between_the_verb_and_that(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # inside an opening subordinate clause: the content ends at the clause's comma
        ("Although the agency declined to comment and council aides later said the remark was not based on any talk, "
         "it showed the split.", [("council aides", "indirect", "the remark was not based on any talk")]),
        ("The plan failed and he said it was a shame.", [("he", "indirect", "it was a shame")]),
        # must find nothing: a group after "and" that a relative clause follows has no cue of its own
        ("He won over voters like pilots and ferry families, which in a harbour state like Maine are important.", []),
    ],
)
def test_a_speaker_after_and_closing_a_clause(text, expected):
    assert voices(text) == expected
