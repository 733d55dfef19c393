"""Articles: one article's metadata (correctable), its cleaned text with each voice highlighted
in its stance colour, and its voices."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, state, views
from stance import store as stance_store

md = markup.escape_markdown  # article text is always escaped: it renders as text, never as markup
PICKER_SIZE = 1000

ctx = state.sidebar()
st.title("Articles")
cur = ctx.cursor
in_slice = f" WHERE {ctx.slice.contains_rid()}"
shown = cur.execute(f"SELECT article, count(*) AS n FROM voices{in_slice} GROUP BY article "
                    f"ORDER BY n DESC, article LIMIT {PICKER_SIZE}").df()
ids = shown["article"].tolist()
wanted = st.query_params.get("doc")
if wanted and wanted not in ids:
    if cur.execute("SELECT 1 FROM articles WHERE article = ?", [wanted]).fetchone():
        ids.insert(0, wanted)
    else:
        st.warning(f"The linked article {md(wanted)} is not in the corpus (removed, or the link is wrong).")
if not ids:
    st.info("No article has a voice matching the filters. Use **Clear filters**, or add articles on **Add articles**.")
    st.stop()
labels = ctx.options["article_labels"] | {a: ctx.label(a) for a in ids[:1] if a not in ctx.options["article_labels"]}
article_id = st.selectbox("Article", ids, index=ids.index(wanted) if wanted in ids else 0, key="article_pick",
                          format_func=lambda a: labels.get(a) or ctx.label(a),
                          help=f"Articles with voices matching the filters, most voices first (up to {PICKER_SIZE:,}).")
if st.query_params.get("doc") != article_id:
    st.query_params["doc"] = article_id
meta = cur.execute("SELECT title, source, date, url FROM articles WHERE article = ?", [article_id]).fetchone() \
    or ("", "", "", "")
title, source, day, url = (v or "" for v in meta)

info, edit = st.columns([3, 2], gap="large")
with info:
    st.dataframe([{"field": k, "value": v or "—"} for k, v in
                  (("title", title), ("outlet", source), ("date", day), ("url", url), ("id", article_id))],
                 hide_index=True)
with edit:
    with st.expander("Correct title, outlet, date or url"):
        if ctx.reviews.store is None:
            st.caption("Reviews are unavailable (see the notice above): nothing can be saved.")
        else:
            with st.form(f"meta_{article_id}"):
                new = {"title": st.text_input("Title", value=title), "source": st.text_input("Outlet", value=source),
                       "date": st.text_input("Date (YYYY-MM-DD)", value=day), "url": st.text_input("URL", value=url)}
                st.caption("Saved with the reviews, not in the article's file; every chart and export uses it.")
                if st.form_submit_button("Save"):
                    new = {k: v.strip() for k, v in new.items()}
                    if new["date"] and views.parse_day(new["date"]) is None:
                        st.error("Not saved: the date must be YYYY-MM-DD (or empty).")
                    else:
                        new["date"] = views.parse_day(new["date"]) or ""
                        try:
                            ctx.reviews.store.save_metadata(article_id, **new)
                        except stance_store.StoreError as exc:
                            state.save_failed(exc)
                        else:
                            st.rerun()

every = cur.execute(ctx.db.records_sql(views.QUOTES_SOURCE_COLUMNS, "article = ?", "start"), [article_id]).df()
voices = every if ctx.slice.everything else cur.execute(
    ctx.db.records_sql(views.QUOTES_SOURCE_COLUMNS, f"article = ? AND {ctx.slice.contains_rid()}", "start"),
    [article_id]).df()
hidden = len(every) - len(voices)
st.caption(f"{len(voices)} voice(s) highlighted" + (f"; {hidden} more hidden by the sidebar filters" if hidden else "")
           + ". Colour = stance (reviewer's label where one exists).")
st.markdown("Legend: " + " ".join(f":{charts.STANCE_MARKDOWN_COLORS[s]}-background[{s}]"
                                  for s in views.STANCE_ORDER if s != views.UNLABELLED or not ctx.db.labelled))
text = ctx.db.article_text(article_id)
with st.container(border=True):
    if text is None:
        st.caption("This dataset does not carry the articles' text; the voices are listed below.")
    else:
        spans = list(zip(voices["start"].astype(int), voices["end"].astype(int), voices["stance_shown"]))
        for block in markup.highlight_markdown(text, spans, charts.STANCE_MARKDOWN_COLORS):
            st.markdown(block)

if len(voices):
    st.subheader("Voices in this article")
    st.dataframe(views.quotes_table(voices).drop(columns=["voice_id", "article", "outlet", "date"]), hide_index=True,
                 column_config=state.quotes_column_config())
