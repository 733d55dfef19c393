"""Known-answer tests for word shapes of speakers and cue verbs: a dotted acronym after "the", person nouns after a prefix
("co-founder", "ex-wife"), two titles of one person joined by "and", cue verbs whose content may
follow with no "that", and "reports" / "claims" as nouns before a phrase of their own.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.speakers import parse_speaker
from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person noun after co-, ex- or vice- heads a speaker phrase as the noun alone does
        ("In a blog post, the co-founder of the Pinbox app said that downloads had doubled overnight.",
         [("the co-founder of the Pinbox app", "indirect", "downloads had doubled overnight")]),
        ("The co-hosts said the show would end in May.",
         [("the co-hosts", "indirect", "the show would end in May")]),
        ("His ex-wife contended that the court had no right to her letters.",
         [("his ex-wife", "indirect", "the court had no right to her letters")]),
        ("Kall -- co-editor of Harbour Life, a magazine about boats -- said the pier was unsafe.",
         [("Kall", "indirect", "the pier was unsafe")]),
        # must find nothing: a prefix that is no person's ("so-called" modifies, "co-op" is a shop)
        ("The co-op said nothing.", []),
    ],
)
def test_a_person_noun_after_a_prefix(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "chunk, speaker, role",
    [
        # two titles of one person: a bare singular title, "and", a title before the name
        ("Pinbox co-founder and CEO Lena Marsh", "Lena Marsh", "Pinbox co-founder and CEO"),
        ("Acme founder and chief executive Jo Park", "Jo Park", "Acme founder and chief executive"),
        ("entertainment writer and heavy user Chico Barney", "Chico Barney", "entertainment writer and heavy user"),
    ],
)
def test_two_titles_of_one_person(chunk, speaker, role):
    phrase = parse_speaker(chunk)
    assert (phrase.text, phrase.role) == (speaker, role)


@pytest.mark.parametrize(
    "chunk",
    [
        "the mayor and her deputy",  # a determiner first: two people
        "two residents and the mayor",
        "Ana Ruiz and Tom Reyes",
    ],
)
def test_two_people_joined_by_and_stay_a_group(chunk):
    assert parse_speaker(chunk).kind.value == "group"


@pytest.mark.parametrize(
    "text, expected",
    [
        # cue verbs whose content may follow with no "that"
        ("Many riders speculated the delay was due to the new law.",
         [("many riders", "indirect", "the delay was due to the new law")]),
        ("Tom Reyes joked the ferry was older than he was.",
         [("Tom Reyes", "indirect", "the ferry was older than he was")]),
        ("Ana Ruiz cautioned the figures were only a first estimate.",
         [("Ana Ruiz", "indirect", "the figures were only a first estimate")]),
        ("Tom Reyes swore he had never seen the letter.",
         [("Tom Reyes", "indirect", "he had never seen the letter")]),
        # must find nothing: an object is no content ("boasts 300 million users" is what the app has)
        ("The app boasts 300 million monthly users, most of them young.", []),
        ("Ana Ruiz cautioned the crew.", []),
    ],
)
def test_a_content_with_no_that(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # must find nothing: "reports against him", "claims for damages" are nouns with their phrase
        ("The woman who filed police reports against him blames the mayor for the delay.", []),
        ("The firm that settled two claims for damages blames the weather.", []),
        # the verbs still report with a content of their own
        ("Ana Ruiz reports that the pier will close.", [("Ana Ruiz", "indirect", "the pier will close")]),
        ("The mayor reported on the vote for the paper.",
         [("the mayor", "indirect", "on the vote for the paper")]),
    ],
)
def test_report_and_claim_as_nouns(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # participles of verbs that name the person told: "informing riders that", "reminding voters that"
        ("Tom Reyes left the group, informing riders that the boat would stop in May.",
         [("Tom Reyes", "indirect", "the boat would stop in May")]),
        ("Ana Ruiz spoke for an hour, reminding voters that the count was on Sunday.",
         [("Ana Ruiz", "indirect", "the count was on Sunday")]),
        # people named by what they do, and a modifier noun before the head ("patient advocacy groups")
        ("The union leaders and local celebrities warned that the ban would hurt rescue work.",
         [("the union leaders and local celebrities", "indirect", "the ban would hurt rescue work")]),
        ("Patient advocacy groups note that the clinic has cut its hours twice.",
         [("Patient advocacy groups", "indirect", "the clinic has cut its hours twice")]),
        # an outlet whose name opens with a digit, before a title and a name
        ("9NEWS Tech Editor Ana Ruiz said the shift has already begun.",
         [("Ana Ruiz", "indirect", "the shift has already begun")]),
        # an appositive between dashes that opens with a number
        ("In another post, Ruiz \u2013 19.8 million followers \u2013 wrote: \u201cSix years of work are gone.\u201d",
         [("Ruiz", "direct", "Six years of work are gone.")]),
        ("Ana Ruiz \u2014 34 \u2014 said the pier was unsafe.", [("Ana Ruiz", "indirect", "the pier was unsafe")]),
        # must find nothing: a time between dashes opens no appositive of a speaker
        ("In May \u2014 2,000 votes later \u2014 the count went on.", []),
    ],
)
def test_more_speaker_and_participle_shapes(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon after the person asked or told: the content follows it
        ("In May, Tom Reyes asked his followers: Which ferry do you take most?",
         [("Tom Reyes", "indirect", "Which ferry do you take most")]),
        ("Tom Reyes told reporters in Leeds: the ferry is late.", [("Tom Reyes", "indirect", "the ferry is late")]),
        # a that-clause before the colon is the content, as without it
        ("Tom Reyes reminded viewers that he does not:", [("Tom Reyes", "indirect", "he does not")]),
        # a place phrase after an inverted speaker is no part of the name
        ("\u201cWe are open,\u201d wrote Tom Reyes above a photo of the pier.", [("Tom Reyes", "direct", "We are open")]),
        ("\u201cWe are open,\u201d wrote Tom Reyes beneath the post.", [("Tom Reyes", "direct", "We are open")]),
        ("\u201cAre we moving or not?\u201d posted one rider back in December.",
         [("one rider", "direct", "Are we moving or not?")]),
        ("\u201cWe are back,\u201d said Tom Back in May.", [("Tom Back", "direct", "We are back")]),
    ],
)
def test_a_colon_after_the_person_told_and_a_place_after_an_inverted_speaker(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # announcing an act is no statement: its object names what was done, not what was said
        ("The mayor announced the decision on Monday.", []),
        ("Tom Reyes announced plans to close the pier.", []),
        ("Pinbox, a rival to Acme, announced its decision to shut down.", []),
        # a clause announced is: after "that", also behind a time phrase
        ("The mayor announced that the pier would close in May.",
         [("the mayor", "indirect", "the pier would close in May")]),
        ("Pinbox announced shortly after the ban that it was now open in Leeds.",
         [("Pinbox", "indirect", "it was now open in Leeds")]),
        ("Tom Reyes said shortly before the vote that he would resign.", [("Tom Reyes", "indirect", "he would resign")]),
        # an inverted speaker after the verb is still read when it is a person or a body
        ("The pier will close in May, said the port authority.",
         [("the port authority", "indirect", "The pier will close in May")]),
    ],
)
def test_an_announced_act_is_no_voice(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named by a dotted acronym after "the", as older copy writes it
        ("The ferry may sail again, according to the F.A.A.",
         [("the F.A.A.", "indirect", "The ferry may sail again")]),
        ("The F.B.I. has said that the files were not classified.",
         [("The F.B.I.", "indirect", "the files were not classified")]),
        ("A spokesman said the N.Y.P.D. would review the footage.",
         [("a spokesman", "indirect", "the N.Y.P.D. would review the footage")]),
        # must find nothing: an initial alone is no body
        ("The plan, according to the A., was fine.", []),
    ],
)
def test_a_dotted_acronym_names_a_body(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two people named and joined by "and", then an appositive: both speak, the appositive is their role
        ("Holt and Tom Reyes, two harbour pilots, explained how the crews would rank the boats.",
         [("Holt and Tom Reyes", "two harbour pilots")]),
        ("Ana Ruiz and Tom Reyes, both pilots, said the pier was unsafe.", [("Ana Ruiz and Tom Reyes", "both pilots")]),
        # one person with an appositive keeps it as before
        ("Tom Reyes, a harbour pilot, said the pier was unsafe.", [("Tom Reyes", "a harbour pilot")]),
    ],
)
def test_two_people_joined_by_and_keep_their_shared_appositive(text, expected):
    assert speakers_and_roles(text) == expected
