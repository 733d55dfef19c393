#!/usr/bin/env python3
"""Peak memory of `stance analyze` as the corpus grows: it should stay flat (streaming).

    python benchmarks/bench_memory.py --articles 1000 8000 20000
    python benchmarks/bench_memory.py --articles 1000 8000 --extra "--format parquet" --json out.json

For each size, a make_corpus.py corpus (benchmarks/out/corpus<N>, made if missing) is analysed by
`stance analyze DIR -o <tmpfile>` in a child process; its peak RSS is ru_maxrss from os.wait4 (the
child alone, whatever else this script did). --stance-bin picks the executable (another worktree's,
to compare versions). Reports the peak per size and each size's ratio to the first.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KIB = 1024 if sys.platform != "darwin" else 1  # ru_maxrss: KiB on Linux, bytes on macOS
MB = 1e6


def corpus(articles: int) -> Path:
    folder = ROOT / "benchmarks" / "out" / f"corpus{articles}"
    if not folder.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--articles", str(articles),
                        "--out", str(folder)], check=True, stdout=subprocess.DEVNULL)
    return folder


def article_files(folder: Path) -> int:
    """Files `stance analyze` reads in a folder (a README is skipped)."""
    return sum(1 for p in folder.iterdir()
               if p.suffix.lower() in (".txt", ".md", ".html", ".htm") and not p.name.upper().startswith("README"))


def measure(command: list[str]) -> dict:
    """Wall seconds, peak RSS (MB) and CPU seconds of one child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    error = process.stderr.read().decode("utf-8", "replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{shlex.join(command)} failed ({code}):\n{error[-2000:]}")
    return {"seconds": seconds, "peak_rss_mb": usage.ru_maxrss * KIB / MB, "cpu_seconds": usage.ru_utime + usage.ru_stime}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1000, 8000, 20000], help="corpus sizes")
    parser.add_argument("--stance-bin", default=str(Path(sys.executable).parent / "stance"), help="the stance executable")
    parser.add_argument("--extra", default="", help="extra arguments for `stance analyze`")
    parser.add_argument("--corpus", type=Path, help="measure this folder only (instead of --articles)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)

    folders = [(None, args.corpus)] if args.corpus else [(n, corpus(n)) for n in args.articles]
    results = []
    with tempfile.TemporaryDirectory(prefix="stance-memory-") as tmp:
        for articles, folder in folders:
            suffix = ".parquet" if "parquet" in args.extra else ".jsonl"
            command = [args.stance_bin, "analyze", str(folder), "-o", str(Path(tmp) / f"out{suffix}"), *shlex.split(args.extra)]
            run = measure(command)
            run.update(articles=articles or article_files(folder), input_mb=sum(p.stat().st_size for p in folder.iterdir()) / MB)
            results.append(run)
            print(f"{run['articles']} articles: peak RSS {run['peak_rss_mb']:.0f} MB, {run['seconds']:.1f} s", file=sys.stderr)
    first = results[0]["peak_rss_mb"]
    print(f"command: {args.stance_bin} analyze DIR -o FILE {args.extra}".rstrip())
    print("| articles | input MB | peak RSS MB | x first | wall s | CPU s |")
    print("|---:|---:|---:|---:|---:|---:|")
    for run in results:
        print(f"| {run['articles']} | {run['input_mb']:.1f} | {run['peak_rss_mb']:.0f} | {run['peak_rss_mb'] / first:.2f} "
              f"| {run['seconds']:.1f} | {run['cpu_seconds']:.1f} |")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"stance_bin": args.stance_bin, "extra": args.extra, "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
