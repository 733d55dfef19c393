"""A per-file time budget: a file whose work runs past it is skipped with one error line.

In a process's main thread (the CLI, `--jobs` workers, the Dask partition process) the budget is a
SIGALRM timer: CPython's regex engine checks for signals while it backtracks, so even a runaway
pattern is interrupted, and the common path costs two system calls per file. Elsewhere (a thread,
or a platform without setitimer) there is no timer: run the work in a process of its own instead
(`stance.engines.dask_engine` does).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable
from typing import TypeVar

DEFAULT_BUDGET_SECONDS = 10.0
T = TypeVar("T")


class TimeBudgetExceeded(BaseException):
    """Raised asynchronously, like KeyboardInterrupt: a BaseException so that no `except Exception`
    in the interrupted code swallows it and carries on with the runaway work."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the {seconds:g} s time budget for one file; skipped")


def timer_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class FileBudget:
    """`with FileBudget(10) as budget: budget.run(work, file)`: raises TimeBudgetExceeded when one
    call runs past the budget. Inactive (no limit) when `seconds` <= 0 or no timer is available."""

    def __init__(self, seconds: float = DEFAULT_BUDGET_SECONDS) -> None:
        self.seconds = seconds
        self.active = seconds > 0 and timer_available()
        self._armed = False
        self._previous = None

    def __enter__(self) -> "FileBudget":
        if self.active:
            self._previous = signal.signal(signal.SIGALRM, self._expired)
        return self

    def __exit__(self, *exc_info) -> None:
        if self.active:
            self._disarm()
            signal.signal(signal.SIGALRM, self._previous or signal.SIG_DFL)

    def _expired(self, signum, frame) -> None:
        if self._armed:  # a late signal after the work finished is ignored
            self._armed = False
            raise TimeBudgetExceeded(self.seconds)

    def _disarm(self) -> None:
        self._armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)

    def run(self, work: Callable[..., T], *args) -> T:
        if not self.active:
            return work(*args)
        # The timer is one-shot: if it fires while disarming, the exception still reaches the caller
        # as TimeBudgetExceeded, never a second time.
        self._armed = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        try:
            return work(*args)
        finally:
            self._disarm()
