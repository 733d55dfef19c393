#!/usr/bin/env python3
"""Felt latency of the dashboard in headless Chromium, beside the server-side figures.

    python benchmarks/bench_dashboard_browser.py                       # 10k articles, 100k and 1M voices
    python benchmarks/bench_dashboard_browser.py --sizes 1m-voices --repeat 3 --fresh 3 --distinct-quotes

For each size, a dataset (the `stance analyze --out DIR` layout) is generated once into
benchmarks/out/dash-<name>/ by repeating and varying analysed records with pyarrow: the base
records are the analysis of the first --base articles of benchmarks/out/corpus4k (made by
make_corpus.py; the seeds when it is missing); each copy gets its own article id, title,
outlet (one of 40), date (spread over a year) and speaker (one of 5,000 names); with
--distinct-quotes also a quote of its own (into dash-<name>-distinct/).

Then `streamlit run dashboard/app.py` with STANCE_DATASET=<dir> on a loopback port, and
Playwright driving Debian's /usr/bin/chromium at 1400x1000 measures (best and median of --repeat):

- first load: navigation on a freshly started server to the first chart with data drawn (on the
  page's clock from navigation start, and as Playwright's wait sees it) and to the page idle
  (includes reading the Parquet files into DuckDB);
- navigation: the same on a warm server (a new browser tab);
- filter click: a click on "Named speakers only" and on a stance option (its dropdown opened
  beforehand), from the pointer going down to the sidebar count redrawn, on the page's own clock
  (polled every frame); beside it the same with Playwright's click included (its actionability
  checks add about 100 ms that no user waits for).

Server-side (in this process, same data): DuckDB load, reviews applied (500 reviews), the Overview's
queries unfiltered (first time and cached) and filtered. Prints Markdown tables and the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_dashboard import machine  # noqa: E402
from dashboard.dataset import articles_schema, voices_schema, write_dataset  # noqa: E402

OUT = ROOT / "benchmarks" / "out"
# A chart with data in it (a trace): the app's blank warm-up chart, which makes the browser load
# Plotly early, has none and must not count as the first chart.
DRAWN_CHART = ".js-plotly-plot:has(.trace)"
SIZES = {"10k-articles": ("articles", 10_000), "100k-voices": ("voices", 100_000), "1m-voices": ("voices", 1_000_000)}
OUTLETS = [f"Outlet {chr(65 + i // 10)}{i % 10}" for i in range(40)]
FIRST = ["Ada", "Ben", "Chen", "Dana", "Eli", "Fatima", "Gus", "Hui", "Ivy", "Jon", "Kai", "Lena", "Marisol", "Nia",
         "Omar", "Pia", "Quinn", "Ren", "Sara", "Tom", "Uma", "Viktor", "Wen", "Xenia", "Yusuf"]
LAST = [f"{a}{b}" for a in ("Ber", "Cos", "Dal", "Fen", "Gar", "Hol", "Ive", "Jor", "Kel", "Lom") for b in
        ("ling", "ton", "mann", "ez", "ova", "sen", "ard", "i", "ski", "ue", "ford", "wick", "berg", "ani", "ura",
         "mont", "ley", "es", "ov", "a")]


def base_records(n_articles: int):
    """Labelled records of the first `n_articles` of corpus4k (or the seeds), as a pyarrow table."""
    import pyarrow as pa

    from stance.pipeline import analyze

    corpus = OUT / "corpus4k"
    paths = sorted(corpus.iterdir())[:n_articles] if corpus.is_dir() else [ROOT / "seeds"]
    analysis = analyze(paths)
    return pa.Table.from_pylist([v.to_row() for v in analysis.voices], schema=voices_schema())


def make_dataset(name: str, base, folder: Path, distinct_quotes: bool = False) -> Path:
    """Write the dataset `name` (see SIZES) into `folder` unless it is there already. With
    `distinct_quotes` every copy's quote ends in its copy number, so no two quotes are equal (as in
    real coverage, where Parquet's dictionary cannot shrink the quotes)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    if (folder / "_manifest.json").is_file():
        return folder
    unit, size = SIZES[name]
    per_article = base.num_rows / len(set(base.column("article").to_pylist()))
    n_voices = int(size * per_article) if unit == "articles" else size
    rng = np.random.default_rng(7)
    take = np.arange(n_voices) % base.num_rows
    copy = np.arange(n_voices) // base.num_rows
    table = base.take(pa.array(take))
    article = pc.binary_join_element_wise(table.column("article"), pa.array(copy.astype(str)), "_")
    codes, uniques = np.unique(np.asarray(article.to_numpy(zero_copy_only=False)), return_inverse=True)
    n_articles = len(codes)
    art_day = rng.integers(0, 365, n_articles)
    art_outlet = rng.integers(0, len(OUTLETS), n_articles)
    days = np.datetime64("2024-01-01") + art_day
    dated = rng.random(n_articles) > 0.01  # about 1% of the articles carry no date
    art_date = np.where(dated, days.astype(str), "")
    titles = np.array([f"Story {i:06d} about the apps" for i in range(n_articles)])
    names = np.array([f"{f} {l}" for f in FIRST for l in LAST])
    speaker = np.where(rng.random(n_voices) < 0.85, names[rng.integers(0, len(names), n_voices)],
                       np.asarray(table.column("speaker").to_numpy(zero_copy_only=False)))
    starts = np.asarray(table.column("start").to_numpy()).astype(str)
    ends = np.asarray(table.column("end").to_numpy()).astype(str)
    voice_id = np.char.add(np.char.add(np.char.add(np.char.add(codes[uniques].astype(str), ":"), starts), "-"), ends)
    if distinct_quotes:
        quotes = np.asarray(table.column("quote").to_numpy(zero_copy_only=False)).astype(str)
        table = table.set_column(table.schema.get_field_index("quote"), "quote", pa.array(
            np.char.add(np.char.add(quotes, " #"), copy.astype(str)).tolist(), pa.string()))
    replace = {"voice_id": voice_id, "article": codes[uniques], "title": titles[uniques],
               "source": np.array(OUTLETS)[art_outlet][uniques], "date": art_date[uniques], "speaker": speaker}
    for column, values in replace.items():
        table = table.set_column(table.schema.get_field_index(column), column, pa.array(values.tolist(), pa.string()))
    folder.mkdir(parents=True, exist_ok=True)
    write_dataset(folder, [], [], manifest={"synthetic": name, "voices": n_voices, "articles": n_articles})
    for old in (folder / "voices").glob("part-*.parquet"):
        old.unlink()
    step = 250_000
    for part, start in enumerate(range(0, n_voices, step)):
        pq.write_table(table.slice(start, step), folder / "voices" / f"part-{part:05d}.parquet")
    articles = pa.table({"id": codes.tolist(), "title": titles.tolist(), "source": np.array(OUTLETS)[art_outlet].tolist(),
                         "date": art_date.tolist(), "url": [""] * n_articles, "path": [""] * n_articles,
                         "text": [""] * n_articles}, schema=articles_schema())
    pq.write_table(articles, folder / "articles" / "part-00000.parquet")
    return folder


def server_side(folder: Path, repeat: int) -> list[tuple[str, float]]:
    """Milliseconds for the data layer's steps on this dataset (best of `repeat`, load once)."""
    from dashboard import queries, views
    from dashboard.data import Slice, VoiceDB

    rows = []
    started = time.perf_counter()
    db = VoiceDB.from_sources([folder])
    rows.append(("load Parquet into DuckDB", (time.perf_counter() - started) * 1000))
    ids = [r[0] for r in db.con.execute("SELECT voice_id FROM voices USING SAMPLE 500 ROWS (reservoir, 1)").fetchall()]
    reviews = [{"voice_id": v, "reviewed_stance": "political", "reviewed_speaker": "", "note": "",
                "reviewed_at": f"2025-01-01T00:00:{i % 60:02d}"} for i, v in enumerate(ids)]
    started = time.perf_counter()
    db.apply_reviews(1, reviews, [])
    rows.append(("apply 500 reviews", (time.perf_counter() - started) * 1000))

    def overview(s: Slice) -> None:
        queries.headline(s)
        span = queries.date_span(s)
        queries.undated(s)
        queries.over_time(s, queries.time_unit(span))
        for group, top in (("outlet", 20), ("article", 20), ("speaker", 15)):
            queries.stance_by(s, group, top)
        queries.distinct(s, "outlet")
        queries.stance_by_theme(s)
        queries.sentiment_points(s, 2000)
        queries.sentiment_summary(s)

    cursor = db.cursor()
    started = time.perf_counter()
    queries.options(db)
    overview(Slice(db, cursor, views.Filters(), {}))
    rows.append(("sidebar options + Overview queries, unfiltered, first time", (time.perf_counter() - started) * 1000))
    rows.append(("same, cached (per reviews version)", best(lambda: overview(Slice(db, cursor, views.Filters(), {})),
                                                           repeat)))
    for label, filters in (("stance = political", views.Filters(stances=("political",))),
                           ("named speakers only", views.Filters(named_only=True)),
                           ("search 'ban' + one outlet", views.Filters(search="ban", outlets=(OUTLETS[3],)))):
        rows.append((f"filter change ({label}): temp table + Overview queries",
                     best(lambda f=filters: overview(Slice(db, cursor, f, {})), repeat)))
    return rows


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def browser_side(folder: Path, repeat: int, fresh: int = 1) -> dict[str, list[float]]:
    """Milliseconds felt in Chromium: first load on each of `fresh` newly started servers; on the
    first of them also `repeat` warm navigations, each followed by two filter clicks."""
    from playwright.sync_api import sync_playwright

    from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, running_dashboard

    felt: dict[str, list[float]] = {}
    os.environ["STANCE_DATASET"] = str(folder)
    with tempfile.TemporaryDirectory() as data, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for server_round in range(fresh):
                with running_dashboard(data, Path(data) / "streamlit.log", timeout=120) as url:
                    for attempt in range(repeat + 1 if server_round == 0 else 1):
                        page = browser.new_page(viewport={"width": 1400, "height": 1000})
                        page.set_default_timeout(180_000)
                        page.add_init_script(WATCH_FIRST_CHART)
                        started = time.perf_counter()
                        page.goto(url)
                        page.wait_for_selector(DRAWN_CHART)
                        first = (time.perf_counter() - started) * 1000
                        page.wait_for_function(f"document.querySelectorAll('{DRAWN_CHART}').length >= 6")
                        idle(page)
                        done = (time.perf_counter() - started) * 1000
                        name = "first load (fresh server)" if attempt == 0 else "navigation (warm server)"
                        felt.setdefault(f"{name}: first chart drawn", []).append(
                            page.evaluate("window.__firstChart"))
                        felt.setdefault(f"{name}: first chart drawn, seen by Playwright", []).append(first)
                        felt.setdefault(f"{name}: page idle", []).append(done)
                        if attempt:
                            for label, prepare, click in (
                                    ("'Named speakers only' toggle", lambda: None,
                                     lambda: page.get_by_text("Named speakers only").click()),
                                    ("stance option 'political'", lambda: open_stance(page),
                                     lambda: page.get_by_role("option", name="political").click())):
                                prepare()  # opening a dropdown is no filter change: not timed
                                before = count_text(page)
                                page.evaluate(ARM_POINTER_CLOCK)
                                started = time.perf_counter()
                                click()
                                page.wait_for_function(COUNT_CHANGED, arg=before, polling="raf")
                                felt.setdefault(f"filter click ({label}): count updated", []).append(
                                    page.evaluate("window.__countShown - window.__pointerDown"))
                                felt.setdefault(f"filter click ({label}): count updated, incl. Playwright's click",
                                                []).append((time.perf_counter() - started) * 1000)
                                idle(page)
                                felt.setdefault(f"filter click ({label}): page idle", []).append(
                                    (time.perf_counter() - started) * 1000)
                        page.close()
        finally:
            browser.close()
            os.environ.pop("STANCE_DATASET", None)
    return felt


# The frame in which the first chart with data is drawn, on the page's clock from navigation start
# (as the browser's own paint timings count). Playwright's wait returns later, by 0.3-1 s on two
# cores, because the page's main thread goes on drawing the other charts before it can answer.
WATCH_FIRST_CHART = f"""(() => {{ window.__firstChart = null;
    const check = () => {{ if (document.querySelector('{DRAWN_CHART}')) window.__firstChart = performance.now();
                          else requestAnimationFrame(check); }};
    requestAnimationFrame(check); }})()"""

# Felt = from the user's pointer going down to the frame where the new count is drawn, both read
# from the page's own clock (performance.now), so Playwright's checks before a click do not count.
ARM_POINTER_CLOCK = """() => { window.__pointerDown = null; window.__countShown = null;
    document.addEventListener('pointerdown', () => { window.__pointerDown = performance.now(); },
                              {capture: true, once: true}); }"""
COUNT_CHANGED = """(old) => { const el = [...document.querySelectorAll(
        '[data-testid=stSidebar] [data-testid=stCaptionContainer]')].find(e => / match the filters/.test(e.innerText));
    if (!el || el.innerText === old || window.__pointerDown === null) return false;
    window.__countShown = performance.now(); return true; }"""


def open_stance(page) -> None:
    """Open the Stance multiselect's dropdown, so that only the click on an option is timed."""
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]', has_text="Stance")
    box.evaluate("e => e.scrollIntoView({block: 'center'})")  # at the window's edge its list has no room
    box.click()
    page.get_by_role("option", name="political").wait_for()


def count_text(page) -> str:
    return page.locator('[data-testid="stSidebar"] [data-testid="stCaptionContainer"]',
                        has_text="match the filters").first.inner_text()


def idle(page) -> None:
    page.wait_for_timeout(100)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached")


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            return next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        return "unknown"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--fresh", type=int, default=1, help="newly started servers to time the first load on")
    parser.add_argument("--base", type=int, default=300, help="corpus4k articles analysed for the base records")
    parser.add_argument("--distinct-quotes", action="store_true",
                        help="no two quotes equal (benchmarks/out/dash-<size>-distinct/)")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)

    base = base_records(args.base)
    results = {}
    for name in args.sizes:
        suffix = "-distinct" if args.distinct_quotes else ""
        folder = make_dataset(name, base, OUT / f"dash-{name}{suffix}", args.distinct_quotes)
        manifest = json.loads((folder / "_manifest.json").read_text())
        print(f"\n## {name}{suffix}: {manifest['voices']:,} voices, {manifest['articles']:,} articles\n")
        server = server_side(folder, args.repeat)
        print("| server side (this process) | ms |\n|---|---:|")
        for label, ms in server:
            print(f"| {label} | {ms:,.0f} |")
        felt = browser_side(folder, args.repeat, args.fresh)
        print("\n| felt in Chromium | best ms | median ms | runs |\n|---|---:|---:|---:|")
        for label, times in felt.items():
            print(f"| {label} | {min(times):,.0f} | {statistics.median(times):,.0f} | {len(times)} |")
        results[name] = {"voices": manifest["voices"], "articles": manifest["articles"], "server_ms": dict(server),
                         "felt_ms": felt}
    print(f"\nMachine: {machine()}; CPU: {cpu_model()}; load average at the end: "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} (other work on the machine inflates the felt figures)")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
