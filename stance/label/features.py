"""Dense hand-made features (lexicon scores/counts, VADER) as one sklearn transformer."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from stance.label.lexicon import Lexicon, default_lexicon, load_lexicon
from stance.label.modelfile import dense_feature_names, lexvader_matrix


def _as_texts(X) -> list[str]:
    # A bare string would otherwise be iterated character by character.
    if isinstance(X, str):
        raise TypeError("expected an iterable of texts, got a single string")
    return ["" if x is None else str(x) for x in X]


class StanceFeatures(BaseEstimator, TransformerMixin):
    """Lexicon scores and counts per label, and VADER neg/neu/pos/compound.

    Parameters
    ----------
    lexicon : Lexicon, str or None
        A Lexicon, the text of a lexicon.tsv, or None for the package lexicon.
    use_lexicon, use_vader : bool
        Which blocks to emit (the ablation switches them off one at a time).
    scale : float
        Fixed multiplier for every column. TF-IDF rows are L2-normalised to length 1,
        so without it these few dense columns are drowned out by the L2 penalty on many
        word weights; CV picks the value.
    vader_weight : float
        Extra multiplier for the four VADER columns (times `scale`): a stronger tone signal
        separates praise from doubt where no lexicon term matches (docs/model.md).
    """

    def __init__(self, lexicon=None, use_lexicon=True, use_vader=True, scale=1.0, vader_weight=1.0):
        self.lexicon = lexicon
        self.use_lexicon = use_lexicon
        self.use_vader = use_vader
        self.scale = scale
        self.vader_weight = vader_weight

    def _resolve_lexicon(self) -> Lexicon:
        if self.lexicon is None:
            return default_lexicon()
        if isinstance(self.lexicon, Lexicon):
            return self.lexicon
        if isinstance(self.lexicon, str):
            return load_lexicon(self.lexicon)
        raise TypeError(f"lexicon must be a Lexicon, a lexicon.tsv text or None, not {type(self.lexicon)}")

    def fit(self, X, y=None):
        if not (self.use_lexicon or self.use_vader):
            raise ValueError("StanceFeatures needs use_lexicon or use_vader")
        if not float(self.scale) > 0:
            raise ValueError(f"scale must be > 0, got {self.scale!r}")
        if not float(self.vader_weight) > 0:
            raise ValueError(f"vader_weight must be > 0, got {self.vader_weight!r}")
        _as_texts(X)
        self.lexicon_ = self._resolve_lexicon()
        self.n_features_in_ = 1  # one raw-text column
        self.feature_names_out_ = np.asarray(
            dense_feature_names(self.lexicon_.labels, self.use_lexicon, self.use_vader), dtype=object)
        return self

    def transform(self, X):
        check_is_fitted(self, ("lexicon_", "feature_names_out_"))
        dense = lexvader_matrix(_as_texts(X), self.lexicon_, self.use_lexicon, self.use_vader, self.scale,
                                vader_weight=self.vader_weight)
        return sp.csr_matrix(dense)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()
