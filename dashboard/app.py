"""Placeholder dashboard: loads the seed corpus through the library and lists its voices."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from stance.pipeline import analyze

CORPUS = Path(__file__).resolve().parent.parent / "seeds"

st.set_page_config(page_title="stance", layout="wide")
st.title("stance: voices in the news")


@st.cache_data(show_spinner="Analysing articles…")
def load_records(folder: str):
    return analyze([folder], label=False).frame()


records = load_records(str(CORPUS))
st.caption(f"{len(records)} voices from {records['article'].nunique()} articles in {CORPUS.name}/")
st.dataframe(records[["article", "speaker", "speaker_role", "kind", "cue", "quote"]], hide_index=True, use_container_width=True)
