#!/usr/bin/env python3
"""Check that no training sentence shares a 6-word sequence with the real-news texts kept locally.

    python benchmarks/check_training_overlap.py [--texts DIR ...] [--train FILE]

The training corpus is written for the project and must not copy or paraphrase real articles.
A test checks the seeds (tests/test_training_data.py); the real-news sets are third-party and
live only in git-ignored folders, so this script checks them where they have been rebuilt.
Exit 1 and the offending rows (with the shared word sequence) when any overlap is found.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 6
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.replace("\u2019", "'").lower())


def ngrams(tokens: list[str], n: int = N) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", nargs="+", default=[str(ROOT / "benchmarks/out/realnews-dev"),
                                                       str(ROOT / "benchmarks/out/realnews-extra")],
                        help="folders of real-news .txt files (searched recursively; default: both real sets)")
    parser.add_argument("--train", default=str(ROOT / "stance/label/data/train.tsv"), help="training TSV")
    args = parser.parse_args()
    real: set[tuple[str, ...]] = set()
    files = [p for folder in args.texts for p in sorted(Path(folder).rglob("*.txt"))]
    if not files:
        print(f"no .txt files under {', '.join(args.texts)}: rebuild the real-news set first", file=sys.stderr)
        return 2
    for path in files:
        real |= ngrams(words(path.read_text(encoding="utf-8", errors="replace")))
    lines = Path(args.train).read_text(encoding="utf-8").splitlines()[1:]
    overlaps = [(n, line.split("\t", 1)[0], sorted(ngrams(words(line.split("\t", 1)[0])) & real)[0])
                for n, line in enumerate(lines, start=2) if ngrams(words(line.split("\t", 1)[0])) & real]
    for lineno, text, shared in overlaps:
        print(f"{args.train}:{lineno}: shares {' '.join(shared)!r}: {text[:80]}")
    print(f"{len(lines)} training rows, {len(files)} real texts: {len(overlaps)} rows share a {N}-word sequence")
    return 1 if overlaps else 0


if __name__ == "__main__":
    sys.exit(main())
