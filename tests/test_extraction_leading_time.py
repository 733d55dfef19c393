"""A time opening the clause with no comma before a named subject: the name speaks, and the time is no role."""
import pytest

from stance.extract.speakers import parse_speaker
from stance.extract.voices import extract_voices


def _voices(text):
    return [(v.speaker, v.speaker_role, v.kind, v.quote) for v in extract_voices("t", text)]


@pytest.mark.parametrize("text, expected", [
    ("In 2016 Ana Ruiz said the pier would close.", [("Ana Ruiz", "", "indirect", "the pier would close")]),
    ("Last week Tom Reyes said the ferry fares would rise.", [("Tom Reyes", "", "indirect", "the ferry fares would rise")]),
    ("Earlier this year Ana Ruiz said the pier would close.", [("Ana Ruiz", "", "indirect", "the pier would close")]),
    ("On Monday Mayor Ana Ruiz told reporters the pier would close.",
     [("Ana Ruiz", "Mayor", "indirect", "the pier would close")]),
    ("This year Harbour Watch said the survey was late.", [("Harbour Watch", "", "indirect", "the survey was late")]),
    # must find nothing: a time before no name, or before a word that names no one
    ("Last week the new fees said nothing about the port.", []),
    ("In 2016 Dover saw its last ferry leave.", []),
])
def test_a_leading_time_without_a_comma_opens_the_clause(text, expected):
    assert _voices(text) == expected


@pytest.mark.parametrize("chunk, name, role", [
    ("Last week Ana Ruiz", "Ana Ruiz", ""),
    ("Earlier this year Senator Ana Ruiz", "Ana Ruiz", "Senator"),
    ("in 2016 Tom Reyes", "Tom Reyes", ""),
])
def test_the_time_is_never_the_role(chunk, name, role):
    phrase = parse_speaker(chunk)
    assert (phrase.text, phrase.role) == (name, role)
