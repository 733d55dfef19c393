"""Known-answer tests for speakers' labels: broadcast and interview transcripts, whose paragraphs
open with a label in capitals ("NORA QUILL: ..."), and headlines that credit a claim to a person
("Quill: Ferry fares must fall"); caption lines of broadcast copy (`ANA RUIZ Ferry pilot "…"`); and the
lists, headings and sections that must not be read so.

Every text here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

from stance.extract.transcripts import speaker_name, transcript_turns
from stance.extract.voices import extract_voices
from stance.text.clean import clean_plain_text, paragraphs


def _voices(text: str) -> list[tuple[str, str, str, str]]:
    found = extract_voices("t", clean_plain_text(text))
    return [(v.speaker, v.speaker_role, v.kind, v.quote) for v in found]


TRANSCRIPT = """Harbour talk

Governor Ines Vale joined the evening show to talk about the ferry.

NORA QUILL: The ferry has been late all winter. What went wrong?

VALE: Two of the boats are older than I am. We are replacing both of them this spring.

QUILL: And the fares?

VALE: Fares stay where they are until the new boats run."""


def test_each_turn_of_a_transcript_is_its_speakers_voice():
    assert _voices(TRANSCRIPT) == [
        ("Nora Quill", "", "direct", "The ferry has been late all winter. What went wrong?"),
        ("Ines Vale", "", "direct", "Two of the boats are older than I am. We are replacing both of them this spring."),
        ("Nora Quill", "", "direct", "And the fares?"),
        ("Ines Vale", "", "direct", "Fares stay where they are until the new boats run."),
    ]


def test_a_role_in_brackets_after_the_label():
    text = ("Debate night\n\nHOST: Welcome back to the debate on the ferry.\n\n"
            "SEN. ANA RUIZ (Harbour Party): The ferry needs a public owner again.")
    assert _voices(text)[1] == ("Ana Ruiz", "Harbour Party", "direct", "The ferry needs a public owner again.")


def test_labels_in_capitals_read_as_names():
    assert speaker_name("NORA QUILL") == "Nora Quill"
    assert speaker_name("SEN. ANA RUIZ") == "Sen. Ana Ruiz"
    assert speaker_name("Nora Quill") == "Nora Quill"


def _turns(text: str) -> list[str]:
    return [turn.label for turn in transcript_turns(list(paragraphs(clean_plain_text(text))))]


def test_lists_and_headings_are_no_transcript():
    # one speaker only, title-case labels, figures, page furniture, Q and A
    assert _turns("Results\n\nVALE: We won the vote tonight, and I thank you.\n\nVALE: We start tomorrow.") == []
    assert _turns("Results\n\nVale: Keep the ferry running.\n\nRuiz: Build a bridge instead.") == []
    assert _turns("Count\n\nVALE: 1,204.\n\nRUIZ: 998.") == []
    assert _turns("News\n\nUPDATE: The pier reopened at noon today.\n\nNOTE: This story was corrected on Monday.") == []
    assert _turns("Interview\n\nQ: How did the vote go for you?\n\nA: Better than we feared it would.") == []


def test_a_colon_later_in_a_paragraph_opens_no_turn():
    text = ("Pier news\n\nThe mayor said one thing at the meeting on the pier: it stays open for now.\n\n"
            "The council added its own view on the budget: the repairs will cost more than planned.")
    assert _turns(text) == []


def test_a_headline_credits_its_claim_to_a_person_named_in_the_article():
    text = "Quill: Ferry fares must fall before summer\n\nSenator Nora Quill spoke to commuters on Monday."
    assert _voices(text) == [("Nora Quill", "Senator", "indirect", "Ferry fares must fall before summer")]
    quoted = "Quill: 'The ferry is a lifeline'\n\nSenator Nora Quill spoke to commuters on Monday."
    assert _voices(quoted) == [("Nora Quill", "Senator", "direct", "The ferry is a lifeline")]
    # whom the claim was made to may stand between the name and the colon
    audience = "Quill to Ferry Workers: Fares must fall before summer\n\nSenator Nora Quill spoke to commuters on Monday."
    assert _voices(audience) == [("Nora Quill", "Senator", "indirect", "Fares must fall before summer")]


def test_headlines_that_credit_nobody():
    # a section, a poll, a name the article never uses, a cut phrase, too short a claim, no body
    for title in ("Morning Briefing: Ferry fares must fall before summer",
                  "Harbour Poll: Ferry fares must fall before summer",
                  "Quill: Ferry fares must fall before summer",
                  "Of Quill: Ferry fares must fall before summer",
                  "Quill: Fares",
                  "Welcome to Quill: Ferry fares must fall before summer"):
        body = "\n\nThe harbour board met commuters on Monday." if title.startswith("Quill: Ferry") else (
            "\n\nSenator Nora Quill spoke to commuters on Monday.")
        assert _voices(title + body) == [], title
    assert _voices("Quill: Ferry fares must fall before summer") == []


def test_a_headline_speaker_gets_the_name_the_body_gives():
    text = "Quill Says Ferry Fares Must Fall\n\nSenator Nora Quill spoke to commuters on Monday."
    assert _voices(text) == [("Nora Quill", "Senator", "indirect", "Ferry Fares Must Fall")]
    # must stay as written: a body that never names the person
    assert _voices("Quill Says Ferry Fares Must Fall\n\nThe board met commuters on Monday.")[0][0] == "Quill"


TITLE_CASE_DIALOGUE = """Panel night

Host Nora Quill asked two reporters about the ferry.

Nora Quill: So who pays for the new boats in the end?

Tomas Berg: The islanders do, through the fares, as they always have.

Quill: Surely the council puts something in as well.

Berg: Only a little, and only after the vote next spring."""


def test_a_dialogue_with_title_case_labels_is_a_transcript():
    # two speakers with two turns each; the surname label is the full name before it
    assert _voices(TITLE_CASE_DIALOGUE) == [
        ("Nora Quill", "", "direct", "So who pays for the new boats in the end?"),
        ("Tomas Berg", "", "direct", "The islanders do, through the fares, as they always have."),
        ("Nora Quill", "", "direct", "Surely the council puts something in as well."),
        ("Tomas Berg", "", "direct", "Only a little, and only after the vote next spring."),
    ]


def test_title_case_labels_without_a_dialogue_are_no_transcript():
    # each label once (a list of positions), or only one speaker with two turns
    assert _turns("Where they stand\n\nVale: Keep the ferry running all year.\n\nRuiz: Build a bridge instead of it."
                  "\n\nBerg: Sell the old boats to pay for repairs.") == []
    assert _turns("Where they stand\n\nVale: Keep the ferry running all year.\n\nRuiz: Build a bridge instead of it."
                  "\n\nVale: The bridge would cost twice as much.") == []


def test_a_caption_line_gives_its_quote_to_the_name_in_capitals():
    text = ('Ferry fares\n\nCrews met on Monday.\n\nANA RUIZ Ferry pilot "We will keep sailing until the money runs out."\n\n'
            'JO K. Ferry rider "You close the pier, and we will just swim across."')
    assert _voices(text) == [
        ("Ana Ruiz", "Ferry pilot", "direct", "We will keep sailing until the money runs out."),
        ("Jo K.", "Ferry rider", "direct", "You close the pier, and we will just swim across."),
    ]


def test_a_heading_or_a_line_that_goes_on_is_no_caption():
    # capitals that open with no given name are a heading; a quote with more words after it has its own cue
    assert _voices('Ferry fares\n\nBREAKING NEWS "Pier closes for the winter, the council says."') == []
    found = extract_voices("t", clean_plain_text(
        'Ferry fares\n\nANA RUIZ Ferry pilot "We will keep sailing," she said, "until the money runs out."'))
    assert [(v.cue, v.quote) for v in found] == [("said", "We will keep sailing"), ("said", "until the money runs out.")]


def test_a_transcript_quoted_paragraph_by_paragraph():
    # each paragraph of a quoted transcript opens with a quote mark; the last one closes the quotation
    text = ("Harbour talk\n\nThe show ran an exchange from the evening debate.\n\n"
            "\u201cNORA QUILL: The ferry has been late all winter. What went wrong?\n\n"
            "\u201cVALE: Two of the boats are older than I am, and both go this spring.\n\n"
            "\u201cQUILL: And the fares will stay where they are?\u201d")
    assert _voices(text) == [
        ("Nora Quill", "", "direct", "The ferry has been late all winter. What went wrong?"),
        ("Vale", "", "direct", "Two of the boats are older than I am, and both go this spring."),
        ("Nora Quill", "", "direct", "And the fares will stay where they are?"),
    ]
