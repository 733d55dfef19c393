"""The Quotes page explains the selected voice in words a journalist can read: the library's
plain_explanation, and the quote with its lexicon terms highlighted (escaped like all article
text). Expected text comes from the library over the same seed records."""

from __future__ import annotations

from tests.test_dashboard import data_dir, open_app, seed_records  # noqa: F401

from dashboard import charts, markup
from stance.label import explain
from stance.label.predictor import load_default_predictor

CUED = "000_5b79b17ca2084ee7:2139-2238"  # a seed voice with three lexicon terms (two skeptical, one welcoming)
UNCUED = "001_7a73af3c4a7362f0:1572-1626"  # a seed voice with no lexicon term


def voice(records, voice_id: str) -> dict:
    return records[records["voice_id"] == voice_id].iloc[0].to_dict()


def test_the_selected_voice_is_explained_in_words_with_its_cues_highlighted(data_dir, seed_records):
    model = load_default_predictor()
    row = voice(seed_records, CUED)
    spans = explain.cue_spans(row["quote"], model)
    assert [label for _, _, label in spans] == ["skeptical", "skeptical", "welcoming"]
    at = open_app("quotes", voice=CUED)
    texts = [m.value for m in at.markdown]
    why = explain.plain_explanation(row["stance"], list(row["top_features"]), model)
    assert why.startswith(f"pushed toward {row['stance']} by: ")
    assert f"**Why:** {markup.escape_markdown(why)}" in texts
    quoted = [t for t in texts if t.startswith("> ")]
    assert quoted == ["> " + b for b in markup.highlight_markdown(row["quote"], spans, charts.STANCE_MARKDOWN_COLORS)]
    for start, end, label in spans:
        term = markup.escape_markdown(row["quote"][start:end])
        assert f":{charts.STANCE_MARKDOWN_COLORS[label]}-background[{term}]" in quoted[0]
    assert any("3 lexicon terms in the quote" in c.value for c in at.caption)


def test_a_voice_without_cues_says_so(data_dir, seed_records):
    row = voice(seed_records, UNCUED)
    assert explain.cue_spans(row["quote"]) == []
    at = open_app("quotes", voice=UNCUED)
    assert not [m.value for m in at.markdown if m.value.startswith("> ")]
    assert any("No lexicon term in the quote" in c.value for c in at.caption)
    assert any(m.value.startswith("**Why:** pushed toward") for m in at.markdown)


def test_cue_highlights_escape_the_quote():
    quote = "It is [a fad](http://x.example) <b>won't last</b> *really*"
    start = quote.index("a fad")
    blocks = markup.highlight_markdown(quote, [(start, start + 5, "skeptical")], charts.STANCE_MARKDOWN_COLORS)
    assert blocks == [r"It is \[:orange-background[a fad]\]\(http\:\/\/x\.example\) \<b\>won\'t last\<\/b\> \*really\*"
                      .replace("http\\:", "http\u2060\\:")]
