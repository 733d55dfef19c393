"""Known-answer tests for a short exclamation or question quoted after its cue with no comma ('A man
yelled “Stay there!”'), a speaker phrase holding dotted initials before a direct quote ("head of the
D.C.-based Harbour Institute, said:"), a described group after an inverted cue with the name after
its title ("exhorted the mayor's introducer, actress Ana Lee Cruz"), a subordinate clause opening a
clause after a comma, whose content ends at its own comma (", and when Reyes said A, B"), an
adjective cut from its noun, which heads no group ("an early (voice)"), and a cue clause closing the
sentence ("CONTENT, her top aide, Tom Reyes, told the Gazette.": whom it was told is no speaker).

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.speakers import parse_speaker
from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A man yelled “Stay there!”", [("a man", "direct", "Stay there!")]),
        ("A man yelled “Stay there!” at the mayor.", [("a man", "direct", "Stay there!")]),
        ("The crowd shouted “Why not?”", [("the crowd", "direct", "Why not?")]),
        # must find nothing: a short quote with no mark of its own is a word quoted, not a remark
        ("Ruiz said “no” to the plan.", []),
        ("Ruiz watched “Jeopardy!” last night.", []),
    ],
)
def test_a_short_exclamation_after_its_cue(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Jo Li, head of the D.C.-based Harbour Institute, said: "I just do not think so."',
         [("Jo Li", "head of the D.C.-based Harbour Institute")]),
        ('Jo Li, head of the U.S. Harbour Institute, said, "I just do not think so."',
         [("Jo Li", "head of the U.S. Harbour Institute")]),
        # a sentence that ends with the initials still ends there
        ('The ferry left the U.S. Jo Li said, "I just do not think so."', [("Jo Li", "")]),
        ("“It is about time,” exhorted the mayor's introducer, actress Ana Lee Cruz.",
         [("Ana Lee Cruz", "the mayor's introducer, actress")]),
        ("“It is about time,” said a pilot, a veteran of the port.", [("a pilot", "a veteran of the port")]),
        # an adjective cut from its noun is no group: the name before it speaks
        ("“This is a big deal,” said Ana Ruiz of the Harbour Trust, an early voice for the pilots.",
         [("Ana Ruiz", "an early voice for the pilots")]),
    ],
)
def test_initials_and_titled_names_in_speaker_phrases(text, expected):
    assert speakers_and_roles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The crowd booed, and when Reyes said it was great to be home, the pier shook.",
         [("Reyes", "indirect", "it was great to be home")]),
        ("The crowd booed, and when Reyes said it was great to be home, a man yelled “Stay there!”",
         [("a man", "direct", "Stay there!"), ("Reyes", "indirect", "it was great to be home")]),
        # a clause after "but" is no subordinate clause: its content runs on
        ("The crowd booed, but Reyes said the pier, which is old, would stay.",
         [("Reyes", "indirect", "the pier, which is old, would stay")]),
    ],
)
def test_a_subordinate_clause_after_a_comma(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize("chunk", ["an early", "a new", "the only", "one likely", "some recent"])
def test_an_adjective_cut_from_its_noun_is_no_speaker(chunk):
    assert parse_speaker(chunk) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # after "told", the words are whom it was told; the speaker stands before the verb
        ("Ana Ruiz remains committed to the race, her top aide, Tom Reyes, told the Gazette.",
         [("Tom Reyes", "her top aide")]),
        ("Ana Ruiz remains committed to the race, Tom Reyes told the Gazette.", [("Tom Reyes", "")]),
        # a described group after an inverted "said", then the name
        ("The mill is under heavy pressure from imports, said the company's chief executive, John J. Ferriola.",
         [("John J. Ferriola", "the company's chief executive")]),
        ("The pier will close, said a pilot, a veteran of the port.", [("a pilot", "a veteran of the port")]),
        # must find nothing: no one stands before "told"
        ("Ana Ruiz remains committed to the race, told the Gazette.", []),
    ],
)
def test_a_cue_clause_closing_the_sentence(text, expected):
    assert speakers_and_roles(text) == expected
