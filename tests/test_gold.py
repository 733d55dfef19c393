"""Extraction measured against gold annotations (seeds, and held-out articles never tuned on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.text.corpus import load_articles
from stance.pipeline import extract_all
from stance.extract.scoring import load_gold, score
from tests.seed_facts import SEED_VOICES

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def _score(folder: Path, gold_file: Path):
    articles = load_articles([folder]).articles
    return score(extract_all(articles), load_gold(gold_file, {a.id: a for a in articles}))


def test_seed_gold_meets_the_target():
    result = _score(ROOT / "seeds", DATA / "gold" / "seeds.jsonl")
    assert result.gold == SEED_VOICES
    assert result.found == result.matched == SEED_VOICES, result.details()
    assert result.speaker_right == SEED_VOICES, result.details()


def test_heldout_articles_stay_at_their_measured_figures():
    # Written by a separate author after the rules. Its first misses guided general fixes
    # (see README), so it is no longer blind: this is a regression guard at the measured
    # counts (132 of 135 found, none spurious, 130 speakers right); better is fine, worse fails.
    result = _score(DATA / "heldout", DATA / "heldout" / "gold.jsonl")
    assert result.gold == 135
    assert result.found == result.matched, result.details()
    assert result.matched >= 132, result.details()
    assert result.speaker_right >= 130, result.details()


def test_articles_without_voices_yield_nothing():
    articles = [a for a in load_articles([DATA / "heldout"]).articles if a.id.startswith(("h09", "h10"))]
    assert len(articles) == 2
    found = extract_all(articles)
    assert found == []


@pytest.mark.parametrize("gold_line", ['{"article": "nope", "speaker": "x", "kind": "direct", "quote": "y"}'])
def test_gold_for_unknown_article_is_an_error(tmp_path, gold_line):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(gold_line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not loaded"):
        load_gold(gold, {})
