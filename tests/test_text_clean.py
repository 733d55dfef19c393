"""Line breaks and zero-width characters: changed where present, text without them returned as it is."""

from __future__ import annotations

import pytest

from stance.text.clean import clean_plain_text, normalize_newlines, remove_zero_width


@pytest.mark.parametrize("raw, expected", [
    ("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour"),
    ("\r\n\r\n", "\n\n"),
    ("\r", "\n"),
    ("no carriage return here\n", "no carriage return here\n"),
    ("", ""),
])
def test_normalize_newlines(raw, expected):
    assert normalize_newlines(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("\ufeffHeadline", "Headline"),
    ("co\u200bop\u200cer\u200dat\u2060ive", "cooperative"),
    ("\u200b\u200b", ""),
    # direction marks and embeddings pasted in with a post, before a quote mark or inside a name
    ("\u202a\u201dWe stay,\u201d wrote Ana\u200e Silva.\u202c", "\u201dWe stay,\u201d wrote Ana Silva."),
    ("\u2067Ana\u2069 \u200fSilva", "Ana Silva"),
    ("“Plain,” said Ana Silva.", "“Plain,” said Ana Silva."),  # none to remove
    ("narrow\u202fspace and soft\u00adhyphen", "narrow\u202fspace and soft\u00adhyphen"),  # not zero-width
])
def test_remove_zero_width(raw, expected):
    assert remove_zero_width(raw) == expected


def test_the_plain_text_pipeline_with_and_without_them():
    assert clean_plain_text("\ufeff“Yes,”\u200b said\r\nAna Silva.\r\n") == "“Yes,” said\nAna Silva."
    assert clean_plain_text("“Yes,” said\nAna Silva.\n") == "“Yes,” said\nAna Silva."
