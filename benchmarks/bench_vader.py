"""Time vaderSentiment's polarity_scores against stance.label.vader (not a test: a measurement).

    python benchmarks/bench_vader.py [--quotes 20000] [--repeat 3]

Both score every quote one call at a time (the training texts repeated to --quotes),
best of --repeat. polarity_matrix is shown too, on the same repeated list: it scores
each distinct text once, so its rate says what de-duplication adds.
"""

from __future__ import annotations

import argparse
import os
import time

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

from stance.label import vader  # noqa: E402
from stance.label.model import load_training_data  # noqa: E402


def best_of(repeat, fn):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quotes", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    texts, _ = load_training_data()
    quotes = (texts * (args.quotes // len(texts) + 1))[: args.quotes]
    words = sum(len(q.split()) for q in quotes) / len(quotes)
    ref = SentimentIntensityAnalyzer().polarity_scores
    vader.polarity_scores("warm up")  # load the lexicon outside the timing

    mismatches = sum(ref(q) != vader.polarity_scores(q) for q in texts)
    t_ref = best_of(args.repeat, lambda: [ref(q) for q in quotes])
    t_port = best_of(args.repeat, lambda: [vader.polarity_scores(q) for q in quotes])
    t_matrix = best_of(args.repeat, lambda: vader.polarity_matrix(quotes))

    n = len(quotes)
    print(f"{n} quotes ({len(texts)} distinct, {words:.1f} words on average); "
          f"{mismatches} of {len(texts)} distinct texts differ from the reference")
    print(f"reference vaderSentiment : {t_ref:7.3f} s  {n / t_ref:10,.0f} quotes/s")
    print(f"stance.label.vader             : {t_port:7.3f} s  {n / t_port:10,.0f} quotes/s  "
          f"({t_ref / t_port:.2f}x faster)")
    print(f"stance.label.vader matrix      : {t_matrix:7.3f} s  {n / t_matrix:10,.0f} quotes/s  "
          f"(de-duplicated, {t_ref / t_matrix:.1f}x)")


if __name__ == "__main__":
    main()
