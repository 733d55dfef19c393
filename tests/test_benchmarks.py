"""The benchmark scripts still run (on the seeds, once): they measure, these tests do not."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

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
