"""Known-answer tests for documents with a named source ("a report by Reuters", "a Gallup survey"):
the source speaks; a document with no source named does not.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.sources import named_source
from tests.test_extraction import voices


@pytest.mark.parametrize(
    "chunk, expected",
    [
        ("A report by Harbour News", ("Harbour News", "A report")),
        ("a new study by the University of Leeds", ("University of Leeds", "a new study")),
        ("A Harbourpoll survey from August", ("Harbourpoll", "A Harbourpoll survey")),
        ("Northgate Research's analysis", ("Northgate Research", "Northgate Research's analysis")),
        ("Pew\u2019s survey", ("Pew", "Pew\u2019s survey")),
        ("Sensor Field data", ("Sensor Field", "Sensor Field data")),
        ("YouGov data", ("YouGov", "YouGov data")),
        ("the IG report", ("IG", "the IG report")),
        # must find nothing: no source named, a time for a source, a sentence's opening capital, an era
        ("Recent reports", None),
        ("the report", None),
        ("A survey from August", None),
        ("Exit polls", None),
        ("White House-era documents", None),
        ("the data from the survey", None),
        ("Ana Ruiz", None),
    ],
)
def test_named_source(chunk, expected):
    assert named_source(chunk) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Harbourpoll survey from August revealed that 42 per cent of riders disliked the new fares.",
         [("Harbourpoll", "indirect", "42 per cent of riders disliked the new fares")]),
        ("A report by Harbour News said the pier would close.", [("Harbour News", "indirect", "the pier would close")]),
        ("Northgate Research's analysis suggests that the app could double its users by June.",
         [("Northgate Research", "indirect", "the app could double its users by June")]),
        ("\u201cThe pier is closed,\u201d a Harbour News report said.", [("Harbour News", "direct", "The pier is closed")]),
        # must find nothing: documents without a named source
        ("Recent reports reveal that the pier will close.", []),
        ("A survey from August suggests that most riders want a later boat.", []),
    ],
)
def test_a_document_speaks_through_its_named_source(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize("chunk", ["Acme's figures", "the mayor\u2019s data", "Acme\u2019s posts"])
def test_what_an_owner_has_is_no_source_of_findings(chunk):
    assert named_source(chunk) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a document with a kind before its noun ("a court document", "a police report") and a named filer
        ("The charge lacks the required elements, according to a court document filed by state attorney Jo Ruiz.",
         [("Jo Ruiz", "indirect", "The charge lacks the required elements")]),
        ("According to a police report filed by Officer Tom Reyes, the boat was stolen at night.",
         [("Tom Reyes", "indirect", "the boat was stolen at night")]),
        # "that night" after a speaker is when, not who
        ("According to the officer in charge of the harbour base that night, the scene was calm.",
         [("the officer in charge of the harbour base", "indirect", "the scene was calm")]),
        # must find nothing: a court document with no one named
        ("According to a court document, the boat was stolen at night.", []),
    ],
)
def test_a_kind_of_document_and_a_time_after_the_source(text, expected):
    assert voices(text) == expected
