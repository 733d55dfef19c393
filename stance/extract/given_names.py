"""Given names and the gender they usually signal, for resolving he/she to a named speaker."""

from __future__ import annotations

import csv
import io
import unicodedata
from functools import lru_cache

from stance.extract.tables import PLACE_NAMES
from stance.resources import read_text


def strip_accents(word: str) -> str:
    if word.isascii():  # nothing to strip; NFKD would cost more than the lookup it serves
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name -> 'f' / 'm' / 'u', from data/given_names.tsv; accent-free spellings too."""
    lines = [line for line in read_text("stance.extract", "given_names.tsv").splitlines() if line and not line.startswith("#")]
    table = {row["name"]: row["gender"] for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t")}
    for name, gender in list(table.items()):
        table.setdefault(strip_accents(name), gender)
    return table


@lru_cache(maxsize=65536)
def given_name_gender(token: str) -> str | None:
    """'f', 'm' or 'u' for a known given name (accents optional), else None."""
    if token in PLACE_NAMES:
        return None  # "China", "Georgia": a place before a given name
    table = given_name_genders()
    return table.get(token) or table.get(strip_accents(token))
