"""The tracker views on a dated corpus with outlets (tests/data/tracker, written for these tests),
the review workflow's separate parts, and the dashboard with a broken corrections database.

The corpus: six articles from two outlets; 13 voices; Harbour Herald 7 (harbour_a 2, _c 3, _e 2),
Coast Courier 6 (harbour_b 3, _d 2, the undated letter 1); 11 voices from named speakers.
"""

from __future__ import annotations

import sqlite3

import pytest
from streamlit.testing.v1 import AppTest

from tests.test_dashboard import PAGES, TRACKER, _values, bar_totals, figure
from tests.test_dashboard import open_app as open_page

from stance import store as stance_store


@pytest.fixture
def tracker(tmp_path, monkeypatch):
    monkeypatch.setenv("STANCE_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("STANCE_CORPUS", str(TRACKER))
    monkeypatch.delenv("STANCE_DATASET", raising=False)
    return tmp_path


def shown(at: AppTest) -> int:
    caption = next(c.value for c in at.caption if "match the filters" in c.value and " of " in c.value)
    return int(caption.split()[0].replace(",", ""))


def chart(at: AppTest, key: str) -> dict:
    index = [c.proto.id for c in at.get("plotly_chart")].index(next(c.proto.id for c in at.get("plotly_chart")
                                                                      if key in c.proto.id))
    return figure(at, index)


def test_overview_draws_time_outlet_and_titles(tracker):
    at = open_page()
    assert [m.value for m in at.metric][:2] == ["6", "13"]
    time_spec = chart(at, "chart_time")
    assert time_spec["layout"]["xaxis"]["type"] == "date"
    assert sum(bar_totals(time_spec).values()) == 12, "every dated voice, the undated one left out"
    outlet = chart(at, "chart_outlet")
    by_outlet = {}
    for trace in outlet["data"]:
        for label, n in zip(trace["y"], _values(trace["x"])):
            by_outlet[label] = by_outlet.get(label, 0) + n
    assert by_outlet == {"Harbour Herald": 7, "Coast Courier": 6}
    article_labels = {y for trace in chart(at, "chart_article")["data"] for y in trace["y"]}
    assert "Ferry vote splits the council" in article_labels and not any(a.startswith("harbour_") for a in article_labels)
    note = next(c.value for c in at.caption if "without a date" in c.value).replace("\\", "")
    assert "1 article without a date" in note and "Letter: keep the ferry" in note


@pytest.mark.parametrize("query, expected", [
    ({"from": "2025-03-04", "to": "2025-03-20"}, 6), ({"outlet": "Coast Courier"}, 6), ({"q": "doubt"}, 2),
    ({"named": "1"}, 11), ({"q": "ferry", "outlet": "Harbour Herald"}, 3), ({"from": "2026-01-01"}, 0),
])
def test_link_filters_narrow_the_quotes(tracker, query, expected):
    at = open_page("quotes", **query)
    assert shown(at) == expected
    for key, value in query.items():
        assert at.query_params[key] in (value, [value]), "the filter stays in the shareable URL"


def test_time_chart_splits_by_outlet_on_demand(tracker):
    at = open_page()
    at.segmented_control(key="time_split").set_value("outlet").run()
    spec = chart(at, "chart_time")
    assert {a["text"] for a in spec["layout"]["annotations"]} == {"Harbour Herald", "Coast Courier"}
    at.segmented_control(key="time_measure").set_value("shares").run()
    assert chart(at, "chart_time")["layout"]["yaxis"]["tickformat"] == ".0%"


def test_speaker_page_gathers_one_person(tracker):
    at = open_page("speakers", person="Mara Lind")
    assert at.title[0].value == "Speakers"
    assert [m.value for m in at.metric][:2] == ["3", "3"], "three voices in three articles"
    roles = at.dataframe[0].value
    assert roles.to_dict("records") == [{"role": "a council member", "voices": 2}, {"role": "(none given)", "voices": 1}]


def test_compare_two_outlets_side_by_side(tracker):
    at = open_page("compare", cmp="outlet", a="Harbour Herald", b="Coast Courier")
    assert [m.value for m in at.metric] == ["7", "6"]
    at = open_page("compare", cmp="date", at="2025-03-10")
    assert [m.value for m in at.metric] == ["5", "7"], "before 10 March: harbour_a and _b; from then: the rest dated"


def test_a_vanished_filter_value_gets_a_notice_not_a_wider_view(tracker):
    at = open_page("quotes", speaker="Gone Person")
    assert shown(at) == 0
    assert any("Gone Person" in w.value and "occurs in no voice" in w.value for w in at.warning)
    at = open_page("quotes", conf_min="lots")
    assert any("conf\\_min" in w.value and "ignored" in w.value for w in at.warning)


def test_a_speaker_correction_is_not_a_stance_review(tracker):
    at = open_page("quotes", voice="harbour_b:0-0")
    assert any("not in the corpus" in w.value for w in at.warning)
    from dashboard.data import VoiceDB  # noqa: F401 - the page reads the id from the table
    at = open_page("quotes", q="passing fad")
    voice_id = at.dataframe[0].value["voice_id"].iloc[0]
    at = open_page("quotes", voice=voice_id)
    next(t for t in at.text_input if t.label == "Speaker").input("Rosa Quint")
    next(b for b in at.button if b.label == "Save speaker").click().run()
    assert not at.exception, at.exception
    saved = stance_store.CorrectionStore(tracker / "corrections.sqlite3").get(voice_id)
    assert (saved["reviewed_stance"], saved["reviewed_speaker"]) == ("", "Rosa Quint")
    at.switch_page(PAGES["overview"]).run()
    assert [m.value for m in at.metric if m.label == "Reviewed"] == ["0"]
    at = open_page("quotes", speaker="Rosa Quint")
    assert shown(at) == 1


def test_metadata_set_in_the_app_dates_an_article(tracker):
    at = open_page("articles", doc="harbour_undated")
    next(t for t in at.text_input if t.label == "Date (YYYY-MM-DD)").input("2025-03-30")
    next(b for b in at.button if b.label == "Save").click().run()
    assert not at.exception, at.exception
    assert stance_store.CorrectionStore(tracker / "corrections.sqlite3").metadata()[0]["date"] == "2025-03-30"
    assert (TRACKER / "articles.csv").read_text().count("harbour_undated,harbour_undated.txt,Letter: keep the ferry,Coast Courier,,") == 1
    at.switch_page(PAGES["overview"]).run()
    assert not any("without a date" in c.value for c in at.caption)
    assert sum(bar_totals(chart(at, "chart_time")).values()) == 13


# --- a broken corrections database: the corpus still shows -------------------------------------------

def _every_page_renders_with_notice(reason: str) -> None:
    for page in PAGES:
        at = open_page(page)
        notices = [w.value.replace("\\", "") for w in at.warning if "Reviews are unavailable" in w.value]
        assert len(notices) == 1 and reason in notices[0], (page, [w.value for w in at.warning])
    assert [m.value for m in open_page().metric][:2] == ["6", "13"], "the corpus and charts still show"


def test_corrupted_database(tracker):
    (tracker / "corrections.sqlite3").write_bytes(b"this is not a database at all" * 100)
    _every_page_renders_with_notice("not a readable SQLite database")


def test_read_only_database(tracker, monkeypatch):
    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(stance_store.sqlite3, "connect", refuse)
    _every_page_renders_with_notice("read-only")


def test_full_disk_save_fails_in_one_line(tracker, monkeypatch):
    at = open_page("quotes", q="passing fad")
    voice_id = at.dataframe[0].value["voice_id"].iloc[0]
    at = open_page("quotes", voice=voice_id)

    def full(self, *args, **kwargs):
        raise stance_store.StoreError(stance_store.describe_error(sqlite3.OperationalError("database or disk is full")))

    monkeypatch.setattr(stance_store.CorrectionStore, "save", full)
    next(b for b in at.button if b.label == "Save stance").click().run()
    assert not at.exception, at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith("Not saved: the disk is full") and "\n" not in errors[0]
    assert shown(at) == 13, "the page is still there"
