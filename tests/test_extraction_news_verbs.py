"""Known-answer tests for the verb group of a reported-speech cue: auxiliaries run into a pronoun
("he's saying"), "been", verbs before "to" ("went on to say"), a duration or a medium between the
verb and the content, and a part of the day between the speaker and the verb.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text
from tests.test_extraction import voices


def voices_with_roles(text: str) -> list[tuple[str, str, str]]:
    """(speaker, role, quote) of each voice of `text`, read as an article's body under a headline."""
    return [(v.speaker, v.speaker_role, v.quote) for v in extract_voices("t", clean_plain_text("Pier news\n\n" + text))]

OPENING = "Nils Aberg runs the ferry line. "


@pytest.mark.parametrize(
    "text, expected",
    [
        # the auxiliary run into the pronoun: a progressive, or "has" / "had"
        (OPENING + "He’s predicting that the winter timetable will be cut.",
         [("Nils Aberg", "indirect", "the winter timetable will be cut")]),
        (OPENING + "He's saying that the winter timetable will be cut.",
         [("Nils Aberg", "indirect", "the winter timetable will be cut")]),
        (OPENING + "He’d warned that the winter timetable would be cut.",
         [("Nils Aberg", "indirect", "the winter timetable would be cut")]),
        ("The crews met on Monday. They’re saying that the winter timetable will be cut.",
         [("they", "indirect", "the winter timetable will be cut")]),
        # must find nothing: "'d" before a bare verb is "would"; a speaker's own "I've" names nobody
        (OPENING + "He’d say that the timetable is fine, if anyone asked him.", []),
        ("I’ve argued that the winter timetable will be cut.", []),
        ("We’re saying that the winter timetable will be cut.", []),
    ],
)
def test_an_auxiliary_run_into_the_pronoun(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (OPENING + "He has been saying that the winter timetable will be cut.",
         [("Nils Aberg", "indirect", "the winter timetable will be cut")]),
        (OPENING + "He's been telling crews that the winter timetable will be cut.",
         [("Nils Aberg", "indirect", "the winter timetable will be cut")]),
        # must find nothing: a passive with "been" reports what others said of him, or nothing
        (OPENING + "He has been sharply criticised for fares that the islanders cannot pay.", []),
        ("It has been reported that the winter timetable will be cut.", []),
    ],
)
def test_been_before_the_cue_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (OPENING + "He went on to say that the winter timetable will be cut.",
         [("Nils Aberg", "indirect", "the winter timetable will be cut")]),
        (OPENING + "He later went on to argue that the island needs a second boat.",
         [("Nils Aberg", "indirect", "the island needs a second boat")]),
        ("Mayor Edda Strom continued to insist that the pier was safe.",
         [("Edda Strom", "indirect", "the pier was safe")]),
        # a form of "be" and an adjective of readiness: the speech happened
        ("Harbour staff were quick to point out that the winter timetable had been cut twice.",
         [("Harbour staff", "indirect", "the winter timetable had been cut twice")]),
        ("Mayor Edda Strom was careful to say that no decision had been made on the pier.",
         [("Edda Strom", "indirect", "no decision had been made on the pier")]),
        ("The ferry company has been keen to stress that the boats are safe.",
         [("the ferry company", "indirect", "the boats are safe")]),
        ("Mayor Edda Strom was at pains to argue that the pier would stay open.",
         [("Edda Strom", "indirect", "the pier would stay open")]),
        (OPENING + "He was quick to add, “We will not cut the night boat.”",
         [("Nils Aberg", "direct", "We will not cut the night boat.")]),
        # must find nothing: other verbs before "to" say nothing was said
        ("Mayor Edda Strom refused to say whether the pier was safe.", []),
        ("Mayor Edda Strom wanted to argue that the pier was safe.", []),
        # reluctance, a modal, or a farewell: nothing was said
        ("Mayor Edda Strom was reluctant to say whether the pier was safe.", []),
        ("Mayor Edda Strom would be quick to say that the pier is safe, if anyone asked.", []),
        ("The crews were ready to say goodbye to the old ferry after forty years.", []),
        ("The crews said goodbye to the old ferry after forty years.", []),
    ],
)
def test_a_verb_before_to_and_the_cue(text, expected):
    assert voices(text) == expected


def test_with_the_role_the_catenative_is_no_part_of_the_appositive():
    text = "Edda Strom, the harbour master, was eager to stress that the ferry was safe."
    assert voices_with_roles(text) == [("Edda Strom", "the harbour master", "the ferry was safe")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (OPENING + "He joked that his own boat was the slowest on the coast.",
         [("Nils Aberg", "indirect", "his own boat was the slowest on the coast")]),
        ("Mayor Edda Strom implied that the harbour board should resign.",
         [("Edda Strom", "indirect", "the harbour board should resign")]),
        # must find nothing: the adjective, and the verb with no clause after it
        ("The letter from the harbour board carried an implied threat.", []),
        ("Mayor Edda Strom joked with the crews on the quay.", []),
    ],
)
def test_joked_and_implied(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a duration or a year between the verb and the content is not part of it
        ("Mayor Edda Strom has said for months that the pier is safe.",
         [("Edda Strom", "indirect", "the pier is safe")]),
        ("The union has argued for several years the fares are too high.",
         [("the union", "indirect", "the fares are too high")]),
        ("Mayor Edda Strom has said since 2019 that the pier is safe.",
         [("Edda Strom", "indirect", "the pier is safe")]),
        # a medium with a word before it, after a post-posed cue
        ("The harbour had “turned a corner” at last, Edda Strom said in a video message to the council.",
         [("Edda Strom", "partial", "The harbour had “turned a corner” at last")]),
        ("The harbour had turned a corner, Edda Strom said in a radio interview.",
         [("Edda Strom", "indirect", "The harbour had turned a corner")]),
        # must find nothing: the duration and nothing said after it
        ("Mayor Edda Strom has spoken for years.", []),
    ],
)
def test_duration_or_medium_after_the_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Harbour spokesman Nils Aberg on Thursday evening said the ferry was not in danger.",
         [("Nils Aberg", "indirect", "the ferry was not in danger")]),
        ("Mayor Edda Strom on Sunday night said the pier would reopen.",
         [("Edda Strom", "indirect", "the pier would reopen")]),
    ],
)
def test_a_part_of_the_day_between_speaker_and_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the person asked or told, a few words long, then the question or the clause
        ("Mayor Edda Strom asked the veteran harbour master whether the pier was safe.",
         [("Edda Strom", "indirect", "whether the pier was safe")]),
        ("Mayor Edda Strom asked the Harbour Party candidate if he had read the report.",
         [("Edda Strom", "indirect", "if he had read the report")]),
        (OPENING + "He tells audiences the pier will be rebuilt by May.",
         [("Nils Aberg", "indirect", "the pier will be rebuilt by May")]),
        # which / who / when / where open a question after "asked" alone or after a person asked
        ("Edda Strom then asked Nils Aberg which piers he could save.",
         [("Edda Strom", "indirect", "which piers he could save")]),
        ("Edda Strom asked the new mayor when the pier would reopen.",
         [("Edda Strom", "indirect", "when the pier would reopen")]),
        ("Edda Strom asked her where the ferry would dock.", [("Edda Strom", "indirect", "where the ferry would dock")]),
        ("Edda Strom asked who had signed the order.", [("Edda Strom", "indirect", "who had signed the order")]),
        # a person told to do something: the instruction is the content, as after "asked X to"
        ("Edda Strom told the harbour workers to reject the offer.", [("Edda Strom", "indirect", "to reject the offer")]),
        ("Edda Strom told Nils Aberg to sit down.", [("Edda Strom", "indirect", "to sit down")]),
        # must find nothing: what was told and to whom, or a passive
        ("Edda Strom told the story to children.", []),
        ("Edda Strom was told to leave the pier.", []),
        # must find nothing: a request ("to" and a verb) before "whether", a time clause after the question
        ("Mayor Edda Strom asked the harbour board to find out whether the pier was safe.", []),
        ("Mayor Edda Strom asked the harbour master a question when the lights went out.", []),
        # ... a relative clause after a thing asked for or a body that met
        ("Edda Strom asked a question which nobody answered.", []),
        ("Edda Strom asked the harbour board which had met on Monday to vote.", []),
        ("Edda Strom asked for the keys when she arrived.", []),
    ],
)
def test_the_person_asked_or_told_before_the_content(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speaker phrase never holds a cue verb of its own: "members ... told the Gazette she" speaks no more
        ("Members of the harbour board told the Gazette she thinks the pier is safe.",
         [("members of the harbour board", "indirect", "she thinks the pier is safe")]),
        # still speakers: a cue verb inside a relative clause, a noun that is also a cue form
        ("An aide who asked not to be named said the pier is safe.",
         [("an aide", "indirect", "the pier is safe")]),
        ("Harbour and state officials said the pier is safe.",
         [("Harbour and state officials", "indirect", "the pier is safe")]),
    ],
)
def test_a_speaker_phrase_holds_no_cue_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a voice inside a dash aside: its content ends where the aside closes; " - " and "--" are dashes too
        ("Strom was a careful skipper — a former deckhand said she read every tide table — and her crews loved her.",
         [("a former deckhand", "indirect", "she read every tide table")]),
        ("Strom was a careful skipper - a former deckhand said she read every tide table - and her crews loved her.",
         [("a former deckhand", "indirect", "she read every tide table")]),
        ("Strom was a careful skipper -- a former deckhand said she read every tide table -- and her crews loved her.",
         [("a former deckhand", "indirect", "she read every tide table")]),
        # an aside before the verb is no speaker: the speaker stands before it, or after the last dash
        ("Some skippers say the pier is too short - a common complaint - while others say it is fine.",
         [("some skippers", "indirect", "the pier is too short - a common complaint"),
          ("others", "indirect", "it is fine")]),
    ],
)
def test_a_voice_in_a_dash_aside(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a characterisation whose object is a long noun phrase, with no "as" before the quote
        ("In April, Strom called the council's plans to build a second pier in the north bay “a costly folly,” and left.",
         [("Strom", "partial", "the council's plans to build a second pier in the north bay “a costly folly,”")]),
        ("Strom called her handling of the harbour accounts “extremely careless.”",
         [("Strom", "partial", "her handling of the harbour accounts “extremely careless.”")]),
        # must find nothing: a passive names no speaker before the verb
        ("Dr. Ines Vale has been called a charlatan by rival doctors for selling “miracle” cures.", []),
        ("The pier was called “a disgrace” by the harbour master.", []),
    ],
)
def test_a_characterisation_with_a_long_object(text, expected):
    assert voices(text) == expected


def test_a_month_before_a_surname_is_a_given_name():
    assert voices("The board met. Jan Brewer, a spokeswoman for the mayor, said the pier was safe.") == [
        ("Jan Brewer", "indirect", "the pier was safe")]
    assert voices("The board met. April Mellody, a spokeswoman for the mayor, said the pier was safe.") == [
        ("April Mellody", "indirect", "the pier was safe")]
    assert voices("The board met. In April Congress said the pier was safe.") == [("Congress", "indirect", "the pier was safe")]
    # still a date: "Jan 31" and "Jan. 31" name nobody
    assert voices("The pier reopens Jan 31, officials said.") == [("officials", "indirect", "The pier reopens Jan 31")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sentence's opening "Now" is no part of the name before an appositive
        ("The board met. Now Tomas Berg, the most unusual mayor in years, is promising to rebuild the pier.",
         [("Tomas Berg", "indirect", "to rebuild the pier")]),
        # "now" inside an appositive stays there: the name speaks
        ("The board met. Ines Vale, a former pilot and now the harbour master, said the pier was safe.",
         [("Ines Vale", "indirect", "the pier was safe")]),
    ],
)
def test_an_opening_now_before_the_speaker(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-word name right after "a ... for / at / of the ..." is that phrase's object, not the speaker
        ("The board met. A columnist for the harbour news site Quayside said the pier was unsafe.",
         [("a columnist for the harbour news site Quayside", "")]),
        ("The board met. A representative for Mr. Aberg said the pier was unsafe.",
         [("a representative for Mr. Aberg", "")]),
        # still names: an appositive, a title before the name, a known given name
        ("The board met. Edda Strom, a columnist for the harbour news site, said the pier was unsafe.",
         [("Edda Strom", "a columnist for the harbour news site")]),
        ("The board met. Quayside columnist Edda Strom said the pier was unsafe.",
         [("Edda Strom", "Quayside columnist")]),
    ],
)
def test_a_name_that_is_the_object_of_a_description(text, expected):
    assert [(speaker, role) for speaker, role, _ in voices_with_roles(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the 46-year-old" is the person named last before it
        ("Ines Vale runs the café on the pier. “The pier is the heart of this town,” said the 46-year-old.",
         [("Ines Vale", "direct", "The pier is the heart of this town")]),
        ("Ines Vale runs the café on the pier. “We will stay,” the 46-year-old said.",
         [("Ines Vale", "direct", "We will stay")]),
        # with nobody named before, the description stays as written
        ("The ferry left late. “We will stay,” the 46-year-old said.",
         [("the 46-year-old", "direct", "We will stay")]),
    ],
)
def test_an_age_stands_for_the_person_named_before(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a whole sentence in round brackets is read without them
        ("The ferry is busy. (The French, it turns out, love the night crossing, Mr. Aberg said.)",
         [("Aberg", "indirect", "The French, it turns out, love the night crossing")]),
        # must find nothing: an aside in brackets inside a sentence, and brackets with no cue
        ("The ferry is busy (the French love the night crossing).", []),
        ("(The French love the night crossing.)", []),
    ],
)
def test_a_sentence_in_brackets(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle clause between the speaker and the verb is neither the speaker nor a role
        ("One former pilot, speaking on condition of anonymity because of a gagging clause, said the captain ignored the warnings.",
         [("one former pilot", "", "the captain ignored the warnings")]),
        ("Mayor Edda Strom, opening the new pier on Saturday, said it would serve the island for a century.",
         [("Edda Strom", "Mayor", "it would serve the island for a century")]),
        # still a role: an appositive noun phrase
        ("Edda Strom, a leading member of the board, said the pier was safe.",
         [("Edda Strom", "a leading member of the board", "the pier was safe")]),
    ],
)
def test_a_participle_clause_after_the_speaker(text, expected):
    assert voices_with_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an opening adverb before a comma is no name
        ("The hearing ended. Significantly, the judge said the fine would not be raised.",
         [("the judge", "indirect", "the fine would not be raised")]),
        ("The hearing ended. Privately, some councillors said the mayor would lose.",
         [("some councillors", "indirect", "the mayor would lose")]),
        # names that end in -ly stay names
        ("The hearing ended. Kelly McNally said the fine would not be raised.",
         [("Kelly McNally", "indirect", "the fine would not be raised")]),
    ],
)
def test_an_opening_adverb_is_no_name(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "only" or "just" between the verb and "that"
        ("Ines Vale said only that the numbers do not add up.",
         [("Ines Vale", "indirect", "the numbers do not add up")]),
        # so the cue before it ends where this speaker begins
        ("After Berg argued that the fares should fall, Ines Vale said only that his numbers do not add up.",
         [("Berg", "indirect", "the fares should fall"), ("Ines Vale", "indirect", "his numbers do not add up")]),
        # "As X told Y, ..." with the person told between the verb and the comma
        ("As Ines Vale told the Harbour Gazette, the pier repairs are paid for by the fares.",
         [("Ines Vale", "indirect", "the pier repairs are paid for by the fares")]),
        # the person told may be "Name of Name", then a time, then the clause
        ("Ines Vale told The Tide Gazette of Port Ellis last week she would rather sell the pier.",
         [("Ines Vale", "indirect", "she would rather sell the pier")]),
        # must find nothing: "told the story of ..." reports no words
        ("Ines Vale told the story of a ferry that sank in the storm.", []),
    ],
)
def test_only_before_that_and_as_x_told_y(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the progressive of verbs whose -ing form opens no participle clause
        ("The local station KVLN is reporting that two ferries ran aground.",
         [("KVLN", "indirect", "two ferries ran aground")]),
        ("The pilots' union is demanding that the night boat stay.",
         [("the pilots' union", "indirect", "the night boat stay")]),
        ("Harbour officials are estimating that forty boats sank.",
         [("Harbour officials", "indirect", "forty boats sank")]),
        # must find nothing: the same forms as nouns or adjectives, and a credit line
        ("The reporting rules for the harbour were strict.", []),
        ("Reporting by Edda Strom; editing by Nils Aberg.", []),
        ("A demanding winter timetable wore the crews out.", []),
    ],
)
def test_the_progressive_of_verbs_with_no_participle_clause(text, expected):
    assert voices(text) == expected


def test_an_ing_form_after_a_comma_is_no_inverted_cue():
    text = "Aides said Strom will make a familiar case for the pier, highlighting Kell’s recovery from the storm."
    assert voices(text) == [("aides", "indirect", "Strom will make a familiar case for the pier, highlighting Kell’s recovery from the storm")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # who carried the words is no speaker and no part of the content
        ("Mayor Edda Strom said through a spokesman that the pier would reopen.",
         [("Edda Strom", "indirect", "the pier would reopen")]),
        ("Mayor Edda Strom explained via her lawyer that she had sold the boat.",
         [("Edda Strom", "indirect", "she had sold the boat")]),
        ("The pier would reopen in May, Edda Strom said through a spokeswoman.",
         [("Edda Strom", "indirect", "The pier would reopen in May")]),
        # nor a role, set off by commas after the name
        ("Edda Strom, through a spokesman, said that the pier would reopen.",
         [("Edda Strom", "indirect", "the pier would reopen")]),
        # must find nothing: no that-clause after it
        ("Edda Strom declined, through a spokesman, to comment.", []),
    ],
)
def test_words_carried_by_a_spokesman_or_lawyer(text, expected):
    assert voices(text) == expected


def test_an_aside_through_a_spokesman_is_no_role():
    assert voices_with_roles("Edda Strom, through a spokesman, said that the pier would reopen.") == [
        ("Edda Strom", "", "the pier would reopen")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare clause negated with a curly apostrophe reads as a clause, as with a straight one
        ("Mayor Edda Strom suggested the pilots don’t understand the tides.",
         [("Edda Strom", "indirect", "the pilots don’t understand the tides")]),
        ("Mayor Edda Strom suggested the pilots don't understand the tides.",
         [("Edda Strom", "indirect", "the pilots don't understand the tides")]),
        ("Mayor Edda Strom argued the pier won’t last the winter.",
         [("Edda Strom", "indirect", "the pier won’t last the winter")]),
        # say keeps a content that opens with "when"
        ("Edda Strom said when she arrived the pier was empty.",
         [("Edda Strom", "indirect", "when she arrived the pier was empty")]),
        # must find nothing: after other verbs a clause with "when" or "until" says when, not what
        ("Some skippers complained when they didn’t see the ferry on the timetable.", []),
        ("Some skippers complained when they didn't see the ferry on the timetable.", []),
        ("The boats weren’t admitted until they were checked for a month.", []),
    ],
)
def test_negated_bare_clauses_and_subordinate_clauses_after_a_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a retort after a quote: "shot back", "fired back"
        (OPENING + "“Let me finish,” Nils Aberg shot back.", [("Nils Aberg", "direct", "Let me finish")]),
        (OPENING + "“Let me finish,” Nils Aberg fired back at the mayor.", [("Nils Aberg", "direct", "Let me finish")]),
        # must find nothing: the same verbs for a film or a gun
        ("“Harbour Lights,” which Nils Aberg shot in Kell, is a classic.", []),
        ("Police fired tear gas at the crowd on the quay.", []),
    ],
)
def test_a_retort_after_a_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of aspect before the cue's -ing form: the speech happened, again and again
        ("Riders on the night boat kept saying that the timetable was a joke.",
         [("Riders on the night boat", "indirect", "the timetable was a joke")]),
        ("Mayor Edda Strom has kept insisting she was never told about the leak.",
         [("Edda Strom", "indirect", "she was never told about the leak")]),
        ("Islanders began posting that the last ferry had left without them.",
         [("Islanders", "indirect", "the last ferry had left without them")]),
        # must find nothing: what was posted or said is an object, not a clause
        ("A bakery in Dover began posting short clips on \u201charbour baking\u201d for tourists.", []),
        ("The crews kept saying goodbye to the old ferry.", []),
    ],
)
def test_a_verb_of_aspect_before_the_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # verbs that only attribute a quote next to them
        ("“Dover will always be Dover,” an angry Ruiz retaliated.", [("Ruiz", "direct", "Dover will always be Dover")]),
        ("“Well, that went well,” Ruiz deadpanned.", [("Ruiz", "direct", "Well, that went well")]),
        ("Tom Reyes chimed in: “We will be back next year.”", [("Tom Reyes", "direct", "We will be back next year.")]),
        ("“Please keep the pier open,” the crew begged.", [("the crew", "direct", "Please keep the pier open")]),
        ("“Not on my watch,” Ruiz scolded.", [("Ruiz", "direct", "Not on my watch")]),
        ("“That is simply wrong,” Reyes rebutted.", [("Reyes", "direct", "That is simply wrong")]),
        ("“They have been so kind to us all week,” another rider shared.",
         [("another rider", "direct", "They have been so kind to us all week")]),
        ("Ruiz shared: “We are done with the old pier.”", [("Ruiz", "direct", "We are done with the old pier.")]),
        # must find nothing: with no comma before it, what is shared is a thing (a title, a list)
        ('She shared "Ten tips for riding the night ferry" with her followers.', []),
        # must find nothing: none of them reports speech without quote marks
        ("Ruiz scolded the crew for the delay.", []),
        ("The crew begged the council to keep the pier open.", []),
    ],
)
def test_verbs_of_a_quote_only(text, expected):
    assert voices(text) == expected
