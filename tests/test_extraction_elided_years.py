"""Copy quoting with single marks: ‘16 after "in", "of", "since" … is a year with its century left out
(the apostrophe typed the wrong way round), not a quote opening on a number."""
import pytest

from stance.extract.single_quotes import as_double_quotes
from stance.extract.voices import extract_voices


def _voices(text):
    return [(v.speaker, v.kind, v.quote) for v in extract_voices("t", text)]


@pytest.mark.parametrize("text, expected", [
    # the year no longer opens a quote that swallows the real one after it
    ("The pier shut in ‘16 after the storm. ‘We will fight it,’ said Tom Reyes.",
     [("Tom Reyes", "direct", "We will fight it")]),
    ("The ferry ran until spring ‘19. ‘It was the best job I ever had,’ said Tom Reyes, a deckhand.",
     [("Tom Reyes", "direct", "It was the best job I ever had")]),
    ("Ana Ruiz, who joined the crew in September ‘09, said: ‘The sea wall will not hold.’",
     [("Ana Ruiz", "direct", "The sea wall will not hold.")]),
    ("Since ‘21 the toll has doubled, and ‘nobody asked us,’ said Ana Ruiz.",
     [("Ana Ruiz", "direct", "nobody asked us")]),
    # a quote that opens on a number is still a quote
    ("‘20 of us came back to the harbour,’ said Ana Ruiz.", [("Ana Ruiz", "direct", "20 of us came back to the harbour")]),
    ("Ana Ruiz said: ‘40 boats left before dawn.’", [("Ana Ruiz", "direct", "40 boats left before dawn.")]),
])
def test_an_elided_year_is_no_opening_mark(text, expected):
    assert _voices(text) == expected


@pytest.mark.parametrize("text", [
    "The club won the cup in ‘98 and again in ‘02.",  # years only: nothing to find
    "She joined the class of ‘12 and left in ‘14.",
])
def test_years_alone_are_no_voice_and_keep_their_marks(text):
    assert _voices(text) == []
    assert as_double_quotes(text) == text


def test_a_year_and_a_quote_in_one_paragraph_mark_only_the_quote():
    text = "It closed in ‘16. ‘Never again,’ she said."
    assert as_double_quotes(text) == "It closed in ‘16. “Never again,” she said."
