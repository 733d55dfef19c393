"""What each chart and figure counts: one SQL query over a slice of voices (dashboard.data.Slice).

Every function returns a small pandas frame or dict (counts, never the rows themselves).
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from dashboard import views
from dashboard.data import Slice, VoiceDB

# The columns a "stance by" chart may group on, by what the user calls them.
GROUPS = {"article": "article", "outlet": "source", "speaker": "final_speaker"}
UNITS = ("day", "week", "month")


def headline(s: Slice) -> dict:
    """Articles, voices, distinct speakers, stance-reviewed voices, and voices per stance."""
    top = s.query("headline", "SELECT count(DISTINCT article) AS articles, count(*) AS voices, "
                  "count(DISTINCT final_speaker) AS speakers, count(*) FILTER (WHERE reviewed_stance <> '') AS reviewed "
                  "FROM {src}").iloc[0]
    return {"articles": int(top["articles"]), "voices": int(top["voices"]), "speakers": int(top["speakers"]),
            "reviewed": int(top["reviewed"]), "stances": stance_split(s)}


def stance_split(s: Slice) -> dict[str, int]:
    """Voices per stance: every label (zeros included, `none` too: its voices are counted),
    `unlabelled` when there are such. Shares over these: views.shares."""
    counts = s.query("split", "SELECT stance_shown AS stance, count(*) AS n FROM {src} GROUP BY 1")
    found = dict(zip(counts["stance"], counts["n"].astype(int)))
    out = {label: int(found.get(label, 0)) for label in views.STANCE_ORDER[:-1]}
    if found.get(views.UNLABELLED):
        out[views.UNLABELLED] = int(found[views.UNLABELLED])
    return out


def _order(counts: pd.DataFrame, key: str) -> pd.DataFrame:
    """Biggest groups first (ties by name), stances in label order."""
    totals = counts.groupby(key)["count"].sum()
    rank = {value: i for i, value in enumerate(sorted(totals.index, key=lambda v: (-totals[v], str(v))))}
    stance_rank = {label: i for i, label in enumerate(views.STANCE_ORDER)}
    return (counts.assign(_r=counts[key].map(rank), _s=counts["stance"].map(stance_rank))
            .sort_values(["_r", "_s"]).drop(columns=["_r", "_s"]).reset_index(drop=True))


def stance_by(s: Slice, group: str, top: int | None = None) -> pd.DataFrame:
    """[key, label, stance, count]: voices per group value and stance, the `top` biggest groups.
    For articles the label is the title (the id when there is none); empty outlets read '(no outlet)'."""
    column = GROUPS[group]
    limit = f"LIMIT {int(top)}" if top else ""
    label = "coalesce(nullif(any_value(title), ''), article)" if group == "article" else column
    counts = s.query(f"by_{group}_{top}", f"""
        WITH top AS (SELECT {column} AS key, {label} AS label, count(*) AS n FROM {{src}} GROUP BY {column}
                     ORDER BY n DESC, key {limit})
        SELECT t.key, any_value(t.label) AS label, v.stance_shown AS stance, count(*) AS count
        FROM {{src}} v JOIN top t ON v.{column} = t.key GROUP BY t.key, v.stance_shown""")
    counts["count"] = counts["count"].astype(int)
    if group == "outlet":
        counts["label"] = counts["label"].where(counts["label"] != "", "(no outlet)")
    return _order(counts, "key")


def distinct(s: Slice, group: str) -> int:
    column = GROUPS[group]
    return int(s.query(f"n_{group}", f"SELECT count(DISTINCT {column}) AS n FROM {{src}}")["n"].iloc[0])


def stance_by_theme(s: Slice) -> pd.DataFrame:
    """[theme, stance, count]: a voice counts once per theme; a voice with none under NO_THEME."""
    counts = s.query("by_theme", f"""
        SELECT theme, stance, count(*) AS count FROM (
            SELECT unnest(CASE WHEN len(themes) = 0 THEN ['{views.NO_THEME}'] ELSE themes END) AS theme,
                   stance_shown AS stance FROM {{src}}) GROUP BY ALL""")
    counts["count"] = counts["count"].astype(int)
    return _order(counts, "theme")


def sentiment_points(s: Slice, limit: int) -> pd.DataFrame | None:
    """Every voice's stance, sentiment and speaker when there are at most `limit`, else None."""
    points = s.query(f"points_{limit}", f"SELECT stance_shown AS stance, sentiment, final_speaker AS speaker "
                     f"FROM {{src}} LIMIT {int(limit) + 1}")
    return None if len(points) > limit else points


def sentiment_summary(s: Slice) -> pd.DataFrame:
    """Box-plot statistics of sentiment per stance; whiskers = furthest points within 1.5 IQR."""
    quartiles = s.query("sentiment", "SELECT stance_shown AS stance, count(*) AS n, "
                        "quantile_cont(sentiment, [0.25, 0.5, 0.75]) AS q, avg(sentiment) AS mean "
                        "FROM {src} GROUP BY 1")
    columns = ["stance", "n", "q1", "median", "q3", "lowerfence", "upperfence", "mean"]
    rows = []
    for stance, n, q, mean in quartiles.itertuples(index=False):
        if not hasattr(q, "__len__") or any(pd.isna(v) for v in q):
            continue  # no sentiment at all in this stance: no box (as the join it replaces)
        q1, median, q3 = (float(v) for v in q)
        rows.append({"stance": stance, "n": n, "q1": q1, "median": median, "q3": q3, "mean": mean,
                     "lo": q1 - 1.5 * (q3 - q1), "hi": q3 + 1.5 * (q3 - q1)})
    if not rows:
        return pd.DataFrame(columns=columns)
    # The whiskers in one more scan, the bounds written into the query (a join cost four times as much).
    def bound(key: str) -> str:
        return "CASE stance_shown " + " ".join(
            f"WHEN {views.sql_literal(r['stance'])} THEN {views.sql_literal(r[key])}" for r in rows) + " END"

    fences = s.query("sentiment_fences", f"""
        SELECT stance_shown AS stance, min(sentiment) AS lowerfence, max(sentiment) AS upperfence FROM {{src}}
        WHERE sentiment BETWEEN {bound('lo')} AND {bound('hi')} GROUP BY 1""")
    summary = pd.DataFrame(rows).drop(columns=["lo", "hi"]).merge(fences, on="stance")[columns]
    order = {label: i for i, label in enumerate(views.STANCE_ORDER)}
    return summary.sort_values("stance", key=lambda col: col.map(order)).reset_index(drop=True)


def date_span(s: Slice) -> tuple | None:
    """(first day, last day) of the dated voices, None when none is dated."""
    span = s.query("span", "SELECT min(day) AS lo, max(day) AS hi FROM {src}").iloc[0]
    return None if pd.isna(span["lo"]) else (pd.Timestamp(span["lo"]).date(), pd.Timestamp(span["hi"]).date())


def time_unit(span: tuple | None) -> str:
    """Day for up to two months, week up to about a year and a half, month beyond."""
    if span is None:
        return "day"
    days = (span[1] - span[0]).days
    return "day" if days <= 62 else "week" if days <= 550 else "month"


def over_time(s: Slice, unit: str, split: str | None = None, top: int = 6) -> pd.DataFrame:
    """[period, stance, count(, group)]: dated voices per period (weeks start on Monday), optionally
    split by outlet or speaker (the `top` biggest; the rest under '(other)')."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}")
    if split is None:
        sql = (f"SELECT CAST(date_trunc('{unit}', day) AS DATE) AS period, stance_shown AS stance, count(*) AS count "
               "FROM {src} WHERE day IS NOT NULL GROUP BY ALL ORDER BY period")
        return s.query(f"time_{unit}", sql)
    column = GROUPS[split]
    sql = f"""
        WITH top AS (SELECT {column} AS key FROM {{src}} WHERE day IS NOT NULL GROUP BY 1
                     ORDER BY count(*) DESC, key LIMIT {int(top)})
        SELECT CAST(date_trunc('{unit}', day) AS DATE) AS period, stance_shown AS stance,
               CASE WHEN {column} IN (SELECT key FROM top) THEN {column} ELSE '(other)' END AS "group",
               count(*) AS count
        FROM {{src}} WHERE day IS NOT NULL GROUP BY ALL ORDER BY period"""
    out = s.query(f"time_{unit}_{split}_{top}", sql)
    if split == "outlet":
        out["group"] = out["group"].where(out["group"] != "", "(no outlet)")
    return out


def undated(s: Slice, names: int = 20) -> tuple[int, int, list[str]]:
    """(undated articles, their voices, the first `names` of their titles)."""
    found = s.query("undated", "SELECT article, coalesce(nullif(any_value(title), ''), article) AS label, "
                    "count(*) AS n FROM {src} WHERE day IS NULL GROUP BY article ORDER BY label")
    return len(found), int(found["n"].sum()) if len(found) else 0, found["label"].head(names).tolist()


def options(db: VoiceDB, limit: int = 1000) -> dict[str, list]:
    """Values each sidebar filter offers, over all voices: the `limit` most frequent articles,
    speakers and outlets (the search box reaches the rest), every theme and kind."""
    def q(name: str, sql: str) -> pd.DataFrame:
        return db.cached(("options", name, limit), lambda: db.cursor().execute(sql).df())

    articles = q("articles", f"SELECT article, coalesce(nullif(any_value(title), ''), article) AS label, count(*) AS n "
                 f"FROM voices GROUP BY article ORDER BY n DESC, label LIMIT {limit}")
    speakers = q("speakers", f"SELECT final_speaker AS v, count(*) AS n FROM voices GROUP BY 1 "
                 f"ORDER BY n DESC, lower(v) LIMIT {limit}")
    outlets = q("outlets", f"SELECT source AS v, count(*) AS n FROM voices WHERE source <> '' GROUP BY 1 "
                f"ORDER BY n DESC, v LIMIT {limit}")
    themes = q("themes", "SELECT DISTINCT unnest(themes) AS v FROM voices ORDER BY v")
    untagged = q("untagged", "SELECT count(*) AS n FROM voices WHERE len(themes) = 0")
    kinds = q("kinds", "SELECT DISTINCT kind AS v FROM voices ORDER BY v")
    stances = q("stances", "SELECT DISTINCT stance_shown AS v FROM voices")
    present = set(stances["v"])
    return {
        "articles": articles["article"].tolist(),
        "article_labels": dict(zip(articles["article"], articles["label"])),
        "speakers": speakers["v"].tolist(),
        "outlets": outlets["v"].tolist(),
        "themes": themes["v"].tolist() + ([views.NO_THEME] if int(untagged["n"].iloc[0]) else []),
        "kinds": kinds["v"].tolist(),
        "stances": [label for label in views.STANCE_ORDER if label in present or label != views.UNLABELLED],
    }


def missing_values(db: VoiceDB, cursor, filters: views.Filters) -> dict[str, list[str]]:
    """Filter values that occur in no voice (a renamed speaker, an article removed since a link
    was shared): {field: [values]}, checked over all voices, not only the offered options."""
    missing = {}
    for name, column in (("articles", "article"), ("speakers", "final_speaker"), ("outlets", "source")):
        wanted = list(getattr(filters, name))
        if wanted:
            found = {r[0] for r in cursor.execute(
                f"SELECT DISTINCT {column} FROM voices WHERE list_contains(?::VARCHAR[], {column})", [wanted]).fetchall()}
            if set(wanted) - found:
                missing[name] = [v for v in wanted if v not in found]
    themes = [t for t in filters.themes if t != views.NO_THEME]
    if themes:
        found = {r[0] for r in cursor.execute("SELECT DISTINCT unnest(themes) FROM voices").fetchall()}
        if set(themes) - found:
            missing["themes"] = [t for t in themes if t not in found]
    return missing


def labels_for(db: VoiceDB, cursor, articles: Sequence[str]) -> dict[str, str]:
    """Display labels (title, else id) of the given articles."""
    if not articles:
        return {}
    rows = cursor.execute("SELECT article, coalesce(nullif(title, ''), article) FROM articles "
                          "WHERE list_contains(?::VARCHAR[], article)", [list(articles)]).fetchall()
    return dict(rows)
