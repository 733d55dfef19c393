"""--engine dask on a LocalCluster: the records and problem lines of a local run, and faults that
fail one partition (or one article) while the rest lands. Skipped without the `dask` extra."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import cloudpickle  # noqa: E402  (installed with distributed)

from stance.cli import main  # noqa: E402
from stance.engines import dask_engine, dataset, partition  # noqa: E402
from stance.records import COLUMNS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# The fault-injecting tasks below are defined here: ship them to the workers by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])
ARTICLES = 300
PARTITION = 64


@pytest.fixture(scope="module")
def scheduler():
    # Fail a task whose worker died twice (not the default 3): the dying-task test stays short. One
    # task per worker at a time, as the engine's own LocalCluster: a death counts against that task only.
    with dask.config.set({"distributed.scheduler.allowed-failures": 1, "distributed.scheduler.worker-saturation": 1.0}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                      silence_logs=40) as cluster:
            yield cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    """~300 generated articles with metadata, bad files, one name in two folders, and an id repeated."""
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)
    main_folder, other = tmp_path_factory.mktemp("main"), tmp_path_factory.mktemp("other")
    names = []
    for name, data, _ in make_corpus.generate(7, ARTICLES, None):
        (main_folder / name).write_bytes(data)
        names.append(name)
    # The 201st article is given the 7th article's id: a local run calls it "<id>~2", with a warning.
    (main_folder / "articles.csv").write_text(f"file,id,title,source,date\n{names[3]},,A title,Daily Example,2025-01-20\n"
                                              f"{names[200]},{Path(names[6]).stem},,,\n", encoding="utf-8")
    (main_folder / "00100_blob.txt").write_bytes(b"\x00\x01binary")
    (main_folder / "00200_empty.md").write_bytes(b"")
    (main_folder / "00250_latin.txt").write_bytes("“Oui,” said Ana Silva, caf\xe9 owner.".encode("cp1252"))
    # Same file name as the 6th article: both ids carry their folder ("main0/<stem>", "other0/<stem>").
    (other / names[5]).write_bytes((main_folder / names[5]).read_bytes())
    return [main_folder, other]


def _local_run(corpus: list[Path], tmp_path: Path, capsys) -> tuple[list[dict], list[str]]:
    output = tmp_path / "local.jsonl"
    assert main(["analyze", *map(str, corpus), "--jobs", "1", "-o", str(output)]) == 0
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    return [{c: r[c] for c in COLUMNS} for r in records], capsys.readouterr().err.splitlines()


def _by_id(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda row: row["voice_id"])


def test_partitions_keep_files_that_share_an_id_together(corpus):
    plan = dask_engine.plan_partitions(corpus, PARTITION)
    assert [len(files) for files in plan.partitions] == [65, 64, 64, 64, 47]
    twin = plan.partitions[0][-1]  # articles.csv gives it the id of an article in partition 0: it joins it
    assert Path(twin[1]).name.startswith("00200_") and twin[3]["id"] in [Path(e[1]).stem for e in plan.partitions[0][:-1]]
    # One file name in two folders: both ids carry their folder, so neither moves.
    copy = plan.partitions[-1][-1]
    original = next(entry for entry in plan.partitions[0] if Path(entry[1]).name == Path(copy[1]).name)
    stem = Path(copy[1]).stem
    assert (original[4], copy[4]) == (f"{corpus[0].name}/{stem}", f"{corpus[1].name}/{stem}")
    assert [index for index, *_ in plan.partitions[1]] == sorted(index for index, *_ in plan.partitions[1])


def test_dask_dataset_equals_the_local_records_and_problem_lines(corpus, scheduler, tmp_path, capsys):
    records, local_err = _local_run(corpus, tmp_path, capsys)
    out = tmp_path / "dask"
    assert main(["analyze", *map(str, corpus), "--engine", "dask", "--scheduler", scheduler, "--out", str(out),
                 "--partition-size", str(PARTITION)]) == 0
    err = capsys.readouterr().err.splitlines()
    # binary, empty, cp1252 warning, the repeated id's warning; then the summary
    assert err[:-1] == local_err[:-1] and len(err) == 5
    assert "is already used by" in err[1] and err[1].endswith("~2'")
    assert local_err[-1] + "; 5 partition(s) in " + str(out) == err[-1]
    assert _by_id(dataset.read_table(out)) == _by_id(records) and len(records) > 1000
    titled = [row for row in records if row["title"] == "A title"]
    assert titled and all(row["source"] == "Daily Example" and row["date"] == "2025-01-20" for row in titled)
    articles = dataset.read_table(out, "articles")
    assert len(articles) == ARTICLES + 2 and len({a["article"] for a in articles}) == ARTICLES + 2
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["engine"] == "dask" and manifest["failed_partitions"] == []
    assert [p["path"] for p in manifest["problems"]] == [line.split(": ")[1] for line in local_err[:-1]]


def test_the_model_is_refused_when_its_text_does_not_match_its_sha256(tmp_path):
    request = {"index": 0, "files": [], "out_dir": str(tmp_path), "budget_seconds": 1, "model_text": '{"x": 1}',
               "model_sha": "0" * 64}
    dataset.prepare(tmp_path)
    with pytest.raises(ValueError, match="does not match its sha256"):
        partition.work(request)


def _dies_on_partition_1(index, files, *rest):
    if index == 1:
        os._exit(3)  # the worker process itself goes away
    return partition.run_partition(index, files, *rest)


def test_a_dying_task_fails_its_partition_and_the_rest_lands(corpus, scheduler, tmp_path, capsys):
    records, _ = _local_run(corpus, tmp_path, capsys)
    plan = dask_engine.plan_partitions(corpus, PARTITION)
    lost = {Path(entry[1]).stem for entry in plan.partitions[1]}
    out = tmp_path / "dask"
    result = dask_engine.run(corpus, out, scheduler=scheduler, partition_files=PARTITION, task=_dies_on_partition_1)
    assert [(f["index"], f["files"]) for f in result.failed] == [(1, [entry[1] for entry in plan.partitions[1]])]
    assert "KilledWorker" in result.failed[0]["reason"]
    assert not (out / "voices" / "part-00001.parquet").exists()
    assert _by_id(dataset.read_table(out)) == _by_id([r for r in records if r["article"] not in lost])
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert [p["index"] for p in manifest["partitions"]] == [0, 2, 3, 4]
    assert manifest["failed_partitions"][0]["files"] == result.failed[0]["files"]


def _raising_article(index, files, out_dir, budget, model_text, model_sha, isolate):
    import stance.pipeline as pipeline

    real = pipeline.extract_voices
    bad = Path(files[0][1]).stem if index == 1 else None  # the first article of partition 1

    def extract(article_id, text):
        if article_id == bad:
            raise RuntimeError("no voice here")
        return real(article_id, text)

    pipeline.extract_voices = extract
    try:
        return partition.run_partition(index, files, out_dir, budget, model_text, model_sha, isolate=False)
    finally:
        pipeline.extract_voices = real


def test_a_raising_article_is_one_problem_and_its_partition_still_lands(corpus, scheduler, tmp_path, capsys):
    records, _ = _local_run(corpus, tmp_path, capsys)
    plan = dask_engine.plan_partitions(corpus, PARTITION)
    bad = plan.partitions[1][0]
    result = dask_engine.run(corpus, tmp_path / "dask", scheduler=scheduler, partition_files=PARTITION,
                             task=_raising_article)
    assert result.failed == []
    assert f"error: {bad[1]}: extraction failed (RuntimeError: no voice here)" in [str(p) for p in result.problems]
    expected = [r for r in records if r["article"] != Path(bad[1]).stem]
    assert _by_id(dataset.read_table(tmp_path / "dask")) == _by_id(expected) and len(expected) < len(records)


def test_a_dead_partition_process_is_replaced_for_the_next_partition(corpus, tmp_path):
    plan = dask_engine.plan_partitions([corpus[1]], 10)
    dataset.prepare(tmp_path)
    args = (0, plan.partitions[0], str(tmp_path), 10.0, None, None)
    first = partition.run_partition(*args)
    assert first["articles"] == 1 and first["problems"] == []
    dead = partition.child()
    dead.process.kill()
    dead.process.wait()
    with pytest.raises((RuntimeError, BrokenPipeError)):
        dead.run({"index": 0, "files": [], "out_dir": str(tmp_path), "budget_seconds": 1, "model_sha": None})
    assert partition.run_partition(*args) == first  # a fresh process
    assert partition.child() is not dead
    partition.child().close()


def test_the_cli_reports_a_failed_partition_with_its_files_and_exits_1(tmp_path, monkeypatch, capsys):
    failed = {"index": 2, "reason": "KilledWorker: gone", "files": ["a.txt", "b.txt", "c.txt", "d.txt"]}
    manifest = {"articles": 3, "voices": 9, "partitions": [{}, {}]}
    monkeypatch.setattr(dask_engine, "run", lambda *a, **k: dask_engine.DaskRun(manifest, [], [failed]))
    assert main(["analyze", "x", "--engine", "dask", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"error: partition 2 failed (KilledWorker: gone); its 4 file(s), listed in {tmp_path}/_manifest.json: a.txt, b.txt, c.txt, …",
        f"9 voices from 3 articles; 2 partition(s) in {tmp_path}; 1 partition(s) failed",
    ]
