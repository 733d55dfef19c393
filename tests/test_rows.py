"""`stance.label.rows` does labelling's sparse arithmetic without scipy: each operation must give
exactly (bit for bit) what scipy.sparse gives, so labels and probabilities do not move."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
import scipy.sparse as sp

from stance.label import rows as feature_rows


def _same(ours: feature_rows.FeatureRows, theirs: sp.csr_matrix) -> None:
    theirs = theirs.tocsr()
    assert ours.shape == theirs.shape
    assert ours.indptr.tolist() == theirs.indptr.tolist()
    assert ours.indices.tolist() == theirs.indices.tolist()
    assert ours.data.tolist() == theirs.data.tolist()


@pytest.mark.parametrize("seed", range(5))
def test_counts_dense_stack_sums_and_products_equal_scipy(seed):
    rng = np.random.default_rng(seed)
    n_rows, n_columns = 30, 50
    # Repeated (row, column) pairs in no order, some rows empty.
    rows = rng.integers(0, n_rows - 3, 400)
    columns = rng.integers(0, n_columns, 400)
    counted = feature_rows.counts(rows, columns, (n_rows, n_columns))
    _same(counted, sp.csr_matrix((np.ones(rows.size), (rows, columns)), shape=(n_rows, n_columns)))
    counted.data *= rng.random(counted.data.size) * 3  # values that round differently in other orders

    dense = rng.normal(size=(n_rows, 6)) * (rng.random((n_rows, 6)) > 0.4)
    _same(feature_rows.from_dense(dense), sp.csr_matrix(dense))
    stacked = feature_rows.hstack([feature_rows.from_dense(dense), counted])
    theirs = sp.hstack([sp.csr_matrix(dense), counted.tocsr()], format="csr")
    _same(stacked, theirs)

    squares = stacked.data * stacked.data
    assert stacked.row_sums(squares).tolist() == np.asarray(theirs.multiply(theirs).sum(axis=1)).ravel().tolist()
    weights = rng.normal(size=(4, n_columns + 6))
    assert stacked.times_transposed(weights).tolist() == np.asarray(theirs @ weights.T).tolist()


def test_no_rows_and_no_entries():
    empty = feature_rows.counts(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), (3, 5))
    assert empty.indptr.tolist() == [0, 0, 0, 0] and empty.row_sums(empty.data).tolist() == [0.0, 0.0, 0.0]
    assert empty.times_transposed(np.ones((2, 5))).tolist() == [[0.0, 0.0]] * 3
    none = feature_rows.counts(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), (0, 5))
    assert none.times_transposed(np.ones((2, 5))).shape == (0, 2)


def test_labelling_never_imports_scipy():
    # Importing scipy.sparse costs a run more than labelling a thousand quotes.
    code = ("import sys; from stance.pipeline import label_quotes; label_quotes(['They will ban the app.']); "
            "assert not [m for m in sys.modules if m.startswith('scipy')], 'scipy imported'")
    subprocess.run([sys.executable, "-c", code], check=True)
