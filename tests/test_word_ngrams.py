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
    # A possessive reads as its noun; contractions that are stop words stay whole (and out).
    ("the ban's timing", ["ban", "timing", "the ban", "ban timing"]),
    ("it's the app's fault", ["app", "fault", "the app", "app fault"]),
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


@pytest.mark.parametrize("text, expected", [
    # Any run of digits (with its separators) is one number token: a figure's digits carry no stance.
    ("up 15.5% to 700,000", ["_number_", "_number_", "up _number_", "_number_ to", "to _number_"]),
    ("the 21st rally", ["_number_", "rally", "the _number_", "_number_ rally"]),
    ("Signups doubled in 2024.", ["signups", "doubled", "_number_", "signups doubled", "doubled in", "in _number_"]),
    # Must find no number: words without digits stay words.
    ("a dozen apps", ["dozen", "apps", "a dozen", "dozen apps"]),
])
def test_numbers_read_as_one_token(text, expected):
    assert word_ngrams(text) == expected


@pytest.mark.parametrize("text, counted_twice", [
    # The clause after the last "but" / "however" / conjunction "yet" carries the bottom line.
    ("A lovely crowd, but it won't last", ["won't last"]),
    ("Messy at first. However, the people are kind", ["people", "kind", "the people", "people are", "are kind"]),
    ("Lovely, but odd, but fun", ["fun"]),
    ("Huge numbers, yet nobody stays", ["stays", "nobody stays"]),
])
def test_the_clause_after_a_contrast_counts_twice(text, counted_twice):
    grams = word_ngrams(text)
    twice = sorted(gram for gram in set(grams) if grams.count(gram) == 2)
    assert twice == sorted(counted_twice)
    assert all(grams.count(gram) <= 2 for gram in grams)


@pytest.mark.parametrize("text", [
    "The app is not yet available in every store",   # "yet" as in "not yet" is no contrast
    "It is cheap and also quick to set up",           # no contrast word at all
    "Not only cheap but also quick to set up",        # "but also" adds, it does not contrast
    "A butler and a debutante",                       # "but" inside words is not the word
])
def test_no_contrast_counts_nothing_twice(text):
    grams = word_ngrams(text)
    assert len(grams) == len(set(grams))


@pytest.mark.parametrize("text, expected", [
    # A capitalised word inside a sentence is a name: one token, whoever it names.
    ("users love Bluesky and Koo", ["users", "love", "_name_", "_name_", "users love", "love _name_",
                                    "_name_ and", "and _name_"]),
    ("Mayor Ada Park smiled", ["mayor", "_name_", "_name_", "smiled", "mayor _name_", "_name_ _name_",
                               "_name_ smiled"]),
    # Must keep the word: the first word of the text, of a sentence or of a quote, and stop words.
    ("Fans wept. Critics laughed", ["fans", "wept", "critics", "laughed", "fans wept", "wept critics",
                                    "critics laughed"]),
    ('she said: "Fans wept"', ["said", "fans", "wept", "she said", "said fans", "fans wept"]),
    ("and Then It went", ["went", "it went"]),
    ("an iPhone app", ["iphone", "app", "an iphone", "iphone app"]),
])
def test_names_read_as_one_token(text, expected):
    assert word_ngrams(text) == expected


def test_name_detection_is_linear():
    # Many capitalised words after long runs of spaces: each looks back over spaces only, so four
    # times the input takes about four times as long (a ratio of CPU times, never a wall-clock
    # limit: other processes on a busy machine do not count).
    import time

    def best(n: int) -> float:
        times = []
        for _ in range(3):
            start = time.process_time()
            word_ngrams("Aa " + "   Bb" * n)
            times.append(time.process_time() - start)
        return min(times)
    # Measured again before it fails: a quadratic cost repeats (16x), a busy neighbour does not.
    assert any(best(80_000) / best(20_000) < 6.0 for _ in range(3))
