"""The masked text: quoted characters and paragraph-opening datelines blanked, offsets kept."""

from stance.extract.masking import blank_datelines, mask_quotes
from stance.extract.spans import quote_spans
from stance.text.clean import paragraphs


def _blank(text: str) -> str:
    return blank_datelines(text, list(paragraphs(text)))


def test_dateline_blanked_at_each_paragraph_start():
    text = "OSLO - The port opened.\n\nLA CROSSE, Wisc. \u2014 Crews left.\nPARIS, May 3 (Wire) - Rain fell."
    blanked = _blank(text)
    assert len(blanked) == len(text)
    assert blanked == (" " * 7 + "The port opened.\n\n" + " " * 19 + "Crews left.\n" + " " * 22 + "Rain fell.")


def test_dateline_with_place_and_date_is_blanked():
    # a city, its state and a date, each after a comma
    for dateline, rest in (("PORT ELLIS, Ore., March 3 \u2014 ", "Mayor Dana Whitlow spoke."),
                           ("HARBOR CITY, Maine, Oct. 4 (Wire) - ", "Crews left.")):
        assert _blank(dateline + rest) == " " * len(dateline) + rest


def test_no_dateline_leaves_text_unchanged():
    for text in ("", "\n\n", "The port opened.", "Crews left OSLO - at noon.", "Oslo - a city.", "A - b",
                 "OSLO, Bergen, Trondheim, Tromso, Bodo - five ports.", "NATO, the alliance, \u2014 met."):
        assert _blank(text) == text


def test_dateline_only_at_paragraph_start():
    text = "Crews left.\nOSLO - Rain fell. Then BERGEN - more rain."
    assert _blank(text) == "Crews left.\n" + " " * 7 + "Rain fell. Then BERGEN - more rain."


def test_mask_quotes_keeps_marks_and_offsets():
    text = 'She said "go now" and left.'
    masked = mask_quotes(text, quote_spans(text))
    assert len(masked) == len(text)
    assert masked.startswith('She said "') and masked.endswith('" and left.')
    assert "go now" not in masked
