#!/usr/bin/env python3
"""Time `stance analyze` end to end on a directory of articles.

    python benchmarks/bench_analyze.py benchmarks/out/corpus10k --jobs 1 2 --repeat 3
    python benchmarks/bench_analyze.py DIR --json benchmarks/out/bench.json

For each --jobs value the CLI runs as a subprocess,
`stance analyze DIR --format jsonl -o <tmpfile> [--jobs N]`, --repeat times; the best
wall time is reported. `--jobs N` is passed whenever `stance analyze --help` lists it;
if it does not, only N=1 can be measured (other values are skipped with a warning).

Measured per run: wall time (perf_counter around spawn..reap), the child's own
resource usage from os.wait4 (peak RSS of the largest process in its tree, CPU time;
independent of every other run, unlike RUSAGE_CHILDREN of this process), and on Linux
the peak summed RSS of the whole process tree, sampled from /proc every 50 ms (what
worker pools actually cost). Voices = non-empty lines of the JSONL output; runs with
different --jobs are also checked to produce the same set of lines.

The CLI is found as the `stance` script next to this interpreter, then on PATH, then
`python -c "from stance.cli import main"`. --command overrides the prefix (for tests).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

MAXRSS_UNIT = 1 if sys.platform == "darwin" else 1024   # ru_maxrss: bytes on macOS, KiB on Linux
MB = 1e6


def cli_prefix(override: str | None) -> list[str]:
    if override:
        return shlex.split(override)
    local = Path(sys.executable).parent / "stance"
    if local.is_file() and os.access(local, os.X_OK):
        return [str(local)]
    found = shutil.which("stance")
    if found:
        return [found]
    return [sys.executable, "-c",
            "import sys; from stance.cli import main; sys.exit(main())"]


def supports_jobs(prefix: list[str]) -> bool:
    try:
        proc = subprocess.run(prefix + ["analyze", "--help"], capture_output=True,
                              text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        sys.exit(f"cannot run {shlex.join(prefix)}: {exc}")
    if proc.returncode != 0:
        sys.exit(f"`{shlex.join(prefix + ['analyze', '--help'])}` failed "
                 f"(rc={proc.returncode}):\n{proc.stderr.strip()[-2000:]}")
    return "--jobs" in proc.stdout + proc.stderr


def code_fingerprint() -> tuple[str | None, str | None]:
    """(package dir, sha256 of its .py and data files) of the importable `stance`, if any.

    Compared before and after the benchmark: with an editable install, edits to the
    package during a run silently mix code versions into one table."""
    import importlib.util
    try:
        spec = importlib.util.find_spec("stance")
    except (ImportError, ValueError):
        spec = None
    if not spec or not spec.submodule_search_locations:
        return None, None
    root = Path(list(spec.submodule_search_locations)[0])
    digest = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            digest.update(str(p.relative_to(root)).encode() + b"\0" + p.read_bytes())
    return str(root), digest.hexdigest()


def git_revision(path: str | None) -> str | None:
    if not path:
        return None
    try:
        rev = subprocess.run(["git", "-C", path, "describe", "--always", "--dirty"],
                             capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return rev.stdout.strip() or None


def input_size(root: Path) -> tuple[int, int]:
    total = files = 0
    for dirpath, _, names in os.walk(root):
        for name in names:
            p = os.path.join(dirpath, name)
            if os.path.isfile(p):
                total += os.path.getsize(p)
                files += 1
    return total, files


class TreeRss(threading.Thread):
    """Sample the summed RSS of a process and all its descendants from /proc (Linux)."""

    def __init__(self, pid: int, interval: float = 0.05):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.done = threading.Event()
        self.page = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096

    def _sample(self) -> int:
        parents: dict[int, list[int]] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    stat = fh.read()
            except OSError:
                continue
            fields = stat[stat.rfind(b")") + 2:].split()
            pid = int(entry)
            parents.setdefault(int(fields[1]), []).append(pid)
            rss[pid] = int(fields[21]) * self.page
        total, stack = 0, [self.pid]
        while stack:
            pid = stack.pop()
            total += rss.get(pid, 0)
            stack.extend(parents.get(pid, ()))
        return total

    def run(self):
        while not self.done.is_set():
            try:
                self.peak = max(self.peak, self._sample())
            except Exception:          # /proc races are harmless; never kill the run
                pass
            self.done.wait(self.interval)


def run_once(cmd: list[str], out: Path, log: Path, timeout: float | None) -> dict:
    if out.exists():
        out.unlink()
    with open(log, "wb") as errfh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=errfh, stderr=errfh)
        sampler = TreeRss(proc.pid) if os.path.isdir("/proc") else None
        if sampler:
            sampler.start()
        timer = threading.Timer(timeout, proc.kill) if timeout else None
        if timer:
            timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if timer:
            timer.cancel()
        if sampler:
            sampler.done.set()
            sampler.join()
    return {"seconds": elapsed, "rc": proc.returncode,
            "peak_rss_mb": usage.ru_maxrss * MAXRSS_UNIT / MB,
            "tree_rss_mb": sampler.peak / MB if sampler else None,
            "cpu_seconds": usage.ru_utime + usage.ru_stime}


def read_output(out: Path) -> tuple[int, str]:
    """(number of non-empty lines, order-independent digest of the lines)."""
    if not out.exists():
        return 0, ""
    lines = [ln for ln in out.read_bytes().splitlines() if ln.strip()]
    digest = hashlib.sha256(b"\n".join(sorted(lines))).hexdigest()
    return len(lines), digest


def machine() -> dict:
    cpu = platform.processor()
    mem_kb = None
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    mem_kb = int(line.split()[1])
    except OSError:
        pass
    try:
        nproc = int(subprocess.run(["nproc"], capture_output=True, text=True).stdout)
    except (OSError, ValueError):
        nproc = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpu": cpu or platform.machine(), "nproc": nproc, "cpu_count": os.cpu_count(),
            "mem_gb": round(mem_kb / 1024 ** 2, 1) if mem_kb else None,
            "python": platform.python_version(), "platform": platform.platform(),
            "extraction": _extraction_build()}


def _extraction_build() -> str:
    """Which extraction the runs use (they inherit this environment): compiled at install, or the source."""
    import stance.extract
    return stance.extract.BUILD


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="directory of articles to analyze")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1], help="--jobs values to compare")
    ap.add_argument("--repeat", type=int, default=3, help="runs per --jobs value (best is kept)")
    ap.add_argument("--json", type=Path, help="also write the results to this JSON file")
    ap.add_argument("--timeout", type=float, default=None, help="kill a run after N seconds")
    ap.add_argument("--extra", default="", help="extra arguments for `stance analyze`")
    ap.add_argument("--command", help=argparse.SUPPRESS)     # override the CLI prefix (tests)
    args = ap.parse_args(argv)
    if not args.dir.is_dir():
        ap.error(f"{args.dir} is not a directory")

    prefix = cli_prefix(args.command)
    has_jobs = supports_jobs(prefix)
    nbytes, nfiles = input_size(args.dir)
    info = machine()
    pkg_dir, code_before = code_fingerprint()
    print(f"command: {shlex.join(prefix)} analyze {args.dir} --format jsonl -o OUT"
          f"{' --jobs N' if has_jobs else ''} {args.extra}".rstrip(), file=sys.stderr)
    print(f"input: {nfiles} files, {nbytes / MB:.2f} MB", file=sys.stderr)

    results, reference = [], None
    with tempfile.TemporaryDirectory(prefix="stance-bench-") as tmp:
        out, log = Path(tmp) / "voices.jsonl", Path(tmp) / "cli.log"
        for jobs in args.jobs:
            if jobs != 1 and not has_jobs:
                print(f"warning: CLI has no --jobs option; skipping jobs={jobs}", file=sys.stderr)
                continue
            cmd = prefix + ["analyze", str(args.dir), "--format", "jsonl", "-o", str(out)]
            if has_jobs:
                cmd += ["--jobs", str(jobs)]
            cmd += shlex.split(args.extra)
            runs = []
            for i in range(args.repeat):
                run = run_once(cmd, out, log, args.timeout)
                if run["rc"] != 0:
                    tail = log.read_text(errors="replace")[-3000:]
                    print(f"jobs={jobs} run {i + 1} failed (rc={run['rc']}):\n{tail}", file=sys.stderr)
                    return 1
                run["voices"], run["digest"] = read_output(out)
                print(f"jobs={jobs} run {i + 1}/{args.repeat}: {run['seconds']:.2f}s, "
                      f"{run['voices']} voices, peak RSS {run['peak_rss_mb']:.0f} MB, "
                      f"output sha256 {run['digest'][:12]}", file=sys.stderr)
                runs.append(run)
            best = min(runs, key=lambda r: r["seconds"])
            if reference is None:
                reference = best["digest"]
            results.append({
                "jobs": jobs, "seconds": best["seconds"], "all_seconds": [r["seconds"] for r in runs],
                "mb_per_s": nbytes / MB / best["seconds"], "voices": best["voices"],
                "voices_per_s": best["voices"] / best["seconds"],
                "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
                "tree_rss_mb": max((r["tree_rss_mb"] or 0) for r in runs) or None,
                "cpu_seconds": best["cpu_seconds"],
                "same_output_as_first": all(r["digest"] == reference for r in runs),
                "output_sha256": [r["digest"] for r in runs],
            })

    code_after = code_fingerprint()[1]
    code_changed = code_before != code_after
    if code_changed:
        print(f"WARNING: the stance package under {pkg_dir} changed during the benchmark; "
              "runs may mix code versions", file=sys.stderr)
    print()
    print("| jobs | seconds | MB/s | voices/s | peak RSS MB | tree RSS MB | CPU s | voices | same output |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
    for r in results:
        tree = f"{r['tree_rss_mb']:.0f}" if r["tree_rss_mb"] else "n/a"
        print(f"| {r['jobs']} | {r['seconds']:.2f} | {r['mb_per_s']:.2f} | {r['voices_per_s']:.0f} "
              f"| {r['peak_rss_mb']:.0f} | {tree} | {r['cpu_seconds']:.1f} | {r['voices']} "
              f"| {'yes' if r['same_output_as_first'] else 'NO'} |")
    print()
    print(f"Input: {nfiles} files, {nbytes / MB:.2f} MB. Best of {args.repeat} runs. "
          f"Peak RSS = largest single process; tree RSS = peak sum over the process tree.")
    if code_changed:
        print("WARNING: stance source changed while benchmarking; rerun for clean numbers.")
    print(f"Machine: {info['cpu']}, nproc {info['nproc']}, {info['mem_gb']} GB RAM, "
          f"Python {info['python']} ({info['platform']}), extraction {info['extraction']}.")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "dir": str(args.dir), "input_bytes": nbytes, "files": nfiles,
            "command": prefix, "supports_jobs": has_jobs, "repeat": args.repeat,
            "extra": args.extra, "machine": info, "results": results,
            "stance_dir": pkg_dir, "stance_code_sha256": code_before,
            "stance_code_changed": code_changed, "git": git_revision(pkg_dir),
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }, indent=2) + "\n")
    return 0 if all(r["same_output_as_first"] for r in results) and not code_changed else 2


if __name__ == "__main__":
    sys.exit(main())
