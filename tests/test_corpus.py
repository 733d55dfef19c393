"""Loading articles: formats, metadata, and bad input that must not stop the batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from stance.text.clean import clean_markdown, clean_plain_text, normalize_whitespace
from stance.text.webpage import clean_html
from stance.text.corpus import load_articles

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seeds_load_with_metadata():
    result = load_articles([SEEDS])
    assert [a.id for a in result.articles] == [
        "000_5b79b17ca2084ee7", "001_7a73af3c4a7362f0", "002_12c4f8c965c41066",
        "003_c29ad7b9f8a33f1f", "004_3d710627265ca949",
    ]
    assert result.problems == []
    by_id = {a.id: a for a in result.articles}
    assert by_id["001_7a73af3c4a7362f0"].source == "BBC/CNN"
    assert by_id["000_5b79b17ca2084ee7"].url == ""  # unknown stays empty


def test_broken_anchor_tags_vanish_without_eating_the_sentence():
    text = next(a.text for a in load_articles([SEEDS]).articles if a.id.startswith("004"))
    assert "<a" not in text and "href" not in text
    assert "in just two days. according to a report by Reuters." in text
    assert "As CNN noted, the name Xiaohongshu translates as" in text


@pytest.mark.parametrize(
    "cleaner, raw, expected",
    [
        (clean_plain_text, "a  b\r\n\r\n\tc\u00a0d", "a b\nc d"),
        (clean_plain_text, "x <b>bold</b> y &amp; z", "x bold y & z"),
        (clean_plain_text, "x < y and y > z", "x < y and y > z"),  # not tags
        (clean_html, "<html><body><script>var q='“no”';</script><p>One &ldquo;two&rdquo;</p><p>Three</p></body></html>",
         "One “two”\nThree"),
        (clean_markdown, "# Title\n\n> **Bold** [link](http://x.org) text", "Title\nBold link text"),
    ],
)
def test_cleaners(cleaner, raw, expected):
    assert cleaner(raw) == expected


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("already clean line\nand another", "already clean line\nand another"),
        (" leading\ntrailing ", "leading\ntrailing"),
        ("thin\u2009space, ideographic\u3000space", "thin space, ideographic space"),
        ("line\u2028separator and\x1cfile separator", "line separator and file separator"),
        ("no-break\u00a0space\t\ttab", "no-break space tab"),
        ("\n \n\t\n", ""),
    ],
)
def test_normalize_whitespace_on_lines_that_look_clean_but_are_not(raw, expected):
    assert normalize_whitespace(raw) == expected


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("image.png", b"\x89PNG", "unsupported file type .png"),
    ],
)
def test_bad_files_are_reported_and_the_rest_still_load(tmp_path, name, data, reason):
    (tmp_path / "good.txt").write_text("“It works,” said Ana Silva.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(data)
    result = load_articles([tmp_path / "good.txt", bad])
    assert [a.id for a in result.articles] == ["good"]
    (problem,) = result.problems
    assert problem.skipped and problem.path == str(bad) and reason in problem.reason
    assert str(problem).startswith(f"error: {bad}: ") and "\n" not in str(problem)


def test_cp1252_falls_back_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("\u201cCaf\u00e9 prices rose,\u201d said Ana Silva.".encode("cp1252"))
    result = load_articles([path])
    (article,) = result.articles
    assert article.text.startswith("\u201cCaf\u00e9")
    (warning,) = result.problems
    assert not warning.skipped and "cp1252" in warning.reason


def test_oversized_file_is_refused(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 100, encoding="utf-8")
    result = load_articles([path], max_bytes=100)
    assert result.articles == [] and "over the 100-byte limit" in result.problems[0].reason


def test_missing_path_is_reported(tmp_path):
    result = load_articles([tmp_path / "nope.txt"])
    assert result.problems[0].reason == "no such file or folder"


def test_folder_skips_readme_and_keeps_html(tmp_path):
    (tmp_path / "README.md").write_text("# About this folder", encoding="utf-8")
    (tmp_path / "a.html").write_text("<p>“Yes,” said Ana Silva.</p>", encoding="utf-8")
    (tmp_path / "b.md").write_text("**Kofi Mensah** argued that fares should fall.", encoding="utf-8")
    result = load_articles([tmp_path])
    assert [(a.id, a.text) for a in result.articles] == [
        ("a", "“Yes,” said Ana Silva."), ("b", "Kofi Mensah argued that fares should fall."),
    ]
