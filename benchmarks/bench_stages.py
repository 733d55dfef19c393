#!/usr/bin/env python3
"""Where `stance analyze` spends its time: each pipeline stage timed in one process.

    python benchmarks/bench_stages.py benchmarks/out/corpus10k [--repeat 3] [--json FILE]

Stages, as `stance analyze DIR --format jsonl -o FILE` runs them: load (read, decode,
clean), extract (quotes, reported speech, attribution), label (model, VADER, themes;
the model is loaded once before timing), write (records to JSONL, to a temporary file).
Each stage's time is the best of --repeat runs; CPU time (process_time) is reported
beside wall time because this machine is shared and wall time is noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import stance.extract  # noqa: E402
from stance.text.corpus import load_articles  # noqa: E402
from stance.export import write_voices_jsonl  # noqa: E402
from stance.pipeline import extract_all, forget_recent_labels, label_voices  # noqa: E402
from stance.label.predictor import load_default_predictor  # noqa: E402

MB = 1e6


def timed(function):
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def run_once(directory: Path, model) -> dict:
    loaded, *load_t = timed(lambda: load_articles([directory]))
    voices, *extract_t = timed(lambda: extract_all(loaded.articles))
    forget_recent_labels()  # each run labels from scratch, not from the labels kept by the last
    labelled, *label_t = timed(lambda: label_voices(voices, model))
    with tempfile.TemporaryDirectory() as tmp:
        def write():
            with open(Path(tmp) / "out.jsonl", "w", encoding="utf-8") as handle:
                write_voices_jsonl(labelled, handle)
        _, *write_t = timed(write)
    return {"articles": len(loaded.articles), "voices": len(labelled),
            "load": load_t, "extract": extract_t, "label": label_t, "write": write_t}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        print(f"error: {args.dir}: not a directory", file=sys.stderr)
        return 2
    size = sum(p.stat().st_size for p in args.dir.iterdir() if p.is_file())
    model = load_default_predictor()
    runs = [run_once(args.dir, model) for _ in range(args.repeat)]
    stages = ("load", "extract", "label", "write")
    best = {s: [min(r[s][k] for r in runs) for k in (0, 1)] for s in stages}
    voices = runs[0]["voices"]
    print(f"{runs[0]['articles']} articles, {size / MB:.2f} MB, {voices} voices; best of {args.repeat}\n")
    print("| stage | wall s | CPU s | rate (CPU) |\n|---|---:|---:|---:|")
    rates = {"load": f"{size / MB / best['load'][1]:.1f} MB/s",
             "extract": f"{size / MB / best['extract'][1]:.2f} MB/s",
             "label": f"{voices / best['label'][1]:,.0f} voices/s",
             "write": f"{voices / best['write'][1]:,.0f} voices/s"}
    for stage in stages:
        print(f"| {stage} | {best[stage][0]:.2f} | {best[stage][1]:.2f} | {rates[stage]} |")
    total = sum(best[s][1] for s in stages)
    print(f"| all four | {sum(best[s][0] for s in stages):.2f} | {total:.2f} | {size / MB / total:.2f} MB/s |")
    print(f"\nMachine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, extraction {stance.extract.BUILD}")
    if args.json:
        args.json.write_text(json.dumps({"size_bytes": size, "voices": voices, "best": best,
                                         "runs": runs}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
