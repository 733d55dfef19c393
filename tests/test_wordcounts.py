"""`WordCounter` counts a word vocabulary's terms as counting `word_ngrams` features would,
without building the n-gram strings (the labelling fast path)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from stance.label.modelfile import word_ngrams
from stance.label.wordcounts import WordCounter

ROOT = Path(__file__).resolve().parent.parent


def counted(vocabulary: dict[str, int], texts: list[str]) -> list[Counter]:
    """Per text, {term: count} from WordCounter."""
    names = {column: term for term, column in vocabulary.items()}
    rows, columns = WordCounter(vocabulary).rows_and_columns(texts)
    out = [Counter() for _ in texts]
    for row, column in zip(rows.tolist(), columns.tolist()):
        out[row][names[column]] += 1
    return out


def expected(vocabulary: dict[str, int], texts: list[str]) -> list[Counter]:
    """Per text, {term: count} of the word_ngrams features that are in the vocabulary."""
    return [Counter(gram for gram in word_ngrams(text) if gram in vocabulary) for text in texts]


def test_known_answers():
    vocabulary = {term: i for i, term in enumerate(["crowd", "lovely crowd", "won't last", "last", "_name_"])}
    texts = ["A lovely crowd, but it won't last", "Fans love Koo"]
    # The clause after "but" counts twice; "last" alone is a stop word, never a feature.
    assert counted(vocabulary, texts) == [Counter({"crowd": 1, "lovely crowd": 1, "won't last": 2}),
                                          Counter({"_name_": 1})]


def test_terms_the_analyser_never_makes_count_nothing():
    # A stop word alone, a pair of function words, odd spacing, a triple: never counted.
    vocabulary = {term: i for i, term in enumerate(["the", "in the", "ban  app", " ban", "ban app now", ""])}
    assert counted(vocabulary, ["in the ban app now the ban"]) == [Counter()]


def test_pairs_never_span_two_texts_or_the_contrast_clause():
    vocabulary = {term: i for i, term in enumerate(["ban app", "came rain", "rain came"])}
    texts = ["they left, but rain came", "a new ban", "app users"]
    # Tokens "... rain came | rain came" and "ban | app": only pairs inside one list count.
    assert counted(vocabulary, texts) == [Counter({"rain came": 2}), Counter(), Counter()]


def test_no_texts_and_an_empty_vocabulary():
    assert counted({"ban": 0}, []) == []
    assert counted({}, ["a ban on the app"]) == [Counter()]
    assert counted({"ban": 0}, ["", "   ", "!!!"]) == [Counter(), Counter(), Counter()]


@pytest.mark.parametrize("extra", [[
    "Up 15.5% to 700,000 users, but the Mayor's plan won't last.",
    "\u201cIt\u2019s a fad,\u201d said Ada Park; however, Bluesky's users stay",
    "Huge numbers, yet nobody stays yet", "covid-19 and Lemon8's 21st rally", "\u00c9lan \u00e9lan 2nd",
]])
def test_equal_to_counting_word_ngrams_with_the_shipped_vocabulary(extra):
    from stance.label.predictor import load_default_predictor

    vocabulary = next(b.vocabulary for b in load_default_predictor().tfidf if b.analyzer == "stance-words")
    train = (ROOT / "stance" / "label" / "data" / "train.tsv").read_text(encoding="utf-8").splitlines()
    seeds = [line for path in sorted((ROOT / "seeds").iterdir()) if path.is_file()
             for line in path.read_text(encoding="utf-8").splitlines()]
    texts = train + seeds + extra
    got = counted(vocabulary, texts)
    assert sum(map(len, got)) > len(texts)  # the check compares real counts, not empty ones
    assert got == expected(vocabulary, texts)
