"""Explaining one voice and the model: feature contributions, probabilities, the strongest
features per label as plain pandas frames, and the same in words a journalist can read (the
dashboard renders them)."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from stance.label.modelfile import NAME_TOKEN, NUMBER_TOKEN
from stance.label.predictor import Predictor, load_default_predictor
from stance.records import NO_STANCE, PROBABILITY_COLUMNS, STANCES

# --- one voice: explanation and context -------------------------------------------------------

_FEATURE = re.compile(r"^(?P<name>.*\S)\s+(?P<value>[+-]\d+(?:\.\d+)?)$")


def parse_top_features(features: Iterable[str]) -> pd.DataFrame:
    """`("word:welcome +1.23", ...)` -> frame [feature, contribution] (unparseable: NaN)."""
    rows = []
    for item in features:
        m = _FEATURE.match(str(item))
        rows.append((m["name"], float(m["value"])) if m else (str(item), float("nan")))
    return pd.DataFrame(rows, columns=["feature", "contribution"])


def probabilities(row: Mapping) -> pd.DataFrame:
    """The probability of every label for one record as a frame [stance, probability]; a
    label the record has no column for (a file from a model without it) counts 0."""
    return pd.DataFrame({"stance": list(STANCES),
                         "probability": [float(row.get(c, 0.0)) for c in PROBABILITY_COLUMNS]})


# --- one voice in plain language ---------------------------------------------------------------

TONES = {"vader:neg": "negative tone", "vader:pos": "positive tone", "vader:compound": "overall tone",
         "vader:neu": "neutral tone"}
NO_CUE = "no strong cue: the label follows the class balance"


def plain_feature(name: str, terms: Iterable[str] = ()) -> str:
    """One feature name as a reader would say it: `cue:won't last` -> '"won't last" (lexicon
    cue)', `cue:not fad` -> '"not fad" (negated cue)', `word:fad` -> '"fad"', `vader:neg` ->
    'negative tone', `bias` -> the class-balance note. `terms`: the lexicon's terms, so that a
    term that itself starts with "not" ("not worried") is not read as a negated cue."""
    kind, _, value = name.partition(":")
    if name == "bias":
        return NO_CUE
    if name in TONES:
        return TONES[name]
    if kind == "cue":
        negated = value.startswith("not ") and value not in set(terms)
        return f'"{value}" (negated cue)' if negated else f'"{value}" (lexicon cue)'
    if kind == "word":  # the analyser's stand-ins read as what they stand for
        return '"' + value.replace(NUMBER_TOKEN, "[a number]").replace(NAME_TOKEN, "[a name]") + '"'
    if kind == "char":  # saved JSON-quoted: they start or end with spaces
        try:
            return f'"{str(json.loads(value)).strip()}" (letters)'
        except ValueError:
            return f'"{value.strip()}" (letters)'
    if kind == "lex":
        return f"{value} lexicon score"
    if kind == "lexcount":
        return f"number of {value} lexicon terms"
    return name


def plain_explanation(stance: str, top_features: Iterable[str], model: Predictor | None = None) -> str:
    """A record's label and its top features as one sentence, e.g.
    'pushed toward skeptical by: "won't last" (lexicon cue), "fad", negative tone'.

    Only features that push toward the label (positive contribution) are named, each once: a
    word that is also a matched lexicon term is named as the cue. `none` reads "no stance".
    `model` (default: the shipped model) supplies the lexicon's terms.
    """
    terms = _lexicon_terms(model or load_default_predictor())
    label = "no stance" if stance == NO_STANCE else stance
    pushing = [feature for feature, contribution in parse_top_features(top_features).itertuples(index=False)
               if not math.isnan(contribution) and contribution > 0]
    cues = {feature.removeprefix("cue:") for feature in pushing if feature.startswith("cue:")}
    named: list[str] = []
    for feature in pushing:
        if feature.startswith("word:") and feature.removeprefix("word:") in cues:
            feature = "cue:" + feature.removeprefix("word:")  # the word is that cue's own term
        text = plain_feature(feature, terms)
        if text not in named:
            named.append(text)
    if not named or named == [NO_CUE]:
        return f"{label}: {NO_CUE}"
    return f"pushed toward {label} by: " + ", ".join(named)


def _lexicon_terms(model: Predictor) -> frozenset[str]:
    return frozenset(entry.term for entry in model.lexicon.entries) if model.lexicon is not None else frozenset()


def cue_spans(quote: str, model: Predictor | None = None) -> list[tuple[int, int, str]]:
    """(start, end, label) of each lexicon term of `model` (default: the shipped model) matched
    in `quote`, offsets into `quote`, in order, for highlighting. A negated match ("not a
    fad") counts against its label, so it is not shown in that label's colour: left out. A
    term listed for two labels gives one span, the first label listed."""
    model = model or load_default_predictor()
    if model.lexicon is None or not quote:
        return []
    spans: dict[tuple[int, int], str] = {}
    for match in model.lexicon.matches(quote):
        if not match.negated:
            spans.setdefault((match.start, match.end), match.label)
    return [(start, end, label) for (start, end), label in spans.items()]


# --- model explanation ----------------------------------------------------------------------


def top_coefficients(model: Predictor, n: int = 10) -> pd.DataFrame:
    """Strongest features per label: [label, group, feature, weight], biggest weight first.

    Weights are the model's centred coefficients (`Predictor.centred_coef`: each feature's
    pull toward the label); only features that pull toward the label (weight > 0). Groups:
    `n-gram` (TF-IDF word/char n-grams) and `lexicon` (the lexicon scores and counts per label,
    `lex:`/`lexcount:`, and VADER, `vader:`).
    """
    centred = model.centred_coef
    names = model.feature_names
    is_ngram = np.array([str(x).startswith(("word:", "char:")) for x in names], dtype=bool)
    rows = []
    for k, label in enumerate(model.classes):
        for group, selector in (("n-gram", is_ngram), ("lexicon", ~is_ngram)):
            idx = np.flatnonzero(selector)
            if not idx.size:
                continue
            best = idx[np.argsort(-centred[k, idx], kind="stable")][:n]
            rows += [(label, group, str(names[i]), float(centred[k, i])) for i in best if centred[k, i] > 0]
    return pd.DataFrame(rows, columns=["label", "group", "feature", "weight"])


def confusion_frame(labels: Iterable[str], confusion: Iterable[Iterable[int]]) -> pd.DataFrame:
    """Confusion matrix (rows = true, columns = predicted) as a labelled frame."""
    labels = list(labels)
    return pd.DataFrame(list(confusion), index=pd.Index(labels, name="true"),
                        columns=pd.Index(labels, name="predicted"))


def per_class_frame(per_class: Mapping[str, Mapping[str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_dict(per_class, orient="index")
    frame.index.name = "label"
    return frame.reset_index()
