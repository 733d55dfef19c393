"""Explaining one voice and the model: feature contributions, probabilities, the quote in
its context, safe (escaped) highlighting of article text, and the strongest features.

Plain pandas, no Streamlit. Article text only ever leaves here markdown-escaped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from stance.label.predictor import Predictor
from stance.records import PROBABILITY_COLUMNS, STANCES

# --- one voice: explanation and context -------------------------------------------------------

_FEATURE = re.compile(r"^(?P<name>.*\S)\s+(?P<value>[+-]\d+(?:\.\d+)?)$")


def parse_top_features(features: Iterable[str]) -> pd.DataFrame:
    """`("word:welcome +1.23", ...)` -> frame [feature, contribution] (unparseable: NaN)."""
    rows = []
    for item in features:
        m = _FEATURE.match(str(item))
        rows.append((m["name"], float(m["value"])) if m else (str(item), float("nan")))
    return pd.DataFrame(rows, columns=["feature", "contribution"])


def probabilities(row: Mapping) -> pd.DataFrame:
    """The three stance probabilities of one record as a frame [stance, probability]."""
    return pd.DataFrame({"stance": list(STANCES), "probability": [float(row[c]) for c in PROBABILITY_COLUMNS]})


def context_window(text: str, start: int, end: int, max_chars: int = 400) -> tuple[str, str, str]:
    """(before, quote, after): the paragraph around text[start:end], each side at most
    `max_chars`, cut at a word boundary with an ellipsis."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before, quote, after = text[para_start:start], text[start:end], text[end:para_end]
    if len(before) > max_chars:
        cut = before[-max_chars:]
        before = "…" + cut[cut.find(" ") + 1:] if " " in cut else "…" + cut
    if len(after) > max_chars:
        cut = after[:max_chars]
        after = (cut[:cut.rfind(" ")] if " " in cut else cut) + "…"
    return before, quote, after


def segments(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """Split `text` into (chunk, tag) pieces: tag is the span's tag inside a span, else None.

    Spans are (start, end, tag); overlapping spans are clipped so every character appears once.
    """
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end, tag in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, pos), min(end, len(text))
        if end <= start:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], tag))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None))
    return out


# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping all of
# them means article text can never open a link, emphasis, heading, list, table, HTML tag,
# math ($) or a Streamlit directive (:color[...]).
_MD_SPECIAL = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


def escape_markdown(text: str) -> str:
    """Text as literal markdown: ASCII punctuation backslash-escaped, whitespace runs collapsed."""
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def highlight_markdown(text: str, spans: Iterable[tuple[int, int, str]], colors: Mapping[str, str]) -> list[str]:
    """Markdown paragraphs of `text` (one per line) with each span as `:COLOR-background[...]`.

    `colors` maps a span's tag to a Streamlit colour name (red, orange, yellow, green, blue,
    violet, gray). All article text is escaped, so it renders as text, never as markup.
    """
    paragraphs: list[list[str]] = [[]]
    for chunk, tag in segments(text, spans):
        pieces = chunk.split("\n")
        for i, piece in enumerate(pieces):
            if i:
                paragraphs.append([])
            if not piece:
                continue
            if tag is None:
                paragraphs[-1].append(escape_markdown(piece))
                continue
            # Keep surrounding spaces outside the directive: `:x[ a ]` would not render cleanly.
            core = piece.strip()
            lead, trail = piece[: len(piece) - len(piece.lstrip())], piece[len(piece.rstrip()):]
            paragraphs[-1].append(" " * bool(lead) + (f":{colors.get(tag, 'gray')}-background[{escape_markdown(core)}]" if core else "") + " " * bool(trail))
    return [joined for joined in ("".join(parts).strip() for parts in paragraphs) if joined]


# --- model explanation ----------------------------------------------------------------------


def top_coefficients(model: Predictor, n: int = 10) -> pd.DataFrame:
    """Strongest features per label: [label, group, feature, weight], biggest weight first.

    Weights are the model's centred coefficients (`Predictor.centred_coef`: each feature's
    pull toward the label); only features that pull toward the label (weight > 0). Groups:
    `n-gram` (TF-IDF word/char n-grams) and `lexicon` (the lexicon scores and counts per label,
    `lex:`/`lexcount:`, and VADER, `vader:`).
    """
    centred = model.centred_coef
    names = model.feature_names
    is_ngram = np.array([str(x).startswith(("word:", "char:")) for x in names], dtype=bool)
    rows = []
    for k, label in enumerate(model.classes):
        for group, selector in (("n-gram", is_ngram), ("lexicon", ~is_ngram)):
            idx = np.flatnonzero(selector)
            if not idx.size:
                continue
            best = idx[np.argsort(-centred[k, idx], kind="stable")][:n]
            rows += [(label, group, str(names[i]), float(centred[k, i])) for i in best if centred[k, i] > 0]
    return pd.DataFrame(rows, columns=["label", "group", "feature", "weight"])


def confusion_frame(labels: Iterable[str], confusion: Iterable[Iterable[int]]) -> pd.DataFrame:
    """Confusion matrix (rows = true, columns = predicted) as a labelled frame."""
    labels = list(labels)
    return pd.DataFrame(list(confusion), index=pd.Index(labels, name="true"),
                        columns=pd.Index(labels, name="predicted"))


def per_class_frame(per_class: Mapping[str, Mapping[str, float]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_dict(per_class, orient="index")
    frame.index.name = "label"
    return frame.reset_index()
