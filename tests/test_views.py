"""The dashboard's data layer: filters as SQL, reviews applied in DuckDB, the chart queries, the
CSV export, and the dataset layout (dashboard.views, dashboard.data, dashboard.queries).

The records are the seeds' voices (extraction only, so the counts do not depend on the model),
with stance, confidence, themes and dates assigned by position so every expected count is known.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyarrow as pa
import pytest

from dashboard import charts, queries, views
from dashboard.data import Slice, VoiceDB
from dashboard.dataset import is_dataset, voices_schema, write_dataset
from stance.export import CSV_ENCODING, EXPORT_COLUMNS
from stance.pipeline import analyze
from stance.records import COLUMNS, STANCES
from tests.seed_facts import SEED_VOICES

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A000, A001, A002, A003, A004 = ("000_5b79b17ca2084ee7", "001_7a73af3c4a7362f0", "002_12c4f8c965c41066",
                                "003_c29ad7b9f8a33f1f", "004_3d710627265ca949")
DATES = {A000: "2025-01-13", A001: "2025-01-15", A002: "2025-01-21", A004: ""}  # 6, 7, 11 dated; 7 undated


def seed_rows() -> list[dict]:
    rows = [v.to_row() for v in analyze([SEEDS], label=False).voices]
    assert len(rows) == SEED_VOICES
    for i, row in enumerate(rows):
        row["stance"] = STANCES[i % 3]  # welcoming 11, skeptical 10, political 10
        row["confidence"] = i / 30  # >= 0.5 for i >= 15: 16 voices
        row["themes"] = ["politics_ban"] if i % 4 == 0 else ["politics_ban", "data_privacy"] if i % 4 == 1 else []
        row["date"] = DATES[row["article"]]
        row["source"] = "BBC/CNN" if row["article"] == A001 else "Daily Example" if row["article"] == A002 else ""
        row["quote"] = row["quote"] + (" 50% off_sale" if i == 5 else "")
    return rows


@pytest.fixture(scope="module")
def rows():
    return seed_rows()


@pytest.fixture
def db(rows):
    voices = VoiceDB.from_arrow(pa.Table.from_pylist(rows, schema=voices_schema()))
    voices.apply_reviews(0, [], [])
    return voices


def sliced(db: VoiceDB, **filters) -> Slice:
    return Slice(db, db.cursor(), views.Filters(**filters), {})


def count(db: VoiceDB, **filters) -> int:
    return queries.headline(sliced(db, **filters))["voices"]


def test_no_filter_keeps_everything(db):
    assert count(db) == SEED_VOICES and views.Filters().is_empty
    assert views.where_clause(views.Filters()) == ("true", [])


@pytest.mark.parametrize("filters, expected", [
    ({"articles": (A002,)}, 11), ({"articles": (A000, A001)}, 13), ({"articles": (A003,)}, 0),
    ({"speakers": ("Ivy Yang",)}, 2), ({"speakers": ("TikTok", "Jacob Hui")}, 4), ({"speakers": ("Nobody",)}, 0),
    ({"kinds": ("direct",)}, 14), ({"kinds": ("indirect",)}, 15), ({"kinds": ("direct", "partial")}, 16),
    ({"stances": ("welcoming",)}, 11), ({"stances": ("skeptical", "political")}, 20),
    ({"themes": ("politics_ban",)}, 16), ({"themes": ("data_privacy",)}, 8), ({"themes": (views.NO_THEME,)}, 15),
    ({"themes": ("data_privacy", views.NO_THEME)}, 23), ({"themes": ("food_daily_life",)}, 0),
    ({"confidence": (0.5, 1.0)}, 16), ({"confidence": (0.0, 0.1)}, 4), ({"confidence": (0.2, 0.3)}, 4),
    ({"outlets": ("BBC/CNN",)}, 7), ({"outlets": ("BBC/CNN", "Daily Example")}, 18), ({"outlets": ("Nowhere",)}, 0),
    ({"date_from": "2025-01-14"}, 18), ({"date_to": "2025-01-15"}, 13), ({"date_from": "2025-01-14", "date_to": "2025-01-20"}, 7),
    ({"date_from": "2030-01-01"}, 0),
    ({"search": "50%"}, 1), ({"search": "off_sale"}, 1), ({"search": "OFF"}, 1), ({"search": "zzzz"}, 0),
    ({"named_only": True}, 15),
])
def test_each_filter_has_its_known_count(db, filters, expected):
    assert count(db, **filters) == expected


def test_search_is_literal_and_every_word_must_occur(db, rows):
    # '%' and '_' are not wildcards: "5_%" matches nothing although "50%" is there.
    assert count(db, search="5_%") == 0 and count(db, search="0%") == sum("0%" in r["quote"] for r in rows) >= 1
    word = rows[0]["quote"].split()[0]
    both = sum(word.lower() in r["quote"].lower() and "the" in r["quote"].lower() for r in rows)
    assert count(db, search=f"{word} the") == both


def test_named_speakers_are_names_not_descriptions(db):
    named = set(queries.stance_by(sliced(db, named_only=True), "speaker")["key"])
    assert {"Ivy Yang", "Jacob Hui", "CNN", "TikTok"} <= named
    assert not {"one Chinese user", "some", "sources", "observers"} & named


def test_filters_combine_with_and(db, rows):
    expected = sum(r["article"] == A002 and r["kind"] == "direct" and r["stance"] == "skeptical" for r in rows)
    assert count(db, articles=(A002,), kinds=("direct",), stances=("skeptical",)) == expected
    assert count(db, articles=(A002,), kinds=("direct",)) == 5


def test_filters_query_round_trip():
    filters = views.Filters(articles=(A000,), speakers=("Ivy Yang", "a, b"), stances=("political",),
                            themes=("politics_ban",), kinds=("direct",), outlets=("BBC",), confidence=(0.25, 0.9),
                            date_from="2025-01-01", date_to="2025-02-01", search="ban it", named_only=True)
    query = filters.to_query()
    assert query["stance"] == ["political"] and query["conf_min"] == ["0.25"] and query["conf_max"] == ["0.90"]
    assert query["from"] == ["2025-01-01"] and query["q"] == ["ban it"] and query["named"] == ["1"]
    assert views.parse_query(query) == (filters, [])
    assert views.Filters().to_query() == {}


@pytest.mark.parametrize("params, field, value, notice", [
    ({"conf_min": "abc"}, "confidence", (0.0, 1.0), "conf_min='abc'"),
    ({"conf_max": "nan"}, "confidence", (0.0, 1.0), "conf_max='nan'"),
    ({"conf_min": "7"}, "confidence", (0.0, 1.0), "from 0 to 1"),
    ({"from": "2025-13-01"}, "date_from", "", "not a date"),
    ({"to": "yesterday"}, "date_to", "", "not a date"),
    ({"stance": ["political", "angry"]}, "stances", ("political",), "Unknown stance 'angry'"),
    ({"kind": "shouted"}, "kinds", (), "Unknown kind 'shouted'"),
])
def test_bad_link_values_are_named_in_a_notice(params, field, value, notice):
    filters, notices = views.parse_query(params)
    assert getattr(filters, field) == value
    assert len(notices) == 1 and notice in notices[0]


def test_good_link_values_give_no_notice():
    filters, notices = views.parse_query({"conf_min": "0.9", "conf_max": "0.1", "from": "2025-02-01", "to": "2025-01-01",
                                          "kind": ["direct", "direct"]})
    assert notices == []
    assert filters.confidence == (0.1, 0.9) and filters.kinds == ("direct",)
    assert (filters.date_from, filters.date_to) == ("2025-01-01", "2025-02-01"), "a reversed range is put in order"


def test_missing_values_are_found_over_all_voices(db):
    filters = views.Filters(speakers=("Ivy Yang", "Gone Person"), articles=(A000,), outlets=("Nowhere",),
                            themes=("politics_ban", "no_such_theme"))
    assert queries.missing_values(db, db.cursor(), filters) == {
        "speakers": ["Gone Person"], "outlets": ["Nowhere"], "themes": ["no_such_theme"]}
    assert queries.missing_values(db, db.cursor(), views.Filters(speakers=("Ivy Yang",))) == {}


def test_options(db):
    options = queries.options(db)
    assert options["articles"] == [A002, A001, A004, A000], "most voices first"
    assert options["speakers"][0] in {"Jacob Hui", "Ivy Yang", "TikTok", "one Chinese user", "one creator", "Brian Atabansi"}
    assert options["stances"] == list(STANCES)
    assert options["themes"] == ["data_privacy", "politics_ban", views.NO_THEME]
    assert options["kinds"] == ["direct", "indirect", "partial"]
    assert options["outlets"] == ["Daily Example", "BBC/CNN"]


def review(voice_id: str, stance: str = "", speaker: str = "", at: str = "2025-01-20T10:00:00+00:00") -> dict:
    return {"voice_id": voice_id, "reviewed_stance": stance, "reviewed_speaker": speaker, "note": "n", "reviewed_at": at}


def test_reviews_win_and_keep_the_model_label(db, rows):
    first, second = rows[0]["voice_id"], rows[1]["voice_id"]
    db.apply_reviews(1, [review(first, "political"), review(second, "skeptical", "Jacob H. Hui"),
                         review("gone:1-2", "skeptical")], [])
    assert count(db, stances=("political",)) == 11
    assert count(db, speakers=("Jacob H. Hui",)) == 1 and count(db, speakers=("Jacob Hui",)) == 1
    figures = queries.headline(sliced(db))
    assert figures["stances"] == {"welcoming": 10, "skeptical": 10, "political": 11, "none": 0} and figures["reviewed"] == 2
    exported = {r["voice_id"]: r for r in sliced(db).export_rows()}
    mine = exported[first]
    assert (mine["stance"], mine["reviewed_stance"], mine["final_stance"]) == ("welcoming", "political", "political")
    assert exported[rows[2]["voice_id"]]["reviewed_stance"] == "" and exported[rows[2]["voice_id"]]["final_stance"] == "political"
    # Reverting (the review gone from the store) brings the model's label back.
    db.apply_reviews(2, [review(second, "skeptical", "Jacob H. Hui")], [])
    assert count(db, stances=("political",)) == 10 and queries.headline(sliced(db))["reviewed"] == 1


def test_a_speaker_only_correction_is_not_a_stance_review(db, rows):
    vid = rows[3]["voice_id"]
    db.apply_reviews(1, [review(vid, "", "Someone Else")], [])
    figures = queries.headline(sliced(db))
    assert figures["reviewed"] == 0
    assert figures["stances"] == {"welcoming": 11, "skeptical": 10, "political": 10, "none": 0}
    row = next(r for r in sliced(db).export_rows() if r["voice_id"] == vid)
    assert (row["reviewed_stance"], row["final_stance"], row["final_speaker"]) == ("", rows[3]["stance"], "Someone Else")


def test_none_voices_are_shown_and_counted_but_left_out_of_shares(db, rows):
    # Rows 0, 3, 6, 9 are welcoming (i % 3 == 0); reviewed as 'none' they take no stance.
    db.apply_reviews(1, [review(rows[i]["voice_id"], "none") for i in (0, 3, 6, 9)], [])
    figures = queries.headline(sliced(db))
    assert figures["voices"] == SEED_VOICES and figures["stances"] == {"welcoming": 7, "skeptical": 10, "political": 10, "none": 4}
    assert views.shares(figures["stances"], include_none=False)["welcoming"] == 7 / 27
    assert views.shares(figures["stances"], include_none=True)["none"] == 4 / SEED_VOICES
    assert count(db, stances=("none",)) == 4 and len(sliced(db).export_rows()) == SEED_VOICES
    assert count(db, include_none=True) == count(db) == SEED_VOICES, "the shares option filters no row"
    assert sliced(db, include_none=True).everything
    by_day = queries.over_time(sliced(db), "day")
    assert by_day[by_day["stance"] == "none"]["count"].tolist() == [2, 2], "rows 0, 3 (13 Jan) and 6, 9 (15 Jan)"
    day = by_day[by_day["period"] == by_day["period"].min()]
    assert day.set_index("stance")["count"].to_dict() == {"none": 2, "skeptical": 2, "political": 2}
    left_out = charts.share_rows(day, ["period"], include_none=False).set_index("stance")["count"].to_dict()
    assert left_out == {"skeptical": 0.5, "political": 0.5}
    counted = charts.share_rows(day, ["period"], include_none=True).set_index("stance")["count"].to_dict()
    assert counted == pytest.approx({"none": 1 / 3, "skeptical": 1 / 3, "political": 1 / 3})


def test_corrected_metadata_moves_an_article_in_time_and_outlet(db):
    db.apply_reviews(1, [], [{"article": A004, "title": "Fourth story", "source": "BBC/CNN", "date": "2025-01-16", "url": ""}])
    assert count(db, outlets=("BBC/CNN",)) == 14 and count(db, date_from="2025-01-16", date_to="2025-01-16") == 7
    assert queries.undated(sliced(db)) == (0, 0, [])
    assert queries.labels_for(db, db.cursor(), [A004]) == {A004: "Fourth story"}
    db.apply_reviews(2, [], [])  # the correction is gone: back to the file's metadata
    assert count(db, outlets=("BBC/CNN",)) == 7 and queries.undated(sliced(db)) == (1, 7, [A004])


def test_stance_by_counts(db):
    by_article = queries.stance_by(sliced(db), "article")
    assert list(by_article.columns) == ["key", "label", "stance", "count"]
    assert by_article.groupby("key")["count"].sum().to_dict() == {A000: 6, A001: 7, A002: 11, A004: 7}
    assert by_article["key"].iloc[0] == A002, "largest group first"
    by_outlet = queries.stance_by(sliced(db), "outlet").groupby("label")["count"].sum().to_dict()
    assert by_outlet == {"Daily Example": 11, "BBC/CNN": 7, "(no outlet)": 13}
    by_theme = queries.stance_by_theme(sliced(db)).groupby("theme")["count"].sum().to_dict()
    assert by_theme == {"politics_ban": 16, "data_privacy": 8, views.NO_THEME: 15}
    top = queries.stance_by(sliced(db), "speaker", top=3)
    assert top["key"].nunique() == 3 and top.groupby("key")["count"].sum().min() == 2


def test_headline_and_unfiltered_results_are_cached_per_version(db):
    assert queries.headline(sliced(db)) == {"articles": 4, "voices": SEED_VOICES, "speakers": 25, "reviewed": 0,
                                            "stances": {"welcoming": 11, "skeptical": 10, "political": 10, "none": 0}}
    cached = len(db._cache)
    queries.headline(sliced(db))
    assert len(db._cache) == cached, "asked again: served from the cache"
    db.apply_reviews(5, [review("x:1-2", "political")], [])
    assert db._cache == {}, "a new reviews version empties it"


def test_over_time_and_undated(db):
    s = sliced(db)
    assert queries.date_span(s) == (__import__("datetime").date(2025, 1, 13), __import__("datetime").date(2025, 1, 21))
    assert queries.time_unit(queries.date_span(s)) == "day"
    weeks = queries.over_time(s, "week").groupby("period")["count"].sum()
    assert [str(p)[:10] for p in weeks.index] == ["2025-01-13", "2025-01-20"] and weeks.tolist() == [13, 11]
    split = queries.over_time(s, "week", split="outlet").groupby("group")["count"].sum().to_dict()
    assert split == {"BBC/CNN": 7, "Daily Example": 11, "(no outlet)": 6}
    assert queries.undated(s) == (1, 7, [A004]), "undated articles are counted and named"
    assert queries.date_span(sliced(db, articles=(A004,))) is None


@pytest.mark.parametrize("days, unit", [(0, "day"), (62, "day"), (63, "week"), (550, "week"), (551, "month")])
def test_time_unit_follows_the_span(days, unit):
    from datetime import date, timedelta

    assert queries.time_unit((date(2025, 1, 1), date(2025, 1, 1) + timedelta(days=days))) == unit


def test_sentiment_summary(db, rows):
    s = sliced(db)
    summary = queries.sentiment_summary(s).set_index("stance")
    assert summary.loc["welcoming", "n"] == 11 and summary["n"].sum() == SEED_VOICES
    assert (summary["q1"] <= summary["median"]).all() and (summary["median"] <= summary["q3"]).all()
    assert queries.sentiment_points(s, 31) is not None and queries.sentiment_points(s, 30) is None


def test_sentiment_box_has_its_known_quartiles_and_whiskers(rows):
    picked = [dict(r, stance="welcoming", sentiment=v) for r, v in zip(rows, (-1.0, 0.0, 0.1, 0.2, 0.3, 0.9))]
    picked += [dict(r, stance="skeptical", sentiment=None) for r in rows[6:8]]  # no sentiment: no box
    small = VoiceDB.from_arrow(pa.Table.from_pylist(picked, schema=voices_schema()))
    small.apply_reviews(0, [], [])
    box = queries.sentiment_summary(sliced(small)).set_index("stance")
    assert list(box.index) == ["welcoming"]
    # quantile_cont over 6 values: positions 1.25, 2.5, 3.75; IQR 0.25, so whiskers within [-0.35, 0.65].
    expected = {"n": 6, "q1": 0.025, "median": 0.15, "q3": 0.275, "lowerfence": 0.0, "upperfence": 0.3,
                "mean": 0.5 / 6}
    assert {k: box.loc["welcoming", k] for k in expected} == pytest.approx(expected)
    assert queries.sentiment_summary(sliced(small, speakers=("Nobody At All",))).empty


def test_none_voices_pass_every_filter_and_the_shares_option_narrows_nothing():
    assert views.where_clause(views.Filters()) == ("true", [])
    assert views.where_clause(views.Filters(include_none=True)) == ("true", [])
    assert views.Filters(include_none=True).is_empty
    assert views.Filters(include_none=True, kinds=("direct",)).rows_key() == views.Filters(kinds=("direct",))
    assert views.Filters.from_query({"none": "1"}).include_none
    assert views.Filters(include_none=True).to_query() == {"none": ["1"]}


def test_shares_leave_none_out_unless_asked():
    split = {"welcoming": 3, "skeptical": 1, "political": 0, "none": 4}
    assert views.shares(split, include_none=False) == {"welcoming": 0.75, "skeptical": 0.25, "political": 0.0,
                                                        "none": None}
    assert views.shares(split, include_none=True) == {"welcoming": 0.375, "skeptical": 0.125, "political": 0.0,
                                                       "none": 0.5}
    only_none = {"welcoming": 0, "none": 2}
    assert views.shares(only_none, include_none=False) == {"welcoming": None, "none": None}, "no base, no share"
    assert views.shares({}, include_none=False) == {}


def test_none_note_says_how_many_are_left_out():
    assert views.none_note(4, include_none=False).startswith("4 voices with no stance are left out of the shares")
    assert views.none_note(1, include_none=False).startswith("1 voice with no stance is left out")
    assert "included in the shares" in views.none_note(4, include_none=True)
    assert views.none_note(0, include_none=False) == ""


def _parse(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM"
    return list(csv.reader(io.StringIO(data.decode(CSV_ENCODING), newline="")))


def test_export_csv_of_filtered_records(db, rows):
    db.apply_reviews(1, [review(rows[0]["voice_id"], "skeptical")], [])
    body = _parse(views.export_csv(sliced(db, articles=(A000,)).export_rows()))
    header, data = body[0], body[1:]
    assert tuple(header) == EXPORT_COLUMNS and header[: len(COLUMNS)] == list(COLUMNS)
    assert len(data) == 6
    by_id = {r[0]: dict(zip(header, r)) for r in data}
    first = by_id[rows[0]["voice_id"]]
    assert (first["stance"], first["reviewed_stance"], first["final_stance"]) == ("welcoming", "skeptical", "skeptical")
    assert first["date"] == "2025-01-13" and first["themes"] == "politics_ban"
    other = by_id[rows[1]["voice_id"]]
    assert other["reviewed_stance"] == other["reviewed_at"] == "" and other["final_stance"] == other["stance"]


@pytest.mark.parametrize("quote", ["=1+1", "@SUM(A1:A9)", "-2+3", "-2 points", "+x", "\tx"])
def test_export_neutralises_formula_cells(rows, quote):
    changed = [dict(r) for r in rows]
    changed[0]["quote"] = quote
    for r in changed:
        r["speaker_role"] = '=HYPERLINK("http://x")'
    voices = VoiceDB.from_arrow(pa.Table.from_pylist(changed, schema=voices_schema()))
    voices.apply_reviews(0, [], [])
    body = _parse(views.export_csv(sliced(voices).export_rows()))
    header = body[0]
    assert body[1][header.index("quote")] == "'" + quote
    assert body[1][header.index("speaker_role")].startswith("'=")
    assert not any(c.startswith(("=", "+", "@", "\t", "\r")) for row in body[1:] for c in row)
    assert body[1][header.index("sentiment")] == f"{changed[0]['sentiment']:.4f}", "numbers stay numbers"


def test_quotes_table_puts_stance_and_confidence_first(db, rows):
    db.apply_reviews(1, [review(rows[0]["voice_id"], "political", "J. Hui"), review(rows[1]["voice_id"], "", "X Y")],
                     [{"article": A000, "title": "Hangzhou story", "source": "", "date": "2025-01-13", "url": ""}])
    table = views.quotes_table(sliced(db).rows(views.QUOTES_SOURCE_COLUMNS))
    assert list(table.columns) == list(views.QUOTES_TABLE_COLUMNS) and list(table.columns[:2]) == ["stance", "confidence"]
    assert table["article"].iloc[0] == "Hangzhou story" and table["article"].iloc[6] == A001, "title, else the id"
    assert (table["speaker"].iloc[0], table["stance"].iloc[0], table["reviewed"].iloc[0]) == ("J. Hui", "political",
                                                                                              "stance + speaker")
    assert table["reviewed"].iloc[1] == "speaker" and (table["reviewed"].iloc[2:] == "").all()
    assert len(sliced(db).rows(views.QUOTES_SOURCE_COLUMNS, limit=5)) == 5
    assert not table["to review"].any(), "the fixture flags no voice"


def test_the_to_review_column_and_filter_agree(rows):
    flagged = [dict(r, needs_review=i in (2, 4, 7)) for i, r in enumerate(rows)]
    voices = VoiceDB.from_arrow(pa.Table.from_pylist(flagged, schema=voices_schema()))
    voices.apply_reviews(1, [review(rows[4]["voice_id"], "skeptical"), review(rows[7]["voice_id"], "", "A B")], [])
    table = views.quotes_table(sliced(voices).rows(views.QUOTES_SOURCE_COLUMNS))
    assert table.index[table["to review"]].tolist() == [2, 7], "a stance review clears the flag, a speaker one not"
    queue = sliced(voices, to_review=True).rows(views.QUOTES_SOURCE_COLUMNS, order="confidence DESC, rid")
    assert queue["voice_id"].tolist() == [rows[7]["voice_id"], rows[2]["voice_id"]], "ordered before the limit"
    assert count(voices, to_review=True, stances=("welcoming",)) == 0, "rows 2 and 7 are political and skeptical"


def test_a_dataset_folder_reads_back_the_same_records(tmp_path, rows):
    folder = write_dataset(tmp_path / "ds", rows, [{"id": A000, "title": "From the table", "source": "X",
                                                     "date": "2025-01-13", "text": "Body."}], part_rows=10)
    assert is_dataset(folder) and not is_dataset(tmp_path) and not is_dataset(SEEDS)
    assert len(list((folder / "voices").glob("part-*.parquet"))) == 4
    db = VoiceDB.from_sources([folder])
    db.apply_reviews(0, [], [])
    columns = lambda: {r[0] for r in db.con.execute("DESCRIBE voices").fetchall()}  # noqa: E731
    assert "top_features" not in columns(), "the explanation features wait until a page shows full records"
    exported = sliced(db).export_rows()
    assert [r["voice_id"] for r in exported] == [r["voice_id"] for r in rows], "row order kept"
    plain = lambda v: list(v) if isinstance(v, tuple) else v  # noqa: E731 - records carry tuples, Parquet lists
    assert all(e[c] == plain(r[c]) for e, r in zip(exported, rows) for c in COLUMNS), "values exact, lists as lists"
    shown = sliced(db, stances=("political",)).rows(views.QUOTES_SOURCE_COLUMNS)  # a second full read
    assert shown["top_features"].map(list).tolist() == [plain(r["top_features"]) for r in rows
                                                        if r["stance"] == "political"]
    # Should the two numberings of the rows ever differ, the features are joined by voice id.
    shuffled = VoiceDB.from_sources([folder])
    shuffled.con.execute("CREATE TABLE reversed AS SELECT * FROM voice_rows ORDER BY rowid DESC")
    shuffled.con.execute("DROP TABLE voice_rows")
    shuffled.con.execute("ALTER TABLE reversed RENAME TO voice_rows")
    shuffled.apply_reviews(0, [], [])
    again = Slice(shuffled, shuffled.cursor(), views.Filters(), {}).export_rows()
    assert sorted(map(str, again)) == sorted(map(str, exported))
    assert queries.labels_for(db, db.cursor(), [A000, A001]) == {A000: "From the table", A001: A001}
    assert db.article_text(A000) == "Body." and db.article_text(A001) is None
