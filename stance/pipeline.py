"""The one place that wires the stages: articles -> voices -> labels -> table of records.

`stream()` lists every input first (cheap: names, and the file ids that need the whole listing),
then reads them one at a time (a table gives many articles) and yields one `Batch` per chunk, so
memory holds one chunk (plus, with `jobs` > 1, the chunks in flight) whatever the corpus size. Ids
are made unique in input order, as `load_articles` does. An input that cannot be read, an article whose extraction or labelling raises, or one that runs past the per-file
time budget becomes one Problem (file and reason) and the run goes on. Problems keep file order.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from threading import Lock
from typing import TYPE_CHECKING

from stance.engines.budget import DEFAULT_BUDGET_SECONDS, FileBudget, TimeBudgetExceeded
from stance.extract.voices import extract_voices
from stance.records import COLUMNS, LIST_COLUMNS, Voice
from stance.text.corpus import Article, IdClaims, Input, Problem, claim_all, list_inputs, read_input
from stance.text.tables import MAX_FILE_BYTES, TABLE_SUFFIXES

if TYPE_CHECKING:  # pandas costs 0.4 s to import; the CLI never needs it
    from concurrent.futures import Future

    import pandas as pd

    from stance.label.predictor import Predictor

# Files per chunk in one process: large enough that the vectorised labelling call is amortised
# (one call per 500 articles ran as fast as one call for the whole 4,000-article corpus).
CHUNK_FILES = 500
# Files per task sent to a worker (`jobs` > 1): large enough to amortise the round trip, small
# enough to balance the load.
TASK_FILES = 64

# Position in the listing, the input, its file id ("" for a table), the path shown in problems.
ListedFile = tuple[int, Input, str, str]
IndexedProblem = tuple[int, Problem]  # position in the listing, problem: sorts into file order


@dataclass
class Batch:
    """One chunk of the stream: the articles that gave records, their voices, the problems."""

    articles: list[Article] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: int = 0  # files listed in this chunk, usable or not


@dataclass
class Analysis:
    articles: list[Article] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def frame(self) -> "pd.DataFrame":
        return voices_frame(self.voices)


def article_voices(article: Article) -> list[Voice]:
    """The voices of one article, each carrying the article's metadata."""
    voices = extract_voices(article.id, article.text)
    if not (article.title or article.source or article.date or article.url):
        return voices  # nothing to add: skip the copies
    return [replace(v, title=article.title, source=article.source, date=article.date, url=article.url)
            for v in voices]


def extract_all(articles: Sequence[Article], jobs: int = 1) -> list[Voice]:
    """Voices of every article, in article order; `jobs` > 1 extracts in parallel processes."""
    if jobs <= 1 or len(articles) < 2:
        return [voice for article in articles for voice in article_voices(article)]
    from stance.engines.workers import worker_pool  # only with workers: see _stream_chunks

    with worker_pool(jobs) as pool:
        chunks = pool.map(article_voices, articles, chunksize=32)
        return [voice for chunk in chunks for voice in chunk]


# Labels of the quotes labelled lately, kept from one call to the next: a corpus is labelled a
# chunk at a time, and a quote met again in a later chunk (a wire story run by many outlets, a
# statement quoted again in a follow-up) is not labelled again. A quote's labels depend on its
# text and the model alone, so a kept one equals a fresh one exactly. Bounded: about 1.2 KB a
# quote (12 MB in all), the least recently used go first; kept for one model at a time.
LABELS_KEPT = 10_000


class _RecentLabels:
    """Quote -> labels of the quotes `model` labelled lately (at most LABELS_KEPT)."""

    def __init__(self) -> None:
        self.model: Predictor | None = None
        self.labels: OrderedDict[str, dict] = OrderedDict()
        self.lock = Lock()  # the dashboard labels from several threads

    def known(self, model: Predictor, quotes: list[str]) -> dict[str, dict]:
        """The kept labels of those of `quotes` that have them (made the most recent)."""
        with self.lock:
            if model is not self.model:
                self.model, self.labels = model, OrderedDict()
            found = {}
            for quote in quotes:
                labels = self.labels.get(quote)
                if labels is not None:
                    self.labels.move_to_end(quote)
                    found[quote] = labels
            return found

    def keep(self, model: Predictor, labels: dict[str, dict]) -> None:
        with self.lock:
            if model is not self.model:
                return
            self.labels.update(labels)
            while len(self.labels) > LABELS_KEPT:
                self.labels.popitem(last=False)


_recent = _RecentLabels()


def forget_recent_labels() -> None:
    """Drop the labels kept from earlier calls (benchmarks time labelling from scratch)."""
    global _recent
    _recent = _RecentLabels()


def _distinct_labels(quotes: Sequence[str], model: Predictor | None) -> dict[str, dict]:
    """Each distinct quote's labels (see label_quotes), from one vectorised model call."""
    from stance.label.predictor import load_default_predictor  # numpy only: no scikit-learn at run time
    from stance.label.themes import default_themes

    model = model or load_default_predictor()
    tag = default_themes().tag
    # Each distinct quote labelled once, as VADER scores each distinct text once: a quote's labels
    # depend on its text alone (every feature, the softmax and the top features are per row).
    distinct = list(dict.fromkeys(quotes))
    labels = dict(zip(distinct, model.predict_records(distinct)))
    for quote, record in labels.items():
        record["themes"] = tag(quote)
    return labels


def _kept_or_new_labels(quotes: Sequence[str], model: Predictor | None) -> dict[str, dict]:
    """_distinct_labels, but only the quotes not labelled lately go to the model; the records
    returned are shared with the labels kept (to read, not to change)."""
    from stance.label.predictor import load_default_predictor

    model = model or load_default_predictor()
    distinct = list(dict.fromkeys(quotes))
    known = _recent.known(model, distinct)
    new = [quote for quote in distinct if quote not in known]
    fresh = _distinct_labels(new, model) if new else {}
    _recent.keep(model, fresh)
    return {quote: known.get(quote) or fresh[quote] for quote in distinct}


def label_quotes(quotes: Sequence[str], model: Predictor | None = None) -> list[dict]:
    """Stance, probabilities, explanation, sentiment and themes of every quote, labelled by
    `model` (default: the shipped model).

    One vectorised model call for all distinct quotes; the model computes VADER once per quote.
    """
    if not quotes:
        return []
    labels = _distinct_labels(quotes, model)
    if len(labels) == len(quotes):
        return list(labels.values())
    return [{**labels[q], "probabilities": dict(labels[q]["probabilities"])} for q in quotes]


def label_voices(voices: Sequence[Voice], model: Predictor | None = None) -> list[Voice]:
    """Every voice with its labels (see label_quotes)."""
    if not voices:
        return []
    labels = _kept_or_new_labels([v.quote for v in voices], model)
    # Built straight from each distinct quote's labels (no per-voice label dict); every voice
    # gets its own probabilities mapping, as label_quotes gives each quote its own.
    return [
        Voice.from_fields(v.article, v.speaker, v.speaker_role, v.quote, v.kind, v.cue, v.start, v.end,
                          p["stance"], p["confidence"], dict(p["probabilities"]), p["sentiment"], p["themes"],
                          tuple(p["top_features"]), bool(p["needs_review"]), v.title, v.source, v.date, v.url)
        for v in voices for p in (labels[v.quote],)
    ]


def _reason(stage: str, exc: Exception) -> str:
    return f"{stage} failed ({type(exc).__name__}: {exc})"


def _reason_for(article: Article, reason: str) -> str:
    """A table holds many articles: its problem lines name the article too."""
    if Path(article.path).suffix.lower() in TABLE_SUFFIXES:
        return f"article {article.id!r}: {reason}"
    return reason


def load_listed(files: Iterable[ListedFile], ids: IdClaims, budget: FileBudget
                ) -> tuple[list[tuple[int, Article]], list[IndexedProblem]]:
    """Read and clean each listed input within the budget; ids made unique by `ids`, in order."""
    articles, problems = [], []
    for index, item, base_id, name in files:
        try:
            pending, found = budget.run(read_input, item, base_id, MAX_FILE_BYTES, name)
        except TimeBudgetExceeded as exc:
            pending, found = [], [Problem(name, str(exc))]
        articles.extend((index, article) for article in claim_all(pending, ids, found))
        problems.extend((index, problem) for problem in found)
    return articles, problems


def analyze_loaded(articles: Sequence[tuple[int, Article]], label: bool, model: Predictor | None, budget: FileBudget
                   ) -> tuple[list[int], list[Voice], list[IndexedProblem]]:
    """(positions in `articles` of those that gave records, their voices, problems) for one chunk.

    Extraction runs per article within the budget; labelling is one vectorised call, retried per
    article only when it raises, to find the one article that breaks it. Positions, not listing
    indexes, say which articles gave records: one table gives several articles."""
    extracted: list[tuple[int, Article, list[Voice]]] = []
    problems: list[IndexedProblem] = []
    for position, (index, article) in enumerate(articles):
        try:
            extracted.append((position, article, budget.run(article_voices, article)))
        except TimeBudgetExceeded as exc:
            problems.append((index, Problem(article.path, _reason_for(article, str(exc)))))
        except Exception as exc:  # one article's bug is one error line
            problems.append((index, Problem(article.path, _reason_for(article, _reason("extraction", exc)))))
    if not label:
        return [p for p, _, _ in extracted], [v for _, _, vs in extracted for v in vs], problems
    try:
        return [p for p, _, _ in extracted], label_voices([v for _, _, vs in extracted for v in vs], model), problems
    except Exception:
        kept, voices = [], []
        for position, article, article_voices_ in extracted:
            try:
                voices.extend(label_voices(article_voices_, model))
                kept.append(position)
            except Exception as exc:
                problems.append((articles[position][0], Problem(article.path,
                                                                _reason_for(article, _reason("labelling", exc)))))
        return kept, voices, sorted(problems, key=lambda item: item[0])


def listed_chunks(paths: Iterable[str | Path], size: int) -> Iterator[tuple[list[ListedFile], list[IndexedProblem]]]:
    """The listing in chunks of `size` inputs, with the listing's own problems where they were found."""
    files: list[ListedFile] = []
    problems: list[IndexedProblem] = []
    for index, (item, base_id) in enumerate(list_inputs(paths)):
        if item.problem is not None:
            problems.append((index, item.problem))
            continue
        files.append((index, item, base_id, str(item.path)))
        if len(files) >= size:
            yield files, problems
            files, problems = [], []
    if files or problems:
        yield files, problems


def assemble_batch(loaded: list[tuple[int, Article]], kept: list[int], voices: list[Voice],
                   problems: Iterable[IndexedProblem], files: int = 0) -> Batch:
    ordered = sorted(problems, key=lambda item: item[0])  # stable: an input's problems stay in order
    return Batch([loaded[position][1] for position in kept], voices, [p for _, p in ordered], files)


_worker_model: Predictor | None = None  # one model per worker process, rebuilt from its JSON dict


def _task(articles: list[tuple[int, Article]], label: bool, model_data: dict | None, budget_seconds: float):
    """Worker (`jobs` > 1): extract and label one chunk. The model arrives as its JSON dict (plain
    data, never a pickled model) and is rebuilt once per worker process."""
    global _worker_model
    model = None
    if label and model_data is not None:
        if _worker_model is None:
            from stance.label.predictor import Predictor

            _worker_model = Predictor(model_data)
        model = _worker_model
    with FileBudget(budget_seconds) as budget:  # a worker runs tasks in its main thread: the timer works
        return analyze_loaded(articles, label, model, budget)


def _read_chunks(chunks: Iterable[tuple[list[ListedFile], list[IndexedProblem]]], size: int, budget: FileBudget
                 ) -> Iterator[tuple[list[tuple[int, Article]], list[IndexedProblem], int]]:
    """(articles, problems found so far, inputs) per slice of at most `size` articles: a large table
    in a chunk is analysed a slice at a time. A problem travels with the first slice whose articles
    reach its input, so problems still come out in input order."""
    ids = IdClaims()
    for files, problems in chunks:
        loaded, load_problems = load_listed(files, ids, budget)
        known = sorted(problems + load_problems, key=lambda item: item[0])
        slices = [loaded[start : start + size] for start in range(0, len(loaded), size)] or [[]]
        for number, articles in enumerate(slices):
            last = number == len(slices) - 1
            reach = articles[-1][0] if articles and not last else None
            mine = [p for p in known if reach is None or p[0] <= reach]
            known = known[len(mine):]
            yield articles, mine, len(files) if number == 0 else 0


def _stream_chunks(chunks: Iterable[tuple[list[ListedFile], list[IndexedProblem]]], label: bool,
                   model: Predictor | None, jobs: int, budget: FileBudget, size: int) -> Iterator[Batch]:
    if jobs <= 1:
        for loaded, known, files in _read_chunks(chunks, size, budget):
            kept, voices, found = analyze_loaded(loaded, label, model, budget)
            yield assemble_batch(loaded, kept, voices, known + found, files)
        return
    # Imported only here: multiprocessing and concurrent.futures cost a one-process run 30 ms.
    from stance.engines.workers import worker_pool

    model_data = model.to_dict() if (label and model is not None) else None
    pending: deque[tuple[list, list, int, Future]] = deque()
    with worker_pool(jobs) as pool:
        for loaded, known, files in _read_chunks(chunks, size, budget):
            pending.append((loaded, known, files, pool.submit(_task, loaded, label, model_data, budget.seconds)))
            if len(pending) > 2 * jobs:  # bounded: reading never runs far ahead of the workers
                yield _finished(*pending.popleft())
        while pending:
            yield _finished(*pending.popleft())


def _finished(loaded: list[tuple[int, Article]], known: list[IndexedProblem], files: int, future: Future) -> Batch:
    kept, voices, found = future.result()
    return assemble_batch(loaded, kept, voices, known + found, files)


def stream(paths: Iterable[str | Path], model: Predictor | None = None, label: bool = True, jobs: int = 1,
           chunk_files: int | None = None, budget_seconds: float = DEFAULT_BUDGET_SECONDS) -> Iterator[Batch]:
    """Batches of records for every article under `paths`, in file order, one chunk in memory."""
    size = chunk_files or (CHUNK_FILES if jobs <= 1 else TASK_FILES)
    with FileBudget(budget_seconds) as budget:
        yield from _stream_chunks(listed_chunks(paths, size), label, model, jobs, budget, size)


def analyze_articles(articles: Sequence[Article], model: Predictor | None = None, label: bool = True, jobs: int = 1) -> list[Voice]:
    """Voices of already-loaded articles, labelled; with `jobs` > 1 both stages run in worker processes.
    An article whose extraction raises gives no voices (use `stream` to see why)."""
    size = CHUNK_FILES if jobs <= 1 else TASK_FILES
    indexed = list(enumerate(articles))
    voices: list[Voice] = []
    with FileBudget(0) as budget:  # loaded already: nothing to read, no timer to arm per article
        if jobs <= 1:
            for start in range(0, len(indexed), size):
                voices.extend(analyze_loaded(indexed[start : start + size], label, model, budget)[1])
            return voices
        from stance.engines.workers import worker_pool  # only with workers: see _stream_chunks

        model_data = model.to_dict() if (label and model is not None) else None
        with worker_pool(jobs) as pool:
            futures = [pool.submit(_task, indexed[start : start + size], label, model_data, 0)
                       for start in range(0, len(indexed), size)]
            return [voice for future in futures for voice in future.result()[1]]


def analyze(paths: Iterable[str | Path], model: Predictor | None = None, label: bool = True, jobs: int = 1,
            budget_seconds: float = DEFAULT_BUDGET_SECONDS) -> Analysis:
    """Load, extract, attribute and (optionally) label every article under `paths`, all in memory."""
    analysis = Analysis()
    for batch in stream(paths, model=model, label=label, jobs=jobs, budget_seconds=budget_seconds):
        analysis.articles.extend(batch.articles)
        analysis.voices.extend(batch.voices)
        analysis.problems.extend(batch.problems)
    return analysis


def voices_frame(voices: Iterable[Voice]) -> "pd.DataFrame":
    """The table of records, one row per voice, columns in the documented order."""
    import pandas as pd

    frame = pd.DataFrame([v.to_row() for v in voices], columns=list(COLUMNS))
    for column in LIST_COLUMNS:
        frame[column] = frame[column].apply(lambda value: tuple(value) if value is not None else ())
    return frame
