"""Sparse feature rows with numpy alone: the few CSR operations that labelling needs.

Labelling did these with scipy.sparse. Importing it costs a run about 0.45 billion instructions
(as much as labelling 900 quotes), and each operation passes through layers of checks. The
functions here do the same arithmetic in the same order as scipy does it (counts from sorted
unique entries, row sums by `np.add.reduceat`, products summed entry by entry in row order), so
every feature value and probability is the same to the last bit. `FeatureRows.tocsr` gives the
scipy matrix to callers that want one (imported then, not before).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import scipy.sparse as sp


@dataclass
class FeatureRows:
    """Rows in CSR form: row i's values are data[indptr[i]:indptr[i + 1]], at the columns in the
    same slice of `indices` (ascending within a row)."""

    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    shape: tuple[int, int]

    def entry_rows(self) -> np.ndarray:
        """The row of every entry, in entry order."""
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def tocsr(self) -> "sp.csr_matrix":
        import scipy.sparse as sp

        return sp.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)

    def row_sums(self, values: np.ndarray) -> np.ndarray:
        """Per row, the sum of `values` (one per entry); 0 for an empty row. As scipy sums a
        CSR matrix over its rows: `np.add.reduceat` over the rows that have entries."""
        sums = np.zeros(self.shape[0], dtype=np.float64)
        filled = np.flatnonzero(np.diff(self.indptr))
        if filled.size:
            sums[filled] = np.add.reduceat(values, self.indptr[filled])
        return sums

    def times_transposed(self, weights: np.ndarray) -> np.ndarray:
        """self @ weights.T, shape (rows, len(weights)). Each output starts at 0.0 and adds its
        row's value x weight products one by one in entry order, as scipy's csr_matvecs does
        (np.bincount adds its weights in that order)."""
        rows, n = self.entry_rows(), self.shape[0]
        products = self.data[:, None] * weights.T[self.indices]
        columns = [np.bincount(rows, weights=products[:, k], minlength=n) for k in range(weights.shape[0])]
        return np.column_stack(columns) if columns else np.zeros((n, 0))


def _indptr(entry_rows: np.ndarray, n_rows: int) -> np.ndarray:
    """Row starts of entries sorted by row."""
    indptr = np.zeros(n_rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(entry_rows, minlength=n_rows), out=indptr[1:])
    return indptr


def counts(rows: np.ndarray, columns: np.ndarray, shape: tuple[int, int]) -> FeatureRows:
    """Rows whose entry (r, c) counts the positions i with rows[i] == r and columns[i] == c."""
    keys, found = np.unique(rows * shape[1] + columns, return_counts=True)
    entry_rows, indices = np.divmod(keys, shape[1])
    return FeatureRows(found.astype(np.float64), indices, _indptr(entry_rows, shape[0]), shape)


def from_dense(array: np.ndarray) -> FeatureRows:
    """The non-zero values of a 2-D array, row by row."""
    rows, columns = np.nonzero(array)
    return FeatureRows(array[rows, columns], columns, _indptr(rows, array.shape[0]), array.shape)


def hstack(blocks: Sequence[FeatureRows]) -> FeatureRows:
    """Blocks side by side (same rows): each row holds its entries of the first block, then those
    of the next, columns shifted past the blocks before."""
    if len(blocks) == 1:
        return blocks[0]
    offsets = np.cumsum([0] + [block.shape[1] for block in blocks])
    rows = np.concatenate([block.entry_rows() for block in blocks])
    order = np.argsort(rows, kind="stable")  # by row; within a row, block order is kept
    n_rows = blocks[0].shape[0]
    return FeatureRows(np.concatenate([block.data for block in blocks])[order],
                       np.concatenate([block.indices + offset for block, offset in zip(blocks, offsets)])[order],
                       _indptr(rows, n_rows), (n_rows, int(offsets[-1])))
