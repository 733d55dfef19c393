"""Which build of a compiled package to load: the one compiled at install (stance/_build_backend.py)
when it was made from the sources as they are now, else the Python source.

Standard library only: the build backend imports this module too, before stance is installed.
"""
import hashlib
import importlib.machinery
import importlib.util
from pathlib import Path

STAMP_NAME = "_compiled_from.sha256"  # written by the build beside the modules: the digest of what it compiled


def compiled_modules(folder: Path) -> list[Path]:
    """The modules of a package that the build compiles: all but its package file, which decides what to load."""
    return sorted(source for source in folder.glob("*.py") if source.name != "__init__.py")


def sources_digest(modules: list[Path]) -> str:
    """sha256 over the names and bytes of `modules` (compiled_modules of a folder), in that order."""
    digest = hashlib.sha256()
    for source in modules:
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_build_is_current(folder: Path, extension_suffix: str) -> bool:
    """Whether each module in `folder` has a compiled build made from the sources as they are now
    (by content: file times move with checkouts and installs)."""
    try:
        stamp = (folder / STAMP_NAME).read_text(encoding="ascii").strip()
    except OSError:
        return False
    modules = compiled_modules(folder)
    return all(source.with_name(source.stem + extension_suffix).is_file() for source in modules) \
        and stamp == sources_digest(modules)


class PythonSourceFinder:
    """Finds a package's modules as their Python source, ahead of any compiled build (a meta path finder)."""

    def __init__(self, package: str, folder: Path) -> None:
        self.package = package
        self.folder = folder

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        package, _, module = fullname.rpartition(".")
        source = self.folder / f"{module}.py"
        if package != self.package or not source.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, source)
