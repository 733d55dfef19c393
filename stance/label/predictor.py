"""Predict from a saved model with numpy and scipy.sparse only.

Importing scikit-learn costs about a second (it pulls in scipy.stats), paid by every
`stance analyze` and `stance classify`. Prediction needs none of it: this module
reproduces the fitted pipeline's transform (lexicon + VADER block, TF-IDF words) and
the logistic regression's softmax from the model JSON. `StanceModel` (model.py) keeps
training and evaluation; a test checks both give the same probabilities.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import repeat

import numpy as np
import scipy.sparse as sp

from stance.label.lexicon import Lexicon, normalize
from stance.label.sentiment import polarity_matrix

FORMAT = "stance-model"
FORMAT_VERSION = 1
PREPROCESSOR = "stance.model.preprocess"  # the name recorded in the JSON for `preprocess`
# Below this top probability a voice is flagged for review. With three labels a top
# probability of 0.5-0.6 means two labels are nearly tied: the seeds' wrong labels sit there.
NEEDS_REVIEW_THRESHOLD = 0.6
N_TOP_FEATURES = 5


def preprocess(text: str) -> str:
    """TF-IDF preprocessor: curly apostrophes -> ', lower case (keeps "don't" one token)."""
    return normalize(text).lower()


def lexvader_matrix(texts: list[str], lexicon: Lexicon, use_lexicon: bool, use_vader: bool, scale: float) -> np.ndarray:
    """Lexicon scores and counts per label, then VADER neg/neu/pos/compound, times `scale`."""
    blocks = []
    if use_lexicon:
        blocks.append(lexicon.score_matrix(texts))
    if use_vader:
        blocks.append(polarity_matrix(texts))
    dense = np.hstack(blocks) if len(blocks) > 1 else blocks[0]
    return dense * float(scale)


def display_name(name: str) -> str:
    """'words__the ban' -> 'word:the ban'; 'lexvader__lex:political' -> 'lex:political'."""
    block, _, feature = name.partition("__")
    if block == "words":
        return f"word:{feature}"
    if block == "chars":
        return f"char:{json.dumps(feature)}"
    return feature


def _top_features(X: sp.csr_matrix, pred: np.ndarray, centered: np.ndarray, centered_bias: np.ndarray,
                  names: np.ndarray, n_top: int) -> list[tuple[str, ...]]:
    """Per row, the n_top features with the largest positive value x centred weight
    toward the predicted class; vectorised over the non-zeros of the CSR matrix."""
    n = X.shape[0]
    rows = np.repeat(np.arange(n), np.diff(X.indptr))
    contrib = X.data * centered[pred[rows], X.indices]
    keep = contrib > 0
    rows, cols, contrib = rows[keep], X.indices[keep], contrib[keep]
    order = np.lexsort((-contrib, rows))
    rows, cols, contrib = rows[order], cols[order], contrib[order]
    rank = np.arange(rows.size) - np.searchsorted(rows, rows, side="left")
    sel = rank < n_top
    rows, cols, contrib = rows[sel], cols[sel], contrib[sel]
    texts = [f"{name} {value:+.2f}" for name, value in zip(names[cols], contrib.tolist())]
    bounds = np.searchsorted(rows, np.arange(n + 1))
    out = []
    for i in range(n):
        feats = tuple(texts[bounds[i] : bounds[i + 1]])
        # Nothing pulls toward the winner: only the class prior (bias) decided.
        out.append(feats or (f"bias {centered_bias[pred[i]]:+.2f}",))
    return out


def records_from(X: sp.csr_matrix, proba: np.ndarray, classes: tuple[str, ...], coef: np.ndarray,
                 intercept: np.ndarray, names: np.ndarray, compound_col: int | None, scale: float,
                 quotes: list[str], threshold: float, n_top: int) -> list[dict]:
    """The labelled fields of every quote, from its feature row and probabilities."""
    if coef.shape[0] == 1:  # binary: softmax over [-z/2, z/2] equals sigmoid(z)
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.r_[-intercept / 2, intercept / 2]
    # Softmax ignores shifts shared by all classes: a feature's pull toward class k is
    # its weight minus the mean weight over classes.
    centered = coef - coef.mean(axis=0)
    centered_bias = intercept - intercept.mean()
    pred = proba.argmax(axis=1)
    conf = proba[np.arange(len(quotes)), pred]
    if compound_col is not None:  # reuse VADER from the features, undo the scale
        sentiment = np.round(X[:, [compound_col]].toarray().ravel() / float(scale), 4)
    else:
        sentiment = polarity_matrix(quotes)[:, 3]
    tops = _top_features(X, pred, centered, centered_bias, names, n_top)
    proba_rows = proba.tolist()
    conf_l, sent_l = conf.tolist(), sentiment.tolist()
    return [
        {"stance": classes[k], "confidence": conf_l[i], "probabilities": dict(zip(classes, proba_rows[i])),
         "sentiment": sent_l[i], "top_features": tops[i], "needs_review": conf_l[i] < threshold}
        for i, k in enumerate(pred.tolist())
    ]


class Predictor:
    """A saved model ready to label quotes, built from its JSON dict without scikit-learn."""

    def __init__(self, data: dict):
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ValueError("not a stance model JSON (format/format_version mismatch)")
        if "chars" in data:
            raise NotImplementedError("character n-gram models need scikit-learn: use StanceModel")
        self._data = data
        self.params = data["params"]
        lexvader = data.get("lexvader")
        self.lexicon = Lexicon.from_rows(lexvader["lexicon"]) if lexvader else None
        self.scale = float(self.params.get("scale", 1.0))
        names = [display_name(f"lexvader__{n}") for n in lexvader["feature_names"]] if lexvader else []
        words = data.get("words")
        self.vocabulary: dict[str, int] = {}
        if words:
            settings = words["settings"]
            if words["preprocessor"] != PREPROCESSOR or settings["analyzer"] != "word":
                raise ValueError(f"unsupported TF-IDF settings in model: {settings['analyzer']}, {words['preprocessor']}")
            self.token_pattern = re.compile(settings["token_pattern"])
            self.ngram_range = tuple(settings["ngram_range"])
            self.sublinear_tf, self.binary = settings["sublinear_tf"], settings["binary"]
            self.use_idf, self.norm = settings["use_idf"], settings["norm"]
            self.vocabulary = {term: i for i, term in enumerate(words["terms"])}
            self.idf = np.asarray(words["idf"], dtype=np.float64)
            names += [f"word:{t}" for t in words["terms"]]
        self.n_dense = len(lexvader["feature_names"]) if lexvader else 0
        self.names = np.asarray(names, dtype=object)
        classifier = data["classifier"]
        self.classes = tuple(classifier["classes"])
        self.coef = np.asarray(classifier["coef"], dtype=np.float64)
        self.intercept = np.asarray(classifier["intercept"], dtype=np.float64)
        self.meta = {"training": data.get("training", {})}
        hits = [i for i, n in enumerate(lexvader["feature_names"] if lexvader else []) if n == "vader:compound"]
        self.compound_col = hits[0] if hits else None

    def to_dict(self) -> dict:
        """The model JSON this predictor was built from (plain data, e.g. for worker processes)."""
        return self._data

    def _ngrams(self, text: str) -> list[str]:
        # As scikit-learn's word analyser: tokens, then n-grams joined by one space.
        tokens = self.token_pattern.findall(preprocess(text))
        low, high = self.ngram_range
        grams = list(tokens) if low == 1 else []
        if low <= 2 <= high:  # the common case, built without slicing
            grams.extend(map(" ".join, zip(tokens, tokens[1:])))
        for n in range(max(low, 3), min(high, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    def _tfidf(self, texts: list[str]) -> sp.csr_matrix:
        # Term ids of all texts in one flat list (-1: not in the vocabulary); counting is
        # then done by scipy when it sums the duplicate (row, term) entries.
        lookup, flat, indptr = self.vocabulary.get, [], [0]
        for text in texts:
            flat.extend(map(lookup, self._ngrams(text), repeat(-1)))
            indptr.append(len(flat))
        ids = np.asarray(flat, dtype=np.int64)
        rows = np.repeat(np.arange(len(texts)), np.diff(indptr))
        keep = ids >= 0
        X = sp.csr_matrix((np.ones(int(keep.sum())), (rows[keep], ids[keep])),
                          shape=(len(texts), len(self.vocabulary)))
        X.sum_duplicates()
        X.sort_indices()
        if self.binary:
            X.data.fill(1)
        if self.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1
        if self.use_idf:
            X.data *= self.idf[X.indices]
        if self.norm == "l2":
            norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
            norms[norms == 0] = 1.0
            X.data /= np.repeat(norms, np.diff(X.indptr))
        elif self.norm:
            raise ValueError(f"unsupported TF-IDF norm {self.norm!r}")
        return X

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        blocks = []
        if self.lexicon is not None:
            dense = lexvader_matrix(texts, self.lexicon, self.params["use_lexicon"], self.params["use_vader"], self.scale)
            blocks.append(sp.csr_matrix(dense))
        if self.vocabulary:
            blocks.append(self._tfidf(texts))
        return sp.hstack(blocks, format="csr") if len(blocks) > 1 else blocks[0]

    def predict_proba(self, texts) -> np.ndarray:
        return self._proba(self.transform(list(texts)))

    def _proba(self, X: sp.csr_matrix) -> np.ndarray:
        scores = np.asarray(X @ self.coef.T) + self.intercept
        if scores.shape[1] == 1:  # binary logistic regression
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict_records(self, quotes, threshold: float = NEEDS_REVIEW_THRESHOLD, n_top: int = N_TOP_FEATURES) -> list[dict]:
        """Labels, probabilities, VADER compound and top features for every quote at once."""
        quotes = list(quotes)
        if not quotes:
            return []
        X = self.transform(quotes)
        return records_from(X, self._proba(X), self.classes, self.coef, self.intercept, self.names,
                            self.compound_col, self.scale, quotes, threshold, n_top)


def load_predictor(path) -> Predictor:
    from pathlib import Path

    return Predictor(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def load_default_predictor() -> Predictor:
    """The shipped model (stance/label/data/model.json), ready to predict."""
    from stance.resources import read_text

    return Predictor(json.loads(read_text("stance.label", "model.json")))
