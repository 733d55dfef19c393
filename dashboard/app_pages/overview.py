"""Overview: headline figures and the four stance charts for the filtered voices."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, state, views

ctx = state.sidebar()
data = ctx.filtered

st.title("Voices in the news")
scope = "all voices" if ctx.filters.is_empty else "the voices matching the sidebar filters"
st.caption(f"{views.count_noun(len(data), 'voice')} shown ({scope}); stance is the reviewer's label where one exists, else the model's.")

figures = views.headline(data)
cols = st.columns(4 + len(figures["stances"]))
cols[0].metric("Articles", figures["articles"], help="Articles with at least one shown voice.")
cols[1].metric("Voices", figures["voices"], help="Quoted or reported statements found in the articles.")
cols[2].metric("Speakers", figures["speakers"], help="Distinct speakers (canonical names).")
cols[3].metric("Reviewed", figures["reviewed"], help="Voices whose stance a reviewer set or confirmed.")
for col, (stance, count) in zip(cols[4:], figures["stances"].items()):
    share = f"{count / figures['voices']:.0%} of voices" if figures["voices"] else None
    col.metric(stance.capitalize(), count, delta=share, delta_color="off", delta_arrow="off")

if data.empty:
    st.info("No voice matches the filters. Use **Clear filters** in the sidebar.")
    st.stop()

left, right = st.columns(2)
with left:
    st.subheader("Stance by source")
    st.caption("Voices per article, stacked by stance (each voice counted once).")
    st.plotly_chart(charts.stance_by_article(data, ctx.labels), key="chart_article")
with right:
    st.subheader("Stance by speaker")
    st.caption("The 15 speakers with the most voices; bar length = their voices, split by stance.")
    st.plotly_chart(charts.stance_by_speaker(data, top=15), key="chart_speaker")

left, right = st.columns(2)
with left:
    st.subheader("Stance by theme")
    st.caption(f"Voices per theme and stance; a voice with several themes counts once per theme, "
               f"one with none under “{views.NO_THEME}”.")
    st.plotly_chart(charts.stance_by_theme(data), key="chart_theme")
with right:
    st.subheader("Sentiment against stance")
    st.caption("VADER compound sentiment of each voice's quote (−1 negative … +1 positive), one point per voice.")
    st.plotly_chart(charts.sentiment_by_stance(data), key="chart_sentiment")

if ctx.corpus.problems:
    with st.expander(f"{len(ctx.corpus.problems)} file(s) could not be read as given"):
        for problem in ctx.corpus.problems:
            st.text(problem)
