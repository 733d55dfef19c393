"""Filters as SQL: a filter that keeps most voices is a view over them, not a copy, with the same
answers as the copy; the literals a view inlines are quoted safely."""

from __future__ import annotations

import pytest

from tests.test_views import count, db, rows  # noqa: F401

from dashboard import queries, views
from dashboard.data import Slice, VoiceDB
from tests.seed_facts import SEED_VOICES


def test_wide_filters_are_a_view_with_the_same_answers_as_a_table(db, monkeypatch):
    from dashboard import data as data_layer

    cases = [views.Filters(kinds=("direct", "partial")), views.Filters(confidence=(0.2, 1.0)),
             views.Filters(stances=("welcoming",)), views.Filters(speakers=("O'Brien", "Ivy Yang")),
             views.Filters(date_from="2025-01-14", outlets=("BBC/CNN", "Daily Example"))]
    for filters in cases:
        state: dict = {}
        viewed = sliced_with(db, filters, state)
        assert state["filtered_kind"] == ("view" if count(db, **filters.__dict__) >= 0.5 * SEED_VOICES else "table")
        monkeypatch.setattr(data_layer, "WIDE_SHARE", 2.0)  # never a view: the copy as before
        copied = sliced_with(db, filters, {})
        monkeypatch.undo()
        assert queries.headline(viewed) == queries.headline(copied)
        assert queries.stance_by(viewed, "article").equals(queries.stance_by(copied, "article"))
    kinds, state, cursor = set(), {}, db.cursor()
    for filters in cases + cases[::-1]:  # one cursor switching between a view and a table
        s = sliced_with(db, filters, state, cursor)
        kinds.add(state["filtered_kind"])
        assert queries.headline(s)["voices"] == count(db, **filters.__dict__)
    assert kinds == {"view", "table"}


def sliced_with(db: VoiceDB, filters: views.Filters, state: dict, cursor=None) -> Slice:
    sliced = Slice(db, cursor or db.cursor(), filters, state)
    assert sliced.source == "filtered"  # the temp table (or view) is made here, at first use
    return sliced


def test_the_count_needs_no_temp_table_and_equals_the_tables_count(db):
    for filters in (views.Filters(stances=("welcoming",)), views.Filters(kinds=("direct", "partial")),
                    views.Filters(named_only=True, confidence=(0.5, 1.0)), views.Filters(search="app")):
        state: dict = {}
        sliced = Slice(db, db.cursor(), filters, state)
        n = sliced.count()
        assert n == count(db, **filters.__dict__)
        # Only a text search needs the rows themselves to count them.
        assert ("filtered_key" in state) == bool(filters.search)
        assert queries.headline(sliced)["voices"] == n and "filtered_key" in state
    nothing = Slice(db, db.cursor(), views.Filters(speakers=("Nobody At All",)), {})
    assert nothing.count() == 0 and queries.headline(nothing)["voices"] == 0


@pytest.mark.parametrize("value, literal", [
    ("plain", "'plain'"), ("O'Brien'); DROP TABLE voices; --", "'O''Brien''); DROP TABLE voices; --'"),
    ("back\\slash ?", "'back\\slash ?'"), (0.25, "0.25"), (1, "1.0"),
    (["a", "b'c"], "['a', 'b''c']::VARCHAR[]"), ([], "[]::VARCHAR[]"),
])
def test_sql_literals(value, literal):
    assert views.sql_literal(value) == literal


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), True, None, {"a": 1}, "nul\x00byte"])
def test_sql_literals_refuse_what_they_cannot_write(bad):
    with pytest.raises((TypeError, ValueError)):
        views.sql_literal(bad)


def test_inlined_parameters_match_the_placeholders():
    where, params = views.where_clause(views.Filters(speakers=("a?b",), search="x?"))
    inlined = views.inline_params(where, params)
    assert "'a?b'" in inlined and "'%x?%'" in inlined and inlined.count("?") == 2
    with pytest.raises(ValueError):
        views.inline_params("a = ? AND b = ?", ["only one"])
