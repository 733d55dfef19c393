"""Quotes explorer: the filtered voices in a table (stance and confidence first); the selected
voice's explanation, context and review forms beside it."""

from __future__ import annotations

import streamlit as st

from dashboard import charts, markup, state, views
from stance import store as stance_store
from stance.label import explain
from stance.records import STANCES

md = markup.escape_markdown  # every article- or user-supplied string in markdown goes through this
TABLE_ROWS = 1000



def explain_voice(row) -> None:
    """Why the model gave its label, in words (plain_explanation), and the quote with each lexicon
    term it matched highlighted in the colour of the label the term points to (all escaped)."""
    model, _ = state.load_model()
    if model is None:
        st.caption("The model is not loaded: no explanation in words.")
        return
    st.markdown(f"**Why:** {md(explain.plain_explanation(row['stance'], list(row['top_features']), model))}")
    spans = explain.cue_spans(row["quote"], model)
    if spans:
        for block in markup.highlight_markdown(row["quote"], spans, charts.STANCE_MARKDOWN_COLORS):
            st.markdown(f"> {block}")
        st.caption(f"{views.count_noun(len(spans), 'lexicon term')} in the quote, each in the colour of the "
                   "label it points to (a negated term is not highlighted).")
    else:
        st.caption("No lexicon term in the quote: the label rests on its words and tone.")


ctx = state.sidebar()
total = ctx.count()

st.title("Quotes")
st.caption(f"{views.count_noun(total, 'voice')} match the filters (of {ctx.db.count():,})"
           + (f"; the table lists the first {TABLE_ROWS:,} (narrow the filters, or download them all)"
              if total > TABLE_ROWS else "") + ". Select a row to see why the model labelled it and to review it.")
state.download_button(ctx, key="download_quotes")

# The order: corpus order, or least confident first (the "to review" queue); ?sort=confidence.
ORDERS = {"corpus": ("corpus order", "rid"), "confidence": ("lowest confidence first", "confidence, rid")}
default_order = "confidence" if ctx.filters.to_review else "corpus"
wanted_order = st.query_params.get("sort")
order = st.segmented_control("Order", list(ORDERS), format_func=lambda o: ORDERS[o][0], key="quotes_order",
                             default=wanted_order if wanted_order in ORDERS else default_order) or default_order
if order == default_order:
    st.query_params.pop("sort", None)
else:
    st.query_params["sort"] = order
if ctx.filters.to_review:
    st.caption(f":material/rule: The “to review” queue: {views.count_noun(total, 'voice')} the model flagged "
               "`needs_review` (confidence below its review threshold) that no reviewer has labelled yet. Review "
               "one and it leaves the queue.")
rows = ctx.slice.rows(views.QUOTES_SOURCE_COLUMNS, limit=TABLE_ROWS, order=ORDERS[order][1])
table = views.quotes_table(rows)
table_column, detail = st.columns([3, 2], gap="medium")
with table_column:
    # A new key when the filters change, so a stale row selection never points at another voice.
    event = st.dataframe(table, key=f"quotes_table_{abs(hash((ctx.filters, order))) % 10**8}", on_select="rerun",
                         selection_mode="single-row", hide_index=True, height=640,
                         column_order=[c for c in views.QUOTES_TABLE_COLUMNS if c != "voice_id"],
                         column_config=state.quotes_column_config())

# The selected voice: the table selection, else ?voice=<voice_id> (a shareable link to one voice).
picked = event.selection.rows if event is not None else []
if picked:
    voice_id = table["voice_id"].iloc[picked[0]]
    if st.query_params.get("voice") != voice_id:
        st.query_params["voice"] = voice_id
else:
    voice_id = st.query_params.get("voice")
selected = rows[rows["voice_id"] == voice_id] if voice_id else rows.iloc[:0]
if voice_id and selected.empty:
    selected = ctx.cursor.execute(ctx.db.records_sql(views.QUOTES_SOURCE_COLUMNS, "voice_id = ?"),
                                  [voice_id]).df()
    if selected.empty:
        with detail:
            st.warning(f"The linked voice {md(voice_id)} is not in the corpus (removed, or the link is wrong).")
        st.stop()

with detail:
    if selected.empty:
        st.info("Select a row in the table to see its explanation and context.")
        st.stop()
    row = selected.iloc[0]
    stance = row["stance_shown"]
    st.subheader(md(row["final_speaker"]) + (f", {md(row['speaker_role'])}" if row["speaker_role"] else ""))
    st.caption(f"{md(views.article_label(row['title'], row['article']))} · {md(row['source'] or 'no outlet')} · "
               f"{md(row['date'] or 'undated')} · {row['kind']} voice · cue “{md(row['cue'] or '(continuation)')}”")
    text = ctx.db.article_text(row["article"])
    if text is not None and 0 <= int(row["start"]) <= int(row["end"]) <= len(text):
        before, quote, after = markup.context_window(text, int(row["start"]), int(row["end"]))
        span = [(len(before), len(before) + len(quote), stance)]
        for block in markup.highlight_markdown(before + quote + after, span, charts.STANCE_MARKDOWN_COLORS):
            st.markdown(block)
    else:
        st.markdown(md(row["quote"]))

    model_label = row["stance"] or views.UNLABELLED
    line = f"Model: **{model_label}** (confidence {row['confidence']:.2f})"
    if row["reviewed_stance"]:
        line += f" · Reviewed: **{row['reviewed_stance']}**"
    st.markdown(line)
    if row["stance"]:
        explain_voice(row)
        st.plotly_chart(charts.probabilities(explain.probabilities(row)), key="chart_probabilities")
        features = explain.parse_top_features(list(row["top_features"]))
        if not features.empty:
            st.caption(f"Features that pushed the model toward “{model_label}”: value × weight, the largest first. "
                       "`word:` = word n-gram, `lex:` = lexicon score, `vader:` = sentiment.")
            st.plotly_chart(charts.contributions(features, model_label), key="chart_contributions")
    themes = list(row["themes"]) if row["themes"] is not None else []
    st.caption(f"Sentiment {row['sentiment']:+.2f} · themes: {md(', '.join(themes)) or 'none'} · "
               f"voice id {md(row['voice_id'])}")

    st.markdown("**Review this voice**")
    store = ctx.reviews.store
    if store is None:
        st.caption("Reviews are unavailable (see the notice above): nothing can be saved.")
        st.stop()
    common = dict(article=row["article"], quote=row["quote"], model_stance=row["stance"])
    stance_tab, speaker_tab = st.tabs(["Stance", "Speaker"])
    with stance_tab, st.form(f"stance_{row['voice_id']}"):
        new_stance = st.selectbox("Stance", STANCES, index=STANCES.index(stance) if stance in STANCES else 0)
        note = st.text_input("Note (optional)", value="")
        if st.form_submit_button("Save stance", type="primary"):
            try:
                store.save(row["voice_id"], new_stance, note=note, **common)
            except stance_store.StoreError as exc:
                state.save_failed(exc)
            else:
                st.toast(f"Saved: {new_stance}")
                st.rerun()
    with speaker_tab, st.form(f"speaker_{row['voice_id']}"):
        new_speaker = st.text_input("Speaker", value=row["final_speaker"],
                                    help="Who said it, if the voice is attributed to the wrong speaker. "
                                         "This does not review the stance.")
        if st.form_submit_button("Save speaker"):
            speaker = new_speaker.strip() or row["speaker"]
            override = "" if speaker == row["speaker"] else speaker  # the model's own: no correction
            try:
                if override or row["reviewed_stance"]:
                    store.save(row["voice_id"], None, reviewed_speaker=override, **common)
                elif row["reviewed_at"]:
                    store.revert(row["voice_id"])
            except stance_store.StoreError as exc:
                state.save_failed(exc)
            else:
                st.toast(f"Saved speaker: {speaker}")
                st.rerun()
    if row["reviewed_at"]:
        st.caption(f"Reviewed {row['reviewed_at'][:19].replace('T', ' ')} UTC"
                   + (f" · note: {md(row['review_note'])}" if row["review_note"] else ""))
        if st.button("Revert to the model's labels", key="revert_review"):
            try:
                store.revert(row["voice_id"])
            except stance_store.StoreError as exc:
                state.save_failed(exc)
            else:
                st.rerun()
    try:
        history = store.history(row["voice_id"])
    except stance_store.StoreError:
        history = []
    if history:
        with st.expander(f"History ({len(history)})"):
            st.dataframe([{k: h[k] for k in ("reviewed_at", "action", "reviewed_stance", "reviewed_speaker", "note")}
                          for h in history], hide_index=True)
