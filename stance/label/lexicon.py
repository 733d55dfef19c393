"""Stance lexicon: weighted terms per label, matched whole-word and negation-aware.

lexicon.tsv: `#` comment lines and blank lines are ignored; the first other line is the
header `term<TAB>label<TAB>weight`; each row after it is one term. A term is a word or
phrase; inside a phrase any whitespace run matches any whitespace run, a hyphen also
matches a space or nothing ("short-term" ~ "short term" ~ "shortterm"), the last word also
matches its regular plural ("ideology" ~ "ideologies", "ban" ~ "bans"), and a trailing `*`
matches any word ending ("ideolog*"). Matching is case-insensitive and treats curly
apostrophes as straight ones.

Negation: a match preceded, within NEGATION_WINDOW tokens of the same clause, by a
negator contributes NEGATED_WEIGHT_FACTOR (-0.5) x weight to its own label (flipped to a small
negative rather than moved to another label: "not a fad" argues against skeptical but
does not say which stance the speaker holds). Labels in NEGATION_EXEMPT_LABELS
(political) are topical, so negation does not flip them: "no ban" is still political.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from stance.label.tables import (
    CONTRAST_PATTERN,
    CONTRAST_WEIGHT_FACTOR,
    NEGATED_WEIGHT_FACTOR,
    NEGATION_WINDOW,
    NEGATORS,
)
from stance.records import LABELS, STANCES

LEXICON_FILE = "lexicon.tsv"
# Labels whose cues keep their label under negation (stance.records.Label.topical).
NEGATION_EXEMPT_LABELS: tuple[str, ...] = tuple(label.name for label in LABELS if label.topical)
HEADER = ("term", "label", "weight")

_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u2032")
_TOKEN = re.compile(r"[a-z0-9']+")
# Negation does not reach across clause punctuation: "No, I love it" is not negated.
_CLAUSE_BREAK = re.compile(r"[.!?;:,()\"\u201c\u201d\u2014]")
_NEGATORS = frozenset(NEGATORS)
_CONTRAST = re.compile(CONTRAST_PATTERN)
# How far back (in characters) to look for negators; 3 tokens fit easily in this.
_LOOKBACK_CHARS = 60


def normalize(text: str) -> str:
    """Map curly apostrophes to ' (same length, so offsets still fit the original)."""
    # str.replace per mark: ~20x faster than str.translate with a mapping table.
    for mark in _APOSTROPHES:
        if mark in text:
            text = text.replace(mark, "'")
    return text


def fold(text: str) -> str:
    """normalize() and lower-case, keeping the length (so match offsets fit `text`).

    Matching runs on folded text with a case-sensitive regex: re's fast first-literal
    check only works without IGNORECASE, and it makes the lexicon regex ~15x faster.
    """
    text = normalize(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # Rare characters (e.g. dotted capital I) lower to two characters: keep those as is.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _plural(word: str) -> tuple[str, tuple[str, str]] | None:
    """(stem, (singular ending, plural ending)) so a final word also matches its regular
    plural, or None for words that are not plain ASCII letters."""
    if not (word.isalpha() and word.isascii() and len(word) >= 3):
        return None
    if word[-1] == "y" and word[-2] not in "aeiou":
        return word[:-1], ("y", "ies")
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word, ("", "es")
    return word, ("", "s")


def _split_term(term: str) -> tuple[list[list[str]], bool]:
    """Folded term -> words as lists of hyphen parts, and whether it ends in `*`."""
    term = normalize(term).strip().lower()
    wildcard = term.endswith("*")
    term = term.rstrip("*").strip()
    if not term:
        raise ValueError("empty term")
    return [word.split("-") for word in term.split()], wildcard


def term_pattern(term: str) -> str:
    """Regex (without boundaries) for one lexicon/theme term; see the module docstring."""
    words, wildcard = _split_term(term)
    out = []
    for w, parts in enumerate(words):
        escaped = [re.escape(p) for p in parts]
        plural = None if wildcard or w < len(words) - 1 else _plural(parts[-1])
        if plural:  # the stem stays a plain literal so re's fast first-char check works
            stem, (one, many) = plural
            escaped[-1] = re.escape(stem) + (f"(?:{one}|{many})" if one else f"(?:{many})?")
        out.append(r"[-\s]?".join(escaped))
    return r"\s+".join(out) + (r"\w*" if wildcard else "")


def first_token_prefix(term: str) -> str:
    """What the first token of any match of `term` starts with: its first word, cut to
    the plural stem when that word is also the last ("policy" -> "polic")."""
    words, _ = _split_term(term)
    first = words[0][0]
    if len(words) == 1 and len(words[0]) == 1:
        plural = _plural(first)
        if plural:
            return plural[0]
    return first


def term_keys(term: str) -> list[str]:
    """Folded texts an exact (non-wildcard) term can match, whitespace collapsed:
    "short-term" -> "short-term", "short term", "shortterm" and their plurals."""
    words, _ = _split_term(term)
    keys = [""]
    for w, parts in enumerate(words):
        variants = [""]
        for i, part in enumerate(parts):
            plural = _plural(part) if (w, i) == (len(words) - 1, len(parts) - 1) else None
            forms = [plural[0] + end for end in plural[1]] if plural else [part]
            joins = ("",) if i == 0 else ("-", " ", "")
            variants = [v + j + f for v in variants for j in joins for f in forms]
        keys = [k + (" " if w else "") + v for k in keys for v in variants]
    return keys


def compile_terms(patterns: list[str]) -> re.Pattern:
    """One regex for all `patterns`, to run on fold()ed text; put longer ones first.

    No capture groups (they disable re's fast path; find the term with a lookup instead).
    Boundaries: not inside a word, not right after "x'" (the "t" of "don't"), and the
    term may be followed by a possessive 's but not by other letters.
    """
    return re.compile(rf"(?:{_grouped_by_first_char(patterns)})(?!\w|'(?!s\b)\w)")


def _grouped_by_first_char(patterns: list[str]) -> str:
    """The alternation of `patterns` with its start boundary, grouped by first character.

    re tries the alternatives at every position that passes the start boundary; grouped
    under their literal first character, it tries only those that can start there. When
    every pattern starts with a letter or digit (a word character), the boundary "not
    after a word character" is the cheaper `\b`, which fails fast inside words (labelling
    100k quotes: the lexicon regex about 1.1 s -> 0.6 s). Alternatives with different first
    characters never match at the same position, and order within a group is kept, so
    the first alternative to match is the same as in the flat alternation.
    A pattern that does not start with a plain letter or digit, or whose first character
    is quantified, keeps the flat form.
    """
    if not all(p[:1].isalnum() and p[1:2] not in ("*", "+", "?", "{") for p in patterns):
        return rf"(?<!\w)(?<!\w')(?:{'|'.join(patterns)})"
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0], []).append(pattern[1:])
    return r"\b(?<!\w')(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


def contrast_start(folded: str) -> int:
    """Offset in lower-cased `folded` where the clause after its last contrast word begins, or 0
    when it has none (a contrast word that ends the text leaves no clause: also 0)."""
    if "but" not in folded and "however" not in folded and "yet" not in folded:
        return 0  # the common case, without running the regex
    start = 0
    for found in _CONTRAST.finditer(folded):
        start = found.end()
    return start if start < len(folded.rstrip()) else 0


def is_negated(text: str, start: int) -> bool:
    """True if a negator occurs within NEGATION_WINDOW tokens before `start` in its clause."""
    window = text[max(0, start - _LOOKBACK_CHARS):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    tokens = _TOKEN.findall(window.lower())[-NEGATION_WINDOW:]
    return any(t in _NEGATORS or t.endswith("n't") for t in tokens)


@dataclass(frozen=True)
class Entry:
    term: str
    label: str
    weight: float


@dataclass(frozen=True)
class Match:
    """One lexicon hit: `value` is what it added to `label`'s score (negative if negated)."""

    term: str
    label: str
    weight: float
    negated: bool
    start: int
    end: int
    # After the last contrast word: the bottom line, so a tone cue counts CONTRAST_WEIGHT_FACTOR times.
    emphasised: bool = False

    @property
    def value(self) -> float:
        value = NEGATED_WEIGHT_FACTOR * self.weight if self.negated else self.weight
        return CONTRAST_WEIGHT_FACTOR * value if self.emphasised else value


class Lexicon:
    """Weighted stance terms compiled into one regex (longest alternatives first)."""

    def __init__(self, entries: list[Entry] | tuple[Entry, ...], labels: tuple[str, ...] = STANCES):
        self.labels = tuple(labels)
        self.entries = tuple(entries)
        self._label_index = {label: i for i, label in enumerate(self.labels)}
        # Several entries may share one term (e.g. "ban" for two labels): group them so
        # the regex has one alternative per distinct pattern.
        groups: dict[str, list[Entry]] = {}
        for entry in self.entries:
            if entry.label not in self._label_index:
                raise ValueError(f"unknown label {entry.label!r} for term {entry.term!r}")
            groups.setdefault(term_pattern(entry.term), []).append(entry)
        # Longest first so "not the same" wins over "same" at the same position.
        self._patterns = sorted(groups, key=lambda p: (-len(p), p))
        self._groups = [tuple(groups[p]) for p in self._patterns]
        self._regex = compile_terms(self._patterns) if self._patterns else None
        # Matched text -> group: exact terms by dict, wildcard ones by fullmatch. The first
        # pattern in regex order wins a shared key ("pen pal" vs "pen-pal"), as in the regex.
        self._lookup: dict[str, int] = {}
        self._wild: list[tuple[re.Pattern, int]] = []
        for i, pattern in enumerate(self._patterns):
            term = self._groups[i][0].term
            if term.rstrip().endswith("*"):
                self._wild.append((re.compile(pattern), i))
            else:
                for key in term_keys(term):
                    self._lookup.setdefault(key, i)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Lexicon({len(self.entries)} terms, sha256={self.sha256()[:12]})"

    def matches(self, text: str) -> list[Match]:
        """All hits in `text`, in order, one Match per (term, label) entry hit."""
        if self._regex is None or not text:
            return []
        norm = fold(text)
        found = []
        bottom_line = None  # where the clause after the last contrast starts; found lazily
        for m in self._regex.finditer(norm):
            group = self._groups[self._group_of(m.group())]
            negated = None  # computed lazily: only if some entry can be negated
            for entry in group:
                flip = emphasised = False
                # Topical (political) cues keep their label and weight: negation and contrast
                # change a tone, not the topic.
                if entry.label not in NEGATION_EXEMPT_LABELS:
                    if negated is None:
                        negated = is_negated(norm, m.start())
                    if bottom_line is None:
                        bottom_line = contrast_start(norm)
                    flip, emphasised = negated, 0 < bottom_line <= m.start()
                found.append(Match(entry.term, entry.label, entry.weight, flip, m.start(), m.end(), emphasised))
        return found

    def _group_of(self, matched: str) -> int:
        index = self._lookup.get(" ".join(matched.split()))
        if index is not None:
            return index
        for rx, i in self._wild:
            if rx.fullmatch(matched):
                return i
        # Unreachable unless a term has odd whitespace: fall back to a full scan.
        return next(i for i, p in enumerate(self._patterns) if re.fullmatch(p, matched))

    def scores(self, text: str) -> dict[str, float]:
        """Per-label sum of match values (weights, negated ones flipped)."""
        totals = dict.fromkeys(self.labels, 0.0)
        for match in self.matches(text):
            totals[match.label] += match.value
        return totals

    def counts(self, text: str) -> dict[str, int]:
        """Per-label number of non-negated hits."""
        totals = dict.fromkeys(self.labels, 0)
        for match in self.matches(text):
            totals[match.label] += not match.negated
        return totals

    def score_matrix(self, texts, matches: list[list[Match]] | None = None) -> np.ndarray:
        """Array (n, 2 * n_labels): per-label scores, then per-label non-negated counts
        (from `matches`, each text's matches, when the caller has found them already)."""
        n_labels = len(self.labels)
        out = np.zeros((len(texts), 2 * n_labels), dtype=np.float64)
        index = self._label_index
        for row, text in enumerate(texts):
            for match in (self.matches(text) if matches is None else matches[row]):
                col = index[match.label]
                out[row, col] += match.value
                if not match.negated:
                    out[row, n_labels + col] += 1.0
        return out

    def to_rows(self) -> list[list]:
        """[[term, label, weight], ...] for JSON persistence."""
        return [[e.term, e.label, e.weight] for e in self.entries]

    @classmethod
    def from_rows(cls, rows, labels: tuple[str, ...] = STANCES) -> "Lexicon":
        return cls([Entry(str(t), str(lab), float(w)) for t, lab, w in rows], labels)

    def sha256(self) -> str:
        """Digest of the parsed entries (stable under comment/whitespace edits)."""
        blob = "\n".join(f"{e.term}\t{e.label}\t{e.weight!r}" for e in self.entries)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def tsv_rows(text: str, source: str, header: tuple[str, ...], on_comment=None):
    """(lineno, where, fields, line) of each data row of a term TSV (lexicon, themes).

    Blank lines and `#` comments are skipped (comments before the header go to
    `on_comment`); the header row is checked. ValueError names `source` and the line.
    """
    expected = "<TAB>".join(header)
    header_seen = False
    text = text.removeprefix("\ufeff")  # a byte-order mark from a spreadsheet export
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            if on_comment is not None and not header_seen:
                on_comment(stripped)
            continue
        fields = [f.strip() for f in line.split("\t")]
        where = f"{source} line {lineno}"
        if not header_seen:
            if tuple(f.lower() for f in fields) != header:
                raise ValueError(f"{where}: expected header '{expected}', got {line!r}")
            header_seen = True
            continue
        yield lineno, where, fields, line
    if not header_seen:
        raise ValueError(f"{source}: no header line '{expected}'")


def parse_lexicon(text: str, source: str = LEXICON_FILE) -> list[Entry]:
    """Entries of a lexicon.tsv text; ValueError naming `source` and line on a bad row."""
    entries: list[Entry] = []
    seen: dict[tuple[str, str], int] = {}
    for lineno, where, fields, line in tsv_rows(text, source, HEADER):
        if len(fields) != 3:
            raise ValueError(f"{where}: expected 3 tab-separated fields (term, label, weight), "
                             f"got {len(fields)}: {line!r}")
        term, label, weight_text = fields
        if not term.rstrip("*").strip():
            raise ValueError(f"{where}: empty term: {line!r}")
        if label not in STANCES:
            raise ValueError(f"{where}: label {label!r} is not one of {', '.join(STANCES)}")
        try:
            weight = float(weight_text)
        except ValueError:
            raise ValueError(f"{where}: weight {weight_text!r} is not a number") from None
        if not math.isfinite(weight):
            raise ValueError(f"{where}: weight {weight_text!r} is not finite")
        key = (term_pattern(term), label)
        if key in seen:
            raise ValueError(f"{where}: duplicate of line {seen[key]} ({term!r}, {label})")
        seen[key] = lineno
        entries.append(Entry(term, label, weight))
    return entries


def load_lexicon(text: str | None = None, source: str = LEXICON_FILE) -> Lexicon:
    """Parse `text` (default: the package's lexicon.tsv) into a Lexicon."""
    if text is None:
        from stance.resources import read_text

        text = read_text("stance.label", LEXICON_FILE)
    return Lexicon(parse_lexicon(text, source))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The package lexicon, parsed once per process."""
    return load_lexicon()
