"""The model JSON format: what a saved stance model holds and how its numbers are read.

Training (`model.py`) writes this format, the runtime `Predictor` (`predictor.py`) reads it,
and explanations use its centred weights. Everything shared by those three lives here: the
format tags, the TF-IDF settings saved, the text preprocessing, the dense feature block and
feature names, and the centring of the coefficients. numpy only: no scikit-learn.

A model file is plain JSON (numbers, strings, lists): reading one never imports, calls or
unpickles anything named in it.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from stance.label.lexicon import Lexicon, normalize
from stance.label.sentiment import VADER_KEYS, polarity_matrix

MODEL_FILE = "model.json"  # the shipped model, in stance/label/data/
FORMAT = "stance-model"
FORMAT_VERSION = 1
# The name recorded in the JSON for `preprocess`; the shipped model.json carries this
# string, so it stays although the module moved.
PREPROCESSOR = "stance.model.preprocess"
# TF-IDF settings saved per block; together with the terms and idf they define the transform.
TFIDF_SETTINGS = ("analyzer", "ngram_range", "sublinear_tf", "min_df", "max_df", "max_features",
                  "token_pattern", "norm", "use_idf", "smooth_idf", "lowercase", "binary")
# Feature blocks in column order: the JSON key (= the FeatureUnion step name) of each.
DENSE_BLOCK = "lexvader"
TFIDF_BLOCKS = ("words", "chars")


def preprocess(text: str) -> str:
    """TF-IDF preprocessor: curly apostrophes -> ', lower case (keeps "don't" one token)."""
    return normalize(text).lower()


def dense_feature_names(labels: tuple[str, ...], use_lexicon: bool, use_vader: bool) -> list[str]:
    """Column names of the dense block, in the order `lexvader_matrix` fills it."""
    names = []
    if use_lexicon:
        names += [f"lex:{label}" for label in labels]
        names += [f"lexcount:{label}" for label in labels]
    if use_vader:
        names += [f"vader:{key}" for key in VADER_KEYS]
    return names


def lexvader_matrix(texts: list[str], lexicon: Lexicon, use_lexicon: bool, use_vader: bool,
                    scale: float) -> np.ndarray:
    """Lexicon scores and counts per label, then VADER neg/neu/pos/compound, times `scale`."""
    blocks = []
    if use_lexicon:
        blocks.append(lexicon.score_matrix(texts))
    if use_vader:
        blocks.append(polarity_matrix(texts))
    dense = np.hstack(blocks) if len(blocks) > 1 else blocks[0]
    return dense * float(scale)


def display_name(block: str, feature: str) -> str:
    """The name a feature is shown under: ('words', 'the ban') -> 'word:the ban';
    ('lexvader', 'lex:political') -> 'lex:political'; char n-grams are JSON-quoted (they
    start or end with spaces)."""
    if block == "words":
        return f"word:{feature}"
    if block == "chars":
        return f"char:{json.dumps(feature)}"
    return feature


def centre(coef: np.ndarray, intercept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients and intercepts as each feature's pull toward each class.

    Softmax ignores a shift shared by all classes, so a feature's pull toward class k is its
    weight minus its mean weight over classes. A binary model (one row) is first written as
    the equivalent softmax over [-z/2, z/2].
    """
    coef = np.asarray(coef, dtype=np.float64)
    intercept = np.asarray(intercept, dtype=np.float64)
    if coef.shape[0] == 1:
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.r_[-intercept / 2, intercept / 2]
    return coef - coef.mean(axis=0), intercept - intercept.mean()


def check_format(data: object) -> dict:
    """`data` if it is a stance model dict of this format version, else ValueError."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
        raise ValueError("not a stance model JSON (format/format_version mismatch)")
    return data


def parse(raw: str | bytes) -> dict:
    """A model dict from JSON text; anything else (a pickle, an unknown object) is a ValueError."""
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"a model file must be JSON: {exc}") from None
    return check_format(data)


def read(path: str | Path) -> dict:
    """The model dict saved at `path` (see `parse`)."""
    return parse(Path(path).read_bytes())
