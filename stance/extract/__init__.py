"""Stage 2, extraction: quote spans, direct cues, reported speech, speakers and coreference.

Rule tables live in `tables.py` and `data/`; `voices.extract_voices` runs the stage on one article.

The install also compiles these modules to C (stance/_build_backend.py): the same source, faster. The
compiled modules call each other directly, so they are used all together or not at all: when one is
missing or was built from other source (a module edited since the install), or STANCE_PURE=1 is set,
every module here is loaded from its Python source.
"""
import importlib.machinery
import os
import sys
import warnings
from pathlib import Path

from stance.compiled_build import PythonSourceFinder, compiled_build_is_current

_HERE = Path(__file__).parent
_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

_PURE = os.environ.get("STANCE_PURE") == "1"

COMPILED = not _PURE and compiled_build_is_current(_HERE, _SUFFIX)
BUILD = "compiled" if COMPILED else "Python source"  # as benchmarks and the test header name it
if not COMPILED and any(_HERE.glob(f"*{_SUFFIX}")):
    sys.meta_path.insert(0, PythonSourceFinder(__name__, _HERE))
    if not _PURE:
        warnings.warn("stance.extract: the compiled modules were built from other source, so the Python source runs "
                      "(slower); `pip install -e .` compiles them again", stacklevel=2)
