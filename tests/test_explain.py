"""Explanations a journalist can read: a record's top features as one sentence, and the
lexicon terms of a quote located for highlighting."""

from __future__ import annotations

import pytest

from stance.label import explain
from stance.label.lexicon import load_lexicon
from stance.label.model import train

LEXICON = load_lexicon("term\tlabel\tweight\nwelcome\twelcoming\t1.5\nnot worried\twelcoming\t1.3\n"
                       "worried\tskeptical\t0.8\nfad\tskeptical\t2.0\nwon't last\tskeptical\t2.0\n"
                       "government\tpolitical\t2.0\nban\tpolitical\t2.0\nban\tskeptical\t0.5\n")
TEXTS = ["welcome to everyone here", "we welcome the new friends", "a fad, it won't last", "just a passing fad",
         "the government ban", "a ban by the government"]
LABELS = ["welcoming", "welcoming", "skeptical", "skeptical", "political", "political"]


@pytest.fixture(scope="module")
def model():
    return train(TEXTS, LABELS, lexicon=LEXICON, scale=1.0).predictor()  # cues weigh as much as words


@pytest.mark.parametrize("name, expected", [
    ("vader:neg", "negative tone"),
    ("vader:pos", "positive tone"),
    ("vader:compound", "overall tone"),
    ("vader:neu", "neutral tone"),
    ("word:fad", '"fad"'),
    ("word:a passing fad", '"a passing fad"'),
    ("word:_name_ said", '"[a name] said"'),          # the analyser's stand-ins, read out
    ("word:up _number_", '"up [a number]"'),
    ("cue:won't last", '"won\'t last" (lexicon cue)'),
    ("cue:not fad", '"not fad" (negated cue)'),
    ("char:\" ba\"", '"ba" (letters)'),
    ("lex:political", "political lexicon score"),
    ("lexcount:skeptical", "number of skeptical lexicon terms"),
    ("bias", "no strong cue: the label follows the class balance"),
    ("something:else", "something:else"),  # an unknown kind is shown as it is
])
def test_plain_feature(name, expected):
    assert explain.plain_feature(name) == expected


def test_a_lexicon_term_that_starts_with_not_is_not_a_negated_cue():
    assert explain.plain_feature("cue:not worried", terms={"not worried"}) == '"not worried" (lexicon cue)'
    assert explain.plain_feature("cue:not worried", terms={"worried"}) == '"not worried" (negated cue)'


@pytest.mark.parametrize("stance, features, expected", [
    ("skeptical", ("cue:won't last +1.32", "word:fad +0.40", "vader:neg +0.12"),
     'pushed toward skeptical by: "won\'t last" (lexicon cue), "fad", negative tone'),
    # A word that is also a matched cue is named once, as the cue, where it first appears.
    ("welcoming", ("word:not worried +2.40", "word:honestly +1.70", "cue:not worried +0.97", "vader:pos +0.04"),
     'pushed toward welcoming by: "not worried" (lexicon cue), "honestly", positive tone'),
    ("political", ("cue:government +2.80", "cue:not fad +0.30", "vader:compound +0.20"),
     'pushed toward political by: "government" (lexicon cue), "not fad" (negated cue), overall tone'),
    ("none", ("word:monday +1.24", "vader:neu +0.29"), 'pushed toward no stance by: "monday", neutral tone'),
    ("skeptical", ("bias +0.45",), "skeptical: no strong cue: the label follows the class balance"),
    # Must name nothing: no features, only pulls away from the label, unreadable entries.
    ("welcoming", (), "welcoming: no strong cue: the label follows the class balance"),
    ("welcoming", ("word:fad -0.50", "odd entry"), "welcoming: no strong cue: the label follows the class balance"),
])
def test_plain_explanation_known_answers(model, stance, features, expected):
    assert explain.plain_explanation(stance, features, model) == expected


def test_plain_explanation_of_a_real_record(model):
    (record,) = model.predict_records(["Honestly, a fad: it won't last."])
    sentence = explain.plain_explanation(record["stance"], record["top_features"], model)
    assert record["stance"] == "skeptical"
    assert sentence.startswith("pushed toward skeptical by: ")
    assert '"won\'t last" (lexicon cue)' in sentence and '"fad" (lexicon cue)' in sentence


def test_cue_spans_locate_the_lexicon_terms(model):
    quote = "Not a fad: the Government wants a ban, and it won't last"
    spans = explain.cue_spans(quote, model)
    # The negated "fad" counts against skeptical, so it is not highlighted as skeptical;
    # "ban" is listed for two labels and gives one span, its first label.
    assert spans == [(15, 25, "political"), (34, 37, "political"), (46, 56, "skeptical")]
    assert [quote[start:end] for start, end, _ in spans] == ["Government", "ban", "won't last"]


@pytest.mark.parametrize("quote, expected", [
    ("It won\u2019t last", [(3, 13, "skeptical")]),       # curly apostrophe: offsets still fit the quote
    ("I'm not worried at all", [(4, 15, "welcoming")]),  # the longer term wins
    ("He isn't worried about it", []),                    # negated: left out
    ("a banned banner", []),                              # whole words only
    ("", []),
])
def test_cue_spans_known_answers(model, quote, expected):
    assert explain.cue_spans(quote, model) == expected


def test_cue_spans_of_a_model_without_a_lexicon():
    model = train(TEXTS, LABELS, use_lexicon=False, use_vader=False).predictor()
    assert explain.cue_spans("the government ban", model) == []


def test_cue_spans_use_the_shipped_model_by_default():
    quote = "Lawmakers said the craze won't last."
    assert [(quote[s:e], label) for s, e, label in explain.cue_spans(quote)] == [
        ("Lawmakers", "political"), ("won't last", "skeptical")]
