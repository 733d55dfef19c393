#!/usr/bin/env python3
"""Regenerate docs/overview.png: the dashboard's Overview page in headless Chromium.

    python docs/make_screenshot.py [--out docs/overview.png] [--page /quotes?voice=...]

Starts `streamlit run dashboard/app.py` on a free loopback port with an empty temporary
STANCE_DATA_DIR (so the picture shows the seeds only), opens it with Playwright driving
Debian's /usr/bin/chromium at 1400x1000, waits for the four charts, saves the PNG and stops
the server.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from docs/: make `dashboard` importable

from dashboard.serve import CHROMIUM, CHROMIUM_ARGS, running_dashboard  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "overview.png"))
    parser.add_argument("--page", default="/", help="path and query to open (default: the Overview)")
    parser.add_argument("--full-page", action="store_true", help="capture the whole page, not just the viewport")
    parser.add_argument("--charts", type=int, default=4, help="wait until this many Plotly charts are drawn")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as data:
        try:
            with running_dashboard(data, Path(data) / "streamlit.log",
                                   ["--theme.base", "light", "--client.toolbarMode", "minimal"]) as url:
                with sync_playwright() as p:
                    browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                    try:
                        page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
                        page.goto(url + args.page)
                        page.wait_for_function(
                            f"document.querySelectorAll('.js-plotly-plot').length >= {args.charts}", timeout=60_000)
                        page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=60_000)
                        page.wait_for_timeout(1500)  # let Plotly finish its transitions
                        page.screenshot(path=args.out, full_page=args.full_page)
                    finally:
                        browser.close()
        except RuntimeError as exc:  # the server did not start: say why, in one message
            raise SystemExit(str(exc)) from None
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
