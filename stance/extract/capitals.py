"""What one capitalised word stands for, read once per word: the mention registry asks for every one."""

from __future__ import annotations

from functools import lru_cache

from stance.extract.speakers import is_name_token
from stance.extract.tables import DEMONYMS, NATIONALITY_ADJECTIVES

HONORIFIC_WORDS = ("Mr", "Mrs", "Ms", "Dr", "Prof")


@lru_cache(maxsize=65536)  # pure, and asked for every capitalised word of every sentence
def one_word_kind(word: str) -> str:
    """What a run of one capitalised word is: "run" for a group ("Americans") or a possessive
    ("Musk's"), which take the mention registry's longer path; "name" for a word that may name
    someone or something; "" for none ("Indian", a sentence word such as "However")."""
    if word.lower() in DEMONYMS or "'" in word or "\u2019" in word:
        return "run"
    if word in NATIONALITY_ADJECTIVES or not is_name_token(word) and word.rstrip(".") not in HONORIFIC_WORDS:
        return ""
    return "name"
