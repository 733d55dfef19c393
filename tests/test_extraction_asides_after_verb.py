"""Known-answer tests for what stands between a cue verb and its content: an aside set off by commas
("said, twice, that …", "said on Tuesday, in a speech to dock workers, that …", "reported, citing two
officials, that …", where the participle's content ends at the aside's comma), a condition set off by commas ("said, if re-elected, she would …"), and a short
quote that is the content's subject ('said “small harbours” must …'). Also a year closing a speaker's
appositive ("the harbour master from 2007 to 2013, said"), and a possessive pronoun whose owner is the
clause's own named subject ("Tom Reyes repeated his claim that …"); a cue clause set off by commas with a
participle or the sentence's own verb after it, or with another cue later in the sentence; a group asked by someone ("analysts reached by the
Gazette"); and a document before a quote with no comma ('The letter continued "…"').

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He said, twice, that the harbour would reopen by June.",
         [("he", "indirect", "the harbour would reopen by June")]),
        ("Tom Reyes said on Tuesday, in a speech to dock workers, that the fares were too high.",
         [("Tom Reyes", "indirect", "the fares were too high")]),
        ("Ana Ruiz said, as she has before, that the pier needs a new roof.",
         [("Ana Ruiz", "indirect", "the pier needs a new roof")]),
        # the participle's own content ends with its aside ("citing X" reports whom it cites)
        ("The Gazette reported, citing two harbour officials, that the ferry would stop in May.",
         [("The Gazette", "indirect", "the ferry would stop in May"), ("The Gazette", "indirect", "two harbour officials")]),
        ("The Gazette, citing two harbour officials, reported that the ferry would stop in May.",
         [("The Gazette", "indirect", "the ferry would stop in May"), ("The Gazette", "indirect", "two harbour officials")]),
        ("Ruiz left early, saying the ferry, which sails at noon, was late.",
         [("Ruiz", "indirect", "the ferry, which sails at noon, was late")]),
        # a noun that is also a cue verb's base form ends no content
        ("Doctors were warning teens may feel anxiety, stress or anger when the app goes dark.",
         [("doctors", "indirect", "teens may feel anxiety, stress or anger when the app goes dark")]),
        # a participle aside that only says where or for whom is no voice; the clause's verb reports
        ("Judge Ana Ruiz, writing for the majority in the 2-1 ruling, said that the fee was lawful.",
         [("Ana Ruiz", "indirect", "the fee was lawful")]),
        ("Tom Reyes, writing on his blog, argued that the ferry was late.",
         [("Tom Reyes", "indirect", "the ferry was late")]),
        # a condition is part of what was said: the content opens with it
        ("Jo Li said, if reelected, she would ask the council to fund the night ferry.",
         [("Jo Li", "indirect", "if reelected, she would ask the council to fund the night ferry")]),
        ("Tom Reyes said, once the storm passed, the crews would go back out.",
         [("Tom Reyes", "indirect", "once the storm passed, the crews would go back out")]),
        # must find nothing: no clause after the aside, or no "that" after a phrase that is the object
        ("He said, when asked, nothing.", []),
        ("Ruiz said, in short, the plan that failed.", []),
        ("Ruiz said, if so, nothing at all.", []),
    ],
)
def test_asides_between_the_verb_and_its_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Ana Ruiz said "small harbours" must get the money first.',
         [("Ana Ruiz", "partial", '"small harbours" must get the money first')]),
        ("On Friday, Ana Ruiz said “local crews” should lead the work.",
         [("Ana Ruiz", "partial", "“local crews” should lead the work")]),
        ("Tom Reyes told reporters “the old pier” was unsafe.",
         [("Tom Reyes", "partial", "“the old pier” was unsafe")]),
        # must find nothing: the quoted words are the object, and no verb follows them
        ('Ana Ruiz said "thank you" to the crew.', []),
        ("Ana Ruiz said “no” and walked out.", []),
        # one quoted word before the verb names a word ("“no” was her answer"); two make a subject
        ("Ana Ruiz said “no” was her final answer.", []),
    ],
)
def test_a_short_quote_as_the_subject_of_the_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz, the harbour master from 2007 to 2013, said the fees must rise.",
         [("Ana Ruiz", "the harbour master from 2007 to 2013")]),
        ("Ana Ruiz, mayor since 2019, said the pier would close.", [("Ana Ruiz", "mayor since 2019")]),
        ("Tom Reyes, who ran the port in 2012, said the pier would close.", [("Tom Reyes", "who ran the port in 2012")]),
        ("Tom Reyes, whose crew grew by 12.5%, said the pier would close.", [("Tom Reyes", "whose crew grew by 12.5%")]),
    ],
)
def test_a_number_closing_the_speakers_appositive(text, expected):
    assert speakers_and_roles(text) == expected


def test_a_number_after_a_body_that_is_no_name_still_leaves_the_voice():
    # "Precinct 9" is no name the speaker parser takes; the voice is kept, as before the number was read
    found = voices("Police in Precinct 9 said the pier would close.")
    assert [(kind, quote) for _, kind, quote in found] == [("indirect", "the pier would close")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jo Li spoke first. Tom Reyes also repeated his claim that greed was the motive of the firms.",
         [("Tom Reyes", "indirect", "greed was the motive of the firms")]),
        ("Jo Li spoke first. Tom Reyes repeated his claim that “plain greed” was the motive of the firms.",
         [("Tom Reyes", "partial", "“plain greed” was the motive of the firms")]),
        # the pronoun does not fit the subject: it refers back as before
        ("Tom Reyes spoke first. Ana Ruiz mocked his claim that greed was the motive of the firms.",
         [("Tom Reyes", "indirect", "greed was the motive of the firms")]),
        # a group subject owns no "his"
        ("Tom Reyes spoke first. Critics mocked his claim that greed was the motive of the firms.",
         [("Tom Reyes", "indirect", "greed was the motive of the firms")]),
    ],
)
def test_a_possessive_pronoun_owned_by_the_clauses_subject(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a cue clause set off by commas begins a clause of its own
        ("Rising costs hurt the crews, local analysts said on Friday, commenting on the fees set by the port.",
         [("local analysts", "indirect", "Rising costs hurt the crews")]),
        ("Rising costs hurt the crews, Ana Ruiz said on Friday, adding that the port would act.",
         [("Ana Ruiz", "indirect", "Rising costs hurt the crews"), ("Ana Ruiz", "indirect", "the port would act")]),
        # the sentence's own verb after the cue clause: the content is the whole sentence
        ("The fees, Ana Ruiz said on Friday, are rising faster than wages.",
         [("Ana Ruiz", "indirect", "The fees, Ana Ruiz said on Friday, are rising faster than wages")]),
        # a content may open with a short quote when its cue comes after it
        ("“Big talkers” should try the app before they judge it, local analysts said on Friday.",
         [("local analysts", "partial", "“Big talkers” should try the app before they judge it")]),
        # must find nothing: an opening participle phrase is no content
        ("Weighing in on the talks, Mayor Ana Ruiz agreed, praising the crews.", []),
    ],
)
def test_cue_clauses_set_off_by_commas(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # another cue later in the sentence: the interjected cue's content ends at the clause break before it
        ("Over the winter, she said, the bakery lost half of its customers, though she admitted \u201cit could have "
         "been worse.\u201d",
         [("she", "direct", "it could have been worse."),
          ("she", "indirect", "Over the winter, she said, the bakery lost half of its customers")]),
        ("The fees, Ana Ruiz said, are rising, and Tom Reyes said that the council agreed.",
         [("Ana Ruiz", "indirect", "The fees, Ana Ruiz said, are rising"), ("Tom Reyes", "indirect", "the council agreed")]),
        ("Over the winter, she said, the bakery lost half of its customers \u2014 but Tom Reyes said that sales rose.",
         [("she", "indirect", "Over the winter, she said, the bakery lost half of its customers"),
          ("Tom Reyes", "indirect", "sales rose")]),
        # must find nothing more: no clause break before the later cue leaves the sentence to that cue alone
        ("The fees, Ana Ruiz said, are rising as Tom Reyes said that the council agreed.",
         [("Tom Reyes", "indirect", "the council agreed")]),
    ],
)
def test_an_interjected_cue_before_another_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two cue clauses after their contents, joined by a clause break: each speaks its own clause
        ("In Kell, the dockers wore white ribbons, Radio Kell reported, while in Ardle the march began with a "
         "minute of silence, the Ardle Post reported.",
         [("Radio Kell", "indirect", "In Kell, the dockers wore white ribbons"),
          ("the Ardle Post", "indirect", "in Ardle the march began with a minute of silence")]),
        ("The pier will close in May, Ana Ruiz said, but the ferry will run all summer, her deputy added.",
         [("Ana Ruiz", "indirect", "The pier will close in May"), ("her deputy", "indirect", "the ferry will run all summer")]),
        # must find nothing more: with no clause break the first cue clause stays inside the later content
        ("The pier will close in May, Ana Ruiz said, the ferry will stop in June, Tom Reyes added.",
         [("Tom Reyes", "indirect", "The pier will close in May, Ana Ruiz said, the ferry will stop in June")]),
        # ... nor does one cue clause inside its own content split it
        ("It would take three weeks to mend the pier, she said, and the talks could drag on.",
         [("she", "indirect", "It would take three weeks to mend the pier, she said, and the talks could drag on")]),
    ],
)
def test_two_cue_clauses_after_their_contents(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Local analysts reached by the Gazette said the fees would rise.",
         [("Local analysts reached by the Gazette", "indirect", "the fees would rise")]),
        ("Two pilots interviewed by the Gazette said the fees would rise.",
         [("two pilots interviewed by the Gazette", "indirect", "the fees would rise")]),
        ("Economists surveyed by the bank expect the fees to rise, the bank said.",
         [("the bank", "indirect", "Economists surveyed by the bank expect the fees to rise")]),
        # must find nothing: a participle without "by" is the group's verb, and no cue follows
        ("Pilots interviewed the mayor on Monday.", []),
    ],
)
def test_a_group_asked_by_someone(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The letter continued "We will not stop until the pier reopens."',
         [("the letter", "direct", "We will not stop until the pier reopens.")]),
        # must find nothing: a word or two on a sign is no statement
        ('The sign said "Closed" all week.', []),
    ],
)
def test_a_document_before_a_quote_with_no_comma(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hedge on the saying ("without evidence") stands between the verb and "that": not the content's
        ("Ana Ruiz claimed without evidence that the vote was rigged.",
         [("Ana Ruiz", "indirect", "the vote was rigged")]),
        ("Ana Ruiz has said without offering any proof that the vote was rigged.",
         [("Ana Ruiz", "indirect", "the vote was rigged")]),
        ("The board noted without comment that the pier had closed.",
         [("the board", "indirect", "the pier had closed")]),
        ("At a rally, Ana Ruiz was blunt, claiming without any evidence that the mayor had sold the pier.",
         [("Ana Ruiz", "indirect", "the mayor had sold the pier")]),
        # must find nothing: no cue verb before the hedge
        ("Ana Ruiz left without evidence that the vote was rigged.", []),
        ("The mayor acted without evidence and without a plan.", []),
    ],
)
def test_a_hedge_between_the_verb_and_that(text, expected):
    assert voices(text) == expected
