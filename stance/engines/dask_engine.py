"""`stance analyze PATH --engine dask --out DIR`: the same records as a local run, on a Dask cluster.

The driver lists the files (workers read them: a shared filesystem at the same absolute paths),
cuts the listing into partitions of at least `partition_files` files, and submits one task per
partition with the futures API; without a scheduler address it starts a LocalCluster. Each task
writes its partition's parts itself (stance.engines.partition). The model travels as its JSON
text, once per worker as a task result, with its sha256 checked by each worker before use: never
a pickled model object, never `scatter`. A partition that fails (an exception, a worker that
dies) is reported with its files and the run exits 1, while every other partition lands.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from stance.engines.budget import DEFAULT_BUDGET_SECONDS
from stance.engines.dataset import (DEFAULT_PARTITION_FILES, check_target, model_sha256, partition_entry, prepare,
                                    write_manifest)
from stance.text.corpus import Problem, list_inputs

# [listing index, path as given, absolute path, articles.csv row, file id ("" for a table), named on the
# command line]: plain data a worker can use.
PartitionFile = list


@dataclass
class Plan:
    partitions: list[list[PartitionFile]] = field(default_factory=list)
    problems: list[tuple[int, Problem]] = field(default_factory=list)  # the listing's own (metadata)


def plan_partitions(paths: Iterable[str | Path], partition_files: int = DEFAULT_PARTITION_FILES) -> Plan:
    """Cut the listing into partitions of `partition_files` inputs, in listing order.

    The driver lists everything, so file ids (folder-qualified where a stem is in two folders) are
    the local run's. Files whose id may still clash (a.txt and a.html; an id repeated in
    articles.csv) go to the partition of the first of them, in their order, so the worker makes them
    unique as a local run does. Table rows' ids are known only once read: they are made unique
    within their partition."""
    plan, listed = Plan(), []
    for index, (item, base_id) in enumerate(list_inputs(paths)):
        if item.problem is not None:
            plan.problems.append((index, item.problem))
        else:
            listed.append((index, item, base_id))
    bases = {index: item.metadata.get("id") or base_id for index, item, base_id in listed}
    base_ids = Counter(base for base in bases.values() if base)
    home: dict[str, int] = {}  # base id shared by several files -> its partition
    current: list[PartitionFile] = []
    for index, item, base_id in listed:
        entry = [index, str(item.path), str(item.path.resolve()), item.metadata, base_id, item.named]
        base = bases[index]
        if base and base_ids[base] > 1 and base in home and home[base] < len(plan.partitions):
            plan.partitions[home[base]].append(entry)
            continue
        if base and base_ids[base] > 1:
            home.setdefault(base, len(plan.partitions))
        current.append(entry)
        if len(current) >= partition_files:
            plan.partitions.append(current)
            current = []
    if current or not plan.partitions:
        plan.partitions.append(current)
    return plan


def _hold(text: str) -> str:
    """A task whose result is the model text: it moves to each worker once, not with every task."""
    return text


@dataclass
class DaskRun:
    manifest: dict
    problems: list[Problem]
    failed: list[dict]


def _cluster(scheduler: str | None, workers: int | None):
    from dask.distributed import Client, LocalCluster

    if scheduler:  # TLS and credentials come from Dask's own configuration (see docs/scale.md)
        return Client(scheduler), None
    import dask

    # One task per worker thread at a time: a worker that dies then takes only the partition it was
    # running with it, not the next one queued behind it (Dask counts a death against every task
    # assigned to that worker). Partitions are long, so nothing is lost by not queueing ahead.
    with dask.config.set({"distributed.scheduler.worker-saturation": 1.0}):
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
    return Client(cluster), cluster


def run(paths: Iterable[str | Path], out_dir: str | Path, *, scheduler: str | None = None, workers: int | None = None,
        partition_files: int = DEFAULT_PARTITION_FILES, label: bool = True,
        budget_seconds: float = DEFAULT_BUDGET_SECONDS, task: Callable | None = None, isolate: bool = True) -> DaskRun:
    """Analyse `paths` into the dataset `out_dir` on Dask. `task` replaces the partition task (tests)."""
    from dask.distributed import as_completed

    from stance.engines.partition import run_partition
    from stance.resources import read_text

    check_target(out_dir)  # refuse a foreign folder before starting anything
    plan = plan_partitions(paths, partition_files)
    model_text = read_text("stance.label", "model.json") if label else None
    model_sha = model_sha256(model_text)
    given = {entry[0]: entry[1] for files in plan.partitions for entry in files}
    client, cluster = _cluster(scheduler, workers)
    token = uuid.uuid4().hex[:8]
    summaries, failed = [], []
    problems = list(plan.problems)
    try:
        out = prepare(out_dir)  # the previous dataset goes only once the cluster is there
        model = client.submit(_hold, model_text, key=f"stance-model-{token}") if label else None
        futures = {client.submit(task or run_partition, index, files, str(out.resolve()), budget_seconds, model,
                                 model_sha, isolate, key=f"stance-partition-{index:05d}-{token}", pure=False): index
                   for index, files in enumerate(plan.partitions)}
        for future in as_completed(futures):
            index = futures[future]
            try:
                summary = future.result()
            except BaseException as exc:  # KilledWorker, a task's exception, a cancelled future
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                failed.append({"index": index, "reason": f"{type(exc).__name__}: {exc}",
                               "files": [entry[1] for entry in plan.partitions[index]]})
                continue
            summaries.append(partition_entry(index, summary["files"], summary["articles"], summary["voices"]))
            problems.extend((i, Problem(given.get(i, path), reason, skipped)) for i, path, reason, skipped in summary["problems"])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    ordered = [problem for _, problem in sorted(problems, key=lambda item: item[0])]
    manifest = write_manifest(out, engine="dask", model_sha=model_sha, partitions=summaries, problems=ordered,
                              failed=failed, partition_files=partition_files)
    return DaskRun(manifest, ordered, sorted(failed, key=lambda f: f["index"]))
