"""The runtime stance model: labels quotes from a saved model JSON with numpy and scipy only.

Every labelling path uses this class: `stance analyze` and `classify`, the worker processes,
the dashboard and its explanations. scikit-learn only trains and evaluates (`model.py`,
`evaluate.py`); importing it would cost about a second per run. `Predictor` reproduces the
fitted pipeline's transform (lexicon + VADER block, TF-IDF word or character n-grams) and
the logistic regression's softmax; a test checks its probabilities against the fitted
pipeline's within 1e-12.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from stance.label import modelfile
from stance.label.lexicon import Lexicon
from stance.label.modelfile import preprocess
from stance.label.sentiment import polarity_matrix

# Below this top probability a voice is flagged for review. With three labels a top
# probability of 0.5-0.6 means two labels are nearly tied: the seeds' wrong labels sit there.
NEEDS_REVIEW_THRESHOLD = 0.6
N_TOP_FEATURES = 5


class TfidfBlock:
    """One fitted TF-IDF block (word or char_wb n-grams) rebuilt from the model JSON; its
    transform equals scikit-learn's TfidfVectorizer.transform with the saved settings."""

    def __init__(self, block: str, saved: dict):
        settings = saved["settings"]
        if saved["preprocessor"] != modelfile.PREPROCESSOR:
            raise ValueError(f"unknown TF-IDF preprocessor in model: {saved['preprocessor']!r}")
        self.analyzer = settings["analyzer"]
        if self.analyzer not in ("word", "char_wb"):
            raise ValueError(f"unsupported TF-IDF analyzer in model: {self.analyzer!r}")
        if settings["norm"] not in ("l2", None):
            raise ValueError(f"unsupported TF-IDF norm in model: {settings['norm']!r}")
        self.token_pattern = re.compile(settings["token_pattern"])
        self.ngram_range = tuple(int(n) for n in settings["ngram_range"])
        self.sublinear_tf, self.binary = bool(settings["sublinear_tf"]), bool(settings["binary"])
        self.use_idf, self.norm = bool(settings["use_idf"]), settings["norm"]
        terms = saved["terms"]
        self.vocabulary: dict[str, int] = {term: i for i, term in enumerate(terms)}
        self.idf = np.asarray(saved["idf"], dtype=np.float64)
        if self.idf.shape != (len(terms),):
            raise ValueError(f"model block {block!r}: {len(terms)} terms but {self.idf.size} idf values")
        self.feature_names = [modelfile.display_name(block, term) for term in terms]
        self._analyse = self._words if self.analyzer == "word" else self._chars

    def _words(self, text: str) -> list[str]:
        # As scikit-learn's word analyser: tokens, then n-grams joined by one space.
        tokens = self.token_pattern.findall(preprocess(text))
        low, high = self.ngram_range
        grams = list(tokens) if low == 1 else []
        if low <= 2 <= high:  # the common case, built without slicing
            grams.extend(map(" ".join, zip(tokens, tokens[1:])))
        for n in range(max(low, 3), min(high, len(tokens)) + 1):
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
        return grams

    def _chars(self, text: str) -> list[str]:
        # As scikit-learn's char_wb analyser: n-grams inside each space-padded word; a word
        # shorter than n gives itself once and stops the longer sizes.
        low, high = self.ngram_range
        grams: list[str] = []
        for word in preprocess(text).split():
            padded = f" {word} "
            size = len(padded)
            for n in range(low, high + 1):
                grams.extend(padded[i : i + n] for i in range(max(1, size - n + 1)))
                if size <= n:
                    break
        return grams

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        # Term ids of all texts in one flat list (-1: not in the vocabulary); counting is
        # then done by scipy when it sums the duplicate (row, term) entries.
        lookup, analyse, flat, indptr = self.vocabulary.get, self._analyse, [], [0]
        for text in texts:
            flat.extend(map(lookup, analyse(text), repeat(-1)))
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
        return X


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


class Predictor:
    """A saved stance model ready to label quotes, built from its JSON dict.

    Besides labelling it exposes what the Model page shows: `classes`, `feature_names`,
    `centred_coef` (each feature's pull toward each class), `params` and the stored
    `training` metadata with its cross-validation report (`cv`).
    """

    def __init__(self, data: dict):
        self._data = modelfile.check_format(data)
        self.params: dict = data["params"]
        self.scale = float(self.params.get("scale", 1.0))
        names: list[str] = []
        self.lexicon: Lexicon | None = None
        self.compound_col: int | None = None  # VADER compound, read back for `sentiment`
        dense = data.get(modelfile.DENSE_BLOCK)
        if dense:
            self.lexicon = Lexicon.from_rows(dense["lexicon"])
            self.use_lexicon, self.use_vader = bool(self.params["use_lexicon"]), bool(self.params["use_vader"])
            names = modelfile.dense_feature_names(self.lexicon.labels, self.use_lexicon, self.use_vader)
            if dense["feature_names"] != names:
                raise ValueError("saved lexicon/VADER feature names do not match this code")
            if "vader:compound" in names:
                self.compound_col = names.index("vader:compound")
        self.tfidf = [TfidfBlock(block, data[block]) for block in modelfile.TFIDF_BLOCKS if block in data]
        for block in self.tfidf:
            names += block.feature_names
        self.feature_names = np.asarray(names, dtype=object)
        classifier = data["classifier"]
        self.classes: tuple[str, ...] = tuple(str(c) for c in classifier["classes"])
        self.coef = np.asarray(classifier["coef"], dtype=np.float64)
        self.intercept = np.asarray(classifier["intercept"], dtype=np.float64)
        if self.coef.ndim != 2 or self.coef.shape[1] != len(names):
            raise ValueError(f"classifier weights {self.coef.shape} do not fit {len(names)} features")
        self.centred_coef, self.centred_bias = modelfile.centre(self.coef, self.intercept)
        if self.centred_coef.shape[0] != len(self.classes):
            raise ValueError(f"{len(self.classes)} classes but {self.centred_coef.shape[0]} rows of weights")

    @property
    def training(self) -> dict:
        """What training recorded: row digest and counts, and `cv` (the cross-validation report)."""
        return self._data.get("training", {})

    @property
    def cv(self) -> dict | None:
        """The cross-validation report stored at training time, if the file has one."""
        report = self.training.get("cv")
        return report if isinstance(report, dict) and "macro_f1" in report else None

    def to_dict(self) -> dict:
        """The model JSON this predictor was built from (plain data, e.g. for worker processes)."""
        return self._data

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """Feature rows of `texts`, columns in `feature_names` order."""
        blocks = []
        if self.lexicon is not None:
            dense = modelfile.lexvader_matrix(texts, self.lexicon, self.use_lexicon, self.use_vader, self.scale)
            blocks.append(sp.csr_matrix(dense))
        blocks += [block.transform(texts) for block in self.tfidf]
        return sp.hstack(blocks, format="csr") if len(blocks) > 1 else blocks[0]

    def predict_proba(self, texts) -> np.ndarray:
        """Probabilities (n, classes), columns in `classes` order."""
        return self._proba(self.transform(list(texts)))

    def predict(self, texts) -> list[str]:
        return [self.classes[k] for k in self.predict_proba(texts).argmax(axis=1).tolist()]

    def _proba(self, X: sp.csr_matrix) -> np.ndarray:
        scores = np.asarray(X @ self.coef.T) + self.intercept
        if scores.shape[1] == 1:  # binary logistic regression
            positive = 1.0 / (1.0 + np.exp(-scores[:, 0]))
            return np.column_stack([1.0 - positive, positive])
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        return scores

    def predict_records(self, quotes, threshold: float = NEEDS_REVIEW_THRESHOLD,
                        n_top: int = N_TOP_FEATURES) -> list[dict]:
        """Label, confidence, probabilities, VADER compound, top features and review flag of
        every quote, from one transform and one matrix product for all of them."""
        quotes = list(quotes)
        if not quotes:
            return []
        X = self.transform(quotes)
        proba = self._proba(X)
        pred = proba.argmax(axis=1)
        conf = proba[np.arange(len(quotes)), pred]
        if self.compound_col is not None:  # reuse VADER from the features, undo the scale
            sentiment = np.round(X[:, [self.compound_col]].toarray().ravel() / self.scale, 4)
        else:
            sentiment = polarity_matrix(quotes)[:, 3]
        tops = _top_features(X, pred, self.centred_coef, self.centred_bias, self.feature_names, n_top)
        classes, proba_rows = self.classes, proba.tolist()
        conf_l, sent_l = conf.tolist(), sentiment.tolist()
        return [
            {"stance": classes[k], "confidence": conf_l[i], "probabilities": dict(zip(classes, proba_rows[i])),
             "sentiment": sent_l[i], "top_features": tops[i], "needs_review": conf_l[i] < threshold}
            for i, k in enumerate(pred.tolist())
        ]


def load_predictor(path: str | Path) -> Predictor:
    """The model saved at `path`; ValueError if it is not a stance model JSON."""
    return Predictor(modelfile.read(path))


@lru_cache(maxsize=1)
def load_default_predictor() -> Predictor:
    """The shipped model (stance/label/data/model.json), loaded once per process."""
    from stance.resources import read_text

    return Predictor(modelfile.parse(read_text("stance.label", modelfile.MODEL_FILE)))
