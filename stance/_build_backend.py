"""Build backend (pyproject.toml): setuptools, plus the extraction stage compiled to C with mypyc.

The compiled modules come from the same typed source and run about 1.4x faster. Where compilation cannot
run (no C compiler or Python headers, or the type check fails), the install goes on without it and
stance runs the same modules as Python. STANCE_PURE=1 skips compilation. `stance.extract` loads its
Python source whenever a compiled module is missing or older than its source.

This module is read by pip at install time only (it lives here because the project's top level is
fixed); stance never imports it. It is setuptools' own backend with `setup()` given the extensions,
in place of a setup.py.
"""
import os
import sys
from pathlib import Path

from setuptools import build_meta, setup
from setuptools.command.build_ext import build_ext

_NOT_BUILT = "stance: compiled extraction not built ({}); the Python modules will run"


def _compiled_sources() -> list[str]:
    """Every module of the extraction stage but its package file, which decides what to load."""
    return sorted(str(path) for path in Path("stance", "extract").glob("*.py") if path.name != "__init__.py")


class _OptionalBuildExt(build_ext):
    """A failed compilation leaves the Python install working, with one line saying why."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # compiler or headers missing: any of them
            print(_NOT_BUILT.format(error), file=sys.stderr)


def _extensions() -> list:
    if os.environ.get("STANCE_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
        return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *_compiled_sources()],
                        group_name="stance_extract")
    except (Exception, SystemExit) as error:  # mypyc missing, or its type check failed (it exits)
        print(_NOT_BUILT.format(error), file=sys.stderr)
        return []


class _Backend(build_meta._BuildMetaBackend):
    def run_setup(self, setup_script: str = "setup.py") -> None:
        setup(ext_modules=_extensions(), cmdclass={"build_ext": _OptionalBuildExt})


_BACKEND = _Backend()
get_requires_for_build_wheel = _BACKEND.get_requires_for_build_wheel
get_requires_for_build_sdist = _BACKEND.get_requires_for_build_sdist
get_requires_for_build_editable = _BACKEND.get_requires_for_build_editable
prepare_metadata_for_build_wheel = _BACKEND.prepare_metadata_for_build_wheel
prepare_metadata_for_build_editable = _BACKEND.prepare_metadata_for_build_editable
build_wheel = _BACKEND.build_wheel
build_sdist = _BACKEND.build_sdist
build_editable = _BACKEND.build_editable
