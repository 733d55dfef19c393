"""Documents with a named source speak through it: "a report by Reuters", "a Gallup survey from
August", "Similarweb's analysis", "Portwatch data". The annotation rules (tests/data/gold/README.md)
give such a voice to the source ("Reuters" for "a report by Reuters"); a document with no source
named ("recent reports") is no speaker.

Read word by word: a determiner at most, the source's name before the document noun or after "by" /
"from", and a few words of when or where it appeared after it.
"""

from __future__ import annotations

from typing import Final

from stance.extract.names import looks_like_name
from stance.extract.tables import DOCUMENT_NOUNS, NOT_NAME_WORDS

_OPENINGS: Final = frozenset("a an the one another new recent latest".split())
_SOURCE_LINKS: Final = frozenset(("by", "from"))
# "from August", "released Tuesday", "published in May": when or where the document appeared.
_APPEARED: Final = frozenset("from in on released published issued out last this".split())
# Documents that state findings: after a possessive only these speak for their owner.
_FINDINGS: Final = frozenset("report reports study studies survey surveys poll polls analysis research".split())
_MAX_TAIL_WORDS: Final = 4
_MAX_NAME_WORDS: Final = 5


def named_source(chunk: str) -> tuple[str, str] | None:
    """(the source's name, the document phrase) when `chunk` names a document and who made it, else None."""
    words = chunk.split()
    if not 2 <= len(words) <= 12:
        return None
    doc = next((i for i, word in enumerate(words) if word.lower() in DOCUMENT_NOUNS and word.islower()), None)
    if doc is None:
        return None
    before, after = words[:doc], words[doc + 1 :]
    if after and after[0] in _SOURCE_LINKS and len(after) > 1:  # "a report by Reuters", "data from Sensor Tower"
        name = " ".join(after[2:] if after[1] == "the" else after[1:])
        if len(after) <= _MAX_NAME_WORDS + 2 and _is_source(name) and (not before or before[0].lower() in _OPENINGS) \
                and all(w.islower() for w in before[1:]):
            return name, " ".join(words[: doc + 1])
    if len(after) > _MAX_TAIL_WORDS or after and after[0] not in _APPEARED:
        return None
    opened = bool(before) and before[0].lower() in _OPENINGS
    if opened:
        before = before[1:]
    elif len(before) == 1 and sum(map(str.isupper, before[0])) < 2 and not before[0].endswith(("'s", "\u2019s")):
        return None  # "Exit polls told": a capital opening the sentence, unless "CNN", "YouGov" or "Pew's"
    name = " ".join(before)
    if name.endswith(("'s", "\u2019s")):  # "Northgate Research's analysis", never "Acme's figures": what Acme has
        if words[doc].lower() not in _FINDINGS:
            return None
        name = name[:-2]
    if not 1 <= len(before) <= _MAX_NAME_WORDS or not _is_source(name):
        return None
    return name, " ".join(words[: doc + 1])


def _is_source(name: str) -> bool:
    """A capitalised name, not a month, a weekday or another word that only opens a phrase ("a survey
    from August" names a time)."""
    return looks_like_name(name) and name.split(" ", 1)[0] not in NOT_NAME_WORDS and not any(
        word.rsplit("-", 1)[-1].islower() for word in name.split() if "-" in word)  # not "White House-era"
