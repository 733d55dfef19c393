"""The stance model: scikit-learn conventions on the training side, and the runtime
`Predictor` built from the saved JSON, which must label exactly as the fitted pipeline.

Trained on a tiny inline corpus and lexicon so these tests do not depend on the data files
(the shipped model has its own tests in test_shipped_model.py). The JSON format itself and what loading
refuses are tested in test_modelfile.py.
"""

import json
import re

import numpy as np
import pytest
from sklearn.exceptions import NotFittedError

from stance.label.features import StanceFeatures
from stance.label.lexicon import load_lexicon
from stance.label.model import (StanceModel, build_pipeline, load_training_data, read_training_tsv, rows_sha256,
                                train)
from stance.label.predictor import Predictor

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
FEATURE_TEXT = re.compile(r"^(?:(?:lex|lexcount|vader|word|char|cue):.+|bias) [+-]\d+\.\d\d$")


@pytest.fixture(scope="module")
def fitted() -> StanceModel:
    return train(TEXTS, LABELS, lexicon=LEXICON, C=5.0, scale=1.0)


@pytest.fixture(scope="module")
def predictor(fitted) -> Predictor:
    return Predictor(json.loads(json.dumps(fitted.to_dict())))  # through JSON text, as saved


def test_unfitted_features_raise_not_fitted():
    with pytest.raises(NotFittedError):
        StanceFeatures(lexicon=LEXICON).transform(["text"])
    with pytest.raises(NotFittedError):
        StanceFeatures(lexicon=LEXICON).get_feature_names_out()


def test_init_only_stores_params():
    sf = StanceFeatures(lexicon=LEXICON, use_vader=False, scale=3.0)
    assert sf.get_params() == {"lexicon": LEXICON, "use_lexicon": True, "use_vader": False, "scale": 3.0,
                               "vader_weight": 1.0}
    assert not any(name.endswith("_") for name in vars(sf))


def test_vader_weight_multiplies_only_the_vader_columns():
    # "good" is VADER compound 0.4404; the lexicon columns must not move with the weight.
    texts = ["The food is good.", "Completely unrelated words about weather."]
    plain = StanceFeatures(lexicon=LEXICON, scale=0.5).fit(texts).transform(texts).toarray()
    heavy = StanceFeatures(lexicon=LEXICON, scale=0.5, vader_weight=2.0).fit(texts).transform(texts).toarray()
    np.testing.assert_allclose(heavy[:, :-4], plain[:, :-4])
    np.testing.assert_allclose(heavy[:, -4:], 2.0 * plain[:, -4:])
    assert heavy[0, -1] == pytest.approx(0.4404 * 0.5 * 2.0, abs=1e-4)
    with pytest.raises(ValueError, match="vader_weight must be > 0"):
        StanceFeatures(lexicon=LEXICON, vader_weight=0.0).fit(texts)


@pytest.mark.parametrize("kwargs, names", [
    # One score and one count column per label of the lexicon, `none` included (no term
    # has it, so its columns stay 0; they keep the layout the same for every lexicon).
    ({}, ["lex:welcoming", "lex:skeptical", "lex:political", "lex:none", "lexcount:welcoming",
          "lexcount:skeptical", "lexcount:political", "lexcount:none", "vader:neg", "vader:neu", "vader:pos",
          "vader:compound"]),
    ({"use_vader": False}, ["lex:welcoming", "lex:skeptical", "lex:political", "lex:none", "lexcount:welcoming",
                            "lexcount:skeptical", "lexcount:political", "lexcount:none"]),
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


def sklearn_display_names(model: StanceModel) -> list[str]:
    """The fitted union's own feature names, written as the records show them."""
    names = model.pipeline.named_steps["features"].get_feature_names_out()
    return [n.replace("lexvader__", "").replace("words__", "word:") for n in names]


def test_predictor_features_are_the_pipelines(fitted, predictor):
    union = fitted.pipeline.named_steps["features"]
    assert list(predictor.feature_names) == sklearn_display_names(fitted)
    assert list(predictor.feature_names[:3]) == ["lex:welcoming", "lex:skeptical", "lex:political"]
    assert np.allclose(predictor.transform(NEW).toarray(), union.transform(NEW).toarray(), rtol=0, atol=1e-12)


def test_unknown_parameter_is_an_error():
    with pytest.raises(TypeError, match="colour"):
        build_pipeline(colour="red")


# Odd inputs the two implementations must treat alike: empty, emoji, digits, shouting,
# curly quotes and apostrophes, runs of mixed whitespace.
ODD = ["", "😀", "12345", "NOT GOOD!!!", "the BAN is about “control”, isn’t it?", "  spaced   out\ttabs\nnewline "]


@pytest.mark.parametrize("params", [
    {"C": 5.0, "scale": 1.0},
    {"use_chars": True, "class_weight": "balanced"},        # word and char_wb n-grams
    {"use_vader": False, "use_words": False, "use_chars": True, "char_ngram_range": (1, 3)},
    {"use_lexicon": False, "word_ngram_max": 3},
    {"use_lexicon": False, "use_vader": False},             # TF-IDF only: no dense block
])
def test_predictor_matches_the_fitted_pipeline(params):
    # The round-trip guarantee: what `stance train` saves labels as the fitted pipeline did.
    model = train(TEXTS, LABELS, lexicon=LEXICON, **params)
    predictor = Predictor(json.loads(json.dumps(model.to_dict())))
    quotes = NEW + TEXTS + ODD
    assert predictor.classes == model.classes == ("political", "skeptical", "welcoming")
    assert np.allclose(predictor.predict_proba(quotes), model.pipeline.predict_proba(quotes), rtol=0, atol=1e-12)
    assert predictor.predict(quotes) == model.predict(quotes)


def test_binary_model_round_trip():
    model = train(WELCOMING + POLITICAL, ["welcoming"] * 12 + ["political"] * 12, lexicon=LEXICON)
    predictor = model.predictor()
    assert predictor.classes == ("political", "welcoming")
    assert np.allclose(predictor.predict_proba(NEW), model.pipeline.predict_proba(NEW), rtol=0, atol=1e-12)
    assert [r["stance"] for r in predictor.predict_records(NEW[:2])] == ["political", "welcoming"]


def test_predict_records_shape_and_probabilities(predictor):
    records = predictor.predict_records(NEW)
    assert len(records) == len(NEW)
    for rec in records:
        assert set(rec) == KEYS
        # A model knows the labels it was trained on: here three, without `none`.
        assert list(rec["probabilities"]) == ["political", "skeptical", "welcoming"]
        probs = [rec["probabilities"][label] for label in ("welcoming", "skeptical", "political")]
        assert sum(probs) == pytest.approx(1.0, abs=1e-9)
        assert rec["confidence"] == pytest.approx(max(probs))
        assert rec["stance"] == ("welcoming", "skeptical", "political")[int(np.argmax(probs))]
        assert rec["needs_review"] is (rec["confidence"] < predictor.needs_review_below)
    assert predictor.predict_records([]) == []


@pytest.mark.parametrize("text, label", [
    ("The government ban is about surveillance.", "political"),
    ("I love my new friends here!", "welcoming"),
    ("Honestly a fad, it won't last.", "skeptical"),
])
def test_predicts_obvious_cases(predictor, text, label):
    assert predictor.predict_records([text])[0]["stance"] == label


# VADER compound = x / sqrt(x^2 + 15) for the summed valence x: "good" is 1.9 in VADER's
# lexicon (1.9 / 4.314 = 0.4404), "bad" -2.5 (-0.5423); no lexicon word gives 0.
SENTIMENT = [("The food is good.", 0.4404), ("The food is bad.", -0.5423),
             ("Completely unrelated words about weather.", 0.0), ("", 0.0)]


@pytest.mark.parametrize("params", [
    {"scale": 1.0}, {"scale": 0.05},                          # compound read back from the features
    {"scale": 0.05, "vader_weight": 2.0},                     # ... undoing the VADER weight too
    {"use_vader": False}, {"use_lexicon": False, "use_vader": False},   # no VADER column: computed
])
def test_sentiment_is_vader_compound(params):
    predictor = train(TEXTS, LABELS, lexicon=LEXICON, **params).predictor()
    records = predictor.predict_records([text for text, _ in SENTIMENT])
    assert [r["sentiment"] for r in records] == [expected for _, expected in SENTIMENT]


def test_vader_runs_once_per_distinct_quote(predictor, monkeypatch):
    from stance.label import vader

    calls = []
    original = vader._scores
    monkeypatch.setattr(vader, "_scores", lambda t: calls.append(t) or original(t))
    records = predictor.predict_records(NEW + NEW[:2])
    assert sorted(calls) == sorted(NEW)
    assert records[len(NEW):] == records[:2]


def test_probabilities_computed_once_for_all_quotes(predictor, monkeypatch):
    calls = []
    original = predictor._proba
    monkeypatch.setattr(predictor, "_proba", lambda X: calls.append(X.shape) or original(X))
    predictor.predict_records(NEW * 3)
    assert calls == [(len(NEW) * 3, len(predictor.feature_names))]


def _value(feature: str) -> float:
    return float(feature.rsplit(" ", 1)[1])


def _cue_by_hand(text: str, k: int, centered: np.ndarray, names: list[str], scale: float) -> dict[str, float]:
    """Each matched term's pull toward class k, from the lexicon's matches and scikit-learn's
    centred weights: weight of lex:<label> x match value, plus weight of lexcount:<label>
    for an un-negated match."""
    pulls: dict[str, float] = {}
    for m in LEXICON.matches(text):
        value = centered[k, names.index(f"lex:{m.label}")] * m.value
        if not m.negated:
            value += centered[k, names.index(f"lexcount:{m.label}")]
        name = f"cue:{'not ' if m.negated else ''}{m.term}"
        pulls[name] = pulls.get(name, 0.0) + value * scale
    return pulls


def test_top_features_point_toward_prediction(fitted, predictor):
    # Reference: scikit-learn's own feature rows and coefficients, centred here by hand.
    coef = fitted.pipeline.named_steps["clf"].coef_
    centered = coef - coef.mean(axis=0)
    classes = list(fitted.classes)
    X = fitted.pipeline.named_steps["features"].transform(NEW).toarray()
    names = sklearn_display_names(fitted)
    for text, row, rec in zip(NEW, X, predictor.predict_records(NEW)):
        tops = rec["top_features"]
        assert 1 <= len(tops) <= 5
        values = [_value(f) for f in tops]
        assert values == sorted(values, reverse=True)
        k = classes.index(rec["stance"])
        cues = _cue_by_hand(text, k, centered, names, scale=1.0)
        for feature, value in zip(tops, values):
            assert FEATURE_TEXT.match(feature), feature
            name = feature.rsplit(" ", 1)[0]
            assert not name.startswith("lex"), "lexicon columns are explained by their matched terms"
            if name == "bias":
                continue
            expected = cues[name] if name.startswith("cue:") else row[names.index(name)] * centered[k, names.index(name)]
            assert expected > 0 and expected == pytest.approx(value, abs=0.006)  # shown rounded: +0.00 can be tiny


def test_a_quote_with_no_known_feature_is_explained_by_the_bias(predictor):
    # Nothing in an empty quote pulls toward any label: only the class prior (bias) decides.
    (record,) = predictor.predict_records([""])
    assert len(record["top_features"]) == 1 and record["top_features"][0].startswith("bias ")


@pytest.mark.parametrize("text, expected", [
    ("The government ban is about surveillance.", {"cue:government", "cue:ban", "cue:surveillance"}),
    ("Honestly a fad, it won't last.", {"cue:fad", "cue:won't last"}),
    ("I love my new friends here!", {"cue:love", "cue:friends"}),
])
def test_matched_lexicon_terms_explain_the_lexicon_columns(predictor, text, expected):
    tops = [f.rsplit(" ", 1)[0] for f in predictor.predict_records([text])[0]["top_features"]]
    assert expected <= set(tops)


@pytest.mark.parametrize("text", ["The government ban is about surveillance.", "Honestly a fad, it won't last.",
                                  "It is not a fad, I love it", "no doubt: friends, friends and a ban", "weather"])
def test_cue_contributions_add_up_to_the_lexicon_columns(predictor, text):
    X = predictor.transform([text]).toarray()[0]
    lexicon_cols = [i for i, name in enumerate(predictor.feature_names) if name.startswith("lex")]
    for k in range(len(predictor.classes)):
        cues = predictor.cue_contributions(LEXICON.matches(text), k)
        columns = float(X[lexicon_cols] @ predictor.centred_coef[k, lexicon_cols])
        assert sum(cues.values()) == pytest.approx(columns, abs=1e-12)
    if text == "weather":
        assert cues == {} and columns == 0.0


def test_a_negated_cue_is_named_and_counts_against_its_label(predictor):
    (match,) = LEXICON.matches("It is not a fad")
    assert match.negated
    k = predictor.classes.index("skeptical")
    pulls = predictor.cue_contributions([match], k)
    assert list(pulls) == ["cue:not fad"] and pulls["cue:not fad"] < 0


def test_model_exposes_what_the_model_page_shows(fitted, predictor):
    assert predictor.training["n_rows"] == 36
    assert predictor.training["label_counts"] == {"political": 12, "skeptical": 12, "welcoming": 12}
    assert predictor.cv is None  # `train` alone stores no cross-validation; `stance train` does
    assert predictor.centred_coef.shape == (3, len(predictor.feature_names))
    assert np.allclose(predictor.centred_coef.sum(axis=0), 0.0, atol=1e-12)
    assert predictor.params["C"] == 5.0 and predictor.params["scale"] == 1.0


def test_training_rows_digest_known_answer():
    # sha256 of "text\tlabel\nhello there\twelcoming\n", computed with coreutils sha256sum.
    assert rows_sha256(["hello there"], ["welcoming"]) == \
        "fc519363143fd8b569d03c33ba22307e96712bc0ad7fc7db86669fa04f361208"
    assert rows_sha256(["hello there"], ["skeptical"]) != rows_sha256(["hello there"], ["welcoming"])


def test_read_training_tsv(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text("text\tlabel\nhello there\twelcoming\nno way\tskeptical\n", encoding="utf-8")
    texts, labels = load_training_data([path])
    assert (texts, labels) == (["hello there", "no way"], ["welcoming", "skeptical"])
    assert load_training_data([path]).stories == ["t.tsv:2", "t.tsv:3"]  # one story per row


def test_read_training_tsv_with_stories_and_a_byte_order_mark():
    rows = read_training_tsv("\ufefftext\tlabel\tstory\nsign-ups rose 8%\tnone\tapp_launch\nso glad\twelcoming\tapp_launch\n")
    assert (rows.texts, rows.labels, rows.stories) == (
        ["sign-ups rose 8%", "so glad"], ["none", "welcoming"], ["app_launch", "app_launch"])


@pytest.mark.parametrize("header, body, message", [
    ("text\tlabel\n", "hello\twelcoming\nbroken line\n", "line 3"),
    ("text\tlabel\n", "hello\tangry\n", "line 2: unknown label"),
    ("text\tlabel\tstory\n", "hello\twelcoming\n", "line 2: expected 3"),
    ("words\tlabel\n", "hello\twelcoming\n", "line 1: expected header"),
])
def test_read_training_tsv_errors(header, body, message):
    with pytest.raises(ValueError, match=message):
        read_training_tsv(header + body)
