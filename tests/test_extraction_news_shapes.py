"""Known-answer tests for more shapes of real news copy: initials in names, a job title before an
appositive name, an inverted cue opening the sentence, a cue that names whom it addresses.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text


def voices(text: str) -> list[tuple[str, str, str]]:
    return [(v.speaker, v.kind, v.quote) for v in extract_voices("t", clean_plain_text(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # dotted initials are part of a name, before or after the cue, and end no sentence
        ("“The pier will hold,” said T.J. Varga, an engineer at the port.", [("T.J. Varga", "direct", "The pier will hold")]),
        ("“The pier will hold,” T.J. Varga said.", [("T.J. Varga", "direct", "The pier will hold")]),
        ("“Rates stay low,” R.A.B. Holm wrote on Monday.", [("R.A.B. Holm", "direct", "Rates stay low")]),
        # a sentence after a country's initials still starts where it should
        ("Ferries run daily in the U.S. The rest was quiet. “It is fine,” said Ilse Brandt.",
         [("Ilse Brandt", "direct", "It is fine")]),
        # must find nothing: initials alone quoted, no cue
        ("The old sign said nothing. Locals call the bridge “the T.J.” for short.", []),
    ],
)
def test_initials_in_names(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the <job title>, Name," before the cue: the name speaks, the title is its role
        ("“We are not worried,” the city’s harbour master, Piet Lund, said on Friday.",
         [("Piet Lund", "direct", "We are not worried")]),
        ("“Nothing changes,” her campaign manager, Ada Frey, said.", [("Ada Frey", "direct", "Nothing changes")]),
        # must find nothing: a thing before the name is no title, and the name is then no speaker of this quote
        ("“Nothing changes,” the new bridge, Ada Frey said, was a good idea.", []),
    ],
)
def test_job_title_before_an_appositive_name(text, expected):
    assert voices(text) == expected


def test_job_title_keeps_the_role():
    [voice] = extract_voices("t", "“We are not worried,” the city’s harbour master, Piet Lund, said on Friday.")
    assert (voice.speaker, voice.speaker_role) == ("Piet Lund", "the city’s harbour master")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cue opens the sentence, the speaker follows it, then the quote
        ("The shop closed in May. Said Lotte Wang, who ran it for years, “We tried everything.”",
         [("Lotte Wang", "direct", "We tried everything.")]),
        ("Said the mayor, “No boats today.”", [("the mayor", "direct", "No boats today.")]),
        # the same after "But," inside a sentence
        ("Lotte Wang was calm. But, said Wang, “I will miss it.”", [("Lotte Wang", "direct", "I will miss it.")]),
        # must find nothing: "Said to be" opens no cue, and a thing after the cue is no speaker
        ("Said to be the oldest in town, “The Anchor” closed in May.", []),
        ("Said the weather, “rain” again.", []),
    ],
)
def test_inverted_cue_before_the_quote(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "told <whom>, “…": the person or outlet addressed stands between the cue and the quote
        ("Tomas Berg told the Gazette, “We will appeal.”", [("Tomas Berg", "direct", "We will appeal.")]),
        ("Tomas Berg told reporters in Leeds last week, “We will appeal.”",
         [("Tomas Berg", "direct", "We will appeal.")]),
        ("Nadia Sol asked the crowd, “Are you with me?”", [("Nadia Sol", "direct", "Are you with me?")]),
        # must find nothing: an infinitive after the addressee makes the quote part of another clause
        ("Tomas Berg told them to leave, “now”.", []),
        # must find nothing: a verb that addresses no one takes no object before a title
        ("Tomas Berg praised the ship, “Northern Star”.", []),
    ],
)
def test_cue_with_an_addressee_before_the_quote(text, expected):
    assert voices(text) == expected
