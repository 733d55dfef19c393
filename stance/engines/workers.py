"""Worker process pools that are safe to start from any program, threads or not.

`fork` copies only the calling thread: another thread's half-built objects come along, and a child
that collects garbage over them can crash (a forked worker died with a segmentation fault in a
test process that had threads running). So fork, the fastest start, is used only while this
process runs a single thread; with more, workers start from a clean server process (`forkserver`)
or, where there is none, are spawned. Platforms whose default is not fork keep their default.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor


def start_method(threads: int | None = None) -> str:
    """How to start workers now: the platform's default, unless that is fork and `threads`
    (default: the threads running in this process) are more than one."""
    default = multiprocessing.get_context().get_start_method()
    threads = threading.active_count() if threads is None else threads
    if default != "fork" or threads <= 1:
        return default
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def worker_pool(jobs: int, initializer=None, initargs: tuple = ()) -> ProcessPoolExecutor:
    """A process pool of `jobs` workers, started as `start_method()` says; each runs
    `initializer(*initargs)` once when it starts."""
    return ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(start_method()),
                               initializer=initializer, initargs=initargs)
