"""Read the data files a stage package ships beside its code (`<package>/data/<name>`)."""

from __future__ import annotations

from importlib.resources import files


def data_path(package: str, name: str):
    """A Traversable for <package>/data/<name> (works from a wheel as well as a checkout)."""
    return files(package) / "data" / name


def read_text(package: str, name: str) -> str:
    """Text of <package>/data/<name>; FileNotFoundError if the package does not ship it."""
    return data_path(package, name).read_text(encoding="utf-8")
