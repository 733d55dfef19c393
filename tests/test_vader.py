"""stance.label.vader must give exactly vaderSentiment's polarity_scores (compared with ==)."""

import random
from functools import lru_cache

import numpy as np
import pytest
from vaderSentiment import vaderSentiment as ref_module

from stance.label import vader


@lru_cache(maxsize=1)
def reference():
    return ref_module.SentimentIntensityAnalyzer()


def assert_same(texts):
    ref = reference().polarity_scores
    bad = [(t, vader.polarity_scores(t), ref(t)) for t in texts if vader.polarity_scores(t) != ref(t)]
    assert not bad, f"{len(bad)} of {len(texts)} differ, e.g. {bad[:3]}"


def test_rule_tables_match_reference():
    lexicon, emojis = vader._tables()
    assert lexicon == reference().lexicon
    assert emojis == reference().emojis
    assert vader.NEGATE == set(ref_module.NEGATE)
    boosters = {**vader.BOOSTER, **{" ".join(k): v for k, v in vader.BOOSTER_NGRAMS.items()}}
    assert boosters == ref_module.BOOSTER_DICT
    special = {" ".join(k): v for k, v in vader.SPECIAL_CASES.items()}
    assert special == {k: v for k, v in ref_module.SPECIAL_CASES.items() if " " in k}
    assert (vader.B_INCR, vader.B_DECR, vader.C_INCR, vader.N_SCALAR) == (
        ref_module.B_INCR, ref_module.B_DECR, ref_module.C_INCR, ref_module.N_SCALAR)


def test_training_texts():
    from stance.label.model import load_training_data

    texts, _ = load_training_data()
    assert len(texts) > 500
    assert_same(texts)


def test_seed_quotes():
    from stance.text.corpus import load_articles
    from stance.pipeline import extract_all

    quotes = [v.quote for v in extract_all(load_articles(["seeds"]).articles)]
    assert quotes
    assert_same(quotes)


EDGE_CASES = [
    "VADER is VERY SMART, handsome, and FUNNY.", "VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!",
    "The food was GOOD but the service was BAD", "GREAT", "GREAT day", "NO good", "it is NOT bad at all",
    "not bad", "Not bad at all", "isn't great", "It isn't a horrible book.", "He doesnt like it",
    "never so good", "never this good", "Sentiment analysis has never been this good!",
    "never been good", "it was never really so nice", "so very good", "this is good",
    "without doubt", "without a doubt, excellent idea.", "Without a doubt, an excellent idea.",
    "kind of good", "the book was kind of good", "The book was only kind of good.",
    "sort of", "it was sort of nice", "just enough fun", "kinda sux", "sorta great",
    "least happy", "the least happy man", "at least happy", "the very least happy",
    "Roger Dodger is one of the least compelling variations on this theme.",
    "Roger Dodger is at least compelling as a variation on the theme.",
    "good but terrible",
    "The plot was good, but the characters are uncompelling and the dialog is not great.",
    "good good but bad bad good good", "but", "BUT good", "nice, nice, nice but nice nice",
    "GREAT!!!", "great!", "great!!!!!!!!", "great???", "great??", "great?", "great?!?!?!", "bad!!!", "bad???",
    "no", "no problem", "no no", "No, it was not good", "no joy or love", "no joy nor love",
    "no joy and love", "there is no good or bad", "NO", "no GOOD here at all", "yes no",
    "😀", "😡 👍", "😡👍", "I love it😀", "x😀y", "😀 😀 😀", "💘 and 💋 and 😁",
    "Catch utf-8 emoji such as 💘",
    " 😀", "👍🏻 great", "#️⃣ hash", ":)", ":-(", ":D", ":-D", "Make sure you :) or :D today!", "<3", "</3",
    "", " ", "   \t\n ", "!", "?", "!!", "??", "?!", "...", "!!!???", ",,, ;;; ---", "\"\"", "'",
    "“Great,” she said. “It’s not bad.”", "He said it’s “terrible” — really", "don’t like it", "isn’t good",
    "well-known good-natured fun", "self-hating", "kind-of good", "sort-of bad", "uh-uh good",
    "good, bad. happy; sad: love! hate? (nice) [ugly] {fine}", "'good'", "\"terrible\"", "..good..",
    "ok!", "ok", "a!", "1 2 3", "It cost 100 dollars, 3.5 stars", "10/10 would recommend", "99% bad",
    "the shit", "the bomb", "it is the shit", "this is the bomb really", "bad ass", "quite bad ass",
    "badass", "yeah right", "oh yeah right", "the kiss of death", "something to die for",
    "a beating heart", "wait at the bus stop", "the very bad bus stop", "a real cut the mustard day",
    "I can't stand it", "fed up", "Not such a badass after all.", "Today SUX!",
    "Today only kinda sux! But I'll get by, lol",
    "ALL CAPS ONLY GOOD", "ALL CAPS ONLY", "Mixed CASE Words Good", "VERY good", "very GOOD",
    "EXTREMELY bad thing",
    "İstanbul is great", "STRASSE ß good", "ǅ good", "Ⅻ GOOD", "ﬁne GOOD", "Kelvin \u212a good",
    "good\u00a0bad", "good\u2003terrible", "tab\tgood", "line\ngood",
    "despite good reviews", "rarely good", "seldom bad", "nothing good", "none good", "nor good",
    "he never ever so very good", "not very good", "not so good", "never so very good",
    "the movie was not so bad", "no way this is so bad", "so so", "this this good",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases(text):
    assert vader.polarity_scores(text) == reference().polarity_scores(text)


def test_very_long_text():
    rng = random.Random(1)
    words = ["good", "bad", "not", "very", "but", "NO", "kind", "of", "least", "!", "?", "love", "hate", "the"]
    assert_same([" ".join(rng.choice(words) for _ in range(n)) for n in (500, 2000, 10000)])


def _vocabulary():
    lexicon = sorted(reference().lexicon)
    rng = random.Random(0)
    lexicon_words = rng.sample(lexicon, 600)
    modifiers = sorted(k for k in ref_module.BOOSTER_DICT) + sorted(ref_module.NEGATE)
    idioms = sorted(ref_module.SPECIAL_CASES)
    glue = ["but", "but", "no", "no", "or", "nor", "kind", "of", "sort", "so", "this", "never", "without",
            "doubt", "least", "at", "very", "the", "a", "is", "it", "was", "and", "bus", "stop", "right", "😀", "😡"]
    return lexicon_words, modifiers, idioms, glue


def random_sentences(n=2000, seed=0):
    rng = random.Random(seed)
    lexicon_words, modifiers, idioms, glue = _vocabulary()
    punct = ["", "", "", "", "!", "!!", "?", "??", "???", "????", ".", ",", "!!!!!", "...", "?!", ":", "'", "\""]
    out = []
    for _ in range(n):
        tokens = []
        for _ in range(rng.randint(1, 30)):
            pool = rng.choice((lexicon_words, lexicon_words, modifiers, idioms, glue, glue))
            word = rng.choice(pool)
            r = rng.random()
            if r < 0.15:
                word = word.upper()
            elif r < 0.2:
                word = word.capitalize()
            word = rng.choice(["", "", "", "\"", "(", "'"]) + word + rng.choice(punct)
            tokens.append(word)
        out.append(rng.choice([" ", " ", "  "]).join(tokens))
    return out


def test_random_sentences():
    texts = random_sentences()
    assert len(texts) == 2000
    assert_same(texts)


def test_polarity_matrix_matches_rows_with_duplicates():
    texts = ["good", "bad!", "good", "", None, "NOT bad", "bad!", "😀", "great but awful", "good"]
    matrix = vader.polarity_matrix(texts)
    assert matrix.shape == (len(texts), 4) and matrix.dtype == np.float64
    for row, text in zip(matrix, texts):
        scores = vader.polarity_scores(text or "")
        assert row.tolist() == [scores[k] for k in vader.VADER_KEYS]
    assert vader.polarity_matrix([]).shape == (0, 4)


def test_rejects_non_text():
    with pytest.raises(TypeError):
        vader.polarity_scores(None)
