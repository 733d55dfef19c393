"""Filtering, reviewed labels, aggregations, safe highlighting and the CSV export (dashboard.views).

The records are the seeds' voices (extraction only, so the counts do not depend on the model),
with stance, confidence and themes assigned by position so every expected count is known.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard import markup, views
from stance.label import explain
from stance.export import CSV_ENCODING
from stance.pipeline import analyze
from stance.records import COLUMNS, STANCES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A000, A001, A002, A003, A004 = ("000_5b79b17ca2084ee7", "001_7a73af3c4a7362f0", "002_12c4f8c965c41066",
                                "003_c29ad7b9f8a33f1f", "004_3d710627265ca949")


@pytest.fixture(scope="module")
def seeds():
    return analyze([SEEDS], label=False)


@pytest.fixture
def records(seeds):
    frame = seeds.frame()
    n = len(frame)
    assert n == 31
    frame["stance"] = [STANCES[i % 3] for i in range(n)]  # welcoming 11, skeptical 10, political 10
    frame["confidence"] = [i / 30 for i in range(n)]  # >= 0.5 for i >= 15: 16 voices
    frame["themes"] = [("politics_ban",) if i % 4 == 0 else ("politics_ban", "data_privacy") if i % 4 == 1 else ()
                       for i in range(n)]  # politics_ban 16, data_privacy 8, none 15
    return views.apply_corrections(frame, [])


def count(records, **filters) -> int:
    return len(views.filter_records(records, views.Filters(**filters)))


def test_no_filter_keeps_everything(records):
    assert count(records) == 31
    assert views.Filters().is_empty


@pytest.mark.parametrize("articles, expected", [
    ((A002,), 11), ((A000, A001), 13), ((A004,), 7), ((A003,), 0), (("no-such-article",), 0)])
def test_article_filter(records, articles, expected):
    assert count(records, articles=articles) == expected


@pytest.mark.parametrize("speakers, expected", [
    (("Ivy Yang",), 2), (("TikTok", "Jacob Hui"), 4), (("one Chinese user",), 2), (("Nobody",), 0)])
def test_speaker_filter(records, speakers, expected):
    assert count(records, speakers=speakers) == expected


@pytest.mark.parametrize("kinds, expected", [
    (("direct",), 14), (("indirect",), 15), (("partial",), 2), (("direct", "partial"), 16)])
def test_kind_filter(records, kinds, expected):
    assert count(records, kinds=kinds) == expected


@pytest.mark.parametrize("stances, expected", [
    (("welcoming",), 11), (("skeptical",), 10), (("political",), 10), (("skeptical", "political"), 20)])
def test_stance_filter(records, stances, expected):
    assert count(records, stances=stances) == expected


@pytest.mark.parametrize("themes, expected", [
    (("politics_ban",), 16), (("data_privacy",), 8), ((views.NO_THEME,), 15),
    (("data_privacy", views.NO_THEME), 23), (("food_daily_life",), 0)])
def test_theme_filter(records, themes, expected):
    assert count(records, themes=themes) == expected


@pytest.mark.parametrize("confidence, expected", [((0.5, 1.0), 16), ((0.0, 0.1), 4), ((0.2, 0.3), 4), ((0.0, 1.0), 31)])
def test_confidence_filter(records, confidence, expected):
    assert count(records, confidence=confidence) == expected


def test_filters_combine_with_and(records):
    both = views.filter_records(records, views.Filters(articles=(A002,), kinds=("direct",)))
    assert len(both) == 5
    assert set(both["article"]) == {A002} and set(both["kind"]) == {"direct"}
    assert count(records, articles=(A002,), kinds=("direct",), stances=("skeptical",)) == \
        int(((records["article"] == A002) & (records["kind"] == "direct") & (records["stance"] == "skeptical")).sum())


def test_filters_query_round_trip():
    filters = views.Filters(articles=(A000,), speakers=("Ivy Yang", "a, b"), stances=("political",),
                            themes=("politics_ban",), kinds=("direct",), confidence=(0.25, 0.9))
    query = filters.to_query()
    assert query["stance"] == ["political"] and query["conf_min"] == ["0.25"] and query["conf_max"] == ["0.90"]
    assert views.Filters.from_query(query) == filters
    assert views.Filters().to_query() == {}
    assert views.Filters.from_query({"stance": "skeptical"}).stances == ("skeptical",)
    odd = views.Filters.from_query({"conf_min": ["abc"], "conf_max": ["nan"], "kind": ["direct", "direct"]})
    assert odd.confidence == (0.0, 1.0) and odd.kinds == ("direct",)
    assert views.Filters.from_query({"conf_min": "0.9", "conf_max": "0.1"}).confidence == (0.1, 0.9)
    assert views.Filters(speakers=("Gone", "Ivy Yang")).restricted_to({"speakers": ["Ivy Yang"]}).speakers == ("Ivy Yang",)


def test_filter_options(records):
    options = views.filter_options(records)
    assert options["articles"] == [A000, A001, A002, A004]
    assert options["speakers"][0] in {"Jacob Hui", "Ivy Yang", "TikTok", "one Chinese user", "Brian Atabansi", "one creator"}
    assert options["stances"] == list(STANCES)
    assert options["themes"] == ["data_privacy", "politics_ban", views.NO_THEME]
    assert options["kinds"] == ["direct", "indirect", "partial"]


def test_apply_corrections_override_wins_and_keeps_model_label(records):
    first, second = records["voice_id"].iloc[0], records["voice_id"].iloc[1]
    assert records["stance"].iloc[0] == "welcoming"
    fixed = views.apply_corrections(records[list(COLUMNS)], [
        {"voice_id": first, "reviewed_stance": "political", "reviewed_speaker": "", "note": "about the ban",
         "reviewed_at": "2025-01-20T10:00:00+00:00"},
        {"voice_id": second, "reviewed_stance": "skeptical", "reviewed_speaker": "Jacob H. Hui", "note": "",
         "reviewed_at": "2025-01-20T10:01:00+00:00"},
        {"voice_id": "gone:1-2", "reviewed_stance": "skeptical", "reviewed_speaker": "", "note": "",
         "reviewed_at": "2025-01-20T10:02:00+00:00"},
    ])
    assert len(fixed) == 31
    row = fixed.iloc[0]
    assert (row["stance"], row["reviewed_stance"], row["final_stance"]) == ("welcoming", "political", "political")
    assert row["review_note"] == "about the ban" and row["reviewed_at"].startswith("2025-01-20T10:00")
    assert (fixed.iloc[1]["speaker"], fixed.iloc[1]["final_speaker"]) == ("Jacob Hui", "Jacob H. Hui")
    untouched = fixed.iloc[2:]
    assert (untouched["final_stance"] == untouched["stance"]).all()
    assert (untouched["reviewed_stance"] == "").all() and (untouched["reviewed_at"] == "").all()
    # The override wins in filters and counts; the original records are unchanged.
    assert count(fixed, stances=("political",)) == 11
    assert count(fixed, speakers=("Jacob H. Hui",)) == 1 and count(fixed, speakers=("Jacob Hui",)) == 1
    assert views.stance_split(fixed) == {"welcoming": 10, "skeptical": 10, "political": 11, "none": 0}
    assert views.headline(fixed)["reviewed"] == 2
    assert "final_stance" not in records.columns or (records["final_stance"] == records["stance"]).all()


def test_corrections_from_a_dataframe_last_wins(records):
    vid = records["voice_id"].iloc[3]
    table = pd.DataFrame([{"voice_id": vid, "reviewed_stance": "political"},
                          {"voice_id": vid, "reviewed_stance": "welcoming"}])
    assert views.apply_corrections(records, table).iloc[3]["final_stance"] == "welcoming"


def test_stance_by_counts(records):
    by_article = views.stance_by(records, "article")
    assert list(by_article.columns) == ["article", "stance", "count"]
    assert by_article["count"].sum() == 31
    assert by_article.groupby("article")["count"].sum().to_dict() == {A000: 6, A001: 7, A002: 11, A004: 7}
    assert by_article["article"].iloc[0] == A002, "largest group first"
    by_theme = views.stance_by(records, "themes").groupby("themes")["count"].sum().to_dict()
    assert by_theme == {"politics_ban": 16, "data_privacy": 8, views.NO_THEME: 15}
    top = views.stance_by(records, "speaker", top=3)
    assert top["speaker"].nunique() == 3 and top.groupby("speaker")["count"].sum().min() == 2


def test_headline(records):
    figures = views.headline(records)
    assert figures == {"articles": 4, "voices": 31, "speakers": 25,
                       "stances": {"welcoming": 11, "skeptical": 10, "political": 10, "none": 0}, "reviewed": 0}


def test_sentiment_summary(records):
    records = records.assign(sentiment=[(i - 15) / 15 for i in range(31)])
    summary = views.sentiment_summary(records).set_index("stance")
    assert summary.loc["welcoming", "n"] == 11 and summary["n"].sum() == 31
    assert (summary["q1"] <= summary["median"]).all() and (summary["median"] <= summary["q3"]).all()


def _parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    return list(csv.reader(io.StringIO(data.decode(CSV_ENCODING), newline="")))


def test_export_csv_of_filtered_records(records):
    vid = records["voice_id"].iloc[0]
    fixed = views.apply_corrections(records, [{"voice_id": vid, "reviewed_stance": "skeptical",
                                               "reviewed_at": "2025-01-20T10:00:00+00:00"}])
    filtered = views.filter_records(fixed, views.Filters(articles=(A000,)))
    rows = _parse(views.export_csv(filtered))
    header, body = rows[0], rows[1:]
    assert tuple(header) == views.EXPORT_COLUMNS
    assert header[: len(COLUMNS)] == list(COLUMNS)
    assert len(body) == 6
    by_id = {r[0]: dict(zip(header, r)) for r in body}
    first = by_id[vid]
    assert (first["stance"], first["reviewed_stance"], first["final_stance"]) == ("welcoming", "skeptical", "skeptical")
    assert first["reviewed_at"] == "2025-01-20T10:00:00+00:00"
    other = next(r for k, r in by_id.items() if k != vid)
    assert other["reviewed_stance"] == other["reviewed_speaker"] == other["reviewed_at"] == ""
    assert other["final_stance"] == other["stance"]


# A cell that is just a number ("-2", "-0.55") is not a formula and stays a number (stance.export);
# anything else starting with = + - @ or a tab is prefixed.
@pytest.mark.parametrize("quote", ["=1+1", "@SUM(A1:A9)", "-2+3", "-2 points", "+x", "\tx"])
def test_export_neutralises_formula_cells(records, quote):
    frame = records.copy()
    frame["quote"] = [quote] + list(frame["quote"].iloc[1:])
    frame["speaker_role"] = ["=HYPERLINK(\"http://x\")"] * len(frame)
    body = _parse(views.export_csv(views.apply_corrections(frame, [])))
    header = body[0]
    cell = body[1][header.index("quote")]
    assert cell == "'" + quote
    assert body[1][header.index("speaker_role")].startswith("'=")
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for row in body[1:] for c in row)
    assert body[1][header.index("sentiment")] == f"{frame['sentiment'].iloc[0]:.4f}", "numbers stay numbers"


# --- safe highlighting --------------------------------------------------------------------

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
    probs = explain.probabilities({"p_welcoming": 0.6, "p_skeptical": 0.2, "p_political": 0.1, "p_none": 0.1})
    assert probs.values.tolist() == [["welcoming", 0.6], ["skeptical", 0.2], ["political", 0.1], ["none", 0.1]]
    # A row from a model without `none` (an older export) shows it at 0.
    older = explain.probabilities({"p_welcoming": 0.7, "p_skeptical": 0.2, "p_political": 0.1})
    assert older["probability"].tolist() == [0.7, 0.2, 0.1, 0.0]


def test_quotes_table_uses_labels_and_final_columns(records):
    fixed = views.apply_corrections(records, [{"voice_id": records["voice_id"].iloc[0], "reviewed_stance": "political",
                                               "reviewed_speaker": "J. Hui"}])
    table = views.quotes_table(fixed, {A000: "Hangzhou story"})
    assert list(table.columns) == list(views.QUOTES_TABLE_COLUMNS)
    assert table["article"].iloc[0] == "Hangzhou story" and table["article"].iloc[6] == A001
    assert (table["speaker"].iloc[0], table["stance"].iloc[0], bool(table["reviewed"].iloc[0])) == ("J. Hui", "political", True)
    assert not table["reviewed"].iloc[1:].any()


def test_top_coefficients_on_a_small_model():
    from stance.label.model import train

    texts = ["welcome friends so happy", "welcome everyone glad", "happy to welcome you", "so glad you came",
             "this will not last", "a passing fad", "they will leave soon", "it is just a fad",
             "the ban is political", "congress passed the ban", "national security ban law", "ban by congress"] * 2
    labels = (["welcoming"] * 4 + ["skeptical"] * 4 + ["political"] * 4) * 2
    model = train(texts, labels).predictor()
    top = explain.top_coefficients(model, n=5)
    # The labels of the model, not of the project: this one was trained without `none`.
    assert set(top["label"]) == set(model.classes) == set(STANCES) - {"none"}
    assert set(top["group"]) <= {"n-gram", "lexicon"}
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
