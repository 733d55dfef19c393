"""Which corpus the dashboard shows, and loading it in the background with a progress count.

The corpus: the paths after `--` on the command line (`streamlit run dashboard/app.py -- PATH ...`),
else `$STANCE_CORPUS` (paths separated by the OS path separator), else the seeds; plus the
articles added from the dashboard. A dataset folder among them (or `$STANCE_DATASET`) is read
straight from its Parquet files; everything else is analysed. Loading runs in a thread of its
own, so a page can show "1,250 / 10,000 articles" while the sidebar stays usable, and a page
change does not restart it.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.data import VoiceDB
from dashboard.dataset import is_dataset
from stance import store as stance_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS_ENV = "STANCE_CORPUS"
DATASET_ENV = "STANCE_DATASET"
CHUNK_ARTICLES = 100  # articles per analysis step: one progress update each


@dataclass(frozen=True)
class Sources:
    """What to load: dataset folders, paths to analyse, and whether the seeds stand in."""

    datasets: tuple[str, ...]
    paths: tuple[str, ...]
    seeds: bool

    def describe(self) -> str:
        given = [*self.datasets, *self.paths]
        return ", ".join(given) if given else "(nothing)"


def given_paths(argv: Sequence[str] | None = None, environ=None) -> list[str]:
    """Paths from the command line (after `--`), else from $STANCE_CORPUS."""
    environ = os.environ if environ is None else environ
    if argv is None:  # `streamlit run dashboard/app.py -- PATH ...` sets sys.argv to [app.py, PATH, ...]
        argv = sys.argv[1:] if Path(sys.argv[0]).name == "app.py" else []
    args = list(argv)
    if args:
        return args
    return [p for p in (environ.get(CORPUS_ENV) or "").split(os.pathsep) if p.strip()]


def sources(argv: Sequence[str] | None = None, environ=None) -> Sources:
    environ = os.environ if environ is None else environ
    given = given_paths(argv, environ)
    dataset_env = [p for p in (environ.get(DATASET_ENV) or "").split(os.pathsep) if p.strip()]
    datasets = dataset_env + [p for p in given if is_dataset(p)]
    paths = [p for p in given if not is_dataset(p)]
    seeds = not given and not dataset_env
    if seeds:
        paths = [str(SEEDS)]
    added = stance_store.corpus_dir()
    if added.is_dir() and str(added) not in paths:
        paths.append(str(added))
    return Sources(tuple(dict.fromkeys(datasets)), tuple(dict.fromkeys(paths)), seeds)


def fingerprint(src: Sources) -> tuple:
    """Changes when a file is added, removed or edited under any source (keys the loaded data)."""
    parts = [Path(d) / sub for d in src.datasets for sub in ("voices", "articles")]
    return stance_store.corpus_fingerprint([*src.paths, *[p for p in parts if p.is_dir()]])


@dataclass
class Job:
    """One load of one corpus; read by every session that shows it."""

    sources: Sources
    phase: str = "Listing files"
    done: int = 0
    total: int = 0
    db: VoiceDB | None = None
    error: str = ""
    label_error: str = ""
    started: float = field(default_factory=time.monotonic)
    finished: threading.Event = field(default_factory=threading.Event)

    @property
    def running(self) -> bool:
        return not self.finished.is_set()


def _articles_table(articles):
    import pyarrow as pa

    from dashboard.dataset import articles_schema

    return pa.Table.from_pylist([{"id": a.id, "title": a.title, "source": a.source, "date": a.date, "url": a.url,
                                  "path": a.path, "text": ""} for a in articles], schema=articles_schema())


def run(job: Job) -> None:
    """Load `job.sources` into a VoiceDB (the thread's body); failures land in `job.error`."""
    try:
        import pyarrow as pa

        from dashboard.dataset import voices_schema

        predictor, loaded = None, None
        if job.sources.paths:  # a dataset's records carry their labels: no model, no analysis
            from stance.pipeline import analyze_articles
            from stance.text.corpus import load_articles

            try:
                from stance.label.predictor import load_default_predictor

                predictor = load_default_predictor()
            except (OSError, ValueError, KeyError) as exc:  # missing or incompatible model file
                job.label_error = f"{type(exc).__name__}: {exc}"
            loaded = load_articles(job.sources.paths)
        articles = loaded.articles if loaded else []
        job.phase, job.total = "articles analysed", len(articles)
        batches, schema = [], voices_schema()
        for start in range(0, len(articles), CHUNK_ARTICLES):
            chunk = articles[start:start + CHUNK_ARTICLES]
            voices = analyze_articles(chunk, model=predictor, label=predictor is not None)
            batches.append(pa.Table.from_pylist([v.to_row() for v in voices], schema=schema))
            job.done = start + len(chunk)
        job.phase = "Building the table of voices"
        voices = pa.concat_tables(batches) if batches else (schema.empty_table() if not job.sources.datasets else None)
        job.db = VoiceDB.from_sources(job.sources.datasets, voices, _articles_table(articles),
                                      article_text={a.id: a.text for a in articles},
                                      problems=[str(p) for p in loaded.problems] if loaded else [],
                                      labelled=predictor is not None or not job.sources.paths,
                                      description=job.sources.describe())
    except Exception as exc:  # noqa: BLE001 - shown to the user in one line; the app stays up
        job.error = f"{type(exc).__name__}: {exc}"
    finally:
        job.finished.set()


class Loader:
    """The loads of this server process, one per corpus fingerprint (kept: the last two)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._jobs: dict[tuple, Job] = {}

    def job(self, src: Sources) -> Job:
        key = (src, fingerprint(src))
        with self._lock:
            job = self._jobs.get(key)
            if job is None or (job.error and not job.running):
                job = Job(src)
                self._jobs[key] = job
                threading.Thread(target=run, args=(job,), name="stance-load", daemon=True).start()
                for old in list(self._jobs)[:-2]:
                    if not self._jobs[old].running:
                        del self._jobs[old]
            return job

    def idle(self) -> bool:
        """True before the first load of this process was asked for."""
        with self._lock:
            return not self._jobs


_SHARED = Loader()  # the server process's one Loader (module state: Streamlit imports this module once)


def start_loading() -> Job:
    """Start (or find) the load of the corpus this server shows; each run of a page asks once,
    which also notices files added or changed since (the fingerprint stats every file)."""
    return _SHARED.job(sources())


def start_first_load() -> None:
    """The entry script's call, before the pages import their charting libraries: the server's
    first load starts early, so reading overlaps those imports. Later runs leave the files'
    fingerprint to the page's own start_loading, so it is taken once per run, not twice."""
    if _SHARED.idle():
        start_loading()
