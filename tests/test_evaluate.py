"""Cross-validation, ablation, grid search and training with the CV report stored."""

from __future__ import annotations

import numpy as np
import pytest

from stance.label.evaluate import (ABLATION_CONFIGS, ablation, cross_validate, grid_search, stratified_folds,
                                   train_with_cv)
from stance.label.lexicon import load_lexicon
from stance.label.model import load_training_data
from stance.records import STANCES

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
    from stance.label.model import WordNgrams

    rows = grid_search(TEXTS, LABELS, {"clf__C": [0.01, 30.0], "features__words__analyzer": [WordNgrams(1), WordNgrams(2)]},
                       n_splits=3, lexicon=LEXICON)
    assert len(rows) == 4
    assert [r["macro_f1"] for r in rows] == sorted((r["macro_f1"] for r in rows), reverse=True)
    assert {(r["clf__C"], repr(r["features__words__analyzer"])) for r in rows} == {
        (0.01, "WordNgrams(1)"), (0.01, "WordNgrams(2)"), (30.0, "WordNgrams(1)"), (30.0, "WordNgrams(2)")}
    # The grid point with C = 30 and word 1-2-grams is the default pipeline: its mean fold
    # score equals cross_validate's per-fold scores averaged.
    point = next(r for r in rows if r["clf__C"] == 30.0 and r["features__words__analyzer"] == WordNgrams(2))
    report = cross_validate(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, fit_full=False)
    assert point["macro_f1"] == pytest.approx(np.mean(report.fold_macro_f1), abs=1e-12)


def test_the_word_ngram_size_changes_the_features():
    from stance.label.model import build_pipeline

    sizes = {}
    for n in (1, 2):
        words = build_pipeline(lexicon=LEXICON, word_ngram_max=n).named_steps["features"].transformer_list[1][1]
        sizes[n] = set(words.fit(TEXTS).vocabulary_)
    assert "fad" in sizes[1] and "passing fad" not in sizes[1] and "passing fad" in sizes[2]


def test_grid_search_rejects_an_unknown_parameter():
    with pytest.raises(ValueError, match="colour"):
        grid_search(TEXTS, LABELS, {"clf__colour": ["red"]}, n_splits=3, lexicon=LEXICON)


def test_train_with_cv_stores_the_report_of_the_same_parameters():
    model = train_with_cv(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, C=5.0)
    cv = model.to_dict()["training"]["cv"]
    assert (cv["n_splits"], cv["n_rows"], cv["macro_f1"]) == (3, 18, 1.0)
    assert cv["params"]["C"] == 5.0 and cv["params"] == model.params
    assert model.predictor().cv == cv


def test_train_with_cv_calibrates_out_of_fold():
    stories = [f"story{i % 4}" for i in range(18)]
    model = train_with_cv(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, stories=stories)
    cv = model.to_dict()["training"]["cv"]
    calibration = cv["calibration"]
    assert calibration["temperature"] == model.temperature == model.predictor().temperature
    assert len(calibration["fold_temperatures"]) == 3
    # A separable corpus: every out-of-fold label is right, but 18 labels are fewer than the
    # 20 a threshold needs to be trusted, so it is the top of the grid.
    assert calibration["needs_review_below"] == model.needs_review_below == 0.95
    assert sum(b["count"] for b in calibration["reliability"]) == 18
    assert all(b["accuracy"] == 1.0 for b in calibration["reliability"])
    assert cv["story_cv"] == {"n_splits": 3, "n_stories": 4, "macro_f1": 1.0, "accuracy": 1.0}
    # Fewer stories than folds: no story-held-out figure rather than a wrong one.
    assert train_with_cv(TEXTS, LABELS, n_splits=3, lexicon=LEXICON, stories=["one"] * 18).meta["training"]["cv"][
        "story_cv"] == {}


def _docs_table_row(docs: str, first_cell: str) -> list[str]:
    line = next(line for line in docs.splitlines() if line.startswith(f"| {first_cell} |"))
    return [cell.strip() for cell in line.strip("|").split("|")]


def test_shipped_data_cross_validation_and_ablation():
    # The figures `stance evaluate --ablation` prints are the table in docs/model.md, and the
    # stored CV report and temperature are what training on the shipped data produces.
    from pathlib import Path

    from stance.label import calibration
    from stance.label.evaluate import out_of_fold_scores
    from stance.label.predictor import load_default_predictor

    texts, labels = load_training_data()
    rows = ablation(texts, labels)
    assert [r["features"] for r in rows] == list(ABLATION_CONFIGS)
    docs = (Path(__file__).resolve().parent.parent / "docs" / "model.md").read_text(encoding="utf-8")
    for row in rows:
        expected = [row["features"], f"{row['macro_f1']:.3f}", f"{row['accuracy']:.3f}"]
        expected += [f"{row[f'f1_{label}']:.3f}" for label in STANCES]
        assert _docs_table_row(docs, row["features"])[:len(expected)] == expected, \
            "docs/model.md's ablation table is stale: paste `stance evaluate --ablation`"
    shipped = load_default_predictor()
    stored = shipped.cv
    scores = out_of_fold_scores(texts, labels, stratified_folds(5, 0), **shipped.params)
    classes = list(shipped.classes)
    truth = np.asarray([classes.index(label) for label in labels])
    pred = scores.argmax(axis=1)
    assert rows[-1]["macro_f1"] == stored["macro_f1"]
    order = [classes.index(label) for label in stored["labels"]]
    confusion = [[int(np.sum((truth == i) & (pred == j))) for j in order] for i in order]
    assert confusion == stored["confusion"]
    fitted = calibration.fit_temperature(scores, truth)
    # The fit is an optimisation over scores summed by the machine's BLAS: another CPU moves it in the
    # eighth digit (measured: 7e-9 relative), far below the two digits the Model page shows.
    assert fitted == pytest.approx(stored["calibration"]["fitted_temperature"], rel=1e-6)
    assert calibration.applied_temperature(fitted) == pytest.approx(shipped.temperature, rel=1e-6)
