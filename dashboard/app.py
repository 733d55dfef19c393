"""stance dashboard: `streamlit run dashboard/app.py [-- PATH ...]`.

Pages: Overview, Quotes, Speakers, Compare, Articles, Model, Add articles. The corpus: the
paths given after `--`, else $STANCE_CORPUS, else the seeds (dashboard.loader). The sidebar
filters apply to every page and live in the URL's query parameters
(?stance=political&outlet=BBC&from=2025-01-01), so a filtered view can be shared as a link.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dashboard.loader import start_first_load

HERE = Path(__file__).resolve().parent

# A local favicon: an emoji or a missing icon makes the page fetch one from an outside host.
st.set_page_config(page_title="stance: voices in the news", page_icon=str(HERE / "assets" / "favicon.png"),
                   layout="wide")
start_first_load()  # the first load reads the corpus in its thread while the pages import plotly and pandas
# Plotly's script (4.7 MB) is fetched and compiled by the browser only when a chart first arrives,
# about 1.5 s on two cores. A blank chart sent at a session's start lets that happen while the server
# reads the corpus and runs the first queries; it is removed once the page is drawn.
from dashboard.charts import blank_figure  # noqa: E402 - after the load has started

plotly_warmup = st.empty()
if not st.session_state.get("_plotly_warmed"):
    st.session_state["_plotly_warmed"] = True
    plotly_warmup.plotly_chart(blank_figure(), height=10, config={"staticPlot": True}, key="plotly_warmup")

pages = [
    st.Page(HERE / "app_pages" / "overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page(HERE / "app_pages" / "quotes.py", title="Quotes", icon=":material/format_quote:", url_path="quotes"),
    st.Page(HERE / "app_pages" / "speakers.py", title="Speakers", icon=":material/person:", url_path="speakers"),
    st.Page(HERE / "app_pages" / "compare.py", title="Compare", icon=":material/compare:", url_path="compare"),
    st.Page(HERE / "app_pages" / "articles.py", title="Articles", icon=":material/article:", url_path="articles"),
    st.Page(HERE / "app_pages" / "model.py", title="Model", icon=":material/model_training:", url_path="model"),
    st.Page(HERE / "app_pages" / "upload.py", title="Add articles", icon=":material/upload_file:", url_path="add"),
]
# The page files live in app_pages/, not pages/: a pages/ folder beside the entry script switches
# Streamlit to its legacy multipage mode until st.navigation first runs, so a deep link such as
# /quotes?stance=political opened on a fresh server would run the page without this script.
# Each page draws the shared sidebar itself (state.sidebar()), so a page also runs on its own
# with the same filters, read from the session or the URL.
try:
    st.navigation(pages).run()
finally:  # also when a page stops early (st.stop)
    plotly_warmup.empty()
