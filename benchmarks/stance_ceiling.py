#!/usr/bin/env python3
"""How far the shipped model class reaches when real labelled quotes are in its training data (a diagnostic).

usage: python benchmarks/stance_ceiling.py [--folds 5] [--weights 0 1 3] [--real-only] [--variant VARIANT]

The shipped model learns from rows written for the project and scores about 0.63 / 0.58 (three / four labels,
strict macro-F1) on the 768 real quotes of realnews-dev and realnews-extra. This asks whether that gap is the
register of the training rows or the model class: the pooled quotes are split into folds by page (every quote
of a page in one fold), and each fold is labelled by the shipped pipeline fitted on train.tsv plus the real
quotes of the other folds (each real quote repeated `weight` times), or, with --real-only, on those real quotes
alone. Figures are pooled over the held-out folds, as benchmarks/realnews.py scores them. --variant fits a
variant of benchmarks/stance_variants.py instead of the shipped pipeline (e.g. word vectors).

Nothing here trains or chooses the shipped model, and the real quotes never leave the git-ignored folders
they are rebuilt into (benchmarks/out/); the shipped corpus stays written for the project.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import stance_variants  # noqa: E402
from realnews import stance_without_none, three_and_four_label_figures  # noqa: E402

from stance.label.model import load_training_data, one_blas_thread  # noqa: E402

SETS = (HERE / "out" / "realnews-dev", HERE / "out" / "realnews-extra")


def read_sets(folders) -> dict[str, np.ndarray]:
    """The quotes of every set in one table: quote, gold, alt, page (set/source_id) and set, as arrays."""
    rows = [(row["quote"], row["label"], row["alt"], f"{name}/{row['source_id']}", name)
            for name, set_rows in stance_variants.read_sets(folders).items() for row in set_rows]
    return {name: np.asarray(values, dtype=object)
            for name, values in zip(("quotes", "gold", "alt", "pages", "sets"), zip(*rows))}


def held_out_labels(real: dict, folds: int, weight: int, real_only: bool,
                    variant: str = "base") -> tuple[list[str], list[float], list[str]]:
    """Each quote's label, confidence and likeliest stance (none never chosen) from a model that never saw its page."""
    parsed = stance_variants.parse_variant(variant)
    if parsed["neighbours"]:
        sys.exit(f"variant {variant!r}: neighbours= reads the quotes at prediction and is not refitted per fold here")
    training = load_training_data()
    predicted = np.empty(len(real["gold"]), dtype=object)
    confidence = np.zeros(len(real["gold"]))
    without_none = np.empty(len(real["gold"]), dtype=object)
    for train, test in GroupKFold(folds).split(real["quotes"], groups=real["pages"]):
        texts = [] if real_only else list(training.texts)
        labels = [] if real_only else list(training.labels)
        texts += list(real["quotes"][train]) * weight
        labels += list(real["gold"][train]) * weight
        pipeline = stance_variants.fitted(parsed, texts, labels)  # with the variant's dropout copies, if any
        with one_blas_thread():
            probabilities = pipeline.predict_proba(list(real["quotes"][test]))
        predicted[test] = [str(pipeline.classes_[i]) for i in probabilities.argmax(1)]
        confidence[test] = probabilities.max(1)
        without_none[test] = [stance_without_none(label, dict(zip(pipeline.classes_, row)))
                              for label, row in zip(predicted[test], probabilities)]
    return list(predicted), list(confidence), list(without_none)


def figures_line(name: str, real: dict, predicted: list[str], confidence: list[float],
                 without_none: list[str]) -> str:
    """Strict macro-F1 over three labels and four, then over three with none never chosen, pooled and per set."""
    parts = [name]
    for subset in ["pooled", *sorted(set(real["sets"]))]:
        keep = [i for i in range(len(predicted)) if subset == "pooled" or real["sets"][i] == subset]
        gold, alt, confidences = ([values[i] for i in keep] for values in (real["gold"], real["alt"], confidence))
        three, four = three_and_four_label_figures(gold, alt, [predicted[i] for i in keep], confidences)
        forced = three_and_four_label_figures(gold, alt, [without_none[i] for i in keep], confidences)[0]
        parts.append("%s %.3f / %.3f (without none %.3f)" % (
            subset.removeprefix("realnews-"), three["strict"]["macro_f1"], four["strict"]["macro_f1"],
            forced["strict"]["macro_f1"]))
    return "  ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--weights", type=int, nargs="+", default=[0, 1, 3],
                        help="times each real training quote is repeated; 0 is the written corpus alone")
    parser.add_argument("--real-only", action="store_true", help="also fit on the real quotes alone")
    parser.add_argument("--variant", default="base", help="a variant as benchmarks/stance_variants.py reads them")
    parser.add_argument("--sets", nargs="+", type=Path, default=list(SETS), metavar="DIR")
    args = parser.parse_args(argv)
    real = read_sets(args.sets)
    for weight in args.weights:
        labels = held_out_labels(real, args.folds, weight, False, args.variant)
        print(figures_line(f"written corpus + real quotes x{weight}", real, *labels), flush=True)
    if args.real_only:
        labels = held_out_labels(real, args.folds, 1, True, args.variant)
        print(figures_line("real quotes alone", real, *labels), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
