"""A faster, exact port of vaderSentiment 3.3.2's `polarity_scores`.

Same rules, same float arithmetic in the same order, so the four scores equal the
reference's with `==` (a skipped "+ 0.0" could at most flip the sign of a zero; no
case was found where even repr() differs). The speed comes from stripping and
lowercasing each distinct token once (cached), and visiting only the tokens that are
lexicon words; the rest score 0 whatever surrounds them.
The lexicon files are read from the installed vaderSentiment package.

    polarity_scores(text) -> {"neg", "neu", "pos", "compound"}
    polarity_matrix(texts) -> array (n, 4) in VADER_KEYS order
"""

from __future__ import annotations

import string
from functools import lru_cache
from importlib.resources import files
from math import fabs, sqrt

import numpy as np

VADER_KEYS: tuple[str, ...] = ("neg", "neu", "pos", "compound")

# ---------------------------------------------------------------- VADER rule tables
# Copied from vaderSentiment 3.3.2 (empirically derived constants of the VADER paper).
B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733  # ALL-CAPS emphasis
N_SCALAR = -0.74  # negation

NEGATE = frozenset([
    "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
    "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
    "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
    "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
    "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
    "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
    "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
    "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite"])

_UP = ("absolutely amazingly awfully completely considerable considerably decidedly deeply "
       "effing enormous enormously entirely especially exceptional exceptionally extreme "
       "extremely fabulously flipping flippin frackin fracking fricking frickin frigging "
       "friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible "
       "incredibly intensely major majorly more most particularly purely quite really "
       "remarkably so substantially thoroughly total totally tremendous tremendously uber "
       "unbelievably unusually utter utterly very")
_DOWN = ("almost barely hardly kinda kindof kind-of less little marginal marginally occasional "
         "occasionally partly scarce scarcely slight slightly somewhat sorta sortof sort-of")
# Single-token boosters/dampeners; the two-word ones are only matched as n-grams.
BOOSTER = {**{w: B_INCR for w in _UP.split()}, **{w: B_DECR for w in _DOWN.split()}}
BOOSTER_NGRAMS = {("just", "enough"): B_DECR, ("kind", "of"): B_DECR, ("sort", "of"): B_DECR}

# Idioms that override a lexicon word's valence; keyed by token tuples (tokens never
# contain spaces, so this matches the reference's "w1 w2" string keys exactly).
# The reference's one-word "badass" key can never match a space-joined n-gram: left out.
SPECIAL_CASES = {("the", "shit"): 3, ("the", "bomb"): 3, ("bad", "ass"): 1.5,
                 ("bus", "stop"): 0.0, ("yeah", "right"): -2, ("kiss", "of", "death"): -1.5,
                 ("to", "die", "for"): 3, ("beating", "heart"): 3.5}
# A text can only match an idiom above if it holds every word of it, so one word per
# idiom is enough to rule idioms out cheaply.
_IDIOM_ANCHORS = frozenset(max(key, key=len) for key in (*SPECIAL_CASES, *BOOSTER_NGRAMS))
_SO_THIS = ("so", "this")
_PUNCT = string.punctuation


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], dict[str, str]]:
    """(lexicon word -> valence, emoji char -> description), parsed like the reference.
    Bytes are decoded by hand because the reference reads with codecs.open (no newline
    translation)."""
    pkg = files("vaderSentiment")
    lexicon: dict[str, float] = {}
    text = pkg.joinpath("vader_lexicon.txt").read_bytes().decode("utf-8")
    for line in text.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            lexicon[word] = float(measure)
    emojis: dict[str, str] = {}
    text = pkg.joinpath("emoji_utf8_lexicon.txt").read_bytes().decode("utf-8")
    for line in text.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        emojis[emoji] = description
    return lexicon, emojis


@lru_cache(maxsize=1)
def _emoji_chars() -> frozenset[str]:
    # The reference looks emoji up one character at a time: multi-char keys never match.
    return frozenset(k for k in _tables()[1] if len(k) == 1)


def _replace_emoji(text: str, emojis: dict[str, str]) -> str:
    """Emoji -> description, spaced exactly like the reference's character loop."""
    out = []
    prev_space = True
    for ch in text:
        description = emojis.get(ch)
        if description is not None:
            if not prev_space:
                out.append(" ")
            out.append(description)
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out)


def _special_idioms(valence, lw, i, n):
    """The reference's _special_idioms_check (only reached with i >= 3)."""
    w3, w2, w1, w0 = lw[i - 3], lw[i - 2], lw[i - 1], lw[i]
    for seq in ((w1, w0), (w2, w1, w0), (w2, w1), (w3, w2, w1), (w3, w2)):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if n - 1 > i and (w0, lw[i + 1]) in SPECIAL_CASES:
        valence = SPECIAL_CASES[(w0, lw[i + 1])]
    if n - 1 > i + 1 and (w0, lw[i + 1], lw[i + 2]) in SPECIAL_CASES:
        valence = SPECIAL_CASES[(w0, lw[i + 1], lw[i + 2])]
    # "kind of", "sort of", "just enough" before the word (3-word n-grams never match)
    for seq in ((w3, w2), (w2, w1)):
        if seq in BOOSTER_NGRAMS:
            valence = valence + BOOSTER_NGRAMS[seq]
    return valence


def _scalar(scalar, word, valence, cap_diff):
    """A preceding booster's push on `valence` (the reference's scalar_inc_dec)."""
    if valence < 0:
        scalar *= -1
    if cap_diff and word.isupper():
        scalar = scalar + C_INCR if valence > 0 else scalar - C_INCR
    return scalar


class _TokenCache(dict):
    """Raw token -> its SentiText form (optionally lowercased), computed on first sight.
    Tokens repeat a lot, and map(cache.__getitem__, tokens) runs in C. A token's form
    depends on nothing but the token, so caching is exact."""

    def __init__(self, lower: bool):
        super().__init__()
        self.lower = lower

    def __missing__(self, token: str) -> str:
        if len(self) >= _TOKEN_CACHE_SIZE:  # bound memory on endless streams of text
            self.clear()
        # lose leading/trailing punctuation unless that leaves <= 2 chars (":)")
        stripped = token.strip(_PUNCT)
        form = stripped if len(stripped) > 2 else token
        form = self[token] = form.lower() if self.lower else form
        return form


_TOKEN_CACHE_SIZE = 200_000
_STRIPPED = _TokenCache(lower=False)
_LOWERED = _TokenCache(lower=True)


def _tokens(text: str):
    """(tokens, lowercased tokens, cap_diff) as the reference's SentiText splits them."""
    raw = text.split()
    # punctuation is uncased, so stripping it never changes str.isupper
    n_upper = sum(map(str.isupper, raw))
    cap_diff = 0 < n_upper < len(raw)  # some, but not all, tokens are ALL CAPS
    lw = list(map(_LOWERED.__getitem__, raw))
    # original case only matters for ALL-CAPS rules, which need cap_diff
    words = list(map(_STRIPPED.__getitem__, raw)) if cap_diff else lw
    return words, lw, cap_diff


def _sentiments(words, lw, cap_diff):
    """(valence per token, indices of lexicon words) after every word-level rule.
    `words` (original case) is only read when cap_diff. Tokens that are not lexicon
    words score 0 and are never visited."""
    lexicon = _tables()[0]
    booster = BOOSTER
    n = len(lw)
    sentiments = [0] * n
    hits = [i for i, w in enumerate(lw) if w in lexicon]
    idioms = bool(hits) and not _IDIOM_ANCHORS.isdisjoint(lw)
    for i in hits:
        w = lw[i]
        # boosters and "kind of" carry no valence of their own
        if w in booster or (w == "kind" and i < n - 1 and lw[i + 1] == "of"):
            continue
        valence = v = lexicon[w]
        # "no" before a lexicon word negates that word instead of scoring itself
        if w == "no" and i != n - 1 and lw[i + 1] in lexicon:
            valence = 0.0
        if ((i > 0 and lw[i - 1] == "no") or (i > 1 and lw[i - 2] == "no")
                or (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ("or", "nor"))):
            valence = v * N_SCALAR
        if cap_diff and words[i].isupper():
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        # up to three preceding non-lexicon words: boosters (damped by distance), negation.
        # (A non-booster adds 0.0 in the reference: skipped, it can only flip a zero's sign.)
        if i > 0 and lw[i - 1] not in lexicon:
            w1 = lw[i - 1]
            b = booster.get(w1)
            if b is not None:
                valence = valence + _scalar(b, words[i - 1], valence, cap_diff)
            if w1 in NEGATE or "n't" in w1:
                valence = valence * N_SCALAR
        if i > 1 and lw[i - 2] not in lexicon:
            w2, w1 = lw[i - 2], lw[i - 1]
            b = booster.get(w2)
            if b is not None:
                valence = valence + _scalar(b, words[i - 2], valence, cap_diff) * 0.95
            if w2 == "never" and (w1 == "so" or w1 == "this"):
                valence = valence * 1.25
            elif w2 == "without" and w1 == "doubt":
                pass
            elif w2 in NEGATE or "n't" in w2:
                valence = valence * N_SCALAR
        if i > 2 and lw[i - 3] not in lexicon:
            w3, w2, w1 = lw[i - 3], lw[i - 2], lw[i - 1]
            b = booster.get(w3)
            if b is not None:
                valence = valence + _scalar(b, words[i - 3], valence, cap_diff) * 0.9
            # reference precedence: (never and so/this) or (previous word so/this)
            if (w3 == "never" and w2 in _SO_THIS) or w1 in _SO_THIS:
                valence = valence * 1.25
            elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
                pass
            elif w3 in NEGATE or "n't" in w3:
                valence = valence * N_SCALAR
            if idioms:
                valence = _special_idioms(valence, lw, i, n)
        # "least" negates unless it is "at least" / "very least"
        if i > 1 and lw[i - 1] == "least" and "least" not in lexicon:
            if lw[i - 2] != "at" and lw[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lw[i - 1] == "least" and "least" not in lexicon:
            valence = valence * N_SCALAR
        sentiments[i] = valence

    if "but" in lw:
        # The reference rewrites the list while iterating and finds each value's position
        # with list.index (first equal value), so equal valences get rescaled at the
        # first position only. Replayed literally, minus the zeros: rescaling a zero
        # leaves a zero, and index() of a non-zero value never lands on one.
        bi = lw.index("but")
        index = sentiments.index
        for k in hits:
            sentiment = sentiments[k]
            si = index(sentiment)
            if si < bi:
                sentiments[si] = sentiment * 0.5
            elif si > bi:
                sentiments[si] = sentiment * 1.5
    return sentiments, hits


def _score_valence(sentiments: list, hits: list, text: str) -> tuple[float, float, float, float]:
    """The reference's score_valence: compound, then pos/neu/neg proportions."""
    if not sentiments:
        return 0.0, 0.0, 0.0, 0.0
    # only lexicon positions can be non-zero; kept in token order so sums match
    nonzero = [s for s in map(sentiments.__getitem__, hits) if s]
    if not nonzero:  # all neutral: what the arithmetic below gives, without the work
        return 0.0, 1.0, 0.0, 0.0
    sum_s = float(sum(sentiments))
    # emphasis from "!" (up to 4) and "?" (2 or more)
    ep_count = text.count("!")
    if ep_count > 4:
        ep_count = 4
    qm_count = text.count("?")
    qm_amplifier = 0
    if qm_count > 1:
        qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
    punct = ep_count * 0.292 + qm_amplifier
    if sum_s > 0:
        sum_s += punct
    elif sum_s < 0:
        sum_s -= punct
    compound = sum_s / sqrt((sum_s * sum_s) + 15)  # normalize, alpha = 15
    if compound < -1.0:
        compound = -1.0
    elif compound > 1.0:
        compound = 1.0

    pos_sum = 0.0
    neg_sum = 0.0
    for s in nonzero:
        if s > 0:
            pos_sum += (float(s) + 1)  # +1 compensates for neutral words counted as 1
        else:
            neg_sum += (float(s) - 1)
    neu_count = len(sentiments) - len(nonzero)
    if pos_sum > fabs(neg_sum):
        pos_sum += punct
    elif pos_sum < fabs(neg_sum):
        neg_sum -= punct
    total = pos_sum + fabs(neg_sum) + neu_count
    return (round(fabs(neg_sum / total), 3), round(fabs(neu_count / total), 3),
            round(fabs(pos_sum / total), 3), round(compound, 4))


def _scores(text: str) -> tuple[float, float, float, float]:
    """(neg, neu, pos, compound) of `text`."""
    if not isinstance(text, str):
        raise TypeError(f"VADER scores text, not {type(text).__name__}")
    if not text.isascii() and not _emoji_chars().isdisjoint(text):
        text = _replace_emoji(text, _tables()[1])
    # The reference also strips the text: that changes neither the tokens nor the !/? counts.
    sentiments, hits = _sentiments(*_tokens(text))
    return _score_valence(sentiments, hits, text)


def polarity_scores(text: str) -> dict[str, float]:
    """VADER {neg, neu, pos, compound}, equal to vaderSentiment's polarity_scores(text)."""
    return dict(zip(VADER_KEYS, _scores(text)))


def polarity_matrix(texts) -> np.ndarray:
    """Array (n, 4) of neg, neu, pos, compound; each distinct text scored once.
    None or "" scores as the empty string."""
    cache: dict[str, tuple] = {}
    rows = []
    for text in texts:
        text = text or ""
        row = cache.get(text)
        if row is None:
            row = cache[text] = _scores(text)
        rows.append(row)
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(VADER_KEYS))
