"""The pipeline wires the stages into one table of records."""

from __future__ import annotations

from pathlib import Path

from stance.text.corpus import load_articles
from stance.pipeline import extract_all, voices_frame
from stance.records import COLUMNS

ROOT = Path(__file__).resolve().parent.parent


def test_parallel_extraction_gives_identical_records(tmp_path):
    # Enough articles that the pool really splits them across processes.
    seeds = load_articles([ROOT / "seeds"]).articles
    for copy in range(8):
        for article in seeds:
            (tmp_path / f"{copy}_{article.id}.txt").write_text(article.text, encoding="utf-8")
    articles = load_articles([tmp_path]).articles
    serial = extract_all(articles, jobs=1)
    parallel = extract_all(articles, jobs=2)
    assert len(serial) == 8 * 31
    assert parallel == serial


def test_frame_has_the_record_columns_in_order():
    voices = extract_all(load_articles([ROOT / "seeds"]).articles)
    frame = voices_frame(voices)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 31 and frame["voice_id"].is_unique
    assert set(frame["kind"]) == {"direct", "indirect", "partial"}


def test_empty_corpus_gives_an_empty_table():
    frame = voices_frame([])
    assert list(frame.columns) == list(COLUMNS) and frame.empty


def test_parallel_analysis_with_labels_is_identical(tmp_path):
    from stance.label.predictor import load_default_predictor
    from stance.pipeline import analyze_articles

    seeds = load_articles([ROOT / "seeds"]).articles
    for copy in range(30):  # more than one chunk of articles per worker
        for article in seeds:
            (tmp_path / f"{copy:02d}_{article.id}.txt").write_text(article.text, encoding="utf-8")
    articles = load_articles([tmp_path]).articles
    serial = analyze_articles(articles, jobs=1)
    assert analyze_articles(articles, jobs=2) == serial
    assert analyze_articles(articles, model=load_default_predictor(), jobs=2) == serial
    assert {v.stance for v in serial} == {"welcoming", "skeptical", "political", "none"}
