"""Articles: one article's metadata and cleaned text, each voice highlighted in its stance colour."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import charts, markup, state, views

md = markup.escape_markdown  # article text is always escaped: it renders as text, never as markup

ctx = state.sidebar()
st.title("Articles")
if not ctx.articles:
    st.info("No articles in the corpus. Add some on the **Add articles** page.")
    st.stop()

ids = list(ctx.articles)
shown = set(ctx.filtered["article"])
wanted = st.query_params.get("doc")
default = ids.index(wanted) if wanted in ctx.articles else next((i for i, a in enumerate(ids) if a in shown), 0)
article_id = st.selectbox(
    "Article", ids, index=default, key="article_pick",
    format_func=lambda a: f"{ctx.article_label(a)}" + ("" if a in shown else "  (no voice matches the filters)"),
)
if st.query_params.get("doc") != article_id:
    st.query_params["doc"] = article_id
article = ctx.articles[article_id]

meta = {"id": article.id, "title": article.title, "source": article.source, "date": article.date,
        "url": article.url, "file": Path(article.path).name, "size": f"{article.size_bytes:,} bytes"}
st.dataframe([{"field": k, "value": v or "—"} for k, v in meta.items()], hide_index=True)

everything = views.article_voices(ctx.records, article_id)
voices = views.article_voices(ctx.filtered, article_id)
hidden = len(everything) - len(voices)
st.caption(f"{len(voices)} voice(s) highlighted" + (f"; {hidden} more hidden by the sidebar filters" if hidden else "")
           + ". Colour = stance (reviewer's label where one exists).")
st.markdown("Legend: " + " ".join(f":{charts.STANCE_MARKDOWN_COLORS[s]}-background[{s}]"
                                  for s in views.STANCE_ORDER if s != views.UNLABELLED or not ctx.corpus.labelled))

spans = list(zip(voices["start"].astype(int), voices["end"].astype(int), views.stance_series(voices)))
with st.container(border=True):
    for block in markup.highlight_markdown(article.text, spans, charts.STANCE_MARKDOWN_COLORS):
        st.markdown(block)

if len(voices):
    st.subheader("Voices in this article")
    st.dataframe(views.quotes_table(voices, ctx.labels).drop(columns=["voice_id", "article"]), hide_index=True,
                 column_config=state.quotes_column_config())
