"""Rule tables for reading inputs. Only data here."""

from __future__ import annotations

# ---------------------------------------------------------------- input limits
MAX_FILE_BYTES: int = 5 * 1024 * 1024
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
METADATA_FILENAME: str = "articles.csv"
