"""Build backend (pyproject.toml): setuptools, plus the extraction stage compiled to C with mypyc.

The compiled modules come from the same typed source and run about 1.4x faster. Where compilation cannot
run (no C compiler or Python headers, or the type check fails), the install goes on without it and
stance runs the same modules as Python. STANCE_PURE=1 skips compilation. `stance.extract` loads its
Python source whenever a compiled module is missing or was built from other source.

This module is read by pip at install time only (it lives here because the project's top level is
fixed); stance never imports it. It is setuptools' own backend with `setup()` given the extensions,
in place of a setup.py.
"""
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from setuptools import build_meta, setup
from setuptools.command.build_ext import build_ext

from compiled_build import STAMP_NAME, compiled_modules, sources_digest  # stance/compiled_build.py (backend-path)

_EXTRACT = Path("stance", "extract")
_NOT_BUILT = "stance: compiled extraction not built ({}); the Python modules will run"
_MAX_COMPILERS = 8  # compiler processes at once; each needs a few hundred MB at -O3


def _compile_in_parallel(compiler, jobs: int) -> None:
    """Let `compiler` (a setuptools C compiler) compile one extension's C files `jobs` at a time.

    The compiled group is one C file per module (mypycify's multi_file); compiled one after the other
    they took 87 s here, two at a time 43 s. This is the loop of the compiler's own `compile`, run on
    threads (each waits on a compiler process). Compilers without those steps (MSVC) stay serial.
    """
    if jobs < 2 or not all(hasattr(compiler, step) for step in ("_setup_compile", "_get_cc_args", "_compile")):
        return

    def compile(sources, output_dir=None, macros=None, include_dirs=None, debug=0, extra_preargs=None,
                extra_postargs=None, depends=None):
        macros, objects, extra_postargs, pp_opts, build = compiler._setup_compile(
            output_dir, macros, include_dirs, sources, depends, extra_postargs)
        cc_args = compiler._get_cc_args(pp_opts, debug, extra_preargs)

        def compile_one(obj) -> None:
            source, extension = build[obj]
            compiler._compile(obj, source, extension, cc_args, extra_postargs, pp_opts)
        with ThreadPoolExecutor(jobs) as pool:
            list(pool.map(compile_one, [obj for obj in objects if obj in build]))  # list(): re-raise errors
        return objects
    compiler.compile = compile


def _cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class _OptionalBuildExt(build_ext):
    """A failed compilation leaves the Python install working, with one line saying why. Only a
    whole build gets the stamp of the sources it was made from, which stance.extract checks."""

    def build_extensions(self) -> None:
        _compile_in_parallel(self.compiler, min(_cpus(), _MAX_COMPILERS))
        super().build_extensions()

    def run(self) -> None:
        folder = _EXTRACT if self.inplace else Path(self.build_lib, _EXTRACT)  # editable: in the source tree
        (folder / STAMP_NAME).unlink(missing_ok=True)
        try:
            super().run()
        except Exception as error:  # compiler or headers missing: any of them
            print(_NOT_BUILT.format(error), file=sys.stderr)
            return
        if self.extensions:
            folder.mkdir(parents=True, exist_ok=True)
            (folder / STAMP_NAME).write_text(sources_digest(compiled_modules(_EXTRACT)) + "\n", encoding="ascii")


def _extensions() -> list:
    if os.environ.get("STANCE_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
        return mypycify(["--ignore-missing-imports", "--follow-imports=silent", *map(str, compiled_modules(_EXTRACT))],
                        group_name="stance_extract", multi_file=True)  # one C file per module: see above
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
