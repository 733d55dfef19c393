"""Word-feature counts for many texts at once, equal to counting `modelfile.word_ngrams`.

Labelling looks every word feature of every quote up in the vocabulary. Built as strings,
that is one list, one f-string per word pair and one dictionary look-up per feature, in
Python, for each quote. Here each token is looked up once, as a number, and numpy finds
the vocabulary's words and word pairs among those numbers for all texts together. A term
counts exactly when `word_ngrams` would list it: a word that is not a stop word, a pair
of neighbouring tokens that are not both function words; tokens hold no spaces, so a
pair's text "a b" names its two tokens.
"""

from __future__ import annotations

from itertools import chain, compress, repeat

import numpy as np

from stance.label import modelfile

# Largest n-gram size counted here; longer ones go through `word_ngrams`.
MAX_NGRAM = 2


def _flags(values, count: int) -> np.ndarray:
    return np.fromiter(values, dtype=bool, count=count)


def _halves(pairs: list[str]) -> list[str]:
    """The tokens of terms that hold one space each: first, second, first, second, ..."""
    return " ".join(pairs).split(" ") if pairs else []


def _first_seen_ids(tokens) -> dict[str, int]:
    """Each distinct token -> its number, in order of first appearance."""
    distinct = dict.fromkeys(tokens)
    return dict(zip(distinct, range(len(distinct))))


def _ids(values, count: int) -> np.ndarray:
    return np.fromiter(values, dtype=np.int64, count=count)


class WordCounter:
    """Counts of a word vocabulary's terms (unigrams and bigrams) in texts."""

    def __init__(self, vocabulary: dict[str, int]):
        stop, function = modelfile.stop_words(), modelfile.function_words()
        # Built with comprehensions and C-level maps over all terms at once, not a Python loop with
        # a list and a call per term: the shipped vocabulary has 45,000 terms.
        words = [term for term in vocabulary if " " not in term and term and term not in stop]
        # A pair: two tokens (one space, neither empty), not both function words. Split all at
        # once: the joined terms of one space each split into first, second, first, second, ...
        pairs = [term for term in vocabulary if " " in term]
        halves = _halves(pairs)
        if len(halves) != 2 * len(pairs):  # some term holds two spaces or more: never a pair
            pairs = [term for term in pairs if term.count(" ") == 1]
            halves = _halves(pairs)
        # Token ids in order of first appearance: the words, then each pair's two tokens.
        token_ids = _first_seen_ids(chain(words, halves))
        pair_ids = _ids(map(token_ids.__getitem__, halves), len(halves)).reshape(-1, 2)
        # Whether a token is a function word, looked up once per distinct token (6,000), not per
        # pair half (77,000).
        is_function = _flags(map(function.__contains__, token_ids), len(token_ids))
        kept = ~is_function[pair_ids].all(axis=1)
        empty = token_ids.get("")
        if empty is not None:  # a pair with an empty half (a stray space) is no pair
            kept &= (pair_ids != empty).all(axis=1)
        if not kept.all():  # a trained vocabulary keeps every pair: nothing to drop
            pairs = list(compress(pairs, kept.tolist()))
            halves = list(compress(halves, np.repeat(kept, 2).tolist()))
            token_ids = _first_seen_ids(chain(words, halves))
            pair_ids = _ids(map(token_ids.__getitem__, halves), len(halves)).reshape(-1, 2)
        self._token_ids: dict[str, int] = token_ids
        self._n_tokens = n = len(token_ids)
        token_id = self._token_ids.__getitem__
        # Index -1 (a token outside the vocabulary) reads the last entry: no column.
        self._unigram_column = np.full(n + 1, -1, dtype=np.int64)
        self._unigram_column[_ids(map(token_id, words), len(words))] = _ids(map(vocabulary.__getitem__, words), len(words))
        # A pair's key is first id * n_tokens + second id; sorted for searchsorted.
        keys = pair_ids[:, 0] * n + pair_ids[:, 1]
        order = np.argsort(keys, kind="stable")
        self._pair_keys = keys[order]
        self._pair_columns = _ids(map(vocabulary.__getitem__, pairs), len(pairs))[order]
        # Which tokens begin or end some pair (index -1, no token, reads False): only those
        # neighbours are looked up.
        self._starts_pair = np.zeros(n + 1, dtype=bool)
        self._ends_pair = np.zeros(n + 1, dtype=bool)
        self._starts_pair[pair_ids[:, 0]] = True
        self._ends_pair[pair_ids[:, 1]] = True

    def rows_and_columns(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every term occurrence in `texts`, one entry per occurrence."""
        # Two token lists per text (all its tokens, those after its last contrast word), joined
        # into one; a pair counts only inside one list.
        segments = list(chain.from_iterable(map(modelfile.word_tokens, texts)))
        lengths = np.fromiter(map(len, segments), dtype=np.int64, count=len(segments))
        ids = np.fromiter(map(self._token_ids.get, chain.from_iterable(segments), repeat(-1)),
                          dtype=np.int64, count=int(lengths.sum()))
        segment = np.repeat(np.arange(len(segments), dtype=np.int64), lengths)
        rows = segment >> 1
        columns = self._unigram_column[ids]
        known = columns >= 0
        word_rows, word_columns = rows[known], columns[known]
        if not self._pair_keys.size:
            return word_rows, word_columns
        first, second = ids[:-1], ids[1:]
        pair = (segment[:-1] == segment[1:]) & self._starts_pair[first] & self._ends_pair[second]
        keys = first[pair] * self._n_tokens + second[pair]
        where = np.minimum(np.searchsorted(self._pair_keys, keys), self._pair_keys.size - 1)
        found = self._pair_keys[where] == keys
        return (np.concatenate([word_rows, rows[:-1][pair][found]]),
                np.concatenate([word_columns, self._pair_columns[where[found]]]))
