"""What the seed tests agree on, read from the seeds' gold file so that the count lives in one place:
extraction finds every gold voice and no other (precision and recall 1.0 on the seeds)."""

from __future__ import annotations

from pathlib import Path

SEED_GOLD = Path(__file__).parent / "data" / "gold" / "seeds.jsonl"
SEED_VOICES = sum(1 for line in SEED_GOLD.read_text(encoding="utf-8").splitlines() if line.strip())
