"""Known-answer tests for speakers whose description is long or names someone else: a name before an
appositive that runs past the subject window, a description whose participle takes a name as its
object ("a lawyer representing Ms. Vale"), clergy, volunteers and chiefs as group speakers, a long title
after an inverted cue, and phrases that are things or clauses ("some kind of deal might").

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


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long title before the name after an inverted cue, and a participle after it
        ("\u201cThe mayor never wanted a vote on it,\u201d wrote Herald city bureau chief Dana Wu, citing two council "
         "members. \u201cShe said the plan was already dead.\u201d",
         [("Dana Wu", "Herald city bureau chief", "The mayor never wanted a vote on it"),
          ("Dana Wu", "Herald city bureau chief", "two council members"),
          ("Dana Wu", "Herald city bureau chief", "She said the plan was already dead.")]),
        # a participle after an inverted speaker is no role
        ("\u201cThe mayor never wanted it,\u201d said Dana Wu, adding, \u201cShe said the plan was dead.\u201d",
         [("Dana Wu", "", "The mayor never wanted it"), ("Dana Wu", "", "She said the plan was dead.")]),
        # "chief" is a person: alone it heads a group, before another person noun it is a modifier
        ("The police chief said the road would reopen on Friday.",
         [("the police chief", "", "the road would reopen on Friday")]),
        ("\u201cWe are ready,\u201d said Scott Hale, the club's chief political strategist, who added that his "
         "group would focus on local races.",
         [("Scott Hale", "the club's chief political strategist", "We are ready"),
          ("Scott Hale", "the club's chief political strategist", "his group would focus on local races")]),
        # a name and its verb before a possessive are a clause, not a group ("Mr. Ubben called Acme's chief")
        ("Speaking on Monday, Mr. Ubben called Acme's chief executive, Jo Park, \u201cdriven\u201d and asserted "
         "that things were fine.", [("Ubben", "", "things were fine")]),
        # a group may still hold a participle before a possessive
        ("The fee was waived, according to a document provided by Jo Li's lawyer.",
         [("a document provided by Jo Li's lawyer", "", "The fee was waived")]),
    ],
)
def test_titles_and_participles_around_inverted_speakers(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # must find nothing: a phrase with a modal, or headed by "kind", is a clause or a thing, not a group
        ("Some kind of deal might be possible, the two sides have hinted.",
         [("the two sides", "indirect", "Some kind of deal might be possible")]),
        ("A sort of truce should hold, officials said.",
         [("officials", "indirect", "A sort of truce should hold")]),
    ],
)
def test_things_and_clauses_are_no_groups(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside that quotes someone's words leaves the name before it the speaker of the main verb
        ("Harbor chief Tom Reyes - who previously said he would \u201cshut down\u201d the pier for good - said at "
         "a meeting in Dover that the town should also close the old route.",
         [("Tom Reyes", "indirect", "the town should also close the old route")]),
        # must find nothing: a clause with a quote in it is no speaker phrase ("that he says" is a hedge)
        ("Reyes, who has run the pier for years, rallied workers against the \u201crigged fares\u201d that he says "
         "are set by the board.", []),
    ],
)
def test_name_before_an_aside_that_quotes(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after an inverted cue, a relative clause on a thing stays inside the group that speaks
        ("Many came for the cheap rents.\n\n\u201cAfter we came here, we saw it was all lies,\u201d said one owner of "
         "a shop that sells fishing gear, who asked not to be named.",
         [("one owner of a shop that sells fishing gear", "who asked not to be named",
           "After we came here, we saw it was all lies")]),
        # "known as" names the speaker, like "named" and "called"
        ("\u201cThere never was a stop order,\u201d said the harbor chief known as Bob, speaking for the first time.",
         [("Bob", "the harbor chief", "There never was a stop order")]),
        # must find nothing: a document with a relative clause is still no speaker without a name
        ("\u201cIt is over,\u201d said a report that the board released.", []),
    ],
)
def test_inverted_groups_with_a_clause_and_known_as(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time opening the sentence is no part of the speaker's role
        ("Earlier Tuesday, his campaign manager, Jeff Weaver, says the streak is proof the candidate can still win.",
         [("Jeff Weaver", "his campaign manager", "the streak is proof the candidate can still win")]),
        ("On Monday, the mayor, Ana Ruiz, said the pier was safe.", [("Ana Ruiz", "the mayor", "the pier was safe")]),
    ],
)
def test_opening_time_is_no_role(text, expected):
    assert voices_with_roles(text) == expected
