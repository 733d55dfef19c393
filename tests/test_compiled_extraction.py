"""The compiled extraction build (setup.py): used only when whole and current, and equal to the source."""
import importlib.machinery
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stance.extract
from stance.extract import compiled_build_is_current

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = ".cpython-311-x86_64-linux-gnu.so"


def _write(path: Path, age_seconds: float) -> None:
    path.write_text("")
    moment = time.time() - age_seconds
    os.utime(path, (moment, moment))


@pytest.mark.parametrize("files, expected", [
    ({"voices.py": 100, f"voices{SUFFIX}": 10}, True),  # built after its source
    ({"voices.py": 10, f"voices{SUFFIX}": 100}, False),  # the source edited since the build
    ({"voices.py": 100, f"voices{SUFFIX}": 10, "spans.py": 100}, False),  # one module never built
    ({"__init__.py": 1, "voices.py": 100, f"voices{SUFFIX}": 10}, True),  # the package file is never compiled
    ({"voices.py": 100}, False),  # no build at all
])
def test_a_build_is_current_only_when_every_module_is_built_after_its_source(tmp_path, files, expected):
    for name, age in files.items():
        _write(tmp_path / name, age)
    assert compiled_build_is_current(tmp_path, SUFFIX) is expected


def _run(code: str, **environment: str) -> str:
    env = {key: value for key, value in os.environ.items() if key != "STANCE_PURE"} | environment
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return done.stdout


def test_stance_pure_loads_every_module_from_its_source():
    out = _run("import stance.extract as e, stance.extract.voices as v, stance.extract.spans as s;"
               "print(e.COMPILED, v.__file__.endswith('.py'), s.__file__.endswith('.py'))", STANCE_PURE="1")
    assert out.split() == ["False", "True", "True"]


@pytest.mark.skipif(not stance.extract.COMPILED, reason="the compiled build is not installed here")
def test_the_compiled_and_the_source_extraction_find_the_same_records():
    corpora = [str(ROOT / "seeds"), str(ROOT / "tests" / "data" / "heldout")]
    code = ("import sys; from stance.cli import main;"
            f"sys.exit(main(['analyze', *{corpora!r}, '--no-labels', '--format', 'jsonl']))")
    compiled, source = _run(code), _run(code, STANCE_PURE="1")
    assert compiled.count("\n") > 100
    assert compiled == source


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="CI's install must compile; elsewhere a compiler is optional")
def test_ci_installs_the_compiled_extraction():
    built = compiled_build_is_current(Path(stance.extract.__file__).parent, importlib.machinery.EXTENSION_SUFFIXES[0])
    assert built, "the install did not compile stance/extract: `pip install -e .` without -q says why"
