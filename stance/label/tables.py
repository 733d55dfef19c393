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

# ---------------------------------------------------------------- contrast
# The clause after the last contrast word carries the bottom line ("lovely, but it won't last";
# docs/labeling.md, rule 3). "yet" only as a conjunction (after clause punctuation or at the start),
# not as in "not yet"; "but also" adds rather than contrasts. Run on lower-cased text.
CONTRAST_PATTERN: str = r"\b(?:but|however)\b(?!\s+also\b)|(?:^|[,;:.!?\u2014-]\s*)yet\b"
# A welcoming or skeptical cue after the last contrast counts this many times its weight.
CONTRAST_WEIGHT_FACTOR: float = 2.0
