"""Known-answer tests for people who share a family name: "Mrs. Clinton" after both Clintons were
named is the woman, "Ms. Ruiz" is never a "Tom Ruiz" named before, and a name with a middle initial
("Donald J. Trump", "Kavya L. Banerjee") is one name that later surnames resolve to; a relative
introduced as one ("his wife, Jane Ruiz") leaves the family name to the person the story is about. Also a participle
right after a subordinate clause ("…, as Mrs. Ruiz echoed it, saying …") is that clause's subject's.

Every sentence here is written for this file; none is taken from a benchmark corpus.
"""

from __future__ import annotations

import pytest

from stance.extract.registry import SpeakerRegistry
from tests.test_extraction import voices


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Helen Marsh and Peter Marsh opened the pier cafe. Later, Mrs. Marsh said she would run it alone. "
         "Mr. Marsh said he agreed.",
         [("Helen Marsh", "indirect", "she would run it alone"), ("Peter Marsh", "indirect", "he agreed")]),
        # whoever was named last, the honorific picks the one of its gender
        ("Peter Marsh and Helen Marsh opened the pier cafe. Later, Mr. Marsh said he would run it alone.",
         [("Peter Marsh", "indirect", "he would run it alone")]),
        # only a man of that name was named: the woman is left as her family name
        ("Tom Ruiz spoke first. Later, Ms. Ruiz said the pier was safe.", [("Ruiz", "indirect", "the pier was safe")]),
        ("Ana Ruiz spoke first. Later, Ms. Ruiz said the pier was safe.", [("Ana Ruiz", "indirect", "the pier was safe")]),
        # a family name that is also a given name ("Malik") says nothing against the honorific
        ("Tashfeen Malik moved to the city in May. Ms. Malik said she liked the pier.",
         [("Tashfeen Malik", "indirect", "she liked the pier")]),
        # an honorific of no gender keeps the name named before
        ("Tom Ruiz spoke first. Later, Dr. Ruiz said the pier was safe.", [("Tom Ruiz", "indirect", "the pier was safe")]),
    ],
)
def test_an_honorific_picks_the_person_of_its_gender(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Donald J. Trump toured the pier. Mr. Trump said the ferry was too slow.",
         [("Donald J. Trump", "indirect", "the ferry was too slow")]),
        ("The board met on Monday. Kavya L. Banerjee chairs it. Banerjee said the fares would stay.",
         [("Kavya L. Banerjee", "indirect", "the fares would stay")]),
        # an abbreviation with periods inside is no initial: "D.C." stays a place, not part of a name
        ("Jo Li flew to Washington, D.C. Later, Li said the trip was useful.",
         [("Jo Li", "indirect", "the trip was useful")]),
    ],
)
def test_middle_initials_stay_inside_the_name(text, expected):
    assert voices(text) == expected


def test_registry_keeps_one_full_name_per_family_name_and_gender():
    registry = SpeakerRegistry()
    registry.register_name(0, "Helen Marsh")
    registry.register_name(10, "Peter Marsh")
    assert registry.canonical("Mrs. Marsh") == "Helen Marsh"
    assert registry.canonical("Mr. Marsh") == "Peter Marsh"
    assert registry.canonical("Marsh") == "Peter Marsh"  # no honorific: the latest, as before


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was a sharp attack, as Mrs. Ruiz echoed the charge, saying the mayor had never cared.",
         [("Ruiz", "indirect", "the mayor had never cared")]),
        ("It was a sharp attack, as Mrs. Ruiz echoed the charge, saying, \u201cHe never cared about the town.\u201d",
         [("Ruiz", "direct", "He never cared about the town.")]),
        # must find nothing: a participle without a comma belongs to the noun before it ("an ad calling it")
        ("After the storm, the council released a radio ad calling it \u201ca disaster.\u201d", []),
    ],
)
def test_participle_after_a_subordinate_clause(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Ruiz toured the pier on Monday. At the urging of his wife, Jane Ruiz, he stayed on. "
         "Ruiz said the ferry would run in May.", [("Tom Ruiz", "indirect", "the ferry would run in May")]),
        # named again in full, she is still the relative: the bare family name stays his
        ("Tom Ruiz toured the pier. His wife, Jane Ruiz, spoke first. Jane Ruiz said the pier was safe. "
         "Ruiz said the fares would stay.",
         [("Jane Ruiz", "indirect", "the pier was safe"), ("Tom Ruiz", "indirect", "the fares would stay")]),
        ("Dana Holt ran the yard for years. Her late father, Amos Holt, built it. Ms. Holt said it would close.",
         [("Dana Holt", "indirect", "it would close")]),
        # the honorific of the relative's gender still picks the relative
        ("Tom Ruiz toured the pier. His wife, Jane Ruiz, came too. Mrs. Ruiz said the pier was safe.",
         [("Jane Ruiz", "indirect", "the pier was safe")]),
        # a relative first given only her given name keeps the family name off her when named in full
        ("Tom Ruiz toured the pier. Critics attacked his wife, Jane, and his staff. A photo of Jane Ruiz "
         "spread online. Ruiz said the pier was safe.", [("Tom Ruiz", "indirect", "the pier was safe")]),
        # no kinship word: the person named last takes the family name, as before
        ("Tom Ruiz toured the pier. The engineer, Jane Ruiz, came too. Ruiz said the pier was safe.",
         [("Jane Ruiz", "indirect", "the pier was safe")]),
    ],
)
def test_a_relative_leaves_the_family_name_to_the_person_named_first(text, expected):
    assert voices(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an editor's cross-reference opens with an imperative, not a given name
        ("The harbour historian Mara Lindqvist spent a year in the archive. (See Lindqvist’s full timeline below.) "
         "Lindqvist said the pier was older than anyone knew.",
         [("Mara Lindqvist", "indirect", "the pier was older than anyone knew")]),
        ("The harbour historian Mara Lindqvist spent a year in the archive. Click Lindqvist’s name for her notes. "
         "Lindqvist said the pier was older than anyone knew.",
         [("Mara Lindqvist", "indirect", "the pier was older than anyone knew")]),
    ],
)
def test_a_cross_reference_is_no_full_name(text, expected):
    assert voices(text) == expected
