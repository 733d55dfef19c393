"""What the Model page shows about the model's quality, as plain data: the calibration stored in
the model file (reliability bins, ECE, temperature, review threshold) and the real-news figures
the library ships (stance/label/data/realnews_scores.json and, for a second set,
realnews_extra_scores.json, written by benchmarks/realnews.py), set beside the cross-validation
figures with what each measures. No Streamlit here."""

from __future__ import annotations

import json
from importlib import resources

import pandas as pd

REALNEWS_FILE = "realnews_scores.json"
REALNEWS_SECOND_FILE = "realnews_extra_scores.json"


def realnews_scores(name: str = REALNEWS_FILE) -> dict | None:
    """The shipped real-news figures, None when the library ships none (or an unreadable file)."""
    try:
        text = resources.files("stance.label").joinpath("data", name).read_text(encoding="utf-8")
        scores = json.loads(text)
    except (OSError, ValueError):
        return None
    return scores if isinstance(scores.get("figures"), dict) else None


def reliability_frame(calibration: dict) -> pd.DataFrame:
    """[low, high, count, confidence, accuracy]: one row per non-empty confidence bin, in order."""
    bins = [b for b in calibration.get("reliability", []) if b.get("count")]
    return pd.DataFrame(bins, columns=["low", "high", "count", "confidence", "accuracy"]).sort_values("low",
                                                                                                    ignore_index=True)


def _value(figures: dict, name: str) -> float | None:
    found = figures.get(name)
    return float(found["value"]) if isinstance(found, dict) and found.get("value") is not None else None


def side_by_side(cv: dict, realnews: dict | None, second: dict | None = None) -> pd.DataFrame:
    """[figure, cross-validation, real news, real news (second set), what it measures]: the figures
    the evaluations report, then the ones only some have (None where one has no such figure)."""
    real = (realnews or {}).get("figures", {})
    other = (second or {}).get("figures", {})
    calibration = cv.get("calibration") or {}
    story = cv.get("story_cv") or {}
    n_cv, n_real = cv.get("n_rows", "?"), (realnews or {}).get("n_quotes", "?")
    n_second = f" and {second['n_quotes']} in the second set" if second and "n_quotes" in second else ""

    def real_news(name: str) -> tuple:
        return _value(real, name), _value(other, name)
    rows = [
        ("macro-F1, four labels", cv.get("macro_f1"), *real_news("macro_f1_4_strict"),
         f"mean of the per-label F1 (welcoming, skeptical, political, none): cross-validation on {n_cv} training "
         f"sentences written for the project; real news on {n_real} quotes from published articles{n_second}"),
        ("accuracy, four labels", cv.get("accuracy"), *real_news("accuracy_4_strict"),
         "share of quotes whose label equals the gold label"),
        ("ECE (calibration error)", calibration.get("ece"), *real_news("ece_4"),
         "expected calibration error of the confidence (10 bins): 0 means a confidence of 0.8 is right 80% of "
         "the time"),
        ("macro-F1, unseen stories", story.get("macro_f1"), None, None,
         f"cross-validation holding out whole stories ({story.get('n_stories', '?')} stories): the training "
         "sentences of a story are never in its own test fold"),
        ("macro-F1, three labels", None, *real_news("macro_f1_3_strict"),
         "macro-F1 over welcoming, skeptical and political, on the real quotes that have one of them"),
        ("macro-F1, four labels, lenient", None, *real_news("macro_f1_4_lenient"),
         "as four-label macro-F1, the annotator's second-choice label also counting as right"),
        ("wrong at confidence ≥ 0.8", None, *real_news("wrong_at_confidence_0.8"),
         "real quotes labelled wrongly although the model was at least 0.8 confident"),
    ]
    figures = ["cross-validation", "real news", "real news (second set)"]
    frame = pd.DataFrame(rows, columns=["figure", *figures, "what it measures"])
    if second is None:
        frame = frame.drop(columns="real news (second set)")
        figures = figures[:2]
    return frame[frame[figures].notna().any(axis=1)].reset_index(drop=True)


__all__ = ["REALNEWS_FILE", "REALNEWS_SECOND_FILE", "realnews_scores", "reliability_frame", "side_by_side"]
