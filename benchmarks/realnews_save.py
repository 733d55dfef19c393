"""What `benchmarks/realnews.py --save FILE` writes: the real-news figures as numbers, each with what
it measures, for the Model page to show beside cross-validation. No quote, speaker or article text:
the set is third-party and stays on the machine that rebuilt it."""

from __future__ import annotations

import hashlib

MEASURES = {
    "macro_f1_3_strict": "macro-F1 over welcoming, skeptical, political, on the quotes whose gold label is one of them",
    "macro_f1_3_lenient": "the same, a prediction equal to the annotator's second-choice label counting as right",
    "macro_f1_4_strict": "macro-F1 over all four labels (none included), on every quote",
    "macro_f1_4_lenient": "the same, a prediction equal to the annotator's second-choice label counting as right",
    "accuracy_4_strict": "share of all quotes whose label equals the gold label",
    "ece_3": "expected calibration error of the confidence on the quotes with a stance label (10 bins)",
    "ece_4": "expected calibration error of the confidence over all quotes (10 bins): 0 = confidence equals accuracy",
    "wrong_at_confidence_0.8": "number of quotes labelled wrongly with a confidence of 0.8 or more",
    "stopword_free_top3_share": "share of quotes with no stop word (the model's list) among their top three features",
    "stopword_free_top3_share_sklearn": "the same with scikit-learn's English stop list",
    "extraction_f1": "F1 of the voices `stance analyze` finds against the annotated voices (direct and reported)",
    "speaker_accuracy": "share of matched voices attributed to exactly the annotated speaker",
}


ABOUT_DEV = ("Real published news (realnews-dev: openings of articles and short passages, one annotator), "
             "scored by benchmarks/realnews.py; figures move by about 0.05 with a handful of labels.")
ABOUT_SECOND_SET = ("Real published news, a second set (realnews-extra: quotes from 149 other pages, labelled blind "
                    "by other annotators; the configuration was chosen on realnews-dev), scored by "
                    "benchmarks/realnews.py --stance-only.")


def saved_figures(extraction_figures: dict, stance_figures: dict, model_sha256: str, about: str = ABOUT_DEV,
                  command: str = "python benchmarks/realnews.py --save stance/label/data/realnews_scores.json") -> dict:
    """What `--save` writes: every figure with what it measures, the per-class table and the four-label
    confusion matrix. Counts and scores only: no quote, speaker or article text. A set scored for
    stance alone (no extraction figures) has no extraction_f1 and speaker_accuracy."""
    three, four = stance_figures["three_label"], stance_figures["four_label"]
    values = {"macro_f1_3_strict": three["strict"]["macro_f1"], "macro_f1_3_lenient": three["lenient"]["macro_f1"],
              "macro_f1_4_strict": four["strict"]["macro_f1"], "macro_f1_4_lenient": four["lenient"]["macro_f1"],
              "accuracy_4_strict": four["strict"]["accuracy"], "ece_3": three["ece"], "ece_4": four["ece"],
              "wrong_at_confidence_0.8": four["wrong_at_confidence_0.8"],
              "stopword_free_top3_share": stance_figures["stopword_free_top3_share"],
              "stopword_free_top3_share_sklearn": stance_figures["stopword_free_top3_share_sklearn"]}
    if extraction_figures:
        values |= {"extraction_f1": extraction_figures["all"]["f1"],
                   "speaker_accuracy": extraction_figures["speaker_accuracy"]}
    labels = four["classes"]
    return {
        "about": about,
        "command": command,
        "model_sha256": model_sha256, "n_quotes": four["n"], "n_quotes_3_label": three["n"],
        "figures": {name: {"value": value, "measures": MEASURES[name]} for name, value in values.items()},
        "per_class": {label: {key: four["strict"]["per_class"][label][key] for key in ("precision", "recall", "f1", "gold")}
                      for label in labels},
        "confusion": {"labels": labels, "rows_gold_columns_predicted":
                      [[four["strict"]["confusion"][g][p] for p in labels] for g in labels]},
    }


def shipped_model_sha256() -> str:
    """sha256 of the model.json the library ships (the one `stance classify` uses without --model)."""
    from stance.resources import read_text

    return hashlib.sha256(read_text("stance.label", "model.json").encode("utf-8")).hexdigest()
