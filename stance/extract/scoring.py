"""Score extracted voices against a gold file: precision, recall, F1, speaker accuracy.

A found voice matches a gold voice of the same article when their character spans
overlap by at least half of the shorter one (quote boundaries differ by a comma or
a "that" between annotators); each gold voice matches at most one found voice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from stance.text.corpus import Article
from stance.records import Voice

MIN_OVERLAP: Final = 0.5
GOLD_KEYS: Final = ("article", "speaker", "kind", "quote")


@dataclass(frozen=True)
class GoldVoice:
    article: str
    speaker: str
    kind: str
    quote: str
    start: int
    end: int


@dataclass
class ExtractionScore:
    gold: int = 0
    found: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    missed: list[GoldVoice] = field(default_factory=list)
    spurious: list[Voice] = field(default_factory=list)
    wrong_speaker: list[tuple[GoldVoice, Voice]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    @property
    def kind_accuracy(self) -> float:
        return self.kind_right / self.matched if self.matched else 0.0

    def summary(self) -> str:
        return (
            f"gold {self.gold}  found {self.found}  matched {self.matched}\n"
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}\n"
            f"speaker accuracy {self.speaker_accuracy:.3f}  kind accuracy {self.kind_accuracy:.3f}"
        )

    def details(self) -> str:
        lines = [f"missed: [{g.article}] {g.speaker}: {g.quote[:70]!r}" for g in self.missed]
        lines += [f"spurious: [{v.article}] {v.speaker}: {v.quote[:70]!r}" for v in self.spurious]
        lines += [f"speaker: [{g.article}] gold {g.speaker!r} found {v.speaker!r}: {g.quote[:50]!r}" for g, v in self.wrong_speaker]
        return "\n".join(lines)


def normalize_speaker(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").split()).casefold()


def load_gold(path: str | Path, articles: dict[str, Article]) -> list[GoldVoice]:
    """Gold voices located in the articles' cleaned text; unknown articles are an error."""
    gold = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
        missing = [key for key in GOLD_KEYS if not isinstance(row, dict) or not isinstance(row.get(key), str)]
        if missing:
            raise ValueError(f"{path}:{number}: gold row needs text fields {', '.join(missing)}")
        article = articles.get(row["article"])
        if article is None:
            raise ValueError(f"{path}:{number}: article {row['article']!r} not loaded")
        start = article.text.find(row["quote"])
        if start < 0:
            raise ValueError(f"{path}:{number}: quote not found in {row['article']}: {row['quote'][:60]!r}")
        gold.append(GoldVoice(row["article"], row["speaker"], row["kind"], row["quote"], start, start + len(row["quote"])))
    return gold


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    shared = min(a_end, b_end) - max(a_start, b_start)
    shortest = min(a_end - a_start, b_end - b_start)
    return shared / shortest if shared > 0 and shortest > 0 else 0.0


def score(found: list[Voice], gold: list[GoldVoice]) -> ExtractionScore:
    result = ExtractionScore(gold=len(gold), found=len(found))
    pairs = []
    for gi, g in enumerate(gold):
        for vi, v in enumerate(found):
            if v.article == g.article:
                overlap = _overlap(g.start, g.end, v.start, v.end)
                if overlap >= MIN_OVERLAP:
                    pairs.append((overlap, gi, vi))
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for overlap, gi, vi in sorted(pairs, reverse=True):
        if gi in used_gold or vi in used_found:
            continue
        used_gold.add(gi)
        used_found.add(vi)
        result.matched += 1
        g, v = gold[gi], found[vi]
        if normalize_speaker(g.speaker) == normalize_speaker(v.speaker):
            result.speaker_right += 1
        else:
            result.wrong_speaker.append((g, v))
        result.kind_right += g.kind == v.kind
    result.missed = [g for i, g in enumerate(gold) if i not in used_gold]
    result.spurious = [v for i, v in enumerate(found) if i not in used_found]
    return result
