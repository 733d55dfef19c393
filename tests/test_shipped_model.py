"""The shipped model (stance/label/data/model.json): it is what training on the shipped data
produces, stores its cross-validation and calibration, and labels as documented."""

import json

import numpy as np
import pytest

from stance.label.model import load_training_data, train
from stance.label.predictor import load_default_predictor
from stance.records import STANCES

# Odd inputs: empty, emoji, digits, shouting, curly quotes and apostrophes, mixed whitespace.
ODD = ["", "😀", "12345", "NOT GOOD!!!", "the BAN is about “control”, isn’t it?", "  spaced   out\ttabs\nnewline "]

def test_default_model_matches_current_training_data():
    import hashlib

    from stance.label.lexicon import default_lexicon
    from stance.resources import read_text

    data = json.loads(read_text("stance.label", "model.json"))
    texts, labels = load_training_data()
    canonical = "text\tlabel\n" + "".join(f"{t}\t{label}\n" for t, label in zip(texts, labels))
    assert data["training"]["sha256"] == hashlib.sha256(canonical.encode("utf-8")).hexdigest(), \
        "model.json is stale: retrain with `stance train -o stance/label/data/model.json`"
    assert data["lexvader"]["lexicon_sha256"] == default_lexicon().sha256(), \
        "model.json is stale: retrain with `stance train -o stance/label/data/model.json`"
    assert data["training"]["n_rows"] == len(texts)
    assert load_default_predictor().classes == ("none", "political", "skeptical", "welcoming")


def test_default_model_stores_its_cross_validation():
    # The stored report describes this training data and agrees with itself; its figures are
    # recomputed from the data in test_evaluate.py.
    shipped = load_default_predictor()
    cv = shipped.cv
    assert cv is not None, "retrain with `stance train`: it stores the cross-validation report"
    rows = load_training_data()
    n = len(rows.texts)
    assert (cv["n_splits"], cv["seed"], cv["n_rows"], cv["labels"]) == (5, 0, n, list(STANCES))
    assert cv["params"] == shipped.params
    confusion = np.asarray(cv["confusion"])
    assert confusion.sum(axis=1).tolist() == [rows.labels.count(label) for label in STANCES]
    assert cv["accuracy"] == pytest.approx(np.trace(confusion) / n, abs=1e-12)
    precision, recall = np.diag(confusion) / confusion.sum(axis=0), np.diag(confusion) / confusion.sum(axis=1)
    f1 = 2 * precision * recall / (precision + recall)
    assert [cv["per_class"][label]["f1"] for label in STANCES] == pytest.approx(f1.tolist(), abs=1e-12)
    assert cv["macro_f1"] == pytest.approx(f1.mean(), abs=1e-12)
    # Calibration measured out of fold, and the figures the runtime model uses.
    calibration = cv["calibration"]
    assert (calibration["temperature"], calibration["needs_review_below"]) == (
        shipped.temperature, shipped.needs_review_below)
    assert len(calibration["fold_temperatures"]) == 5 and 0 <= calibration["ece"] <= 1
    assert sum(b["count"] for b in calibration["reliability"]) == n
    assert (cv["story_cv"]["n_splits"], cv["story_cv"]["n_stories"]) == (5, len(set(rows.stories)))


def test_default_model_labels_10k_distinct_quotes_as_one_at_a_time():
    model = load_default_predictor()
    texts, _ = load_training_data()
    quotes = [f"{texts[i % len(texts)]} ({i})" for i in range(10_000)]  # all distinct
    records = model.predict_records(quotes)  # speed is measured in benchmarks/, not here
    assert len(records) == 10_000
    for i in range(0, 10_000, 617):  # no row leaks into another: each equals labelling it alone
        (alone,) = model.predict_records([quotes[i]])
        assert records[i]["stance"] == alone["stance"] and records[i]["top_features"] == alone["top_features"]
        assert records[i]["probabilities"] == pytest.approx(alone["probabilities"], abs=1e-12)


def test_shipped_model_is_what_training_produces():
    # Retraining on the same data with the stored parameters gives the shipped model: its
    # probabilities equal the freshly fitted pipeline's, divided by the stored temperature,
    # within 1e-3. The solver stops where its tolerance lets it, and that point moves with the
    # CPU's BLAS kernels: 3e-8 between two AVX2 machines, up to 2e-4 on an AVX-512 one (where
    # OPENBLAS_CORETYPE=Haswell gives 1e-6 again). A changed row moves them far more: one word
    # added to one row 0.05, one label changed 0.5 (the temperature itself is refitted in
    # test_evaluate.py).
    from stance.label.modelfile import softmax

    texts, labels = load_training_data()
    shipped = load_default_predictor()
    fresh = train(texts, labels)
    quotes = texts + ODD
    assert fresh.params == {k: tuple(v) if isinstance(v, list) else v for k, v in shipped.params.items()}
    expected = softmax(fresh.decision_function(quotes) / shipped.temperature)
    assert np.allclose(shipped.predict_proba(quotes), expected, rtol=0, atol=1e-3)
    assert shipped.predict(quotes) == fresh.predict(quotes)  # a temperature never changes a label


def test_shipped_model_explains_a_lexicon_cue_by_its_term():
    (record,) = load_default_predictor().predict_records(["Mark my words, this whole craze won't last."])
    tops = {feature.rsplit(" ", 1)[0]: float(feature.rsplit(" ", 1)[1]) for feature in record["top_features"]}
    assert record["stance"] == "skeptical" and tops["cue:won't last"] > 0
    assert not [name for name in tops if name.startswith(("lex:", "lexcount:"))]


def test_a_quote_without_evidence_is_flagged_for_review():
    # Nothing but function words, or words the model never saw: only the intercepts decide,
    # so the label must come with a confidence below the review threshold.
    predictor = load_default_predictor()
    records = predictor.predict_records(["It is what it is.", "Blorvick snark quintaplex.", ""])
    assert [r["top_features"][0].split()[0] for r in records] == ["bias"] * 3
    assert all(r["needs_review"] and r["confidence"] < 0.5 for r in records)
    # A quote with a clear cue is not flagged.
    assert not predictor.predict_records(["This is just a fad and it won't last."])[0]["needs_review"]


def test_runtime_modules_do_not_import_scikit_learn():
    import subprocess
    import sys

    code = ("import sys, stance.label.predictor, stance.label.explain, stance.pipeline; "
            "stance.label.predictor.load_default_predictor().predict_records(['a ban']); "
            "print('sklearn' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# The seed speakers whose stance the seed articles make plain (issue: each label must be the
# unique majority of that speaker's voices; a tie is a miss).
SEED_SPEAKER_STANCES = {"Jacob Hui": "welcoming", "Ivy Yang": "welcoming", "Liu Xingliang": "skeptical",
                        "Brian Atabansi": "skeptical", "Ren Yi": "political", "Stella Kittrell": "political"}


def test_seed_speakers_take_their_stance_by_a_unique_majority():
    from collections import Counter
    from pathlib import Path

    from stance.pipeline import analyze

    voices = analyze([Path(__file__).resolve().parent.parent / "seeds"]).voices
    for speaker, stance in SEED_SPEAKER_STANCES.items():
        counts = Counter(v.stance for v in voices if v.speaker == speaker).most_common()
        assert counts, f"{speaker} not found in the seeds"
        top = [label for label, n in counts if n == counts[0][1]]
        assert top == [stance], f"{speaker}: {dict(counts)}"
