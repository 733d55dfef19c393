#!/usr/bin/env python3
"""Check that a refactor changed no output: extraction byte-identical, labels within 1e-12.

    python benchmarks/check_identity.py snapshot --stance-bin OLD/.venv/bin/stance
    python benchmarks/check_identity.py compare

`snapshot` runs `stance analyze --format jsonl` on the seeds, tests/data/heldout and a
4,000-article make_corpus.py corpus and keeps the records in benchmarks/out/identity/.
`compare` runs the current code on the same inputs and compares record by record:
extraction fields exactly, probabilities within 1e-12, every other label field exactly.
Only the fields both versions have are compared, so a record that gains columns (article
metadata, a new label) still compares on the rest. Exit 1 on the first difference per set.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out" / "identity"
CORPUS = ROOT / "benchmarks" / "out" / "corpus4k"
SETS = {"seeds": ROOT / "seeds", "heldout": ROOT / "tests" / "data" / "heldout", "corpus4k": CORPUS}
EXTRACTION_FIELDS = ("article", "speaker", "speaker_role", "quote", "kind", "cue", "start", "end")
TOLERANCE = 1e-12


def default_stance_bin() -> str:
    return str(Path(sys.executable).parent / "stance")


def ensure_corpus() -> None:
    if not CORPUS.is_dir():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), "--articles", "4000",
                        "--out", str(CORPUS)], check=True)


def run_analyze(stance_bin: str, path: Path) -> list[dict]:
    done = subprocess.run([stance_bin, "analyze", str(path), "--format", "jsonl"], capture_output=True,
                          text=True, encoding="utf-8", check=True)
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def probabilities(record: dict) -> dict[str, float]:
    """{label: p} from either `p_<label>` columns or a `probabilities` mapping."""
    if isinstance(record.get("probabilities"), dict):
        return {k: float(v) for k, v in record["probabilities"].items()}
    return {k[2:]: float(v) for k, v in record.items() if k.startswith("p_")}


def first_difference(old: list[dict], new: list[dict]) -> str | None:
    if len(old) != len(new):
        return f"{len(old)} records before, {len(new)} now"
    for i, (a, b) in enumerate(zip(old, new)):
        for name in EXTRACTION_FIELDS:
            if a.get(name) != b.get(name):
                return f"record {i}: {name} {a.get(name)!r} -> {b.get(name)!r}"
        pa, pb = probabilities(a), probabilities(b)
        for label, value in pa.items():
            if label in pb and not math.isclose(value, pb[label], rel_tol=0, abs_tol=TOLERANCE):
                return f"record {i}: p_{label} {value!r} -> {pb[label]!r}"
        for name in ("stance", "sentiment", "themes", "top_features", "needs_review"):
            if name in a and name in b and a[name] != b[name]:
                if name == "confidence" or (isinstance(a[name], float) and math.isclose(a[name], b[name], abs_tol=TOLERANCE)):
                    continue
                return f"record {i}: {name} {a[name]!r} -> {b[name]!r}"
        if not math.isclose(a.get("confidence", 0.0), b.get("confidence", 0.0), abs_tol=TOLERANCE):
            return f"record {i}: confidence {a.get('confidence')!r} -> {b.get('confidence')!r}"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("snapshot", "compare"))
    parser.add_argument("--stance-bin", default=default_stance_bin(), help="the stance executable to run")
    args = parser.parse_args()
    ensure_corpus()
    OUT.mkdir(parents=True, exist_ok=True)
    failed = False
    for name, path in SETS.items():
        records = run_analyze(args.stance_bin, path)
        saved = OUT / f"{name}.jsonl"
        if args.mode == "snapshot":
            saved.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
            print(f"{name}: {len(records)} records saved")
            continue
        old = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
        diff = first_difference(old, records)
        print(f"{name}: {len(records)} records, " + ("identical" if diff is None else f"DIFFERENT: {diff}"))
        failed = failed or diff is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
