#!/usr/bin/env python3
"""Compare two versions of `stance analyze` on one corpus, alternating runs so load drifts hit both.

    python benchmarks/bench_versions.py OLD/.venv/bin/stance NEW/.venv/bin/stance benchmarks/out/corpus4k --rounds 5

Each round runs OLD then NEW (`stance analyze DIR -o <tmpfile>` plus --extra), pinned to one CPU
with --cpu (Linux). Per version: best and median wall time and CPU time (user + sys of the child,
from os.wait4), MB/s at the median, and NEW/OLD ratios. On a busy machine CPU time is the steadier
figure; the outputs of the two versions are also compared byte for byte.

On a shared machine the neighbours' load moves whole runs by 10-40%. With --quiet-below SECONDS a
round starts only when a probe (20 million additions in a fresh `python3`, about 1.3 s on this
machine when it is quiet) reads under SECONDS, checked every 30 s for at most --wait-minutes; the
probe is read again after the round, and both readings are printed with it, so every figure says
how quiet the machine was.
"""

from __future__ import annotations

import argparse
import filecmp
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_memory import measure  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the stance executable before the change")
    parser.add_argument("new", help="the stance executable after the change")
    parser.add_argument("corpus", type=Path, help="folder of articles")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cpu", type=int, default=None, help="pin both to this CPU (taskset)")
    parser.add_argument("--extra", default="", help="extra arguments for `stance analyze`")
    parser.add_argument("--quiet-below", type=float, default=None, metavar="SECONDS",
                        help="start a round only when the probe reads under SECONDS")
    parser.add_argument("--wait-minutes", type=float, default=60.0, help="longest wait for a quiet machine per round")
    args = parser.parse_args(argv)
    corpus_mb = sum(path.stat().st_size for path in args.corpus.rglob("*") if path.is_file()) / 1e6

    pin = ["taskset", "-c", str(args.cpu)] if args.cpu is not None else []
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory(prefix="stance-versions-") as tmp:
        outputs = {name: Path(tmp) / f"{name}.jsonl" for name in runs}
        for round_ in range(args.rounds):
            before = _wait_until_quiet(args.quiet_below, args.wait_minutes) if args.quiet_below else None
            for name, binary in (("old", args.old), ("new", args.new)):
                run = measure(pin + [binary, "analyze", str(args.corpus), "-o", str(outputs[name]), *args.extra.split()])
                runs[name].append(run)
                print(f"round {round_ + 1} {name}: {run['seconds']:.2f} s wall, {run['cpu_seconds']:.2f} s CPU", file=sys.stderr)
            if before is not None:
                print(f"round {round_ + 1} probe: {before:.2f} s before, {probe():.2f} s after", file=sys.stderr)
        same = filecmp.cmp(outputs["old"], outputs["new"], shallow=False)

    def stat(name: str, key: str, how) -> float:
        return how(run[key] for run in runs[name])

    print(f"corpus: {args.corpus} ({corpus_mb:.1f} MB); {args.rounds} alternating rounds"
          + (f", pinned to CPU {args.cpu}" if pin else "")
          + (f", each started with the probe under {args.quiet_below:.2f} s" if args.quiet_below else ""))
    print("| version | best wall s | median wall s | MB/s at the median | best CPU s | median CPU s |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in runs:
        median_wall = stat(name, 'seconds', statistics.median)
        print(f"| {name} | {stat(name, 'seconds', min):.2f} | {median_wall:.2f} | {corpus_mb / median_wall:.2f} "
              f"| {stat(name, 'cpu_seconds', min):.2f} | {stat(name, 'cpu_seconds', statistics.median):.2f} |")
    for key, label in (("seconds", "wall"), ("cpu_seconds", "CPU")):
        print(f"new/old {label}: best {stat('new', key, min) / stat('old', key, min):.3f}, "
              f"median {stat('new', key, statistics.median) / stat('old', key, statistics.median):.3f}")
    print(f"same output: {'yes' if same else 'NO'}")
    return 0 if same else 1


_PROBE = "import time\nt = time.perf_counter()\ns = 0\nfor i in range(20_000_000): s += i\nprint(time.perf_counter() - t)"


def probe() -> float:
    """Seconds for 20 million additions in a fresh python3: the machine's speed just now."""
    return float(subprocess.run(["python3", "-c", _PROBE], capture_output=True, text=True, check=True).stdout)


def _wait_until_quiet(threshold: float, wait_minutes: float) -> float:
    """The first probe reading under `threshold`, read every 30 s; the last reading if the wait runs out."""
    deadline = time.monotonic() + wait_minutes * 60
    while True:
        reading = probe()
        if reading < threshold or time.monotonic() > deadline:
            return reading
        time.sleep(30)


if __name__ == "__main__":
    sys.exit(main())
