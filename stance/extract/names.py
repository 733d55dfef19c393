"""Whether words form a person's name, and the title before one: "Ana María de la Cruz", "J.R. Lowell",
"Supreme Court Justice Amy Barrett" -> ("Amy Barrett", "Supreme Court Justice"). Shapes only, no parser.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from stance.extract.registry import given_name_gender
from stance.extract.tables import DEMONYMS, HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, PERSON_NOUNS, PLACE_NAMES, TITLES

_WORD: Final = re.compile(r"[\w’'.\-&]+")
# A capital first, or one or two lower-case letters before it ("xQc", "eSafety": a handle or a brand's style),
# or a web address standing for its site ("netblocks.org", "ouest-france.fr").
_NAME_TOKEN: Final = re.compile(r"(?:[A-Z][\w’'\-&]*\.?|[A-Z]\.|[a-z]{1,2}[A-Z][\w’'\-&]*"
                         r"|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|org|net|app|io|gov|news|tv|fr|de|uk|in|ng)\.?)$")
# Dotted initials ("J.R.") open a name but never make one alone: "U.S." is a place.
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){2,3}")


def tokens_of(text: str) -> list[str]:
    return _WORD.findall(text)


@lru_cache(maxsize=65536)  # pure, and called for every capitalised word
def is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.match(token)) and token.rstrip(".") not in NOT_NAME_WORDS and not (
        len(token) >= 7 and token.endswith(_ADVERB_ENDINGS)  # "Significantly," opening a sentence
        or is_compound_adjective(token))  # "Orlando-based", "U.S.-backed"


def is_compound_adjective(token: str) -> bool:
    """A place or body joined to a participle: "Orlando-based", "Texas-born", "GOP-led" (not after an
    abbreviation's period, "N.C.-based", which the place joining reads with the town before it)."""
    return "-" in token and token.endswith(_COMPOUND_ADJECTIVE_ENDINGS) and ".-" not in token


# A place or body joined to a participle is an adjective: "Orlando-based", "Texas-born", "state-owned".
_COMPOUND_ADJECTIVE_ENDINGS: Final = ("-based", "-born", "-led", "-backed", "-owned", "-funded", "-run", "-made")


# Endings of adverbs and never of names ("Kelly", "Sally", "McNally" end in -ly, -ally: not listed; no
# known given name of seven letters or more ends in -ily, -ably or -fully).
_ADVERB_ENDINGS: Final = ("ntly", "edly", "ously", "ively", "ically", "ately", "ingly", "ily", "ably", "ibly", "essly", "fully")


# "Jan Brewer", "April Mellody": a month (or its abbreviation) that is also a given name is one before a
# surname ("Jan. 27", "April 3" are dates).
_MONTHS_AS_NAMES: Final = frozenset({"Jan", "April", "May", "June"})


def looks_like_name(text: str) -> bool:
    """A run of capitalised words (particles allowed inside), not a sentence opener."""
    return name_words(tokens_of(text))


def name_words(tokens: list[str]) -> bool:
    """looks_like_name, on the text's words."""
    given_month = len(tokens) > 1 and tokens[0] in _MONTHS_AS_NAMES
    if not tokens or len(tokens) > 6 or not is_name_token(tokens[0]) and tokens[0] not in HONORIFICS and not _INITIALS.fullmatch(tokens[0]) \
            and not given_month:
        return False
    if len(tokens) == 1 and (tokens[0] in HONORIFICS or tokens[0].lower() in PERSON_NOUNS or tokens[0].lower() in DEMONYMS):
        return False
    inner_ok = all(
        is_name_token(t) or t in NAME_PARTICLES or t in HONORIFICS or (t in ("of", "for") and 0 < i < len(tokens) - 1) or i == 0 and given_month
        or _INITIALS.fullmatch(t) or 0 < i < len(tokens) - 1 and len(t) == 2 and t[0].isupper() and t[1] == "."  # "Jock A. Finlayson"
        for i, t in enumerate(tokens)
    )
    return inner_ok and is_name_token(tokens[-1])


def joined_names(text: str) -> bool:
    """'Ana and Jo Ruiz', 'Ana Ruiz and Jo Li': two names joined by 'and'."""
    left, conjunction, right = text.partition(" and ")
    return bool(conjunction) and looks_like_name(right) and (looks_like_name(left) or is_name_token(left))


@lru_cache(maxsize=16384)  # pure; every multi-word mention passes through it
def split_title(name: str) -> tuple[str, str]:
    """'Supreme Court Justice Amy Barrett' -> ('Amy Barrett', 'Supreme Court Justice')."""
    tokens = name.split()
    cut = 0
    while len(tokens) - cut > 2 and given_name_gender(tokens[cut].rstrip(".")) is None:
        cut += 1
    if cut and any(given_name_gender(t.rstrip(".")) is not None for t in tokens[cut:]):
        return " ".join(tokens[cut:]), " ".join(tokens[:cut])
    # An unknown given name after a title: "Representative Hal Brenner", "Secretary of State Lee",
    # "Influencer Braonain1" (a person noun, capitalised as a title).
    last = max((i for i, t in enumerate(tokens[:-1]) if t in TITLES or t.lower() in PERSON_NOUNS), default=-1)
    if last < 0 or any(given_name_gender(t.rstrip(".")) is not None for t in tokens[: last + 1]):
        return name, ""
    cut = last + 3 if tokens[last + 1] == "of" else last + 1
    return (" ".join(tokens[cut:]), " ".join(tokens[:cut])) if cut < len(tokens) else (name, "")


_STATE_ABBREVIATION: Final = re.compile(r"(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
                                 r"|N\.[HJMCDY]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.")


def is_state_abbreviation(text: str) -> bool:
    """'Del.', 'Wyo' (its period taken as the sentence's), 'N.J.': a state as datelines abbreviate it."""
    if not 1 < len(text) <= 6 or not text[0].isupper():  # "Del.", "N.J.", "Calif.": short, one capital first
        return False
    return bool(_STATE_ABBREVIATION.fullmatch(text if text.endswith(".") else text + "."))


def is_place(text: str) -> bool:
    """'Ohio', 'Wyo.', 'United States': a place, by the table or a state's abbreviation."""
    return text in PLACE_NAMES or text.endswith(".") and is_state_abbreviation(text)


def is_state_or_place(part: str) -> bool:
    """'Del.', 'Del' (its period read as the sentence's), 'Texas': a place that may follow a town."""
    return part in PLACE_NAMES or is_state_abbreviation(part)


def with_places_joined(parts: list[str]) -> list[str]:
    """'during a visit to Dover', 'Del.' -> 'during a visit to Dover, Del.': a place's state (or country)
    after a circumstance ending in a place name belongs to that circumstance."""
    if len(parts) < 2 or not any(is_state_or_place(part) for part in parts[1:]):
        return parts
    joined = [parts[0]]
    for part in parts[1:]:
        previous = joined[-1]
        if is_state_or_place(part) and previous.rsplit(" ", 1)[-1][:1].isupper() and any(word.islower() for word in previous.split()):
            joined[-1] = f"{previous}, {part}"
        else:
            joined.append(part)
    return joined
