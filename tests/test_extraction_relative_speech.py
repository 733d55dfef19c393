"""Known-answer tests for a cue verb inside a relative clause ("the repairs, which officials said will begin in
May"). The gold rules (tests/data/gold/README.md) count such hedges as no voice; read as an ordinary cue verb they
had given a wrong one ("the mayor" saying "was exhausted, left early"). The voices around them stay.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text",
    [
        # "who": the clause's subject would have been read as the role of the person the clause describes
        "The mayor, who aides say was exhausted, left early.",
        "The harbour master, who colleagues said had warned of the storm for weeks, resigned on Friday.",
        "The pier repairs, which council officials said will begin in the spring, are not yet funded.",
        "The report points to a staffing gap that many harbour pilots say left the port exposed.",
        "The levy, which the board has repeatedly said did not need a vote, lapsed in May.",
        # what was said as the antecedent, and relative clauses with no cue verb
        "The words that she said were cruel, and the crowd fell silent.",
        "The levy, which the council passed in May, will lapse next year.",
        "The crew that Ana Ruiz thanked was late.",
    ],
)
def test_a_cue_inside_a_relative_clause_is_no_voice(text):
    assert voices(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the voice before the relative clause keeps it as part of its content
        ("Lena Brandt criticised the fare rise, which she has often said was a mistake.",
         [("Lena Brandt", "indirect", "the fare rise, which she has often said was a mistake")]),
        ("The port authority said the ferry was among the vessels that it believed were unsafe.",
         [("the port authority", "indirect", "the ferry was among the vessels that it believed were unsafe")]),
        # a speaker after "who" with no verb of the clause's own after the cue still speaks
        ("Ana Ruiz, who said the pier would reopen, spoke for an hour.",
         [("Ana Ruiz", "indirect", "the pier would reopen")]),
        # "that" as a cue verb's conjunction, with an ordinary cue inside
        ("Officials noted that he said the plan would fail.", [("officials", "indirect", "he said the plan would fail")]),
        # a subject and cue verb with a clause of their own: an ordinary voice
        ("Ana Ruiz said the pier was safe, and the council said it would reopen in May.",
         [("Ana Ruiz", "indirect", "the pier was safe"), ("the council", "indirect", "it would reopen in May")]),
    ],
)
def test_voices_around_a_relative_clause(text, expected):
    assert voices(text) == expected
