"""The CLI's plain-text cleaning as the real-news benchmarks mirror it (benchmarks/polnear.py, benchmarks/realnews.py).

Written apart from stance.text.clean on purpose: gold offsets are mapped onto this text, so a change in the CLI's
cleaning shows up in the benchmarks (records relocated, quotes not at their offsets) instead of passing unseen.
"""

from __future__ import annotations

import re

# Zero-width characters and direction marks, which the CLI drops.
ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
RUN_ON_STOP = re.compile(r"\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z])")  # the CLI puts a space after it ("said.Ruiz")


def clean_like_stance(raw: str) -> str:
    """Layout only: newlines normalised, the characters above dropped, a space after a run-on full stop, one
    space between words and no blank lines (tags and entities are left: these sets have almost none)."""
    text = RUN_ON_STOP.sub(". ", ZERO_WIDTH.sub("", raw.replace("\r\n", "\n").replace("\r", "\n")))
    return "\n".join(line for line in (" ".join(part.split()) for part in text.split("\n")) if line)
