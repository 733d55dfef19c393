"""Known-answer tests for a quoted name someone goes by inside a speaker phrase ('a user named
“Savannah”', 'a designer who posts as “harbourblond”', 'known as “Sea Dog”'): the words are read as part
of the phrase, never as a quote; and for "told" after a quote, which is followed by whom it was told,
never by the speaker ('“…,” told the Gazette').

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.masking import aliases
from stance.extract.spans import quote_spans
from stance.extract.voices import extract_voices
from stance.text.clean import paragraphs


def _voices(text: str) -> list[tuple[str, str, str, str]]:
    return [(v.speaker, v.speaker_role, v.kind, v.quote) for v in extract_voices("t", text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“It took off!” Ana Wright, a designer who posts as “harbourblond,” said on Monday.",
         [("Ana Wright", "a designer who posts as harbourblond", "direct", "It took off!")]),
        ("“It took off!” Ana Wright, a designer who posts as “harbourblond”, told the Gazette.",
         [("Ana Wright", "a designer who posts as harbourblond", "direct", "It took off!")]),
        ("Ana Wright, who posts as “harbourblond”, said the pier was closing.",
         [("Ana Wright", "who posts as harbourblond", "indirect", "the pier was closing")]),
        ("A man who goes by “Cap” online said, “The pier is done.”",
         [("a man", "who goes by Cap online", "direct", "The pier is done.")]),
        # the name given is the speaker's name
        ("“Behave on this app, you lot!” an American user named “Savannah” posted on Wednesday.",
         [("Savannah", "an American user", "direct", "Behave on this app, you lot!")]),
        ("Another user known as “Sea Dog” wrote that he was glad to be there.",
         [("Sea Dog", "another user", "indirect", "he was glad to be there")]),
        # must find nothing more: a name given to a thing, and a characterisation, stay as they were
        ("She named her boat “Lucky Star” and said the pier was closing.",
         [("she", "", "indirect", "the pier was closing")]),
        ("The pier, known as “the Old Lady,” has been closed since May.", []),
    ],
)
def test_a_quoted_name_inside_a_speaker_phrase(text, expected):
    assert _voices(text) == expected


@pytest.mark.parametrize(
    "text, is_alias",
    [
        ("a user named “Savannah” posted", True),
        ("who posts as “harbourblond” said", True),
        ("who goes by “Big Tom” said", True),
        # a sentence inside the marks, or more than three words, is a quote
        ("a user named “Stop it now.” posted", False),
        ("who posts as “the pier is closing for good” said", False),
        # "called" and "dubbed" characterise: those quotes are read as before
        ("critics called it “Project Tide” on Monday", False),
        ("critics dubbed it “Project Tide” on Monday", False),
    ],
)
def test_which_quotes_are_aliases(text, is_alias):
    spans = quote_spans(text, list(paragraphs(text)))
    assert bool(aliases(text, spans)) is is_alias


@pytest.mark.parametrize(
    "text, expected",
    [
        # whom it was told is no speaker
        ("“It works,” told the Gazette.", []),
        # an inverted cue of another verb still names its speaker
        ("“Why now?” asked the mayor.", [("the mayor", "", "direct", "Why now?")]),
    ],
)
def test_told_after_a_quote_names_whom_it_was_told(text, expected):
    assert _voices(text) == expected


def test_a_title_before_told_is_not_the_gazettes_voice():
    # (the quote before the speaker's title is not found yet: a title inside the speaker phrase after a quote)
    found = _voices("“It works,” Wright, the author of “Harbour Notes,” told the Gazette.")
    assert all(speaker != "the Gazette" for speaker, _, _, _ in found)
