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
