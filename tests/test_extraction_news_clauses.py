"""Known-answer tests for more shapes of news copy: a speaker opening a clause inside the sentence
before a cue, the title of a show or book in quote marks, '' used as quote marks around a
characterisation, and a few more verbs of speaking.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text
from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker opens a clause after "when", "and", "later": the words before it are no speaker
        ("Ilse Moran took the stage and had one line ready when she said, “Nobody here gives up on the mill.”",
         [("Ilse Moran", "direct", "Nobody here gives up on the mill.")]),
        ("A child asked for a photo and Moran said, “Only if it is quick.”",
         [("Moran", "direct", "Only if it is quick.")]),
        ("Ilse Moran left early. Later she said, “The vote went the way we hoped.”",
         [("Ilse Moran", "direct", "The vote went the way we hoped.")]),
        # must find nothing: a thing after the opening word, or a sign, is no speaker
        ("The board met and the plan said, “Build the pier first.”", []),
        ("The ferry left when the bell rang and the old sign said, “Closed for winter.”", []),
    ],
)
def test_speaker_opening_a_clause_before_the_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a show's name after "on" and a channel's possessive is no quote; the speaker's own words are
        ("“We are not worried,” Pia Lund said on Channel 9’s “Morning Talk.”",
         [("Pia Lund", "direct", "We are not worried")]),
        ("On Sunday on the city station’s “Harbour Hour,” Mayor Pia Lund said the ferries would run again.",
         [("Pia Lund", "indirect", "the ferries would run again")]),
        # a book named after the kind of work, with a comma
        ("Lund wrote in her memoir, “Salt and Iron.”", []),
        # a programme named after "told": whom she spoke to, not what she said
        ("Pia Lund told “Harbour Hour” that the ferries would run again.",
         [("Pia Lund", "indirect", "“Harbour Hour” that the ferries would run again")]),
        # still voices: a time after "on", a lower-case quote, a long quote after "on"
        ("Pia Lund said on Monday, “We will open the dock in May.”",
         [("Pia Lund", "direct", "We will open the dock in May.")]),
        ("Pia Lund commented on “the worst plan this harbour has seen in forty years.”",
         [("Pia Lund", "direct", "the worst plan this harbour has seen in forty years.")]),
    ],
)
def test_title_of_a_show_or_book_is_no_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # '' stands for a double quote mark in some wire copy, around a characterisation too
        ("Teodor Falk called his rival ''a man with no plan at all.''",
         [("Teodor Falk", "partial", "his rival ''a man with no plan at all.''")]),
        ("Teodor Falk called his rival “a man with no plan at all.”",
         [("Teodor Falk", "partial", "his rival “a man with no plan at all.”")]),
        # must find nothing: a name given by a non-speaker
        ("Fishermen call the rock ''the old lady'' for its shape.", []),
    ],
)
def test_characterisation_in_double_apostrophes(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Sit down and listen,” Falk barked as the meeting began.", [("Falk", "direct", "Sit down and listen")]),
        ("“What a night this is!” beamed Rosa Quint.", [("Rosa Quint", "direct", "What a night this is!")]),
        ("During the debate, Rosa Quint cracked, “I build things, I do not talk about them.”",
         [("Rosa Quint", "direct", "I build things, I do not talk about them.")]),
        ("Quint thanked the crowd and then boomed, “Tonight this town won.”",
         [("Quint", "direct", "Tonight this town won.")]),
        ("“I told you it would happen,” Quint gloated.", [("Quint", "direct", "I told you it would happen")]),
        # must find nothing: the same verbs in another sense, with no quote beside them
        ("The dog barked at the mail van all morning.", []),
        ("The old wall cracked in the frost and the “repair” was late.", []),
    ],
)
def test_more_verbs_of_speaking(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a time word or a manner adverb between the cue and its content
        ("Noor Haddad said earlier on Friday during a news conference that she may wait until spring.",
         [("Noor Haddad", "indirect", "she may wait until spring")]),
        ("Noor Haddad says tonight she is one step closer to the nomination.",
         [("Noor Haddad", "indirect", "she is one step closer to the nomination")]),
        ("Noor Haddad argued insistently that the tunnel would pay for itself.",
         [("Noor Haddad", "indirect", "the tunnel would pay for itself")]),
        ("Critics soon noted that the figures left out the winter months.",
         [("critics", "indirect", "the figures left out the winter months")]),
        # must find nothing: a manner adverb with no "that" is no way into a content, nor is a time alone
        ("Noor Haddad spoke briefly.", []),
        ("Noor Haddad said earlier.", []),
    ],
)
def test_time_or_manner_between_cue_and_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "described X as a “…”": an article may stand between "as" and the quote
        ("Noor Haddad described the meeting as a “circus with no ringmaster.”",
         [("Noor Haddad", "partial", "the meeting as a “circus with no ringmaster.”")]),
        # "accused X of …": the person accused stands before the content
        ("Noor Haddad accused the operator of hiding the delays.",
         [("Noor Haddad", "indirect", "of hiding the delays")]),
        # must find nothing: a passive accusation names no accuser
        ("The operator was accused of hiding the delays.", []),
    ],
)
def test_description_and_accusation(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's capitalised cue: "X Says Y", "Y, X Tells Z"
        ("Mayor Ines Vale Says The Ferry Will Run Again In May.",
         [("Ines Vale", "indirect", "The Ferry Will Run Again In May")]),
        ("The Ferry Will Run Again In May, Ines Vale Tells Council.",
         [("Ines Vale", "indirect", "The Ferry Will Run Again In May")]),
        # must find nothing: "Says" in a headline with no one saying, and in ordinary text
        ("What The Ferry Timetable Says About Our Town.", []),
        ("The game called Simon Says was popular at the fair.", []),
    ],
)
def test_headline_cues(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "according to X" right after a closing quote mark (the comma inside the quote)
        ("“The bridge needs a new deck,” according to Ilka Brun, the county engineer.",
         [("Ilka Brun", "direct", "The bridge needs a new deck")]),
        # "According to X:" before a quote
        ("According to the Harbour Ledger: “The bridge needs a new deck before winter.”",
         [("the Harbour Ledger", "direct", "The bridge needs a new deck before winter.")]),
        # must find nothing: "according to" a plan or a schedule, with no content before it
        ("“Pier Nine” opens at noon.", []),
    ],
)
def test_according_to_beside_a_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "experts who say …" (no comma): the people before "who" speak, with the words of their phrase
        ("The orchard owners called in soil scientists who say the frost damaged the roots.",
         [("soil scientists", "indirect", "the frost damaged the roots")]),
        ("The plan drew anger from farmers and water engineers who argue the canal will silt up.",
         [("farmers and water engineers", "indirect", "the canal will silt up")]),
        # the phrase begins after a preposition, a verb or a participle
        ("The mill's lead among younger shoppers who say they prefer rye is slim.",
         [("younger shoppers", "indirect", "they prefer rye is slim")]),
        ("The mayor rebuked critics who claim the orchard is failing.",
         [("critics", "indirect", "the orchard is failing")]),
        # must find nothing: "those who say", a thing before "which", a single person without a comma
        ("Those who say the frost is over have not been outside at dawn.", []),
        ("The council passed rules which farmers say favour the big estates.", []),
        ("She is the gardener who said nothing.", []),
    ],
)
def test_people_before_a_restrictive_who_speak(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a cue, "… who say …" lies in that cue's content: one voice, not cut at the people
        ("Ilse Moran said she had not met the bakers who say the flour is bad.",
         [("Ilse Moran", "indirect", "she had not met the bakers who say the flour is bad")]),
        # before a post-posed cue, the post-posed speaker keeps the sentence
        ("Bakers who say the flour is bad have not sent samples, the mill said.",
         [("the mill", "indirect", "Bakers who say the flour is bad have not sent samples")]),
    ],
)
def test_a_restrictive_who_inside_another_voice(text, expected):
    assert voices(text) == expected


def test_a_clause_before_a_title_is_not_the_role():
    """'The council ignored Mayor Dana Holt, who said …': the role is the title, not the clause."""
    found = extract_voices("t", clean_plain_text("Orchard news\n\nThe board overruled Mayor Ines Vale, who said the orchard should stay open."))
    assert [(v.speaker, v.speaker_role, v.quote) for v in found] == [("Ines Vale", "Mayor", "the orchard should stay open")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subordinator, then a time, then the speaker: the content ends with the subordinate clause
        ("Ines Vale ran the mill for years. Although in March she said the mill was safe, she closed it in May.",
         [("Ines Vale", "indirect", "the mill was safe")]),
        ("Ines Vale ran the mill for years. When on Monday she told the staff the mill would close, nobody spoke.",
         [("Ines Vale", "indirect", "the mill would close")]),
        # must find nothing: nothing said, or no speaker after the time
        ("If in doubt they said nothing.", []),
        ("Although in March the report said nothing about the roof, it was approved.", []),
    ],
)
def test_a_time_after_an_opening_subordinator(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a medium between the speaker and the verb: the speaker is the name or noun before it
        ("Tomas Berg in a statement said the quarry would stay shut.",
         [("Tomas Berg", "indirect", "the quarry would stay shut")]),
        ("The mayor in an interview with the Courier on Monday said the quarry was safe.",
         [("the mayor", "indirect", "the quarry was safe")]),
        ("Tomas Berg in a blog post last week said he would sell the quarry.",
         [("Tomas Berg", "indirect", "he would sell the quarry")]),
        # must find nothing: a noun that looks like a cue verb, after a preposition or before the verb
        ("The clerk kept a file of claims about the quarry.", []),
        ("Her blog post last week said little.", []),
    ],
)
def test_a_medium_between_speaker_and_verb(text, expected):
    assert voices(text) == expected


def test_a_cue_noun_after_a_preposition_is_no_verb():
    """'secretary of state when …', 'a series of posts on her blog that …': the noun gives no speaker or role."""
    found = extract_voices("t", clean_plain_text(
        "Quarry news\n\nTomas Berg, the secretary of state when the quarry closed, conceded the closure was rushed."))
    assert [(v.speaker, v.quote) for v in found] == [("Tomas Berg", "the closure was rushed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # part of a body or of the people at an event: "many in the crowd", "most on the council"
        ("Many in the crowd said the quarry had to stay open.",
         [("many in the crowd", "indirect", "the quarry had to stay open")]),
        ("Most on the council say the vote came too early.",
         [("most on the council", "indirect", "the vote came too early")]),
        # a noun in -ly after a determiner or an owner is no adverb: it is the speaker
        ("Some at the rally said the quarry had fed the town for a century.",
         [("some at the rally", "indirect", "the quarry had fed the town for a century")]),
        ("The mayor's ally said the quarry was safe.",
         [("the mayor's ally", "indirect", "the quarry was safe")]),
        # must find nothing: a time or a round is no body; a cue-verb noun before its sentence's own verb
        ("Some at the time said nothing about the quarry.", []),
        ("Most in the first round thought the quarry would close.", []),
        ("The blog post was deleted within the hour.", []),
        ("The mayor's widely read blog post has gone.", []),
    ],
)
def test_parts_of_a_body_and_nouns_that_look_like_cues(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "As reported by X, CONTENT": the passive of "As X reported"
        ("As reported by the Valley Courier, the quarry will close in June.",
         [("the Valley Courier", "indirect", "the quarry will close in June")]),
        ("As first reported by Radio Kell, the quarry lost its licence.",
         [("Radio Kell", "indirect", "the quarry lost its licence")]),
        # the same in round brackets, as an aside of its own
        ("The quarry kept quiet. (As Radio Kell first reported, the owner sold it in 2019.) Then it closed.",
         [("Radio Kell", "indirect", "the owner sold it in 2019")]),
        ("(As first reported by the Valley Courier, the quarry lost its licence.)",
         [("the Valley Courier", "indirect", "the quarry lost its licence")]),
        # a counted subject after the verb: "at least six …" opens a clause
        ("The Courier reported at least six trucks blocked the quarry road.",
         [("The Courier", "indirect", "at least six trucks blocked the quarry road")]),
        # an opening participle took the quote; the main clause after it has its own content
        ("Citing “a duty to the town,” the quarry's owner said that the gates would stay open.",
         [("the quarry's owner", "direct", "a duty to the town"),
          ("the quarry's owner", "indirect", "the gates would stay open")]),
        # must find nothing more: a verb after a quote that it attributes introduces nothing
        ("“We will reopen,” the owner said Monday.", [("the owner", "direct", "We will reopen")]),
        ("As reported, the quarry closed.", []),
        ("(As the owner spoke, the crowd left.)", []),
        ("The owner said at least that much.", []),
    ],
)
def test_passive_as_reported_counted_subjects_and_opening_participles(text, expected):
    assert voices(text) == expected
