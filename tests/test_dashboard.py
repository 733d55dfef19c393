"""The Streamlit dashboard driven headless with streamlit.testing.v1.AppTest.

Every test gets its own STANCE_DATA_DIR (corrections database and uploaded corpus), so the
dashboard corpus is the seeds plus whatever the test puts there. Expected counts come from the
library (dashboard.views over the same records) or are the seeds' known extraction counts.
"""

from __future__ import annotations

import base64
import csv
import io
import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from dashboard import views
from stance.text.tables import MAX_FILE_BYTES
from stance.export import CSV_ENCODING
from stance.label.predictor import load_default_predictor
from stance.pipeline import analyze
from stance.records import STANCES
from tests.seed_facts import SEED_VOICES

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
PAGES = {"quotes": "app_pages/quotes.py", "articles": "app_pages/articles.py", "model": "app_pages/model.py",
         "upload": "app_pages/upload.py", "overview": "app_pages/overview.py", "speakers": "app_pages/speakers.py",
         "compare": "app_pages/compare.py"}
TRACKER = ROOT / "tests" / "data" / "tracker"
A002 = "002_12c4f8c965c41066"
TIMEOUT = 60

HOSTILE = """Traders in Leeds reacted to the app news on Monday.
Ann Smith, a trader from Leeds, was blunt. “=1+1 is the whole plan, and it will not last,” said Ann Smith.
“@SUM(A1:A9) of it all is a ban by Congress,” said Bob Jones, a lawyer.
“-2 points for the new app, honestly,” said Carla Diaz, a student.
“+x marks the spot where we all meet new friends,” said Dan Wu, a designer.
One reader posted <script>alert(1)</script> and &lt;img src=x onerror=alert(2)&gt; as a joke.
“Posting <script>alert(3)</script> or &lt;img src=x onerror=alert(4)&gt; here is silly,” said Eve Park, a developer.
"""
HOSTILE_QUOTES = ("=1+1 is the whole plan", "@SUM(A1:A9) of it all", "-2 points for", "+x marks the spot")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCE_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("STANCE_CORPUS", raising=False)
    monkeypatch.delenv("STANCE_DATASET", raising=False)
    return tmp_path


@pytest.fixture
def hostile(data_dir):
    corpus = data_dir / "corpus"
    corpus.mkdir()
    (corpus / "hostile_news.txt").write_text(HOSTILE, encoding="utf-8")
    return "hostile_news"


@pytest.fixture(scope="module")
def seed_records():
    """The seeds' records as the dashboard computes them (same model)."""
    return analyze([ROOT / "seeds"], model=load_default_predictor()).frame()


def library_count(records, **filters) -> int:
    """How many of `records` (no reviews) pass `filters`, counted by the data layer."""
    import pyarrow as pa

    from dashboard.data import Slice, VoiceDB
    from dashboard.dataset import voices_schema

    rows = [{**r, "themes": list(r["themes"]), "top_features": list(r["top_features"])} for r in records.to_dict("records")]
    db = VoiceDB.from_arrow(pa.Table.from_pylist(rows, schema=voices_schema()))
    db.apply_reviews(0, [], [])
    return len(Slice(db, db.cursor(), views.Filters(**filters), {}).export_rows())


def open_app(page: str = "overview", **query) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    if page != "overview":
        at.switch_page(PAGES[page]).run()
        assert not at.exception, at.exception
    return at


def table_rows(at: AppTest) -> int:
    caption = next(c.value for c in at.caption if "voices match the filters" in c.value)
    shown = int(caption.split()[0].replace(",", ""))
    assert len(at.dataframe[0].value) == shown, "caption and table agree"
    return shown


def figure(at: AppTest, index: int) -> dict:
    return json.loads(at.get("plotly_chart")[index].proto.spec)


def _values(data) -> list:
    """A Plotly JSON array: a list, or numpy-typed base64 ({"dtype": "i1", "bdata": ...})."""
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=np.dtype(data["dtype"])).tolist()
    return list(data)


def bar_totals(spec: dict) -> dict[str, int]:
    """Total bar length per trace (= per stance) of a stacked bar figure (vertical or horizontal)."""
    return {t["name"]: int(sum(_values(t["x"] if t.get("orientation") == "h" else t["y"]))) for t in spec["data"]}


def test_every_page_renders(data_dir):
    at = open_app()
    assert [m.label for m in at.metric][:3] == ["Articles", "Voices", "Speakers"]
    assert at.metric[1].value == str(SEED_VOICES)
    charts = at.get("plotly_chart")
    assert len(charts) == 5, "outlet, article, speaker, theme, sentiment (the seeds have no dates: no time chart)"
    assert len([c for c in at.caption if "Voices per article" in c.value]) == 1
    assert any("4 articles without a date" in c.value for c in at.caption), "undated articles are counted"
    assert not at.warning, "the model is loaded"
    for page, title in (("quotes", "Quotes"), ("speakers", "Speakers"), ("compare", "Compare"),
                        ("articles", "Articles"), ("model", "Model"), ("upload", "Add articles")):
        at.switch_page(PAGES[page]).run()
        assert not at.exception, (page, at.exception)
        assert at.title[0].value == title
    # Model page (last but one visited): metrics and the confusion matrix.
    at.switch_page(PAGES["model"]).run()
    labels = [m.label for m in at.metric]
    assert labels[:2] == ["Macro-F1", "Accuracy"]
    assert 0.0 < float(at.metric[0].value) <= 1.0
    assert len(at.get("plotly_chart")) >= 2


@pytest.mark.parametrize("param, value, expected", [
    ("article", A002, 11), ("kind", "direct", 14), ("kind", ["direct", "partial"], 16),
    ("speaker", "Ivy Yang", 2), ("speaker", ["TikTok", "Jacob Hui"], 4), ("conf_min", "1.0", None),
    ("stance", "political", None), ("stance", ["welcoming", "skeptical"], None), ("theme", "platform_algorithm", None),
    ("theme", views.NO_THEME, None), ("conf_max", "0.6", None),
])
def test_url_filters_narrow_the_table(data_dir, seed_records, param, value, expected):
    if expected is None:  # depends on the model: the library's own count on the same records
        expected = library_count(seed_records, **views.Filters.from_query({param: value}).__dict__)
    at = open_app("quotes", **{param: value})
    assert table_rows(at) == expected
    assert 0 <= expected < SEED_VOICES or param == "conf_max"
    # The sidebar widgets show the filter that came from the URL, and the URL keeps it.
    values = [value] if isinstance(value, str) else value
    if param in ("article", "kind", "speaker", "stance", "theme"):
        key = {"article": "f_articles", "kind": "f_kinds", "speaker": "f_speakers", "stance": "f_stances",
               "theme": "f_themes"}[param]
        assert at.multiselect(key=key).value == values
    got = at.query_params[param]
    got = [got] if isinstance(got, str) else got
    if param.startswith("conf_"):
        assert [float(v) for v in got] == [float(v) for v in values]
        assert at.slider(key="f_confidence").value[param == "conf_max"] == float(value)
    else:
        assert got == values


def test_sidebar_widgets_filter_write_the_url_and_clear(data_dir, seed_records):
    at = open_app("quotes")
    assert table_rows(at) == SEED_VOICES
    at.multiselect(key="f_kinds").select("direct").run()
    assert table_rows(at) == 14
    assert at.query_params["kind"] in ("direct", ["direct"])
    at.multiselect(key="f_articles").select(A002).run()
    assert table_rows(at) == 5
    at.slider(key="f_confidence").set_range(0.0, 0.5).run()
    expected = library_count(seed_records, articles=(A002,), kinds=("direct",), confidence=(0.0, 0.5))
    assert table_rows(at) == expected
    assert at.query_params["conf_max"] in ("0.50", ["0.50"])
    stance = seed_records["stance"].iloc[0]
    at.multiselect(key="f_stances").select(stance).run()
    assert table_rows(at) == library_count(seed_records, articles=(A002,), kinds=("direct",), confidence=(0.0, 0.5),
                                           stances=(stance,))
    at.button[[b.label for b in at.button].index("Clear filters")].click().run()
    assert table_rows(at) == SEED_VOICES
    assert not {"kind", "article", "conf_max", "stance"} & set(at.query_params)


@pytest.fixture
def captured_downloads(monkeypatch):
    """Deferred download callables by file id (AppTest never clicks through to the browser)."""
    captured = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, *args, **kwargs):
        file_id = original(self, data_callable, *args, **kwargs)
        captured[file_id] = data_callable
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return captured


def download(at: AppTest, captured: dict, key: str) -> list[dict]:
    button = next(b for b in at.get("download_button") if b.proto.id.endswith(key) or key in b.proto.id)
    data = captured[button.proto.deferred_file_id]()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode(CSV_ENCODING), newline="")))
    assert tuple(rows[0]) == views.EXPORT_COLUMNS
    return [dict(zip(rows[0], r)) for r in rows[1:]]


def test_download_is_the_filtered_records_as_safe_csv(hostile, captured_downloads):
    at = open_app("quotes", article=hostile)
    assert table_rows(at) == 5
    assert any("UTF-8 with BOM" in c.value for c in at.caption), "the encoding is stated next to the button"
    rows = download(at, captured_downloads, "download_quotes")
    assert len(rows) == 5 and {r["article"] for r in rows} == {hostile}
    quotes = [r["quote"] for r in rows]
    for start in HOSTILE_QUOTES:
        assert "'" + start in " ".join(quotes), f"{start!r} is neutralised"
    assert not [q for q in quotes if q.startswith(("=", "+", "-", "@", "\t"))]
    assert all(r["reviewed_stance"] == "" and r["final_stance"] == r["stance"] != "" for r in rows)
    sidebar_rows = download(at, captured_downloads, "download_sidebar")
    assert sidebar_rows == rows, "the sidebar export is the same filtered table"


def stance_counts(at: AppTest) -> dict[str, int]:
    return {m.label.lower(): int(m.value) for m in at.metric if m.label.lower() in STANCES}


def test_saved_correction_changes_charts_and_export(data_dir, seed_records, captured_downloads):
    at = open_app()
    before = stance_counts(at)
    assert sum(before.values()) == SEED_VOICES
    row = seed_records.iloc[0]
    new = next(s for s in STANCES if s != row["stance"])
    before_bars = bar_totals(figure(at, 0))  # stance by outlet
    assert before_bars == {s: n for s, n in before.items() if n}, "the chart counts what the metrics count"

    at = open_app("quotes", voice=row["voice_id"])
    assert any(row["quote"][:30] in m.value.replace("\\", "") for m in at.markdown), "quote shown in context"
    form_stance = next(s for s in at.selectbox if s.label == "Stance")
    assert form_stance.value == row["stance"]
    form_stance.set_value(new)
    next(t for t in at.text_input if t.label == "Note (optional)").input("checked by hand")
    next(b for b in at.button if b.label == "Save stance").click().run()
    assert not at.exception, at.exception

    from stance.store import CorrectionStore

    saved = CorrectionStore(data_dir / "corrections.sqlite3").get(row["voice_id"])
    assert (saved["reviewed_stance"], saved["model_stance"], saved["note"]) == (new, row["stance"], "checked by hand")

    at.switch_page(PAGES["overview"]).run()
    after = stance_counts(at)
    assert after[new] == before[new] + 1 and after[row["stance"]] == before[row["stance"]] - 1
    assert [m.value for m in at.metric if m.label == "Reviewed"] == ["1"]
    after_bars = bar_totals(figure(at, 0))
    assert after_bars[new] == before_bars.get(new, 0) + 1
    assert after_bars.get(row["stance"], 0) == before_bars[row["stance"]] - 1
    at.switch_page(PAGES["quotes"]).run()
    exported = {r["voice_id"]: r for r in download(at, captured_downloads, "download_quotes")}
    mine = exported[row["voice_id"]]
    assert (mine["stance"], mine["reviewed_stance"], mine["final_stance"]) == (row["stance"], new, new)
    assert mine["reviewed_at"]
    # Filtering by stance uses the reviewed label.
    at = open_app("quotes", stance=new)
    assert row["voice_id"] in set(at.dataframe[0].value["voice_id"])


def test_articles_page_escapes_article_text(hostile):
    at = open_app("articles", doc=hostile)
    bodies = [m.value for m in at.markdown]
    text = "\n".join(bodies)
    assert "\\<script\\>alert\\(1\\)\\<\\/script\\>" in text
    assert "\\<img src\\=x onerror\\=alert\\(2\\)\\>" in text
    assert "<script" not in text.replace("\\<script", "") and "<img" not in text.replace("\\<img", "")
    assert "-background[" in text, "voices are highlighted"
    assert not any(m.proto.allow_html for m in at.markdown), "no unsafe_allow_html anywhere"
    assert any("5 voice(s) highlighted" in c.value for c in at.caption)


def test_upload_adds_good_files_and_reports_bad_ones(data_dir):
    at = open_app("upload")
    good = HOSTILE.replace("Leeds", "York").encode()
    at.file_uploader[0].set_value([
        ("york.txt", good, "text/plain"),
        ("empty.txt", b"   \n", "text/plain"),
        ("binary.txt", b"abc\x00def", "text/plain"),
        ("huge.txt", b"a" * (MAX_FILE_BYTES + 1), "text/plain"),
    ]).run()
    at.button(key="add_files").click().run()
    assert not at.exception, at.exception
    errors = " ".join(e.value for e in at.error)
    assert "empty" in errors and "binary" in errors and "over the" in errors
    assert len(at.error) == 3
    assert sorted(p.name for p in (data_dir / "corpus").iterdir()) == ["york.txt"]
    assert any("Added 1 new file" in s.value for s in at.success)
    at.switch_page(PAGES["overview"]).run()
    assert at.metric[1].value == str(SEED_VOICES + 5), "the new article is analysed at once"
    # Same name, different content: saved beside it, nothing overwritten.
    at.switch_page(PAGES["upload"]).run()
    at.file_uploader[0].set_value([("york.txt", good.replace(b"York", b"Hull"), "text/plain")]).run()
    at.button(key="add_files").click().run()
    assert sorted(p.name for p in (data_dir / "corpus").iterdir()) == ["york-2.txt", "york.txt"]
    assert (data_dir / "corpus" / "york.txt").read_bytes() == good


def test_chart_labels_from_articles_are_plain_text():
    """Plotly renders <a href>, <b>, <br> in labels: text from articles must be escaped."""
    import pandas as pd

    from dashboard import charts

    hostile = '<a href="http://evil.example">Bob</a> <img src=x onerror=alert(1)>'
    counts = pd.DataFrame({"key": ["a", "b"], "label": [hostile, "plain"], "stance": ["welcoming", "skeptical"],
                           "count": [2, 3]})
    points = pd.DataFrame({"stance": ["welcoming"], "sentiment": [0.5], "speaker": [hostile]})
    over = pd.DataFrame({"period": ["2025-01-06"], "stance": ["welcoming"], "group": [hostile], "count": [1]})
    figures = [charts.stacked(counts), charts.stacked(counts, horizontal=True), charts.sentiment_by_stance(points, None),
               charts.over_time(over, False, "week")]
    text = json.dumps([f.to_plotly_json()["data"] for f in figures], default=str)
    assert "<a href" not in text and "<img" not in text
    assert "&lt;a href=\\\"http://evil.example\\\"&gt;Bob&lt;/a&gt;" in text


def _never_refit(*args, **kwargs):
    raise AssertionError("the Model page must not cross-validate: the report is stored in the model")


def test_model_page_shows_the_stored_cross_validation(data_dir, monkeypatch):
    monkeypatch.setattr("stance.label.evaluate._report", _never_refit)
    stored = load_default_predictor().cv
    at = open_app("model")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Macro-F1"] == f"{stored['macro_f1']:.3f}"
    assert metrics["Accuracy"] == f"{stored['accuracy']:.3f}"
    assert [metrics[f"F1 {label}"] for label in STANCES] == [f"{stored['per_class'][s]['f1']:.3f}" for s in STANCES]
    assert not at.warning


def test_model_page_without_a_stored_report_says_so(data_dir, monkeypatch):
    from dashboard import state
    from stance.label.predictor import Predictor

    data = {**load_default_predictor().to_dict()}
    data["training"] = {k: v for k, v in data["training"].items() if k != "cv"}
    monkeypatch.setattr(state, "_model", lambda: Predictor(data))
    monkeypatch.setattr("stance.label.evaluate._report", _never_refit)
    at = open_app("model")
    assert [w.value for w in at.warning if "no cross-validation report" in w.value]
    assert not [m for m in at.metric if m.label == "Macro-F1"]
    assert len(at.tabs) == 4, "the strongest features are still shown, one tab per label"


def test_stacked_bars_keep_label_order_biggest_on_top_and_a_legend():
    import pandas as pd

    from dashboard import charts

    counts = pd.DataFrame({"key": ["b", "b", "a"], "label": ["Big outlet", "Big outlet", "Small outlet"],
                           "stance": ["none", "welcoming", "political"], "count": [4, 2, 1]})
    fig = charts.stacked(counts, horizontal=True)
    assert [t.name for t in fig.data] == ["welcoming", "political", "none"]  # label order, not row order
    assert list(fig.layout.yaxis.categoryarray) == ["Small outlet", "Big outlet"]  # the biggest drawn on top
    assert all(t.showlegend for t in fig.data) and all(t.orientation == "h" for t in fig.data)
    assert list(fig.data[0].x) == [2] and list(fig.data[0].hovertext) == ["Big outlet"]
    alone = charts.stacked(counts.iloc[2:])
    assert len(alone.data) == 1 and alone.data[0].showlegend, "a lone stance still says which colour it is"
    assert list(alone.layout.xaxis.categoryarray) == ["Small outlet"]


def test_the_entry_script_starts_only_the_first_load(monkeypatch):
    """app.py starts the server's first load early; later runs leave the fingerprint (a stat of
    every corpus file) to the page's own call, so it is taken once per run."""
    from dashboard import loader

    asked = []
    monkeypatch.setattr(loader, "_SHARED", loader.Loader())
    monkeypatch.setattr(loader, "start_loading", lambda: asked.append(1))
    loader.start_first_load()
    assert asked == [1]
    loader._SHARED._jobs[("seen",)] = loader.Job(loader.Sources((), (), True))
    loader.start_first_load()
    assert asked == [1], "a load was asked for already: nothing more to start"
