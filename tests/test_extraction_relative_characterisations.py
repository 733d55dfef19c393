"""Known-answer tests for a quoted characterisation inside a relative clause ('Ana Ruiz, who calls it
a “tax on the poor”'; after ", which" only a named body), and for a role that a short quote ends
('Ana Ruiz, the self-styled “harbour queen,” said'): roles are read where quoted words are masked, and
the quote goes back on them. Also: a noun for what is said ("a warning", "a reply") is no speaker.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import speakers_and_roles, voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # the phrase before ", who" calls it so, not the clause's first words
        ("The levy drew fire from Ana Ruiz, who calls it a “tax on the poor.”",
         [("Ana Ruiz", "partial", "it a “tax on the poor.”")]),
        ("The levy drew fire from Ana Ruiz, who has repeatedly called it a “tax on the poor.”",
         [("Ana Ruiz", "partial", "it a “tax on the poor.”")]),
        # a named body before ", which"
        ("The Harbour Trust, which has called the levy a “tax on the poor,” met on Monday.",
         [("the Harbour Trust", "partial", "the levy a “tax on the poor,”")]),
        # must find nothing: a document before ", which" characterises nothing
        ("The report, which calls the levy a “tax on the poor,” was released on Monday.", []),
    ],
)
def test_a_characterisation_in_a_relative_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ana Ruiz, the self-styled “harbour queen,” said the fees would rise.",
         [("Ana Ruiz", "the self-styled “harbour queen”")]),
        # (the characterisation's own quote is its content, not its role)
        ("Tom Reyes, who once called the levy “theft,” said the fees would rise.",
         [("Tom Reyes", "who once called the levy “theft”"), ("Tom Reyes", "who once called the levy")]),
        # a role keeps no long quotation after it
        ("Ana Ruiz, the harbour master “who has never once missed a sailing in all her years,” left early.", []),
    ],
)
def test_a_role_ended_by_a_short_quote_keeps_it(text, expected):
    assert speakers_and_roles(text) == expected


def test_the_quote_after_a_roles_comma_is_no_part_of_it():
    # more of what was said follows the appositive's comma
    found = speakers_and_roles("“We are ready,” added Tom Reyes, a pilot who joined last week, “and so are the boats.”")
    assert found and all(speaker == "Tom Reyes" and "\u201c" not in role for speaker, role in found)


@pytest.mark.parametrize(
    "text, expected",
    [
        # what someone says is no speaker: the object of "tweeted" is no inverted cue's speaker, and the
        # quote after the sentence is the senator's
        ('On the other side, Senator Tom Reyes, who has made the pier his cause, tweeted a warning. '
         '"Dover: Remember in May the members who voted against the pier."',
         [("Tom Reyes", "direct", "Dover: Remember in May the members who voted against the pier.")]),
        ("The fees will rise, the mayor said in a message to crews, sending a reply to the union.",
         [("the mayor", "indirect", "The fees will rise")]),
        # a person after the same inverted verb still speaks
        ("The pier will close in May, said a resident of the harbour.",
         [("a resident of the harbour", "indirect", "The pier will close in May")]),
    ],
)
def test_a_speech_noun_is_no_speaker(text, expected):
    assert voices(text) == expected
