"""Quality gates for stance/label/data/train.tsv."""

import re
from collections import Counter
from pathlib import Path

import pytest

from stance.label.model import load_training_data
from stance.records import STANCES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NGRAM = 6


def tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.replace("\u2019", "'").lower())


def ngrams(words: list[str], n: int = NGRAM) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.fixture(scope="module")
def data():
    return load_training_data()


def test_enough_rows_from_enough_stories(data):
    assert len(data.texts) == len(data.labels) == len(data.stories) >= 3000
    assert len(set(data.stories)) >= 40


def test_labels_valid(data):
    assert set(data.labels) == set(STANCES)


def test_every_label_has_600_rows_and_none_is_starved(data):
    counts = Counter(data.labels)
    assert min(counts.values()) >= 600, counts
    assert min(counts.values()) >= 0.7 * max(counts.values()), counts


def test_every_written_story_has_every_label(data):
    by_story: dict[str, set[str]] = {}
    for label, story in zip(data.labels, data.stories):
        by_story.setdefault(story, set()).add(label)
    written = {story: labels for story, labels in by_story.items() if story != "mixed_short_813"}
    assert len(written) >= 40
    assert all(labels == set(STANCES) for labels in written.values()), written


def test_no_duplicates(data):
    keys = Counter(" ".join(tokens(t)) for t in data.texts)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, dupes[:5]


def test_no_empty_or_tiny_rows(data):
    short = [t for t in data.texts if len(tokens(t)) < 3]
    assert not short, short[:5]


def test_seed_articles_exist():
    assert len(list(SEEDS.glob("*.txt"))) >= 5


def test_no_six_word_overlap_with_seed_articles(data):
    seed_grams = set()
    for path in sorted(SEEDS.glob("*.txt")):
        seed_grams |= ngrams(tokens(path.read_text(encoding="utf-8")))
    overlaps = [(text, sorted(ngrams(tokens(text)) & seed_grams)[:2]) for text in data.texts
                if ngrams(tokens(text)) & seed_grams]
    assert not overlaps, overlaps[:5]


@pytest.mark.parametrize("text, grams", [
    ("It\u2019s rare to have such direct talks", {("it's", "rare", "to", "have", "such", "direct"),
                                                   ("rare", "to", "have", "such", "direct", "talks")}),
    ("too short", set()),
])
def test_ngram_helper(text, grams):
    assert ngrams(tokens(text)) == grams
