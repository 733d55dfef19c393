"""`stance classify`: label lines of text a block at a time and encode each block as output text.

With more than one job and more than one block, blocks are labelled and encoded in worker
processes and written in input order; the output is the same text whatever the jobs or block size.
Labelling is pure (a quote's labels depend on its text and the model alone), so it splits freely.
"""

from __future__ import annotations

import io
import os
from collections import deque
from collections.abc import Iterator, Sequence

_worker_model = None  # a worker's model: inherited from the parent under fork, else loaded once


def default_jobs() -> int:
    """One worker per CPU this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _load(model_path: str | None):
    from stance.label.predictor import load_default_predictor, load_predictor

    return load_predictor(model_path) if model_path else load_default_predictor()


def _start_worker(model_path: str | None) -> None:
    global _worker_model
    if _worker_model is None:  # started by forkserver or spawn: read the model file (validated data)
        _worker_model = _load(model_path)


def columns() -> list[str]:
    from stance.records import LABEL_COLUMNS

    return ["quote", *LABEL_COLUMNS]


def _encoded(block: Sequence[str], fmt: str, model) -> str:
    """The output text of one block of quotes: JSONL lines, or CSV rows without the header."""
    from stance.export import write_csv, write_jsonl
    from stance.pipeline import label_quotes
    from stance.records import probability_row

    rows = ({"quote": quote, **labels, **probability_row(labels["probabilities"])}
            for quote, labels in zip(block, label_quotes(block, model)))
    buffer = io.StringIO()
    if fmt == "csv":
        write_csv(rows, buffer, columns(), header=False)
    else:
        write_jsonl(rows, buffer, columns())
    return buffer.getvalue()


def _encoded_in_worker(block: Sequence[str], fmt: str) -> str:
    return _encoded(block, fmt, _worker_model)


def classified_text(quotes: Sequence[str], fmt: str = "jsonl", model_path: str | None = None,
                    jobs: int = 1, block_size: int = 5_000) -> Iterator[str]:
    """The output of labelling `quotes` (one record each, in order), as text pieces to write.

    The model is loaded (and validated) before anything is yielded, so a bad model file fails
    with nothing written. Memory holds the quotes and the blocks in flight, not every record."""
    model = _load(model_path)
    blocks = [quotes[start:start + block_size] for start in range(0, len(quotes), block_size)]
    return _pieces(blocks, fmt, model, model_path, jobs)


def _pieces(blocks: list[Sequence[str]], fmt: str, model, model_path: str | None, jobs: int) -> Iterator[str]:
    global _worker_model
    if fmt == "csv":
        from stance.export import write_csv

        header = io.StringIO()
        write_csv([], header, columns())
        yield header.getvalue()
    if jobs <= 1 or len(blocks) < 2:
        for block in blocks:
            yield _encoded(block, fmt, model)
        return
    from stance.engines.workers import worker_pool

    _worker_model = model  # fork-started workers inherit it and skip loading
    pending: deque = deque()
    try:
        with worker_pool(jobs, initializer=_start_worker, initargs=(model_path,)) as pool:
            try:
                for block in blocks:
                    pending.append(pool.submit(_encoded_in_worker, block, fmt))
                    if len(pending) > 2 * jobs:  # bounded: finished text never piles up ahead of the writer
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            finally:  # the reader went away (`stance classify | head`): drop the blocks not started
                for future in pending:
                    future.cancel()
    finally:
        _worker_model = None
