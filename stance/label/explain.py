"""Explaining one voice and the model: feature contributions, probabilities and the strongest
features per label, as plain pandas frames (the dashboard renders them)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from stance.label.predictor import Predictor
from stance.records import PROBABILITY_COLUMNS, STANCES

# --- one voice: explanation and context -------------------------------------------------------

_FEATURE = re.compile(r"^(?P<name>.*\S)\s+(?P<value>[+-]\d+(?:\.\d+)?)$")


def parse_top_features(features: Iterable[str]) -> pd.DataFrame:
    """`("word:welcome +1.23", ...)` -> frame [feature, contribution] (unparseable: NaN)."""
    rows = []
    for item in features:
        m = _FEATURE.match(str(item))
        rows.append((m["name"], float(m["value"])) if m else (str(item), float("nan")))
    return pd.DataFrame(rows, columns=["feature", "contribution"])


def probabilities(row: Mapping) -> pd.DataFrame:
    """The three stance probabilities of one record as a frame [stance, probability]."""
    return pd.DataFrame({"stance": list(STANCES), "probability": [float(row[c]) for c in PROBABILITY_COLUMNS]})


# --- model explanation ----------------------------------------------------------------------


def top_coefficients(model: Predictor, n: int = 10) -> pd.DataFrame:
    """Strongest features per label: [label, group, feature, weight], biggest weight first.

    Weights are the model's centred coefficients (`Predictor.centred_coef`: each feature's
    pull toward the label); only features that pull toward the label (weight > 0). Groups:
    `n-gram` (TF-IDF word/char n-grams) and `lexicon` (the lexicon scores and counts per label,
    `lex:`/`lexcount:`, and VADER, `vader:`).
    """
    centred = model.centred_coef
    names = model.feature_names
    is_ngram = np.array([str(x).startswith(("word:", "char:")) for x in names], dtype=bool)
    rows = []
    for k, label in enumerate(model.classes):
        for group, selector in (("n-gram", is_ngram), ("lexicon", ~is_ngram)):
            idx = np.flatnonzero(selector)
            if not idx.size:
                continue
            best = idx[np.argsort(-centred[k, idx], kind="stable")][:n]
            rows += [(label, group, str(names[i]), float(centred[k, i])) for i in best if centred[k, i] > 0]
    return pd.DataFrame(rows, columns=["label", "group", "feature", "weight"])


def confusion_frame(labels: Iterable[str], confusion: Iterable[Iterable[int]]) -> pd.DataFrame:
    """Confusion matrix (rows = true, columns = predicted) as a labelled frame."""
    labels = list(labels)
    return pd.DataFrame(list(confusion), index=pd.Index(labels, name="true"),
                        columns=pd.Index(labels, name="predicted"))


def per_class_frame(per_class: Mapping[str, Mapping[str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_dict(per_class, orient="index")
    frame.index.name = "label"
    return frame.reset_index()
