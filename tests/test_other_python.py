"""Extraction gives the same voices under every other CPython 3.11+ found on the machine.

Extraction is pure Python and the standard library, so another interpreter runs it from the source
tree with no packages installed. A regex engine fixed between patch releases changed what we found
once (see test_regex_portability); this compares whole records, seeds, held-out articles and a
generated corpus, against whatever other interpreter the machine has (Debian's python3 beside a
pyenv build, say). Where there is none, it is skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from stance.extract.voices import extract_voices
from stance.text.corpus import load_articles

ROOT = Path(__file__).resolve().parent.parent
GENERATED_ARTICLES = 300
_EXTRACT = """
import json, sys
from stance.extract.voices import extract_voices
articles = json.load(sys.stdin)
print(json.dumps([[list(v.__dict__.values())[:8] for v in extract_voices(i, t)] for i, t in articles]))
"""


def _other_interpreters() -> list[str]:
    """CPython 3.11+ executables other than this one, one per interpreter (a pyenv shim and the
    interpreter it runs count once: each is asked for its own executable)."""
    names = ["python3", "python3.11", "python3.12", "python3.13", "python3.14"]
    found = {shutil.which(name) for name in names} | {f"/usr/bin/{name}" for name in names}
    seen = {os.path.realpath(sys.executable)}
    others = []
    for path in sorted(p for p in found if p and os.path.exists(p)):
        asked = subprocess.run([path, "-c", "import os, sys; print(sys.implementation.name, *sys.version_info[:2], "
                                            "os.path.realpath(sys.executable))"], capture_output=True, text=True)
        answer = asked.stdout.split()
        if len(answer) != 4 or answer[0] != "cpython" or (int(answer[1]), int(answer[2])) < (3, 11) or answer[3] in seen:
            continue
        seen.add(answer[3])
        others.append(path)
    return others


def _articles() -> list[tuple[str, str]]:
    loaded = load_articles([ROOT / "seeds", ROOT / "tests" / "data" / "heldout"]).articles
    spec = importlib.util.spec_from_file_location("make_corpus", ROOT / "benchmarks" / "make_corpus.py")
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)
    generated = [make_corpus.make_article(7, i) for i in range(GENERATED_ARTICLES)]
    return [(a.id, a.text) for a in loaded] + [(name, text) for name, text, _ in generated if not name.endswith(".html")]


@pytest.mark.parametrize("interpreter", _other_interpreters() or [pytest.param(None, marks=pytest.mark.skip(
    reason="no other CPython 3.11+ on this machine"))])
def test_another_python_finds_the_same_voices(interpreter):
    articles = _articles()
    here = [[list(v.__dict__.values())[:8] for v in extract_voices(i, t)] for i, t in articles]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    done = subprocess.run([interpreter, "-s", "-c", _EXTRACT], input=json.dumps(articles), capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    there = json.loads(done.stdout)
    assert sum(map(len, here)) > GENERATED_ARTICLES  # the comparison is about voices, not empty lists
    differing = [articles[k][0] for k in range(len(articles)) if here[k] != there[k]]
    assert differing == [], f"{len(differing)} of {len(articles)} articles differ under {interpreter}"
