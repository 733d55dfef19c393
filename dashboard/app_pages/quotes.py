"""Quotes explorer: every filtered voice in a table; a selected voice shows its explanation,
its context in the article, and a form to correct its stance or speaker."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, state, views
from stance.label import explain
from stance.records import STANCES

md = markup.escape_markdown  # every article- or user-supplied string in markdown goes through this

ctx = state.sidebar()
data = ctx.filtered

st.title("Quotes")
st.caption(f"{views.count_noun(len(data), 'voice')} match the filters (of {len(ctx.records):,}). "
           "Select a row to see why the model labelled it and to correct it.")
state.download_button(data, key="download_quotes")

table = views.quotes_table(data, ctx.labels)
# A new key when the filters change, so a stale row selection never points at another voice.
table_key = f"quotes_table_{abs(hash(ctx.filters)) % 10**8}"
event = st.dataframe(
    table,
    key=table_key,
    on_select="rerun",
    selection_mode="single-row",
    hide_index=True,
    column_order=[c for c in views.QUOTES_TABLE_COLUMNS if c != "voice_id"],
    column_config=state.quotes_column_config(),
)

# The selected voice: the table selection, else ?voice=<voice_id> (a shareable link to one voice).
rows = event.selection.rows if event is not None else []
if rows:
    voice_id = table["voice_id"].iloc[rows[0]]
    if st.query_params.get("voice") != voice_id:
        st.query_params["voice"] = voice_id
else:
    voice_id = st.query_params.get("voice")
selected = data[data["voice_id"] == voice_id] if voice_id else data.iloc[:0]
if selected.empty:
    st.info("Select a row in the table to see its explanation and context.")
    st.stop()

row = selected.iloc[0]
article = ctx.articles.get(row["article"])
stance = row["final_stance"] or views.UNLABELLED
st.divider()
st.subheader(md(row["final_speaker"]) + (f", {md(row['speaker_role'])}" if row["speaker_role"] else ""))
st.caption(f"{md(ctx.article_label(row['article']))} · {row['kind']} voice · cue “{md(row['cue'] or '(continuation)')}” · "
           f"voice id {md(row['voice_id'])}")

if article is not None:
    before, quote, after = markup.context_window(article.text, int(row["start"]), int(row["end"]))
    paragraph = before + quote + after
    span = [(len(before), len(before) + len(quote), stance)]
    for block in markup.highlight_markdown(paragraph, span, charts.STANCE_MARKDOWN_COLORS):
        st.markdown(block)

explanation_column, review = st.columns([3, 2], gap="large")
with explanation_column:
    model_label = row["stance"] or views.UNLABELLED
    line = f"Model: **{model_label}** (confidence {row['confidence']:.2f})"
    if row["reviewed_stance"]:
        line += f" · Reviewed: **{row['reviewed_stance']}**"
    st.markdown(line)
    if row["stance"]:
        st.caption("Probability of each stance (they sum to 1).")
        st.plotly_chart(charts.probabilities(explain.probabilities(row)), key="chart_probabilities")
        features = explain.parse_top_features(row["top_features"])
        if not features.empty:
            st.caption(f"Features that pushed the model toward “{model_label}”: value × weight, the largest first. "
                       "`word:` = word n-gram, `lex:` = lexicon score, `vader:` = sentiment.")
            st.plotly_chart(charts.contributions(features, model_label), key="chart_contributions")
    if row["sentiment"] or row["themes"]:
        st.caption(f"Sentiment {row['sentiment']:+.2f} · themes: {md(', '.join(row['themes'])) or 'none'}")

with review:
    store = state.correction_store()
    st.markdown("**Review this voice**")
    current = STANCES.index(stance) if stance in STANCES else 0
    with st.form(f"review_{row['voice_id']}"):
        new_stance = st.selectbox("Stance", STANCES, index=current)
        new_speaker = st.text_input("Speaker", value=row["final_speaker"],
                                    help="Change only if the voice is attributed to the wrong speaker.")
        note = st.text_input("Note (optional)", value="")
        submitted = st.form_submit_button("Save review", type="primary")
    if submitted:
        speaker = new_speaker.strip()
        store.save(row["voice_id"], new_stance, article=row["article"], quote=row["quote"],
                   model_stance=row["stance"], reviewed_speaker="" if speaker == row["speaker"] else speaker,
                   note=note)
        st.toast(f"Saved: {new_stance}")
        st.rerun()
    if row["reviewed_stance"]:
        st.caption(f"Reviewed {row['reviewed_at'][:19].replace('T', ' ')} UTC"
                   + (f" · note: {md(row['review_note'])}" if row["review_note"] else ""))
        if st.button("Revert to the model's label", key="revert_review"):
            store.revert(row["voice_id"])
            st.rerun()
    history = store.history(row["voice_id"])
    if history:
        with st.expander(f"History ({len(history)})"):
            st.dataframe([{k: h[k] for k in ("reviewed_at", "action", "reviewed_stance", "reviewed_speaker", "note")}
                          for h in history], hide_index=True)
