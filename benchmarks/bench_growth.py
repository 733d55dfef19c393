#!/usr/bin/env python3
"""Does analysis time grow linearly with input size? One adversarial family per row.

    python benchmarks/bench_growth.py [--n 20000] [--factor 4] [--repeat 3] [--family NAME ...] [--json FILE]

Each family is a function n -> (file bytes, file suffix) that repeats one unit n times (the
patterns that once took quadratic time). The file is analysed at n and at factor x n units,
and the script prints the CPU times and their ratio for the text stage ("load": read, decode,
clean) and for the analysis ("analysis": load + extract; the stance model is left out, its
cost is per voice). Linear growth gives a ratio near the factor (4); quadratic, its square
(16). Each run starts with the memo caches emptied. tests/test_text_growth.py runs every
family at small n and asserts ratio < 6.

To add a family, add one entry to FAMILIES: a name and a function of n.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

Family = Callable[[int], tuple[bytes, str]]


def _repeat(unit: str, suffix: str, before: str = "", after: str = "") -> Family:
    return lambda n: ((before + unit * n + after).encode("utf-8"), suffix)


FAMILIES: dict[str, Family] = {
    # Text stage: cleaning regexes and the HTML parser.
    "txt comment openers `<!-- `": _repeat("<!-- ", ".txt", "“Hello there,” said Ana Silva. "),
    "md comment openers `<!-- `": _repeat("<!-- ", ".md", "“Hello there,” said Ana Silva. "),
    "md open brackets `[`": _repeat("[", ".md", "“Hello there,” said Ana Silva. "),
    "md unclosed links `[a](`": _repeat("[a](", ".md", "“Hello there,” said Ana Silva. "),
    "html anchor openers `<a `": _repeat("<a ", ".html", "<p>“Hello there,” said Ana Silva.</p>"),
    "html page anchor openers `<a `": _repeat("<a ", ".html", "<html><body><p>“Hello there,” said Ana Silva.</p><p>",
                                               "</p></body></html>"),
    "html nested divs `<div>x`": _repeat("<div>x ", ".html", "<html><body>"),
    "html page inline divs": _repeat('<div><span>The</span> ferry <a href="/x">sailed</a>.</div>\n', ".html",
                                     "<html><head><title>Ferry</title></head><body><article>",
                                     "</article></body></html>"),
    "html page paragraphs": _repeat("<p>The ferry sailed.</p>\n", ".html",
                                    "<html><head><title>Ferry</title></head><body><article>", "</article></body></html>"),
}


def clear_memo_caches() -> None:
    """Empty the stance functions' lru_caches, so a repeated run does the work again; the
    one-entry caches that hold loaded data tables are kept (loading them is not analysis)."""
    for name, module in list(sys.modules.items()):
        if name.split(".")[0] != "stance":
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize != 1:
                value.cache_clear()


def analyse_seconds(data: bytes, suffix: str, repeat: int = 3, extract: bool = True) -> dict[str, float]:
    """Best CPU seconds of `repeat` runs of the text stage ("load": read, decode, clean) and, with
    `extract`, of the whole analysis without the model ("analysis": load + extract) of one file."""
    from stance.pipeline import extract_all
    from stance.text.corpus import load_articles

    best = {"load": float("inf"), "analysis": float("inf")} if extract else {"load": float("inf")}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"growth{suffix}"
        path.write_bytes(data)
        for _ in range(repeat):
            clear_memo_caches()
            started = time.process_time()
            loaded = load_articles([path])
            loaded_at = time.process_time()
            best["load"] = min(best["load"], loaded_at - started)
            if extract:
                extract_all(loaded.articles)
                best["analysis"] = min(best["analysis"], time.process_time() - started)
            if any(p.skipped for p in loaded.problems):
                raise RuntimeError(f"input refused: {loaded.problems[0]}")
    return best


# Below a millisecond, timer and allocator noise decide the ratio; growth that small is not a hang.
FLOOR_SECONDS = 1e-3


def growth(family: Family, n: int, factor: int = 4, repeat: int = 3, extract: bool = True) -> dict:
    """Times at n and factor x n units and their ratios, per stage (after a warm-up run at n)."""
    analyse_seconds(*family(n), repeat=1, extract=extract)  # imports out of the timing
    small = analyse_seconds(*family(n), repeat=repeat, extract=extract)
    large = analyse_seconds(*family(n * factor), repeat=repeat, extract=extract)
    result = {"n": n, "factor": factor, "bytes": len(family(n * factor)[0])}
    for stage in small:
        result[stage] = {"seconds_n": small[stage], "seconds_factor_n": large[stage],
                         "ratio": large[stage] / max(small[stage], FLOOR_SECONDS)}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000, help="units in the smaller input (default: 20000)")
    parser.add_argument("--factor", type=int, default=4, help="the larger input has factor x n units (default: 4)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default: 3)")
    parser.add_argument("--family", nargs="+", choices=sorted(FAMILIES), help="only these families")
    parser.add_argument("--no-extract", action="store_true", help="time the text stage only")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    results = {}
    print(f"CPU seconds at n = {args.n:,} units and at {args.factor}n; ratio {args.factor} is linear, "
          f"{args.factor ** 2} quadratic.\n")
    print(f"| family | bytes at {args.factor}n | load n | load {args.factor}n | load ratio | analysis n | "
          f"analysis {args.factor}n | analysis ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in args.family or FAMILIES:
        result = growth(FAMILIES[name], args.n, args.factor, args.repeat, extract=not args.no_extract)
        results[name] = result
        cells = [f"{r['seconds_n']:.3f} | {r['seconds_factor_n']:.3f} | {r['ratio']:.1f}" if r else "- | - | -"
                 for r in (result["load"], result.get("analysis"))]
        print(f"| {name} | {result['bytes']:,} | {cells[0]} | {cells[1]} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
