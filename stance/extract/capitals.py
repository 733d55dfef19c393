"""What one capitalised word, or one run of them, stands for: read once per word or run, since the
mention registry asks for every one."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from stance.extract.registry import given_name_gender
from stance.extract.names import is_name_token, split_title
from stance.extract.tables import DEMONYMS, HONORIFICS, NATIONALITY_ADJECTIVES

HONORIFIC_WORDS: Final = ("Mr", "Mrs", "Ms", "Dr", "Prof")
POSSESSIVE: Final = re.compile(r"['’]s\b|s['’](?=\s)")


def one_word_kind(word: str) -> str:
    """What a run of one capitalised word is: "run" for a group ("Americans") or a possessive
    ("Musk's"), which take the mention registry's longer path; "name" for an honorific or a given
    name, which may mark a person; "word" for any other word that may name someone or something
    ("TikTok", "Duarte"), which SpeakerRegistry.register_word takes; "" for none ("Indian", a
    sentence word such as "However")."""
    if word.lower() in DEMONYMS or "'" in word or "\u2019" in word:
        return "run"
    if word in NATIONALITY_ADJECTIVES or not is_name_token(word) and word.rstrip(".") not in HONORIFIC_WORDS:
        return ""
    return "name" if word in HONORIFICS or given_name_gender(word) is not None else "word"


class _WordKinds(dict):
    """one_word_kind's answers by word, for the mention registry, which asks for every capitalised
    word of every sentence: a dict lookup costs less than an lru_cache call. Emptied when full."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _KNOWN_WORDS:
            self.clear()
        kind = self[word] = one_word_kind(word)
        return kind


_KNOWN_WORDS: Final = 65536
WORD_KINDS = _WordKinds()  # WORD_KINDS[word] == one_word_kind(word)


def without_leading_words(run: str) -> str:
    """'On September 4' -> 'September 4': the words before the first name go (none may be left)."""
    first = run.split(" ", 1)[0]
    if is_name_token(first) or first.rstrip(".") in HONORIFIC_WORDS:
        return run
    words = run.split(" ")
    first_name = next((k for k, word in enumerate(words) if is_name_token(word) or word.rstrip(".") in HONORIFIC_WORDS),
                      len(words))
    return " ".join(words[first_name:])


@lru_cache(maxsize=16384)  # pure, and the same runs recur ("Harbor Street Capital", "Unlike TikTok")
def name_in_run(run: str) -> str | None:
    """The name a run of capitalised words gives by its words alone: the words before the first name
    dropped, and a title before the name ("Parler CEO John Matze" is John Matze); "" for none
    ("Indian", "On"). None for a possessive ("Elon Musk's X"), whose parts the caller reads."""
    name = without_leading_words(run)
    if name in NATIONALITY_ADJECTIVES:
        return ""  # "Indian laws": an adjective, no one to refer back to
    if ("'" in name or "\u2019" in name) and POSSESSIVE.search(name):
        return None
    return split_title(name)[0] if " " in name else name
