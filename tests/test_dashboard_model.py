"""The Model page's calibration (reliability curve, ECE, temperature, review threshold) and the
real-news figures beside cross-validation; the Quotes page's "to review" queue.

Known answers: the shipped model file's stored report and the shipped realnews_scores.json,
read independently here; small hand-made reports for the table's logic."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tests.test_dashboard import _values, data_dir, figure, open_app, seed_records, table_rows  # noqa: F401

from dashboard import model_figures
from stance.label.predictor import load_default_predictor
from stance.store import CorrectionStore
from tests.seed_facts import SEED_VOICES


def shipped_realnews(name: str = "realnews_scores.json") -> dict:
    return json.loads(resources.files("stance.label").joinpath("data", name).read_text("utf-8"))


def test_reliability_frame_keeps_non_empty_bins_in_order():
    calibration = {"reliability": [{"low": 0.9, "high": 1.0, "count": 5, "confidence": 0.95, "accuracy": 0.8},
                                   {"low": 0.0, "high": 0.1, "count": 0, "confidence": 0.0, "accuracy": 0.0},
                                   {"low": 0.5, "high": 0.6, "count": 2, "confidence": 0.55, "accuracy": 0.5}]}
    frame = model_figures.reliability_frame(calibration)
    assert frame["low"].tolist() == [0.5, 0.9] and frame["accuracy"].tolist() == [0.5, 0.8]
    assert model_figures.reliability_frame({}).empty


def test_side_by_side_pairs_the_figures_and_says_what_each_measures():
    cv = {"n_rows": 100, "macro_f1": 0.9, "accuracy": 0.91, "calibration": {"ece": 0.02}}
    real = {"n_quotes": 50, "figures": {"macro_f1_4_strict": {"value": 0.6}, "ece_4": {"value": 0.19},
                                        "macro_f1_3_strict": {"value": 0.62}}}
    table = model_figures.side_by_side(cv, real).set_index("figure")
    assert table.loc["macro-F1, four labels", ["cross-validation", "real news"]].tolist() == [0.9, 0.6]
    assert table.loc["ECE (calibration error)", ["cross-validation", "real news"]].tolist() == [0.02, 0.19]
    assert table.loc["accuracy, four labels", "cross-validation"] == 0.91
    assert table.loc["macro-F1, three labels", "real news"] == 0.62
    assert "100 training sentences" in table.loc["macro-F1, four labels", "what it measures"]
    assert "50 quotes" in table.loc["macro-F1, four labels", "what it measures"]
    assert (table["what it measures"].str.len() > 20).all()
    assert "macro-F1, unseen stories" not in table.index, "no figure on either side: no row"
    alone = model_figures.side_by_side(cv, None)
    assert alone["real news"].isna().all() and len(alone) == 3
    assert "real news (second set)" not in table.columns


def test_side_by_side_sets_a_second_real_set_in_its_own_column():
    cv = {"n_rows": 100, "macro_f1": 0.9, "accuracy": 0.91, "calibration": {"ece": 0.02}}
    real = {"n_quotes": 50, "figures": {"macro_f1_4_strict": {"value": 0.6}}}
    second = {"n_quotes": 80, "figures": {"macro_f1_4_strict": {"value": 0.5}, "wrong_at_confidence_0.8": {"value": 7}}}
    table = model_figures.side_by_side(cv, real, second).set_index("figure")
    assert table.loc["macro-F1, four labels", ["cross-validation", "real news", "real news (second set)"]].tolist() \
        == [0.9, 0.6, 0.5]
    assert "50 quotes from published articles and 80 in the second set" in table.loc["macro-F1, four labels",
                                                                                        "what it measures"]
    # A figure only the second set has still gets its row.
    assert table.loc["wrong at confidence ≥ 0.8", "real news (second set)"] == 7


def test_model_page_shows_calibration_and_real_news(data_dir):
    model = load_default_predictor()
    calibration = model.cv["calibration"]
    real = shipped_realnews()
    at = open_app("model")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["ECE"] == f"{calibration['ece']:.3f}"
    assert metrics["Temperature"] == f"{model.temperature:.3f}"
    assert metrics["Review threshold"] == f"{model.needs_review_below:.2f}"
    charts = [c.proto.id for c in at.get("plotly_chart")]
    spec = figure(at, next(i for i, c in enumerate(charts) if "chart_reliability" in c))
    diagonal, curve = spec["data"]
    assert (_values(diagonal["x"]), _values(diagonal["y"])) == ([0, 1], [0, 1])
    bins = [b for b in calibration["reliability"] if b["count"]]
    assert _values(curve["x"]) == pytest.approx([b["confidence"] for b in bins])
    assert _values(curve["y"]) == pytest.approx([b["accuracy"] for b in bins])
    table = next(d.value for d in at.dataframe if "what it measures" in d.value.columns).set_index("figure")
    assert table.loc["macro-F1, four labels", "real news"] == pytest.approx(real["figures"]["macro_f1_4_strict"]["value"])
    assert table.loc["macro-F1, four labels", "cross-validation"] == pytest.approx(model.cv["macro_f1"])
    assert table.loc["ECE (calibration error)", "real news"] == pytest.approx(real["figures"]["ece_4"]["value"])
    second = shipped_realnews("realnews_extra_scores.json")
    assert table.loc["macro-F1, four labels", "real news (second set)"] == pytest.approx(
        second["figures"]["macro_f1_4_strict"]["value"])
    assert not at.warning, "the shipped figures were measured on the shipped model"


def test_the_review_queue_lists_flagged_unreviewed_voices_least_confident_first(data_dir, seed_records):
    flagged = seed_records[seed_records["needs_review"]].sort_values("confidence")
    assert 0 < len(flagged) < SEED_VOICES
    at = open_app("quotes", review="1")
    assert table_rows(at) == len(flagged)
    shown = at.dataframe[0].value
    assert shown["voice_id"].tolist() == flagged["voice_id"].tolist()
    assert shown["confidence"].is_monotonic_increasing
    assert any("to review" in c.value for c in at.caption)
    # A stance review (speaker-only would not count) takes the voice out of the queue.
    first = flagged.iloc[0]
    CorrectionStore(data_dir / "corrections.sqlite3").save(first["voice_id"], "none", article=first["article"],
                                                           quote=first["quote"], model_stance=first["stance"])
    at = open_app("quotes", review="1")
    assert table_rows(at) == len(flagged) - 1
    assert at.dataframe[0].value["voice_id"].tolist() == flagged["voice_id"].tolist()[1:]
    at = open_app("quotes", review="1", sort="corpus")
    assert at.dataframe[0].value["voice_id"].tolist() == sorted(flagged["voice_id"].tolist()[1:],
                                                                key=seed_records["voice_id"].tolist().index)


def test_the_review_queue_can_be_empty(data_dir):
    at = open_app("quotes", review="1", conf_min="0.95")
    assert table_rows(at) == 0, "flagged voices are all below the review threshold"
