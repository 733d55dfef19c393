"""The one record type for a voice, and the column order of every table and CSV."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

STANCES: tuple[str, ...] = ("welcoming", "skeptical", "political")
KINDS: tuple[str, ...] = ("direct", "indirect", "partial")


@dataclass(frozen=True)
class Voice:
    """A quoted or reported voice in one article, with its labels once classified.

    `start`/`end` are character offsets of `quote` in the article's cleaned text.
    Extraction fills the first block; classification fills the rest (pipeline.label_voices).
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
    p_welcoming: float = 0.0
    p_skeptical: float = 0.0
    p_political: float = 0.0
    sentiment: float = 0.0
    themes: tuple[str, ...] = field(default_factory=tuple)
    top_features: tuple[str, ...] = field(default_factory=tuple)
    needs_review: bool = False

    @property
    def voice_id(self) -> str:
        """Stable id of a voice: article and offsets (what a correction is keyed on)."""
        return f"{self.article}:{self.start}-{self.end}"

    def to_row(self) -> dict:
        # A plain field walk: dataclasses.asdict deep-copies and was the export's hot spot.
        row = {"voice_id": self.voice_id}
        for name in _FIELD_NAMES:
            row[name] = getattr(self, name)
        return row


_FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Voice))
COLUMNS: tuple[str, ...] = ("voice_id",) + _FIELD_NAMES
LIST_COLUMNS: tuple[str, ...] = ("themes", "top_features")
