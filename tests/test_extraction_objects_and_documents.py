"""Known-answer tests for speakers that stand as a clause's object before ", who said" ("a call from
the harbour master, who said"), a named body with its own relative clause as a subject ("the Dover
Gazette, which …, said"), a reply or rebuttal put out by its subject, a participle after a spaced
dash, a short quote that opens a reported clause, and reported speech before the same speaker's
colon quote.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # a person noun phrase closing the clause before ", who": "who" refers to a person
        ("The crew took a call from the ferry captain, who said the channel would stay shut.",
         [("the ferry captain", "indirect", "the channel would stay shut")]),
        ("The fees drew a rebuke from the mayor of Dover, who said they would drive boaters away.",
         [("the mayor of Dover", "indirect", "they would drive boaters away")]),
        ("Tenants met a researcher at Pierfield College, who said the damp was getting worse.",
         [("a researcher at Pierfield College", "indirect", "the damp was getting worse")]),
        # a name after a word that is no person noun's preposition, given name known or not
        ("The vote was a setback for Okonkwo, who has said the levy is unfair.",
         [("Okonkwo", "indirect", "the levy is unfair")]),
        ("The ferry crew thanked Dasha Kowalczyk, who said the night service would return in spring.",
         [("Dasha Kowalczyk", "indirect", "the night service would return in spring")]),
        # must find nothing: a name after a place's preposition, or after a person noun and its preposition,
        # is not who; the people before it are not named by this rule
        ("Polls favoured renters in Dover, who said the fees were too high.", []),
        ("Polls favoured voters for Okonkwo, who said the fees were too high.", []),
        # must find nothing: a thing before the relative clause
        ("The council passed the plan, which said little about fees.", []),
    ],
)
def test_a_speaker_closing_the_clause_before_who(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named body opened by "the", then its relative clause, then the verb
        ("The Dover Gazette, which once said it would stay out of the race, said it would back the levy.",
         [("The Dover Gazette", "indirect", "it would stay out of the race"),
          ("the Dover Gazette", "indirect", "it would back the levy")]),
        ("The Harbour Trust, which had declined to comment, said on Friday the slipway would reopen.",
         [("the Harbour Trust", "indirect", "the slipway would reopen")]),
        # must find nothing: no cue verb after the relative clause
        ("The Harbour Trust, which runs the slipway, closed it on Friday.", []),
    ],
)
def test_a_named_body_with_its_own_relative_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a reply or a rebuttal put out by the subject, who speaks through it
        ("Within the hour, the union fired back a reply saying the talks had never been serious.",
         [("the union", "indirect", "the talks had never been serious")]),
        ("The ferry firm issued a rebuttal saying its boats had met every safety check.",
         [("the ferry firm", "indirect", "its boats had met every safety check")]),
        ("The mayor fired off a letter stating that the pier would close at dusk.",
         [("the mayor", "indirect", "the pier would close at dusk")]),
        # must find nothing: a response that is a time, not a document
        ("The council posted a response time saying nothing about fees.", []),
    ],
)
def test_a_reply_put_out_by_its_subject(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a spaced en dash or hyphen standing for a dash before the participle
        ("Okafor changed his mind at the last minute \u2013 saying the evening ferry was the safer bet.",
         [("Okafor", "indirect", "the evening ferry was the safer bet")]),
        ("Okafor changed his mind at the last minute - saying the evening ferry was the safer bet.",
         [("Okafor", "indirect", "the evening ferry was the safer bet")]),
        # must find nothing: a hyphen inside a word, and a dash before a participle that reports nothing
        ("The pro-saying camp of the debate club met on Tuesday.", []),
        ("Okafor left the stage - smiling and waving to the crowd.", []),
    ],
)
def test_a_participle_after_a_spaced_dash(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a short quote that opens the reported clause: its subject goes on after the quote
        ("The crowd roared when she said \u201cnot one\u201d boater would pay the new fee.",
         [("she", "partial", "\u201cnot one\u201d boater would pay the new fee")]),
        ("He said \u201cfake\u201d reports had scared the tourists away.",
         [("he", "partial", "\u201cfake\u201d reports had scared the tourists away")]),
        # must find nothing: the quote is the object, and what follows is no clause
        ("She said \u201cno\u201d to the harbour plan.", []),
        ("He said \u201cthank you\u201d and left the stage.", []),
        ("She said \u201cmaybe\u201d twice.", []),
    ],
)
def test_a_short_quote_opening_a_reported_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same speaker goes on after a coordinator and a colon: both voices are theirs
        ("Ana Ruiz said the two bids were \u201cthin on detail,\u201d but she gave the second one some credit: "
         "\u201cAt least it names a date.\u201d",
         [("Ana Ruiz", "direct", "At least it names a date."),
          ("Ana Ruiz", "partial", "the two bids were \u201cthin on detail,\u201d")]),
        ("Ana Ruiz said the hull was sound, and she told the crowd: \u201cWe are staying.\u201d",
         [("Ana Ruiz", "direct", "We are staying."), ("Ana Ruiz", "indirect", "the hull was sound")]),
        # the speaker's own colon, with no clause of its own before it: the quote is the content, as before
        ("Ana Ruiz told a crowd outside the hall, in the rain: \u201cWe are staying.\u201d",
         [("Ana Ruiz", "direct", "We are staying.")]),
    ],
)
def test_reported_speech_before_the_same_speakers_colon_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quoted title inside the speaker's relative clause, a comma in the title included: the name speaks
        ("Mara Quist, a ferry pilot, who has written about \u201cTides, Ropes and Rust\u201d for years, said, "
         "\u201cThe new timetable helps nobody.\u201d",
         [("Mara Quist", "direct", "The new timetable helps nobody.")]),
        ("Jo Sato, founder of Harbour Lab, who blogs about \u201cPier Nights\u201d every week, wrote, "
         "\u201cWe are not leaving.\u201d",
         [("Jo Sato", "direct", "We are not leaving.")]),
        # must find nothing: a title as the topic of a verb is no statement
        ("Mara Quist has posted about \u201cPier Nights\u201d every week since May.", []),
        ("Mara Quist wrote on \u201cTides and Ropes\u201d for a decade.", []),
    ],
)
def test_a_quoted_title_inside_the_speakers_own_clause(text, expected):
    assert voices(text) == expected


def test_the_speakers_role_is_the_appositive_before_the_relative_clause():
    from stance.extract.voices import extract_voices

    found = extract_voices("a1", "Mara Quist, a ferry pilot, who has written about \u201cTides, Ropes and Rust\u201d for "
                                 "years, said, \u201cThe new timetable helps nobody.\u201d")
    assert [(v.speaker, v.speaker_role) for v in found] == [("Mara Quist", "a ferry pilot")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the words between a cue verb and its quote say whom it was told or what it is about: no content of their own
        ("The former mayor spoke at two graduations, telling Dover High\u2019s class of 2019, \u201cNobody gets there alone.\u201d",
         [("the former mayor", "direct", "Nobody gets there alone.")]),
        ("Ana Ruiz said of the council, \u201cThey have never once asked the boaters.\u201d",
         [("Ana Ruiz", "direct", "They have never once asked the boaters.")]),
    ],
)
def test_words_between_a_cue_and_its_quote(text, expected):
    assert voices(text) == expected


def test_another_clause_of_the_same_verb_before_the_quote_is_a_content():
    found = voices("Ana Ruiz said she had not read the report, and when pressed on the fees, she said, "
                   "\u201cAsk the council.\u201d")
    assert found[0] == ("Ana Ruiz", "direct", "Ask the council.")
    assert [(speaker, kind) for speaker, kind, _ in found[1:]] == [("Ana Ruiz", "indirect")]
    assert found[1][2].startswith("she had not read the report")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of a claim, promise or pledge said its that-clause, up to its first comma
        ("Critics seized on Ana Ruiz\u2019s claim that the pier was safe, and the vote was put off.",
         [("Ana Ruiz", "indirect", "the pier was safe")]),
        ("He repeated his pledge that ferry fares would fall by June.",
         [("he", "indirect", "ferry fares would fall by June")]),
        # a cue clause after it still speaks too
        ("The council\u2019s repeated promises that the slipway would reopen have come to nothing, residents say.",
         [("residents", "indirect", "The council\u2019s repeated promises that the slipway would reopen have come to nothing"),
          ("the council", "indirect", "the slipway would reopen have come to nothing")]),
        # a capitalised word opening the sentence is no part of the owner's name; "is that" after the noun
        ("Despite Ana Ruiz\u2019s claims that the pier was safe, the board closed it.",
         [("Ana Ruiz", "indirect", "the pier was safe")]),
        ("Tom Reyes spoke for an hour. His main claim was that the pier could be saved.",
         [("Tom Reyes", "indirect", "the pier could be saved")]),
        ("The board rejected the union\u2019s allegation that it had hidden the survey.",
         [("the union", "indirect", "it had hidden the survey")]),
        # must find nothing: a noun that is no verb form as the sentence's subject (its clause runs into the verb)
        ("The mayor\u2019s assertion that fares would fall proved wrong.", []),
        # ... nor an argument, which a country or a case may have as well as a speaker
        ("Kell\u2019s best argument is that its harbour is deep.", []),
        # must find nothing: no owner, a time after "that", an owner that is a thing
        ("The claim that the pier was safe turned out to be false.", []),
        ("Her claim that night was rejected by the panel.", []),
        ("The plan\u2019s promise that fares would fall was broken.", []),
        # must find nothing: a capital inside a word opens no owner's name ("Bay")
        ("Critics doubted eBay\u2019s claim that listing fees would fall.", []),
    ],
)
def test_the_owner_of_a_claim_said_its_that_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the source after the content, in the sentence's last clause
        ("The ferry firm is closing its night service, as first reported by the Dover Gazette on Tuesday.",
         [("the Dover Gazette", "indirect", "The ferry firm is closing its night service")]),
        ("The pier will stay shut until May, as noted by several boaters.",
         [("several boaters", "indirect", "The pier will stay shut until May")]),
        # an opening "But as X noted," still speaks when a later "as" clause follows
        ("But as the Dover Gazette noted, the pier will close, as it did last May.",
         [("the Dover Gazette", "indirect", "the pier will close, as it did last May")]),
        # must find nothing: no verb of speech after "as"
        ("The ferry firm closed its night service, as expected by most boaters.", []),
    ],
)
def test_as_reported_by_after_the_content(text, expected):
    assert voices(text) == expected


def test_a_cue_verb_before_as_reported_by_keeps_its_speaker():
    found = voices("Ana Ruiz said the night service would end, as first reported by the Dover Gazette.")
    assert [(speaker, kind) for speaker, kind, _ in found] == [("Ana Ruiz", "indirect")]
    assert found[0][2].startswith("the night service would end")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a period inside a name ("Pier.io") ends no sentence before the cue
        ("Jo Li, founder of Pier.io, said, \u201cWe are hiring deckhands.\u201d",
         [("Jo Li", "direct", "We are hiring deckhands.")]),
        ("Ana Ruiz of Harbour.com said, \u201cThe app will stay free.\u201d",
         [("Ana Ruiz", "direct", "The app will stay free.")]),
    ],
)
def test_a_period_inside_a_name_before_the_cue(text, expected):
    assert voices(text) == expected
