"""Known-answer tests for a source named inside a sentence that goes on after it ("Since May,
according to the Trust, crews have pulled 400 boats, which …"), a source described in parts at
the end ("…, according to Jo Li, a pilot, who runs the night boat."), a reporter's own verb before
"according to" ("The Gazette reported that, according to …"), a document "of" something with no
source ("a review of her diary"), a quantifier after the subject ("have both argued"), "to me" or
"to us" before "that", an addressee such as "Republican leaders" or one followed by an adverb ("asked
Reyes pointedly to"), and a title after a closed quote ('“Harbour Hour,” co-host Jo Li asked').

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence goes on after the source, past a later comma: the whole sentence is the content
        ("Since last November, according to the Harbour Trust, crews have pulled 400 boats from the bay, which lies "
         "east of the town.",
         [("the Harbour Trust", "indirect", "Since last November, according to the Harbour Trust, crews have pulled 400 "
                                            "boats from the bay, which lies east of the town")]),
        # a description of the source in two parts closes the sentence: the content ends before the cue
        ("Fares rose, according to Jo Li, a pilot, who runs the night boat.", [("Jo Li", "indirect", "Fares rose")]),
        # as before: one description, then the sentence goes on
        ("The ferry, according to Jo Li, a pilot, has lost 40 boats this year.",
         [("Jo Li", "indirect", "The ferry, according to Jo Li, a pilot, has lost 40 boats this year")]),
        # must find nothing: after the source's description a new clause opens with "and"
        ("Fares rose, according to the Trust, which runs the pier, and the board.", []),
    ],
)
def test_a_source_inside_the_sentence(text, expected):
    assert voices(text) == expected


def test_a_source_described_in_parts_has_them_as_its_role():
    assert speakers_and_roles("Fares rose, according to Jo Li, a pilot, who runs the night boat.") == [
        ("Jo Li", "a pilot, who runs the night boat")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the reporter's verb comes first: its subject speaks, the nested source is part of the content
        ("The Gazette reported that, according to a study by the Trust, 85 of the 154 meetings were with donors.",
         [("The Gazette", "indirect", "according to a study by the Trust, 85 of the 154 meetings were with donors")]),
        # a document with a source after what it is about
        ("Fares rose, according to an analysis of fare data by the Trust.", [("the Trust", "indirect", "Fares rose")]),
        ("Fares rose, according to a Gazette analysis of fare filings.", [("Gazette", "indirect", "Fares rose")]),
        # a possessive owner of the document: the owner, not "Gazette’s"
        ("Fares rose, according to the Gazette\u2019s analysis of fare filings.", [("Gazette", "indirect", "Fares rose")]),
        ("Fares rose, according to Northgate Research's figures.", [("Northgate Research", "indirect", "Fares rose")]),
        # must find nothing: a document about something, with no one named as its source
        ("Fares rose, according to a review of her diary.", []),
        ("Fares rose, according to a survey of 1,000 riders.", []),
    ],
)
def test_documents_and_reporters_before_according_to(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Reyes and Ana Ruiz have both argued that pilots lost jobs because of the new rules.",
         [("Tom Reyes and Ana Ruiz", "indirect", "pilots lost jobs because of the new rules")]),
        ("The pilots have all said that the rules are unfair.", [("the pilots", "indirect", "the rules are unfair")]),
        ("The pilots each told the board the pier was old.", [("the pilots", "indirect", "the pier was old")]),
        ("Jo Li suggested to me that the pier was harder to replace.",
         [("Jo Li", "indirect", "the pier was harder to replace")]),
        ("Ruiz explained to us that the pier was old.", [("Ruiz", "indirect", "the pier was old")]),
        # an addressee of a capitalised modifier and a plural noun; an adverb after the addressee
        ("He has asked Republican leaders to disavow the plan.", [("he", "indirect", "to disavow the plan")]),
        ("Ruiz asked Reyes pointedly to step down.", [("Ruiz", "indirect", "to step down")]),
        ("Ruiz told Reyes quickly.", []),
        # must find nothing: "her" may own the noun after it, so "to her mother that" is no circumstance
        ("Ruiz wrote to her mother that the pier was old.", []),
        ("The best of all said nothing.", []),
    ],
)
def test_a_quantifier_after_the_subject_and_a_pronoun_addressee(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('In a long appearance on "Harbour Hour," co-host Jo Li asked Reyes how he would handle the fees.',
         [("Jo Li", "co-host")]),
        ('In a long appearance on "Harbour Hour," former mayor Jo Li said the fees were high.',
         [("Jo Li", "former mayor")]),
    ],
)
def test_a_title_after_a_closed_quote(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name read with its possessive ("Ana Ruiz's first post") speaks as the name
        ('Harbour chief Ana Ruiz\'s first tweet on Sunday was a short note about the storm. "Really bad storm at the '
         'pier. Stay home."', [("Ana Ruiz", "direct", "Really bad storm at the pier. Stay home.")]),
        # a double genitive keeps its possessive: the friends are of Mr. Reyes's
        ("Friends of Mr. Reyes's said the plan was sound.", [("friends of Mr. Reyes's", "indirect", "the plan was sound")]),
    ],
)
def test_a_possessive_name_speaks_as_the_name(text, expected):
    assert voices(text) == expected
