"""Read files shipped in the package's data/ directory."""

from __future__ import annotations

from importlib.resources import files


def data_path(name: str):
    """A Traversable for stance/data/<name> (works from a wheel as well as a checkout)."""
    return files("stance") / "data" / name


def read_text(name: str) -> str:
    """Text of stance/data/<name>; FileNotFoundError if the package does not ship it."""
    return data_path(name).read_text(encoding="utf-8")


def read_bytes(name: str) -> bytes:
    return data_path(name).read_bytes()
