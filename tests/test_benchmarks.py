"""The benchmark scripts still run (on the seeds, once): they measure, these tests do not."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_stages_reports_every_stage(tmp_path, capsys):
    out = tmp_path / "stages.json"
    assert _script("bench_stages").main([str(SEEDS), "--repeat", "1", "--json", str(out)]) == 0
    table = capsys.readouterr().out
    for stage in ("load", "extract", "label", "write"):
        assert f"| {stage} |" in table
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["voices"] == 31  # the seeds' gold count


def test_bench_stages_refuses_a_missing_folder(tmp_path, capsys):
    assert _script("bench_stages").main([str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_bench_analyze_runs_the_cli_and_checks_jobs_agree(tmp_path, capsys):
    out = tmp_path / "analyze.json"
    code = _script("bench_analyze").main([str(SEEDS), "--jobs", "1", "2", "--repeat", "1", "--json", str(out)])
    assert code == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["jobs"] for r in results] == [1, 2]
    assert all(r["voices"] == 31 and r["same_output_as_first"] for r in results)


def test_bench_memory_reports_the_peak_of_a_run(tmp_path, capsys):
    out = tmp_path / "memory.json"
    assert _script("bench_memory").main(["--corpus", str(SEEDS), "--json", str(out)]) == 0
    assert "| articles | input MB | peak RSS MB |" in capsys.readouterr().out
    [run] = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert run["articles"] == 5 and run["peak_rss_mb"] > 10


def test_bench_versions_compares_two_binaries_and_their_output(capsys):
    import sys

    stance = str(Path(sys.executable).parent / "stance")
    assert _script("bench_versions").main([stance, stance, str(SEEDS), "--rounds", "1"]) == 0
    out = capsys.readouterr().out
    assert "| old |" in out and "| new |" in out and "same output: yes" in out


def test_bench_engines_runs_every_engine_on_the_same_records(tmp_path, capsys):
    pytest.importorskip("distributed")
    out = tmp_path / "engines.json"
    assert _script("bench_engines").main([str(SEEDS), "--jobs", "2", "--repeat", "1", "--json", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["variant"] for r in results] == ["jobs1", "jobs2", "dataset-jobs2", "dask-2"]
    assert all(r["voices"] == 31 and r["same_records"] for r in results)
