"""Session plumbing for the dashboard: cached corpus and model, the correction store, and the
sidebar filters mirrored in the URL's query parameters. No computation beyond calling the library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import markup, views
from stance import store as stance_store
from stance.export import CSV_ENCODING
from stance.label.predictor import Predictor, load_default_predictor
from stance.pipeline import analyze
from stance.text.corpus import Article

ROOT = Path(__file__).resolve().parent.parent

SEEDS = ROOT / "seeds"
WIDGET_KEYS = {"articles": "f_articles", "speakers": "f_speakers", "stances": "f_stances",
               "themes": "f_themes", "kinds": "f_kinds"}
CONFIDENCE_KEY = "f_confidence"
ENCODING_NOTE = "CSV, UTF-8 with BOM (opens correctly in Excel); formula-like cells are prefixed with '."


# --- corpus and model ---------------------------------------------------------------------------


def corpus_paths() -> list[str]:
    """The dashboard corpus: the seeds plus the articles added from the dashboard."""
    paths = [str(SEEDS)]
    added = stance_store.corpus_dir()
    if added.is_dir():
        paths.append(str(added))
    return paths


@st.cache_resource(show_spinner="Loading the stance model…")
def _model() -> Predictor:
    # The same runtime model as the CLI: no scikit-learn in the dashboard.
    return load_default_predictor()


def load_model() -> tuple[Predictor | None, str]:
    """(model, error): the shipped model, loaded once per server process, or None and the reason
    (a failure is not cached, so a model file that appears later is picked up)."""
    try:
        return _model(), ""
    except (OSError, ValueError, KeyError, TypeError) as exc:  # missing or incompatible model.json
        return None, f"{type(exc).__name__}: {exc}"


def get_model() -> Predictor | None:
    return load_model()[0]


@dataclass
class Corpus:
    frame: pd.DataFrame  # records as analysed (model labels only)
    articles: list[Article]
    problems: list[str]
    labelled: bool


@st.cache_data(show_spinner="Analysing articles…", max_entries=4)
def _analyse(paths: tuple[str, ...], fingerprint: tuple, labelled: bool) -> Corpus:
    """Analyse the corpus; cached on the folders' file names, sizes and mtimes (and on whether
    the model was available)."""
    model = get_model() if labelled else None
    analysis = analyze(list(paths), model=model, label=model is not None)
    return Corpus(analysis.frame(), analysis.articles, [str(p) for p in analysis.problems], model is not None)


def load_corpus() -> Corpus:
    paths, fingerprint = _fingerprint()
    return _analyse(paths, fingerprint, get_model() is not None)


def _fingerprint() -> tuple:
    paths = tuple(corpus_paths())
    return paths, stance_store.corpus_fingerprint(paths)


@st.cache_resource
def _store(path: str) -> stance_store.CorrectionStore:
    return stance_store.CorrectionStore(path)


def correction_store() -> stance_store.CorrectionStore:
    """The corrections database of the current data folder ($STANCE_DATA_DIR or ./data)."""
    return _store(str(stance_store.default_db_path().resolve()))


# --- filters <-> sidebar widgets <-> query parameters ---------------------------------------------


def _query_dict() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def _init_filters_from_url(options: dict[str, list[str]]) -> None:
    """On a session's first run, the filters come from the URL (a shared link)."""
    if st.session_state.get("_filters_from_url"):
        return
    filters = views.Filters.from_query(_query_dict()).restricted_to(options)
    for name, key in WIDGET_KEYS.items():
        st.session_state[key] = list(getattr(filters, name))
    st.session_state[CONFIDENCE_KEY] = tuple(filters.confidence)
    st.session_state["_filters_from_url"] = True


def _filters_from_session() -> views.Filters:
    lo, hi = st.session_state.get(CONFIDENCE_KEY, (0.0, 1.0))
    return views.Filters(**{name: tuple(st.session_state.get(key) or ()) for name, key in WIDGET_KEYS.items()},
                         confidence=(float(lo), float(hi)))


def clear_filters() -> None:
    """Button callback: every filter back to 'all' (runs before the widgets are drawn)."""
    for key in WIDGET_KEYS.values():
        st.session_state[key] = []
    st.session_state[CONFIDENCE_KEY] = (0.0, 1.0)


def sync_query_params(filters: views.Filters) -> None:
    """Write the filters into the URL (only what changed), so the view is a shareable link."""
    wanted = filters.to_query()
    for key in list(views.Filters.QUERY_KEYS.values()) + list(views.Filters.CONF_KEYS):
        current = st.query_params.get_all(key)
        if key in wanted and current != wanted[key]:
            st.query_params[key] = wanted[key]
        elif key not in wanted and current:
            del st.query_params[key]


# --- the per-run context ------------------------------------------------------------------------------


@dataclass
class Context:
    corpus: Corpus
    records: pd.DataFrame  # every voice, reviewed labels applied
    filtered: pd.DataFrame  # what the filters let through
    filters: views.Filters
    options: dict[str, list[str]]
    labels: dict[str, str]  # article id -> display label
    articles: dict[str, Article]

    def article_label(self, article_id: str) -> str:
        return self.labels.get(article_id, article_id)


def _version() -> int:
    return correction_store().version()


def base_context() -> tuple[Corpus, pd.DataFrame, dict[str, list[str]]]:
    """Corpus, records with reviews applied, and filter options; memoised per session until
    the corpus or the corrections change."""
    paths, fingerprint = _fingerprint()
    labelled = get_model() is not None
    key = (paths, fingerprint, labelled, _version(), str(stance_store.default_db_path().resolve()))
    cached = st.session_state.get("_base")
    if cached is None or cached[0] != key:
        corpus = _analyse(paths, fingerprint, labelled)
        records = views.apply_corrections(corpus.frame, correction_store().all())
        cached = (key, (corpus, records, views.filter_options(records)))
        st.session_state["_base"] = cached
    return cached[1]


def context() -> Context:
    """Everything a page shows, for the filters currently set (sidebar or URL)."""
    corpus, records, options = base_context()
    _init_filters_from_url(options)
    filters = _filters_from_session()
    labels = {a.id: a.label for a in corpus.articles}
    return Context(corpus, records, views.filter_records(records, filters), filters, options, labels,
                   {a.id: a for a in corpus.articles})


def sidebar() -> Context:
    """The shared sidebar of every page: filter widgets (state in the session and the URL), a clear
    button and the export of the filtered voices. Returns the page's context."""
    model, model_error = load_model()
    if model is None:
        st.warning(f"The stance model could not be loaded ({markup.escape_markdown(model_error)}); "
                   "voices are shown without stance labels.")
    corpus, records, options = base_context()
    _init_filters_from_url(options)
    # Re-assigning each widget's value keeps it across pages (a page's widgets get new ids, and
    # Streamlit drops the state of widgets it did not see); values that vanished from the data
    # (e.g. a renamed speaker) are dropped so the widgets never get an unknown option.
    for name, key in WIDGET_KEYS.items():
        allowed = set(options[name])
        st.session_state[key] = [v for v in st.session_state.get(key) or [] if v in allowed]
    lo, hi = st.session_state.get(CONFIDENCE_KEY, (0.0, 1.0))
    st.session_state[CONFIDENCE_KEY] = (float(lo), float(hi))
    labels = {a.id: a.label for a in corpus.articles}
    with st.sidebar:
        st.header("Filters")
        st.multiselect("Article", options["articles"], key=WIDGET_KEYS["articles"],
                       format_func=lambda a: labels.get(a, a), placeholder="All articles")
        st.multiselect("Speaker", options["speakers"], key=WIDGET_KEYS["speakers"], placeholder="All speakers")
        st.multiselect("Stance", options["stances"], key=WIDGET_KEYS["stances"], placeholder="All stances")
        st.multiselect("Theme", options["themes"], key=WIDGET_KEYS["themes"], placeholder="All themes",
                       help=theme_help())
        st.multiselect("Kind", options["kinds"], key=WIDGET_KEYS["kinds"], placeholder="All kinds",
                       help="direct: in quote marks; indirect: reported speech; partial: reported with a quoted fragment")
        st.slider("Confidence", 0.0, 1.0, step=0.05, key=CONFIDENCE_KEY,
                  help="The model's probability for its label (reviewed voices keep the model's confidence).")
        st.button("Clear filters", on_click=clear_filters, width="stretch")
    ctx = context()
    sync_query_params(ctx.filters)
    with st.sidebar:
        st.divider()
        st.caption(f"{len(ctx.filtered):,} of {views.count_noun(len(ctx.records), 'voice')} match the filters.")
        download_button(ctx.filtered, key="download_sidebar")
    return ctx


@st.cache_resource
def theme_help() -> str:
    """The themes and what they cover, for the theme filter's tooltip."""
    from stance.label.themes import default_themes

    lines = [f"- **{markup.escape_markdown(t.id)}**: {markup.escape_markdown(t.description)}" for t in default_themes()]
    return "A voice matches if it mentions any chosen theme.\n\n" + "\n".join(lines)


def quotes_column_config() -> dict:
    """How the quotes tables show their columns (shared by the Quotes and Articles pages)."""
    return {
        "quote": st.column_config.TextColumn("quote", width="large"),
        "confidence": st.column_config.ProgressColumn("confidence", min_value=0.0, max_value=1.0, format="%.2f"),
        "sentiment": st.column_config.NumberColumn("sentiment", format="%+.2f"),
        "themes": st.column_config.ListColumn("themes"),
        "reviewed": st.column_config.CheckboxColumn("reviewed", help="A reviewer set the stance or speaker"),
    }


def download_button(frame: pd.DataFrame, key: str) -> None:
    """Download the given records as CSV (built only when clicked) with a note on the encoding."""
    st.download_button(f"Download {views.count_noun(len(frame), 'voice')} (CSV)", data=lambda: views.export_csv(frame),
                       file_name="stance-voices.csv", mime="text/csv", key=key, icon=":material/download:",
                       on_click="ignore")
    st.caption(ENCODING_NOTE)


__all__ = ["CSV_ENCODING", "Context", "ENCODING_NOTE", "clear_filters", "context", "corpus_paths",
           "correction_store", "download_button", "get_model", "load_corpus", "load_model", "sidebar",
           "sync_query_params"]
