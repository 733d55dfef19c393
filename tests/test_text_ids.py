"""Article ids are unique by construction; a folder's articles.csv adds metadata, within limits."""

from __future__ import annotations

import json

from stance.cli import main
from stance.text import listing
from stance.text.corpus import load_articles

QUOTE = "“The fares will fall,” said Ingrid Solberg."


def _write(path, text=QUOTE):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_the_same_name_in_two_folders_gives_folder_qualified_ids(tmp_path, capsys):
    _write(tmp_path / "a" / "x.txt")
    _write(tmp_path / "b" / "x.txt")
    _write(tmp_path / "b" / "y.txt")
    result = load_articles([tmp_path / "a", tmp_path / "b"])
    assert [a.id for a in result.articles] == ["a/x", "b/x", "y"] and result.problems == []
    out = tmp_path / "voices.jsonl"
    assert main(["analyze", str(tmp_path / "a"), str(tmp_path / "b"), "--no-labels", "-o", str(out)]) == 0
    voice_ids = [json.loads(line)["voice_id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert voice_ids == ["a/x:1-20", "b/x:1-20", "y:1-20"]


def test_one_folder_keeps_plain_ids_and_a_stem_twice_gets_its_suffix(tmp_path):
    _write(tmp_path / "a" / "x.txt")
    _write(tmp_path / "a" / "x.html", f"<p>{QUOTE}</p>")
    _write(tmp_path / "b" / "x.md")
    result = load_articles([tmp_path / "a", tmp_path / "b"])
    # Listed by name, x.html comes first and keeps the plain id.
    assert [a.id for a in result.articles] == ["a/x", "a/x.txt", "b/x"]
    assert [a.id for a in load_articles([tmp_path / "a"]).articles] == ["x", "x.txt"]  # alone: no folder


def test_a_file_listed_twice_is_read_once(tmp_path):
    path = _write(tmp_path / "x.txt")
    result = load_articles([path, tmp_path, str(path)])
    assert [a.id for a in result.articles] == ["x"]
    assert [(p.skipped, p.reason) for p in result.problems] == [(False, "listed more than once; read once")] * 2


def test_other_spellings_of_a_listed_folder_and_file_are_the_same_inputs(tmp_path, monkeypatch):
    _write(tmp_path / "a" / "x.txt")
    _write(tmp_path / "b" / "x.txt")
    monkeypatch.chdir(tmp_path / "a")
    # The folder written relatively and with a trailing slash, the file through "..": each read once.
    listed = listing.list_inputs([".", "x.txt", f"{tmp_path}/b/../a/x.txt", "../b/", str(tmp_path / "b" / "x.txt")])
    assert [(str(item.path), file_id, item.problem is not None) for item, file_id in listed] == [
        ("x.txt", "a/x", False), ("x.txt", "", True), (f"{tmp_path}/b/../a/x.txt", "", True),
        ("../b/x.txt", "b/x", False), (str(tmp_path / "b" / "x.txt"), "", True)]


def test_a_repeated_id_in_articles_csv_is_reported_and_made_unique(tmp_path):
    _write(tmp_path / "one.txt")
    _write(tmp_path / "two.txt")
    _write(tmp_path / "articles.csv", "id,file,date\nstory,one.txt,March 3 2025\nstory,two.txt,3/3/25\n")
    result = load_articles([tmp_path])
    assert [(a.id, a.date) for a in result.articles] == [("story", "2025-03-03"), ("story~2", "")]
    reasons = [p.reason for p in result.problems]
    assert reasons == ["date '3/3/25': not a date in a known form (use YYYY-MM-DD); left empty",
                       f"articles.csv id 'story' is already used by {tmp_path / 'one.txt'}; this article is 'story~2'"]


def test_articles_csv_with_a_bom_and_tabs_is_accepted(tmp_path):
    _write(tmp_path / "one.txt")
    (tmp_path / "articles.csv").write_bytes("file\tsource\tdate\none.txt\tCoastal Ledger\t2025-03-03\n"
                                            .encode("utf-8-sig"))
    result = load_articles([tmp_path])
    assert [(a.source, a.date) for a in result.articles] == [("Coastal Ledger", "2025-03-03")]
    assert result.problems == []


def test_articles_csv_in_utf16_with_a_bom_is_accepted(tmp_path):
    _write(tmp_path / "one.txt")
    (tmp_path / "articles.csv").write_bytes("file,source\none.txt,Harbour Post\n".encode("utf-16"))
    assert [a.source for a in load_articles([tmp_path]).articles] == ["Harbour Post"]


def test_articles_csv_over_its_limit_is_ignored_with_a_warning(tmp_path, monkeypatch):
    _write(tmp_path / "one.txt")
    _write(tmp_path / "articles.csv", "file,source\none.txt,Harbour Post\n")
    monkeypatch.setattr(listing, "MAX_METADATA_BYTES", 10)
    result = load_articles([tmp_path])
    assert [a.source for a in result.articles] == [""]
    (warning,) = result.problems
    assert not warning.skipped and warning.reason == "metadata ignored: file is 33 bytes, over the 10-byte limit"


def test_a_file_named_twice_in_articles_csv_is_reported(tmp_path):
    _write(tmp_path / "one.txt")
    _write(tmp_path / "articles.csv", "file,source\none.txt,First\none.txt,Second\n")
    result = load_articles([tmp_path])
    assert [a.source for a in result.articles] == ["Second"]
    assert [p.reason for p in result.problems] == ["row 2: file 'one.txt' listed again; this row is used"]
