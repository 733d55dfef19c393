"""Parquet output: exact round trips, the same records as JSONL, and the dataset layout of --out DIR."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from stance.cli import main
from stance.engines import dataset
from stance.export import EXPORT_COLUMNS, parquet_schema, read_parquet_rows, write_parquet
from stance.records import COLUMNS, PROBABILITY_COLUMNS
from stance.resources import read_text
from tests.seed_facts import SEED_VOICES

ROOT = Path(__file__).resolve().parent.parent


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_schema_types_lists_and_one_probability_column_per_label():
    schema = parquet_schema(COLUMNS)
    assert schema.names == list(COLUMNS)
    assert [name for name in schema.names if name.startswith("p_")] == list(PROBABILITY_COLUMNS)
    assert all(schema.field(name).type == pa.float64() for name in PROBABILITY_COLUMNS)
    assert schema.field("themes").type == pa.list_(pa.string()) == schema.field("top_features").type
    assert schema.field("start").type == pa.int64() and schema.field("needs_review").type == pa.bool_()
    assert schema.field("quote").type == pa.string()


def test_round_trip_keeps_every_value_exactly():
    rows = [
        {"voice_id": "a:0-5", "quote": "“Ça va”, 東京 ✓", "start": 0, "end": 5, "confidence": 0.1 + 0.2,
         "p_welcoming": 1 / 3, "p_skeptical": 5e-324, "p_political": 1 - 1 / 3 - 5e-324, "sentiment": -0.5574,
         "themes": ["a", "b; c"], "top_features": [], "needs_review": True, "speaker": "=1+1"},
        {"voice_id": "b:7-9", "quote": "", "start": 7, "end": 9, "themes": [], "top_features": ["word:x +0.10"],
         "needs_review": False},
    ]
    handle = io.BytesIO()
    assert write_parquet([rows[:1], [], rows[1:]], handle, COLUMNS) == 2
    back = pq.read_table(io.BytesIO(handle.getvalue())).to_pylist()
    assert pq.ParquetFile(io.BytesIO(handle.getvalue())).num_row_groups == 2  # one per non-empty group
    for written, read in zip(rows, back):
        assert {key: read[key] for key in written} == written  # no CSV-style neutralising: values as they are
    assert back[1]["speaker"] is None  # a column the row lacks is null, not ""


def test_parquet_file_holds_exactly_the_jsonl_records(tmp_path, capsys):
    jsonl, parquet = tmp_path / "v.jsonl", tmp_path / "v.parquet"
    assert main(["analyze", str(ROOT / "seeds"), str(ROOT / "tests/data/heldout"), "-o", str(jsonl)]) == 0
    assert main(["analyze", str(ROOT / "seeds"), str(ROOT / "tests/data/heldout"), "--format", "parquet", "-o", str(parquet)]) == 0
    records = _jsonl(jsonl)
    assert len(records) == 163 and read_parquet_rows(parquet) == records
    assert pq.ParquetFile(parquet).schema_arrow.names == list(EXPORT_COLUMNS)


def test_parquet_to_standard_output_is_refused(capsys):
    assert main(["analyze", str(ROOT / "seeds"), "--format", "parquet"]) == 2
    assert capsys.readouterr().err == "stance: error: --format parquet needs -o FILE (Parquet is binary: not for standard output)\n"


@pytest.mark.parametrize("options", [["--jobs", "1"], ["--jobs", "2"]])
def test_dataset_holds_the_records_articles_and_manifest(tmp_path, capsys, options):
    corpus = tmp_path / "in"
    corpus.mkdir()
    for path in sorted((ROOT / "tests/data/heldout").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt")):
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "zz_blob.txt").write_bytes(b"\x00binary")
    jsonl, out = tmp_path / "v.jsonl", tmp_path / "dataset"
    assert main(["analyze", str(corpus), "-o", str(jsonl)]) == 0
    expected_err = capsys.readouterr().err.splitlines()
    assert main(["analyze", str(corpus), "--out", str(out), "--partition-size", "4", *options]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[:-1] == expected_err[:-1] == [f"error: {corpus / 'zz_blob.txt'}: binary file (contains NUL bytes), not text"]
    assert err[-1] == f"163 voices from 15 articles; 1 file(s) skipped; 4 partition(s) in {out}"

    assert sorted(path.name for path in (out / "voices").iterdir()) == [f"part-0000{i}.parquet" for i in range(4)]
    assert dataset.read_table(out) == [{c: r[c] for c in COLUMNS} for r in _jsonl(jsonl)]
    articles = dataset.read_table(out, "articles")
    assert [a["article"] for a in articles] == sorted(p.stem for p in corpus.glob("*.txt") if p.name != "zz_blob.txt")
    assert sum(a["voices"] for a in articles) == 163 and articles[0]["text"].strip()
    # A dataset reader sees every part through one glob.
    assert ds.dataset(str(out / "voices"), format="parquet").count_rows() == 163

    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["model_sha256"] == hashlib.sha256(read_text("stance.label", "model.json").encode()).hexdigest()
    assert [p["files"] for p in manifest["partitions"]] == [4, 4, 4, 4]
    assert manifest["problems"] == [{"path": str(corpus / "zz_blob.txt"), "reason": "binary file (contains NUL bytes), not text",
                                     "skipped": True}]
    assert manifest["failed_partitions"] == [] and manifest["voices"] == 163 and manifest["articles"] == 15
    assert manifest["voice_columns"]["themes"] == "list<item: string>"


def test_rewriting_a_dataset_leaves_no_stale_part(tmp_path, capsys):
    out = tmp_path / "dataset"
    assert main(["analyze", str(ROOT / "tests/data/heldout"), "--out", str(out), "--partition-size", "2", "--no-labels"]) == 0
    # 11 inputs: the ten articles and gold.jsonl (a .jsonl is read as a table; this one is not, a warning)
    assert len(list((out / "voices").glob("part-*.parquet"))) == 6
    assert main(["analyze", str(ROOT / "seeds"), "--out", str(out), "--no-labels"]) == 0
    assert [p.name for p in (out / "voices").iterdir()] == ["part-00000.parquet"]
    assert len(dataset.read_table(out)) == SEED_VOICES
    assert json.loads((out / "_manifest.json").read_text())["model_sha256"] is None


def test_a_folder_that_is_not_a_dataset_is_never_overwritten(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["analyze", str(ROOT / "seeds"), "--out", str(tmp_path)]) == 2
    assert "is not empty and holds no stance dataset" in capsys.readouterr().err
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_an_empty_corpus_still_gives_a_readable_dataset(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    assert main(["analyze", str(tmp_path / "in"), "--out", str(tmp_path / "out")]) == 1  # nothing usable
    assert dataset.read_table(tmp_path / "out") == []
    assert pq.read_schema(tmp_path / "out" / "voices" / "part-00000.parquet").names == list(COLUMNS)


@pytest.mark.parametrize("argv, message", [
    (["-o", "x.jsonl", "--out", "d"], "give either -o FILE (one table) or --out DIR (a dataset), not both"),
    (["--engine", "dask"], "--engine dask writes a dataset: give --out DIR"),
    (["--scheduler", "tcp://h:8786", "--out", "d"], "--scheduler needs --engine dask"),
    (["--out", "d", "--partition-size", "0"], "--partition-size must be at least 1"),
])
def test_contradictory_options_get_one_line(argv, message, capsys):
    assert main(["analyze", str(ROOT / "seeds"), *argv]) == 2
    assert capsys.readouterr().err == f"stance: error: {message}\n"
