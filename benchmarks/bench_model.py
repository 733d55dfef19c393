"""Time model training and `stance classify` on N lines (not a test: a measurement).

    python benchmarks/bench_model.py [--lines 10000 100000] [--repeat 3] [--jobs 0 1] [--json FILE]

Training is timed in-process (best of --repeat). Classification runs the real CLI as a
subprocess, fed N distinct quote-like lines built from the training corpus, so the
figure includes start-up, model loading, VADER and writing JSONL. `--jobs` lists the worker
counts to time (0: the command's default, one per CPU).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # idle BLAS threads slow small dot products

from stance.engines.classify import default_jobs  # noqa: E402
from stance.label.model import load_training_data, train  # noqa: E402


def machine() -> str:
    memory = ""
    try:
        kb = int(next(line for line in open("/proc/meminfo") if line.startswith("MemTotal")).split()[1])
        memory = f", {kb / 1024**2:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"


def stance_command() -> list[str]:
    script = Path(sys.executable).with_name("stance")
    return [str(script)] if script.exists() else [sys.executable, "-m", "stance.cli"]


def time_training(repeat: int) -> tuple[float, int]:
    texts, labels = load_training_data()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        train(texts, labels)
        best = min(best, time.perf_counter() - started)
    return best, len(texts)


def time_classify(lines: int, repeat: int, jobs: int = 0) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds of the classify processes: user + system)."""
    texts, _ = load_training_data()
    # Distinct lines, so no cache can help: a training sentence plus a running number.
    payload = "".join(f"{texts[i % len(texts)]} (#{i})\n" for i in range(lines)).encode("utf-8")
    best = best_cpu = float("inf")
    with tempfile.TemporaryFile() as sink:
        for _ in range(repeat):
            sink.seek(0)
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(stance_command() + ["classify", "--jobs", str(jobs)], input=payload, stdout=sink, stderr=subprocess.PIPE)
            elapsed = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode:
                raise SystemExit(f"classify failed: {done.stderr.decode(errors='replace')}")
            best = min(best, elapsed)
            # CPU time does not count waiting for other work on a shared machine.
            best_cpu = min(best_cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        sink.seek(0)
        produced = sum(1 for _ in sink)
    if produced != lines:
        raise SystemExit(f"classify printed {produced} records for {lines} lines")
    return best, best_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[0, 1], help="worker counts (0: one per CPU)")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()

    train_seconds, rows = time_training(args.repeat)
    results = {"machine": machine(), "train_seconds": train_seconds, "train_rows": rows, "classify": {}}
    print(f"Machine: {results['machine']}\n")
    print("| measurement | seconds | CPU seconds | rate |\n|---|---:|---:|---:|")
    print(f"| train on {rows} rows (best of {args.repeat}) | {train_seconds:.2f} | | {rows / train_seconds:,.0f} rows/s |")
    for lines in args.lines:
        for jobs in args.jobs:
            seconds, cpu = time_classify(lines, args.repeat, jobs)
            results["classify"][f"{lines} jobs {jobs}"] = {"seconds": seconds, "cpu_seconds": cpu}
            workers = f"{default_jobs()} workers (default)" if jobs == 0 else f"--jobs {jobs}"
            print(f"| `stance classify`, {lines:,} lines, {workers} (best of {args.repeat}) | {seconds:.2f} | "
                  f"{cpu:.2f} | {lines / seconds:,.0f} lines/s |")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
