"""The install's C build runs one compiler process per C file, several at a time (stance/_build_backend.py)."""
import importlib
import threading
from pathlib import Path

import pytest

import stance

pytest.importorskip("setuptools")


@pytest.fixture
def backend(monkeypatch):
    # pip imports the backend with stance/ on the path (pyproject's backend-path), not as stance._build_backend.
    monkeypatch.syspath_prepend(str(Path(stance.__file__).parent))
    return importlib.import_module("_build_backend")


class FakeCompiler:
    """The three steps of a setuptools C compiler's `compile` that the parallel loop calls."""

    def __init__(self, meet=None, fail_on=None):
        self.meet = meet  # a barrier every compile waits at: passes only when that many run at once
        self.fail_on = fail_on
        self.compiled = []

    def compile(self, *args, **kwargs):
        raise AssertionError("the serial compile should have been replaced")

    def _setup_compile(self, output_dir, macros, include_dirs, sources, depends, extra_postargs):
        build = {source[:-2] + ".o": (source, ".c") for source in sources if source.endswith(".c")}
        objects = [source.rsplit(".", 1)[0] + ".o" for source in sources]
        return macros, objects, extra_postargs, ["-Iinclude"], build

    def _get_cc_args(self, pp_opts, debug, extra_preargs):
        return ["-c", *pp_opts]

    def _compile(self, obj, source, extension, cc_args, extra_postargs, pp_opts):
        if self.meet is not None:
            self.meet.wait(timeout=10)
        if source == self.fail_on:
            raise RuntimeError(f"cannot compile {source}")
        self.compiled.append((obj, source, extension, tuple(cc_args)))


def test_c_files_compile_at_the_same_time_and_every_object_is_returned(backend):
    compiler = FakeCompiler(meet=threading.Barrier(2))
    backend._compile_in_parallel(compiler, 2)
    objects = compiler.compile(["a.c", "b.c", "c.c", "d.c"], output_dir="build")
    assert objects == ["a.o", "b.o", "c.o", "d.o"]
    assert sorted(compiler.compiled) == [(f"{n}.o", f"{n}.c", ".c", ("-c", "-Iinclude")) for n in "abcd"]


def test_a_source_with_no_build_step_is_skipped_as_the_serial_loop_skips_it(backend):
    compiler = FakeCompiler()
    backend._compile_in_parallel(compiler, 2)
    assert compiler.compile(["a.c", "notes.txt"]) == ["a.o", "notes.o"]
    assert [entry[1] for entry in compiler.compiled] == ["a.c"]


def test_a_failed_compile_fails_the_build(backend):
    compiler = FakeCompiler(fail_on="b.c")
    backend._compile_in_parallel(compiler, 3)
    with pytest.raises(RuntimeError, match="cannot compile b.c"):
        compiler.compile(["a.c", "b.c", "c.c"])


def test_one_cpu_keeps_the_compilers_own_loop(backend):
    compiler = FakeCompiler()
    backend._compile_in_parallel(compiler, 1)
    with pytest.raises(AssertionError, match="serial compile"):
        compiler.compile(["a.c"])


def test_a_compiler_without_those_steps_keeps_its_own_compile(backend):
    class MsvcLike:
        def compile(self, sources, **kwargs):
            return ["own"]
    compiler = MsvcLike()
    backend._compile_in_parallel(compiler, 4)
    assert compiler.compile(["a.c"]) == ["own"]
