"""Training the stance classifier: lexicon + VADER + TF-IDF -> logistic regression, saved as JSON.

scikit-learn fits here; the saved JSON (format in modelfile.py) is what labels, through
`predictor.Predictor`. Retrain the shipped model after editing train.tsv or lexicon.tsv with
    stance train -o stance/label/data/model.json
which also stores the cross-validation report in the file.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from threadpoolctl import threadpool_limits

from stance.label import modelfile
from stance.label.features import StanceFeatures
from stance.label.lexicon import Lexicon
from stance.label.predictor import Predictor
from stance.records import STANCES

TRAIN_FILE = "train.tsv"
# Chosen by 5-fold CV on train.tsv only (docs/model.md): C = 10, 30 and 100 scored within 0.002
# macro-F1 of each other on the 4,480-row corpus, so the most regularised of the three, whose
# probabilities lean least on any one word; when the corpus grew to 8,650 rows C was scaled by
# 4,480 / 8,650 to keep the penalty per row the same (C 5: the loss sums over rows, the penalty
# does not). Trigrams did not help; scale 0.05 (0.1, 0.2 scored lower) brings lexicon sums (~2-5)
# to the size of L2-normalised TF-IDF entries. VADER weighs twice that (`vader_weight` 2): on
# real news tone told praise from doubt better where no lexicon term matched.
DEFAULT_PARAMS: dict = {
    "use_lexicon": True,
    "use_vader": True,
    "use_words": True,
    "use_chars": False,
    "scale": 0.05,
    "vader_weight": 2.0,
    "C": 5.0,
    "class_weight": None,
    "word_ngram_max": 2,
    "char_ngram_range": (2, 5),
    "min_df": 1,
}


class WordNgrams:
    """The TF-IDF word analyser: `modelfile.word_ngrams` (saved by name, never as code)."""

    def __init__(self, ngram_max: int = 2):
        self.ngram_max = int(ngram_max)

    def __call__(self, text: str) -> list[str]:
        return modelfile.word_ngrams(text, self.ngram_max)

    # A grid search over `features__words__analyzer` lists these in its results.
    def __repr__(self) -> str:
        return f"WordNgrams({self.ngram_max})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WordNgrams) and other.ngram_max == self.ngram_max

    def __hash__(self) -> int:
        return hash(("WordNgrams", self.ngram_max))


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
        blocks.append((modelfile.DENSE_BLOCK, StanceFeatures(lexicon=lexicon, use_lexicon=p["use_lexicon"],
                                                            use_vader=p["use_vader"], scale=p["scale"],
                                                            vader_weight=p["vader_weight"])))
    if p["use_words"]:
        blocks.append(("words", TfidfVectorizer(
            analyzer=WordNgrams(p["word_ngram_max"]), sublinear_tf=True, min_df=p["min_df"])))
    if p["use_chars"]:
        blocks.append(("chars", TfidfVectorizer(
            preprocessor=modelfile.preprocess, analyzer="char_wb",
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


@dataclass
class TrainingRows:
    """Training sentences, their labels and the news story each was written for."""

    texts: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)

    def __iter__(self):  # `texts, labels = load_training_data()` keeps working
        return iter((self.texts, self.labels))

    def extend(self, other: "TrainingRows") -> None:
        self.texts += other.texts
        self.labels += other.labels
        self.stories += other.stories


def read_training_tsv(text: str, source: str = TRAIN_FILE) -> TrainingRows:
    """Rows of a train.tsv text (header `text<TAB>label`, optionally `<TAB>story`); ValueError
    naming a bad line. A byte-order mark before the header is accepted."""
    rows = TrainingRows()
    lines = text.lstrip("\ufeff").splitlines()
    header = [f.strip().lower() for f in lines[0].split("\t")] if lines else []
    if header not in (["text", "label"], ["text", "label", "story"]):
        raise ValueError(f"{source} line 1: expected header 'text<TAB>label' or 'text<TAB>label<TAB>story'")
    for lineno, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != len(header) or not fields[0].strip():
            raise ValueError(f"{source} line {lineno}: expected {len(header)} tab-separated fields, got {line!r}")
        if fields[1].strip() not in STANCES:
            raise ValueError(f"{source} line {lineno}: unknown label {fields[1]!r}; expected one of {', '.join(STANCES)}")
        rows.texts.append(fields[0].strip())
        rows.labels.append(fields[1].strip())
        rows.stories.append(fields[2].strip() if len(fields) > 2 else f"{Path(source).name}:{lineno}")
    return rows


def load_training_data(paths=None) -> TrainingRows:
    """Training rows from train.tsv files (default: the package's stance/label/data/train.tsv)."""
    if paths is None:
        from stance.resources import read_text

        return read_training_tsv(read_text("stance.label", TRAIN_FILE))
    rows = TrainingRows()
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        rows.extend(read_training_tsv(Path(path).read_text(encoding="utf-8"), str(path)))
    return rows


class StanceModel:
    """A fitted scikit-learn pipeline plus its parameters and training metadata.

    Used to train and evaluate; `to_dict` / `to_json` save it in the model JSON format
    (modelfile.py), and `Predictor` (predictor.py) labels from that JSON everywhere else.
    """

    def __init__(self, pipeline: Pipeline, params: dict, meta: dict | None = None,
                 temperature: float = 1.0, needs_review_below: float = modelfile.DEFAULT_NEEDS_REVIEW_BELOW):
        self.pipeline = pipeline
        self.params = {**DEFAULT_PARAMS, **params}
        self.meta = dict(meta or {})
        # Scores are divided by the temperature before the softmax: fitted on out-of-fold
        # scores (evaluate.calibrate), it makes the probabilities honest; labels do not change.
        self.temperature = float(temperature)
        self.needs_review_below = float(needs_review_below)

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(str(c) for c in self.pipeline.named_steps["clf"].classes_)

    def decision_function(self, texts) -> np.ndarray:
        with one_blas_thread():
            return self.pipeline.decision_function(list(texts))

    def predict_proba(self, texts) -> np.ndarray:
        return modelfile.softmax(self.decision_function(texts) / self.temperature)

    def predict(self, texts) -> list[str]:
        with one_blas_thread():
            return [str(c) for c in self.pipeline.predict(list(texts))]

    def predictor(self) -> Predictor:
        """The runtime model for this fit (what `stance train` saves, ready to label)."""
        return Predictor(self.to_dict())

    # --- the model JSON (no pickle: plain numbers and strings only) ----------------------
    def to_dict(self) -> dict:
        union, clf = self.pipeline.named_steps["features"], self.pipeline.named_steps["clf"]
        blocks = dict(union.transformer_list)
        params = {k: list(v) if isinstance(v, tuple) else v for k, v in self.params.items()}
        out = {"format": modelfile.FORMAT, "format_version": modelfile.FORMAT_VERSION,
               "sklearn_version": sklearn.__version__, "numpy_version": np.__version__,
               "training": self.meta.get("training", {}), "params": params}
        if modelfile.DENSE_BLOCK in blocks:
            sf = blocks[modelfile.DENSE_BLOCK]
            out[modelfile.DENSE_BLOCK] = {"lexicon": sf.lexicon_.to_rows(), "lexicon_sha256": sf.lexicon_.sha256(),
                                          "feature_names": sf.feature_names_out_.tolist()}
        for name in modelfile.TFIDF_BLOCKS:
            if name in blocks:
                vec = blocks[name]
                settings = {k: vec.get_params()[k] for k in modelfile.TFIDF_SETTINGS}
                settings["ngram_range"] = list(settings["ngram_range"])
                if isinstance(settings["analyzer"], WordNgrams):  # saved by name, never as code
                    settings["ngram_range"] = [1, settings["analyzer"].ngram_max]
                    settings["analyzer"] = modelfile.WORD_ANALYZER
                terms = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
                out[name] = {"settings": settings, "preprocessor": modelfile.PREPROCESSOR,
                             "terms": terms, "idf": vec.idf_.tolist()}
        out["classifier"] = {"classes": list(self.classes), "coef": clf.coef_.tolist(),
                             "intercept": clf.intercept_.tolist(), "n_iter": np.asarray(clf.n_iter_).tolist(),
                             "temperature": self.temperature, "needs_review_below": self.needs_review_below}
        return out

    def to_json(self, path: str | Path) -> None:
        """Save the model JSON atomically, then its arrays file (modelfile.read_arrays): a failed save
        leaves the previous model intact, and an arrays file left from it is not used for the new one."""
        from stance.export import save_atomically

        data = self.to_dict()
        text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
        save_atomically(path, lambda handle: handle.write(text))
        arrays = modelfile.arrays_bytes(data, text.encode("utf-8"))
        save_atomically(modelfile.arrays_path(Path(path)), lambda handle: handle.write(arrays), encoding=None)


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
