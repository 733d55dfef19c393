"""Known-answer tests for speakers inside a subordinate clause: a named speaker after "and" that
closes a clause, a coordinated cue inside an opening subordinate clause, and an aside between the
cue verb and "that"; hedges inside relative clauses stay no voices.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text",
    [
        # hedges inside a relative clause are no voices (tests/data/gold/README.md)
        "The crews were released at once, showing what many analysts said was a sign of calmer relations.",
        "You know what they say about men with small boats.",
        "The plan, which he said was costly, failed.",
    ],
)
def test_relative_hedges_are_no_voices(text):
    assert voices(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named speaker after "and" that ends another clause
        ("The bill kept the fee, which the mayor opposed and Obama said he would have vetoed.",
         [("Obama", "indirect", "he would have vetoed")]),
        ("Aberg did not answer, but he was copied on the letters and Gates said he spoke to Aberg first.",
         [("Gates", "indirect", "he spoke to Aberg first")]),
        # "and" between names joins them into one subject
        ("The board met. Mr. King and Mr. Ruiz say the pier is safe.",
         [("Mr. King and Mr. Ruiz", "indirect", "the pier is safe")]),
        # a coordinated cue inside an opening subordinate clause: its subject, its content to the comma
        ("When Reyes later mentioned the storm and said he would protect every crew, the crowd cheered.",
         [("Reyes", "indirect", "the storm"), ("Reyes", "indirect", "he would protect every crew")]),
        # must find nothing: a subordinate clause's object is no speaker of a later participle
        ('After the storm warnings, Reyes released a new radio ad calling it "dangerous" for crews.', []),
    ],
)
def test_speakers_after_and_or_a_subordinator(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Reyes said, among other things, that the pier had rust.", [("Reyes", "indirect", "the pier had rust")]),
        ("Mr. Reyes argued, for example, that the pier had rust.", [("Reyes", "indirect", "the pier had rust")]),
        ("Mr. Reyes said once again that the pier had rust.", [("Reyes", "indirect", "the pier had rust")]),
        # "again" is a word of its own: "warned against" keeps its content
        ("Mr. Reyes warned against building the pier.", [("Reyes", "indirect", "against building the pier")]),
        # must find nothing: the aside and nothing more
        ("Mr. Reyes said again.", []),
        ("Mr. Reyes said among other things.", []),
    ],
)
def test_aside_between_the_verb_and_that(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a preposition before "which": where or when the words were said, and its clause reports them
        ("Instead he gave a speech in Dover in which he pledged that the ferry would run all winter.",
         [("he", "indirect", "the ferry would run all winter")]),
        ("She recalled a meeting during which Tom Reyes said the pier could not be saved.",
         [("Tom Reyes", "indirect", "the pier could not be saved")]),
        # must find nothing: a hedge inside a bare relative clause
        ("The rules, which residents say favour tourists, were passed in May.", []),
    ],
)
def test_a_clause_after_a_preposition_and_which_reports(text, expected):
    assert voices(text) == expected
