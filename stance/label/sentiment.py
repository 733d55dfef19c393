"""Sentiment adapter: VADER scores through stance.label.vader, an exact and faster port of
vaderSentiment 3.3.2 that reads the package's own lexicon files (tests/test_vader.py
checks equality with the reference)."""

from __future__ import annotations

import numpy as np

from stance.label.vader import VADER_KEYS, polarity_scores
from stance.label.vader import polarity_matrix as _polarity_matrix

__all__ = ["VADER_KEYS", "polarity", "polarity_matrix"]


def polarity(text: str) -> dict[str, float]:
    """VADER scores {neg, neu, pos, compound} of `text` (compound in [-1, 1])."""
    scores = polarity_scores(text or "")
    return {key: float(scores[key]) for key in VADER_KEYS}


def polarity_matrix(texts) -> np.ndarray:
    """Array (n, 4) of VADER neg, neu, pos, compound; each distinct text scored once."""
    return _polarity_matrix(texts)
