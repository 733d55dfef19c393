"""Worker pools: fork only while the process runs one thread, and the same voices either way."""

import multiprocessing
import threading
from pathlib import Path

import pytest

from stance.engines.workers import start_method, worker_pool
from stance.pipeline import analyze_articles
from stance.text.corpus import load_articles

ROOT = Path(__file__).resolve().parent.parent
FORK_DEFAULT = multiprocessing.get_context().get_start_method() == "fork"


@pytest.mark.skipif(not FORK_DEFAULT, reason="the platform does not fork by default")
def test_one_thread_forks_and_more_threads_do_not():
    assert start_method(threads=1) == "fork"
    assert start_method(threads=2) in ("forkserver", "spawn")
    assert start_method(threads=5) == start_method(threads=2)


@pytest.mark.skipif(FORK_DEFAULT, reason="the platform forks by default")
def test_a_platform_default_other_than_fork_is_kept():
    default = multiprocessing.get_context().get_start_method()
    assert start_method(threads=1) == default == start_method(threads=3)


def test_the_running_threads_decide_when_not_given():
    release = threading.Event()
    waiter = threading.Thread(target=release.wait)
    waiter.start()
    try:
        assert start_method() == start_method(threads=threading.active_count())
        assert start_method() != "fork"
    finally:
        release.set()
        waiter.join()


def _square(number: int) -> int:
    return number * number


def test_a_pool_started_while_a_thread_runs_works():
    release = threading.Event()
    waiter = threading.Thread(target=release.wait)
    waiter.start()
    try:
        with worker_pool(2) as pool:
            assert list(pool.map(_square, range(5))) == [0, 1, 4, 9, 16]
    finally:
        release.set()
        waiter.join()


def test_analysis_with_a_thread_running_gives_the_serial_voices():
    articles = load_articles([ROOT / "seeds"]).articles
    serial = analyze_articles(articles, jobs=1)
    release = threading.Event()
    waiter = threading.Thread(target=release.wait)
    waiter.start()
    try:
        assert analyze_articles(articles, jobs=2) == serial
    finally:
        release.set()
        waiter.join()
    assert len(serial) > 20
