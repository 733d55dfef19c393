"""Property-based tests: extraction and labelling keep their promises on any input.

Random Unicode heavy in quote marks and cue words, random HTML and Markdown through the
loaders, and sentences built from known parts. On every input: no exception, each voice's
quote is the text between its offsets, voice ids are unique, two runs give the same voices,
and every probability is finite with each voice's summing to 1. Bounded and derandomised,
so the suite is deterministic (issue 11, item 2).
"""

from __future__ import annotations

import math
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.extract.voices import extract_voices
from stance.label.predictor import load_default_predictor
from stance.text.article import article_from_bytes
from stance.text.clean import clean_plain_text
from stance.text.corpus import articles_from_bytes
from stance.text.decode import ArticleError

PROPERTIES = settings(max_examples=800, derandomize=True, deadline=None, database=None,
                      suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

QUOTE_MARKS = ["“", "”", '"', "«", "»", "‘", "’", "„", "'"]
CUES = ["said", "says", "added", "told", "asked", "noted", "warned", "argued", "replied", "according to", "According to",
        "As", "saying", "pointed out", "has", "also", "not", "that", "in a statement", "on Monday", "dubbed", "known as"]
NAMES = ["Ana Silva", "Marisol Duarte", "Mr. Lee", "Dr. Tiago Mendes", "the ministry", "one resident", "officials",
         "she", "he", "they", "it", "Reuters", "City planner Jacob Hui", "a spokeswoman", "Americans"]
PUNCTUATION = [",", ".", " ", " ", "\n", "—", "–", "-", ":", ";", "?", "!", "…", "(", ")"]
piece = st.one_of(st.sampled_from(QUOTE_MARKS), st.sampled_from(CUES), st.sampled_from(NAMES),
                  st.sampled_from(PUNCTUATION), st.text(max_size=6))
# Pieces mostly with a space between them, so that words stay words.
spaced = st.tuples(piece, st.sampled_from([" ", " ", " ", "", ", "])).map("".join)

HTML_PIECES = ["<p>", "</p>", "<div>", "</div>", "<a href='/x'>", "</a>", "<br>", "<script>", "</script>", "<!--",
               "-->", "<head>", "<title>", "</title>", "<svg>", "</svg>", "<q>", "</q>", "<blockquote>", "<h1>",
               "</h1>", "<article>", "&amp;", "&#8220;", "&rdquo;", "<", ">", "<span class=\"“x”\">", "<html><body>"]
MARKDOWN_PIECES = ["[", "]", "(", ")", "[a](b)", "![i](s.png)", "**", "*", "_", "# ", "## ", "> ", "- ", "`", "<!-- ",
                   "-->", "\n", "\n\n", "<b>", "</b>"]


def _clear_memo_caches() -> None:
    """Empty the extraction's lru_caches, so a second run does the work again."""
    for name, module in list(sys.modules.items()):
        if name.startswith("stance."):
            for value in list(vars(module).values()):
                info = getattr(value, "cache_info", None)
                if callable(info) and info().maxsize != 1:
                    value.cache_clear()


def check_voices(article_id: str, text: str) -> list:
    """Extract, check every invariant, and return the voices."""
    found = extract_voices(article_id, text)
    for voice in found:
        assert 0 <= voice.start < voice.end <= len(text)
        assert text[voice.start : voice.end] == voice.quote
        assert voice.speaker and voice.kind in ("direct", "indirect", "partial")
    ids = [voice.voice_id for voice in found]
    assert len(ids) == len(set(ids)), ids
    _clear_memo_caches()
    assert extract_voices(article_id, text) == found  # deterministic, caches or not
    return found


def check_labels(quotes: list[str]) -> None:
    for record in load_default_predictor().predict_records(quotes):
        probabilities = list(record["probabilities"].values())
        assert all(math.isfinite(p) and 0.0 <= p <= 1.0 for p in probabilities)
        assert math.fsum(probabilities) == pytest.approx(1.0, abs=1e-9)
        assert math.isfinite(record["confidence"]) and record["stance"] in record["probabilities"]


# Sentences built from known parts: the words are plain (no cue verb, no capital, no filler),
# so each sentence has one voice whose speaker and quote are known.
WORDS = ["ferry", "harbour", "bridge", "market", "prices", "homes", "water", "sailed", "opened", "rose", "late", "cold",
         "busy", "new", "green", "the", "our", "every"]
SPEAKERS = ["Ana Silva", "Marisol Duarte", "Tiago Mendes", "Jacob Hui"]
plain_words = st.lists(st.sampled_from(WORDS), min_size=3, max_size=9).map(" ".join)


@st.composite
def known_sentence(draw) -> tuple[str, tuple[str, str, str]]:
    """(sentence, (speaker, kind, quote)) from one of five shapes."""
    words, speaker = draw(plain_words), draw(st.sampled_from(SPEAKERS))
    opening, closing = draw(st.sampled_from([("“", "”"), ('"', '"')]))
    cue = draw(st.sampled_from(["said", "added", "noted"]))
    shape = draw(st.integers(0, 4))
    if shape == 0:
        return f"{opening}{words},{closing} {cue} {speaker}.", (speaker, "direct", words)
    if shape == 1:
        return f"{opening}{words},{closing} {speaker} {cue}.", (speaker, "direct", words)
    if shape == 2:
        return f"{speaker} {cue}: {opening}{words}.{closing}", (speaker, "direct", f"{words}.")
    if shape == 3:
        return f"{speaker} {cue} that {words}.", (speaker, "indirect", words)
    return f"According to {speaker}, {words}.", (speaker, "indirect", words)


html_page = st.lists(st.one_of(st.sampled_from(HTML_PIECES), spaced, known_sentence().map(lambda built: built[0])),
                     max_size=60).map("".join)
markdown_page = st.lists(st.one_of(st.sampled_from(MARKDOWN_PIECES), spaced, known_sentence().map(lambda built: built[0])),
                         max_size=60).map("".join)


def _loaded(data: bytes, name: str) -> list:
    try:
        article, _ = article_from_bytes(data, name)
    except ArticleError:
        return []  # empty after cleaning, or binary: refused with a reason, which is allowed
    return check_voices(article.id, article.text)


@PROPERTIES
@given(html_page)
def test_any_html_loads_and_keeps_the_invariants(page):
    check_labels([voice.quote for voice in _loaded(page.encode("utf-8"), "page.html")])


@PROPERTIES
@given(markdown_page)
def test_any_markdown_loads_and_keeps_the_invariants(page):
    check_labels([voice.quote for voice in _loaded(page.encode("utf-8"), "note.md")])


@settings(PROPERTIES, max_examples=300)
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "a.md", "a.html", "a.csv", "a.tsv", "a.pdf"]))
def test_any_bytes_are_read_or_refused_with_a_reason(data, name):
    result = articles_from_bytes(data, name)
    for problem in result.problems:
        assert "\n" not in str(problem) and str(problem).startswith(("error: ", "warning: "))
    for article in result.articles:
        check_voices(article.id, article.text)


# Random text: pieces, and whole built sentences to be cut into by the pieces around them.
quote_heavy = st.lists(st.one_of(spaced, known_sentence().map(lambda built: built[0] + " ")), max_size=80).map("".join)


@PROPERTIES
@given(quote_heavy)
def test_any_text_keeps_the_invariants(text):
    check_labels([voice.quote for voice in check_voices("t", text)])


@PROPERTIES
@given(quote_heavy)
def test_any_cleaned_text_keeps_the_invariants(text):
    check_labels([voice.quote for voice in check_voices("t", clean_plain_text(text))])


@PROPERTIES
@given(st.lists(known_sentence(), min_size=1, max_size=6), st.lists(st.sampled_from([" ", "\n"]), min_size=6, max_size=6))
def test_sentences_built_from_parts_give_their_known_voices(sentences, breaks):
    text = "".join(sentence + gap for (sentence, _), gap in zip(sentences, breaks)).strip()
    found = check_voices("t", text)
    assert [(v.speaker, v.kind, v.quote) for v in found] == [expected for _, expected in sentences]
    check_labels([voice.quote for voice in found])


def test_according_to_with_content_does_not_claim_the_previous_sentence():
    text = "The ferry sailed late. According to Ana Silva, the harbour opened."
    assert [(v.speaker, v.kind, v.quote) for v in extract_voices("t", text)] == [
        ("Ana Silva", "indirect", "the harbour opened")]


# Copy that quotes with single marks only (‘…’): read as if it used double marks (single_quotes.py).
SINGLE_MARKS = ["‘", "’", "'"]
single_piece = st.one_of(st.sampled_from(SINGLE_MARKS), st.sampled_from(CUES), st.sampled_from(NAMES),
                         st.sampled_from(PUNCTUATION), st.text(alphabet=st.characters(blacklist_characters="“”\"«»„'"),
                                                               max_size=6))
single_marked = st.lists(st.one_of(
    st.tuples(single_piece, st.sampled_from([" ", " ", "", ", "])).map("".join),
    st.tuples(plain_words, st.sampled_from(SPEAKERS)).map(lambda built: f"‘{built[0]},’ {built[1]} said. ")),
    max_size=80).map("".join)


@PROPERTIES
@given(single_marked)
def test_any_single_marked_text_keeps_the_invariants(text):
    found = check_voices("t", text)
    assert all("“" not in voice.quote and "”" not in voice.quote for voice in found)  # the marks are turned back
    check_labels([voice.quote for voice in found])


@PROPERTIES
@given(st.lists(st.tuples(plain_words, st.sampled_from(SPEAKERS)), min_size=1, max_size=5))
def test_single_marked_quotes_give_their_known_voices(built):
    text = "\n".join(f"‘{words},’ {speaker} said." for words, speaker in built)
    assert [(v.speaker, v.kind, v.quote) for v in extract_voices("t", text)] == [
        (speaker, "direct", words) for words, speaker in built]
