"""Session plumbing for the dashboard: the loaded corpus, the correction store, and the sidebar
filters mirrored in the URL's query parameters. No computation beyond calling the data layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st

from dashboard import markup, queries, views
from dashboard.data import Slice, VoiceDB
from dashboard.loader import start_loading
from stance import store as stance_store
from stance.label.predictor import Predictor, load_default_predictor

W = {"articles": "f_articles", "speakers": "f_speakers", "stances": "f_stances", "themes": "f_themes",
     "kinds": "f_kinds", "outlets": "f_outlets"}
CONFIDENCE_KEY, FROM_KEY, TO_KEY, SEARCH_KEY, NAMED_KEY, NONE_KEY, REVIEW_KEY = (
    "f_confidence", "f_from", "f_to", "f_search", "f_named", "f_none", "f_review")
ENCODING_NOTE = "CSV, UTF-8 with BOM (opens correctly in Excel); formula-like cells are prefixed with '."
md = markup.escape_markdown


# --- corpus, model, reviews -------------------------------------------------------------------


def wait_for_corpus() -> VoiceDB:
    """The loaded corpus; while it loads, a progress bar with counts (the sidebar stays usable:
    the load runs in its own thread and survives a page change)."""
    job = start_loading()
    if job.running:
        bar = st.progress(0.0, text="Loading the corpus…")
        while job.running:
            fraction = job.done / job.total if job.total else 0.0
            text = (f"{job.done:,} / {job.total:,} {job.phase}" if job.total and job.done < job.total
                    else f"{job.phase}…")
            bar.progress(min(fraction, 1.0), text=text)
            job.finished.wait(0.25)
        bar.empty()
    if job.error:
        st.error(f"The corpus could not be loaded ({md(job.sources.describe())}): {md(job.error)}")
        st.stop()
    return job.db


@st.cache_resource(show_spinner="Loading the stance model…")
def _model() -> Predictor:
    # The same runtime model as the CLI: no scikit-learn in the dashboard.
    return load_default_predictor()


def load_model() -> tuple[Predictor | None, str]:
    """(model, error): the shipped model (Model page), or None and the reason (not cached, so
    a model file that appears later is picked up)."""
    try:
        return _model(), ""
    except (OSError, ValueError, KeyError, TypeError) as exc:  # missing or invalid model.json
        return None, f"{type(exc).__name__}: {exc}"


@st.cache_resource
def _store(path: str) -> stance_store.CorrectionStore:
    return stance_store.CorrectionStore(path)


@dataclass
class Reviews:
    """The corrections store, or why it is unavailable (the corpus is shown either way)."""

    store: stance_store.CorrectionStore | None
    problem: str = ""
    version: int = -1


def reviews() -> Reviews:
    """The store of the current data folder ($STANCE_DATA_DIR or ./data) and its version."""
    try:
        store = _store(str(stance_store.default_db_path().resolve()))
        return Reviews(store, "", store.version())
    except stance_store.StoreError as exc:
        return Reviews(None, str(exc))


def _apply_reviews(db: VoiceDB, rev: Reviews) -> Reviews:
    if rev.store is None:
        db.apply_reviews(-1, [], [])
        return rev
    try:
        db.apply_reviews(rev.version, rev.store.all(), rev.store.metadata())
    except stance_store.StoreError as exc:
        db.apply_reviews(-1, [], [])
        return Reviews(None, str(exc))
    return rev


# --- filters <-> widgets <-> URL -----------------------------------------------------------------


def _query_dict() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def _to_session(filters: views.Filters) -> None:
    for name, key in W.items():
        st.session_state[key] = list(getattr(filters, name))
    st.session_state[CONFIDENCE_KEY] = tuple(filters.confidence)
    st.session_state[FROM_KEY] = date.fromisoformat(filters.date_from) if filters.date_from else None
    st.session_state[TO_KEY] = date.fromisoformat(filters.date_to) if filters.date_to else None
    st.session_state[SEARCH_KEY] = filters.search
    st.session_state[NAMED_KEY] = filters.named_only
    st.session_state[NONE_KEY] = filters.include_none
    st.session_state[REVIEW_KEY] = filters.to_review


def _from_session() -> views.Filters:
    lo, hi = st.session_state.get(CONFIDENCE_KEY, (0.0, 1.0))
    day = lambda key: st.session_state[key].isoformat() if st.session_state.get(key) else ""  # noqa: E731
    return views.Filters(**{name: tuple(st.session_state.get(key) or ()) for name, key in W.items()},
                         confidence=(float(lo), float(hi)), date_from=day(FROM_KEY), date_to=day(TO_KEY),
                         search=(st.session_state.get(SEARCH_KEY) or "").strip(),
                         named_only=bool(st.session_state.get(NAMED_KEY)),
                         include_none=bool(st.session_state.get(NONE_KEY)),
                         to_review=bool(st.session_state.get(REVIEW_KEY)))


def _init_from_url() -> None:
    """On a session's first run the filters come from the URL (a shared link)."""
    if st.session_state.get("_filters_from_url"):
        return
    filters, notices = views.parse_query(_query_dict())
    _to_session(filters)
    st.session_state["_link_notices"] = (filters, notices)
    st.session_state["_filters_from_url"] = True


def clear_filters() -> None:
    """Button callback: every filter back to 'all' (runs before the widgets are drawn)."""
    _to_session(views.Filters())


def sync_query_params(filters: views.Filters) -> None:
    """Write the filters into the URL (only what changed), so the view is a shareable link."""
    wanted = filters.to_query()
    for key in views.Filters.query_keys():
        current = st.query_params.get_all(key)
        if key in wanted and current != wanted[key]:
            st.query_params[key] = wanted[key]
        elif key not in wanted and current:
            del st.query_params[key]


# --- the per-run context ----------------------------------------------------------------------------


@dataclass
class Context:
    db: VoiceDB
    cursor: object  # this session's DuckDB connection
    slice: Slice
    filters: views.Filters
    options: dict
    reviews: Reviews

    def label(self, article: str) -> str:
        found = self.options["article_labels"].get(article)
        return found if found is not None else queries.labels_for(self.db, self.cursor, [article]).get(article, article)

    def count(self) -> int:
        return self.slice.count()


def _cursor(db: VoiceDB):
    """This session's DuckDB connection (its temp table of filtered rows lives there)."""
    held = st.session_state.get("_duck")
    if held is None or held[0] is not db:
        held = (db, db.cursor(), {})
        st.session_state["_duck"] = held
    return held[1], held[2]


def extra_slice(ctx: Context, name: str, filters: views.Filters) -> Slice:
    """Another slice for this session (a speaker's voices, one side of a comparison), on a
    cursor of its own so its temp table does not replace the sidebar's."""
    held = st.session_state.setdefault("_slices", {})
    entry = held.get(name)
    if entry is None or entry[0] is not ctx.db:
        entry = (ctx.db, ctx.db.cursor(), {})
        held[name] = entry
    return Slice(ctx.db, entry[1], filters, entry[2])


def _widget_options(values: list, selected: list) -> list:
    return list(dict.fromkeys([*selected, *values]))


def sidebar() -> Context:
    """The shared sidebar of every page: filters (state in the session and the URL), a clear
    button and the export of the filtered voices. Returns the page's context."""
    with st.sidebar:
        st.header("Filters")
    db = wait_for_corpus()
    rev = _apply_reviews(db, reviews())
    if rev.store is None:
        st.warning(f"Reviews are unavailable: {md(rev.problem)}. The corpus and charts show the model's labels; "
                   "saving reviews is disabled until the data folder is fixed.", icon=":material/database_off:")
    if not db.labelled:
        st.warning("The stance model could not be loaded; voices are shown without stance labels.")
    options = queries.options(db)
    _init_from_url()
    for name, key in W.items():  # re-assigned so the values survive a page change
        st.session_state[key] = list(st.session_state.get(key) or [])
    for key in (CONFIDENCE_KEY, FROM_KEY, TO_KEY, SEARCH_KEY, NAMED_KEY, NONE_KEY, REVIEW_KEY):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]
    labels = dict(options["article_labels"])
    cursor, held = _cursor(db)
    # The widgets' values are in the session before they are drawn: the count a user waits for
    # after a click is drawn first, at the top, and the widgets follow.
    filters = _from_session()
    sliced = Slice(db, cursor, filters, held)
    with st.sidebar:
        count_slot = st.empty()
    _show_count(count_slot, sliced, db)
    chosen = st.session_state[W["articles"]]
    labels.update(queries.labels_for(db, cursor, [a for a in chosen if a not in labels]))
    with st.sidebar:
        st.text_input("Search quotes", key=SEARCH_KEY, placeholder="words in the quote",
                      help="Voices whose quote contains every word given (case-insensitive).")
        left, right = st.columns(2)
        left.date_input("From", key=FROM_KEY, value=None, format="YYYY-MM-DD")
        right.date_input("To", key=TO_KEY, value=None, format="YYYY-MM-DD")
        st.multiselect("Outlet", _widget_options(options["outlets"], st.session_state[W["outlets"]]),
                       key=W["outlets"], placeholder="All outlets")
        st.multiselect("Article", _widget_options(options["articles"], chosen), key=W["articles"],
                       format_func=lambda a: labels.get(a, a), placeholder="All articles")
        st.multiselect("Speaker", _widget_options(options["speakers"], st.session_state[W["speakers"]]),
                       key=W["speakers"], placeholder="All speakers")
        st.toggle("Named speakers only", key=NAMED_KEY,
                  help="Speakers given by name (people or organisations), not 'one user' or 'sources'.")
        st.multiselect("Stance", _widget_options(options["stances"], st.session_state[W["stances"]]),
                       key=W["stances"], placeholder="All stances")
        if views.none_is_a_label():
            st.toggle("Count 'none' in stance shares", key=NONE_KEY,
                      help="Voices with no stance are always shown and counted; they are left out of the stance "
                           "percentages unless this is on.")
        st.multiselect("Theme", _widget_options(options["themes"], st.session_state[W["themes"]]), key=W["themes"],
                       placeholder="All themes", help=theme_help())
        st.multiselect("Kind", _widget_options(options["kinds"], st.session_state[W["kinds"]]), key=W["kinds"],
                       placeholder="All kinds",
                       help="direct: in quote marks; indirect: reported speech; partial: reported with a quoted fragment")
        st.toggle("To review only", key=REVIEW_KEY,
                  help="Voices the model flagged `needs_review` (confidence below its review threshold) that no "
                       "reviewer has labelled yet. The Quotes page lists them least confident first.")
        st.slider("Confidence", 0.0, 1.0, step=0.05, key=CONFIDENCE_KEY,
                  help="The model's probability for its label (reviewed voices keep the model's confidence).")
        st.button("Clear filters", on_click=clear_filters, width="stretch")
    drawn = _from_session()
    if drawn != filters:  # a widget settled on another value while drawn (first run): count again
        filters, sliced = drawn, Slice(db, cursor, drawn, held)
        _show_count(count_slot, sliced, db)
    sync_query_params(filters)
    _notices(db, cursor, filters)
    ctx = Context(db, cursor, sliced, filters, options | {"article_labels": labels}, rev)
    with st.sidebar:
        st.divider()
        download_button(ctx, key="download_sidebar")
    return ctx


def _show_count(slot, sliced: Slice, db: VoiceDB) -> None:
    slot.caption(f"{sliced.count():,} of {views.count_noun(db.count(), 'voice')} match the filters.")


def _notices(db: VoiceDB, cursor, filters: views.Filters) -> None:
    """A visible notice for every filter value that cannot be used, never a silently wider view."""
    parsed = st.session_state.get("_link_notices")
    if parsed and parsed[1]:
        if parsed[0] == filters:
            for notice in parsed[1]:
                st.warning(md(notice), icon=":material/link_off:")
        else:
            st.session_state["_link_notices"] = None
    names = {"articles": "Article", "speakers": "Speaker", "outlets": "Outlet", "themes": "Theme"}
    for name, values in queries.missing_values(db, cursor, filters).items():
        shown = ", ".join(f"“{v}”" for v in values)
        st.warning(f"{names[name]} {md(shown)} is in the filters but occurs in no voice (renamed or removed?): "
                   "no voice matches it. Remove it in the sidebar to widen the view.", icon=":material/filter_alt_off:")


@st.cache_resource
def theme_help() -> str:
    """The themes and what they cover, for the theme filter's tooltip."""
    from stance.label.themes import default_themes

    lines = [f"- **{md(t.id)}**: {md(t.description)}" for t in default_themes()]
    return "A voice matches if it mentions any chosen theme.\n\n" + "\n".join(lines)


# What every counts chart says about the fourth label (counts show it; shares leave it out by default).
NONE_IN_COUNTS = "voices with no stance counted in grey as “none”"


def stance_metrics(columns, split: dict[str, int], include_none: bool) -> None:
    """One metric per stance: its voices, and its share of the stance voices (views.shares) as
    the delta; `none` says it is left out of the shares unless they include it."""
    shares = views.shares(split, include_none)
    for col, (stance, count) in zip(columns, split.items()):
        share = shares[stance]
        delta = (f"{share:.0%} share" if share is not None
                 else "not in shares" if stance == views.NONE_LABEL and split else None)
        col.metric(stance.capitalize(), f"{count:,}", delta=delta, delta_color="off", delta_arrow="off")


def shares_note(split: dict[str, int], include_none: bool) -> None:
    """The one line saying how many voices with no stance the shares leave out (or include)."""
    note = views.none_note(split.get(views.NONE_LABEL, 0), include_none)
    if note:
        st.caption(f":material/info: {note}")


def quotes_column_config() -> dict:
    """How the quotes tables show their columns (shared by the Quotes, Articles and Speaker pages)."""
    return {
        "stance": st.column_config.TextColumn("stance", width="small"),
        "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f",
                                                      width="small"),
        "to review": st.column_config.CheckboxColumn("to review", width="small",
                                                     help="Below the model's review threshold and not reviewed yet"),
        "quote": st.column_config.TextColumn("quote", width="large"),
        "sentiment": st.column_config.NumberColumn("sentiment", format="%+.2f"),
        "themes": st.column_config.ListColumn("themes"),
        "reviewed": st.column_config.TextColumn("reviewed", help="What a reviewer set: stance, speaker or both"),
    }


def download_button(ctx: Context, key: str) -> None:
    """The filtered voices as injection-safe CSV (built only when clicked), with the encoding note."""
    n = ctx.count()
    st.download_button(f"Download {views.count_noun(n, 'voice')} (CSV)",
                       data=lambda: views.export_csv(ctx.slice.export_rows()), file_name="stance-voices.csv",
                       mime="text/csv", key=key, icon=":material/download:", on_click="ignore")
    st.caption(ENCODING_NOTE)


def save_failed(exc: Exception) -> None:
    """One line when the database refuses a write."""
    st.error(f"Not saved: {md(str(exc))}", icon=":material/error:")


__all__ = ["Context", "ENCODING_NOTE", "NONE_IN_COUNTS", "Reviews", "clear_filters", "download_button", "load_model", "quotes_column_config",
           "reviews", "save_failed", "shares_note", "sidebar", "stance_metrics", "sync_query_params",
           "wait_for_corpus"]
