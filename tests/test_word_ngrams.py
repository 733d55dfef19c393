"""The word features: `modelfile.word_ngrams` keeps a word only if it is not a stop word and an
n-gram only if one of its words is not a function word, so function words never decide a label."""

from __future__ import annotations

import pytest

from stance.label.modelfile import WORD_TOKEN, function_words, stop_words, word_ngrams


@pytest.mark.parametrize("text, expected", [
    # A phrase of a function word and a content word stays; stop words alone do not. "last"
    # is on standard stop lists: never a feature alone, meaningful in a phrase.
    ("It won't last", ["won't last"]),
    ("going back home", ["going", "home", "going back", "back home"]),
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


def test_no_feature_is_made_only_of_function_words():
    text = "But we think that, in her words, it won't last and it will not be the same again."
    stop, function = stop_words(), function_words()
    grams = word_ngrams(text, 3)
    assert grams and all(gram not in stop for gram in grams if " " not in gram)
    assert all(any(word not in function for word in gram.split()) for gram in grams)
    assert {"but", "in", "her", "we", "last", "it will", "in her"}.isdisjoint(grams)


def test_stop_word_lists():
    stop, function = stop_words(), function_words()
    assert {"the", "in", "her", "we", "but", "not", "won't", "don't", "i'm"} <= function <= stop
    # Common words of standard stop lists: never alone, but content inside a phrase.
    assert {"last", "bill", "fire", "show", "system", "serious", "take"} <= stop - function
    # Every entry is one lower-case token as the analyser splits text, or it could never match.
    assert all(WORD_TOKEN.fullmatch(word) and word == word.lower() for word in stop)


@pytest.mark.parametrize("text, expected", [
    # Pairs, then triples, each kept when one of its words is not a function word.
    ("going back home", ["going", "home", "going back", "back home", "going back home"]),
    ("It won't last long", ["long", "won't last", "last long", "it won't last", "won't last long"]),
    # Must find nothing beyond the words: too short for a triple, or only function words.
    ("ban it", ["ban", "ban it"]),
    ("and it was", []),
])
def test_word_ngrams_up_to_three_known_answers(text, expected):
    assert word_ngrams(text, 3) == expected
