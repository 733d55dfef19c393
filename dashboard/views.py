"""What the dashboard filters and how: the filter state, its URL form, and its SQL.

Plain Python, no Streamlit and no database: `Filters` is the sidebar's state, `to_query` /
`parse_query` its shareable URL form (with a notice for every link value that cannot be used),
and `where_clause` the one SQL condition every page and chart applies (dashboard.data runs it).

Reviewed labels: the `voices` table carries the record (`stance`, `speaker`: the model's), the
reviewer's (`reviewed_stance`, `reviewed_speaker`, empty when not reviewed) and the effective
`final_stance` / `final_speaker` (the reviewer's where there is one). Charts, filters and
exports use the effective ones; `stance_shown` is `final_stance` or `unlabelled`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date

from stance.export import EXPORT_COLUMNS, REVIEW_COLUMNS, csv_bytes, export_row
from stance.records import KINDS, STANCES

UNLABELLED = "unlabelled"
NO_THEME = "(no theme)"
NONE_LABEL = "none"  # the 'no stance' outcome, left out of stance shares unless asked for
STANCE_ORDER: tuple[str, ...] = STANCES + (UNLABELLED,)


def none_is_a_label() -> bool:
    return NONE_LABEL in STANCES


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the voices to. Empty = no restriction on that field."""

    articles: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    confidence: tuple[float, float] = (0.0, 1.0)
    date_from: str = ""  # ISO 8601 day, inclusive
    date_to: str = ""
    search: str = ""  # words that must occur in the quote (case-insensitive)
    named_only: bool = False  # speakers given by name (people or organisations), not 'one user'
    to_review: bool = False  # flagged `needs_review` (low confidence) and not yet stance-reviewed
    # Not a row filter: whether stance SHARES count the 'none' outcome (its voices are always shown).
    include_none: bool = False

    # list field -> query-parameter name (lists are repeated parameters: ?stance=a&stance=b)
    QUERY_KEYS = {"articles": "article", "speakers": "speaker", "stances": "stance", "themes": "theme",
                  "kinds": "kind", "outlets": "outlet"}
    CONF_KEYS = ("conf_min", "conf_max")
    SCALAR_KEYS = {"date_from": "from", "date_to": "to", "search": "q", "named_only": "named",
                   "to_review": "review", "include_none": "none"}

    @property
    def is_empty(self) -> bool:
        """No row is filtered out (the shares option does not narrow the rows)."""
        return self.rows_key() == Filters()

    def rows_key(self) -> "Filters":
        """These filters without the shares option: what decides which rows pass."""
        return replace(self, include_none=False)

    @classmethod
    def query_keys(cls) -> list[str]:
        return list(cls.QUERY_KEYS.values()) + list(cls.CONF_KEYS) + list(cls.SCALAR_KEYS.values())

    def to_query(self) -> dict[str, list[str]]:
        """Query parameters for this filter (only the restricted ones), values as lists."""
        out = {key: list(getattr(self, name)) for name, key in self.QUERY_KEYS.items() if getattr(self, name)}
        lo, hi = self.confidence
        if lo > 0.0:
            out[self.CONF_KEYS[0]] = [f"{lo:.2f}"]
        if hi < 1.0:
            out[self.CONF_KEYS[1]] = [f"{hi:.2f}"]
        for name, key in self.SCALAR_KEYS.items():
            value = getattr(self, name)
            if value:
                out[key] = ["1" if value is True else str(value)]
        return out

    @classmethod
    def from_query(cls, params: Mapping[str, str | Iterable[str]]) -> "Filters":
        return parse_query(params)[0]

    def without(self, **changes) -> "Filters":
        return replace(self, **changes)


def _values(params: Mapping, key: str) -> tuple[str, ...]:
    raw = params.get(key, ())
    items = [raw] if isinstance(raw, str) else list(raw)
    return tuple(dict.fromkeys(v.strip() for v in items if v and v.strip()))  # de-duplicated, order kept


def parse_day(text: str) -> str | None:
    """'2025-01-03' (or a longer ISO timestamp) as the ISO day, None when not a date."""
    try:
        return date.fromisoformat(text.strip()[:10]).isoformat()
    except ValueError:
        return None


def parse_query(params: Mapping[str, str | Iterable[str]]) -> tuple[Filters, list[str]]:
    """(filters, notices) from URL query parameters. A value that cannot be used (a bad number
    or date, an unknown stance or kind) is left out and named in a notice, never silently."""
    notices: list[str] = []
    lists = {name: _values(params, key) for name, key in Filters.QUERY_KEYS.items()}
    for name, known in (("stances", STANCE_ORDER), ("kinds", KINDS)):
        bad = [v for v in lists[name] if v not in known]
        if bad:
            notices.append(f"Unknown {name[:-1]} {', '.join(repr(b) for b in bad)} in the link, ignored "
                           f"(known: {', '.join(known)}).")
            lists[name] = tuple(v for v in lists[name] if v in known)

    def number(key: str, default: float) -> float:
        found = _values(params, key)
        if not found:
            return default
        try:
            value = float(found[-1])
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or not 0.0 <= value <= 1.0:
            notices.append(f"{key}={found[-1]!r} in the link is not a number from 0 to 1, ignored.")
            return default
        return value

    lo, hi = number(Filters.CONF_KEYS[0], 0.0), number(Filters.CONF_KEYS[1], 1.0)
    if lo > hi:
        lo, hi = hi, lo
    scalars: dict = {}
    for name, key in Filters.SCALAR_KEYS.items():
        found = _values(params, key)
        if not found:
            continue
        if name in ("date_from", "date_to"):
            day = parse_day(found[-1])
            if day is None:
                notices.append(f"{key}={found[-1]!r} in the link is not a date (YYYY-MM-DD), ignored.")
            else:
                scalars[name] = day
        elif name == "search":
            scalars[name] = found[-1][:200]
        else:
            scalars[name] = found[-1].lower() in ("1", "true", "yes", "on")
    if scalars.get("date_from") and scalars.get("date_to") and scalars["date_from"] > scalars["date_to"]:
        scalars["date_from"], scalars["date_to"] = scalars["date_to"], scalars["date_from"]
    return Filters(**lists, confidence=(lo, hi), **scalars), notices


def _like_pattern(text: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def where_clause(filters: Filters) -> tuple[str, list]:
    """The SQL condition (over the `voices` table) for `filters`, and its parameters."""
    parts, params = [], []

    def one_of(column: str, values: Iterable[str]) -> None:
        parts.append(f"list_contains(?::VARCHAR[], {column})")
        params.append(list(values))

    if filters.articles:
        one_of("article", filters.articles)
    if filters.speakers:
        one_of("final_speaker", filters.speakers)
    if filters.stances:
        one_of("stance_shown", filters.stances)
    if filters.kinds:
        one_of("kind", filters.kinds)
    if filters.outlets:
        one_of("source", filters.outlets)
    if filters.themes:
        wanted = [t for t in filters.themes if t != NO_THEME]
        either = ["list_has_any(themes, ?::VARCHAR[])"] if wanted else []
        params.extend([wanted] if wanted else [])
        if NO_THEME in filters.themes:
            either.append("len(themes) = 0")
        parts.append("(" + " OR ".join(either) + ")")
    lo, hi = filters.confidence
    if lo > 0.0 or hi < 1.0:
        parts.append("confidence BETWEEN ? AND ?")
        params.extend([lo - 1e-9, hi + 1e-9])
    if filters.date_from:
        parts.append("day >= CAST(? AS DATE)")
        params.append(filters.date_from)
    if filters.date_to:
        parts.append("day <= CAST(? AS DATE)")
        params.append(filters.date_to)
    if filters.search.strip():
        for word in filters.search.split():
            parts.append("quote ILIKE ? ESCAPE '\\'")
            params.append(_like_pattern(word))
    if filters.named_only:
        parts.append("named")
    if filters.to_review:
        parts.append("coalesce(needs_review, false) AND reviewed_stance = ''")
    return (" AND ".join(parts) or "true"), params


def share_base(split: Mapping[str, int], include_none: bool) -> dict[str, int]:
    """The counts stance shares are taken over: `none` left out unless asked for (a voice with
    no stance is shown and counted, but is not a side)."""
    return {label: n for label, n in split.items() if include_none or label != NONE_LABEL}


def shares(split: Mapping[str, int], include_none: bool) -> dict[str, float | None]:
    """Each label's share of the share base; None for a label outside the base (`none` when
    left out) and for every label when the base is empty."""
    base = share_base(split, include_none)
    total = sum(base.values())
    return {label: (base[label] / total if label in base and total else None) for label in split}


def none_note(n_none: int, include_none: bool) -> str:
    """The one line that says what the shares leave out ('' when nothing is left out)."""
    if not none_is_a_label() or not n_none:
        return ""
    if include_none:
        return (f"{count_noun(n_none, 'voice')} with no stance {'is' if n_none == 1 else 'are'} included in the "
                "shares; turn off “Count 'none' in stance shares” to leave them out.")
    return (f"{count_noun(n_none, 'voice')} with no stance {'is' if n_none == 1 else 'are'} left out of the shares; "
            "toggle “Count 'none' in stance shares” in the sidebar to include them.")


def sql_literal(value) -> str:
    """One where_clause parameter as an SQL literal (for a view, which takes no parameters):
    strings quoted with ' doubled, numbers as finite floats, lists of strings as VARCHAR[]."""
    if isinstance(value, bool):
        raise TypeError("no boolean parameters")
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("NUL in an SQL string")
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return repr(float(value))
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(sql_literal(str(v)) for v in value) + "]::VARCHAR[]"
    raise TypeError(f"no SQL literal for {type(value).__name__}")


def inline_params(where: str, params: list) -> str:
    """`where` (from where_clause: its only '?' are placeholders) with the parameters inlined."""
    pieces = where.split("?")
    if len(pieces) != len(params) + 1:
        raise ValueError("placeholders and parameters differ")
    return pieces[0] + "".join(sql_literal(p) + rest for p, rest in zip(params, pieces[1:]))


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 voice', '31 voices' (thousands separated)."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def article_label(title: str | None, article: str) -> str:
    """What a person reads for an article: its title, else its id."""
    return (title or "").strip() or article


# --- tables and export ------------------------------------------------------------------------

# Stance and confidence first: they are what a reviewer scans.
QUOTES_TABLE_COLUMNS: tuple[str, ...] = ("stance", "confidence", "to review", "speaker", "quote", "article", "outlet", "date",
                                          "kind", "reviewed", "themes", "sentiment", "voice_id")
# The voices columns the quotes table is built from.
QUOTES_SOURCE_COLUMNS: tuple[str, ...] = ("voice_id", "stance_shown", "confidence", "final_speaker", "speaker_role",
                                           "quote", "title", "article", "source", "date", "kind", "reviewed_stance",
                                           "reviewed_speaker", "themes", "sentiment", "start", "end", "cue", "stance", "speaker",
                                           "top_features", "review_note", "reviewed_at", "needs_review") + tuple(
    c for c in EXPORT_COLUMNS if c.startswith("p_"))



def quotes_table(rows):
    """The quotes table (a DataFrame) from rows holding QUOTES_SOURCE_COLUMNS."""
    import pandas as pd

    reviewed = [("stance" if s else "") + (" + speaker" if s and p else "speaker" if p else "")
                for s, p in zip(rows["reviewed_stance"], rows["reviewed_speaker"])]
    return pd.DataFrame({
        "stance": rows["stance_shown"].to_numpy(),
        "confidence": rows["confidence"].to_numpy(dtype=float),
        # Flagged by the model (confidence below its review threshold) and no stance review yet.
        "to review": [bool(flag) and not s for flag, s in zip(rows["needs_review"].fillna(False), rows["reviewed_stance"])],
        "speaker": rows["final_speaker"].to_numpy(),
        "quote": rows["quote"].to_numpy(),
        "article": [article_label(t, a) for t, a in zip(rows["title"], rows["article"])],
        "outlet": rows["source"].to_numpy(),
        "date": rows["date"].to_numpy(),
        "kind": rows["kind"].to_numpy(),
        "reviewed": reviewed,
        "themes": [list(t) if t is not None else [] for t in rows["themes"]],
        "sentiment": rows["sentiment"].to_numpy(dtype=float),
        "voice_id": rows["voice_id"].to_numpy(),
    }, columns=list(QUOTES_TABLE_COLUMNS))


def export_csv(rows) -> bytes:
    """Rows in the export schema (mappings, or a DataFrame of records without reviews) as CSV
    bytes: UTF-8 with BOM, formula cells neutralised (stance.export, the CLI's writer)."""
    if hasattr(rows, "to_dict"):
        rows = [export_row(r) for r in rows.to_dict("records")]
    return csv_bytes(rows, EXPORT_COLUMNS)


FILTER_FIELDS = tuple(f.name for f in fields(Filters))

__all__ = ["EXPORT_COLUMNS", "FILTER_FIELDS", "Filters", "NONE_LABEL", "NO_THEME", "QUOTES_SOURCE_COLUMNS",
           "QUOTES_TABLE_COLUMNS", "REVIEW_COLUMNS", "STANCE_ORDER", "UNLABELLED", "article_label", "count_noun",
           "export_csv", "inline_params", "none_is_a_label", "none_note", "parse_day", "parse_query", "quotes_table", "share_base",
           "shares", "sql_literal", "where_clause"]
