"""Stage 3, labelling: lexicon, themes, sentiment, features, the stance model, explanations, evaluation.

`predictor.Predictor` is the one runtime model; `model` and `evaluate` train and evaluate with scikit-learn.
"""
