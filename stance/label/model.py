"""The stance classifier: lexicon + VADER + TF-IDF -> logistic regression, saved as JSON.

Retrain the shipped model after editing train.tsv or lexicon.tsv:
    python -m stance.label.model            (writes stance/label/data/model.json)
"""

from __future__ import annotations

import hashlib
import json
import time
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from threadpoolctl import threadpool_limits

from stance.label.features import StanceFeatures
from stance.label.predictor import (  # noqa: F401  (re-exported: the saved JSON names stance.label.model.preprocess)
    N_TOP_FEATURES,
    NEEDS_REVIEW_THRESHOLD,
    PREPROCESSOR,
    display_name,
    preprocess,
    records_from,
)
from stance.label.lexicon import Lexicon, default_lexicon
from stance.records import STANCES

TRAIN_FILE = "train.tsv"
MODEL_FILE = "model.json"
FORMAT = "stance-model"
FORMAT_VERSION = 1
# Chosen by 5-fold CV on train.tsv only, mean over 3 fold seeds (docs/model.md): char
# n-grams did not help (+0.0004), balanced class weights neither (classes are balanced);
# scale 0.05 brings lexicon sums (~2-5) to the size of L2-normalised TF-IDF entries.
DEFAULT_PARAMS: dict = {
    "use_lexicon": True,
    "use_vader": True,
    "use_words": True,
    "use_chars": False,
    "scale": 0.05,
    "C": 30.0,
    "class_weight": None,
    "word_ngram_max": 2,
    "char_ngram_range": (2, 5),
    "min_df": 1,
}
# Plain-data TF-IDF settings saved in the JSON and restored with set_params on load.
_VEC_SETTINGS = ("analyzer", "ngram_range", "sublinear_tf", "min_df", "max_df", "max_features",
                 "token_pattern", "norm", "use_idf", "smooth_idf", "lowercase", "binary")


def one_blas_thread():
    """Context manager limiting BLAS to one thread. Our matrices are small, and on a busy
    machine idle OpenBLAS workers spin: measured 1000x slower dot products, 5 s fits."""
    return threadpool_limits(limits=1, user_api="blas")




def build_pipeline(lexicon: Lexicon | None = None, **params) -> Pipeline:
    """Unfitted pipeline; `params` override DEFAULT_PARAMS (unknown keys are an error)."""
    unknown = set(params) - set(DEFAULT_PARAMS)
    if unknown:
        raise TypeError(f"unknown model parameter(s): {', '.join(sorted(unknown))}")
    p = {**DEFAULT_PARAMS, **params}
    blocks = []
    if p["use_lexicon"] or p["use_vader"]:
        blocks.append(("lexvader", StanceFeatures(lexicon=lexicon, use_lexicon=p["use_lexicon"],
                                                  use_vader=p["use_vader"], scale=p["scale"])))
    if p["use_words"]:
        blocks.append(("words", TfidfVectorizer(
            preprocessor=preprocess, token_pattern=r"(?u)\b\w+(?:'\w+)?\b",
            ngram_range=(1, int(p["word_ngram_max"])), sublinear_tf=True, min_df=p["min_df"])))
    if p["use_chars"]:
        blocks.append(("chars", TfidfVectorizer(
            preprocessor=preprocess, analyzer="char_wb",
            ngram_range=tuple(p["char_ngram_range"]), sublinear_tf=True, min_df=p["min_df"])))
    if not blocks:
        raise ValueError("no feature block enabled")
    clf = LogisticRegression(C=p["C"], class_weight=p["class_weight"], max_iter=5000)
    return Pipeline([("features", FeatureUnion(blocks)), ("clf", clf)])


def rows_sha256(texts, labels) -> str:
    """SHA-256 of the training rows as canonical TSV (header + text<TAB>label lines)."""
    digest = hashlib.sha256(b"text\tlabel\n")
    for text, label in zip(texts, labels):
        digest.update(f"{text}\t{label}\n".encode("utf-8"))
    return digest.hexdigest()


def read_training_tsv(text: str, source: str = TRAIN_FILE) -> tuple[list[str], list[str]]:
    """Rows of a train.tsv text (header `text<TAB>label`); ValueError naming a bad line."""
    texts, labels = [], []
    lines = text.splitlines()
    if not lines or [f.strip().lower() for f in lines[0].split("\t")] != ["text", "label"]:
        raise ValueError(f"{source} line 1: expected header 'text<TAB>label'")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 2 or not fields[0].strip():
            raise ValueError(f"{source} line {lineno}: expected 'text<TAB>label', got {line!r}")
        if fields[1].strip() not in STANCES:
            raise ValueError(f"{source} line {lineno}: unknown label {fields[1]!r}")
        texts.append(fields[0].strip())
        labels.append(fields[1].strip())
    return texts, labels


def load_training_data(paths=None) -> tuple[list[str], list[str]]:
    """(texts, labels) from train.tsv files (default: the package's stance/label/data/train.tsv)."""
    if paths is None:
        from stance.resources import read_text

        return read_training_tsv(read_text("stance.label", TRAIN_FILE))
    texts, labels = [], []
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        t, lab = read_training_tsv(Path(path).read_text(encoding="utf-8"), str(path))
        texts += t
        labels += lab
    return texts, labels


class StanceModel:
    """A fitted pipeline plus its parameters and training metadata."""

    def __init__(self, pipeline: Pipeline, params: dict, meta: dict | None = None):
        self.pipeline = pipeline
        self.params = {**DEFAULT_PARAMS, **params}
        self.meta = dict(meta or {})
        self._clf = pipeline.named_steps["clf"]
        self._union = pipeline.named_steps["features"]
        names = self._union.get_feature_names_out()
        self.feature_names = np.asarray([display_name(n) for n in names], dtype=object)
        coef = np.asarray(self._clf.coef_, dtype=np.float64)
        intercept = np.asarray(self._clf.intercept_, dtype=np.float64)
        if coef.shape[0] == 1:  # binary: softmax over [-z/2, z/2] equals sigmoid(z)
            coef, intercept = np.vstack([-coef / 2, coef / 2]), np.r_[-intercept / 2, intercept / 2]
        # Softmax ignores per-feature shifts shared by all classes, so a feature's pull
        # toward class k is its weight minus the mean weight over classes.
        self._centered = coef - coef.mean(axis=0)
        self._centered_bias = intercept - intercept.mean()
        hits = np.flatnonzero(names == "lexvader__vader:compound")
        self._compound_col = int(hits[0]) if hits.size else None

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(str(c) for c in self._clf.classes_)

    def predict_proba(self, texts) -> np.ndarray:
        with one_blas_thread():
            return self.pipeline.predict_proba(list(texts))

    def predict(self, texts) -> list[str]:
        with one_blas_thread():
            return [str(c) for c in self.pipeline.predict(list(texts))]

    def predict_records(self, quotes, threshold: float = NEEDS_REVIEW_THRESHOLD,
                        n_top: int = N_TOP_FEATURES) -> list[dict]:
        """Labels, probabilities, VADER compound and top features for every quote at once."""
        quotes = list(quotes)
        if not quotes:
            return []
        X = self._union.transform(quotes).tocsr()  # lexicon + VADER + TF-IDF, once
        with one_blas_thread():
            proba = self._clf.predict_proba(X)  # one vectorised call for all quotes
        return records_from(X, proba, self.classes, np.asarray(self._clf.coef_, dtype=np.float64),
                            np.asarray(self._clf.intercept_, dtype=np.float64), self.feature_names,
                            self._compound_col, float(self.params["scale"]), quotes, threshold, n_top)

    # --- JSON persistence (no pickle: plain numbers and strings only) -------------------
    def to_dict(self) -> dict:
        blocks = dict(self._union.transformer_list)
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        out = {"format": FORMAT, "format_version": FORMAT_VERSION,
               "sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
               "training": self.meta.get("training", {}), "params": params}
        if "lexvader" in blocks:
            sf = blocks["lexvader"]
            out["lexvader"] = {"lexicon": sf.lexicon_.to_rows(), "lexicon_sha256": sf.lexicon_.sha256(),
                               "feature_names": sf.feature_names_out_.tolist()}
        for name in ("words", "chars"):
            if name in blocks:
                vec = blocks[name]
                settings = {k: vec.get_params()[k] for k in _VEC_SETTINGS}
                settings["ngram_range"] = list(settings["ngram_range"])
                terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
                out[name] = {"settings": settings, "preprocessor": PREPROCESSOR,
                             "terms": terms, "idf": vec.idf_.tolist()}
        out["classifier"] = {"classes": self.classes, "coef": self._clf.coef_.tolist(),
                             "intercept": self._clf.intercept_.tolist(),
                             "n_iter": np.asarray(self._clf.n_iter_).tolist()}
        return out

    def to_json(self, path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict) -> "StanceModel":
        """Rebuild fresh estimators and set their fitted attributes from `data`."""
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ValueError("not a stance model JSON (format/format_version mismatch)")
        if data.get("sklearn_version", "").split(".")[:2] != sklearn.__version__.split(".")[:2]:
            warnings.warn(f"model saved with scikit-learn {data.get('sklearn_version')}, "
                          f"running {sklearn.__version__}", stacklevel=2)
        params = {k: tuple(v) if isinstance(v, list) else v for k, v in data["params"].items()}
        lexicon = Lexicon.from_rows(data["lexvader"]["lexicon"]) if "lexvader" in data else None
        pipe = build_pipeline(lexicon=lexicon, **params)
        blocks = dict(pipe.named_steps["features"].transformer_list)
        if "lexvader" in blocks:
            sf = blocks["lexvader"]
            sf.lexicon_, sf.n_features_in_ = lexicon, 1
            sf.feature_names_out_ = np.asarray(sf._names(lexicon), dtype=object)
            if sf.feature_names_out_.tolist() != data["lexvader"]["feature_names"]:
                raise ValueError("saved lexicon/VADER feature names do not match this code")
        for name in ("words", "chars"):
            if name in blocks:
                saved, vec = data[name], blocks[name]
                if saved["preprocessor"] != PREPROCESSOR:
                    raise ValueError(f"unknown preprocessor {saved['preprocessor']!r}")
                settings = dict(saved["settings"], ngram_range=tuple(saved["settings"]["ngram_range"]))
                vec.set_params(**settings)
                vec.vocabulary_ = {term: i for i, term in enumerate(saved["terms"])}
                vec.fixed_vocabulary_ = False
                vec.idf_ = np.asarray(saved["idf"], dtype=np.float64)
        clf, saved = pipe.named_steps["clf"], data["classifier"]
        clf.classes_ = np.asarray(saved["classes"])
        clf.coef_ = np.asarray(saved["coef"], dtype=np.float64)
        clf.intercept_ = np.asarray(saved["intercept"], dtype=np.float64)
        clf.n_features_in_ = clf.coef_.shape[1]
        clf.n_iter_ = np.asarray(saved["n_iter"], dtype=np.int32)
        return cls(pipe, params, {"training": data.get("training", {})})

    @classmethod
    def from_json(cls, path) -> "StanceModel":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def train(texts, labels, lexicon: Lexicon | None = None, **params) -> StanceModel:
    """Fit the pipeline on (texts, labels); the model records a digest of the rows."""
    texts, labels = list(texts), list(labels)
    pipe = build_pipeline(lexicon=lexicon, **params)
    start = time.perf_counter()
    with one_blas_thread():
        pipe.fit(texts, labels)
    seconds = time.perf_counter() - start
    counts = {label: labels.count(label) for label in sorted(set(labels))}
    meta = {"training": {"sha256": rows_sha256(texts, labels), "n_rows": len(texts),
                         "label_counts": counts}, "fit_seconds": seconds}
    return StanceModel(pipe, params, meta)


@lru_cache(maxsize=1)
def load_default_model() -> StanceModel:
    """The shipped model (stance/label/data/model.json), loaded once per process."""
    from stance.resources import read_text

    return StanceModel.from_dict(json.loads(read_text("stance.label", MODEL_FILE)))


def main() -> None:
    """Retrain on the package's train.tsv and lexicon, store its CV scores alongside (the
    dashboard shows them without refitting), write stance/label/data/model.json."""
    from dataclasses import asdict

    from stance.label.evaluate import cross_validate

    texts, labels = load_training_data()
    model = train(texts, labels, lexicon=default_lexicon())
    report = cross_validate(texts, labels, lexicon=default_lexicon(), fit_full=False, **model.params)
    model.meta["training"]["cv"] = asdict(report)
    path = Path(__file__).parent / "data" / MODEL_FILE
    model.to_json(path)
    print(f"trained on {len(texts)} rows in {model.meta['fit_seconds']:.2f} s, "
          f"CV macro-F1 {report.macro_f1:.3f} -> {path}")


if __name__ == "__main__":
    main()
