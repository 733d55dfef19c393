"""Add articles: upload article files or tables of articles; each is read by the library, saved
into the local corpus folder and analysed (and included on every later start). The title,
outlet and date of what was added can be set here, stored with the reviews."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import streamlit as st

from dashboard import markup, state
from stance import store as stance_store
from stance.text.corpus import Problem, articles_from_bytes, load_articles
from stance.text.tables import MAX_FILE_BYTES, MAX_TABLE_BYTES, TABLE_SUFFIXES

md = markup.escape_markdown

ctx = state.sidebar()
folder = stance_store.corpus_dir()
suffixes = stance_store.upload_suffixes()
st.title("Add articles")
st.caption(f"Accepted: {', '.join(suffixes)} (a table has a `text` column and optional id, title, source, date, url), "
           f"at most {MAX_FILE_BYTES / 1024 / 1024:.0f} MB per article file, {MAX_TABLE_BYTES / 1024 / 1024:.0f} MB per table. Files are checked, saved into {md(str(folder))} "
           "(set STANCE\\_DATA\\_DIR to change the data folder) and analysed; they stay in the corpus on every later "
           "start. A file whose name is taken gets a suffix; nothing is overwritten.")


def read_upload(name: str, data: bytes) -> tuple[list, list[Problem]]:
    """(articles, problems) of one uploaded file, read by the library in memory: one article, or
    every good row of a table (each bad row one line)."""
    limit = MAX_TABLE_BYTES if Path(name).suffix.lower() in TABLE_SUFFIXES else MAX_FILE_BYTES
    if len(data) > limit:
        raise ValueError(f"file is {len(data):,} bytes, over the {limit:,}-byte limit")
    loaded = articles_from_bytes(data, name)
    # A table's row problems name the row, not the file: add the file's name.
    return loaded.articles, [p if p.path else replace(p, path=name) for p in loaded.problems]


files = st.file_uploader("Articles", type=[s.lstrip(".") for s in suffixes], accept_multiple_files=True, key="uploads")
if files and st.button(f"Add {len(files)} file(s) to the corpus", type="primary", key="add_files"):
    reserved = set(ctx.options["articles"])  # keep every article id distinct (seeds included)
    added, problems = [], []
    for upload in files:
        data = upload.getvalue()
        try:
            articles, reasons = read_upload(upload.name, data)
            if not articles:
                problems += reasons or [Problem(upload.name, "no article in the file")]
                continue
            problems += reasons  # a table's bad rows, one line each: the rest is added
            path, created = stance_store.save_article(data, upload.name, folder, reserved_stems=reserved)
        except (ValueError, OSError) as exc:
            problems.append(Problem(upload.name, str(exc)))
            continue
        reserved.add(path.stem)
        added.append((upload.name, str(path), created))
    st.session_state["_upload_problems"] = problems
    st.session_state["_last_added"] = added
    if added:
        st.rerun()  # the corpus changed: the next run analyses the new files (with a progress bar)

for problem in st.session_state.pop("_upload_problems", []):
    if problem.skipped:
        st.error(md(str(problem)), icon=":material/block:")
    else:
        st.warning(md(str(problem)), icon=":material/warning:")
last = st.session_state.get("_last_added")
if last:
    new = sum(created for _, _, created in last)
    st.success(f"Added {new} new file(s). They are now in every page and filter.", icon=":material/check_circle:")
    ids = [a.id for _, path, _ in last for a in load_articles([path]).articles]
    found = ctx.cursor.execute("SELECT a.article AS id, a.title, a.source AS outlet, a.date, count(v.rid) AS voices "
                               "FROM articles a LEFT JOIN voices v USING (article) "
                               "WHERE list_contains(?::VARCHAR[], a.article) GROUP BY ALL ORDER BY a.article",
                               [ids]).df()
    st.subheader("Title, outlet and date of what you added")
    st.caption("Edit a cell and save: stored with the reviews (the file is never rewritten). Dates as YYYY-MM-DD.")
    edited = st.data_editor(found, hide_index=True, key="added_meta", disabled=["id", "voices"])
    if ctx.reviews.store is None:
        st.caption("Reviews are unavailable (see the notice above): metadata cannot be saved.")
    elif st.button("Save title, outlet and date", key="save_added_meta"):
        from dashboard.views import parse_day

        bad = [r["id"] for r in edited.to_dict("records") if r["date"] and parse_day(r["date"]) is None]
        if bad:
            st.error(f"Not saved: not a date (YYYY-MM-DD) for {md(', '.join(bad))}.")
        else:
            try:
                for before, after in zip(found.to_dict("records"), edited.to_dict("records")):
                    if before != after:
                        ctx.reviews.store.save_metadata(after["id"], title=after["title"] or "",
                                                        source=after["outlet"] or "",
                                                        date=parse_day(after["date"] or "") or "")
            except stance_store.StoreError as exc:
                state.save_failed(exc)
            else:
                st.rerun()

st.subheader("Corpus")
st.caption(f"{len(ctx.options['articles']):,} articles with voices, {ctx.db.count():,} voices: "
           f"{md(ctx.db.description)}.")
for problem in ctx.db.problems:
    st.warning(md(problem))
