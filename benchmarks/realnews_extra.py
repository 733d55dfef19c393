#!/usr/bin/env python3
"""A second real-news stance set: annotations kept in git, texts rebuilt locally and never committed.

usage:
  python benchmarks/realnews_extra.py materialize [DIR]   check DIR/pages/*.txt, write DIR/stance.tsv
  python benchmarks/realnews_extra.py freeze [DIR] [--exclude STANCE_TSV]
                                                          annotations in DIR -> benchmarks/annotations/realnews-extra/
  python benchmarks/realnews_extra.py agreement FIRST SECOND
                                                          how often two annotators agree
  python benchmarks/realnews_extra.py recall [DIR]        how many annotated voices extraction finds

DIR (default benchmarks/out/realnews-extra, git-ignored) holds `pages/<id>.txt`: the stored excerpt of a public
web page, found with the `pages` corpus of the search tool by the `query` and `url` in
benchmarks/annotations/realnews-extra/sources.tsv, written exactly as stored. `materialize` checks each text against
texts.sha256 and writes DIR/stance.tsv (quote, label, alt, source_id), which
`python benchmarks/realnews.py --stance-only --data DIR` scores. The committed files hold offsets, short
hashes of the quoted spans, labels and where each page is: no sentence of any article.

`freeze` is how the set was made: annotators saved pages and wrote `part_*.tsv` (quote, label, alt, source_id)
and `sources_*.tsv` (id, url, query, rank) in DIR; it finds each quote in its page and writes the committed files.
`recall` runs extraction on DIR/pages and counts the annotated voices that a record overlaps by at least half of
the shorter span (the matching rule of the other benchmarks). The annotators marked the voices they labelled, not
every voice on a page, so this is recall only; and the eighth session read its misses for general shapes, so it no
longer measures extraction blind.
`agreement` compares two label files (TSV with `label` and `alt` columns, rows in the same order): Cohen's kappa
and the macro-F1 of the second against the first, strict and lenient, the figures a model is held to.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from realnews import MIN_OVERLAP, NONE_LABEL, STANCE_LABELS, overlap, read_tsv, three_and_four_label_figures  # noqa: E402

SET = HERE / "annotations" / "realnews-extra"
DEFAULT_DIR = HERE / "out" / "realnews-extra"
LABELS = (*STANCE_LABELS, NONE_LABEL)


def short_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def write_tsv(path: Path, header: list[str], rows: list[list]) -> None:
    lines = ["\t".join(header)] + ["\t".join(str(value) for value in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def six_word_sequences(text: str) -> set[tuple[str, ...]]:
    # Whitespace words, punctuation kept: the set was frozen this way (check_training_overlap's
    # punctuation-free words would leave out one more quote, changing the committed set).
    words = text.lower().split()
    return {tuple(words[i:i + 6]) for i in range(len(words) - 5)}


def freeze(folder: Path, set_dir: Path = SET, exclude: Path | None = None) -> int:
    """Annotations in `folder` -> the committed sources.tsv, stance_offsets.tsv and texts.sha256.
    A quote sharing a 6-word sequence with a quote of `exclude` (another set's stance.tsv: the same
    statement reprinted by another outlet) is left out, so the two sets never count a voice twice."""
    excluded = set().union(*(six_word_sequences(row["quote"]) for row in read_tsv(exclude))) if exclude else set()
    sources, seen_urls, offsets, problems = [], {}, [], []
    for path in sorted(folder.glob("sources_*.tsv")):
        for row in read_tsv(path):
            if row["url"] in seen_urls:
                problems.append(f"{row['id']}: same page as {seen_urls[row['url']]}, left out")
                continue
            seen_urls[row["url"]] = row["id"]
            sources.append(row)
    kept = {row["id"] for row in sources}
    texts = {sid: (folder / "pages" / f"{sid}.txt").read_text(encoding="utf-8") for sid in sorted(kept)}
    for path in sorted(folder.glob("part_*.tsv")):
        for row in read_tsv(path):
            sid, quote = row["source_id"], row["quote"]
            if sid not in kept:
                continue
            if row["label"] not in LABELS or (row["alt"] and row["alt"] not in LABELS):
                problems.append(f"{sid}: bad label {row['label']!r}/{row['alt']!r}, left out")
                continue
            if six_word_sequences(quote) & excluded:
                problems.append(f"{sid}: quote also in {exclude}, left out")
                continue
            start = texts[sid].find(quote)
            if start < 0 or not quote.strip():
                problems.append(f"{sid}: quote not found in its page, left out")
                continue
            offsets.append([sid, start, start + len(quote), short_hash(quote), row["label"], row["alt"]])
    used = sorted({row[0] for row in offsets})
    set_dir.mkdir(parents=True, exist_ok=True)
    write_tsv(set_dir / "sources.tsv", ["id", "url", "query", "rank"],
              [[r["id"], r["url"], r["query"], r["rank"]] for r in sources if r["id"] in used])
    write_tsv(set_dir / "stance_offsets.tsv", ["source_id", "start", "end", "sha", "label", "alt"], offsets)
    (set_dir / "texts.sha256").write_text("".join(
        f"{hashlib.sha256(texts[sid].encode('utf-8')).hexdigest()}  pages/{sid}.txt\n" for sid in used))
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(offsets)} quotes from {len(used)} pages; labels {dict(Counter(r[4] for r in offsets))}")
    return 0


def locate(text: str, start: int, end: int, want: str) -> str | None:
    """The span of length end-start whose short hash is `want`: at `start`, else the nearest such span."""
    length = end - start
    if short_hash(text[start:end]) == want:
        return text[start:end]
    for i in sorted(range(max(len(text) - length + 1, 0)), key=lambda i: abs(i - start)):
        if short_hash(text[i:i + length]) == want:
            return text[i:i + length]
    return None


def materialize(folder: Path, set_dir: Path = SET) -> int:
    """Check the rebuilt pages and write folder/stance.tsv. A page that differs from the annotated one
    is named and its spans are found by their hashes; exit 1 when a page or a span is missing."""
    wanted = dict(reversed(line.split("  ", 1)) for line in (set_dir / "texts.sha256").read_text().splitlines())
    texts, failures = {}, []
    for rel, digest in wanted.items():
        path = folder / rel
        if not path.exists():
            failures.append(f"{rel}: missing")
            continue
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != digest:
            print(f"{rel}: differs from the annotated text; spans located by their hashes", file=sys.stderr)
        texts[Path(rel).stem] = text
    rows = []
    for row in read_tsv(set_dir / "stance_offsets.tsv"):
        text = texts.get(row["source_id"])
        if text is None:
            continue
        quote = locate(text, int(row["start"]), int(row["end"]), row["sha"])
        if quote is None:
            failures.append(f"{row['source_id']} {row['start']}: span not found")
            continue
        rows.append([" ".join(quote.split()), row["label"], row["alt"], row["source_id"]])
    write_tsv(folder / "stance.tsv", ["quote", "label", "alt", "source_id"], rows)
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{folder / 'stance.tsv'}: {len(rows)} quotes")
    return 1 if failures else 0


def _record_span(text: str, voice) -> dict | None:
    """Where a record's quote stands in the page as saved (cleaning may shift offsets a little)."""
    if text[voice.start : voice.end] == voice.quote:
        return {"start": voice.start, "end": voice.end}
    found = text.find(voice.quote[:40])
    return {"start": found, "end": found + len(voice.quote)} if found >= 0 else None


def recall(folder: Path, set_dir: Path = SET) -> int:
    """Share of the annotated voices that an extracted record overlaps by half the shorter span."""
    from stance.pipeline import analyze

    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((folder / "pages").glob("*.txt"))}
    found_spans: dict[str, list[dict]] = {}
    for voice in analyze([folder / "pages"], label=False).voices:
        span = _record_span(texts.get(voice.article, ""), voice)
        if span:
            found_spans.setdefault(voice.article, []).append(span)
    gold = [row for row in read_tsv(set_dir / "stance_offsets.tsv") if row["source_id"] in texts]
    found = 0
    for row in gold:
        span = {"start": int(row["start"]), "end": int(row["end"])}
        found += any(overlap(span, record) >= MIN_OVERLAP for record in found_spans.get(row["source_id"], ()))
    print(f"{found} of {len(gold)} annotated voices found: recall {found / max(1, len(gold)):.3f} "
          f"({sum(map(len, found_spans.values()))} records on {len(texts)} pages)")
    return 0


def cohen_kappa(first: list[str], second: list[str]) -> float:
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else 1.0


def agreement(first_path: Path, second_path: Path) -> int:
    first, second = read_tsv(first_path), read_tsv(second_path)
    if len(first) != len(second):
        sys.exit(f"{second_path}: {len(second)} rows, {first_path} has {len(first)}")
    gold = [row["label"] for row in first]
    other = [row["label"] for row in second]
    # Scored as a model is: the first annotator's alt label makes the lenient figures.
    three, four = three_and_four_label_figures(gold, [row.get("alt") or "" for row in first], other, [1.0] * len(gold))
    print(f"{len(gold)} quotes; raw agreement {four['strict']['accuracy']:.3f}, "
          f"Cohen's kappa {cohen_kappa(gold, other):.3f}")
    for name in ("strict", "lenient"):
        print(f"  second against first, {name}: macro-F1 4 labels {four[name]['macro_f1']:.3f}, "
              f"3 labels {three[name]['macro_f1']:.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("materialize", "freeze", "recall"):
        sub = commands.add_parser(name)
        sub.add_argument("dir", type=Path, nargs="?", default=DEFAULT_DIR)
        sub.add_argument("--set", type=Path, default=SET, help="the committed annotations (default: %(default)s)")
        if name == "freeze":
            sub.add_argument("--exclude", type=Path, help="another set's stance.tsv whose quotes are left out")
    sub = commands.add_parser("agreement")
    sub.add_argument("first", type=Path)
    sub.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    if args.command == "agreement":
        return agreement(args.first, args.second)
    if args.command == "freeze":
        return freeze(args.dir, args.set, args.exclude)
    if args.command == "recall":
        return recall(args.dir, args.set)
    return materialize(args.dir, args.set)


if __name__ == "__main__":
    sys.exit(main())
