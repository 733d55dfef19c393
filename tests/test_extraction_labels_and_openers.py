"""Known-answer tests for words that name no one: an article's first line in Title Case even when a
period ends it, short labels in capitals ("FULL TEXT.", "CORRECTION APPENDED."), and sentence openers
that are adverbs or participles ("Increasingly,", "Hastily", "Sure,", "Having said that", "Outside,").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices

_BODY = "The company said the winter timetable would return in March."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline is no antecedent, with or without a closing period
        (f"Harbor Ferries Scraps Its Winter Timetable Plan.\n\n{_BODY}",
         [("the company", "indirect", "the winter timetable would return in March")]),
        ("Marta Lind Takes Over As Harbor Board Chief.\n\nAsked about the fares, she said they would not rise.",
         [("she", "indirect", "they would not rise")]),
        # a label in capitals is none either; the company named in the body still is
        ("Ferry fares rise.\n\nFULL TEXT.\n\nCORRECTION APPENDED.\n\nHarbor Ferries carried 30,000 people last year. "
         + _BODY, [("Harbor Ferries", "indirect", "the winter timetable would return in March")]),
        ("Ferry fares rise.\n\nFULL TEXT.\n\n" + _BODY,
         [("the company", "indirect", "the winter timetable would return in March")]),
        # a first line in sentence case is no Title Case headline: the names in it count
        ("Harbor Ferries cuts its winter timetable.\n\n" + _BODY,
         [("Harbor Ferries", "indirect", "the winter timetable would return in March")]),
    ],
)
def test_headlines_and_labels_name_no_one(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Increasingly, the mayor's loudest backers claim that the vote was rigged.",
         [("the mayor's loudest backers", "indirect", "the vote was rigged")]),
        ("Hastily blaming the storm, Ortiz faulted the harbor board and stressed the risk that winter poses.",
         [("Ortiz", "indirect", "the risk that winter poses")]),
        # names that end in -ly stay names
        ("Emily Sanders said the fare would rise.", [("Emily Sanders", "indirect", "the fare would rise")]),
        ("Kimberly Ross said the fare would rise.", [("Kimberly Ross", "indirect", "the fare would rise")]),
        # must find nothing: an opener is no speaker, and these sentences have no other
        ("Sure, the figures suggest that ridership peaked in 2019.", []),
        ("Having said that the fare would rise, the mayor went on to defend the ferry.", []),
        ("Notably, officials at the pier stayed quiet.", []),
    ],
)
def test_openers_are_no_speakers(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "To wit," opens the sentence: the speaker is the name after it
        ("To wit, Ortiz told the Herald, \u201cNobody read it.\u201d", [("Ortiz", "direct", "Nobody read it.")]),
        # a clause about one person, then "and" and the speaker: the speaker is the last name
        ("Senator Mark Dunn, Republican of Ohio, has talked about more ferries, and Ana Ruiz said she would "
         "consider a new pier.", [("Ana Ruiz", "indirect", "she would consider a new pier")]),
        # a list of names is still one group of speakers
        ("Jo Li, Ana Ruiz and Tom Reyes said the pier was safe.",
         [("Jo Li, Ana Ruiz and Tom Reyes", "indirect", "the pier was safe")]),
        # after an inverted cue too; a name with its appositive stays one speaker
        ("\u201cThe pier is safe,\u201d said Jo Li, Ana Ruiz and Tom Reyes.",
         [("Jo Li, Ana Ruiz and Tom Reyes", "direct", "The pier is safe")]),
        ("\u201cThe pier is safe,\u201d said Jo Li, who runs the pier and the cafe.", [("Jo Li", "direct", "The pier is safe")]),
        # a past participle aside after the name ("asked about", "reached by phone") is no speaker
        ("Mr. Lund, asked about the pier under Mr. Vale, said, \u201cI think so.\u201d",
         [("Lund", "direct", "I think so.")]),
        ("Mr. Lund, reached by phone, said the pier was safe.", [("Lund", "indirect", "the pier was safe")]),
    ],
)
def test_clauses_and_asides_before_the_speaker(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Of X," names the topic: the speaker, and the one "she" refers back to, comes after it
        ("Of Reyes, Ana Ruiz said the voters would not look past his record. \u201cHe is a good man,\u201d she said.",
         [("Ana Ruiz", "indirect", "the voters would not look past his record"), ("Ana Ruiz", "direct", "He is a good man")]),
        ("Of Reyes, Levine, who has given money to Ana Ruiz, said, \u201cHe is a good man.\u201d",
         [("Levine", "direct", "He is a good man.")]),
        # a circumstance between dashes after the speaker is left out
        ("Murphy \u2014 after a knock-on-wood gesture \u2014 told me he had been lucky so far.",
         [("Murphy", "indirect", "he had been lucky so far")]),
        # "As X noted," cites; "As X spoke," only says when
        ("As Dunn noted, the union was already calling its members.",
         [("Dunn", "indirect", "the union was already calling its members")]),
        ("As Dunn spoke, the union was already calling its members.", []),
    ],
)
def test_topics_circumstances_and_times_are_no_speakers(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the company" is never a place named after it, nor a party adjective
        ("Workers at Harbor Mills heard on Monday of a new plant in the United States. The company said it would hire "
         "200 people.", [("Harbor Mills", "indirect", "it would hire 200 people")]),
        ("Workers at Harbor Mills were thanked by Democratic lawmakers on Monday. The company said it would hire 200 "
         "people.", [("Harbor Mills", "indirect", "it would hire 200 people")]),
        # nor is "they" a country of two words
        ("The Security Council met after North Korea tested a missile. They said the test was a grave violation.",
         [("Security Council", "indirect", "the test was a grave violation")]),
    ],
)
def test_places_and_parties_are_no_organisation_antecedents(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the newspaper" is the paper named before, even when another organisation was named later
        ("A story in the Harbor Gazette angered Acme Ferries. The newspaper said it stood by the story.",
         [("Harbor Gazette", "indirect", "it stood by the story")]),
        # with no paper named, it falls back to the organisation named before, as "the company" does
        ("Acme Ferries printed a notice about the fares. The paper said the fares would rise.",
         [("Acme Ferries", "indirect", "the fares would rise")]),
    ],
)
def test_the_newspaper_is_the_paper_named_before(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place ending a circumstance is no speaker; the subject after it is
        ("Ana Ruiz had been due at the event in Casper, Wyo., but on Thursday, the Harbor Party of Wyoming announced "
         "she was not coming.", [("the Harbor Party of Wyoming", "indirect", "she was not coming")]),
        ("At a meet-and-greet in a Dover, Ohio, coffee shop last month, Ruiz supporter Sam Lutz told the senator that "
         "he drove from Chicago to ask about fares.",
         [("Sam Lutz", "indirect", "he drove from Chicago to ask about fares")]),
        # a country with an appositive still speaks, and so does a person whose surname is a city
        ("China, the island's only ally and its main trading partner, said it was opposed to the test.",
         [("China", "indirect", "it was opposed to the test")]),
        ("Jo Paris moved here last year. Paris, who used to work in the capital, said the pier was safe.",
         [("Jo Paris", "indirect", "the pier was safe")]),
        # a nationality adjective alone is no speaker; the organisation named after its description is
        ("The prominent Jewish rights group the Harbor League said it would return the money.",
         [("Harbor League", "indirect", "it would return the money")]),
        ("The rights group the Harbor League said it would return the money.",
         [("Harbor League", "indirect", "it would return the money")]),
    ],
)
def test_places_and_adjectives_are_no_speakers(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time adverb or a late / early time opens the clause before its subject, with no comma
        ("Holt first defended the levy. Later she said she backed a plan to repeal it.",
         [("Dana Holt", "indirect", "she backed a plan to repeal it")]),
        ("Holt first defended the levy. Yesterday she said she backed a plan to repeal it.",
         [("Dana Holt", "indirect", "she backed a plan to repeal it")]),
        ("Holt first defended the levy, but late Saturday she said she backed a plan to repeal it.",
         [("Dana Holt", "indirect", "she backed a plan to repeal it")]),
        ("Holt first defended the levy. Afterward Tom Reyes said he backed a plan to repeal it.",
         [("Tom Reyes", "indirect", "he backed a plan to repeal it")]),
        # must find nothing: an adjective of time before a noun is no opener
        ("Earlier reports said the pier was unsafe.", []),
        ("Finally approved plans say the pier will reopen in May.", []),
    ],
)
def test_a_time_opening_the_clause_before_its_subject(text, expected):
    assert voices("Dana Holt runs the ferry company. " + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place adverb opening the sentence is no name with an appositive: the subject after it speaks
        ("Outside, about 200 dock workers gathered, chanting “Save the pier.”",
         [("about 200 dock workers", "")]),
        ("Overseas, the ministry said the talks had stalled.", [("the ministry", "")]),
        ("Nearby, a ferry pilot said the pier was unsafe.", [("a ferry pilot", "")]),
    ],
)
def test_a_place_adverb_opening_the_sentence_is_no_speaker(text, expected):
    assert speakers_and_roles(text) == expected
