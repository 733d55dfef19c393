"""The one record type for a voice, the label set, and the column order of every table and CSV.

The stance labels are data: `LABELS` below is the only place they are spelled out. Records carry
probabilities as a mapping {label: p}; the `p_<label>` columns of tables and CSVs are generated
from `LABELS`. Adding a label means a row here, training rows for it, and retraining.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from operator import attrgetter


@dataclass(frozen=True)
class Label:
    """One stance label: its name, its chart colour, its nearest Streamlit highlight colour, and
    whether it is topical (its lexicon cues keep the label under negation: "no ban" is still
    about a ban, while "not a fad" argues against skeptical)."""

    name: str
    colour: str
    highlight: str
    meaning: str
    topical: bool = False


# Colour-blind-safe (ColorBrewer Dark2), readable on light and dark backgrounds.
LABELS: tuple[Label, ...] = (
    Label("welcoming", "#1b9e77", "green", "embraces the newcomers, the platform or the exchange"),
    Label("skeptical", "#d95f02", "orange", "doubts it is real, lasting or workable"),
    Label("political", "#7570b3", "violet", "frames it in terms of state power or ideology", topical=True),
    # Neutral grey: a voice without a stance is shown, but never reads as a fourth side.
    Label("none", "#a3a3a3", "gray", "takes no stance: facts, figures, logistics, procedure"),
)
# The labels that are a stance; `none` is left out of stance shares unless asked for.
NO_STANCE = "none"
STANCES: tuple[str, ...] = tuple(label.name for label in LABELS)
PROBABILITY_COLUMNS: tuple[str, ...] = tuple(f"p_{name}" for name in STANCES)
KINDS: tuple[str, ...] = ("direct", "indirect", "partial")


def probability_row(probabilities: Mapping[str, float]) -> dict[str, float]:
    """{p_<label>: p} for every label, 0.0 where the mapping has none."""
    return {column: float(probabilities.get(name, 0.0)) for column, name in zip(PROBABILITY_COLUMNS, STANCES)}


@dataclass(frozen=True)
class Voice:
    """A quoted or reported voice in one article, with its labels once classified.

    `start`/`end` are character offsets of `quote` in the article's cleaned text.
    Extraction fills the first block; classification fills the rest (pipeline.label_voices).
    `probabilities` maps each label to its probability. The pipeline adds the article's
    metadata (title, source, date, url).
    """

    article: str
    speaker: str
    speaker_role: str
    quote: str
    kind: str
    cue: str
    start: int
    end: int
    stance: str = ""
    confidence: float = 0.0
    probabilities: Mapping[str, float] = field(default_factory=dict, hash=False)
    sentiment: float = 0.0
    themes: tuple[str, ...] = field(default_factory=tuple)
    top_features: tuple[str, ...] = field(default_factory=tuple)
    needs_review: bool = False
    # The article's metadata, repeated on each of its voices so any export can be grouped
    # by outlet or date (ISO 8601 `YYYY-MM-DD`, empty when unknown).
    title: str = ""
    source: str = ""
    date: str = ""
    url: str = ""

    @property
    def voice_id(self) -> str:
        """Stable id of a voice: article and offsets (what a correction is keyed on)."""
        return f"{self.article}:{self.start}-{self.end}"

    @classmethod
    def from_fields(cls, *values) -> "Voice":
        """The same as Voice(*values) given every field in order, at a third of the cost: the
        frozen dataclass's __init__ sets each field by object.__setattr__, and labelling makes one
        Voice per record."""
        if len(values) != len(_FIELD_NAMES):
            raise TypeError(f"Voice.from_fields takes {len(_FIELD_NAMES)} values, got {len(values)}")
        voice = object.__new__(cls)
        voice.__dict__.update(zip(_FIELD_NAMES, values))
        return voice

    def to_row(self) -> dict:
        """The record as a dict, keys in COLUMNS order (so writers need not reorder it)."""
        # Built from one tuple: dataclasses.asdict deep-copies and was the export's hot spot.
        p = self.probabilities
        return dict(zip(COLUMNS, (self.voice_id, *_BEFORE_PROBABILITIES(self),
                                  *[float(p.get(name, 0.0)) for name in STANCES], *_AFTER_PROBABILITIES(self))))


ARTICLE_COLUMNS: tuple[str, ...] = ("title", "source", "date", "url")
_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Voice))
# Column order of every table: the article and its metadata first, then the voice, then labels.
COLUMNS: tuple[str, ...] = ("voice_id", "article") + ARTICLE_COLUMNS + tuple(
    column for name in _FIELD_NAMES if name != "article" and name not in ARTICLE_COLUMNS
    for column in (PROBABILITY_COLUMNS if name == "probabilities" else (name,)))
LIST_COLUMNS: tuple[str, ...] = ("themes", "top_features")
# What `stance classify` prints per quote: the labelling columns of a record.
LABEL_COLUMNS: tuple[str, ...] = COLUMNS[COLUMNS.index("stance"):]
# The fields of a row before and after its p_<label> columns, read in one C call each.
_BEFORE_PROBABILITIES = attrgetter(*COLUMNS[1:COLUMNS.index(PROBABILITY_COLUMNS[0])])
_AFTER_PROBABILITIES = attrgetter(*COLUMNS[COLUMNS.index(PROBABILITY_COLUMNS[-1]) + 1:])
