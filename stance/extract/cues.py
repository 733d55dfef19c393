"""The cue-verb table, data/cue_verbs.tsv, and every set and pattern derived from it.

A cue lemma is written once, as a row of the table (its columns are described in the
file's header). The table is read and checked at import: a malformed row raises a
CueTableError naming its line. quotes.py and reported.py use only the names below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import Final, NamedTuple

from stance.extract.tables import FILLER_WORDS
from stance.resources import read_text

CUE_TABLE: Final = "cue_verbs.tsv"
COLUMNS: Final[tuple[str, ...]] = (
    "lemma", "direct", "reported", "object_content", "bare_clause", "participle", "particle", "addressee", "forms",
)
_FLAGS: Final = {"1": True, "0": False}
_WORD: Final = re.compile(r"[a-z]+")
_NO_PARTICLE: Final = "-"
_PARTICLE_OR: Final = "|"  # "out|to": either word may follow the verb


class CueVerb(NamedTuple):
    """One row of the cue-verb table."""

    lemma: str
    forms: tuple[str, ...]
    direct: bool
    reported: bool
    object_content: bool
    bare_clause: bool
    participle: bool
    particle: str  # "" when the verb takes none
    addressee: bool

    @property
    def participle_form(self) -> str:
        """The -ing form (the table guarantees exactly one when `participle` is set)."""
        return next(form for form in self.forms if form.endswith("ing"))


class CueTableError(ValueError):
    """A row of the cue-verb table that cannot be used; the message names its line."""


def _flag(value: str, column: str, where: str) -> bool:
    if value not in _FLAGS:
        raise CueTableError(f"{where}: {column} must be 1 or 0, not {value!r}")
    return _FLAGS[value]


def _parse_row(cells: list[str], where: str) -> CueVerb:
    row = dict(zip(COLUMNS, cells))
    lemma = row["lemma"]
    if not _WORD.fullmatch(lemma):
        raise CueTableError(f"{where}: lemma {lemma!r} is not a lower-case word")
    forms = tuple(row["forms"].split())
    if not forms:
        raise CueTableError(f"{where}: {lemma} has no forms")
    bad = [form for form in forms if not _WORD.fullmatch(form)]
    if bad:
        raise CueTableError(f"{where}: {lemma} has forms that are not lower-case words: {bad}")
    particle = "" if row["particle"] == _NO_PARTICLE else row["particle"]
    if particle and not all(_WORD.fullmatch(word) for word in particle.split(_PARTICLE_OR)):
        raise CueTableError(f"{where}: particle {particle!r} is not lower-case words joined by | (or - for none)")
    flags = {column: _flag(row[column], column, where) for column in COLUMNS if column not in ("lemma", "particle", "forms")}
    verb = CueVerb(lemma=lemma, forms=forms, particle=particle, **flags)
    if not (verb.direct or verb.reported or verb.participle):
        raise CueTableError(f"{where}: {lemma} cues nothing (direct, reported and participle are all 0)")
    if not verb.reported and (verb.object_content or verb.bare_clause or verb.particle or verb.addressee):
        raise CueTableError(f"{where}: {lemma} shapes reported content but is not a reported cue")
    if verb.participle and sum(form.endswith("ing") for form in forms) != 1:
        raise CueTableError(f"{where}: {lemma} is a participle cue but has not exactly one -ing form")
    if verb.particle and verb.addressee:
        raise CueTableError(f"{where}: {lemma} cannot take both a particle and an addressee")
    return verb


def parse_cue_verbs(text: str, source: str = CUE_TABLE) -> tuple[CueVerb, ...]:
    """Rows of a cue-verb table. '#' lines and blank lines are skipped; the first other
    line is the header. Raises CueTableError naming the line of the first bad row."""
    verbs: list[CueVerb] = []
    lemma_of_form: dict[str, str] = {}
    lemmas: set[str] = set()
    header_seen = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{source} line {number}"
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != COLUMNS:
                raise CueTableError(f"{where}: header must be {' '.join(COLUMNS)} (tab-separated)")
            header_seen = True
            continue
        if len(cells) != len(COLUMNS):
            raise CueTableError(f"{where}: {len(cells)} tab-separated cells, expected {len(COLUMNS)}")
        verb = _parse_row(cells, where)
        if verb.lemma in lemmas:
            raise CueTableError(f"{where}: lemma {verb.lemma} has a row already")
        lemmas.add(verb.lemma)
        for form in verb.forms:
            if verb.forms.count(form) > 1:
                raise CueTableError(f"{where}: form {form!r} is listed twice")
            owner = lemma_of_form.setdefault(form, verb.lemma)
            if owner != verb.lemma:
                raise CueTableError(f"{where}: form {form!r} of {verb.lemma} is already a form of {owner}")
        verbs.append(verb)
    if not verbs:
        raise CueTableError(f"{source}: no rows" if header_seen else f"{source}: no header")
    return tuple(verbs)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of the words, as a trie ("sa(?:y(?:ing|s)?|id)") that tries a longer word
    before its own prefix. re tests the branches of an alternation one by one, so a flat list of the
    270 cue forms costs 270 tests at each position tried; the trie tests a few letters. It tries
    the words that match at a position in the order of a flat list sorted longest first: those
    words are prefixes of each other, and each continuation is tried before the word ends."""
    return _trie(sorted(set(words)))


def _trie(words: list[str]) -> str:
    """The alternation of `words` (sorted, distinct, none empty) as a trie."""
    branches = []
    for first, group in groupby(words, key=lambda word: word[0]):
        rests = [word[1:] for word in group]
        longer = [rest for rest in rests if rest]
        if not longer:
            branches.append(re.escape(first))
            continue
        inner = _trie(longer)
        if "" in rests:  # the word ends here too: after its continuations
            inner = f"(?:{inner})?"
        elif len({rest[0] for rest in longer}) > 1:
            inner = f"(?:{inner})"
        branches.append(re.escape(first) + inner)
    return "|".join(branches)


CUE_VERBS: Final[tuple[CueVerb, ...]] = parse_cue_verbs(read_text("stance.extract", CUE_TABLE))

FORM_TO_LEMMA: Final[dict[str, str]] = {form: verb.lemma for verb in CUE_VERBS for form in verb.forms}
DIRECT_FORMS: Final[frozenset[str]] = frozenset(form for verb in CUE_VERBS if verb.direct for form in verb.forms)
REPORTED_FORMS: Final[frozenset[str]] = frozenset(form for verb in CUE_VERBS if verb.reported for form in verb.forms)
# Lemma sets for what may follow a reported cue (see the table's header).
OBJECT_CONTENT_LEMMAS: Final[frozenset[str]] = frozenset(verb.lemma for verb in CUE_VERBS if verb.object_content)
BARE_CLAUSE_LEMMAS: Final[frozenset[str]] = frozenset(verb.lemma for verb in CUE_VERBS if verb.bare_clause)
ADDRESSEE_LEMMAS: Final[frozenset[str]] = frozenset(verb.lemma for verb in CUE_VERBS if verb.addressee)
# "pointed out", "called for": the particle that must follow, as a pattern matched right after the verb.
PARTICLE_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    verb.lemma: re.compile(rf"\s+(?:{'|'.join(map(re.escape, verb.particle.split(_PARTICLE_OR)))})\b")
    for verb in CUE_VERBS if verb.particle
}
PARTICIPLE_FORMS: Final[frozenset[str]] = frozenset(verb.participle_form for verb in CUE_VERBS if verb.participle)

DIRECT_FORMS_RE: Final[str] = _alternation(DIRECT_FORMS)
REPORTED_FORMS_RE: Final[str] = _alternation(REPORTED_FORMS)
PARTICIPLE_RE: Final[str] = _alternation(PARTICIPLE_FORMS)
FILLER_RE: Final[str] = _alternation(FILLER_WORDS)

_SPACE_RUN: Final = re.compile(r"\s+")
_FILLER_RUN: Final = re.compile(rf"(?:(?:{FILLER_RE})\s+)*")  # greedy, not *+: see test_regex_portability


def verbs_after_subject(text: str, start: int, stop: int, verbs: re.Pattern[str]) -> Iterator[tuple[int, re.Match[str]]]:
    """Where a subject that starts at `start` may end before a cue verb: for each run of spaces in
    text[start + 1:stop] that fillers ("has", "also") and then a match of `verbs` follow, in order,
    the run's start and the verb match. A verb reached from several runs (across its fillers) comes
    once, with the first run. What the regex `(?P<subject>[^…]+?)\\s+(?:FILLER\\s+)*(?P<verb>…)` tries,
    in its order, but each run of fillers is read once (the regex re-reads it from every space)."""
    fillers_end = -1
    for space in _SPACE_RUN.finditer(text, start + 1, stop):
        if space.end() <= fillers_end:  # inside the fillers already read: same verb
            continue
        fillers_end = _FILLER_RUN.match(text, space.end()).end()  # type: ignore[union-attr]
        verb = verbs.match(text, fillers_end)
        if verb:
            yield space.start(), verb
