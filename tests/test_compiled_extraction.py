"""The compiled extraction build (setup.py): used only when whole and current, and equal to the source."""
import importlib.machinery
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stance.extract
from stance.compiled_build import STAMP_NAME, compiled_build_is_current, compiled_modules, sources_digest

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = ".cpython-311-x86_64-linux-gnu.so"


def _built_package(folder: Path) -> None:
    """A package of two modules, each with a compiled build, and the stamp of their sources."""
    for name in ("spans", "voices"):
        (folder / f"{name}.py").write_text(f"NAME = {name!r}\n")
        (folder / f"{name}{SUFFIX}").write_bytes(b"")
    (folder / "__init__.py").write_text("")
    (folder / STAMP_NAME).write_text(sources_digest(compiled_modules(folder)) + "\n")


def _edit_a_module(folder: Path) -> None:
    (folder / "voices.py").write_text("NAME = 'edited'\n")


def _edit_the_package_file(folder: Path) -> None:
    (folder / "__init__.py").write_text("# decides what to load; never compiled\n")


def _drop_a_build(folder: Path) -> None:
    (folder / f"spans{SUFFIX}").unlink()


def _drop_the_stamp(folder: Path) -> None:
    (folder / STAMP_NAME).unlink()


def _add_a_module(folder: Path) -> None:
    (folder / "quotes.py").write_text("")


def _touch_every_source(folder: Path) -> None:
    for source in folder.glob("*.py"):
        os.utime(source, (time.time() + 60, time.time() + 60))  # newer than the builds, the same bytes


@pytest.mark.parametrize("change, current", [
    (lambda folder: None, True),
    (_touch_every_source, True),  # a checkout that rewrites the same bytes: still current
    (_edit_the_package_file, True),
    (_edit_a_module, False),
    (_drop_a_build, False),
    (_drop_the_stamp, False),
    (_add_a_module, False),  # a module the build never saw
])
def test_a_build_is_current_only_when_made_from_the_sources_as_they_are(tmp_path, change, current):
    _built_package(tmp_path)
    change(tmp_path)
    assert compiled_build_is_current(tmp_path, SUFFIX) is current


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
