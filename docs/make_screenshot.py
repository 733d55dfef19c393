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
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("streamlit did not become healthy in time")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "overview.png"))
    parser.add_argument("--page", default="/", help="path and query to open (default: the Overview)")
    parser.add_argument("--full-page", action="store_true", help="capture the whole page, not just the viewport")
    parser.add_argument("--charts", type=int, default=4, help="wait until this many Plotly charts are drawn")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", "--theme.base", "light", "--client.toolbarMode", "minimal"],
            cwd=ROOT, env={**os.environ, "STANCE_DATA_DIR": data},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_healthy(url, proc)
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    page = browser.new_page(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
                    page.goto(url + args.page)
                    page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot').length >= {args.charts}",
                                           timeout=60_000)
                    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=60_000)
                    page.wait_for_timeout(1500)  # let Plotly finish its transitions
                    page.screenshot(path=args.out, full_page=args.full_page)
                finally:
                    browser.close()
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
