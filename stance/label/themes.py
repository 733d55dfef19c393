"""Themes: what a voice talks about (multi-label), independent of its stance.

themes.tsv: `#` comment lines, among them `# theme_id: description` for each theme, then
the header `theme<TAB>term`, then one row per term. Terms match whole-word,
case-insensitively, with curly apostrophes treated as straight, and support the same
phrase / hyphen / trailing-`*` syntax as the lexicon (see stance.label.lexicon).

`THEMES` (loaded on first access) lists the themes with descriptions, in file order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from stance.label.lexicon import compile_terms, first_token_prefix, fold, term_keys, term_pattern, tsv_rows

THEMES_FILE = "themes.tsv"
HEADER = ("theme", "term")
_THEME_ID = re.compile(r"[a-z][a-z0-9_]*")
_DESCRIPTION = re.compile(r"#\s*([a-z][a-z0-9_]*)\s*:\s*(\S.*?)\s*$")


@dataclass(frozen=True)
class Theme:
    id: str
    description: str
    terms: tuple[str, ...]


_TOKEN = re.compile(r"[\w']+")


class Themes:
    """Themes in file order, each with its own regex compiled once.

    One regex per theme (not one for all) so a term inside a longer term of another
    theme ("data" in "data privacy") still counts for both themes.
    """

    def __init__(self, themes: list[Theme]):
        self.themes = tuple(themes)
        self._regexes = [
            compile_terms(sorted({term_pattern(t) for t in theme.terms}, key=lambda p: (-len(p), p)))
            for theme in self.themes
        ]
        # Prefilter: every match starts at a token the term's own variants begin with
        # (term_keys: hyphen, space and joined forms, plurals). A set intersection with
        # the text's tokens picks the themes worth a regex search; wildcard terms
        # ("censor*") are checked by prefix. Checked equal to searching every theme.
        self._first_tokens: dict[str, set[int]] = {}
        self._wildcards: list[tuple[str, int]] = []
        self._always: set[int] = set()  # terms that do not start with a word character
        for index, theme in enumerate(self.themes):
            for term in theme.terms:
                if term.rstrip().endswith("*"):
                    prefix = first_token_prefix(term)
                    if _TOKEN.fullmatch(prefix):
                        self._wildcards.append((prefix, index))
                    else:
                        self._always.add(index)
                    continue
                for key in term_keys(term):
                    first = _TOKEN.match(key)
                    if first is None or first.start() != 0:
                        self._always.add(index)
                        continue
                    self._first_tokens.setdefault(first.group(0), set()).add(index)
        self._first_token_keys = frozenset(self._first_tokens)

    def __iter__(self):
        return iter(self.themes)

    def __len__(self) -> int:
        return len(self.themes)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(theme.id for theme in self.themes)

    def tag(self, text: str) -> tuple[str, ...]:
        """Ids of the themes mentioned in `text`, in file order (empty if none)."""
        if not text:
            return ()
        norm = fold(text)
        tokens = set(_TOKEN.findall(norm))
        # A token may carry quote-apostrophes or possessives ("'platform's'"): a term can
        # end where an apostrophe starts, so also try the part before the first one.
        if "'" in norm:
            with_apostrophes = [t.strip("'") for t in tokens if "'" in t]
            tokens.update(with_apostrophes)
            tokens.update(t.split("'", 1)[0] for t in with_apostrophes)
        # Each candidate theme with where its regex search starts: a match opens with one of the
        # theme's first tokens, so nothing before the first place one of them occurs can match.
        starts = dict.fromkeys(self._always, 0)
        for token in self._first_token_keys.intersection(tokens):
            at = norm.find(token)
            for index in self._first_tokens[token]:
                if at < starts.get(index, len(norm)):
                    starts[index] = at
        for prefix, index in self._wildcards:
            if starts.get(index) != 0 and any(t.startswith(prefix) for t in tokens):
                starts[index] = 0
        return tuple(self.themes[i].id for i in sorted(starts) if self._regexes[i].search(norm, starts[i]))


def parse_themes(text: str, source: str = THEMES_FILE) -> list[Theme]:
    """Themes of a themes.tsv text; ValueError naming `source` and line on a bad row."""
    descriptions: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    seen: dict[tuple[str, str], int] = {}

    def describe(comment: str) -> None:  # "# theme_id: description" before the header
        m = _DESCRIPTION.match(comment)
        if m:
            descriptions.setdefault(m.group(1), m.group(2))

    for lineno, where, fields, line in tsv_rows(text, source, HEADER, on_comment=describe):
        if len(fields) != 2 or not fields[1]:
            raise ValueError(f"{where}: expected 'theme<TAB>term', got {line!r}")
        theme, term = fields
        if not _THEME_ID.fullmatch(theme):
            raise ValueError(f"{where}: bad theme id {theme!r} (lower-case letters, digits, _)")
        key = (theme, term_pattern(term))
        if key in seen:
            raise ValueError(f"{where}: duplicate of line {seen[key]} ({theme}, {term!r})")
        seen[key] = lineno
        terms.setdefault(theme, []).append(term)
    # File order: the described themes in the order of their comments, then any others
    # in order of first row. Comment lines like "# format: ..." are not themes.
    order = [t for t in descriptions if t in terms] + [t for t in terms if t not in descriptions]
    return [Theme(t, descriptions.get(t, ""), tuple(terms[t])) for t in order]


def load_themes(text: str | None = None) -> Themes:
    """Parse `text` (default: the package's themes.tsv)."""
    if text is None:
        from stance.resources import read_text

        text = read_text("stance.label", THEMES_FILE)
    return Themes(parse_themes(text))


@lru_cache(maxsize=1)
def default_themes() -> Themes:
    return load_themes()


def tag_themes(text: str, themes: Themes | None = None) -> tuple[str, ...]:
    """Theme ids mentioned in `text` (package themes unless `themes` is given)."""
    return (themes if themes is not None else default_themes()).tag(text)


def __getattr__(name: str):
    # THEMES is lazy so importing this module never needs the data file.
    if name == "THEMES":
        return list(default_themes().themes)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
