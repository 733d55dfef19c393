#!/usr/bin/env python3
"""Wall time and memory of the ways to run `stance analyze` on one corpus: --jobs, the dataset
writer, and Dask on a LocalCluster (start-up included, as a user pays it).

    python benchmarks/bench_engines.py benchmarks/out/corpus8000 --jobs 2 --repeat 2

Runs, each as a subprocess `stance analyze DIR ...`:
  jobs1          -o FILE (JSONL)                 jobsN          --jobs N -o FILE
  dataset-jobsN  --jobs N --out DIR              dask-N         --engine dask --jobs N --out DIR
Best wall time of --repeat runs; peak RSS of the largest process and of the whole process tree
(Dask's scheduler, nanny and worker processes included), from bench_analyze's sampler. The records
of every run are checked equal to those of jobs1 (as sets of voice ids: a dataset's row order is
by partition).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_analyze import input_size, machine, run_once  # noqa: E402

MB = 1e6


def voice_ids(output: Path) -> list[str]:
    if output.is_dir():
        import pyarrow.dataset as ds

        return sorted(ds.dataset(str(output / "voices"), format="parquet").to_table(columns=["voice_id"])
                      .column("voice_id").to_pylist())
    return sorted(json.loads(line)["voice_id"] for line in output.read_text(encoding="utf-8").splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--stance-bin", default=str(Path(sys.executable).parent / "stance"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    n = str(args.jobs)
    size = ["--partition-size", str(args.partition_size)]
    variants = {"jobs1": ["-o", "{out}.jsonl"], f"jobs{n}": ["--jobs", n, "-o", "{out}.jsonl"],
                f"dataset-jobs{n}": ["--jobs", n, "--out", "{out}", *size],
                f"dask-{n}": ["--engine", "dask", "--jobs", n, "--out", "{out}", *size]}
    nbytes, nfiles = input_size(args.corpus)
    results, reference = [], None
    with tempfile.TemporaryDirectory(prefix="stance-engines-") as tmp:
        log = Path(tmp) / "log"
        for name, options in variants.items():
            out = Path(tmp) / name
            command = [args.stance_bin, "analyze", str(args.corpus), *(o.format(out=out) for o in options)]
            runs = []
            for _ in range(args.repeat):
                run = run_once(command, Path(tmp) / "unused", log, None)
                if run["rc"] != 0:
                    print(f"{name} failed:\n{log.read_text(errors='replace')[-2000:]}", file=sys.stderr)
                    return 1
                runs.append(run)
                print(f"{name}: {run['seconds']:.1f} s, tree RSS {(run['tree_rss_mb'] or 0):.0f} MB", file=sys.stderr)
            ids = voice_ids(out if out.is_dir() else Path(f"{out}.jsonl"))
            reference = reference or ids
            best = min(runs, key=lambda r: r["seconds"])
            results.append({"variant": name, "command": command, "seconds": best["seconds"],
                            "all_seconds": [r["seconds"] for r in runs], "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
                            "tree_rss_mb": max((r["tree_rss_mb"] or 0) for r in runs), "voices": len(ids),
                            "same_records": ids == reference})
    info = machine()
    print(f"corpus: {args.corpus} ({nfiles} files, {nbytes / MB:.1f} MB); best of {args.repeat}")
    print("| run | wall s | MB/s | peak RSS MB (one process) | tree RSS MB | voices | same records |")
    print("|---|---:|---:|---:|---:|---:|:---:|")
    for r in results:
        print(f"| {r['variant']} | {r['seconds']:.1f} | {nbytes / MB / r['seconds']:.2f} | {r['peak_rss_mb']:.0f} "
              f"| {r['tree_rss_mb']:.0f} | {r['voices']} | {'yes' if r['same_records'] else 'NO'} |")
    print(f"Machine: {info['cpu']}, nproc {info['nproc']}, {info['mem_gb']} GB RAM, Python {info['python']}.")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"corpus": str(args.corpus), "machine": info, "results": results}, indent=2) + "\n")
    return 0 if all(r["same_records"] for r in results) else 2


if __name__ == "__main__":
    sys.exit(main())
