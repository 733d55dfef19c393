"""Rule tables for the lexicon features. Only data here."""

from __future__ import annotations

# ---------------------------------------------------------------- negation (lexicon scores)
# Words that flip a lexicon cue when they stand within NEGATION_WINDOW tokens before it.
NEGATORS: tuple[str, ...] = (
    "not", "no", "never", "n't", "nor", "neither", "hardly", "barely", "scarcely", "without",
    "nobody", "nothing", "none", "nowhere", "isn't", "aren't", "wasn't", "weren't", "don't",
    "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't", "shouldn't",
    "haven't", "hasn't", "hadn't", "ain't",
)
NEGATION_WINDOW: int = 3
# A negated cue counts against its label, at this fraction of its weight.
NEGATED_WEIGHT_FACTOR: float = -0.5
