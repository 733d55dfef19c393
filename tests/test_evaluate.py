"""Cross-validation, ablation, grid search and training with the CV report stored."""

from __future__ import annotations

import numpy as np
import pytest

from stance.label.evaluate import (ABLATION_CONFIGS, ablation, cross_validate, grid_search, stratified_folds,
                                   train_with_cv)
from stance.label.lexicon import load_lexicon
from stance.label.model import load_training_data

LEXICON = load_lexicon("term\tlabel\tweight\nfriends\twelcoming\t1.5\nfad\tskeptical\t2.0\nban\tpolitical\t2.0\n")
TEXTS = [f"{stem} {i}" for i in range(6) for stem in (
    "new friends from far away", "a passing fad, it won't last", "the ban is about state control")]
LABELS = ["welcoming", "skeptical", "political"] * 6


def test_folds_are_stratified_and_repeatable():
    splits = list(stratified_folds(3, seed=0).split(np.zeros(18), LABELS))
    again = list(stratified_folds(3, seed=0).split(np.zeros(18), LABELS))
    assert all((a[1] == b[1]).all() for a, b in zip(splits, again))
    assert sorted(np.concatenate([test for _, test in splits]).tolist()) == list(range(18))
    for _, test in splits:  # 6 per label over 3 folds: 2 of each label per fold
        assert sorted(np.asarray(LABELS)[test].tolist()) == ["political"] * 2 + ["skeptical"] * 2 + ["welcoming"] * 2


def test_cross_validate_separable_corpus_known_answer():
    report = cross_validate(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, fit_full=False)
    assert report.macro_f1 == 1.0 and report.accuracy == 1.0
    assert report.confusion == [[6, 0, 0], [0, 6, 0], [0, 0, 6]]
    assert report.fold_macro_f1 == (1.0, 1.0, 1.0)
    assert (report.labels, report.n_rows, report.n_splits, report.seed) == (
        ("welcoming", "skeptical", "political"), 18, 3, 0)


def test_grid_search_scores_nested_parameters_on_the_same_folds():
    rows = grid_search(TEXTS, LABELS, {"clf__C": [0.01, 30.0], "features__words__ngram_range": [(1, 1), (1, 2)]},
                       n_splits=3, lexicon=LEXICON)
    assert len(rows) == 4
    assert [r["macro_f1"] for r in rows] == sorted((r["macro_f1"] for r in rows), reverse=True)
    assert {(r["clf__C"], r["features__words__ngram_range"]) for r in rows} == {
        (0.01, (1, 1)), (0.01, (1, 2)), (30.0, (1, 1)), (30.0, (1, 2))}
    # The grid point with C = 30 and word 1-2-grams is the default pipeline: its mean fold
    # score equals cross_validate's per-fold scores averaged.
    point = next(r for r in rows if r["clf__C"] == 30.0 and r["features__words__ngram_range"] == (1, 2))
    report = cross_validate(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, fit_full=False)
    assert point["macro_f1"] == pytest.approx(np.mean(report.fold_macro_f1), abs=1e-12)


def test_grid_search_rejects_an_unknown_parameter():
    with pytest.raises(ValueError, match="colour"):
        grid_search(TEXTS, LABELS, {"clf__colour": ["red"]}, n_splits=3, lexicon=LEXICON)


def test_train_with_cv_stores_the_report_of_the_same_parameters():
    model = train_with_cv(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, C=5.0)
    cv = model.to_dict()["training"]["cv"]
    assert (cv["n_splits"], cv["n_rows"], cv["macro_f1"]) == (3, 18, 1.0)
    assert cv["params"]["C"] == 5.0 and cv["params"] == model.params
    assert model.predictor().cv == cv


def test_shipped_data_cross_validation_and_ablation():
    # The figures `stance evaluate --ablation` prints; the CV equals what `stance train` stored.
    from dataclasses import asdict

    from stance.label.predictor import load_default_predictor

    texts, labels = load_training_data()
    rows = ablation(texts, labels)
    assert [r["features"] for r in rows] == list(ABLATION_CONFIGS)
    scores = {r["features"]: round(r["macro_f1"], 4) for r in rows}
    assert scores == {"lexicon only": 0.7200, "VADER only": 0.5098, "TF-IDF only": 0.8535, "all": 0.8974}
    stored = load_default_predictor().cv
    report = asdict(cross_validate(texts, labels, fit_full=False))
    assert report["macro_f1"] == rows[-1]["macro_f1"] == stored["macro_f1"]
    assert report["confusion"] == stored["confusion"] and list(report["fold_macro_f1"]) == stored["fold_macro_f1"]
