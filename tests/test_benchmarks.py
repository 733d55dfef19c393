"""The benchmark scripts still run (on the seeds, once): they measure, these tests do not."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from tests.seed_facts import SEED_VOICES

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
    assert result["voices"] == SEED_VOICES


def test_bench_stages_refuses_a_missing_folder(tmp_path, capsys):
    assert _script("bench_stages").main([str(tmp_path / "nope")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_bench_analyze_runs_the_cli_and_checks_jobs_agree(tmp_path, capsys):
    out = tmp_path / "analyze.json"
    code = _script("bench_analyze").main([str(SEEDS), "--jobs", "1", "2", "--repeat", "1", "--json", str(out)])
    assert code == 0
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert [r["jobs"] for r in results] == [1, 2]
    assert all(r["voices"] == SEED_VOICES and r["same_output_as_first"] for r in results)


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
    assert all(r["voices"] == SEED_VOICES and r["same_records"] for r in results)


# --- the real-news benchmark, on a tiny set written for this test -----------------------------------

REAL_ARTICLE = "“We are thrilled to welcome everyone,” said Ana Silva, a baker.\nKofi Mensah argued that fares should fall."
REAL_STANCE = [("We are thrilled to welcome everyone here", "welcoming", ""),
               ("This craze is a fad and it won't last", "skeptical", "none"),
               ("The government ban is about state surveillance", "political", ""),
               ("The ferry leaves at nine on weekdays", "none", ""),
               ("Sign-ups rose by four percent in March", "none", "welcoming")]


def _real_set(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "articles" / "harbour_story.txt").write_text(REAL_ARTICLE, encoding="utf-8")
    gold = [{"article": "harbour_story", "speaker": "Ana Silva", "kind": "direct", "quote": "We are thrilled to welcome everyone"},
            {"article": "harbour_story", "speaker": "Kofi Mensah", "kind": "indirect", "quote": "fares should fall"}]
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    rows = "".join(f"{quote}\t{label}\t{alt}\tharbour_story\n" for quote, label, alt in REAL_STANCE)
    (root / "stance.tsv").write_text("quote\tlabel\talt\tsource_id\n" + rows, encoding="utf-8")
    return root


def test_realnews_saves_figures_and_never_text(tmp_path, capsys):
    out = tmp_path / "scores.json"
    assert _script("realnews").main(["--data", str(_real_set(tmp_path / "set")), "--save", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "4-label (n=5)" in printed and "gold \\ predicted" in printed and "top three" in printed
    raw = out.read_text(encoding="utf-8")
    saved = json.loads(raw)
    # Numbers only: no quote, speaker or article text.
    for text in [quote for quote, _, _ in REAL_STANCE] + ["Ana Silva", "Kofi Mensah", "fares should fall", "harbour_story"]:
        assert text not in raw
    assert (saved["n_quotes"], saved["n_quotes_3_label"]) == (5, 3)
    assert set(saved["figures"]) == set(_script("realnews_save").MEASURES)
    assert all(isinstance(f["value"], (int, float)) and f["measures"] for f in saved["figures"].values())
    assert (saved["figures"]["extraction_f1"]["value"], saved["figures"]["speaker_accuracy"]["value"]) == (1.0, 1.0)
    assert saved["confusion"]["labels"] == ["welcoming", "skeptical", "political", "none"]
    matrix = saved["confusion"]["rows_gold_columns_predicted"]
    assert [sum(row) for row in matrix] == [1, 1, 1, 2]
    assert {label: c["gold"] for label, c in saved["per_class"].items()} == {
        "welcoming": 1, "skeptical": 1, "political": 1, "none": 2}
    accuracy = sum(matrix[i][i] for i in range(4)) / 5
    assert saved["figures"]["accuracy_4_strict"]["value"] == accuracy


def test_shipped_realnews_scores_are_of_the_shipped_model():
    # The Model page shows these beside cross-validation: they must measure the model shipped.
    saved = json.loads((ROOT / "stance/label/data/realnews_scores.json").read_text(encoding="utf-8"))
    assert saved["model_sha256"] == _script("realnews_save").shipped_model_sha256(), \
        "model.json changed: rerun `python benchmarks/realnews.py --save stance/label/data/realnews_scores.json`"
    assert set(saved["figures"]) == set(_script("realnews_save").MEASURES)
    assert saved["n_quotes"] == sum(map(sum, saved["confusion"]["rows_gold_columns_predicted"]))
    for figure in saved["figures"].values():
        assert isinstance(figure["value"], (int, float)) and 0 <= figure["value"] <= max(1, saved["n_quotes"])
