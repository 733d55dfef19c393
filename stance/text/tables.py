"""Rule tables for reading inputs. Only data here."""

from __future__ import annotations

# ---------------------------------------------------------------- input limits
# One article file, and the text of one row of a table of articles.
MAX_FILE_BYTES: int = 5 * 1024 * 1024
# A folder's articles.csv: metadata only, 64 MB is several hundred thousand rows.
MAX_METADATA_BYTES: int = 64 * 1024 * 1024
# A table of articles holds a whole corpus: larger, but still bounded so one file cannot exhaust memory.
MAX_TABLE_BYTES: int = 512 * 1024 * 1024
MAX_TABLE_ROWS: int = 5_000_000

# ---------------------------------------------------------------- input kinds
# One article per file (SUPPORTED_SUFFIXES keeps its old meaning: uploads and the store use it).
SUPPORTED_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES: tuple[str, ...] = (".html", ".htm")
# One article per row: a `text` column and optional metadata columns.
TABLE_SUFFIXES: tuple[str, ...] = (".csv", ".tsv", ".jsonl", ".parquet")
INPUT_SUFFIXES: tuple[str, ...] = SUPPORTED_SUFFIXES + TABLE_SUFFIXES
METADATA_FILENAME: str = "articles.csv"
METADATA_FIELDS: tuple[str, ...] = ("title", "source", "date", "url")
TABLE_TEXT_COLUMN: str = "text"

# ---------------------------------------------------------------- decoding
# cp1252 is chosen only when the bytes are clearly not UTF-8: at least this many invalid
# sequences, and more invalid sequences than valid multi-byte characters. Fewer bad bytes
# are read as UTF-8 with U+FFFD in their place, so no valid text turns into mojibake.
CP1252_MIN_INVALID: int = 3
# How many byte offsets of invalid sequences a warning names.
SHOWN_OFFSETS: int = 5
# (byte order mark, codec): UTF-32 first, its little-endian mark starts with UTF-16's.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# ---------------------------------------------------------------- web pages
# trafilatura costs about 40 us per element and some of its fallbacks grow faster than the
# page. News pages have 1,000-6,000 elements: up to FULL_EXTRACT_ELEMENTS it runs with all its
# fallbacks, up to MAX_EXTRACT_ELEMENTS without them (fast mode, linear, under a second), and a
# larger page is read whole by the fragment cleaner (menus included), with a warning.
FULL_EXTRACT_ELEMENTS: int = 5_000
MAX_EXTRACT_ELEMENTS: int = 20_000
