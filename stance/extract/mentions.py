"""What the capitalised runs of a sentence tell the mention registry: groups within a run, an
appositive that marks a person, a headline that names no one, and whether a word stands mid-sentence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from stance.extract.tables import DEMONYMS, KINSHIP_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS

_APPOSITIVE_CHARS: Final = 80
_APPOSITIVE_WORDS: Final = 6
_APPOSITIVE: Final = re.compile(r",\s+(?:an?\s|the\s|(who\s|\d{1,3},))")  # captured: marks a person by itself
_HEADLINE_MIN_WORDS: Final = 4
_HEADLINE_SHARE: Final = 0.8  # four in five (is_title_case counts on it)
# A counted word (four or more characters, opening with a letter) that opens in lower case, after
# a space. Starts with the space: re then skips ahead with a fast literal search.
_LOWER_CASE_WORD: Final = re.compile(r" [a-z]\S{3}")
_CAPITALISED_WORD: Final = re.compile(r"[A-Z][\w’'\-&]*")
_WORD_CHARACTERS: Final = "_’'-&"  # besides letters and digits
# Starts with the space: re then skips ahead with a fast literal search.
MIDSENTENCE_CAPITAL: Final = re.compile(r" (?<=[a-z,;] )([A-Z][\w’'\-&]*)")
_LONGEST_PERSON_NOUN: Final = max(map(len, PERSON_NOUNS))


@lru_cache(maxsize=16384)  # pure, and the same runs recur
def split_at_demonyms(run: str) -> tuple[tuple[int, str], ...]:
    """'Americans TikTok' -> ((0, 'Americans'), (10, 'TikTok'))."""
    if " " not in run or DEMONYMS.isdisjoint(run.lower().split()):
        return ((0, run),)
    pieces, start = [], 0
    for word in re.finditer(r"\S+", run):
        if word.group(0).lower() in DEMONYMS:
            if word.start() > start:
                pieces.append((start, run[start : word.start()].strip()))
            pieces.append((word.start(), word.group(0)))
            start = word.end() + 1
    if start < len(run):
        pieces.append((start, run[start:].strip()))
    return tuple((offset, piece) for offset, piece in pieces if piece)


def stands_midsentence_in(text: str, word: str) -> bool:
    """Whether the capitalised `word` stands whole in `text` after a lower-case letter, a comma or a
    semicolon and a space: the same answer as `word in set(MIDSENTENCE_CAPITAL.findall(text))`, by a
    text search for that one word."""
    if not _CAPITALISED_WORD.fullmatch(word):
        return False
    probe, after = " " + word, len(word) + 1
    space = text.find(probe, 1)
    while space >= 0:
        following = text[space + after : space + after + 1]  # "" at the text's end
        whole = not following or not (following.isalnum() or following in _WORD_CHARACTERS)
        if whole and text[space - 1] in "abcdefghijklmnopqrstuvwxyz,;":
            return True
        space = text.find(probe, space + 1)
    return False


def appositive_person(masked: str, comma: int) -> bool | None:
    """After 'Name,': True for a person's appositive ("a nurse", "24"), False for a thing's
    ("a platform launched last year"), None when no appositive follows."""
    found = _APPOSITIVE.match(masked, comma)
    if not found:
        return None
    if found[1]:
        return True  # "Tiago Mendes, 24,", "Ana Ruiz, who"
    end = found.end()
    close = masked.find(",", end)
    chunk = masked[end : close if close > 0 else end + _APPOSITIVE_CHARS].lower()  # at once: lowering moves no space
    heads = [word.strip(".;:") for word in chunk.split(None, _APPOSITIVE_WORDS)[:_APPOSITIVE_WORDS]]
    return ORGANISATION_NOUNS.isdisjoint(heads) and not PERSON_NOUNS.isdisjoint(heads)


def is_title_case(masked: str) -> bool:
    """A headline: mostly capitalised words and no closing period."""
    if masked.rstrip()[-1:] == ".":
        return False
    words = masked.split()
    # At most one counted word in five opens in lower case (_HEADLINE_SHARE), and every counted
    # word is a word: more lower-case words after a space than a fifth of all words rule a
    # headline out, found by a search instead of a look at every word.
    if len(words) < _HEADLINE_MIN_WORDS or 5 * len(_LOWER_CASE_WORD.findall(masked)) > len(words):
        return False
    initials = [word[0] for word in words if len(word) > 3]
    letters = list(filter(str.isalpha, initials))  # the initials of the counted words
    return len(letters) >= _HEADLINE_MIN_WORDS and sum(map(str.isupper, letters)) >= _HEADLINE_SHARE * len(letters)


def after_person_noun(masked: str, start: int) -> bool:
    """Whether the word right before `start` is a lower-case noun for a person ("analyst", "activist")."""
    end = start - 1
    if end < 1 or masked[end] != " ":
        return False
    begin = masked.rfind(" ", max(0, end - _LONGEST_PERSON_NOUN), end) + 1
    word = masked[begin:end]
    return word.islower() and word in PERSON_NOUNS


# "his wife, Jane Ruiz", "Ana Ruiz's son Tom Ruiz": a relative of someone named, whose family name
# keeps standing for the person the story is about.
_KINSHIP_BEFORE: Final = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[A-Z][\w’'.\-]*(?:'s|’s|s'|s’))\s+(?:(?:late|former|younger|older|elder|eldest|"
    r"youngest|oldest|twin|step)\s+)?(?:" + "|".join(sorted(KINSHIP_NOUNS, key=lambda noun: (-len(noun), noun))) + r")(?:,\s*|\s+)$")
_KINSHIP_REACH: Final = 48


def after_kinship_noun(masked: str, start: int) -> bool:
    """Whether a name at `start` is introduced as someone's relative ("his wife, Jane Ruiz")."""
    if masked[start - 1 : start] != " ":
        return False
    before = masked[max(0, start - _KINSHIP_REACH) : start].rstrip(", ")
    if before[before.rfind(" ") + 1 :] not in KINSHIP_NOUNS:  # the word before: most names follow no kinship noun
        return False
    return bool(_KINSHIP_BEFORE.search(masked, max(0, start - _KINSHIP_REACH), start))

