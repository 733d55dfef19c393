"""The word features: `modelfile.word_ngrams` keeps an n-gram only if one of its words is not
a stop word, so function words never decide a label on their own."""

from __future__ import annotations

import pytest

from stance.label.modelfile import WORD_TOKEN, stop_words, word_ngrams


@pytest.mark.parametrize("text, expected", [
    # A phrase of a stop word and a content word stays; stop words alone do not.
    ("It won't last", ["last", "won't last"]),
    ("in her view", ["view", "her view"]),
    ("I'm not worried", ["worried", "not worried"]),
    # Contractions are one token, curly apostrophes folded, case folded.
    ("They DON\u2019T care", ["care", "don't care"]),
    ("the ban's timing", ["ban's", "timing", "the ban's", "ban's timing"]),
    ("fans' posts", ["fans", "posts", "fans posts"]),
    # Must find nothing: only stop words, only punctuation, nothing.
    ("But it is what it is, and we were there.", []),
    ("!!! ... ?", []),
    ("", []),
])
def test_word_ngrams_known_answers(text, expected):
    assert word_ngrams(text) == expected


def test_longer_ngrams_keep_the_same_rule():
    assert word_ngrams("not worried at all", 3) == [
        "worried", "not worried", "worried at", "not worried at", "worried at all"]
    assert word_ngrams("not worried at all", 1) == ["worried"]


def test_no_feature_is_made_only_of_stop_words():
    text = "But we think that, in her words, it won't last and it will not be the same again."
    stop = stop_words()
    grams = word_ngrams(text, 3)
    assert grams and all(any(word not in stop for word in gram.split()) for gram in grams)
    assert {"but", "in", "her", "we", "it will", "in her"}.isdisjoint(grams)


def test_stop_word_list():
    stop = stop_words()
    assert {"the", "in", "her", "we", "but", "not", "won't", "don't", "i'm"} <= stop
    # Content words that scikit-learn's English list also holds are not stop words here.
    assert {"last", "bill", "fire", "show", "system", "serious", "take"}.isdisjoint(stop)
    # Every entry is one lower-case token as the analyser splits text, or it could never match.
    assert all(WORD_TOKEN.fullmatch(word) and word == word.lower() for word in stop)
