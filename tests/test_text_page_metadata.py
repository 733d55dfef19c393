"""A page's title, site name, date and address: the same four fields trafilatura's extract_metadata gives."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from trafilatura.metadata import extract_metadata

from stance.text.page_metadata import PageMetadata, read_metadata

FERRY = Path(__file__).resolve().parent / "data" / "pages" / "harbour_ferry.html"
DATE_PARAMS = {"extensive_search": False, "original_date": True}

# Pages written for this test, each reaching a different rule of the metadata search.
PAGES = {
    "open graph and a published time": (
        '<html><head><meta property="og:title" content="Bridge tolls scrapped">'
        '<meta property="og:site_name" content="River Post">'
        '<meta property="article:published_time" content="2024-11-05T07:30:00+01:00">'
        '<link rel="canonical" href="https://riverpost.example/news/bridge-tolls"></head>'
        "<body><article><p>The council voted on Tuesday.</p></article></body></html>",
        PageMetadata("Bridge tolls scrapped", "River Post", "2024-11-05", "https://riverpost.example/news/bridge-tolls")),
    "json-ld only": (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Night trains return", "datePublished": "2023-06-01", '
        '"publisher": {"@type": "Organization", "name": "Rail Weekly"}}</script></head>'
        "<body><p>Sleeper services resume in June.</p></body></html>",
        PageMetadata("Night trains return", "Rail Weekly", "2023-06-01", "")),
    "site name from the title and a relative address": (
        '<html><head><title>Library hours extended | towncrier.example</title>'
        '<meta property="og:image" content="https://towncrier.example/img/door.jpg">'
        '<link rel="canonical" href="/local/library-hours"></head><body><p>Open late on Thursdays.</p></body></html>',
        None),
    "site name from the address": (
        '<html><head><title>Library hours extended - Town Crier</title>'
        '<link rel="canonical" href="https://www.towncrier.example/local/library-hours"></head>'
        "<body><p>Open late on Thursdays.</p></body></html>",
        PageMetadata("Library hours extended", "towncrier.example", "",
                     "https://www.towncrier.example/local/library-hours")),
    "a handle as site name": (
        '<html><head><meta name="twitter:site" content="@harbourdaily"><title>Tide tables</title></head>'
        "<body><h1>Tide tables for May</h1><p>High water at noon.</p></body></html>",
        None),
    "broken json-ld": (
        '<html><head><title>Ferry timetable</title><script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Winter timetable", "datePublished": "2022-12-01",</script></head>'
        "<body><p>Fewer crossings in winter.</p></body></html>",
        PageMetadata("Winter timetable", "", "2022-12-01", "")),  # read from the unfinished JSON all the same
    "nothing to find": ("<html><body><p>Just a paragraph.</p></body></html>", PageMetadata()),
    "a year in the prose only": (
        "<html><body><p>The pier was built in 1998 and rebuilt in 2013.</p></body></html>", PageMetadata()),
}


def _tree(raw: str):
    return lxml.html.document_fromstring(raw.encode("utf-8"))


def _as_extract_metadata_gives(raw: str) -> PageMetadata:
    found = extract_metadata(_tree(raw), None, DATE_PARAMS, False, None)
    return PageMetadata(found.title or "", found.sitename or "", found.date or "", found.url or "")


@pytest.mark.parametrize("name", PAGES)
def test_the_fields_are_those_of_extract_metadata(name):
    raw, expected = PAGES[name]
    found = read_metadata(_tree(raw), DATE_PARAMS)
    assert found == _as_extract_metadata_gives(raw)
    if expected is not None:
        assert found == expected


def test_known_answers_for_the_rules_without_one_above():
    assert read_metadata(_tree(PAGES["site name from the title and a relative address"][0]), DATE_PARAMS) == \
        PageMetadata("Library hours extended", "towncrier.example", "",
                     "https://towncrier.example/local/library-hours")
    assert read_metadata(_tree(PAGES["a handle as site name"][0]), DATE_PARAMS).sitename == "Harbourdaily"


@pytest.mark.parametrize("name, expected", [
    ("harbour_ferry.html", PageMetadata("Harbour ferry fares to fall next spring", "The Coastal Ledger", "2025-03-03",
                                        "https://coastal-ledger.example/business/harbour-ferry-fares")),
    ("library_hours.html", PageMetadata("Town library to open on Sundays", "Valley Courier", "2024-09-17",
                                        "https://valley-courier.example/local/library-sundays")),
])
def test_the_saved_news_pages(name, expected):
    raw = (FERRY.parent / name).read_text(encoding="utf-8")
    found = read_metadata(_tree(raw), DATE_PARAMS)
    assert found == _as_extract_metadata_gives(raw) == expected


def test_the_tree_is_left_as_it_was():
    tree = _tree(FERRY.read_text(encoding="utf-8"))
    before = lxml.html.tostring(tree)
    read_metadata(tree, DATE_PARAMS)
    assert lxml.html.tostring(tree) == before
