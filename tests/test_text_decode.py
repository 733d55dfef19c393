"""Decoding that loses nothing, reads that cannot hang, names that cannot break a line."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from stance.text.corpus import load_articles
from stance.text.decode import ArticleError, decode, printable, read_limited

QUOTE = "“The ferry is late again,” said Ana Silva. “We waited an hour.”"


def _voices(path: Path) -> list[str]:
    from stance.extract.voices import extract_voices

    (article,) = load_articles([path]).articles
    return [voice.quote for voice in extract_voices(article.id, article.text)]


def test_a_stray_byte_in_utf8_keeps_the_text_and_names_its_offset(tmp_path):
    data = QUOTE.encode("utf-8")
    cut = data.index(b"waited")
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    result = load_articles([path])
    (article,) = result.articles
    assert article.text == QUOTE.replace("waited", "\ufffdwaited")
    (warning,) = result.problems
    assert not warning.skipped and f"byte {cut}" in warning.reason and "U+FFFD" in warning.reason
    assert _voices(path) == ["The ferry is late again", "We \ufffdwaited an hour."]


def test_offsets_name_the_first_few_and_count_the_rest():
    data = b"ok " + b"\xff ok " * 9 + "“curly” text".encode("utf-8") * 20
    decoded = decode(data)
    (warning,) = decoded.warnings
    assert "byte 3, 8, 13, 18, 23 and 4 more" in warning
    assert decoded.text.count("\ufffd") == 9 and "“curly”" in decoded.text


def test_an_invalid_byte_after_a_utf8_bom_is_counted_from_the_file_start():
    decoded = decode(b"\xef\xbb\xbfab\xffcd")
    assert decoded.text == "ab\ufffdcd" and "byte 5" in decoded.warnings[0]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path, codec):
    path = tmp_path / "wide.txt"
    bom = {"utf-16-be": b"\xfe\xff", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
    path.write_bytes(bom + QUOTE.encode(codec))
    result = load_articles([path])
    assert [a.text for a in result.articles] == [QUOTE] and result.problems == []


def test_a_nul_anywhere_makes_a_file_binary(tmp_path):
    path = tmp_path / "late_nul.txt"
    path.write_bytes(QUOTE.encode("utf-8") + b" filler" * 3000 + b"\x00tail")  # past the first 20 KB
    (problem,) = load_articles([path]).problems
    assert problem.skipped and "binary" in problem.reason


def test_utf16_without_a_bom_is_binary():
    with pytest.raises(ArticleError, match="binary"):
        decode(QUOTE.encode("utf-16-le"))


def test_cp1252_only_when_clearly_not_utf8():
    legacy = "“Café prices rose,” said Ana Silva.".encode("cp1252")  # three invalid sequences, no valid one
    decoded = decode(legacy)
    assert decoded.text.startswith("“Café") and "read as cp1252" in decoded.warnings[0]
    # The same bytes inside a UTF-8 text with more valid multi-byte characters stay UTF-8.
    mixed = ("“ok” " * 4).encode("utf-8") + legacy
    decoded = decode(mixed)
    assert decoded.text.startswith("“ok”") and "cp1252" not in decoded.warnings[0]
    # Two stray bytes in ASCII text are too few to call it cp1252.
    two = decode(b"caf\xe9 and cr\xe8me")
    assert two.text == "caf\ufffd and cr\ufffdme" and "cp1252" not in two.warnings[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_being_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_text(QUOTE, encoding="utf-8")
    result = load_articles([fifo, tmp_path / "good.txt"])  # opening the FIFO would block forever
    assert [a.id for a in result.articles] == ["good"]
    (problem,) = result.problems
    assert problem.skipped and "FIFO" in problem.reason and "not read" in problem.reason


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_dev_zero_and_a_link_to_it_are_refused(tmp_path):
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    result = load_articles([Path("/dev/zero"), link])
    assert result.articles == []
    assert [("character device" in p.reason, p.skipped) for p in result.problems] == [(True, True), (True, True)]


def test_read_limited_refuses_a_file_over_the_limit_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 101)
    with pytest.raises(ArticleError, match="over the 100-byte limit"):
        read_limited(path, 100)
    assert read_limited(path, 101) == b"a" * 101


def test_read_limited_with_the_stat_already_taken(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"a" * 101)
    assert read_limited(path, 101, os.stat(path)) == b"a" * 101
    with pytest.raises(ArticleError, match="over the 100-byte limit"):
        read_limited(path, 100, os.stat(path))


@pytest.mark.parametrize("name, shown", [
    ("two\nlines.txt", "two\\nlines.txt"),
    ("tab\there.txt", "tab\\there.txt"),
    ("bell\x07.txt", "bell\\x07.txt"),
    (os.fsdecode(b"caf\xe9.txt"), "caf\ufffd.txt"),  # not UTF-8: a surrogate from the file system
    ("plain.txt", "plain.txt"),
    ("café “quoted” story.md", "café “quoted” story.md"),  # printable beyond ASCII: unchanged
    ("next\x85line\u2028here", "next\\x85line\\u2028here"),
    ("soft\u00adhyphen\u00a0space", "soft\u00adhyphen\u00a0space"),  # unprintable but neither control nor break
])
def test_printable_names(name, shown):
    assert printable(name) == shown


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS refuses file names that are not UTF-8")
def test_odd_file_names_give_one_line_errors_and_usable_ids(tmp_path, capsys):
    from stance.cli import main

    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(QUOTE, encoding="utf-8")
    (tmp_path / "new\nline.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    assert main(["analyze", str(tmp_path), "--no-labels", "-o", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"error: {tmp_path}/new\\nline.txt: empty: no text after cleaning" in err
    records = out.read_text(encoding="utf-8").splitlines()
    assert len(records) == 2 and all('"article": "caf\ufffd"' in r for r in records)


def test_a_file_that_grows_past_the_limit_is_read_no_further(tmp_path, monkeypatch):
    from stance.text import decode as decode_module

    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 1_000_000)
    real_stat, real_read, read = os.stat, os.read, []
    # The file says it is 10 bytes long when it is checked, then has grown when it is read.
    monkeypatch.setattr(decode_module.os, "stat", lambda p: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:])))
    monkeypatch.setattr(decode_module.os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    with pytest.raises(ArticleError, match="grew past the 100-byte limit"):
        read_limited(path, 100)
    assert sum(read) <= 101


def test_a_file_whose_stated_size_is_zero_is_still_read_whole(tmp_path, monkeypatch):
    from stance.text import decode as decode_module

    path = tmp_path / "proc_like.txt"
    path.write_bytes(b"b" * 200_000)
    real_fstat = os.fstat
    monkeypatch.setattr(decode_module.os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 0, *real_fstat(fd)[7:])))
    assert read_limited(path, 300_000) == b"b" * 200_000
