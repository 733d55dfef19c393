"""Model: sklearn conventions, predict_records, explanations and JSON persistence.

Trained on a tiny inline corpus and lexicon so these tests do not depend on the data files
(the shipped model has its own tests at the end).
"""

import json
import pickle
import re

import numpy as np
import pytest
from sklearn.exceptions import NotFittedError

import stance.label.model as model_module
from stance.label.features import StanceFeatures
from stance.label.lexicon import load_lexicon
from stance.label.model import (NEEDS_REVIEW_THRESHOLD, StanceModel, build_pipeline, load_training_data,
                          read_training_tsv, rows_sha256, train)
from stance.label.sentiment import polarity
from stance.records import STANCES

LEXICON = load_lexicon("""\
term\tlabel\tweight
friends\twelcoming\t1.5
welcome\twelcoming\t1.5
love\twelcoming\t1.0
fad\tskeptical\t2.0
won't last\tskeptical\t2.0
doubt\tskeptical\t1.0
government\tpolitical\t2.0
ban\tpolitical\t2.0
surveillance\tpolitical\t1.5
""")

WELCOMING = [
    "We welcome everyone who wants to chat about food and music.",
    "I love making new friends from the other side of the world.",
    "It is wonderful to trade recipes with strangers who became friends.",
    "Everyone here has been so kind and welcoming to us newcomers.",
    "I love learning their slang and teaching them mine.",
    "What a joy to meet people curious about my hometown.",
    "Our group chat is full of new friends sharing photos of breakfast.",
    "Welcome aboard, we are happy you came to visit our corner.",
    "I hope these conversations keep going for years, they are lovely.",
    "So many warm messages from people I had never met before.",
    "It feels great to swap stories about school and family.",
    "I am excited to learn a new language with patient friends.",
]
SKEPTICAL = [
    "This is a fad and it won't last past the spring.",
    "I doubt anyone will still be posting here next month.",
    "People are bored and restless, the craze will fade quickly.",
    "The servers keep crashing and nobody can upload anything.",
    "It is just a novelty, they will drift back to the old app.",
    "I doubt the hype survives the first real inconvenience.",
    "The translation tools are clumsy and most posts are unreadable.",
    "Creators cannot rebuild their audience from zero in a week.",
    "A passing fad driven by emotion rather than any real need.",
    "Give it a few weeks and the excitement won't last.",
    "Moderation is overwhelmed, it simply cannot cope with the crowd.",
    "It is not the same community and never will be.",
]
POLITICAL = [
    "The government wants a ban because it fears foreign influence.",
    "Lawmakers are using national security as an excuse for censorship.",
    "This is a protest against the ban and against government overreach.",
    "Surveillance by any state is the real issue with these apps.",
    "The ban is about control of information, not safety.",
    "Officials in the capital should not decide which apps we may use.",
    "Data collection and state surveillance worry me more than anything.",
    "Congress passed the law to punish a rival government.",
    "Moving here is a message to the government about its ban.",
    "Censorship of sensitive topics is built into the platform by law.",
    "The regulators have turned an app into a geopolitical weapon.",
    "Foreign propaganda is the stated reason for the ban.",
]
TEXTS = WELCOMING + SKEPTICAL + POLITICAL
LABELS = ["welcoming"] * 12 + ["skeptical"] * 12 + ["political"] * 12
NEW = [
    "The government ban is about surveillance.",
    "I love my new friends here!",
    "Honestly a fad, it won't last.",
    "Completely unrelated words about weather.",
    "",
]
KEYS = {"stance", "confidence", "probabilities", "sentiment", "top_features", "needs_review"}
FEATURE_TEXT = re.compile(r"^(?:(?:lex|lexcount|vader|word|char):.+|bias) [+-]\d+\.\d\d$")


@pytest.fixture(scope="module")
def fitted() -> StanceModel:
    return train(TEXTS, LABELS, lexicon=LEXICON, C=5.0, scale=1.0)


def test_unfitted_features_raise_not_fitted():
    with pytest.raises(NotFittedError):
        StanceFeatures(lexicon=LEXICON).transform(["text"])
    with pytest.raises(NotFittedError):
        StanceFeatures(lexicon=LEXICON).get_feature_names_out()


def test_init_only_stores_params():
    sf = StanceFeatures(lexicon=LEXICON, use_vader=False, scale=3.0)
    assert sf.get_params() == {"lexicon": LEXICON, "use_lexicon": True, "use_vader": False, "scale": 3.0}
    assert not any(name.endswith("_") for name in vars(sf))


@pytest.mark.parametrize("kwargs, names", [
    ({}, ["lex:welcoming", "lex:skeptical", "lex:political", "lexcount:welcoming",
          "lexcount:skeptical", "lexcount:political", "vader:neg", "vader:neu", "vader:pos",
          "vader:compound"]),
    ({"use_vader": False}, ["lex:welcoming", "lex:skeptical", "lex:political", "lexcount:welcoming",
                            "lexcount:skeptical", "lexcount:political"]),
    ({"use_lexicon": False}, ["vader:neg", "vader:neu", "vader:pos", "vader:compound"]),
])
def test_feature_names_match_transform_width(kwargs, names):
    sf = StanceFeatures(lexicon=LEXICON, **kwargs).fit(TEXTS)
    X = sf.transform(NEW)
    assert list(sf.get_feature_names_out()) == names
    assert X.shape == (len(NEW), len(names))


def test_scale_multiplies_every_column():
    base = StanceFeatures(lexicon=LEXICON).fit(TEXTS).transform(NEW).toarray()
    tripled = StanceFeatures(lexicon=LEXICON, scale=3.0).fit(TEXTS).transform(NEW).toarray()
    assert np.allclose(tripled, 3.0 * base)
    assert base[0, 2] == pytest.approx(2.0 + 2.0 + 1.5)  # lex:political of NEW[0]


def test_single_string_is_rejected():
    sf = StanceFeatures(lexicon=LEXICON).fit(TEXTS)
    with pytest.raises(TypeError):
        sf.transform("a single string")


def test_pipeline_feature_names_match_width(fitted):
    union = fitted.pipeline.named_steps["features"]
    assert union.transform(NEW).shape[1] == len(union.get_feature_names_out()) == len(fitted.feature_names)


def test_unknown_parameter_is_an_error():
    with pytest.raises(TypeError, match="colour"):
        build_pipeline(colour="red")


def test_predict_records_shape_and_probabilities(fitted):
    records = fitted.predict_records(NEW)
    assert len(records) == len(NEW)
    for rec in records:
        assert set(rec) == KEYS
        probs = [rec["probabilities"][label] for label in STANCES]
        assert sum(probs) == pytest.approx(1.0, abs=1e-9)
        assert rec["confidence"] == pytest.approx(max(probs))
        assert rec["stance"] == ("welcoming", "skeptical", "political")[int(np.argmax(probs))]
        assert rec["needs_review"] is (rec["confidence"] < NEEDS_REVIEW_THRESHOLD)
    assert fitted.predict_records([]) == []


@pytest.mark.parametrize("text, label", [
    ("The government ban is about surveillance.", "political"),
    ("I love my new friends here!", "welcoming"),
    ("Honestly a fad, it won't last.", "skeptical"),
])
def test_predicts_obvious_cases(fitted, text, label):
    assert fitted.predict_records([text])[0]["stance"] == label


def test_sentiment_is_vader_compound(fitted):
    for rec, text in zip(fitted.predict_records(NEW), NEW):
        assert rec["sentiment"] == pytest.approx(polarity(text)["compound"], abs=1e-9)


def test_vader_runs_once_per_distinct_quote(fitted, monkeypatch):
    from stance.label import vader

    calls = []
    original = vader._scores
    monkeypatch.setattr(vader, "_scores", lambda t: calls.append(t) or original(t))
    records = fitted.predict_records(NEW + NEW[:2])
    assert sorted(calls) == sorted(NEW)
    assert records[len(NEW):] == records[:2]


def test_predict_proba_called_once(fitted, monkeypatch):
    clf = fitted.pipeline.named_steps["clf"]
    calls = []
    original = clf.predict_proba
    monkeypatch.setattr(clf, "predict_proba", lambda X: calls.append(X.shape) or original(X))
    fitted.predict_records(NEW * 3)
    assert calls == [(len(NEW) * 3, len(fitted.feature_names))]


def _value(feature: str) -> float:
    return float(feature.rsplit(" ", 1)[1])


def test_top_features_point_toward_prediction(fitted):
    coef = fitted.pipeline.named_steps["clf"].coef_
    centered = coef - coef.mean(axis=0)
    classes = list(fitted.classes)
    X = fitted.pipeline.named_steps["features"].transform(NEW).toarray()
    names = list(fitted.feature_names)
    for row, rec in zip(X, fitted.predict_records(NEW)):
        tops = rec["top_features"]
        assert 1 <= len(tops) <= 5
        values = [_value(f) for f in tops]
        assert values == sorted(values, reverse=True)
        k = classes.index(rec["stance"])
        for feature, value in zip(tops, values):
            assert FEATURE_TEXT.match(feature), feature
            if feature.startswith("bias"):
                continue
            j = names.index(feature.rsplit(" ", 1)[0])
            assert value > 0
            assert row[j] * centered[k, j] == pytest.approx(value, abs=0.006)


@pytest.mark.parametrize("text, expected", [
    ("The government ban is about surveillance.", "lex:political"),
    ("Honestly a fad, it won't last.", "lex:skeptical"),
])
def test_lexicon_feature_explains_lexicon_case(fitted, text, expected):
    tops = [f.rsplit(" ", 1)[0] for f in fitted.predict_records([text])[0]["top_features"]]
    assert expected in tops


def test_json_round_trip_identical_probabilities(fitted, tmp_path, monkeypatch):
    path = tmp_path / "model.json"
    fitted.to_json(path)

    def refuse(*args, **kwargs):
        raise AssertionError("pickle must not be used")

    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "loads", refuse)
    loaded = StanceModel.from_json(path)
    assert np.allclose(loaded.predict_proba(NEW), fitted.predict_proba(NEW), rtol=0, atol=1e-12)
    assert loaded.predict_records(NEW) == fitted.predict_records(NEW)
    assert loaded.classes == fitted.classes


def test_json_is_plain_data(fitted, tmp_path):
    path = tmp_path / "model.json"
    fitted.to_json(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["training"]["sha256"] == rows_sha256(TEXTS, LABELS)
    assert data["sklearn_version"]
    assert data["classifier"]["classes"] == ["political", "skeptical", "welcoming"]
    assert len(data["words"]["terms"]) == len(data["words"]["idf"])


@pytest.mark.parametrize("use_chars", [False, True])
def test_round_trip_with_char_ngrams(tmp_path, use_chars):
    model = train(TEXTS, LABELS, lexicon=LEXICON, use_chars=use_chars, class_weight="balanced")
    model.to_json(tmp_path / "m.json")
    loaded = StanceModel.from_json(tmp_path / "m.json")
    assert np.allclose(loaded.predict_proba(NEW), model.predict_proba(NEW), rtol=0, atol=1e-12)


def test_model_code_never_pickles():
    source = open(model_module.__file__, encoding="utf-8").read()
    assert "import pickle" not in source and "joblib" not in source


def test_read_training_tsv(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("text\tlabel\nhello there\twelcoming\nno way\tskeptical\n", encoding="utf-8")
    assert load_training_data([path]) == (["hello there", "no way"], ["welcoming", "skeptical"])


@pytest.mark.parametrize("body, message", [
    ("hello\twelcoming\nbroken line\n", "line 3"),
    ("hello\tangry\n", "line 2: unknown label"),
])
def test_read_training_tsv_errors(body, message):
    with pytest.raises(ValueError, match=message):
        read_training_tsv("text\tlabel\n" + body)


# --- the shipped model ------------------------------------------------------------


def test_default_model_matches_current_training_data():
    from stance.label.lexicon import default_lexicon
    from stance.label.model import load_default_model
    from stance.resources import read_text

    data = json.loads(read_text("stance.label", "model.json"))
    texts, labels = load_training_data()
    assert data["training"]["sha256"] == rows_sha256(texts, labels), \
        "model.json is stale: retrain with `python -m stance.label.model`"
    assert data["lexvader"]["lexicon_sha256"] == default_lexicon().sha256(), \
        "model.json is stale: retrain with `python -m stance.label.model`"
    model = load_default_model()
    assert set(model.classes) == {"welcoming", "skeptical", "political"}


def test_default_model_records_provenance():
    from stance.resources import read_text

    data = json.loads(read_text("stance.label", "model.json"))
    assert data["sklearn_version"] and data["training"]["n_rows"] >= 600
    assert len(data["training"]["sha256"]) == 64


def test_default_model_labels_10k_distinct_quotes():
    from stance.label.model import load_default_model

    model = load_default_model()
    texts, _ = load_training_data()
    quotes = [f"{texts[i % len(texts)]} ({i})" for i in range(10_000)]  # all distinct
    records = model.predict_records(quotes)  # speed is measured in benchmarks/, not here
    assert len(records) == 10_000


def test_predictor_without_scikit_learn_matches_the_pipeline():
    # The fast path used by analyze/classify must label exactly as the trained pipeline.
    import numpy as np

    from stance.label.model import load_default_model, load_training_data
    from stance.label.predictor import load_default_predictor

    texts, _ = load_training_data()
    quotes = texts + ["", "😀", "12345", "NOT GOOD!!!", "the BAN is about “control”, isn’t it?"]
    fast, reference = load_default_predictor(), load_default_model()
    assert np.allclose(fast.predict_proba(quotes), reference.predict_proba(quotes), rtol=0, atol=1e-12)
    for mine, theirs in zip(fast.predict_records(quotes), reference.predict_records(quotes)):
        assert {k: v for k, v in mine.items() if k not in ("probabilities", "confidence")} == {
            k: v for k, v in theirs.items() if k not in ("probabilities", "confidence")}
        assert abs(mine["confidence"] - theirs["confidence"]) < 1e-12


def test_predictor_module_does_not_import_scikit_learn():
    import subprocess
    import sys

    code = "import sys, stance.label.predictor, stance.pipeline; print('sklearn' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
