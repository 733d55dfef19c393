"""Run the dashboard as a real Streamlit server, for the browser test and the screenshot script.

Not used by the app itself: it starts `streamlit run dashboard/app.py` in a subprocess on
a free loopback port with its own STANCE_DATA_DIR, waits until it answers its health
check and always stops it afterwards.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "dashboard" / "app.py"
# Debian's Chromium, driven by Playwright (never `playwright install`).
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_dashboard(data_dir: str | Path, log_path: str | Path, extra_args: Sequence[str] = (),
                      timeout: float = 60) -> Iterator[str]:
    """The URL of a dashboard server that stops when the block ends.

    RuntimeError, with the end of the server's log, if it does not become healthy in time.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with open(log_path, "w+", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(APP), "--server.port", str(port),
             "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none", *extra_args],
            cwd=ROOT, env={**os.environ, "STANCE_DATA_DIR": str(data_dir)}, stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_healthy(url, proc, log, timeout)
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def _wait_healthy(url: str, proc: subprocess.Popen, log, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            raise RuntimeError(f"streamlit did not start (exit {proc.poll()}):\n{log.read()[-3000:]}")
        time.sleep(0.3)
