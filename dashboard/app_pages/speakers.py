"""Speaker page: every voice of one person across articles, the roles they were given, and their
stance mix over time (within the sidebar's other filters)."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, queries, state, views

md = markup.escape_markdown

ctx = state.sidebar()
st.title("Speakers")
choices = list(ctx.options["speakers"])
wanted = st.query_params.get("person")
if wanted and wanted not in choices:
    choices.insert(0, wanted)
if not choices:
    st.info("No speaker in the corpus.")
    st.stop()
person = st.selectbox("Speaker", choices, index=choices.index(wanted) if wanted in choices else 0, key="person_pick",
                      help="The most quoted speakers first; type to search.")
if st.query_params.get("person") != person:
    st.query_params["person"] = person

# The sidebar's filters, with the speaker replaced by this one person (its own temp table).
filters = ctx.filters.without(speakers=(person,))
data = state.extra_slice(ctx, "person", filters)
figures = queries.headline(data)
if not figures["voices"]:
    st.warning(f"No voice of {md(person)} matches the filters (renamed, removed, or filtered out).")
    st.stop()

cols = st.columns(3 + len(figures["stances"]))
cols[0].metric("Voices", f"{figures['voices']:,}")
cols[1].metric("Articles", f"{figures['articles']:,}")
cols[2].metric("Reviewed", f"{figures['reviewed']:,}")
state.stance_metrics(cols[3:], figures["stances"], ctx.filters.include_none)
state.shares_note(figures["stances"], ctx.filters.include_none)

left, right = st.columns(2)
with left:
    st.subheader("Roles")
    st.caption("How the articles introduce this speaker, with the number of voices each time.")
    roles = data.query("roles", "SELECT coalesce(nullif(speaker_role, ''), '(none given)') AS role, count(*) AS voices "
                       "FROM voices WHERE rid IN (SELECT rid FROM {src}) GROUP BY 1 ORDER BY voices DESC, role")
    st.dataframe(roles, hide_index=True)
with right:
    st.subheader("Stance mix over time")
    span = queries.date_span(data)
    if span is None:
        st.caption("None of these voices comes from a dated article.")
    else:
        unit = queries.time_unit(span)
        st.caption(f"This speaker's voices per {unit}, stacked by stance ({state.NONE_IN_COUNTS}).")
        st.plotly_chart(charts.over_time(queries.over_time(data, unit), False, unit), key="chart_person_time")

st.subheader("Voices")
rows = data.rows(views.QUOTES_SOURCE_COLUMNS, limit=1000, order="date, article, start")
st.dataframe(views.quotes_table(rows).drop(columns=["voice_id", "speaker"]), hide_index=True,
             column_config=state.quotes_column_config())
