#!/usr/bin/env python3
"""Compare two versions of `stance analyze` on one corpus, alternating runs so load drifts hit both.

    python benchmarks/bench_versions.py OLD/.venv/bin/stance NEW/.venv/bin/stance benchmarks/out/corpus4k --rounds 5

Each round runs OLD then NEW (`stance analyze DIR -o <tmpfile>` plus --extra), pinned to one CPU
with --cpu (Linux). Per version: best and median wall time and CPU time (user + sys of the child,
from os.wait4), and NEW/OLD ratios. On a busy machine CPU time is the steadier figure; the outputs
of the two versions are also compared byte for byte.
"""

from __future__ import annotations

import argparse
import filecmp
import statistics
import sys
import tempfile
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
    args = parser.parse_args(argv)

    pin = ["taskset", "-c", str(args.cpu)] if args.cpu is not None else []
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    with tempfile.TemporaryDirectory(prefix="stance-versions-") as tmp:
        outputs = {name: Path(tmp) / f"{name}.jsonl" for name in runs}
        for round_ in range(args.rounds):
            for name, binary in (("old", args.old), ("new", args.new)):
                run = measure(pin + [binary, "analyze", str(args.corpus), "-o", str(outputs[name]), *args.extra.split()])
                runs[name].append(run)
                print(f"round {round_ + 1} {name}: {run['seconds']:.2f} s wall, {run['cpu_seconds']:.2f} s CPU", file=sys.stderr)
        same = filecmp.cmp(outputs["old"], outputs["new"], shallow=False)

    def stat(name: str, key: str, how) -> float:
        return how(run[key] for run in runs[name])

    print(f"corpus: {args.corpus}; {args.rounds} alternating rounds" + (f", pinned to CPU {args.cpu}" if pin else ""))
    print("| version | best wall s | median wall s | best CPU s | median CPU s |")
    print("|---|---:|---:|---:|---:|")
    for name in runs:
        print(f"| {name} | {stat(name, 'seconds', min):.2f} | {stat(name, 'seconds', statistics.median):.2f} "
              f"| {stat(name, 'cpu_seconds', min):.2f} | {stat(name, 'cpu_seconds', statistics.median):.2f} |")
    for key, label in (("seconds", "wall"), ("cpu_seconds", "CPU")):
        print(f"new/old {label}: best {stat('new', key, min) / stat('old', key, min):.3f}, "
              f"median {stat('new', key, statistics.median) / stat('old', key, statistics.median):.3f}")
    print(f"same output: {'yes' if same else 'NO'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
