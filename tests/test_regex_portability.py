"""Patterns that match the same on every Python the project supports (3.11 and later).

Python 3.11.0-3.11.4 match a possessive repeat of a group (`(?:…)*+`) or an atomic group wrongly
when the group can backtrack inside (CPython gh-106052, fixed in 3.11.5): a capital run came out as
"Donald J. Trump " and cue verbs after a subject were missed, so Debian 12's python3 (3.11.2) lost
about one voice in twenty. A possessive repeat of one character class (`[\\s,]*+`) is not affected.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import stance
from stance.extract import cues, state

# A group closed and then repeated possessively, or an atomic group.
UNPORTABLE = re.compile(r"\)(?:[*+?]|\{\d*(?:,\d*)?\})\+|\(\?>")
PACKAGE = Path(stance.__file__).parent


@pytest.mark.parametrize("pattern", [r"(?:ab)*+", r"(?:a|ab)++c", r"(a)?+", r"(?:\s+x){1,3}+", r"(?>a|ab)c"])
def test_the_check_finds_an_unportable_pattern(pattern):
    assert UNPORTABLE.search(pattern)


@pytest.mark.parametrize("pattern", [r"[\s,]*+x", r"(?:ab)*", r"(?:ab)+?", r"(a)?", r"\)*", r"a{2,3}+", r"[)]*+"])
def test_the_check_passes_a_portable_pattern(pattern):
    assert UNPORTABLE.search(pattern) is None


def _string_constants(path: Path) -> list[str]:
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_no_source_string_repeats_a_group_possessively(path):
    assert [text for text in _string_constants(path) if UNPORTABLE.search(text)] == []


def test_no_compiled_pattern_repeats_a_group_possessively():
    # Patterns built from pieces (alternations of table words) are checked as compiled.
    found = []
    for module in pkgutil.walk_packages(stance.__path__, "stance."):
        if module.name.startswith("stance.engines.dask"):
            continue  # needs the optional extra; holds no patterns
        if module.name == "stance._build_backend":
            continue  # read by pip at install time (it imports setuptools); holds no patterns
        loaded = importlib.import_module(module.name)
        found += [f"{module.name}.{name}" for name, value in vars(loaded).items()
                  if isinstance(value, re.Pattern) and UNPORTABLE.search(value.pattern)]
    assert found == []


@pytest.mark.parametrize("text, runs", [
    ("Anastasia Ngata, an accountant, met Donald J. Trump", ["Anastasia Ngata", "Donald J. Trump"]),
    ("a call with Ana de Souza today, said Mr. Li", ["Ana de Souza", "Mr. Li"]),
    ("Ana Ruiz and Jo Li", ["Ana Ruiz", "Jo Li"]),
    ("no capitals here at all", []),
])
def test_capital_runs_end_at_the_last_word(text, runs):
    assert state._CAPITAL_RUN.findall(text) == runs


@pytest.mark.parametrize("text, end", [("also now said", len("also now ")), ("said", 0), ("", 0)])
def test_filler_run_ends_before_the_verb(text, end):
    assert cues._FILLER_RUN.match(text).end() == end
