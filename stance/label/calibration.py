"""Calibrated confidence: a fitted temperature, expected calibration error, reliability bins,
and the review threshold chosen from measured precision. numpy and scipy only.

A logistic regression fitted with little regularisation is over-confident on text unlike its
training rows. Dividing its decision scores by one temperature T > 1 before the softmax
softens every probability alike; the labels (the argmax) do not change. T is fitted on
out-of-fold scores, so it is learnt from predictions on rows the model did not see.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import minimize_scalar

from stance.label.modelfile import softmax

N_BINS = 10
# The review threshold: the lowest confidence at which the labels kept (confidence at or
# above it) were right at least this often out of fold.
TARGET_PRECISION = 0.9
THRESHOLD_GRID = tuple(round(0.30 + 0.05 * i, 2) for i in range(14))  # 0.30 ... 0.95


def log_loss(scores: np.ndarray, truth: np.ndarray, temperature: float) -> float:
    """Mean negative log-likelihood of the true classes under softmax(scores / T)."""
    proba = softmax(scores / temperature)
    return float(-np.mean(np.log(np.clip(proba[np.arange(len(truth)), truth], 1e-15, 1.0))))


def fit_temperature(scores: np.ndarray, truth: np.ndarray) -> float:
    """The T in [0.05, 20] minimising the log-loss of softmax(scores / T) (searched on log T)."""
    scores = np.asarray(scores, dtype=np.float64)
    truth = np.asarray(truth, dtype=np.int64)
    result = minimize_scalar(lambda log_t: log_loss(scores, truth, float(np.exp(log_t))),
                             bounds=(np.log(0.05), np.log(20.0)), method="bounded")
    return float(np.exp(result.x))


def applied_temperature(fitted: float) -> float:
    """The temperature a model keeps: the fitted one when it softens (T >= 1), else 1.

    Out-of-fold rows come from the same writers and stories as the rows the model learnt from,
    so they are easier than the text it meets in use; a fitted T < 1 sharpens the probabilities
    for that easy text and would make the model surer of itself exactly where it is weakest.
    Calibration may only soften."""
    return max(1.0, float(fitted))


def reliability(confidence, correct, n_bins: int = N_BINS) -> list[dict]:
    """Equal-width confidence bins: count, mean confidence and accuracy of each non-empty bin."""
    confidence = np.asarray(confidence, dtype=np.float64)
    correct = np.asarray(correct, dtype=np.float64)
    # Bin k holds (k/n, (k+1)/n]; a confidence of exactly 0 goes to the first bin.
    index = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)
    bins = []
    for k in range(n_bins):
        members = index == k
        if members.any():
            bins.append({"low": k / n_bins, "high": (k + 1) / n_bins, "count": int(members.sum()),
                         "confidence": float(confidence[members].mean()), "accuracy": float(correct[members].mean())})
    return bins


def expected_calibration_error(confidence, correct, n_bins: int = N_BINS) -> float:
    """Sum over bins of (share of rows) x |mean confidence - accuracy|."""
    total = len(np.asarray(confidence))
    if not total:
        return 0.0
    return float(sum(b["count"] / total * abs(b["confidence"] - b["accuracy"])
                     for b in reliability(confidence, correct, n_bins)))


def review_threshold(confidence, correct, target: float = TARGET_PRECISION,
                     grid: tuple[float, ...] = THRESHOLD_GRID) -> float:
    """The lowest grid value t such that labels with confidence >= t were right at least
    `target` of the time (and at least 20 such labels exist); the top of the grid if none."""
    confidence = np.asarray(confidence, dtype=np.float64)
    correct = np.asarray(correct, dtype=bool)
    for t in grid:
        kept = confidence >= t
        if kept.sum() >= 20 and correct[kept].mean() >= target:
            return float(t)
    return float(grid[-1])


def cross_fitted_probabilities(scores: np.ndarray, truth: np.ndarray, folds) -> tuple[np.ndarray, list[float]]:
    """Out-of-fold probabilities whose temperature was fitted without the fold's own rows:
    for each (train, test) split, T is fitted on the train rows' out-of-fold scores and
    applied to the test rows. Honest figures for calibration measured on the training data."""
    proba = np.zeros_like(np.asarray(scores, dtype=np.float64))
    temperatures = []
    for train_rows, test_rows in folds:
        t = applied_temperature(fit_temperature(scores[train_rows], truth[train_rows]))
        proba[test_rows] = softmax(scores[test_rows] / t)
        temperatures.append(t)
    return proba, temperatures
