"""Line breaks, zero-width characters and run-on full stops: changed where present, other text returned as it is."""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text, normalize_newlines, remove_zero_width, space_after_full_stop


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


@pytest.mark.parametrize("raw, expected", [
    ("The ferry left late.Ruiz said it was the wind.", "The ferry left late. Ruiz said it was the wind."),
    ("“It is shut,” Ruiz said.Reyes disagreed.", "“It is shut,” Ruiz said. Reyes disagreed."),
    # must stay as written: an abbreviation, initials, a domain, a stop before a space or a lower-case word
    ("St.Louis and the U.S.Army, e.g.The pier", "St.Louis and the U.S.Army, e.g.The pier"),
    ("See harbour.org.uk for fares. It opens at nine.", "See harbour.org.uk for fares. It opens at nine."),
    ("", ""),
])
def test_space_after_full_stop(raw, expected):
    assert space_after_full_stop(raw) == expected


def test_a_run_on_full_stop_hides_no_voice():
    text = clean_plain_text("“The pier is shut,” Ana Ruiz said.Ruiz claimed that the board had known for months.")
    assert [(voice.speaker, voice.quote) for voice in extract_voices("a", text)] == [
        ("Ana Ruiz", "The pier is shut"), ("Ana Ruiz", "the board had known for months")]
