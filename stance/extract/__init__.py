"""Stage 2, extraction: quote spans, direct cues, reported speech, speakers and coreference.

Rule tables live in `tables.py` and `data/`; `voices.extract_voices` runs the stage on one article.

The install also compiles these modules to C (see setup.py): the same source, faster. The compiled
modules call each other directly, so they are used all together or not at all: when one is missing
or older than its source (a module edited since the install), or STANCE_PURE=1 is set, every module
here is loaded from its Python source.
"""
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from pathlib import Path

_HERE = Path(__file__).parent


def compiled_build_is_current(folder: Path, extension_suffix: str) -> bool:
    """Whether each module in `folder` (its package file aside) has a compiled build no older than
    its source."""
    for source in folder.glob("*.py"):
        if source.name == "__init__.py":
            continue
        built = source.with_name(source.stem + extension_suffix)
        try:
            if built.stat().st_mtime < source.stat().st_mtime:
                return False
        except FileNotFoundError:
            return False
    return True


class _PythonSourceFinder:
    """Finds this package's modules as their Python source, ahead of any compiled build."""

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        package, _, module = fullname.rpartition(".")
        source = _HERE / f"{module}.py"
        if package != __name__ or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)


_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
COMPILED = os.environ.get("STANCE_PURE") != "1" and compiled_build_is_current(_HERE, _SUFFIX)
if not COMPILED and any(_HERE.glob(f"*{_SUFFIX}")):
    sys.meta_path.insert(0, _PythonSourceFinder())
    if os.environ.get("STANCE_PURE") != "1":
        warnings.warn("stance.extract: the compiled modules are older than their source, so the Python source runs "
                      "(slower); `pip install -e .` compiles them again", stacklevel=2)
