"""Saved web pages: main text and metadata through trafilatura, offline; snippets by the fragment cleaner."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from stance.text import webpage
from stance.text.corpus import load_articles
from stance.text.webpage import read_webpage

PAGES = Path(__file__).resolve().parent / "data" / "pages"
FERRY = PAGES / "harbour_ferry.html"
# Words that appear only in the page's menus, cookie banner, newsletter box, related links and footer.
BOILERPLATE = ("Home", "Tech", "Business", "Sport", "cookie", "Accept all", "Manage settings", "Search the Ledger",
               "Related stories", "Old quay repairs", "morning briefing", "Sign up", "About us", "Privacy",
               "Terms", "Contact", "All rights reserved", "Subscribe now", "transport correspondent")


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == []


def test_a_news_page_gives_its_main_text_and_metadata(no_network):
    page = read_webpage(FERRY.read_text(encoding="utf-8"))
    assert (page.title, page.source, page.date, page.url) == (
        "Harbour ferry fares to fall next spring", "The Coastal Ledger", "2025-03-03",
        "https://coastal-ledger.example/business/harbour-ferry-fares")
    lines = page.text.split("\n")
    assert lines[0] == "Harbour ferry fares to fall next spring" and len(lines) == 7
    assert "“For years people told us the crossing cost more than a train ticket to the capital,” said Ingrid " \
           "Solberg, who chairs the board. “This change is for them.”" in lines
    assert lines[-1].startswith("The board expects the ferry to carry about two million passengers")
    assert [word for word in BOILERPLATE if word in page.text] == []
    assert page.warnings == []


def test_a_page_with_json_ld_a_quote_block_and_a_table_comes_out_exactly(no_network):
    page = read_webpage((PAGES / "library_hours.html").read_text(encoding="utf-8"))
    assert (page.title, page.source, page.date, page.url, page.warnings) == (
        "Town library to open on Sundays", "Valley Courier", "2024-09-17",
        "https://valley-courier.example/local/library-sundays", [])
    # The menu bar, consent box, author box, story list and footer are left out; the block
    # quote is a paragraph and each table row a line.
    assert page.text.split("\n") == [
        "Town library to open on Sundays",
        "The central library will open its doors on Sunday afternoons from October, the town council decided on "
        "Tuesday evening after a petition gathered more than four thousand names.",
        "“Students told us again and again that the weekend is when they actually have time to study,” said Petra "
        "Lindqvist, who leads the library service. “Now they will find the reading room open.”",
        "Sunday opening is the most requested change in our survey of the past five years.",
        "The extra hours will be staffed by two new part-time posts and by volunteers from the friends of the library "
        "association.",
        "Day Opening hours",
        "Monday to Friday 9:00 to 20:00",
        "Saturday 10:00 to 16:00",
        "Sunday 13:00 to 17:00",
        "Councillor Ruth Abara, who voted against the plan, said the money would have been better spent on the mobile "
        "library that serves the outlying villages.",
    ]


def test_the_page_loads_as_an_article_with_its_metadata_and_voices(tmp_path, no_network):
    from stance.extract.voices import extract_voices

    (article,) = load_articles([FERRY]).articles
    assert (article.id, article.title, article.source, article.date) == (
        "harbour_ferry", "Harbour ferry fares to fall next spring", "The Coastal Ledger", "2025-03-03")
    speakers = {voice.speaker for voice in extract_voices(article.id, article.text)}
    assert {"Ingrid Solberg", "Tomas Eriksen"} <= speakers


def test_articles_csv_metadata_wins_over_the_page(tmp_path):
    (tmp_path / "ferry.html").write_bytes(FERRY.read_bytes())
    (tmp_path / "articles.csv").write_text(
        "file,title,source,date\nferry.html,Ferry fares cut,Ledger archive,\n", encoding="utf-8")
    (article,) = load_articles([tmp_path]).articles
    # Given values win; what the row leaves empty comes from the page.
    assert (article.title, article.source, article.date) == ("Ferry fares cut", "Ledger archive", "2025-03-03")


def test_a_year_in_the_prose_is_not_taken_for_the_date():
    page = read_webpage("<html><head><title>Harbour history</title></head><body><article><p>"
                        + "The quay was built in 1998 and rebuilt in 2013 after a storm. " * 8
                        + "</p></article></body></html>")
    assert page.title == "Harbour history" and page.date == ""


def test_a_snippet_is_read_whole_by_the_fragment_cleaner():
    page = read_webpage("<p>“Yes,” said Ana Silva.</p>\n<ul><li>one</li><li>two</li></ul>")
    assert page.text == "“Yes,” said Ana Silva.\none\ntwo" and page.title == ""


def test_a_page_without_main_text_falls_back_to_the_whole_page(monkeypatch):
    monkeypatch.setattr(webpage, "_extract", lambda tree, fast=False: None)  # as when trafilatura finds nothing
    page = read_webpage(FERRY.read_text(encoding="utf-8"))
    assert "Home" in page.text and "Ingrid Solberg" in page.text  # everything, menus included
    assert page.title == "Harbour ferry fares to fall next spring" and page.date == "2025-03-03"


@pytest.mark.parametrize("before", [
    '<svg viewBox="0 0 8 8"><title>Share icon</title><path d="M0 0h8"/>',  # never closed
    "<head><title>Ferry</title>",  # never closed
    "<div><span><b>",
])
def test_unclosed_elements_do_not_swallow_the_text_after_them(before):
    quote = "“The fares will fall,” said Ingrid Solberg."
    for document in (f"{before}<p>{quote}</p><p>After.</p>",
                     f"<html><body>{before}<article><p>{quote}</p><p>After.</p></article></body></html>"):
        text = read_webpage(document).text
        assert quote in text and "After." in text and "Share icon" not in text


def test_markup_nested_too_deep_for_a_tree_keeps_all_its_text():
    deep = "<html><body>" + "<div>" * 3000 + "<p>“Deep,” said Bo Li.</p>" + "</div>" * 3000 + "<p>Tail.</p></body></html>"
    page = read_webpage(deep)
    assert page.text.split("\n") == ["“Deep,” said Bo Li.", "Tail."]
    assert "nested too deep" in page.warnings[0]


def test_scripts_styles_and_comments_are_not_text():
    page = read_webpage("<p>Kept<!-- note --> text</p><script>var a = '“no,” said X';</script>"
                        "<style>p { color: red }</style><noscript>Enable scripts</noscript>")
    assert page.text == "Kept text"


def test_a_large_page_runs_without_fallbacks_and_a_huge_one_is_read_whole(monkeypatch):
    raw = FERRY.read_text(encoding="utf-8")
    full = read_webpage(raw)
    monkeypatch.setattr(webpage, "FULL_EXTRACT_ELEMENTS", 10)  # the page has about 60 elements
    assert read_webpage(raw).text == full.text
    monkeypatch.setattr(webpage, "MAX_EXTRACT_ELEMENTS", 20)
    whole = read_webpage(raw)
    assert "Home" in whole.text and "Ingrid Solberg" in whole.text
    assert "over the 20 read for its main text" in whole.warnings[0]
    # The metadata still comes from the <head>.
    assert (whole.title, whole.source, whole.date) == (full.title, full.source, full.date)


def test_stance_analyze_of_a_saved_page_carries_its_metadata(tmp_path):
    from stance.cli import main

    out = tmp_path / "voices.csv"
    assert main(["analyze", str(FERRY), "--no-labels", "--format", "csv", "-o", str(out)]) == 0
    import csv

    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and {(r["title"], r["source"], r["date"]) for r in rows} == {
        ("Harbour ferry fares to fall next spring", "The Coastal Ledger", "2025-03-03")}
