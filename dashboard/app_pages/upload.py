"""Add articles: upload .txt / .md / .html files; each is checked, saved into the local corpus
folder and analysed at once (and included on every later start)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard import markup, state, views
from stance import store as stance_store
from stance.text.tables import MAX_FILE_BYTES, SUPPORTED_SUFFIXES
from stance.text.corpus import ArticleError, article_from_bytes

md = markup.escape_markdown

ctx = state.sidebar()
folder = stance_store.corpus_dir()
st.title("Add articles")
st.caption(f"Files are checked (text, not empty, at most {MAX_FILE_BYTES / 1024 / 1024:.0f} MB), saved into "
           f"{md(str(folder))} (set STANCE\\_DATA\\_DIR to change the data folder) and analysed at once; they stay "
           "in the corpus on every later start. A file whose name is taken gets a suffix; nothing is overwritten.")

files = st.file_uploader("Articles", type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES], accept_multiple_files=True,
                         key="uploads")
if files and st.button(f"Add {len(files)} file(s) to the corpus", type="primary", key="add_files"):
    reserved = set(ctx.articles)  # keep every article id distinct (seeds included)
    added, problems = [], []
    for upload in files:
        data = upload.getvalue()
        try:
            if len(data) > MAX_FILE_BYTES:
                raise ArticleError(f"file is {len(data):,} bytes, over the {MAX_FILE_BYTES:,}-byte limit")
            article_from_bytes(data, upload.name)  # the library's checks: binary, encoding, empty, type
            path, created = stance_store.save_article(data, upload.name, folder, reserved_stems=reserved)
        except (ArticleError, ValueError, OSError) as exc:
            problems.append((upload.name, str(exc)))
            continue
        reserved.add(path.stem)
        added.append((upload.name, path, created))
    st.session_state["_upload_problems"] = problems
    st.session_state["_last_added"] = [(name, str(path), created) for name, path, created in added]
    if added:
        st.rerun()  # the corpus fingerprint changed: the next run analyses the new files

for name, reason in st.session_state.pop("_upload_problems", []):
    st.error(f"{md(name)}: {md(reason)}", icon=":material/block:")
last = st.session_state.pop("_last_added", None)
if last:
    paths = {Path(p).stem: (name, created) for name, p, created in last}
    summary = ctx.records[ctx.records["article"].isin(paths)]
    counts = summary["article"].value_counts()
    rows = [{"file": name, "article id": stem, "saved": "new" if created else "already in corpus",
             "voices": int(counts.get(stem, 0))} for stem, (name, created) in paths.items()]
    st.success(f"Added {sum(c for _, c in paths.values())} new file(s); {len(summary)} voice(s) found. "
               "They are now in every page and filter.", icon=":material/check_circle:")
    st.dataframe(rows, hide_index=True)
    if len(summary):
        st.dataframe(views.quotes_table(summary, ctx.labels).drop(columns=["voice_id"]), hide_index=True,
                     column_config=state.quotes_column_config())

st.subheader("Corpus")
st.caption(f"{len(ctx.articles)} articles, {len(ctx.records):,} voices: seeds/ plus {md(str(folder))}.")
if ctx.corpus.problems:
    for problem in ctx.corpus.problems:
        st.warning(md(problem))
