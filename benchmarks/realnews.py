#!/usr/bin/env python3
"""Score extraction and stance on the real-news dev set (../shared/realnews-dev, rebuilt locally).

usage: python benchmarks/realnews.py [--data DIR] [--stance-bin PATH] [--json OUT] [--save FILE] [--details]
                                    [--stance-only]

DIR (default benchmarks/out/realnews-dev) is what ../shared/realnews-dev/materialize.py writes: articles/,
passages/, gold.jsonl and stance.tsv. The texts are third-party: keep DIR git-ignored and never paste them.

The CLI runs in a subprocess, so the figures hold whatever the library's internals become:
  1. extraction: `stance analyze DIR/articles --format jsonl` against DIR/gold.jsonl, matched by the
     project's rule (same article, spans overlapping by half the shorter one, one record per gold voice);
     gold voices marked `optional` are left out of recall, and a record matching one is not spurious.
  2. stance: `stance classify --format jsonl` on the quote column of DIR/stance.tsv, scored strictly
     (primary label) and leniently (primary or alt), over the three stance labels and over all four;
     the three-label figure is also printed with `none` never chosen (the likeliest of the three stances).

`--save FILE` writes the figures only (numbers and what each measures, never a quote) for the Model page:
  python benchmarks/realnews.py --save stance/label/data/realnews_scores.json
  python benchmarks/realnews.py --stance-only --data benchmarks/out/realnews-extra \
      --save stance/label/data/realnews_extra_scores.json
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_save import ABOUT_SECOND_SET, saved_figures, shipped_model_sha256  # noqa: E402
from plain_text import clean_like_stance  # noqa: E402

MIN_OVERLAP = 0.5  # same rule as stance/scoring.py
STANCE_LABELS = ("welcoming", "skeptical", "political")
NONE_LABEL = "none"
CONFIDENT = 0.8
ECE_BINS = 10


# ---------------------------------------------------------------- running the CLI

def run_cli(stance_bin: str, args: list[str], stdin: str | None = None) -> list[dict]:
    """The JSON objects the CLI prints, one per non-empty line; exits on a CLI failure."""
    done = subprocess.run([stance_bin, *args], input=stdin, capture_output=True, text=True, encoding="utf-8")
    if done.returncode != 0:
        sys.exit(f"{stance_bin} {args[0]} failed ({done.returncode}):\n{done.stderr.strip()}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


# ---------------------------------------------------------------- extraction

def clean_text(raw: str) -> str:
    """The CLI's plain-text layout cleaning: records' offsets point into this, not into the raw file.

    Only layout is normalised (one space between words, no blank lines); records whose quote is not at
    their offsets here are relocated by `place_records`, so a change in the CLI's cleaning shows up
    as a warning rather than as wrong scores.
    """
    return clean_like_stance(raw)


def find_span(text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """Span of `quote` in `text`: exact first (as stance/scoring.py does), else with any whitespace run."""
    start = text.find(quote)
    if start >= 0:
        return start, start + len(quote)
    words = quote.split()
    if not words:
        return None
    matches = list(re.finditer(r"\s+".join(map(re.escape, words)), text))
    best = min(matches, key=lambda m: abs(m.start() - near), default=None)
    return (best.start(), best.end()) if best else None


def load_texts(data: Path, ids: set[str]) -> dict[str, Path]:
    """Files to analyze: every article, plus the passages the gold refers to (none in the current set)."""
    files = {p.stem: p for p in sorted((data / "articles").glob("*.txt"))}
    for article_id in sorted(ids - files.keys()):
        passage = data / "passages" / f"{article_id}.txt"
        if not passage.is_file():
            sys.exit(f"gold refers to {article_id}, which is neither in articles/ nor in passages/")
        files[article_id] = passage
    return files


def place_gold(rows: list[dict], texts: dict[str, str]) -> list[dict]:
    """Gold voices with offsets into the cleaned text (gold_offsets.jsonl's own offsets are into the raw text)."""
    placed = []
    for row in rows:
        span = find_span(texts[row["article"]], row["quote"])
        if span is None:
            sys.exit(f"gold quote not found in {row['article']}: rebuild the texts (materialize.py)")
        placed.append({**row, "start": span[0], "end": span[1]})
    return placed


def place_records(records: list[dict], texts: dict[str, str]) -> int:
    """Check each record's quote sits at its offsets in our cleaned text; relocate it if not. Returns moves."""
    moved = 0
    for record in records:
        text = texts.get(record["article"], "")
        if text[record["start"]:record["end"]] == record["quote"]:
            continue
        span = find_span(text, record["quote"], record["start"])
        if span:
            record["start"], record["end"] = span
            moved += 1
    return moved


def overlap(a: dict, b: dict) -> float:
    shared = min(a["end"], b["end"]) - max(a["start"], b["start"])
    shortest = min(a["end"] - a["start"], b["end"] - b["start"])
    return shared / shortest if shared > 0 and shortest > 0 else 0.0


def match(records: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    """(gold index, record index) pairs, best overlaps first, each side used once: stance/scoring.py's rule."""
    pairs = sorted(
        ((overlap(g, r), gi, ri) for gi, g in enumerate(gold) for ri, r in enumerate(records)
         if g["article"] == r["article"] and overlap(g, r) >= MIN_OVERLAP),
        reverse=True,
    )
    used_gold, used_records, matched = set(), set(), []
    for _, gi, ri in pairs:
        if gi not in used_gold and ri not in used_records:
            used_gold.add(gi)
            used_records.add(ri)
            matched.append((gi, ri))
    return matched


def group(kind: str) -> str:
    return "direct" if kind == "direct" else "reported"  # reported speech: indirect and partial


def prf(hits_found: int, found: int, hits_gold: int, gold: int) -> dict:
    """Precision over what was found, recall over the gold: the two sides can count different items."""
    precision = hits_found / found if found else 0.0
    recall = hits_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            "found": found, "found_matched": hits_found, "gold": gold, "gold_matched": hits_gold}


def speaker_key(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").split()).casefold()


def lenient_speaker(gold_speaker: str, found_speaker: str) -> bool:
    """The gold speaker's last word is a whole word of the found speaker ("Smith" in "Jane Smith, the mayor")."""
    gold_words = re.findall(r"\w+", speaker_key(gold_speaker))
    return bool(gold_words) and gold_words[-1] in re.findall(r"\w+", speaker_key(found_speaker))


def score_extraction(records: list[dict], gold: list[dict]) -> tuple[dict, dict]:
    """(figures, details) for records against gold, optional gold voices neither required nor spurious."""
    pairs = match(records, gold)
    required_pairs = [(gi, ri) for gi, ri in pairs if not gold[gi].get("optional")]
    excused = {ri for gi, ri in pairs if gold[gi].get("optional")}
    matched_gold = {gi for gi, _ in pairs}
    matched_records = {ri for _, ri in required_pairs}
    counted = [i for i in range(len(records)) if i not in excused]
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    figures = {}
    for name, wanted in (("direct", {"direct"}), ("reported", {"reported"}), ("all", {"direct", "reported"})):
        found = [i for i in counted if group(records[i]["kind"]) in wanted]
        in_gold = [i for i in required if group(gold[i]["kind"]) in wanted]
        figures[name] = prf(sum(i in matched_records for i in found), len(found),
                            sum(i in matched_gold for i in in_gold), len(in_gold))
    # Speaker and kind accuracy are over the matched required voices only.
    speakers = [(gi, gold[gi]["speaker"], records[ri]["speaker"]) for gi, ri in required_pairs]
    strict = {gi for gi, want, got in speakers if speaker_key(want) == speaker_key(got)}
    lenient = {gi for gi, want, got in speakers if lenient_speaker(want, got)}
    same_kind = sum(gold[gi]["kind"] == records[ri]["kind"] for gi, ri in required_pairs)
    pairs_n = len(required_pairs) or 1
    figures["speaker_accuracy"] = len(strict) / pairs_n
    figures["speaker_accuracy_lenient"] = len(lenient) / pairs_n
    figures["kind_accuracy"] = same_kind / pairs_n
    figures["optional_gold"] = len(gold) - len(required)
    figures["records_matching_optional"] = len(excused)
    details = {
        "missed": [gold[i] for i in required if i not in matched_gold],
        "spurious": [records[i] for i in counted if i not in matched_records],
        "wrong_speaker": [(gold[gi], records[ri]) for gi, ri in required_pairs if gi not in strict],
    }
    return figures, details


def extraction(data: Path, stance_bin: str) -> tuple[dict, dict]:
    rows = [json.loads(line) for line in (data / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    files = load_texts(data, {row["article"] for row in rows})
    texts = {article_id: clean_text(path.read_text(encoding="utf-8")) for article_id, path in files.items()}
    passages = [str(path) for path in files.values() if path.parent.name == "passages"]
    records = run_cli(stance_bin, ["analyze", str(data / "articles"), *passages, "--format", "jsonl"])
    moved = place_records(records, texts)
    figures, details = score_extraction(records, place_gold(rows, texts))
    figures["records_relocated"] = moved  # non-zero: the CLI's cleaning no longer matches clean_text
    return figures, details


# ---------------------------------------------------------------- stance

def prediction(record: dict) -> tuple[str, float, dict]:
    """(label, confidence, probabilities) from either `p_<label>` keys or a `probabilities` mapping."""
    probabilities = record.get("probabilities")
    if not isinstance(probabilities, dict):
        probabilities = {key[2:]: value for key, value in record.items() if key.startswith("p_")}
    label = record.get("stance") or record.get("label") or max(probabilities, key=probabilities.get)
    confidence = record.get("confidence")
    if confidence is None:
        confidence = max(probabilities.values()) if probabilities else 0.0
    return label, float(confidence), probabilities


def stance_without_none(label: str, probabilities: dict) -> str:
    """The likeliest of the three stances: the label a quote gets when `none` is never chosen."""
    return max(STANCE_LABELS, key=lambda name: probabilities.get(name, 0.0)) if probabilities else label


def feature_name(entry) -> str:
    """"word:think +0.37" -> "word:think"; objects carry the name under `feature` or `name`."""
    if isinstance(entry, dict):
        return str(entry.get("feature") or entry.get("name") or "")
    if isinstance(entry, (list, tuple)):
        return str(entry[0]) if entry else ""
    name, _, weight = str(entry).rpartition(" ")
    return name if name and re.fullmatch(r"[+-]?\d+(\.\d+)?(e[+-]?\d+)?", weight) else str(entry)


def is_stopword_feature(name: str, stop_words=None) -> bool:
    """A feature whose tokens are all English stop words ("word:in", "word:but it").

    Lexicon features ("lex:political", "cue:won't last") never count: they name an audited lexicon entry.
    `stop_words`: scikit-learn's English list (independent of the model) unless given.
    """
    kind, _, value = name.partition(":") if ":" in name else ("", "", name)
    tokens = value.lower().split()
    stop_words = ENGLISH_STOP_WORDS if stop_words is None else stop_words
    return not kind.startswith(("lex", "cue")) and bool(tokens) and all(token in stop_words for token in tokens)


def per_class(gold: list[str], predicted: list[str], classes: list[str]) -> dict:
    scores = {}
    for label in classes:
        hits = sum(g == p == label for g, p in zip(gold, predicted))
        scores[label] = prf(hits, sum(p == label for p in predicted), hits, sum(g == label for g in gold))
    return scores


def confusion(gold: list[str], predicted: list[str], rows: list[str]) -> dict:
    """Gold label rows x predicted label columns."""
    columns = rows + sorted(set(predicted) - set(rows))
    return {g: {p: sum(a == g and b == p for a, b in zip(gold, predicted)) for p in columns} for g in rows}


def expected_calibration_error(confidences: list[float], correct: list[bool], bins: int = ECE_BINS) -> float:
    """Mean |accuracy - confidence| over equal-width confidence bins, weighted by bin size."""
    buckets: list[list[int]] = [[] for _ in range(bins)]
    for i, confidence in enumerate(confidences):
        buckets[min(int(confidence * bins), bins - 1)].append(i)
    total = len(confidences)
    return sum(
        len(b) / total * abs(sum(correct[i] for i in b) / len(b) - sum(confidences[i] for i in b) / len(b))
        for b in buckets if b
    ) if total else 0.0


def label_figures(gold: list[str], alt: list[str], predicted: list[str], confidences: list[float],
                  classes: list[str]) -> dict:
    # Lenient: a prediction equal to the alt label counts as if the alt had been the gold label.
    lenient_gold = [p if p in (g, a) else g for g, a, p in zip(gold, alt, predicted)]
    figures = {"n": len(gold), "classes": classes}
    for mode, reference in (("strict", gold), ("lenient", lenient_gold)):
        classes_scores = per_class(reference, predicted, classes)
        figures[mode] = {
            "macro_f1": sum(s["f1"] for s in classes_scores.values()) / len(classes) if classes else 0.0,
            "accuracy": sum(r == p for r, p in zip(reference, predicted)) / len(gold) if gold else 0.0,
            "per_class": classes_scores,
            "confusion": confusion(reference, predicted, classes),
        }
    correct = [g == p for g, p in zip(gold, predicted)]
    figures["ece"] = expected_calibration_error(confidences, correct)
    figures["wrong_at_confidence_0.8"] = sum(c >= CONFIDENT and not ok for c, ok in zip(confidences, correct))
    return figures


def read_tsv(path: Path) -> list[dict]:
    """Rows of a plain TSV with a header (no CSV quoting: a quote mark is text)."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def three_and_four_label_figures(gold: list[str], alt: list[str], predicted: list[str],
                                 confidences: list[float]) -> tuple[dict, dict]:
    """label_figures over the three stance labels (on the quotes whose gold label is one of them) and over all four."""
    three = [i for i, label in enumerate(gold) if label in STANCE_LABELS]
    return (label_figures(*([values[i] for i in three] for values in (gold, alt, predicted, confidences)),
                          list(STANCE_LABELS)),
            label_figures(gold, alt, predicted, confidences, [*STANCE_LABELS, NONE_LABEL]))


def stance(data: Path, stance_bin: str) -> dict:
    rows = read_tsv(data / "stance.tsv")
    quotes = [" ".join(row["quote"].splitlines()) for row in rows]  # one quote per input line
    records = run_cli(stance_bin, ["classify", "--format", "jsonl"], "\n".join(quotes) + "\n")
    if len(records) != len(rows):
        sys.exit(f"stance classify returned {len(records)} records for {len(rows)} quotes")
    predictions = [prediction(record) for record in records]
    model_labels = sorted({label for _, _, probs in predictions for label in probs} | {p[0] for p in predictions})
    gold = [row["label"] for row in rows]
    alt = [row.get("alt") or "" for row in rows]
    predicted = [label for label, _, _ in predictions]
    confidences = [confidence for _, confidence, _ in predictions]
    three_label, four_label = three_and_four_label_figures(gold, alt, predicted, confidences)
    # Issue 13's three-label figure read the other way: the model choosing among the three stances only.
    forced = [stance_without_none(label, probabilities) for label, _, probabilities in predictions]
    three_without_none = three_and_four_label_figures(gold, alt, forced, confidences)[0]
    from stance.label.modelfile import stop_words

    def stopword_free_share(words) -> float:
        free = [not any(is_stopword_feature(feature_name(f), words) for f in (record.get("top_features") or [])[:3])
                for record in records]
        return sum(free) / len(free) if free else 0.0
    return {
        "n": len(rows),
        "model_labels": model_labels,
        "model_has_none": NONE_LABEL in model_labels,
        "three_label": three_label,
        "three_label_without_none": three_without_none,
        "four_label": four_label,
        "stopword_free_top3_share": stopword_free_share(stop_words()),           # the model's own list
        "stopword_free_top3_share_sklearn": stopword_free_share(ENGLISH_STOP_WORDS),  # scikit-learn's list
    }


# ---------------------------------------------------------------- report

def print_extraction(figures: dict) -> None:
    print("EXTRACTION  (optional gold voices: %d, records matching them: %d)"
          % (figures["optional_gold"], figures["records_matching_optional"]))
    for name in ("direct", "reported", "all"):
        f = figures[name]
        print(f"  {name:9} P {f['precision']:.3f}  R {f['recall']:.3f}  F1 {f['f1']:.3f}"
              f"   (records {f['found_matched']}/{f['found']} matched, gold {f['gold_matched']}/{f['gold']})")
    print(f"  speaker accuracy {figures['speaker_accuracy']:.3f}  lenient {figures['speaker_accuracy_lenient']:.3f}"
          f"   kind accuracy {figures['kind_accuracy']:.3f}")
    if figures["records_relocated"]:
        print(f"  warning: {figures['records_relocated']} records were not at their offsets in the cleaned text")


def print_details(details: dict) -> None:
    for g in details["missed"]:
        print(f"  missed   [{g['article']}] {g['kind']:8} {g['speaker']}: {g['quote'][:70]!r}")
    for r in details["spurious"]:
        print(f"  spurious [{r['article']}] {r['kind']:8} {r['speaker']}: {r['quote'][:70]!r}")
    for g, r in details["wrong_speaker"]:
        print(f"  speaker  [{g['article']}] gold {g['speaker']!r} found {r['speaker']!r}: {g['quote'][:50]!r}")


def print_labels(title: str, figures: dict) -> None:
    strict, lenient = figures["strict"], figures["lenient"]
    print(f"  {title} (n={figures['n']}): macro-F1 strict {strict['macro_f1']:.3f}"
          f"  lenient {lenient['macro_f1']:.3f}   accuracy {strict['accuracy']:.3f} / {lenient['accuracy']:.3f}"
          f"   ECE {figures['ece']:.3f}   wrong at conf>={CONFIDENT}: {figures['wrong_at_confidence_0.8']}")
    for label in figures["classes"]:
        s, le = strict["per_class"][label], lenient["per_class"][label]
        print(f"    {label:10} P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}   lenient F1 {le['f1']:.3f}")
    columns = next(iter(strict["confusion"].values())).keys()
    print("    gold \\ predicted " + " ".join(f"{c[:9]:>9}" for c in columns))
    for label, row in strict["confusion"].items():
        print(f"    {label:17} " + " ".join(f"{row[c]:>9}" for c in columns))


def print_stance(figures: dict) -> None:
    print(f"STANCE  (model labels: {', '.join(figures['model_labels'])})")
    print_labels("3-label", figures["three_label"])
    without_none = figures["three_label_without_none"]
    print(f"  3-label with none never chosen (the likeliest of the three stances): macro-F1 strict "
          f"{without_none['strict']['macro_f1']:.3f}  lenient {without_none['lenient']['macro_f1']:.3f}")
    note = "" if figures["model_has_none"] else "; the model has no none label, so none is never predicted"
    print_labels("4-label" + note, figures["four_label"])
    print(f"  quotes with no stop-word feature in their top three: {figures['stopword_free_top3_share']:.3f}"
          f" (scikit-learn's stop list, which also holds words like last, bill, show: "
          f"{figures['stopword_free_top3_share_sklearn']:.3f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("benchmarks/out/realnews-dev"),
                        help="the rebuilt set (default: %(default)s)")
    parser.add_argument("--stance-bin", default=str(Path(sys.executable).with_name("stance")),
                        help="stance CLI to measure (default: the one next to this Python)")
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--save", type=Path, help="write the figures only (no text) to this JSON file")
    parser.add_argument("--details", action="store_true", help="list misses, spurious records and wrong speakers")
    parser.add_argument("--stance-only", action="store_true",
                        help="score stance alone (a set with stance.tsv only, such as benchmarks/realnews-extra)")
    args = parser.parse_args(argv)
    for needed in ("stance.tsv",) if args.stance_only else ("gold.jsonl", "stance.tsv", "articles"):
        if not (args.data / needed).exists():
            sys.exit(f"{args.data / needed} missing: rebuild the set (see ../shared/realnews-dev/README.md)")
    extraction_figures, details = ({}, {}) if args.stance_only else extraction(args.data, args.stance_bin)
    stance_figures = stance(args.data, args.stance_bin)
    if not args.stance_only:
        print_extraction(extraction_figures)
        if args.details:
            print_details(details)
    print_stance(stance_figures)
    if args.json:
        figures = {"data": str(args.data), "stance_bin": args.stance_bin,
                   "extraction": extraction_figures, "stance": stance_figures}
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    if args.save:
        if args.stance_only:
            command = f"python benchmarks/realnews.py --stance-only --data {args.data} --save {args.save}"
            saved = saved_figures({}, stance_figures, shipped_model_sha256(), ABOUT_SECOND_SET, command)
        else:
            saved = saved_figures(extraction_figures, stance_figures, shipped_model_sha256())
        args.save.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
