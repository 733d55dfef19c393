"""Themes: what a voice talks about (multi-label), independent of its stance.

themes.tsv: `#` comment lines, among them `# theme_id: description` for each theme, then
the header `theme<TAB>term`, then one row per term. Terms match whole-word,
case-insensitively, with curly apostrophes treated as straight, and support the same
phrase / hyphen / trailing-`*` syntax as the lexicon (see stance.lexicon).

`THEMES` (loaded on first access) lists the themes with descriptions, in file order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from stance.lexicon import compile_terms, first_token_prefix, fold, term_pattern

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
_KEY = 3  # prefixes are indexed by up to their first three characters


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
        # Prefilter: a match starts at a token that begins with its term's first word (or
        # that word's plural stem or wildcard prefix). Index those prefixes by their first
        # letters, so a text only runs the regexes of themes it could possibly mention.
        self._prefixes: dict[str, list[tuple[str, int]]] = {}
        self._always: set[int] = set()  # themes with a term that does not start with a word
        for index, theme in enumerate(self.themes):
            for term in theme.terms:
                prefix = first_token_prefix(term)
                if _TOKEN.fullmatch(prefix) and not prefix.startswith("'"):
                    self._prefixes.setdefault(prefix[:_KEY], []).append((prefix, index))
                else:
                    self._always.add(index)

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
        candidates = set(self._always)
        lookup = self._prefixes.get
        for token in set(_TOKEN.findall(norm)):
            token = token.lstrip("'")
            for size in range(1, _KEY + 1):
                for prefix, index in lookup(token[:size], ()):
                    if index not in candidates and token.startswith(prefix):
                        candidates.add(index)
        return tuple(self.themes[i].id for i in sorted(candidates) if self._regexes[i].search(norm))


def parse_themes(text: str, source: str = THEMES_FILE) -> list[Theme]:
    """Themes of a themes.tsv text; ValueError naming `source` and line on a bad row."""
    descriptions: dict[str, str] = {}
    terms: dict[str, list[str]] = {}
    seen: dict[tuple[str, str], int] = {}
    header_seen = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            m = _DESCRIPTION.match(stripped)
            if m and not header_seen:
                descriptions.setdefault(m.group(1), m.group(2))
            continue
        fields = [f.strip() for f in line.split("\t")]
        where = f"{source} line {lineno}"
        if not header_seen:
            if tuple(f.lower() for f in fields) != HEADER:
                raise ValueError(f"{where}: expected header 'theme<TAB>term', got {line!r}")
            header_seen = True
            continue
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
    if not header_seen:
        raise ValueError(f"{source}: no header line 'theme<TAB>term'")
    # File order: the described themes in the order of their comments, then any others
    # in order of first row. Comment lines like "# format: ..." are not themes.
    order = [t for t in descriptions if t in terms] + [t for t in terms if t not in descriptions]
    return [Theme(t, descriptions.get(t, ""), tuple(terms[t])) for t in order]


def load_themes(text: str | None = None) -> Themes:
    """Parse `text` (default: the package's themes.tsv)."""
    if text is None:
        from stance.resources import read_text

        text = read_text(THEMES_FILE)
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
