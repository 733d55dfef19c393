"""Known-answer tests for words a parser would tag and these rules must tell apart by shape: an
ordinal inside a body's name ("the 6th Circuit"), "state" as an adjective ("most state laws"),
"that" as a determiner before a noun for what was said ("repeated that claim on Monday"), the
subject of a participle after a second clause ("Police charged the driver and Mayor Ana Ruiz fired
the chief, saying …"), an addressee that a name possesses ("told the Gazette's weekly show it …"),
"many" before a plural noun the tables do not list ("Many fishermen say"), an article and words
describing a name ("The more moderate Ruiz"), "That is why critics say", a second verb inside a
relative clause ("Ruiz, who backed Reyes and said …,"), and the -ing forms of speech acts after a
comma ("…, contending that", "…, alleging that").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. Court of Appeals for the 6th Circuit said the law was valid.",
         [("the U.S. Court of Appeals for the 6th Circuit", "")]),
        ("The 2nd Marine Division said the base was safe.", [("the 2nd Marine Division", "")]),
        # an ordinal before a title stays with the title
        ("Air Force 1st Lt. Tom Reyes said the base was ready.", [("Lt. Tom Reyes", "Air Force 1st")]),
    ],
)
def test_an_ordinal_inside_a_name(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "state" before a noun it modifies is no cue: the interjected cue speaks
        ("After the court backed the law six years ago, Lund said, most state laws were thought to be safe.",
         [("Lund", "indirect", "After the court backed the law six years ago, Lund said, most state laws were thought to "
                               "be safe")]),
        ("The ferry's fans in state fairs cheered.", []),
        # "state" as a verb is read as before
        ("The rules state that pilots must rest.", [("the rules", "indirect", "pilots must rest")]),
        ("State officials state that the fees were paid.", [("State officials", "indirect", "the fees were paid")]),
    ],
)
def test_state_as_an_adjective(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # must find nothing: "that" is the determiner of the thing repeated, and nothing more is said
        ("Ruiz repeated that claim on Monday.", []),
        ("Ruiz echoed that message.", []),
        ("Many pilots say they expect a fight. Tom Lund reiterated that view in an interview last week, saying the "
         "town was committed to the ferry.",
         [("many pilots", "indirect", "they expect a fight"),
          ("Tom Lund", "indirect", "the town was committed to the ferry")]),
        # "that" before such a noun and its verb opens the content as before
        ("Ruiz said that view is wrong.", [("Ruiz", "indirect", "view is wrong")]),
    ],
)
def test_that_before_a_noun_for_what_was_said(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police charged the driver and Mayor Ana Ruiz fired the harbour chief, saying the town had lost trust.",
         [("Ana Ruiz", "indirect", "the town had lost trust")]),
        ("Ruiz thanked the crew and Mayor Tom Lund praised them, saying the pier would reopen.",
         [("Tom Lund", "indirect", "the pier would reopen")]),
        # one subject of two names, and an object of two names: the first clause's subject speaks
        ("Ruiz and Reyes met the crew, saying the pier would reopen.", [("Ruiz and Reyes", "indirect", "the pier would reopen")]),
        ("Ruiz met Lund and Reyes last week, saying the pier would reopen.", [("Ruiz", "indirect", "the pier would reopen")]),
    ],
)
def test_the_subject_of_a_participle_after_a_second_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ruiz told the Gazette's weekly show the pier was unsafe.", [("Ruiz", "indirect", "the pier was unsafe")]),
        ("Ruiz told Dover Radio's morning show it was time to go.", [("Ruiz", "indirect", "it was time to go")]),
    ],
)
def test_an_addressee_a_name_possesses(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "many" counts people as "some" and "several" do, before a noun the tables do not list
        ("Many fishermen say the fees are too high.", [("many fishermen", "indirect", "the fees are too high")]),
        ("Many pilots said they expected a fight.", [("many pilots", "indirect", "they expected a fight")]),
        # must find nothing: a noun for a time or a document is no speaker
        ("Many times say nothing.", []),
        ("Many reports say the fees are too high.", []),
    ],
)
def test_many_before_an_unlisted_plural_noun(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an article and words describing the person named after them
        ("The more moderate Ruiz has argued that her rating is far higher than her rivals.",
         [("Ruiz", "indirect", "her rating is far higher than her rivals")]),
        # a body keeps its words
        ("Ferry takings fell, according to the state Division of Harbor Revenue.",
         [("the state Division of Harbor Revenue", "indirect", "Ferry takings fell")]),
        # "That is why" opens the clause whose subject speaks; the content runs to the sentence's end
        ("That is why critics say he had tried to shut the pier.", [("critics", "indirect", "he had tried to shut the pier")]),
        # a second verb inside a relative clause: the person before ", who" speaks, to the clause's end
        ("Ruiz, who backed Reyes in late May and said she would campaign with him, did not show up.",
         [("Ruiz", "indirect", "she would campaign with him")]),
        ("Ruiz met Reyes, who runs the ferry and said the fees were fair.", [("Reyes", "indirect", "the fees were fair")]),
        # a relative clause closed before the verb: the sentence's subject, as before
        ("Ruiz, who runs the ferry, met voters and said the fees were fair.", [("Ruiz", "indirect", "the fees were fair")]),
    ],
)
def test_described_names_reasons_and_relative_clauses(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # speech acts whose -ing form after a comma lets the subject speak
        ("Two pilots, Tom Reyes and Jo Li, challenged the fee, contending that it was unfair.",
         [("Tom Reyes and Jo Li", "indirect", "it was unfair")]),
        ("The union sued the port, alleging that it broke the law.", [("the union", "indirect", "it broke the law")]),
        ("Ruiz denied it, maintaining that she had paid.", [("Ruiz", "indirect", "she had paid")]),
        ("Reyes hit back, countering that the fees were fair.", [("Reyes", "indirect", "the fees were fair")]),
        # must find nothing: the same forms without a content, or a hint the writer draws
        ("Ruiz fixed the pier, maintaining the old rails.", []),
        ("Acme beat forecasts, reporting record profits.", []),
        ("Ruiz spoke for an hour, hinting the plan might fail.", []),
    ],
)
def test_participles_of_speech_acts(text, expected):
    assert voices(text) == expected
