"""Overview: headline figures, stance over time, by outlet, by article, by speaker, by theme,
and sentiment, for the voices the sidebar filters let through."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, queries, state, views

md = markup.escape_markdown
ctx = state.sidebar()
data = ctx.slice

st.title("Voices in the news")
scope = "all voices" if ctx.filters.is_empty else "the voices matching the sidebar filters"
figures = queries.headline(data)
st.caption(f"{views.count_noun(figures['voices'], 'voice')} shown ({scope}); stance is the reviewer's label "
           "where one exists, else the model's.")

cols = st.columns(4 + len(figures["stances"]))
cols[0].metric("Articles", f"{figures['articles']:,}", help="Articles with at least one shown voice.")
cols[1].metric("Voices", f"{figures['voices']:,}", help="Quoted or reported statements found in the articles.")
cols[2].metric("Speakers", f"{figures['speakers']:,}", help="Distinct speakers (canonical names).")
cols[3].metric("Reviewed", f"{figures['reviewed']:,}", help="Voices whose stance a reviewer set or confirmed "
               "(a speaker-only correction is not counted).")
state.stance_metrics(cols[4:], figures["stances"], ctx.filters.include_none)
state.shares_note(figures["stances"], ctx.filters.include_none)

if not figures["voices"]:
    st.info("No voice matches the filters. Use **Clear filters** in the sidebar.")
    st.stop()

# --- over time ---------------------------------------------------------------------------------
st.subheader("Stance over time")
span = queries.date_span(data)
n_undated, undated_voices, undated_names = queries.undated(data)
if span is None:
    st.info("No shown voice comes from a dated article, so there is no time axis. Give articles a date in "
            "articles.csv, a table's `date` column, or on the **Articles** page.")
else:
    auto = queries.time_unit(span)
    left, middle, right = st.columns(3)
    unit = left.segmented_control("Period", queries.UNITS, default=auto, key="time_unit") or auto
    measure = middle.segmented_control("Show", ("counts", "shares"), default="counts", key="time_measure") or "counts"
    split = right.segmented_control("Split by", ("outlet", "speaker"), key="time_split",
                                    help="One panel per outlet or speaker (the six biggest; the rest together).")
    st.caption(f"Voices per {unit} from {span[0]:%d %b %Y} to {span[1]:%d %b %Y}, stacked by stance"
               + ((" (each stance's share of the period" + ("" if ctx.filters.include_none else
                   ", voices with no stance left out") + ")") if measure == "shares" else
                  f" ({state.NONE_IN_COUNTS})")
               + (f", one panel per {split}" if split else "") + ". Weeks start on Monday; a voice is dated by its article.")
    st.plotly_chart(charts.over_time(queries.over_time(data, unit, split), measure == "shares", unit,
                                    ctx.filters.include_none), key="chart_time")
if n_undated:
    named = ", ".join(f"“{md(n)}”" for n in undated_names) + (" …" if n_undated > len(undated_names) else "")
    st.caption(f":material/event_busy: {views.count_noun(n_undated, 'article')} without a date "
               f"({views.count_noun(undated_voices, 'voice')}) {'is' if n_undated == 1 else 'are'} counted everywhere "
               f"except on the time axis: {named}.")

# --- by outlet and article ---------------------------------------------------------------------------
left, right = st.columns(2)
with left:
    st.subheader("Stance by outlet")
    outlets = queries.distinct(data, "outlet")
    st.caption(f"Voices per outlet (the `source` of each article), stacked by stance ({state.NONE_IN_COUNTS}); "
               f"the 20 biggest of {views.count_noun(outlets, 'outlet')}.")
    st.plotly_chart(charts.stacked(queries.stance_by(data, "outlet", top=20), horizontal=True), key="chart_outlet")
with right:
    st.subheader("Stance by article")
    st.caption(f"Voices per article (by title), stacked by stance ({state.NONE_IN_COUNTS}); the 20 with most "
               f"voices of {views.count_noun(figures['articles'], 'article')}.")
    st.plotly_chart(charts.stacked(queries.stance_by(data, "article", top=20), horizontal=True), key="chart_article")

left, right = st.columns(2)
with left:
    st.subheader("Stance by speaker")
    st.caption(f"The 15 speakers with the most voices; bar length = their voices, split by stance "
               f"({state.NONE_IN_COUNTS}). "
               "Open a speaker on the **Speakers** page.")
    st.plotly_chart(charts.stacked(queries.stance_by(data, "speaker", top=15), horizontal=True), key="chart_speaker")
with right:
    st.subheader("Stance by theme")
    st.caption(f"Voices per theme and stance ({state.NONE_IN_COUNTS}); a voice with several themes counts once "
               f"per theme, one without under “{views.NO_THEME}”.")
    st.plotly_chart(charts.stance_by_theme(queries.stance_by_theme(data)), key="chart_theme")

st.subheader("Sentiment against stance")
points = queries.sentiment_points(data, 2000)
st.caption("VADER compound sentiment of each voice's quote (−1 negative … +1 positive)"
           + (", one point per voice." if points is not None else "; boxes: quartiles, whiskers within 1.5 IQR."))
st.plotly_chart(charts.sentiment_by_stance(points, queries.sentiment_summary(data)), key="chart_sentiment")

if ctx.db.problems:
    with st.expander(f"{len(ctx.db.problems)} file(s) could not be read as given"):
        for problem in ctx.db.problems:
            st.text(problem)
