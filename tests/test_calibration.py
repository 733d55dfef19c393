"""Calibrated confidence: the fitted temperature, expected calibration error, reliability
bins and the review threshold, on hand-made cases with known answers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from stance.label import calibration
from stance.label.modelfile import softmax


def _rows(score: float, right: int, wrong: int) -> tuple[list[list[float]], list[int]]:
    """`right + wrong` rows scored [score, 0]; class 0 is true in `right` of them."""
    return [[score, 0.0]] * (right + wrong), [0] * right + [1] * wrong


def test_fit_temperature_known_answer():
    # Every row scores [2, 0] and class 0 is right 3 times in 4: the best probability is
    # 0.75 = logistic(2 / T), so T = 2 / ln 3.
    scores, truth = _rows(2.0, 30, 10)
    t = calibration.fit_temperature(np.array(scores), np.array(truth))
    assert t == pytest.approx(2 / math.log(3), rel=1e-4)
    assert softmax(np.array(scores) / t)[0, 0] == pytest.approx(0.75, abs=1e-4)


def test_fit_temperature_softens_overconfident_scores_and_sharpens_timid_ones():
    # Scores [6, 0] (probability 0.9975) but right only 3 times in 4: T > 1 softens.
    scores, truth = _rows(6.0, 30, 10)
    assert calibration.fit_temperature(np.array(scores), np.array(truth)) == pytest.approx(6 / math.log(3), rel=1e-4)
    # Scores [0.5, 0] (0.62) but right 9 times in 10: T < 1 sharpens (0.5 / ln 9).
    scores, truth = _rows(0.5, 90, 10)
    assert calibration.fit_temperature(np.array(scores), np.array(truth)) == pytest.approx(0.5 / math.log(9), rel=1e-4)


def test_fit_temperature_scales_with_the_scores():
    rng = np.random.default_rng(0)
    scores, truth = rng.normal(size=(200, 4)), rng.integers(0, 4, size=200)
    scores[np.arange(200), truth] += 1.0
    t = calibration.fit_temperature(scores, truth)
    assert calibration.fit_temperature(3 * scores, truth) == pytest.approx(3 * t, rel=1e-4)


def test_fit_temperature_stays_inside_its_bounds():
    # Always right: the log-loss falls as T falls, down to the lower bound 0.05 (it is flat
    # near there: a probability of 1 - e^-36 is 1 in floating point). Always wrong: T rises.
    scores, truth = _rows(2.0, 20, 0)
    assert 0.05 <= calibration.fit_temperature(np.array(scores), np.array(truth)) < 0.06
    scores, truth = _rows(2.0, 0, 20)
    assert 19 < calibration.fit_temperature(np.array(scores), np.array(truth)) <= 20


def test_log_loss_known_answer():
    # softmax([ln 3, 0]) = [0.75, 0.25]: loss of one right and one wrong row is (-ln .75 - ln .25) / 2.
    scores, truth = np.array([[math.log(3), 0.0]] * 2), np.array([0, 1])
    assert calibration.log_loss(scores, truth, 1.0) == pytest.approx(-(math.log(0.75) + math.log(0.25)) / 2)


def test_ece_of_a_perfectly_calibrated_set_is_zero():
    # Confidence 0.8 right 8 times in 10, 0.6 right 3 times in 5: every bin's accuracy is its confidence.
    confidence = [0.8] * 10 + [0.6] * 5
    correct = [True] * 8 + [False] * 2 + [True] * 3 + [False] * 2
    assert calibration.expected_calibration_error(confidence, correct) == pytest.approx(0.0, abs=1e-12)


def test_ece_known_answer():
    # Two bins: 0.9 right half the time (gap 0.4, 4 of 10 rows), 0.45 right 1 time in 6 (gap 0.2833...).
    confidence = [0.9] * 4 + [0.45] * 6
    correct = [True, True, False, False] + [True] + [False] * 5
    expected = 0.4 * 0.4 + 0.6 * abs(0.45 - 1 / 6)
    assert calibration.expected_calibration_error(confidence, correct) == pytest.approx(expected, abs=1e-12)
    assert calibration.expected_calibration_error([], []) == 0.0


def test_reliability_bins_known_answer():
    confidence = [0.0, 0.05, 0.1, 0.8, 0.81, 1.0]
    correct = [False, True, True, True, False, True]
    bins = calibration.reliability(confidence, correct)
    # Bin k holds (k/10, (k+1)/10]: 0.1 is in the first bin, 0.8 in (0.7, 0.8], 0 in the first.
    assert [(b["low"], b["high"], b["count"]) for b in bins] == [(0.0, 0.1, 3), (0.7, 0.8, 1), (0.8, 0.9, 1),
                                                                   (0.9, 1.0, 1)]
    assert [b["accuracy"] for b in bins] == pytest.approx([2 / 3, 1.0, 0.0, 1.0])
    assert [b["confidence"] for b in bins] == pytest.approx([0.05, 0.8, 0.81, 1.0])
    assert calibration.reliability([], []) == []  # must find nothing


def test_review_threshold_picks_the_lowest_grid_value_meeting_the_target():
    # 40 labels at 0.9 (all right), 20 at 0.62 (10 right), 20 at 0.5 (none right).
    confidence = [0.9] * 40 + [0.62] * 20 + [0.5] * 20
    correct = [True] * 40 + [True] * 10 + [False] * 10 + [False] * 20
    # Kept at >= 0.5: 50/80 right; >= 0.55 and 0.6: 50/60 = 0.83; >= 0.65: 40/40.
    assert calibration.review_threshold(confidence, correct, target=0.9) == 0.65
    assert calibration.review_threshold(confidence, correct, target=0.8) == 0.55
    assert calibration.review_threshold(confidence, correct, target=0.6) == 0.3
    assert calibration.THRESHOLD_GRID[0] == 0.3 and calibration.THRESHOLD_GRID[-1] == 0.95


def test_review_threshold_needs_twenty_labels_and_falls_back_to_the_top():
    # Only 10 labels reach 0.9 precision: too few to trust, so no grid value qualifies.
    confidence, correct = [0.99] * 10 + [0.4] * 30, [True] * 10 + [False] * 30
    assert calibration.review_threshold(confidence, correct) == 0.95
    assert calibration.review_threshold([], []) == 0.95


def test_cross_fitted_probabilities_fit_each_temperature_without_the_fold():
    scores_a, truth_a = _rows(2.0, 30, 10)   # alone it wants T = 2 / ln 3
    scores_b, truth_b = _rows(2.0, 36, 4)    # alone it wants T = 2 / ln 9
    scores, truth = np.array(scores_a + scores_b), np.array(truth_a + truth_b)
    first, second = np.arange(40), np.arange(40, 80)
    proba, temperatures = calibration.cross_fitted_probabilities(scores, truth, [(first, second), (second, first)])
    # Fitted on the other half: 2 / ln 3 = 1.82 softens and is kept; 2 / ln 9 = 0.91 would sharpen, so 1.
    assert temperatures == pytest.approx([2 / math.log(3), 1.0], rel=1e-4)
    assert calibration.fit_temperature(scores[second], truth[second]) == pytest.approx(2 / math.log(9), rel=1e-4)
    # Rows of the second half are scored with the first half's temperature, and back.
    assert proba[40, 0] == pytest.approx(0.75, abs=1e-4)
    assert proba[0, 0] == pytest.approx(1 / (1 + math.exp(-2)), abs=1e-4)


@pytest.mark.parametrize("fitted, applied", [(0.4, 1.0), (0.999, 1.0), (1.0, 1.0), (1.7, 1.7)])
def test_calibration_only_softens(fitted, applied):
    assert calibration.applied_temperature(fitted) == applied
