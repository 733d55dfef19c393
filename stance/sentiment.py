"""VADER adapter: one analyzer per process, built on first use (it loads a lexicon file)."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

VADER_KEYS: tuple[str, ...] = ("neg", "neu", "pos", "compound")


@lru_cache(maxsize=1)
def analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def polarity(text: str) -> dict[str, float]:
    """VADER scores {neg, neu, pos, compound} of `text` (compound in [-1, 1])."""
    scores = analyzer().polarity_scores(text or "")
    return {key: float(scores[key]) for key in VADER_KEYS}


def polarity_matrix(texts) -> np.ndarray:
    """Array (n, 4) of VADER neg, neu, pos, compound; one analyzer call per distinct text
    (news quotes repeat across articles, and VADER is the slowest feature)."""
    polarity_scores = analyzer().polarity_scores
    out = np.zeros((len(texts), len(VADER_KEYS)), dtype=np.float64)
    done: dict[str, int] = {}
    for row, text in enumerate(texts):
        text = text or ""
        first = done.setdefault(text, row)
        if first != row:
            out[row] = out[first]
            continue
        scores = polarity_scores(text)
        out[row] = [scores[key] for key in VADER_KEYS]
    return out
