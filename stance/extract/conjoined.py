"""Speaker phrases joined by "and": two people, one group, or two titles of one person.

  Tom Reyes of Maine and Ana Ruiz of Ohio      (two people, each with a place)
  current and former officials at A and at B   (one group)
  Both Ruiz and the ferry company              (the pair)
  Acme co-founder and CEO Jo Park              (two titles of one person)

The phrases on either side are read by the caller's parser (speakers.parse_speaker), passed in, so
that this module needs nothing from speakers.py.
"""

from __future__ import annotations

from typing import Callable

from stance.extract.groups import bare_singular_title
from stance.extract.phrases import PhraseKind, SpeakerPhrase
from stance.extract.registry import given_name_gender

Parse = Callable[[str], "SpeakerPhrase | None"]


def pair_with_places(first: str, rest: str, parse: Parse) -> SpeakerPhrase | None:
    """"Tom Reyes of Maine and Ana Ruiz of Ohio" (`first` is "Tom Reyes", `rest` what follows its "of"):
    two people, each with a place; both speak. The second must open with a known given name ("Jo Li of
    Smith and Wesson" is one person)."""
    second = parse(rest.partition(" and ")[2].split(" of ", 1)[0].split(" from ", 1)[0])
    if second is None or second.kind is not PhraseKind.NAME or " " not in second.text \
            or given_name_gender(second.text.split(" ", 1)[0]) is None:
        return None
    return parse(f"{first} and {second.text}")


def conjoined_speakers(chunk: str, parse: Parse) -> SpeakerPhrase | None:
    """The speaker of a chunk with no comma that holds " and ", or None."""
    left, conjunction, right = chunk.partition(" and ")
    if conjunction and " and " in right and "," not in chunk and left[1:].islower() and " " not in left:
        rest = parse(right)  # "current and former officials at the FBI and at the agency": one group
        if rest is not None and rest.kind is PhraseKind.GROUP:
            return SpeakerPhrase(f"{left} and {rest.text}", PhraseKind.GROUP, role=rest.role)
    if conjunction and "," not in chunk and " and " not in right:
        if left[:5] in ("Both ", "both "):  # "Both Ruiz and the ferry company": the pair speaks
            left = left[5:]
        first, second = parse(left), parse(right)
        if first is not None and second is not None and second.kind is PhraseKind.NAME and second.role and (
                left.islower() or first.kind is PhraseKind.GROUP and bare_singular_title(left)):
            # "entertainment writer and heavy user Chico Barney", "Acme co-founder and CEO Jo Park": two titles of one person
            return SpeakerPhrase(second.text, PhraseKind.NAME, role=f"{left} and {second.role}")
        if first is not None and second is not None and PhraseKind.PRONOUN not in (first.kind, second.kind):
            # "Russian students Liza and Sasha", "the mayor and her deputy": one group of speakers
            return SpeakerPhrase(f"{first.text} and {second.text}", PhraseKind.GROUP, role=first.role)
    return None
