"""Known-answer tests for words around a name that are not the name: a town's state inside a
circumstance ("during a town hall in Dover, Del.,"), "Del." as a delegate's title, "state" as an
adjective ("state Sen. Jo Li", "state lawmakers"), a nickname in quote marks inside a name
("Ana “AJ” Ruiz"), relatives as the people an appositive names ("her niece, Ana Price,"), and the
words between a name and its verb ("has long maintained", "herself, as well as her aides,").

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text
from tests.test_extraction import voices


def speakers_and_roles(text: str):
    return [(v.speaker, v.speaker_role, v.kind) for v in extract_voices("t", clean_plain_text(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor, during a town hall in Dover, Del., said the old mills would close.",
         [("the mayor", "", "indirect")]),
        ("Ana Ruiz, during a town hall in Dover, Del., said the old mills would close.", [("Ana Ruiz", "", "indirect")]),
        ("Ana Ruiz, speaking in Casper, Wyo., said the old mills would close.", [("Ana Ruiz", "", "indirect")]),
        # must find nothing: a state is never the speaker ("Residents of Dover, Del.," had given "Del")
        ("Residents of Dover, Del., said the old mills would close.", []),
    ],
)
def test_a_towns_state_stays_inside_its_circumstance(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cThis hearing is a waste of time,\u201d said Del. Ana Ruiz of the Virgin Islands.",
         [("Ana Ruiz", "direct", "This hearing is a waste of time")]),
        ("Del. Ana Ruiz said the port would close.", [("Ana Ruiz", "indirect", "the port would close")]),
        # after a town and a comma, "Del." is the state, and the sentence may end there
        ("She moved to Dover, Del. Ana Ruiz said the port would close.",
         [("Ana Ruiz", "indirect", "the port would close")]),
    ],
)
def test_del_before_a_name_is_a_delegates_title(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rules state that every ferry must carry rafts.", [("the rules", "indirect", "every ferry must carry rafts")]),
        # must find nothing: "state" before a title or a noun for people names them, it states nothing
        ("Ana Ruiz, a port clerk, state Sen. Jo Li and two pilots toured the pier.", []),
        ("The ferry was late again, and state lawmakers toured the pier.", []),
    ],
)
def test_state_before_a_title_is_an_adjective(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cWe will win on Tuesday,\u201d said Ana \u201cAJ\u201d Ruiz.", [("Ana Ruiz", "direct", "We will win on Tuesday")]),
        ('"We will win on Tuesday!" Ana "AJ" Ruiz shouted to the crowd.',
         [("Ana Ruiz", "direct", "We will win on Tuesday!")]),
        ('Ana "AJ" Ruiz said the port would close.', [("Ana Ruiz", "indirect", "the port would close")]),
        # must find nothing: a one-word quote after a word that is no given name is no nickname and no voice
        ('The council called the plan "Harbor" Tuesday.', []),
    ],
)
def test_a_nickname_in_quote_marks_is_part_of_the_name(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\u201cThis is a big year for our town!\u201d her niece, Ana Price, shouted to the crowd.",
         [("Ana Price", "her niece", "direct")]),
        ("His nephew, Tom Reyes, said the shop would stay open.", [("Tom Reyes", "his nephew", "indirect")]),
    ],
)
def test_a_relative_named_in_an_appositive_speaks(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz has long maintained that the pier was safe.", [("Ana Ruiz", "", "indirect")]),
        ("Ana Ruiz always says that the pier was safe.", [("Ana Ruiz", "", "indirect")]),
        # a capitalised "Long" is a family name, not "has long"
        ("Long Wei ran the pier. Long also remarked that the ferry was late.", [("Long Wei", "", "indirect")]),
        ("Ana Ruiz, a pilot, has always maintained that the pier was safe.", [("Ana Ruiz", "a pilot", "indirect")]),
        # a reflexive after the name and an "as well as" aside are neither the speaker nor the role
        ("Ana Ruiz herself, as well as her aides, has always maintained that the pier was safe.",
         [("Ana Ruiz", "", "indirect")]),
        ("The mayor herself said the pier was safe.", [("the mayor", "", "indirect")]),
        # a place before a noun for a person modifies it: not "Dover" with the role "the former"
        ("Tom Reyes, the former Dover mayor, who lost in May, called the plan \u201ca gift to developers.\u201d",
         [("Tom Reyes", "the former Dover mayor, who lost", "partial")]),
        ("Tom Reyes, who at the time was a Ft. Worth pastor, said the pier was safe.",
         [("Tom Reyes", "who at the time was a Ft. Worth pastor", "indirect")]),
        # must find nothing: "ft." after a number may end a sentence
        ("The wall was 12 ft. It fell on the pier.", []),
    ],
)
def test_words_between_a_name_and_its_verb(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz Sunday night said the ferry sank in the storm.", [("Ana Ruiz", "indirect", "the ferry sank in the storm")]),
        ("Ana Ruiz has been critical of the plan but on Tuesday wrote that she agreed with parts of it.",
         [("Ana Ruiz", "indirect", "she agreed with parts of it")]),
        ("Critics today argue that the ferry is late.", [("critics", "indirect", "the ferry is late")]),
        ("THE HARBOR TODAY reported last month that the ferry was late.",
         [("THE HARBOR TODAY", "indirect", "the ferry was late")]),
        # must find nothing: "report" after "a news" is a noun, and a report is no one
        ("A news report published Wednesday said the ferry was late.", []),
        ("The officials report that the ferry was late.", [("the officials", "indirect", "the ferry was late")]),
        # nor after "a" and a name: "a … Committee report" is a document
        ("A 2014 Harbor Safety Committee report found that the ferry was late.", []),
        ("The Harbor Committee reports that the ferry was late.", [("The Harbor Committee", "indirect", "the ferry was late")]),
    ],
)
def test_a_time_between_subject_and_verb(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place joined to a participle is an adjective before the name, not a name
        ("“The pier is sinking,” Dover-based consultant Matt Mack said.", [("Matt Mack", "direct", "The pier is sinking")]),
        ("“The pier is sinking,” Dover-based Matt Mack said.", [("Matt Mack", "direct", "The pier is sinking")]),
        ("One of the mayor's old backers, former Rep. Pat Shore, lives in his Dover-based district and wrote in an "
         "email to the Gazette that the pier was safe.", [("Pat Shore", "indirect", "the pier was safe")]),
    ],
)
def test_a_compound_adjective_before_a_name(text, expected):
    assert voices(text) == expected
