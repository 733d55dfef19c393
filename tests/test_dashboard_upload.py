"""Uploading a table of articles on the Add articles page: every good row becomes an article with
its title, outlet and date; each bad row is one error line naming the file and the row.

The table's text is written for this test (invented towns and people)."""

from __future__ import annotations

import csv
import io

from tests.test_dashboard import PAGES, data_dir, open_app  # noqa: F401

ROWS = [
    {"id": "mill-1", "title": "Mill town opens a repair café", "source": "Valley Post", "date": "2025-02-03",
     "text": "The café opened on Saturday.\n“It is a wonderful place to meet new neighbours,” said Rosa Lind, "
             "a volunteer.\n"},
    {"id": "mill-2", "title": "Council weighs the café lease", "source": "Valley Post", "date": "4 February 2025",
     "text": "The lease runs for a year.\n“This will fade by the summer, like every fad,” said Tom Keel, "
             "a shop owner.\n"},
    {"id": "mill-3", "title": "An empty row", "source": "Valley Post", "date": "2025-02-05", "text": "   "},
]


def table_bytes(rows: list[dict]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["id", "title", "source", "date", "text"])
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def unescape(markdown: str) -> str:
    return markdown.replace("\\", "")


def test_a_csv_table_upload_adds_its_rows_with_metadata(data_dir):
    at = open_app("upload")
    at.file_uploader[0].set_value([("valley.csv", table_bytes(ROWS), "text/csv")]).run()
    at.button(key="add_files").click().run()
    assert not at.exception, at.exception
    errors = [unescape(e.value) for e in at.error]
    assert len(errors) == 1 and "valley.csv" in errors[0] and "row 3" in errors[0], errors
    assert any("Added 1 new file" in s.value for s in at.success)
    assert sorted(p.name for p in (data_dir / "corpus").iterdir()) == ["valley.csv"]
    added = at.data_editor(key="added_meta").value  # the editable table of what was added
    assert added.sort_values("id")[["id", "title", "outlet", "date"]].values.tolist() == [
        ["mill-1", "Mill town opens a repair café", "Valley Post", "2025-02-03"],
        ["mill-2", "Council weighs the café lease", "Valley Post", "2025-02-04"]]
    at.switch_page(PAGES["overview"]).run()
    assert at.metric[0].value == str(4 + 2), "the seeds' four articles and the table's two good rows"


def test_a_table_with_no_good_row_is_refused_and_not_saved(data_dir):
    at = open_app("upload")
    at.file_uploader[0].set_value([("empty.csv", table_bytes(ROWS[2:]), "text/csv"),
                                   ("notes.csv", b"name,remark\nx,y\n", "text/csv")]).run()
    at.button(key="add_files").click().run()
    errors = " | ".join(unescape(e.value) for e in at.error)
    assert "empty.csv" in errors and "row 1" in errors and "notes.csv" in errors and "'text'" in errors, errors
    assert not (data_dir / "corpus").exists() or not list((data_dir / "corpus").iterdir())
