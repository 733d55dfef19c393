#!/usr/bin/env python3
"""Time the dashboard's data layer (DuckDB) on a synthetic dataset, without a browser.

    python benchmarks/bench_dashboard.py                      # 100,000 voices, best of 5
    python benchmarks/bench_dashboard.py --size 1m-voices --repeat 3

The dataset is the one bench_dashboard_browser.py generates into benchmarks/out/dash-<size>/;
the steps timed are its server-side ones (load, reviews applied, the Overview's queries
unfiltered and after a filter change). For what a person feels in the browser, run
bench_dashboard_browser.py.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


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
    from benchmarks import bench_dashboard_browser as browser

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="100k-voices", choices=list(browser.SIZES))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--base", type=int, default=300)
    args = parser.parse_args(argv)
    folder = browser.make_dataset(args.size, browser.base_records(args.base), browser.OUT / f"dash-{args.size}")
    print(f"| step ({args.size}) | ms |\n|---|---:|")
    for label, ms in browser.server_side(folder, args.repeat):
        print(f"| {label} | {ms:,.0f} |")
    print(f"\nMachine: {machine()}; load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
