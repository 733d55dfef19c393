"""The dashboard's data layer: every voice in one DuckDB table, reviews applied in place.

One code path for five seed articles and for a million-voice dataset: the records are loaded
once per corpus into an in-memory DuckDB table (`voice_rows`, read through the view `voices`,
which names its rowid `rid`; from analysed records or straight from
a dataset's Parquet files, never through a pandas copy of all rows). Reviews and corrected
article metadata from SQLite are written into that table once per reviews version. Each browser
session has its own cursor, where the rows its filters let through are kept in a temporary
table `filtered`, made at the first query that needs it (the sidebar's count is one counting
query); each chart is one query over it. Results over all rows (no filter) are cached per reviews
version, since every session asks for them; a session's results per filtered rows.

A dataset's explanation features (`top_features`, five strings a voice) are the one column left
out of `voices`: they go into `voice_features` when a page first shows full records
(`records_sql` joins them to the chosen rows), so the first charts do not wait for them.

DuckDB's extension autoloading and autoinstalling are off: nothing is ever downloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from dashboard import views
from stance.export import EXPORT_COLUMNS, FINAL_COLUMNS, REVIEW_COLUMNS
from stance.records import COLUMNS

if TYPE_CHECKING:  # pandas is imported by DuckDB when a result is asked for as a frame, not before:
    import pandas as pd  # the loader starts reading before the page's heavier imports

DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
# Columns a chart or filter reads: what the per-session temp table holds (not the quote text).
CHART_COLUMNS = ("rid", "article", "title", "source", "day", "final_speaker", "stance_shown", "themes", "sentiment",
                 "reviewed_stance")


def _named(speaker: str) -> str:
    """SQL: the speaker (an SQL expression) is a name (person or organisation), not 'one user'."""
    return rf"regexp_matches({speaker}, '^\p{{Lu}}')"


def _shown(stance: str) -> str:
    """SQL: the stance a voice is shown and filtered under (an empty one reads 'unlabelled')."""
    return f"CASE WHEN coalesce({stance}, '') = '' THEN '{views.UNLABELLED}' ELSE {stance} END"


_DAY = "try_cast(substr(date, 1, 10) AS DATE)"
_DEFERRED = "top_features"  # the one column a dataset's load leaves for later (VoiceDB.records_sql)
# A filter passing at least this share of the voices is a view, not a copy (Slice._materialise).
WIDE_SHARE = 0.5


def _quoted(columns: Iterable[str]) -> list[str]:
    return [f'"{c}"' for c in columns]  # `end` is an SQL keyword


_COLUMN_LIST = ", ".join(_quoted(COLUMNS))


def connect() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(":memory:", config=DUCKDB_CONFIG)


def _quote_path(path: str | Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class VoiceDB:
    """All voices of one corpus in DuckDB, with reviews applied (see the module docstring)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, article_text: dict[str, str] | None = None,
                 problems: Sequence[str] = (), labelled: bool = True, description: str = ""):
        self.con = con
        self._texts = article_text or {}  # id -> cleaned text (analysed corpora)
        self.problems = list(problems)
        self.labelled = labelled
        self.description = description
        self.version: int | None = None  # the reviews version applied to `voices`
        self._lock = threading.Lock()
        self._cache: dict[tuple, pd.DataFrame] = {}
        self._overridden: set[str] = set()  # articles whose metadata a reviewer set
        self._has_reviews = False  # whether `voices` holds any review (to be undone when it goes)
        # A dataset's explanation features (five strings a voice, about 40% of the load) are read
        # into a table of their own when a page first shows full records, not before the charts.
        self._features_source: str | None = None
        self._features_lock = threading.Lock()
        self._features_deferred = False

    # --- building -------------------------------------------------------------------------

    @classmethod
    def from_arrow(cls, voices, articles=None, **kwargs) -> "VoiceDB":
        """From a pyarrow table of records (stance.records.COLUMNS) and one of articles."""
        return cls.from_sources(voices=voices, articles=articles, **kwargs)

    @classmethod
    def from_sources(cls, datasets: Sequence[str | Path] = (), voices=None, articles=None, **kwargs) -> "VoiceDB":
        """From dataset folders (read straight from their Parquet parts, dashboard.dataset layout)
        and/or pyarrow tables of analysed records and articles, all in one table."""
        from dashboard.dataset import ARTICLES_GLOB, VOICES_GLOB

        con = connect()
        voice_parts, article_parts = [], []
        for folder in map(Path, datasets):
            voice_parts.append(f"SELECT {_COLUMN_LIST} FROM read_parquet({_quote_path(folder / VOICES_GLOB)})")
            if any((folder / "articles").glob("part-*.parquet")):
                article_parts.append(f"SELECT * FROM read_parquet({_quote_path(folder / ARTICLES_GLOB)}, "
                                     "union_by_name = true)")
        if voices is not None:
            con.register("voices_in", voices)
            voice_parts.append(f"SELECT {_COLUMN_LIST} FROM voices_in")
        if articles is not None and articles.num_rows:
            con.register("articles_in", articles)
            article_parts.append("SELECT * FROM articles_in")
        if not voice_parts:
            raise ValueError("no records: give a dataset folder or analysed records")
        db = cls(con, **kwargs)
        union = lambda parts: "(" + " UNION ALL BY NAME ".join(f"({p})" for p in parts) + ")"  # noqa: E731
        db._build(union(voice_parts), union(article_parts) if article_parts else None, defer_features=voices is None)
        for name in ("voices_in", "articles_in"):
            try:
                con.unregister(name)
            except duckdb.Error:
                pass
        return db

    def _build(self, voices_sql: str, articles_sql: str | None, defer_features: bool = False) -> None:
        columns = _COLUMN_LIST
        if defer_features:  # registered in-memory tables are gone after building: only Parquet defers
            columns = ", ".join(_quoted(c for c in COLUMNS if c != _DEFERRED))
            self._features_source, self._features_deferred = voices_sql, True
        # The row id is the table's own rowid (insertion order, as read): numbering the rows with a
        # window function took as long as the rest of the load. `voices` is a view that names it.
        self.con.execute(f"""
            CREATE TABLE voice_rows AS
            SELECT {columns},
                   '' AS reviewed_stance, '' AS reviewed_speaker, '' AS review_note, '' AS reviewed_at,
                   coalesce(stance, '') AS final_stance, speaker AS final_speaker,
                   {_shown("stance")} AS stance_shown, {_DAY} AS day, {_named("speaker")} AS named
            FROM {voices_sql}""")  # derived columns computed here: an UPDATE of every row cost more than the load
        self.con.execute("CREATE VIEW voices AS SELECT rowid AS rid, * FROM voice_rows")
        # Articles: the dataset's table when it has one, else what the voices say (one row each).
        from_voices = ("SELECT article, any_value(title) AS title, any_value(source) AS source, "
                       "any_value(date) AS date, any_value(url) AS url FROM voices GROUP BY article")
        if articles_sql:
            names = {r[0] for r in self.con.execute(f"DESCRIBE SELECT * FROM {articles_sql}").fetchall()}
            key = "id" if "id" in names else "article"
            fields = ", ".join(f"coalesce(CAST(\"{f}\" AS VARCHAR), '') AS \"{f}\"" if f in names else f"'' AS \"{f}\""
                               for f in ("title", "source", "date", "url", "path"))
            text = ", \"text\"" if "text" in names else ""
            self.con.execute(f"CREATE TABLE articles_base AS SELECT CAST(\"{key}\" AS VARCHAR) AS article, "
                             f"{fields}{text} FROM {articles_sql}")
            # Articles that have voices but no row (a partial table) still get one.
            self.con.execute(f"INSERT INTO articles_base BY NAME SELECT * FROM ({from_voices}) v "
                             "WHERE v.article NOT IN (SELECT article FROM articles_base)")
        else:
            self.con.execute(f"CREATE TABLE articles_base AS {from_voices}")
        self.con.execute("CREATE TABLE articles AS SELECT article, title, source, date, url, "
                         f"{_DAY} AS day FROM articles_base")

    def records_sql(self, columns: Sequence[str], where: str = "true", order: str = "rid",
                    limit: int | None = None) -> str:
        """SQL for the records of the voices matching `where` (any record or review columns),
        in `order`. A dataset's explanation features are joined to the chosen rows only, read on
        first use: about 40% of a dataset's load, and no chart needs them."""
        cap = f" LIMIT {int(limit)}" if limit is not None else ""
        if _DEFERRED not in columns or not self._features_apart():
            return f"SELECT {', '.join(_quoted(columns))} FROM voices WHERE {where} ORDER BY {order}{cap}"
        picked = _quoted(["rid", *(c for c in columns if c != _DEFERRED)])
        return (f"WITH chosen AS (SELECT {', '.join(picked)} FROM voices WHERE {where} ORDER BY {order}{cap}) "
                f"SELECT chosen.* EXCLUDE (rid), f.{_DEFERRED} FROM chosen LEFT JOIN voice_features f USING (rid) "
                f"ORDER BY {order}")

    def _features_apart(self) -> bool:
        """True when the features live in `voice_features` (read now if they are not yet)."""
        if self._features_source is not None:
            with self._features_lock:
                if self._features_source is not None:
                    self._read_features(self._features_source)
                    self._features_source = None
        return self._features_deferred

    def _read_features(self, source: str) -> None:
        con = self.con.cursor()
        con.execute(f"CREATE TABLE voice_features AS SELECT (row_number() OVER ()) - 1 AS rid, voice_id, "
                    f"{_DEFERRED} FROM {source}")
        # Both tables number the rows of the same scan in order; should that ever differ, join by id.
        mismatched = con.execute("SELECT count(*) FROM voices v LEFT JOIN voice_features f USING (rid) "
                                 "WHERE f.voice_id IS DISTINCT FROM v.voice_id").fetchone()[0]
        if mismatched:
            con.execute(f"CREATE OR REPLACE TABLE voice_features AS SELECT v.rid, f.{_DEFERRED} FROM voices v "
                        f"LEFT JOIN (SELECT voice_id, any_value({_DEFERRED}) AS {_DEFERRED} FROM voice_features "
                        "GROUP BY voice_id) f USING (voice_id)")

    # --- reviews ----------------------------------------------------------------------------

    def apply_reviews(self, version: int, corrections: Iterable[dict], metadata: Iterable[dict]) -> None:
        """Write the current reviews and article metadata into `voices` (once per version)."""
        import pyarrow as pa

        with self._lock:
            if version == self.version:
                return
            review_fields = ("voice_id", "reviewed_stance", "reviewed_speaker", "note", "reviewed_at")
            corrections = list(corrections)
            corr = pa.table({f: [str(c.get(f) or "") for c in corrections] for f in review_fields})
            meta_fields = ("article", "title", "source", "date", "url")
            metadata = list(metadata)
            meta = pa.table({f: [str(m.get(f) or "") for m in metadata] for f in meta_fields})
            if not corrections and not metadata and not self._has_reviews and not self._overridden:
                self.version = version  # nothing to write or undo (a new corpus): an UPDATE still cost ~0.3 s
                self._cache.clear()
                return
            con = self.con.cursor()
            con.register("corr_in", corr)
            con.register("meta_in", meta)
            final_speaker = "CASE WHEN c.reviewed_speaker <> '' THEN c.reviewed_speaker ELSE voice_rows.speaker END"
            con.execute("BEGIN")
            try:
                con.execute(f"""UPDATE voice_rows SET reviewed_stance = '', reviewed_speaker = '', review_note = '',
                    reviewed_at = '', final_stance = coalesce(stance, ''), final_speaker = speaker,
                    stance_shown = {_shown("stance")}, named = {_named("speaker")}
                    WHERE reviewed_at <> '' AND voice_id NOT IN (SELECT voice_id FROM corr_in)""")
                con.execute(f"""UPDATE voice_rows SET reviewed_stance = c.reviewed_stance,
                    reviewed_speaker = c.reviewed_speaker, review_note = c.note, reviewed_at = c.reviewed_at,
                    final_stance = CASE WHEN c.reviewed_stance <> '' THEN c.reviewed_stance ELSE coalesce(voice_rows.stance, '') END,
                    final_speaker = {final_speaker},
                    stance_shown = CASE WHEN c.reviewed_stance <> '' THEN c.reviewed_stance
                        ELSE {_shown("voice_rows.stance")} END,
                    named = {_named(final_speaker)}
                    FROM corr_in c WHERE voice_rows.voice_id = c.voice_id AND voice_rows.reviewed_at <> c.reviewed_at""")
                touched = self._overridden | set(meta.column("article").to_pylist())
                if touched:
                    con.execute("CREATE OR REPLACE TEMP TABLE meta_now AS SELECT b.article, "
                                + ", ".join(f"CASE WHEN m.article IS NULL THEN b.{f} ELSE m.{f} END AS {f}"
                                            for f in ("title", "source", "date", "url"))
                                + " FROM articles_base b LEFT JOIN meta_in m USING (article) WHERE b.article IN "
                                "(SELECT unnest(?))", [sorted(touched)])
                    con.execute("""UPDATE voice_rows SET title = m.title, source = m.source, date = m.date, url = m.url,
                        day = try_cast(substr(m.date, 1, 10) AS DATE) FROM meta_now m WHERE voice_rows.article = m.article""")
                    con.execute("""UPDATE articles SET title = m.title, source = m.source, date = m.date, url = m.url,
                        day = try_cast(substr(m.date, 1, 10) AS DATE) FROM meta_now m WHERE articles.article = m.article""")
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            finally:
                con.close()
            self._overridden = set(meta.column("article").to_pylist())
            self._has_reviews = bool(corrections)
            self.version = version
            self._cache.clear()

    # --- queries ----------------------------------------------------------------------------

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A connection of its own (one per browser session): temp tables are private to it."""
        return self.con.cursor()

    def cached(self, key: tuple, compute) -> pd.DataFrame:
        """`compute()` once per reviews version for results over all rows."""
        full = (self.version, *key)
        if full not in self._cache:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[full] = compute()
        return self._cache[full]

    def count(self) -> int:
        return self.cached(("count",), lambda: self.con.execute("SELECT count(*) AS n FROM voices").df())["n"].iloc[0]

    def article_text(self, article: str) -> str | None:
        """An article's cleaned text: from the analysis, else the dataset's articles table."""
        if article in self._texts:
            return self._texts[article]
        names = {r[0] for r in self.con.execute("DESCRIBE articles_base").fetchall()}
        if "text" not in names:
            return None
        row = self.con.cursor().execute("SELECT text FROM articles_base WHERE article = ?", [article]).fetchone()
        return row[0] if row else None


class Slice:
    """The voices one session's filters let through, as a temp table on that session's cursor.

    The table is made at the first query that needs it, not before: the sidebar's count comes
    from one counting query, so the count a user waits for is not held up by the copy."""

    def __init__(self, db: VoiceDB, cursor: duckdb.DuckDBPyConnection, filters: views.Filters, state: dict):
        self.db, self.cur, self.filters, self._state = db, cursor, filters, state
        self.everything = filters.is_empty
        self._key = (id(db), db.version, filters.rows_key())
        if state.get("results_key") != self._key:
            state["results_key"], state["results"] = self._key, {}
        # One run asks for some results twice (the sidebar count and the headline; a page rerun
        # with unchanged filters): each is computed once per filtered rows.
        self._results: dict = state["results"]

    @property
    def source(self) -> str:
        """The table to read the slice's rows from (the temp table made now if need be)."""
        if self.everything:
            return "voices"
        if self._state.get("filtered_key") != self._key:
            self._state.pop("filtered_key", None)  # not valid until the new table exists
            self._state["filtered_kind"] = self._materialise(self.filters)
            self._state["filtered_key"] = self._key
        return "filtered"

    def contains_rid(self) -> str:
        """An SQL condition on `voices` keeping the slice's rows."""
        return "true" if self.everything else f"rid IN (SELECT rid FROM {self.source})"

    def _passing(self) -> int:
        """Rows passing the filters, counted on `voices` (no temp table needed)."""
        if "passing" not in self._results:
            where, params = views.where_clause(self.filters)
            self._results["passing"] = self.cur.execute(f"SELECT count(*) FROM voices WHERE {where}",
                                                        params).fetchone()[0]
        return int(self._results["passing"])

    def _materialise(self, filters: views.Filters) -> str:
        """`filtered` for these filters: a temp table of the rows that pass, or, when they pass
        most rows and the condition is cheap to re-check (no text search), a view over `voices`
        (copying most of a million rows cost more than every chart re-checking the condition).
        Returns which it made: "table" or "view"."""
        where, params = views.where_clause(filters)
        columns = ", ".join(CHART_COLUMNS)
        kind = "table"
        if not filters.search.strip() and self._passing() >= WIDE_SHARE * self.db.count():
            kind = "view"
        for kind_before in ("VIEW", "TABLE"):  # whichever this cursor holds (a caller may pass a fresh state)
            try:
                self.cur.execute(f"DROP {kind_before} IF EXISTS filtered")
            except duckdb.CatalogException:
                pass
        if kind == "view":
            self.cur.execute(f"CREATE TEMP VIEW filtered AS SELECT {columns} FROM voices "
                             f"WHERE {views.inline_params(where, params)}")
        else:
            self.cur.execute(f"CREATE TEMP TABLE filtered AS SELECT {columns} FROM voices WHERE {where}", params)
        return kind

    def query(self, name: str, sql: str, params: Sequence = ()) -> pd.DataFrame:
        """Run `sql` (with {src} for the rows) and return a small frame; cached when unfiltered."""
        if self.everything:
            text = sql.format(src="voices")
            return self.db.cached((name, text, tuple(map(str, params))),
                                  lambda: self.db.cursor().execute(text, list(params)).df())
        key = (sql, tuple(map(str, params)))
        if key not in self._results:
            if len(self._results) > 64:
                self._results.clear()
            self._results[key] = self.cur.execute(sql.format(src=self.source), list(params)).df()
        return self._results[key]

    def count(self) -> int:
        """Voices in the slice: one counting query, no temp table (see the class docstring)."""
        if self.everything:
            return int(self.db.count())
        if not self.filters.search.strip():
            return self._passing()
        return int(self.query("count", "SELECT count(*) AS n FROM {src}")["n"].iloc[0])

    def rows(self, columns: Sequence[str], limit: int | None = None, order: str = "rid") -> pd.DataFrame:
        """Full records of the first `limit` rows of the slice in `order` (all of them when None)."""
        if self.everything:
            where = "true"
        elif order == "rid" and limit is not None:  # the first rows by id: the limit can go inside
            where = f"rid IN (SELECT rid FROM {self.source} ORDER BY rid LIMIT {int(limit)})"
        else:
            where = self.contains_rid()
        return self.cur.execute(self.db.records_sql(columns, where, order, limit)).df()

    def export_rows(self) -> list[dict]:
        """Every row of the slice in the export schema (for the CSV download, built on click)."""
        return self.cur.sql(self.db.records_sql(EXPORT_COLUMNS, self.contains_rid())).to_arrow_table().to_pylist()


def where_for(db: VoiceDB, cursor, filters: views.Filters, sql: str) -> pd.DataFrame:
    """One query over the voices matching `filters` (for side-by-side slices), without a temp table."""
    where, params = views.where_clause(filters)
    return cursor.execute(sql.format(src=f"(SELECT * FROM voices WHERE {where})"), params).df()


__all__ = ["CHART_COLUMNS", "DUCKDB_CONFIG", "FINAL_COLUMNS", "REVIEW_COLUMNS", "Slice", "VoiceDB", "connect",
           "where_for"]
