"""Compare two slices side by side: outlet A against outlet B, or before against after a date,
each within the sidebar's other filters."""

from __future__ import annotations

from datetime import date, timedelta

import streamlit as st

from dashboard import charts, markup, queries, state, views

md = markup.escape_markdown

ctx = state.sidebar()
st.title("Compare")
modes = {"outlet": "Outlet A vs outlet B", "date": "Before vs after a date"}
mode = st.query_params.get("cmp") if st.query_params.get("cmp") in modes else "outlet"
mode = st.segmented_control("Compare", list(modes), format_func=modes.get, default=mode, key="cmp_mode") or mode
st.query_params["cmp"] = mode

if mode == "outlet":
    outlets = ctx.options["outlets"]
    if len(outlets) < 2:
        st.info("The corpus has fewer than two outlets (the `source` of each article); set them in articles.csv, "
                "a table's `source` column, or on the **Articles** page.")
        st.stop()
    left, right = st.columns(2)
    a = st.query_params.get("a") if st.query_params.get("a") in outlets else outlets[0]
    b = st.query_params.get("b") if st.query_params.get("b") in outlets else outlets[1]
    a = left.selectbox("Outlet A", outlets, index=outlets.index(a), key="cmp_a")
    b = right.selectbox("Outlet B", outlets, index=outlets.index(b), key="cmp_b")
    st.query_params["a"], st.query_params["b"] = a, b
    slices = [(a, ctx.filters.without(outlets=(a,))), (b, ctx.filters.without(outlets=(b,)))]
else:
    span = queries.date_span(ctx.slice)
    if span is None:
        st.info("No shown voice comes from a dated article.")
        st.stop()
    given = views.parse_day(st.query_params.get("at") or "")
    middle = date.fromisoformat(given) if given else span[0] + (span[1] - span[0]) / 2
    at = st.date_input("Split at", value=middle, key="cmp_at", format="YYYY-MM-DD",
                       help="Before: up to the day before; after: from this day on.")
    st.query_params["at"] = at.isoformat()
    before_end = (at - timedelta(days=1)).isoformat()
    # Within the sidebar's own date range, if it has one.
    slices = [(f"before {at:%d %b %Y}", ctx.filters.without(date_to=min(before_end, ctx.filters.date_to or before_end))),
              (f"from {at:%d %b %Y}", ctx.filters.without(date_from=max(at.isoformat(), ctx.filters.date_from)))]

results = [(name, queries.headline(state.extra_slice(ctx, f"compare_{i}", filters)))
           for i, (name, filters) in enumerate(slices)]

include_none = ctx.filters.include_none
st.caption("Each side: the voices matching the sidebar filters and that side's outlet or dates. Shares are of "
           "each side's own voices" + ("." if include_none else " with a stance."))
state.shares_note({views.NONE_LABEL: sum(f["stances"].get(views.NONE_LABEL, 0) for _, f in results)}, include_none)
st.plotly_chart(charts.shares_side_by_side(results[0][1]["stances"], results[1][1]["stances"], results[0][0],
                                           results[1][0], include_none), key="chart_compare")
columns = st.columns(2)
for column, (name, figures) in zip(columns, results):
    with column:
        st.subheader(md(name))
        st.metric("Voices", f"{figures['voices']:,}")
        st.caption(f"{views.count_noun(figures['articles'], 'article')}, "
                   f"{views.count_noun(figures['speakers'], 'speaker')}")
        shares = views.shares(figures["stances"], include_none)
        st.dataframe([{"stance": s, "voices": n, "share": "—" if shares[s] is None else f"{shares[s]:.0%}"}
                      for s, n in figures["stances"].items()], hide_index=True)
