#!/usr/bin/env python3
"""Time the dashboard's server-side work on a large table of voices.

    python benchmarks/bench_dashboard.py              # 100,000 voices, best of 5
    python benchmarks/bench_dashboard.py --voices 20000 --repeat 3

Builds N voices by replicating the seeds' labelled records with varied article ids and
speakers (every 31 voices -> a new article; speakers drawn from a pool of ~2,000 names), then
times (best of --repeat):

- first load: `voices_frame` from the list of Voice records (what the cached analysis returns);
- filter change: `apply_corrections` (500 reviews) + `filter_records` (stance, theme, confidence);
- each chart builder of dashboard/charts.py and the quotes table, on the filtered rows and on all;
- the CSV export of the filtered rows (built only when the user clicks download).

Prints a Markdown table and the machine (CPUs, memory, Python). Target: filter change < 300 ms.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard import charts  # noqa: E402
from dashboard import views  # noqa: E402
from stance.pipeline import analyze, voices_frame  # noqa: E402

TARGET_FILTER_MS = 300.0


def best_of(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best * 1000.0, result


def synthetic_voices(n: int):
    seeds = analyze([ROOT / "seeds"]).voices
    if not seeds:
        raise SystemExit("no voices in seeds/")
    speakers = [f"{first} {last}" for first in ("Ada", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hui",
                                                  "Ivy", "Jon", "Kai", "Lena", "Marisol", "Nia", "Omar", "Pia",
                                                  "Quinn", "Ren", "Sara", "Tom")
                for last in ("Atabansi", "Duarte", "Hui", "Kittrell", "Liu", "Roberts", "Yang", "Yi", "Smith",
                             "Garcia", "Okafor", "Novak", "Ito", "Silva", "Khan", "Meyer", "Rossi", "Dubois",
                             "Kowalski", "Berg", "Haddad", "Moreau", "Tanaka", "Jensen", "Costa", "Nguyen",
                             "Olsen", "Petrov", "Quispe", "Reyes", "Sato", "Torres", "Ueda", "Vargas", "Weber",
                             "Xu", "Young", "Zhou", "Adams", "Baker", "Clark", "Davis", "Evans", "Fisher",
                             "Grant", "Hayes", "Irwin", "James", "Keller", "Lopez", "Mills", "Nash", "Owens",
                             "Price", "Quinn", "Reed", "Stone", "Turner", "Usher", "Vance", "Wells", "York",
                             "Zane", "Abbott", "Blake", "Cole", "Dean", "Ellis", "Ford", "Gray", "Hart", "Ives",
                             "Joyce", "Knox", "Lane", "Marsh", "North", "Oakes", "Page", "Rhodes", "Shaw",
                             "Tate", "Vale", "Ward", "West", "Wolfe", "Wood", "Wright", "Yates", "Zhang",
                             "Ali", "Bose", "Cruz", "Diaz", "Eze", "Fox", "Gill")]
    out = []
    for i in range(n):
        v = seeds[i % len(seeds)]
        out.append(replace(v, article=f"{v.article}_{i // len(seeds):05d}", speaker=speakers[(i * 7919) % len(speakers)]))
    return out


def machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as handle:
            kb = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (f"{os.cpu_count()} CPUs ({platform.processor() or platform.machine()}), {mem}, "
            f"Python {platform.python_version()} on {platform.system()} {platform.release()}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--voices", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    voices = synthetic_voices(args.voices)
    rows = []

    ms, frame = best_of(lambda: voices_frame(voices), args.repeat)
    rows.append(("first load: voices_frame (Voice list -> DataFrame)", len(frame), ms))

    corrections = [{"voice_id": vid, "reviewed_stance": "political", "reviewed_speaker": "",
                    "note": "", "reviewed_at": "2025-01-20T00:00:00+00:00"}
                   for vid in frame["voice_id"].iloc[:: max(1, len(frame) // 500)]]
    themes = sorted({t for ts in frame["themes"] for t in ts})[:2]
    filters = views.Filters(stances=("welcoming", "skeptical"), themes=tuple(themes), confidence=(0.3, 1.0))

    def filter_change():
        return views.filter_records(views.apply_corrections(frame, corrections), filters)

    ms, filtered = best_of(filter_change, args.repeat)
    filter_ms = ms
    rows.append((f"filter change: apply_corrections ({len(corrections)} reviews) + filter_records", len(filtered), ms))
    records = views.apply_corrections(frame, corrections)
    ms, _ = best_of(lambda: views.filter_options(records), args.repeat)
    rows.append(("sidebar options: filter_options", len(records), ms))
    ms, _ = best_of(lambda: views.headline(filtered), args.repeat)
    rows.append(("headline figures", len(filtered), ms))
    ms, _ = best_of(lambda: views.filter_records(records, views.Filters(stances=("political",))), args.repeat)
    rows.append(("filter change: stance only (corrections already applied)", len(records), ms))
    labels = {a: a for a in records["article"].unique()}
    for subset, data in (("filtered", filtered), ("all", records)):
        for name, build in (("chart: stance by source", lambda d: charts.stance_by_article(d, labels)),
                            ("chart: stance by speaker (top 15)", lambda d: charts.stance_by_speaker(d)),
                            ("chart: stance by theme", lambda d: charts.stance_by_theme(d)),
                            ("chart: sentiment against stance", lambda d: charts.sentiment_by_stance(d)),
                            ("quotes table", lambda d: views.quotes_table(d, labels))):
            ms, _ = best_of(lambda: build(data), args.repeat)
            rows.append((f"{name} ({subset})", len(data), ms))
    ms, _ = best_of(lambda: views.export_csv(filtered), args.repeat)
    rows.append(("CSV export of the filtered rows (on click)", len(filtered), ms))

    print(f"Machine: {machine()}\n")
    print(f"| step | rows | best of {args.repeat} (ms) |")
    print("|---|---:|---:|")
    for name, n, ms in rows:
        print(f"| {name} | {n:,} | {ms:,.1f} |")
    verdict = "meets" if filter_ms < TARGET_FILTER_MS else "MISSES"
    print(f"\nFilter change {filter_ms:.1f} ms: {verdict} the {TARGET_FILTER_MS:.0f} ms target.")
    return 0 if filter_ms < TARGET_FILTER_MS else 1


if __name__ == "__main__":
    sys.exit(main())
