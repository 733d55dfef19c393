"""The shape the architecture promises: stage packages without import cycles, a library that
never imports Streamlit, a dashboard without path hacks, modules a reader can hold in mind."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, package: str) -> set[str]:
    """Modules of `package` that `path` imports anywhere (module level or inside functions)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.split(".")[0] == package}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and node.module.split(".")[0] == package:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def import_graph(package: str) -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in (ROOT / package).rglob("*.py")}
    return {name: {m for m in _imports(path, package) if m in modules and m != name} for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules (first == last), or None. Package __init__
    modules are skipped as targets: importing a submodule loads its package first anyway."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt in graph and not (ROOT / nxt.replace(".", "/")).is_dir():
                if state.get(nxt) == 1:
                    return stack[stack.index(nxt):] + [nxt]
                if nxt not in state and (cycle := visit(nxt)):
                    return cycle
        stack.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_cycle_finder_known_answers():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None
    assert find_cycle({"a": {"b"}, "b": {"a"}}) == ["a", "b", "a"]


@pytest.mark.parametrize("package", ["stance", "dashboard"])
def test_no_import_cycle(package):
    assert find_cycle(import_graph(package)) is None


def test_library_never_imports_streamlit():
    offenders = [name for name, path in ((_module_name(p), p) for p in (ROOT / "stance").rglob("*.py"))
                 if _imports(path, "streamlit")]
    assert not offenders


def test_stages_are_packages_with_their_data():
    for stage in ("text", "extract", "label"):
        assert (ROOT / "stance" / stage / "__init__.py").is_file()
    assert (ROOT / "stance/extract/data/cue_verbs.tsv").is_file()
    assert (ROOT / "stance/label/data/lexicon.tsv").is_file()


def test_dashboard_has_no_path_hacks():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "dashboard").rglob("*.py")
                 if "sys.path" in p.read_text(encoding="utf-8")]
    assert not offenders


@pytest.mark.parametrize("package", ["stance", "dashboard"])
def test_no_module_over_the_line_limit(package):
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / package).rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not long
