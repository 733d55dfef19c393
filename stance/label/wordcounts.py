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

from itertools import chain, repeat

import numpy as np

from stance.label import modelfile

# Largest n-gram size counted here; longer ones go through `word_ngrams`.
MAX_NGRAM = 2


class WordCounter:
    """Counts of a word vocabulary's terms (unigrams and bigrams) in texts."""

    def __init__(self, vocabulary: dict[str, int]):
        stop, function = modelfile.stop_words(), modelfile.function_words()
        self._token_ids: dict[str, int] = {}
        unigrams: dict[int, int] = {}  # token id -> column
        pairs: dict[int, int] = {}  # first id * n_tokens + second id -> column, filled below
        pair_terms: list[tuple[str, str, int]] = []
        for term, column in vocabulary.items():
            parts = term.split(" ")
            if len(parts) == 1 and term and term not in stop:
                unigrams[self._token_id(term)] = column
            elif len(parts) == 2 and all(parts) and not (parts[0] in function and parts[1] in function):
                pair_terms.append((parts[0], parts[1], column))
        for first, second, _ in pair_terms:
            self._token_id(first), self._token_id(second)
        self._n_tokens = n = len(self._token_ids)
        for first, second, column in pair_terms:
            pairs[self._token_ids[first] * n + self._token_ids[second]] = column
        # Index -1 (a token outside the vocabulary) reads the last entry: no column.
        self._unigram_column = np.full(n + 1, -1, dtype=np.int64)
        self._unigram_column[list(unigrams)] = list(unigrams.values())
        keys = np.asarray(sorted(pairs), dtype=np.int64)
        # Which tokens begin or end some pair (index -1, no token, reads False): only those
        # neighbours are looked up.
        self._starts_pair = np.zeros(n + 1, dtype=bool)
        self._ends_pair = np.zeros(n + 1, dtype=bool)
        self._starts_pair[keys // n] = True
        self._ends_pair[keys % n] = True
        self._pair_keys, self._pair_columns = keys, np.asarray([pairs[k] for k in keys.tolist()], dtype=np.int64)

    def _token_id(self, token: str) -> int:
        return self._token_ids.setdefault(token, len(self._token_ids))

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
