"""The runtime stance model: labels quotes from a saved model JSON with numpy alone.

Every labelling path uses this class: `stance analyze` and `classify`, the worker processes,
the dashboard and its explanations. scikit-learn only trains and evaluates (`model.py`,
`evaluate.py`); importing it would cost about a second per run. `Predictor` reproduces the
fitted pipeline's transform (lexicon + VADER block, TF-IDF word or character n-grams) and
the logistic regression's softmax; a test checks its probabilities against the fitted
pipeline's within 1e-12.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property, lru_cache
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from stance.label import modelfile
from stance.label.lexicon import Lexicon, Match
from stance.label.modelfile import preprocess
from stance.records import STANCES
from stance.label.sentiment import polarity_matrix
from stance.label.rows import FeatureRows, from_dense, hstack
from stance.label.rows import counts as rows_of_counts
from stance.label.wordcounts import MAX_NGRAM, WordCounter

if TYPE_CHECKING:  # scipy.sparse costs a run 0.45 billion instructions to import: only `transform` needs it
    import scipy.sparse as sp

N_TOP_FEATURES = 5
# Larger weights, idf values or scales overflow the softmax or the L2 norm into NaN; a
# trained model stays far below.
MAX_VALUE = 1e6


def _finite(values, what: str) -> np.ndarray:
    """`values` as a float array; ValueError naming `what` if any is NaN or infinite."""
    try:
        array = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"model file: {what} must be numbers") from None
    if not np.isfinite(array).all():
        raise ValueError(f"model file: {what} has NaN or infinite values")
    return array


def _bounded(values, what: str) -> np.ndarray:
    """`values` as finite floats of at most MAX_VALUE in size, else ValueError naming `what`."""
    array = _finite(values, what)
    if array.size and np.abs(array).max() > MAX_VALUE:
        raise ValueError(f"model file: {what} are implausibly large (over {MAX_VALUE:g})")
    return array


class TfidfBlock:
    """One fitted TF-IDF block (word or char_wb n-grams) rebuilt from the model JSON; its
    transform equals scikit-learn's TfidfVectorizer.transform with the saved settings."""

    def __init__(self, block: str, saved: dict):
        settings = saved["settings"]
        if saved["preprocessor"] != modelfile.PREPROCESSOR:
            raise ValueError(f"unknown TF-IDF preprocessor in model: {saved['preprocessor']!r}")
        self.analyzer = settings["analyzer"]
        if self.analyzer not in (modelfile.WORD_ANALYZER, "char_wb"):
            raise ValueError(f"unsupported TF-IDF analyzer in model: {self.analyzer!r}")
        if settings["norm"] not in ("l2", None):
            raise ValueError(f"unsupported TF-IDF norm in model: {settings['norm']!r}")
        self.ngram_range = tuple(int(n) for n in settings["ngram_range"])
        if len(self.ngram_range) != 2 or not 1 <= self.ngram_range[0] <= self.ngram_range[1] <= 6:
            raise ValueError(f"model block {block!r}: bad ngram_range {settings['ngram_range']!r}")
        self.sublinear_tf, self.binary = bool(settings["sublinear_tf"]), bool(settings["binary"])
        self.use_idf, self.norm = bool(settings["use_idf"]), settings["norm"]
        terms = saved["terms"]
        self.vocabulary: dict[str, int] = dict(zip(terms, range(len(terms))))
        # Checked by C-level maps: the shipped vocabulary has 45,000 terms, read by every run.
        if not all(map(str.__instancecheck__, terms)) or len(self.vocabulary) != len(terms):
            raise ValueError(f"model block {block!r}: terms must be distinct strings")
        self.idf = _bounded(saved["idf"], f"{block} idf")
        if self.idf.shape != (len(terms),):
            raise ValueError(f"model block {block!r}: {len(terms)} terms but {self.idf.size} idf values")
        self.block, self.terms = block, terms
        self._analyse = self._words if self.analyzer == modelfile.WORD_ANALYZER else self._chars
        self._word_counter = (WordCounter(self.vocabulary) if self.analyzer == modelfile.WORD_ANALYZER
                              and self.ngram_range[1] <= MAX_NGRAM else None)

    @cached_property
    def feature_names(self) -> list[str]:
        """Each term's display name (built when asked for: labelling names only the top features)."""
        return modelfile.display_names(self.block, self.terms)

    @cached_property
    def term_array(self) -> np.ndarray:
        """The terms as an array, to pick out the terms of many columns at once."""
        return np.asarray(self.terms, dtype=object)

    def _words(self, text: str) -> list[str]:
        return modelfile.word_ngrams(text, self.ngram_range[1])

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

    def _rows_and_columns(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, term id) of every term occurrence in `texts`."""
        if self._word_counter is not None:
            return self._word_counter.rows_and_columns(texts)
        # Term ids of all texts in one flat list (-1: not in the vocabulary).
        lookup, analyse, flat, indptr = self.vocabulary.get, self._analyse, [], [0]
        for text in texts:
            flat.extend(map(lookup, analyse(text), repeat(-1)))
            indptr.append(len(flat))
        ids = np.asarray(flat, dtype=np.int64)
        rows = np.repeat(np.arange(len(texts)), np.diff(indptr))
        keep = ids >= 0
        return rows[keep], ids[keep]

    def transform(self, texts: list[str]) -> FeatureRows:
        """TF-IDF rows of `texts`, as scikit-learn's transform computes them (counts, then tf
        weighting, idf, L2 norm), with the same arithmetic in the same order."""
        rows, ids = self._rows_and_columns(texts)
        X = rows_of_counts(rows, ids, (len(texts), len(self.vocabulary)))
        if self.binary:
            X.data.fill(1)
        if self.sublinear_tf:
            np.log(X.data, X.data)
            X.data += 1
        if self.use_idf:
            X.data *= self.idf[X.indices]
        if self.norm == "l2":
            norms = np.sqrt(X.row_sums(X.data * X.data))
            norms[norms == 0] = 1.0
            X.data /= np.repeat(norms, np.diff(X.indptr))
        return X


def _top_features(X: FeatureRows, pred: np.ndarray, centered: np.ndarray, names: Callable[[np.ndarray], list[str]],
                  n_top: int, skip: np.ndarray) -> list[list[tuple[str, float]]]:
    """Per row, up to n_top (name, contribution) pairs with the largest positive value x
    centred weight toward the predicted class, columns in `skip` left out; vectorised over
    the non-zeros of the CSR matrix."""
    n = X.shape[0]
    rows = X.entry_rows()
    contrib = X.data * centered[pred[rows], X.indices]
    keep = (contrib > 0) & ~skip[X.indices]
    rows, cols, contrib = rows[keep], X.indices[keep], contrib[keep]
    order = np.lexsort((-contrib, rows))
    rows, cols, contrib = rows[order], cols[order], contrib[order]
    # Each entry's place in its row: its index less the index where its row's entries start.
    starts = np.flatnonzero(np.diff(rows, prepend=-1))
    rank = np.arange(rows.size) - np.repeat(starts, np.diff(np.append(starts, rows.size)))
    sel = rank < n_top
    rows, cols, contrib = rows[sel], cols[sel], contrib[sel]
    pairs = list(zip(names(cols), contrib.tolist()))
    bounds = np.searchsorted(rows, np.arange(n + 1)).tolist()
    return [pairs[bounds[i]:bounds[i + 1]] for i in range(n)]


def _format(pairs: list[tuple[str, float]]) -> tuple[str, ...]:
    return tuple(f"{name} {value:+.2f}" for name, value in pairs)


class Predictor:
    """A saved stance model ready to label quotes, built from its JSON dict.

    Besides labelling it exposes what the Model page shows: `classes`, `feature_names`,
    `centred_coef` (each feature's pull toward each class), `params` and the stored
    `training` metadata with its cross-validation report (`cv`).
    """

    def __init__(self, data: dict):
        # A malformed file must give one readable line, never a traceback from deep inside.
        try:
            self._load(modelfile.check_format(data))
        except KeyError as exc:
            raise ValueError(f"model file: missing key {exc}") from None
        except (TypeError, IndexError, AttributeError) as exc:
            raise ValueError(f"model file: malformed ({type(exc).__name__}: {' '.join(str(exc).split())})") from None

    def _load(self, data: dict) -> None:
        self._data = data
        self.params: dict = data["params"]
        if not isinstance(self.params, dict) or not isinstance(data.get("training", {}), dict):
            raise ValueError("model file: params and training must be JSON objects")
        self.scale = float(_finite(self.params.get("scale", 1.0), "params scale"))
        if not 0 < self.scale <= MAX_VALUE:
            raise ValueError(f"model file: scale {self.scale} must be above 0 and at most {MAX_VALUE:g}")
        # Files written before the VADER weight existed weighted VADER like the lexicon.
        self.vader_weight = float(_finite(self.params.get("vader_weight", 1.0), "params vader_weight"))
        if not 0 < self.vader_weight <= MAX_VALUE:
            raise ValueError(f"model file: vader_weight {self.vader_weight} must be above 0 and at most {MAX_VALUE:g}")
        dense_names: list[str] = []
        self.lexicon: Lexicon | None = None
        self.compound_col: int | None = None  # VADER compound, read back for `sentiment`
        dense = data.get(modelfile.DENSE_BLOCK)
        if dense:
            self.lexicon = Lexicon.from_rows(dense["lexicon"])
            _bounded([entry.weight for entry in self.lexicon.entries], "lexicon weights")
            self.use_lexicon, self.use_vader = bool(self.params["use_lexicon"]), bool(self.params["use_vader"])
            dense_names = modelfile.dense_feature_names(self.lexicon.labels, self.use_lexicon, self.use_vader)
            if dense["feature_names"] != dense_names:
                raise ValueError("saved lexicon/VADER feature names do not match this code")
            if "vader:compound" in dense_names:
                self.compound_col = dense_names.index("vader:compound")
        self.tfidf = [TfidfBlock(block, data[block]) for block in modelfile.TFIDF_BLOCKS if block in data]
        self._dense_names = dense_names
        # Where each TF-IDF block's columns start, after the dense block and the blocks before it.
        self._block_starts = np.cumsum([len(dense_names)] + [len(block.terms) for block in self.tfidf]).tolist()
        n_features = self._block_starts[-1]
        classifier = data["classifier"]
        self.classes: tuple[str, ...] = tuple(str(c) for c in classifier["classes"])
        unknown = set(self.classes) - set(STANCES)
        if unknown or len(set(self.classes)) != len(self.classes):
            raise ValueError(f"model file: classes {sorted(self.classes)} are not distinct labels of {list(STANCES)}")
        self.coef = _finite(classifier["coef"], "classifier coef")
        self.intercept = _finite(classifier["intercept"], "classifier intercept")
        if self.coef.ndim != 2 or self.coef.shape[1] != n_features:
            raise ValueError(f"classifier weights {self.coef.shape} do not fit {n_features} features")
        if self.intercept.shape != (self.coef.shape[0],):
            raise ValueError(f"classifier intercept {self.intercept.shape} does not fit weights {self.coef.shape}")
        _bounded(self.coef, "classifier coef")
        _bounded(self.intercept, "classifier intercept")
        self.temperature = float(_finite(classifier["temperature"], "temperature"))
        if not 0.05 <= self.temperature <= 20:
            raise ValueError(f"model file: temperature {self.temperature} is outside 0.05-20")
        self.needs_review_below = float(_finite(classifier["needs_review_below"], "needs_review_below"))
        if not 0 <= self.needs_review_below <= 1:
            raise ValueError("model file: needs_review_below must be between 0 and 1")
        self.centred_coef, self.centred_bias = modelfile.centre(self.coef, self.intercept)
        # Lexicon score and count columns, explained per matched term rather than per column. They
        # are in the dense block, which comes first: its names alone are looked through.
        index = {name: i for i, name in enumerate(dense_names)}
        labels = self.lexicon.labels if self.lexicon is not None and self.use_lexicon else ()
        self._lex_col = {label: index[f"lex:{label}"] for label in labels}
        self._count_col = {label: index[f"lexcount:{label}"] for label in labels}
        self._lexicon_cols = np.zeros(n_features, dtype=bool)
        self._lexicon_cols[list(self._lex_col.values()) + list(self._count_col.values())] = True
        if self.centred_coef.shape[0] != len(self.classes):
            raise ValueError(f"{len(self.classes)} classes but {self.centred_coef.shape[0]} rows of weights")
        # Per class, each label's (score, count) column weights as Python floats: explaining a
        # match reads them without numpy's per-element indexing, with the same products.
        score_pulls = self.centred_coef[:, list(self._lex_col.values())].tolist()
        count_pulls = self.centred_coef[:, list(self._count_col.values())].tolist()
        self._lexicon_pulls = [dict(zip(labels, zip(scores, counts))) for scores, counts in zip(score_pulls, count_pulls)]

    @cached_property
    def feature_names(self) -> np.ndarray:
        """Every column's display name, in column order (built when first asked for)."""
        return np.asarray(self._dense_names + [name for block in self.tfidf for name in block.feature_names],
                          dtype=object)

    def _column_names(self, columns: np.ndarray) -> list[str]:
        """The display names of `columns`: labelling names a few top features per quote, so the
        45,000 names of the shipped model are not built unless asked for (`feature_names`)."""
        if "feature_names" in self.__dict__:
            return self.feature_names[columns].tolist()
        names = np.empty(columns.size, dtype=object)
        starts = self._block_starts
        dense = columns < starts[0]
        names[dense] = [self._dense_names[column] for column in columns[dense].tolist()]
        for block, start, end in zip(self.tfidf, starts, starts[1:]):
            inside = (columns >= start) & (columns < end)
            names[inside] = modelfile.display_names(block.block, block.term_array[columns[inside] - start].tolist())
        return names.tolist()

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
        return modelfile.plain(self._data)

    def transform(self, texts: list[str]) -> "sp.csr_matrix":
        """Feature rows of `texts`, columns in `feature_names` order."""
        return self._transform(texts)[0].tocsr()

    def _transform(self, texts: list[str]) -> tuple[FeatureRows, list[list[Match]] | None, np.ndarray | None]:
        """Feature rows, each text's lexicon matches (None without a lexicon block), and the
        dense lexicon and VADER block (None without one)."""
        blocks, matches, dense = [], None, None
        if self.lexicon is not None:
            dense, matches = modelfile.lexvader_matrix(texts, self.lexicon, self.use_lexicon, self.use_vader,
                                                       self.scale, with_matches=True,
                                                       vader_weight=self.vader_weight)
            blocks.append(from_dense(dense))
        blocks += [block.transform(texts) for block in self.tfidf]
        return hstack(blocks), matches, dense

    def cue_contributions(self, matches: list[Match], k: int) -> dict[str, float]:
        """Each matched lexicon term's share of the lexicon columns' pull toward class k, by
        name (`cue:won't last`, `cue:not fad` when negated). The `lex:<label>` column sums
        match values and `lexcount:<label>` counts un-negated matches, so the shares add up
        exactly to those columns' contribution."""
        pairs: dict[str, float] = {}
        pulls = self._lexicon_pulls[k]
        for match in matches:
            score_pull, count_pull = pulls[match.label]
            value = score_pull * match.value
            if not match.negated:
                value += count_pull
            name = f"cue:{'not ' if match.negated else ''}{match.term}"
            pairs[name] = pairs.get(name, 0.0) + value * self.scale
        return pairs

    def predict_proba(self, texts) -> np.ndarray:
        """Probabilities (n, classes), columns in `classes` order."""
        return self._proba(self._transform(list(texts))[0])

    def predict(self, texts) -> list[str]:
        return [self.classes[k] for k in self.predict_proba(texts).argmax(axis=1).tolist()]

    def _proba(self, X: FeatureRows) -> np.ndarray:
        return modelfile.softmax((X.times_transposed(self.coef) + self.intercept) / self.temperature)

    def predict_records(self, quotes, threshold: float | None = None, n_top: int = N_TOP_FEATURES) -> list[dict]:
        """Label, confidence, probabilities, VADER compound, top features and review flag of
        every quote, from one transform and one matrix product for all of them."""
        quotes = list(quotes)
        if not quotes:
            return []
        threshold = self.needs_review_below if threshold is None else threshold
        X, matches, dense = self._transform(quotes)
        proba = self._proba(X)
        pred = proba.argmax(axis=1)
        conf = proba[np.arange(len(quotes)), pred]
        if self.compound_col is not None:  # reuse VADER from the features, undo the scale
            # + 0.0: a dense column keeps VADER's -0.0, which a sparse matrix had dropped; records show 0.0
            sentiment = np.round(dense[:, self.compound_col] / (self.scale * self.vader_weight), 4) + 0.0
        else:
            sentiment = polarity_matrix(quotes)[:, 3]
        tops = _top_features(X, pred, self.centred_coef, self._column_names, n_top, self._lexicon_cols)
        if matches is not None and self.use_lexicon:  # lexicon columns explained by their terms
            tops = [sorted(top + [pair for pair in self.cue_contributions(found, k).items() if pair[1] > 0],
                           key=lambda pair: -pair[1])[:n_top] if found else top
                    for top, found, k in zip(tops, matches, pred.tolist())]
        # Nothing pulls toward the winner: only the class prior (bias) decided.
        tops = [_format(top) or (f"bias {self.centred_bias[k]:+.2f}",) for top, k in zip(tops, pred.tolist())]
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
    """The shipped model (stance/label/data/model.json, its numbers read from the arrays file beside
    it: see modelfile.read_arrays), loaded once per process."""
    from stance.resources import data_path

    return Predictor(modelfile.read_pair(data_path("stance.label", modelfile.MODEL_FILE),
                                         data_path("stance.label", modelfile.arrays_name(modelfile.MODEL_FILE))))
