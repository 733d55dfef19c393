#!/usr/bin/env python3
"""Does analysis time grow linearly with input size? One adversarial family per row.

    python benchmarks/bench_growth.py [--n 20000 | --bytes 300000] [--factor 4] [--repeat 3] [--family NAME ...]
                                      [--json FILE] [--write DIR]

Each family is a function n -> (file bytes, file suffix) that repeats one unit n times (the
patterns that once took quadratic time). The file is analysed at n and at factor x n units,
and the script prints the CPU times and their ratio for the text stage ("load": read, decode,
clean) and for the analysis ("analysis": load + extract; the stance model is left out, its
cost is per voice). Linear growth gives a ratio near the factor (4); quadratic, its square
(16). Each run starts with the memo caches emptied. tests/test_text_growth.py runs every
family at small n and asserts ratio < 6. With --bytes, each family gets the n that makes its
larger input about that many bytes; --write keeps those inputs, to time `stance analyze` on them.

To add a family, add one entry to FAMILIES: a name and a function of n.
"""

from __future__ import annotations

import argparse
import gc
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


def _two_runs(first: str, second: str, suffix: str = ".txt") -> Family:
    """n of one unit, then n of another (mentions first, pronouns after them)."""
    return lambda n: ((first * n + second * n).encode("utf-8"), suffix)


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
    # Extraction: one long paragraph (mostly one sentence) that a cue pattern once read again
    # and again (issue 11, item 1), then the paths that fuzzing found.
    "cue verbs after a quote `said `": _repeat("said ", ".txt", "“Hi there friend,” ", "”"),
    "dots after an inverted cue `.`": _repeat(".", ".txt", "“…,” said Bob", "x"),
    "dash cues `“No—” said — `": _repeat("“No—” said — ", ".txt"),
    "quoted clauses `\"a b c,\" said Bob, `": _repeat('"a b c," said Bob, ', ".txt"),
    "As-noted cue verbs `Bob noted `": _repeat("Bob noted ", ".txt", "As "),
    "capitalised words before a cue `Bob `": _repeat("Bob ", ".txt", "“Hello there,” said "),
    "fillers before a cue `also `": _repeat("also ", ".txt", "“Hello there,” Bob ", "x."),
    "-ly cue verbs `reply `": _repeat("reply ", ".txt", "Ana Silva ", "that it works."),
    "circumstances `in a post`": _repeat(" in a post", ".txt", "Ana Silva said", "."),
    "According-to and dots `. `": _repeat(". ", ".txt", "According to ", "x"),
    "according-to clauses": _repeat("it rose. according to Ana", ".txt", "", ", a, b."),
    "participle quotes `, saying “a”`": _two_runs("word ", ", saying “a”"),
    "pronouns after organisations": _two_runs("It was Reuters. ", "“Yes,” she said. "),
    "cue clauses between commas `, said `": _repeat(", said ", ".txt", "Prices rose"),
    "cue after cue `the mayor said x, `": _repeat("the mayor said x, ", ".txt"),
    "capitalised non-names `As `": _repeat("As ", ".txt", "Prices rose. "),
    "inverted cues `it rose, added Mr.`": _repeat("it rose, added Mr. ", ".txt"),
    "quote marks `“a” `": _repeat("“a” ", ".txt"),
    "unclosed quote `word `": _repeat("word ", ".txt", "Ana Silva said “"),
    "no punctuation `the cat sat `": _repeat("the cat sat ", ".txt"),
    "transcript turns `ANA RUIZ: …`": _repeat("ANA RUIZ: The pier opens today.\n\nTOM VALE: It does not open.\n\n", ".txt",
                                              "Pier talk\n\n"),
    "restrictive relatives `experts who say `": _repeat("experts who say ", ".txt", "The mayor met ", "it works."),
    "mediums before a cue `in a statement `": _repeat("in a statement ", ".txt", "Ana Silva ", "said it works."),
    "participle asides `, speaking to `": _repeat(", speaking to reporters", ".txt", "One pilot", ", said it works."),
    "dash asides `— an aide said x `": _repeat("— an aide said x ", ".txt", "The pier is old "),
    "according-to asides `, according to X, `": _repeat(", according to the board, it rose", ".txt", "In May"),
    # every answer asks who was interviewed; the count over the article's names must be made once
    "interview answers `Q: … A: …`": _repeat("Q: Why did the fares go up?\n\nA: Fuel costs doubled, Tom Vale said.\n\n", ".txt",
                                             "Ferry talk\n\nAna Ruiz runs the ferry.\n\n"),
    "title-case turns `Ana Ruiz: …`": _repeat("Ana Ruiz: The pier opens today.\n\nTom Vale: It does not open.\n\n", ".txt",
                                              "Pier talk\n\n"),
    # typewriter ' as quote marks: openers that never close, in a text with one sure quote
    "typewriter openers `'Aye `": _repeat("'Aye don't ", ".txt", "'Yes,' she said. "),
    "typewriter quotes `'Aye,' she said. `": _repeat("'Aye,' she said. ", ".txt"),
    "mediums taken to `took to X `": _repeat("took to X ", ".txt", "Ana Silva ", "to say it works."),
    # the twentieth session's shapes: run-on stops, descriptions, cue clauses and owned words before a colon
    "run-on full stops `said.Ana `": _repeat("it rose, Ana said.Ana ", ".txt"),
    "descriptions after commas `, and more `": _repeat(", and more", ".txt", "Ana Silva", " described the plan as reckless."),
    "cue clauses after contents `A, X said, while `": _repeat("fares rose, Ana Silva said, while ", ".txt", "", "it fell, Tom Vale said."),
    "owned words before a colon `Ruiz’s reply was `": _repeat("Ruiz’s reply was short and ", ".txt", "", "blunt: “No.”"),
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
    `extract`, of the whole analysis without the model ("analysis": load + extract) of one file.

    The cyclic garbage collector is off while a run is timed (as in timeit): a full collection
    costs the size of the whole process heap, so in a long test session the larger input, which
    allocates more, would be charged for objects that are not its own.
    """
    from stance.pipeline import extract_all
    from stance.text.corpus import load_articles

    best = {"load": float("inf"), "analysis": float("inf")} if extract else {"load": float("inf")}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"growth{suffix}"
        path.write_bytes(data)
        for _ in range(repeat):
            clear_memo_caches()
            gc.collect()
            gc.disable()
            try:
                started = time.process_time()
                loaded = load_articles([path])
                loaded_at = time.process_time()
                if extract:
                    extract_all(loaded.articles)
                    best["analysis"] = min(best["analysis"], time.process_time() - started)
            finally:
                gc.enable()
            best["load"] = min(best["load"], loaded_at - started)
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


def units_for_bytes(family: Family, size: int, factor: int = 4) -> int:
    """The n at which family(factor x n) is about `size` bytes."""
    unit = len(family(2)[0]) - len(family(1)[0])
    return max(1, round((size - len(family(0)[0])) / (factor * unit)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--n", type=int, default=20_000, help="units in the smaller input (default: 20000)")
    size.add_argument("--bytes", type=int, help="per family, the n that makes the larger input about this many bytes")
    parser.add_argument("--factor", type=int, default=4, help="the larger input has factor x n units (default: 4)")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs (default: 3)")
    parser.add_argument("--family", nargs="+", choices=sorted(FAMILIES), help="only these families")
    parser.add_argument("--no-extract", action="store_true", help="time the text stage only")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--write", type=Path, metavar="DIR", help="also write each larger input to DIR (one file per family)")
    args = parser.parse_args(argv)
    results = {}
    sizes = f"n per family, for about {args.bytes:,} bytes at {args.factor}n" if args.bytes else f"n = {args.n:,} units"
    print(f"CPU seconds at n and {args.factor}n ({sizes}); ratio {args.factor} is linear, {args.factor ** 2} quadratic.\n")
    print(f"| family | n | bytes at {args.factor}n | load n | load {args.factor}n | load ratio | analysis n | "
          f"analysis {args.factor}n | analysis ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
    for number, name in enumerate(args.family or FAMILIES, 1):
        family = FAMILIES[name]
        n = units_for_bytes(family, args.bytes, args.factor) if args.bytes else args.n
        result = growth(family, n, args.factor, args.repeat, extract=not args.no_extract)
        results[name] = result
        if args.write:
            data, suffix = family(n * args.factor)
            (args.write / f"{number:02d}{suffix}").write_bytes(data)
        cells = [f"{r['seconds_n']:.3f} | {r['seconds_factor_n']:.3f} | {r['ratio']:.1f}" if r else "- | - | -"
                 for r in (result["load"], result.get("analysis"))]
        print(f"| {name} | {n:,} | {result['bytes']:,} | {cells[0]} | {cells[1]} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
