"""Cross-validation, ablation and grid search through scikit-learn's own tools, all on the
same stratified shuffled folds; and training with the cross-validation report stored.

`cross_val_predict` gives every row the prediction of the model fitted on the other folds;
`GridSearchCV` searches the pipeline's nested parameters (`clf__C`, `features__lexvader__scale`,
`features__words__analyzer` with `model.WordNgrams(n)` values for the word n-gram size, ...).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field

import numpy as np
from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import GridSearchCV, GroupKFold, StratifiedKFold, cross_val_predict

from stance.label import calibration
from stance.label.lexicon import Lexicon
from stance.label.model import StanceModel, build_pipeline, one_blas_thread, train
from stance.records import STANCES

# Each ablation row overrides the feature switches and keeps every other parameter, except
# that the dense-only rows use scale 1 (and VADER weight 1): `scale` only balances the dense block against TF-IDF,
# and without TF-IDF it would just add regularisation.
ABLATION_CONFIGS: dict[str, dict] = {
    "lexicon only": {"use_lexicon": True, "use_vader": False, "use_words": False, "use_chars": False,
                     "scale": 1.0},
    "VADER only": {"use_lexicon": False, "use_vader": True, "use_words": False, "use_chars": False,
                   "scale": 1.0, "vader_weight": 1.0},
    "TF-IDF only": {"use_lexicon": False, "use_vader": False, "use_words": True},
    "all": {},
}


@dataclass
class CVReport:
    """Scores of pooled out-of-fold predictions (confusion rows = true, columns = predicted)."""

    labels: tuple[str, ...]
    n_rows: int
    n_splits: int
    seed: int
    macro_f1: float
    accuracy: float
    fold_macro_f1: tuple[float, ...]
    per_class: dict[str, dict[str, float]]
    confusion: list[list[int]]
    fit_seconds: float | None = None  # fitting on the full corpus
    params: dict = field(default_factory=dict)
    # Filled by train_with_cv: calibration measured out of fold, and CV holding out whole stories.
    calibration: dict = field(default_factory=dict)
    story_cv: dict = field(default_factory=dict)


def stratified_folds(n_splits: int = 5, seed: int = 0) -> StratifiedKFold:
    """The CV splitter: shuffled with a fixed seed, so every call on the same labels splits
    the rows the same way (each ablation row and grid point is scored on the same folds)."""
    return StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)


def out_of_fold(texts, labels, cv: StratifiedKFold, lexicon: Lexicon | None = None, **params) -> np.ndarray:
    """Prediction for every row from the model trained on the other folds."""
    with one_blas_thread():
        return cross_val_predict(build_pipeline(lexicon=lexicon, **params), list(texts),
                                 np.asarray(labels, dtype=object), cv=cv)


def time_full_fit(texts, labels, lexicon: Lexicon | None = None, **params) -> float:
    start = time.perf_counter()
    with one_blas_thread():
        build_pipeline(lexicon=lexicon, **params).fit(list(texts), list(labels))
    return time.perf_counter() - start


def _report(texts, labels, cv: StratifiedKFold, lexicon, fit_full, params, pred=None) -> CVReport:
    if pred is None:
        pred = out_of_fold(texts, labels, cv, lexicon=lexicon, **params)
    y = np.asarray(labels, dtype=object)
    present = tuple(s for s in STANCES if s in set(labels)) + tuple(sorted(set(labels) - set(STANCES)))
    p, r, f, s = precision_recall_fscore_support(y, pred, labels=list(present), zero_division=0)
    per_class = {lab: {"precision": float(p[i]), "recall": float(r[i]), "f1": float(f[i]), "support": int(s[i])}
                 for i, lab in enumerate(present)}
    fold_f1 = tuple(float(f1_score(y[te], pred[te], labels=list(present), average="macro", zero_division=0))
                    for _, te in cv.split(np.zeros(len(y)), y))
    return CVReport(
        labels=present, n_rows=len(y), n_splits=cv.get_n_splits(), seed=int(cv.random_state),
        macro_f1=float(f1_score(y, pred, labels=list(present), average="macro", zero_division=0)),
        accuracy=float(accuracy_score(y, pred)), fold_macro_f1=fold_f1, per_class=per_class,
        confusion=confusion_matrix(y, pred, labels=list(present)).tolist(),
        fit_seconds=time_full_fit(texts, labels, lexicon, **params) if fit_full else None,
        params=dict(params),
    )


def cross_validate(texts, labels, n_splits: int = 5, seed: int = 0, lexicon: Lexicon | None = None,
                   fit_full: bool = True, **params) -> CVReport:
    """Stratified k-fold CV of build_pipeline(**params); also times a full-corpus fit."""
    return _report(texts, labels, stratified_folds(n_splits, seed), lexicon, fit_full, params)


def out_of_fold_scores(texts, labels, cv, lexicon: Lexicon | None = None, groups=None, **params) -> np.ndarray:
    """Decision scores (n, classes) of every row from the model fitted on the other folds."""
    with one_blas_thread():
        return cross_val_predict(build_pipeline(lexicon=lexicon, **params), list(texts),
                                 np.asarray(labels, dtype=object), cv=cv, groups=groups, method="decision_function")


def story_cv(texts, labels, stories, n_splits: int = 5, lexicon: Lexicon | None = None, **params) -> dict:
    """Macro-F1 when whole stories are held out (GroupKFold on `stories`): closer to how the
    model meets a story it never saw than folds that split every story."""
    if len(set(stories)) < n_splits:
        return {}
    classes = sorted(set(labels))
    scores = out_of_fold_scores(texts, labels, GroupKFold(n_splits=n_splits), lexicon, groups=list(stories), **params)
    pred = np.asarray(classes, dtype=object)[scores.argmax(axis=1)]
    y = np.asarray(labels, dtype=object)
    return {"n_splits": n_splits, "n_stories": len(set(stories)),
            "macro_f1": float(f1_score(y, pred, average="macro")), "accuracy": float(accuracy_score(y, pred))}


def train_with_cv(texts, labels, n_splits: int = 5, seed: int = 0, lexicon: Lexicon | None = None,
                  stories=None, **params) -> StanceModel:
    """Fit on every row, calibrate, and keep the cross-validation report in the model's
    training metadata (saved as `training.cv`), so no reader has to refit to show it.

    One out-of-fold pass gives the labels (CV scores), the temperature (fitted on all
    out-of-fold scores), honest calibration figures (each fold's temperature fitted without
    it) and the review threshold (chosen from the measured precision of confident labels).
    """
    texts, labels = list(texts), list(labels)
    model = train(texts, labels, lexicon=lexicon, **params)
    cv = stratified_folds(n_splits, seed)
    scores = out_of_fold_scores(texts, labels, cv, lexicon, **model.params)
    classes = list(model.classes)
    truth = np.asarray([classes.index(label) for label in labels])
    pred = np.asarray(classes, dtype=object)[scores.argmax(axis=1)]
    report = _report(texts, labels, cv, lexicon, False, model.params, pred=pred)
    folds = list(cv.split(np.zeros(len(labels)), np.asarray(labels, dtype=object)))
    proba, fold_temperatures = calibration.cross_fitted_probabilities(scores, truth, folds)
    confidence, correct = proba.max(axis=1), proba.argmax(axis=1) == truth
    raw = calibration.softmax(scores)
    fitted = calibration.fit_temperature(scores, truth)
    model.temperature = calibration.applied_temperature(fitted)
    model.needs_review_below = calibration.review_threshold(confidence, correct)
    report.calibration = {
        "temperature": model.temperature, "fitted_temperature": fitted, "fold_temperatures": fold_temperatures,
        "ece_before": calibration.expected_calibration_error(raw.max(axis=1), raw.argmax(axis=1) == truth),
        "ece": calibration.expected_calibration_error(confidence, correct),
        "reliability": calibration.reliability(confidence, correct),
        "needs_review_below": model.needs_review_below, "target_precision": calibration.TARGET_PRECISION,
        "share_flagged": float((confidence < model.needs_review_below).mean()),
    }
    if stories is not None:
        report.story_cv = story_cv(texts, labels, stories, n_splits, lexicon, **model.params)
    model.meta["training"]["cv"] = asdict(report)
    return model


def ablation(texts, labels, n_splits: int = 5, seed: int = 0, lexicon: Lexicon | None = None,
             **params) -> list[dict]:
    """One row per ABLATION_CONFIGS entry, all scored on the same folds."""
    cv = stratified_folds(n_splits, seed)
    rows = []
    for name, switches in ABLATION_CONFIGS.items():
        rep = _report(texts, labels, cv, lexicon, True, {**params, **switches})
        row = {"features": name, "macro_f1": rep.macro_f1, "accuracy": rep.accuracy}
        row.update({f"f1_{lab}": rep.per_class[lab]["f1"] for lab in rep.labels})
        row["fit_seconds"] = rep.fit_seconds
        rows.append(row)
    return rows


def grid_search(texts, labels, grid: dict[str, list], n_splits: int = 5, seed: int = 0,
                lexicon: Lexicon | None = None, **params) -> list[dict]:
    """Every combination in `grid` (keys: the pipeline's nested parameter names, e.g.
    `clf__C`, `features__words__analyzer`: [WordNgrams(1), WordNgrams(2)]) on the pipeline of `params`, best first, with
    its macro-F1 averaged over the folds (`macro_f1`) and that mean's spread (`macro_f1_std`)."""
    search = GridSearchCV(build_pipeline(lexicon=lexicon, **params), grid, scoring="f1_macro",
                          cv=stratified_folds(n_splits, seed), refit=False)
    with one_blas_thread():
        search.fit(list(texts), np.asarray(labels, dtype=object))
    results = search.cv_results_
    rows = [{**point, "macro_f1": float(mean), "macro_f1_std": float(std)}
            for point, mean, std in zip(results["params"], results["mean_test_score"], results["std_test_score"])]
    return sorted(rows, key=lambda row: -row["macro_f1"])


def format_report(report: CVReport) -> str:
    """Markdown: headline scores, per-class table, confusion matrix."""
    folds = ", ".join(f"{f:.3f}" for f in report.fold_macro_f1)
    lines = [
        f"**{report.n_splits}-fold stratified CV** (seed {report.seed}, {report.n_rows} rows): "
        f"macro-F1 **{report.macro_f1:.3f}**, accuracy {report.accuracy:.3f} (per fold: {folds})",
    ]
    if report.fit_seconds is not None:
        lines.append(f"Full-corpus training time: {report.fit_seconds:.2f} s")
    lines += ["", "| label | precision | recall | F1 | support |", "|---|---:|---:|---:|---:|"]
    for lab, m in report.per_class.items():
        lines.append(f"| {lab} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |")
    lines += ["", "| true \\ predicted | " + " | ".join(report.labels) + " |",
              "|---|" + "---:|" * len(report.labels)]
    for lab, row in zip(report.labels, report.confusion):
        lines.append(f"| {lab} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines) + "\n"


def format_ablation(rows: list[dict]) -> str:
    """Markdown table of ablation rows."""
    f1_cols = [k for k in rows[0] if k.startswith("f1_")] if rows else []
    head = ["features", "macro-F1", "accuracy"] + [f"F1 {k[3:]}" for k in f1_cols] + ["fit (s)"]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for r in rows:
        cells = [r["features"], f"{r['macro_f1']:.3f}", f"{r['accuracy']:.3f}"]
        cells += [f"{r[k]:.3f}" for k in f1_cols]
        cells.append("" if r.get("fit_seconds") is None else f"{r['fit_seconds']:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
