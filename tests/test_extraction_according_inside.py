"""Known-answer tests for "according to" inside a sentence that goes on after the source:
"A, according to X, B" is X's voice over the whole sentence (as "A, she said, B" is), while the
words after "X," may still be X's role, or a clause of its own.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from tests.test_extraction import voices
from tests.test_extraction_news_verbs import voices_with_roles

OPENING = "The harbour board met again. "


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sentence goes on after the source: it is all the source's
        ("In addition, according to the port authority, nine more berths should open in May.",
         [("the port authority", "",
           "In addition, according to the port authority, nine more berths should open in May")]),
        ("Among the boats at risk, according to Ms. Edda Strom, are sixteen old trawlers.",
         [("Edda Strom", "", "Among the boats at risk, according to Ms. Edda Strom, are sixteen old trawlers")]),
        # with the source's role between two commas
        ("At the heart of the row, according to Nils Aberg, a former harbour master, was the fare rise.",
         [("Nils Aberg", "a former harbour master",
           "At the heart of the row, according to Nils Aberg, a former harbour master, was the fare rise")]),
        # still a role after the source, with nothing after it
        ("The pier is unsafe, according to Nils Aberg, the former harbour master.",
         [("Nils Aberg", "the former harbour master", "The pier is unsafe")]),
        ("The pier is unsafe, according to Nils Aberg, who inspected it.",
         [("Nils Aberg", "who inspected it", "The pier is unsafe")]),
        # a clause of its own after the source: not its role, not its words
        ("The pier is unsafe, according to the port authority, and the old boats will be sold.",
         [("the port authority", "", "The pier is unsafe")]),
    ],
)
def test_according_to_inside_a_sentence(text, expected):
    assert voices_with_roles(OPENING + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a named source's analysis of something, a year before the study, the body's own tally
        ("Outside groups have spent more than $23.5 million on the races, according to a Harbor Gazette analysis of "
         "fare filings.", [("Harbor Gazette", "indirect", "Outside groups have spent more than $23.5 million on the races")]),
        ("According to a 2019 study by economists Tom Reyes and Ana Ruiz, the ferry cuts cost the town jobs.",
         [("Tom Reyes and Ana Ruiz", "indirect", "the ferry cuts cost the town jobs")]),
        ("The fund helped 3,000 families, according to the foundation's tally.",
         [("the foundation", "indirect", "The fund helped 3,000 families")]),
        # data a named body makes available, and the most recent of its reports
        ("The town had 115 burglaries in 2019, according to the most recent data available from the Harbour Police.",
         [("the Harbour Police", "indirect", "The town had 115 burglaries in 2019")]),
        ("The pier cost more, according to the most recent report by the Harbour Trust.",
         [("the Harbour Trust", "indirect", "The pier cost more")]),
        # must find nothing: records with no one named
        ("The ferry lost money, according to the latest figures.", []),
        ("The ferry lost money, according to the most recent figures.", []),
        ("The room had two couches, according to company records of the refit.", []),
    ],
)
def test_named_records_and_studies(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash sets the source off as a comma does, spaced or not, with an aside before it
        ("In 2019 the town logged 115 break-ins — mostly sheds and garages — according to the Harbour Police.",
         [("the Harbour Police", "indirect", "In 2019 the town logged 115 break-ins — mostly sheds and garages")]),
        ("The ferry lost $2 million last year—according to the Harbour Trust.",
         [("the Harbour Trust", "indirect", "The ferry lost $2 million last year")]),
        ("Fares rose 40 percent - according to the Harbour Trust - and riders left.",
         [("the Harbour Trust", "indirect", "Fares rose 40 percent")]),
        # must find nothing: no source after the dash
        ("The vote was close — according to plan.", []),
        ("The ferry ran late — according to the timetable it should not have.", []),
    ],
)
def test_according_to_after_a_dash(text, expected):
    assert voices(OPENING + text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an object pronoun as the source stands for the person named before, as "he said" does
        ("Nils Aberg has run the line for years. According to him, most riders are tourists.",
         [("Nils Aberg", "indirect", "most riders are tourists")]),
        ("Maria Lund chairs the harbour board. Most riders are tourists, according to her.",
         [("Maria Lund", "indirect", "Most riders are tourists")]),
        # "According to X." alone, or with X's role only: X's voice is the sentence before
        ("The night boat was cancelled. According to Nils Aberg, a harbour pilot.",
         [("Nils Aberg", "indirect", "The night boat was cancelled")]),
        ("The night boat was cancelled. According to a report by the Harbour Gazette.",
         [("the Harbour Gazette", "indirect", "The night boat was cancelled")]),
        # with content of its own, the sentence before is no one's: neither a clause nor a bare phrase
        ("The night boat was cancelled. According to Nils Aberg, the crews went home early.",
         [("Nils Aberg", "indirect", "the crews went home early")]),
        ("The night boat was cancelled. According to Nils Aberg, engine trouble.",
         [("Nils Aberg", "indirect", "engine trouble")]),
        ("The night boat was cancelled. According to Nils Aberg, a storm warning had been issued at noon.",
         [("Nils Aberg", "indirect", "a storm warning had been issued at noon")]),
    ],
)
def test_according_to_a_pronoun_and_according_to_alone(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "As X noted, CONTENT" with a place or occasion between the verb (and its particle) and the comma
        ("But as Jo Li points out in a column on the Harbour Gazette site, one-on-one interviews give Holt a huge "
         "advantage.", [("Jo Li", "indirect", "one-on-one interviews give Holt a huge advantage")]),
        ("As the mayor announced in May at a rally in Dover, the pier will reopen.",
         [("the mayor", "indirect", "the pier will reopen")]),
        # a time alone between the verb and the comma; a desk or a unit of a named paper
        ("As the Harbour Gazette reported just today, the pier will close.",
         [("the Harbour Gazette", "indirect", "the pier will close")]),
        ("As Jo Li wrote Monday, the pier will close.", [("Jo Li", "indirect", "the pier will close")]),
        ("As the Gazette’s harbour desk reported earlier this week, the pier will close.",
         [("the Gazette’s harbour desk", "indirect", "the pier will close")]),
        ("The Gazette’s investigative unit reported that the pier would close.",
         [("the Gazette’s investigative unit", "indirect", "the pier would close")]),
        # must find nothing: "As X spoke" says when; a that-clause after the circumstance is the verb's own
        ("As Jo Li spoke in the hall on Monday, the crowd booed.", []),
        ("As Jo Li walked in Monday, the crowd booed.", []),
        ("As Jo Li noted in her report that the pier leaks, the board went quiet.", [("Jo Li", "indirect", "the pier leaks")]),
        # a body's records speak through the body, its acronym dotted or not; records of no one do not
        ("According to F.A.A. records, the ferry has flown about 333 hours since June.",
         [("F.A.A.", "indirect", "the ferry has flown about 333 hours since June")]),
        ("The ferry has flown about 333 hours since June, according to F.B.I. figures.",
         [("F.B.I.", "indirect", "The ferry has flown about 333 hours since June")]),
        ("According to court records, the ferry has flown about 333 hours since June.", []),
    ],
)
def test_as_noted_with_a_circumstance_and_dotted_bodies(text, expected):
    assert voices(text) == expected
