"""Filtering, reviewed labels and aggregations over the records table (what the dashboard shows).

Everything here is plain pandas over the DataFrame of `stance.records.COLUMNS` (see
`stance.pipeline.voices_frame`); no Streamlit. Filters are vectorised masks, so a filter
change on 100,000 voices stays well under a second.

Reviewed labels: `apply_corrections` adds `reviewed_stance`, `reviewed_speaker`, `review_note`,
`reviewed_at` (empty when not reviewed) and the effective `final_stance` / `final_speaker`
(the reviewer's label when there is one, else the model's). Charts, filters and exports use the
`final_*` columns, and keep the model's own label in `stance` / `speaker`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from stance.export import EXPORT_COLUMNS, FINAL_COLUMNS, REVIEW_COLUMNS
from stance.records import COLUMNS, STANCES

UNLABELLED = "unlabelled"
NO_THEME = "(no theme)"
STANCE_ORDER: tuple[str, ...] = STANCES + (UNLABELLED,)


# --- filters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the records to. Empty tuple = no restriction on that column."""

    articles: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    confidence: tuple[float, float] = (0.0, 1.0)

    # field -> query-parameter name (lists are repeated parameters: ?stance=a&stance=b)
    QUERY_KEYS = {"articles": "article", "speakers": "speaker", "stances": "stance",
                  "themes": "theme", "kinds": "kind"}
    CONF_KEYS = ("conf_min", "conf_max")

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def to_query(self) -> dict[str, list[str]]:
        """Query parameters for this filter (only the restricted ones), values as lists."""
        out = {key: list(getattr(self, name)) for name, key in self.QUERY_KEYS.items() if getattr(self, name)}
        lo, hi = self.confidence
        if lo > 0.0:
            out[self.CONF_KEYS[0]] = [f"{lo:.2f}"]
        if hi < 1.0:
            out[self.CONF_KEYS[1]] = [f"{hi:.2f}"]
        return out

    @classmethod
    def from_query(cls, params: Mapping[str, str | Iterable[str]]) -> "Filters":
        """Inverse of `to_query`; tolerant of bad input (a bad number is ignored)."""

        def values(key: str) -> tuple[str, ...]:
            raw = params.get(key, ())
            items = [raw] if isinstance(raw, str) else list(raw)
            return tuple(dict.fromkeys(v for v in items if v))  # de-duplicated, order kept

        def number(key: str, default: float) -> float:
            found = values(key)
            try:
                value = float(found[-1]) if found else default
            except ValueError:
                return default
            return min(1.0, max(0.0, value)) if math.isfinite(value) else default

        lo, hi = number(cls.CONF_KEYS[0], 0.0), number(cls.CONF_KEYS[1], 1.0)
        if lo > hi:
            lo, hi = hi, lo
        return cls(**{name: values(key) for name, key in cls.QUERY_KEYS.items()}, confidence=(lo, hi))

    def restricted_to(self, options: Mapping[str, Iterable[str]]) -> "Filters":
        """Drop values that are not among `options[field]` (e.g. a speaker no longer present)."""
        changes = {}
        for name, allowed in options.items():
            allowed = set(allowed)
            changes[name] = tuple(v for v in getattr(self, name) if v in allowed)
        return Filters(**{**self.__dict__, **changes})


def _col(df: pd.DataFrame, preferred: str, fallback: str) -> pd.Series:
    return df[preferred] if preferred in df.columns else df[fallback]


def stance_series(df: pd.DataFrame) -> pd.Series:
    """Effective stance per voice, `unlabelled` when the model did not run."""
    stance = _col(df, "final_stance", "stance").fillna("")
    return stance.where(stance != "", UNLABELLED)


def speaker_series(df: pd.DataFrame) -> pd.Series:
    return _col(df, "final_speaker", "speaker")


def _theme_codes(themes: pd.Series) -> tuple[np.ndarray, list[tuple[str, ...]]]:
    """Codes of each row's theme tuple and the distinct tuples: a voice corpus has few distinct
    theme combinations, so work on those and broadcast back through the codes."""
    try:
        codes, uniques = pd.factorize(themes, use_na_sentinel=False)
    except TypeError:  # lists (e.g. records read back from JSON) are unhashable
        codes, uniques = pd.factorize(themes.map(tuple), use_na_sentinel=False)
    return codes, [tuple(u) if isinstance(u, (tuple, list)) else () for u in uniques]


def theme_mask(themes: pd.Series, wanted: Iterable[str]) -> np.ndarray:
    """True where a voice's theme tuple shares a theme with `wanted` (NO_THEME = no themes)."""
    wanted = set(wanted)
    codes, uniques = _theme_codes(themes)
    match = np.array([bool(wanted.intersection(u)) or (not u and NO_THEME in wanted) for u in uniques] or [False])
    return match[codes] if len(codes) else np.zeros(0, dtype=bool)


def count_noun(n: int, singular: str, plural: str | None = None) -> str:
    """'1 voice', '31 voices' (thousands separated)."""
    return f"{n:,} {singular if n == 1 else plural or singular + 's'}"


def filter_records(df: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of `df` that pass every filter (all masks vectorised)."""
    mask = np.ones(len(df), dtype=bool)
    if filters.articles:
        mask &= df["article"].isin(filters.articles).to_numpy()
    if filters.speakers:
        mask &= speaker_series(df).isin(filters.speakers).to_numpy()
    if filters.stances:
        mask &= stance_series(df).isin(filters.stances).to_numpy()
    if filters.kinds:
        mask &= df["kind"].isin(filters.kinds).to_numpy()
    if filters.themes:
        mask &= theme_mask(df["themes"], filters.themes)
    lo, hi = filters.confidence
    if lo > 0.0 or hi < 1.0:
        conf = df["confidence"].to_numpy(dtype=float)
        mask &= (conf >= lo - 1e-9) & (conf <= hi + 1e-9)
    return df[mask]


def filter_options(df: pd.DataFrame) -> dict[str, list[str]]:
    """Values each filter can take in `df` (speakers by voice count, then name)."""
    counts = speaker_series(df).value_counts()
    speakers = sorted(zip(counts.index.tolist(), counts.tolist()), key=lambda item: (-item[1], item[0].lower()))
    present = set(stance_series(df).unique().tolist())
    _, combos = _theme_codes(df["themes"])
    themes = sorted({t for combo in combos for t in combo})
    if any(not combo for combo in combos):
        themes.append(NO_THEME)
    return {
        "articles": df["article"].unique().tolist(),
        "speakers": [name for name, _ in speakers],
        "stances": [s for s in STANCE_ORDER if s in present or s in STANCES],
        "themes": themes,
        "kinds": sorted(df["kind"].unique().tolist()),
    }


# --- reviewed labels ------------------------------------------------------------------------


def corrections_frame(corrections) -> pd.DataFrame:
    """Corrections (DataFrame or iterable of mappings) as a frame keyed by voice_id."""
    columns = ["voice_id", "reviewed_stance", "reviewed_speaker", "note", "reviewed_at"]
    frame = corrections if isinstance(corrections, pd.DataFrame) else pd.DataFrame(list(corrections or []))
    frame = frame.reindex(columns=columns)
    return frame.drop_duplicates("voice_id", keep="last").set_index("voice_id")


def apply_corrections(df: pd.DataFrame, corrections) -> pd.DataFrame:
    """A copy of `df` with the review columns and the effective `final_stance`/`final_speaker`.

    A reviewed stance or speaker wins over the model's; the model's stays in `stance`/`speaker`.
    Corrections for voices not in `df` are ignored.
    """
    out = df.copy(deep=False)
    table = corrections_frame(corrections)
    names = {"reviewed_stance": "reviewed_stance", "reviewed_speaker": "reviewed_speaker",
             "review_note": "note", "reviewed_at": "reviewed_at"}
    ids = out["voice_id"]
    hit = ids.isin(table.index).to_numpy() if len(table) else np.zeros(len(out), dtype=bool)
    rows = np.flatnonzero(hit)  # reviews are few: look up only those rows
    reviewed_ids = ids.iloc[rows].tolist()
    for column, source in names.items():
        values = table[source].astype(object).where(table[source].notna(), "").astype(str).to_dict() if len(rows) else {}
        out[column] = pd.Series("", index=out.index, dtype=ids.dtype)
        if len(rows):
            out.iloc[rows, out.columns.get_loc(column)] = [values[v] for v in reviewed_ids]
    reviewed = out["reviewed_stance"] != ""
    out["final_stance"] = out["stance"].where(~reviewed, out["reviewed_stance"])
    renamed = out["reviewed_speaker"] != ""
    out["final_speaker"] = out["speaker"].where(~renamed, out["reviewed_speaker"])
    return out


# --- aggregations for charts ------------------------------------------------------------------


def stance_by(df: pd.DataFrame, column: str, top: int | None = None) -> pd.DataFrame:
    """Voices per (column value, stance): long frame [column, stance, count], biggest groups first.

    `column` may be a list column ("themes": one count per theme a voice carries; voices with
    none count under NO_THEME). `top` keeps the `top` values with the most voices.
    """
    stance = stance_series(df)
    if column == "themes":
        # Count per (theme combination, stance), then spread each combination over its themes.
        codes, combos = _theme_codes(df["themes"])
        pairs = pd.DataFrame({"combo": codes, "stance": stance.to_numpy()}).value_counts()
        rows = [(theme, label, n) for (code, label), n in pairs.items() for theme in (combos[code] or (NO_THEME,))]
        counts = pd.DataFrame(rows, columns=[column, "stance", "count"]).groupby([column, "stance"], as_index=False)["count"].sum()
        return _order_counts(counts, column, top)
    if column == "speaker":
        keys = speaker_series(df).to_numpy()
    else:
        keys = df[column].to_numpy()
    counts = pd.DataFrame({column: keys, "stance": stance.to_numpy()}).value_counts().rename("count").reset_index()
    return _order_counts(counts, column, top)


def _order_counts(counts: pd.DataFrame, column: str, top: int | None) -> pd.DataFrame:
    """Biggest `column` values first (ties alphabetical), stances in STANCE_ORDER; keep `top` values."""
    totals = counts.groupby(column)["count"].sum().sort_values(ascending=False, kind="stable")
    if top is not None:
        totals = totals.head(top)
    order = {value: i for i, value in enumerate(totals.index)}
    counts = counts[counts[column].isin(order)]
    rank = counts[column].map(order)
    stance_rank = counts["stance"].map({s: i for i, s in enumerate(STANCE_ORDER)})
    counts = counts.assign(_r=rank, _s=stance_rank).sort_values(["_r", "_s"]).drop(columns=["_r", "_s"])
    return counts.reset_index(drop=True)


def stance_split(df: pd.DataFrame) -> dict[str, int]:
    """Voices per effective stance (every stance present, zeros included)."""
    counts = stance_series(df).value_counts()
    out = {s: int(counts.get(s, 0)) for s in STANCES}
    if counts.get(UNLABELLED, 0):
        out[UNLABELLED] = int(counts[UNLABELLED])
    return out


def headline(df: pd.DataFrame) -> dict:
    """Counts for the overview: articles, voices, distinct speakers, stance split, reviewed."""
    reviewed = int((df["reviewed_stance"] != "").sum()) if "reviewed_stance" in df.columns else 0
    return {
        "articles": int(df["article"].nunique()),
        "voices": int(len(df)),
        "speakers": int(speaker_series(df).nunique()),
        "stances": stance_split(df),
        "reviewed": reviewed,
    }


def sentiment_summary(df: pd.DataFrame) -> pd.DataFrame:
    """Box-plot statistics of sentiment per stance (for large tables: the chart then carries
    five numbers per stance instead of every voice). Whiskers: furthest points within 1.5 IQR."""
    data = pd.DataFrame({"stance": stance_series(df).to_numpy(), "sentiment": df["sentiment"].to_numpy(dtype=float)})
    rows = []
    for stance in STANCE_ORDER:
        values = data.loc[data["stance"].to_numpy() == stance, "sentiment"].to_numpy()
        if not len(values):
            continue
        q1, median, q3 = np.quantile(values, [0.25, 0.5, 0.75])
        iqr = q3 - q1
        inside = values[(values >= q1 - 1.5 * iqr) & (values <= q3 + 1.5 * iqr)]
        rows.append({"stance": stance, "n": len(values), "q1": q1, "median": median, "q3": q3,
                     "lowerfence": inside.min(), "upperfence": inside.max(), "mean": values.mean()})
    return pd.DataFrame(rows, columns=["stance", "n", "q1", "median", "q3", "lowerfence", "upperfence", "mean"])


def sentiment_by_stance(df: pd.DataFrame) -> pd.DataFrame:
    """One row per voice: stance, sentiment, speaker and quote (for a box/strip plot)."""
    return pd.DataFrame({
        "stance": stance_series(df).to_numpy(),
        "sentiment": df["sentiment"].to_numpy(dtype=float),
        "speaker": speaker_series(df).to_numpy(),
        "quote": df["quote"].to_numpy(),
    })


# --- tables ---------------------------------------------------------------------------------------

QUOTES_TABLE_COLUMNS: tuple[str, ...] = ("voice_id", "speaker", "role", "article", "quote", "kind", "stance",
                                          "reviewed", "confidence", "themes", "sentiment")


def quotes_table(df: pd.DataFrame, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The quotes explorer's table: effective speaker and stance, article label, review flag."""
    articles = df["article"]
    if labels:
        articles = articles.map(dict(labels)).fillna(articles)
    reviewed = (df["reviewed_stance"] != "") | (df["reviewed_speaker"] != "") if "reviewed_stance" in df.columns \
        else pd.Series(False, index=df.index)
    return pd.DataFrame({
        "voice_id": df["voice_id"].to_numpy(),
        "speaker": speaker_series(df).to_numpy(),
        "role": df["speaker_role"].to_numpy(),
        "article": articles.to_numpy(),
        "quote": df["quote"].to_numpy(),
        "kind": df["kind"].to_numpy(),
        "stance": stance_series(df).to_numpy(),
        "reviewed": reviewed.to_numpy(dtype=bool),
        "confidence": df["confidence"].to_numpy(dtype=float),
        "themes": df["themes"].to_numpy(),  # tuples: Arrow stores them as list<string>
        "sentiment": df["sentiment"].to_numpy(dtype=float),
    }, columns=list(QUOTES_TABLE_COLUMNS))


def article_voices(df: pd.DataFrame, article: str) -> pd.DataFrame:
    """The voices of one article in text order."""
    return df[df["article"].to_numpy() == article].sort_values("start", kind="stable")


# --- export -------------------------------------------------------------------------------------


def export_rows(df: pd.DataFrame, columns: Iterable[str] = EXPORT_COLUMNS) -> list[dict]:
    """Records as dicts for `stance.export.csv_bytes`; review columns empty when absent."""
    columns = list(columns)
    frame = df.reindex(columns=columns)
    for column in REVIEW_COLUMNS + FINAL_COLUMNS:
        if column in frame.columns:
            frame[column] = frame[column].astype(object).fillna("")
    return frame.to_dict("records")


def export_csv(df: pd.DataFrame, columns: Iterable[str] = EXPORT_COLUMNS) -> bytes:
    """The filtered records as CSV bytes (UTF-8 with BOM, formula cells neutralised)."""
    from stance.export import csv_bytes

    columns = list(columns)
    return csv_bytes(export_rows(df, columns), columns)


__all__ = [
    "EXPORT_COLUMNS", "Filters", "NO_THEME", "REVIEW_COLUMNS", "STANCE_ORDER", "UNLABELLED",
    "QUOTES_TABLE_COLUMNS", "apply_corrections", "article_voices", "corrections_frame", "export_csv",
    "export_rows", "filter_options", "filter_records", "headline", "quotes_table", "sentiment_by_stance", "sentiment_summary", "stance_by",
    "stance_split",
]
