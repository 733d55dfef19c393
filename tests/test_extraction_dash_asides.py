"""Known-answer tests for a dash beside a cue verb and for the words after a cue clause: an aside
after "CONTENT, X said …", an aside between the verb and "that", a dash that opens no content, and a
time before the place or occasion of a cue clause.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.voices import extract_voices
from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside after the cue clause, set off by a dash
        ("The ferry fares will rise, former Mayor Tom Reyes said this week at a dinner in Dover — a turn from his "
         "past support for the cap.",
         [("Tom Reyes", "indirect", "The ferry fares will rise")]),
        ("The ferry fares will rise, Tom Reyes said on Monday — a turn from his stance, which had held for years.",
         [("Tom Reyes", "indirect", "The ferry fares will rise")]),
        # a time, then the place or occasion: longer than a bare trailer, still the cue's own
        ("The ferry fares will rise, Tom Reyes said this week at a dinner in Dover.",
         [("Tom Reyes", "indirect", "The ferry fares will rise")]),
        # an aside between the verb and "that"
        ("His aide Tom Reyes said — on the radio, as it happens — that the levy raised $4 million in a day.",
         [("Tom Reyes", "indirect", "the levy raised $4 million in a day")]),
        ("His aide Tom Reyes said - on the radio - that the levy raised $4 million in a day.",
         [("Tom Reyes", "indirect", "the levy raised $4 million in a day")]),
        # must find nothing: a dash after the verb opens no content
        ("Tom Reyes said — and then he left the hall.", []),
        # must find nothing: the verb after an infinitive's object ("went to see Holt speak") has no subject
        ("Reyes, a retired welder, went to see Holt speak last week at a town-hall-style event in Dover.", []),
        # must find nothing: after an inverted verb, a question is no trailer ("asked the mayor … if"), so the
        # person asked is no speaker of the name before
        ("Jo Vargas, an activist, asked the former mayor during a long live chat if she would sign the pledge.", []),
        # "to" before an article or a pronoun opens no infinitive
        ("The pier will close, a source close to him said on Monday at the harbour office.",
         [("a source close to him", "indirect", "The pier will close")]),
    ],
)
def test_dashes_and_words_after_a_cue_clause(text, expected):
    assert voices(text) == expected


def test_a_coordinated_clause_inside_a_dash_aside_is_no_interjected_cue():
    # must find nothing new: "and Republicans are alleging" is one of three coordinated clauses, not a cue clause
    # set off inside the content, and the quote after the aside stays Holt's, as does the one after it
    text = ("If the storm is indeed wearing down the pier through the slow damage to its pilings — as many engineers "
            "believe, and Republicans are alleging, but Dover strongly denies — “why wouldn’t you want to close it for "
            "a season?” asked Holt, now a partner at a marine firm. “I think it’s only prudent to ask.”")
    assert voices(text) == [("Holt", "direct", "why wouldn’t you want to close it for a season?"),
                            ("Holt", "direct", "I think it’s only prudent to ask.")]


def test_as_after_a_coordinator_still_sets_a_cue_clause_off():
    assert voices("The fees are high, and as Ruiz noted, the levy may still be cut.") == [
        ("Ruiz", "indirect", "The fees are high, and as Ruiz noted, the levy may still be cut")]


def test_spaces_after_the_verb_are_no_dash():
    # extract_voices is also called on text nobody cleaned: a run of spaces after the verb opens the content
    found = [(v.speaker, v.quote) for v in extract_voices("t", "Holt said   the pier would close.")]
    assert found == [("Holt", "the pier would close")]
