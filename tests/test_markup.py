"""Safe highlighting of article text (dashboard.markup) and the explanation helpers the
Quotes page draws (stance.label.explain)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard import markup, views
from stance.label import explain
from stance.pipeline import analyze
from stance.records import STANCES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds():
    return analyze([SEEDS], label=False)



HOSTILE = 'Intro <script>alert(1)</script> said [x](javascript:alert(1)) and <img src=x onerror=alert(2)> $x$ :red[y] **b**'


def _unescape(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_escape_markdown_neutralises_markup():
    escaped = markup.escape_markdown(HOSTILE)
    assert "<" not in escaped.replace("\\<", "")
    assert ">" not in escaped.replace("\\>", "")
    assert "\\<script\\>" in escaped and "\\<img src\\=x onerror\\=alert\\(2\\)\\>" in escaped
    # Every ASCII punctuation character is backslash-escaped, so none can start markup.
    assert not re.search(r"(?<!\\)[!-/:-@\[-`{-~]", re.sub(r"\\.", "", escaped))
    assert _unescape(escaped) == HOSTILE, "escaping only adds backslashes"


def test_highlight_markdown_wraps_spans_and_escapes_article_text():
    text = "First line with " + HOSTILE + "\nSecond “quoted <b>bold</b>” end."
    quote_start = text.index("“")
    quote_end = text.index("”") + 1
    script = text.index("<script>")
    spans = [(script, script + len("<script>alert(1)</script>"), "skeptical"), (quote_start, quote_end, "welcoming")]
    blocks = markup.highlight_markdown(text, spans, {"welcoming": "green", "skeptical": "orange"})
    assert len(blocks) == 2, "one markdown paragraph per line"
    assert ":orange-background[\\<script\\>alert\\(1\\)\\<\\/script\\>]" in blocks[0]
    assert ":green-background[“quoted \\<b\\>bold\\<\\/b\\>”]" in blocks[1]
    # Outside the directives, nothing but escaped text: no raw tag, link or directive.
    outside = re.sub(r":(green|orange)-background\[(?:\\.|[^\]\\])*\]", "", "\n".join(blocks))
    assert not re.search(r"(?<!\\)[<>\[\]]", outside)
    assert _unescape(re.sub(r":(green|orange)-background\[((?:\\.|[^\]\\])*)\]", r"\2", blocks[0])) == \
        "First line with " + HOSTILE


def test_segments_cover_text_once():
    text = "abcdefghij"
    parts = markup.segments(text, [(2, 5, "a"), (4, 7, "b"), (9, 20, "c")])
    assert "".join(p for p, _ in parts) == text
    assert parts == [("ab", None), ("cde", "a"), ("fg", "b"), ("hi", None), ("j", "c")]


def test_context_window_is_the_paragraph(seeds):
    article = seeds.articles[0]
    voice = seeds.voices[1]
    before, quote, after = markup.context_window(article.text, voice.start, voice.end)
    assert quote == voice.quote
    assert "\n" not in before + after
    assert before.startswith("Jacob Hui, a translator")
    assert after.endswith("between users from the two nations.")
    short = markup.context_window("a " * 500 + "QUOTE" + " b" * 500, 1000, 1005, max_chars=50)
    assert short[0].startswith("…") and short[2].endswith("…") and len(short[0]) <= 52


def test_parse_top_features_and_probabilities():
    frame = explain.parse_top_features(("word:welcome +1.23", "lex:skeptical -0.50", "bias +0.10", "odd"))
    assert frame["feature"].tolist() == ["word:welcome", "lex:skeptical", "bias", "odd"]
    assert frame["contribution"].iloc[:3].tolist() == [1.23, -0.5, 0.1]
    probs = explain.probabilities({"p_welcoming": 0.7, "p_skeptical": 0.2, "p_political": 0.1})
    assert probs["probability"].sum() == pytest.approx(1.0)



def test_top_coefficients_on_a_small_model():
    from stance.label.model import train

    texts = ["welcome friends so happy", "welcome everyone glad", "happy to welcome you", "so glad you came",
             "this will not last", "a passing fad", "they will leave soon", "it is just a fad",
             "the ban is political", "congress passed the ban", "national security ban law", "ban by congress"] * 2
    labels = (["welcoming"] * 4 + ["skeptical"] * 4 + ["political"] * 4) * 2
    model = train(texts, labels).predictor()
    top = explain.top_coefficients(model, n=5)
    assert set(top["label"]) == set(model.classes) == set(STANCES[:3]) and set(top["group"]) <= {"n-gram", "lexicon"}
    assert (top["weight"] > 0).all()
    for label, words in (("welcoming", {"welcome", "glad", "happy"}), ("skeptical", {"fad", "last", "leave"}),
                         ("political", {"ban", "congress", "political"})):
        ngrams = top[(top["label"] == label) & (top["group"] == "n-gram")]
        assert {f.removeprefix("word:") for f in ngrams["feature"]} & words
        assert not {f.removeprefix("word:") for f in ngrams["feature"]} & {"ban", "fad", "welcome"} - words
        assert ngrams["weight"].is_monotonic_decreasing


@pytest.mark.parametrize("n, expected", [(0, "0 voices"), (1, "1 voice"), (31, "31 voices"), (100000, "100,000 voices")])
def test_count_noun(n, expected):
    assert views.count_noun(n, "voice") == expected


@pytest.mark.parametrize("text", ["see https://a.example/x now", "mail me@b.example today", "go to www.c.example",
                                  "ftp://d.example", "x.y+z@e.example"])
def test_urls_and_emails_cannot_become_links(text):
    escaped = markup.escape_markdown(text)
    plain = escaped.replace(markup.WORD_JOINER, "")
    assert re.sub(r"\\(.)", r"\1", plain) == text, "only invisible characters are added"
    unescaped = escaped.replace("\\", "")
    assert not re.search(r"[A-Za-z0-9]://", unescaped) and not re.search(r"\w@", unescaped) \
        and not re.search(r"\bwww\.", unescaped), "no scheme, address or www. left for the autolinker"
