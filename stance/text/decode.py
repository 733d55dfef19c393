"""Bytes in, text out: bounded reads of regular files, decoding that loses nothing quietly,
and names that are safe to print on one line."""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from stance.text.tables import BYTE_ORDER_MARKS, CP1252_MIN_INVALID, MAX_FILE_BYTES, SHOWN_OFFSETS


class ArticleError(ValueError):
    """A file that cannot be used as an article; the message is the reason."""


@dataclass
class Decoded:
    text: str
    warnings: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ printable names

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    return _NAMED_ESCAPES.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def printable(text: str) -> str:
    """`text` on one line and encodable: a byte that was not UTF-8 in a file name (a surrogate
    from os.fsdecode) becomes U+FFFD, a control character or line break its escape (`\\n`)."""
    if text.isprintable():  # surrogates, controls and line separators are all unprintable: nothing to replace
        return text
    return _CONTROL.sub(_escape, _SURROGATE.sub("\ufffd", text))


# ------------------------------------------------------------------ reading


def check_size(size: int, max_bytes: int = MAX_FILE_BYTES) -> None:
    """ArticleError for a file over the limit (checked before reading and after upload)."""
    if size > max_bytes:
        raise ArticleError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def check_regular_file(path: str | Path) -> os.stat_result:
    """The stat of a regular file; ArticleError for a missing path, a FIFO, a device or a socket."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ArticleError("no such file or folder") from None
    if not stat.S_ISREG(info.st_mode):
        raise ArticleError(f"{_kind(info.st_mode)}, not a regular file: not read")
    return info


def read_limited(path: str | Path, max_bytes: int = MAX_FILE_BYTES, info: os.stat_result | None = None) -> bytes:
    """The bytes of a regular file of at most `max_bytes`.

    A FIFO, device or socket is refused from its stat before it is opened (opening a FIFO
    blocks; /dev/zero never ends), and again from the open descriptor in case the name was
    swapped in between. At most `max_bytes` + 1 bytes are read, so a file that grows while
    it is read cannot exhaust memory. `info` is the stat of `path` when the caller has just taken it
    (check_regular_file), so the file is not looked up twice.
    """
    check_size((info or check_regular_file(path)).st_size, max_bytes)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        opened = os.fstat(descriptor)
        if not stat.S_ISREG(opened.st_mode):
            raise ArticleError(f"{_kind(opened.st_mode)}, not a regular file: not read")
        # Raw reads sized by the file (a buffered read(limit + 1) would allocate the whole limit),
        # in 64 KB steps past its stated size (a growing file; /proc files state 0).
        chunks, total = [], 0
        while total <= max_bytes:
            chunk = os.read(descriptor, min(max_bytes + 1 - total, max(opened.st_size - total + 1, 1 << 16)))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    finally:
        os.close(descriptor)
    if total > max_bytes:
        raise ArticleError(f"file grew past the {max_bytes:,}-byte limit while it was read")
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


# ------------------------------------------------------------------ decoding


def _invalid_offsets(data: bytes | memoryview, base: int, limit: int) -> list[int]:
    """Byte offsets of the first `limit` invalid UTF-8 sequences (each retry starts past the last)."""
    offsets, position, view = [], 0, memoryview(data)
    while len(offsets) < limit:
        try:
            codecs.utf_8_decode(view[position:], "strict", True)
            break
        except UnicodeDecodeError as exc:
            offsets.append(base + position + exc.start)
            position += exc.end
    return offsets


def _offsets_text(offsets: list[int], total: int) -> str:
    shown = ", ".join(f"{o:,}" for o in offsets)
    return f"byte {shown}" + (f" and {total - len(offsets):,} more" if total > len(offsets) else "")


def _decode_with_bom(data: bytes, bom: bytes, codec: str) -> Decoded:
    text = data[len(bom):].decode(codec, errors="replace")
    if "\x00" in text:
        raise ArticleError(f"binary file (contains NUL characters after a {codec} byte order mark), not text")
    bad = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    warnings = [f"{bad:,} invalid {codec} sequence(s) replaced with U+FFFD"] if bad > 0 else []
    return Decoded(text, warnings)


def decode(data: bytes, max_bytes: int = MAX_FILE_BYTES) -> Decoded:
    """Text of an article's bytes, with warnings; raises ArticleError for unusable input.

    A byte order mark names the encoding (UTF-8, UTF-16, UTF-32). Otherwise a NUL anywhere
    makes the file binary; valid UTF-8 is read as is; bytes that are clearly not UTF-8 (see
    CP1252_MIN_INVALID) are read as cp1252; a few bad bytes in UTF-8 become U+FFFD, and the
    warning names their offsets.
    """
    check_size(len(data), max_bytes)
    base = 0
    for bom, codec in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            if codec != "utf-8":
                return _decode_with_bom(data, bom, codec)
            base = len(bom)
            break
    body = data[base:] if base else data
    if b"\x00" in body:
        raise ArticleError("binary file (contains NUL bytes), not text")
    try:
        return Decoded(body.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")
    valid_multibyte = len(text) - len(text.encode("ascii", "ignore")) - invalid
    offsets = _invalid_offsets(body, base, SHOWN_OFFSETS)
    where = _offsets_text(offsets, invalid)
    if invalid >= CP1252_MIN_INVALID and invalid > valid_multibyte:
        # cp1252 leaves five bytes undefined; they become U+FFFD rather than rejecting the file.
        legacy = body.decode("cp1252", errors="replace")
        return Decoded(legacy, [f"not UTF-8 ({invalid:,} invalid sequences, {valid_multibyte:,} valid multi-byte "
                                f"characters; first at {where}); read as cp1252"])
    return Decoded(text, [f"{invalid:,} invalid UTF-8 sequence(s) at {where} replaced with U+FFFD"])
