"""Known-answer tests for the shapes of real news copy (wire style, long titles, cue forms).

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.text.clean import clean_plain_text
from stance.extract.voices import extract_voices


def voices(text: str) -> list[tuple[str, str, str]]:
    return [(v.speaker, v.kind, v.quote) for v in extract_voices("t", clean_plain_text(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # two apostrophes as double quote marks, as some wire copy prints them
        ("''The bridge is safe,'' said Mr. Novak, an engineer.", [("Novak", "direct", "The bridge is safe")]),
        ("Ana Ruiz was angry. ''She told me, 'Go home,''' she recalled. ''I did.''",
         [("Ana Ruiz", "direct", "She told me, 'Go home,'"), ("Ana Ruiz", "direct", "I did.")]),
        ("Ana Ruiz was angry. “She told me, ‘Go home,’” she recalled.",
         [("Ana Ruiz", "direct", "She told me, ‘Go home,’")]),
        # must find nothing: inches, a title in two-apostrophe marks
        ("The board measured 12'' by 8'' and sold well.", []),
        ("The band played ''Blue Harbour'' twice.", []),
    ],
)
def test_two_apostrophe_quote_marks(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviated title after the quote ("Mr.", "Sen.") belongs to the speaker
        ("Intro here. ''We are building for the long run,'' Mr. Okafor said.",
         [("Okafor", "direct", "We are building for the long run")]),
        # a quote's own ? or ! does not end the sentence before its named speaker
        ("''Who pays for this?'' Mr. Okafor asked, waving the bill.", [("Okafor", "direct", "Who pays for this?")]),
        ("“Why not?” President Ruiz asked.", [("Ruiz", "direct", "Why not?")]),
        # ... but a new sentence after it is still a new sentence
        ("“Can you tell me?” An answer came from a user.", []),
        # party and state tags are not part of the name, and the cue verb is not used twice
        ("“It matters,” Sen. Marco Lindqvist (R-Fla.) said Saturday night at the debate.",
         [("Marco Lindqvist", "direct", "It matters")]),
        ("“We lost,” said Sen. Jo Lindqvist, D-Ore., after the vote.", [("Jo Lindqvist", "direct", "We lost")]),
        ("Rep. Dan Ortiz (D) said that the bill would fail.", [("Dan Ortiz", "indirect", "the bill would fail")]),
    ],
)
def test_titles_tags_and_question_marks_around_the_speaker(text, expected):
    assert voices(text) == expected
