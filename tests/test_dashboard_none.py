"""The `none` outcome in the dashboard: its voices are shown and counted everywhere, left out of
stance shares unless the sidebar toggle (URL `none=1`) brings them in, and the page says so.

Expected figures come from the library over the same seed records (the model decides which
seed voices take no stance), so the tests hold for any model that finds at least one."""

from __future__ import annotations

from tests.test_dashboard import A002, data_dir, figure, library_count, open_app, seed_records, table_rows  # noqa: F401

from stance.records import NO_STANCE, STANCES
from tests.seed_facts import SEED_VOICES


def stance_counts(records) -> dict[str, int]:
    return {s: int((records["stance"] == s).sum()) for s in STANCES}


def test_none_voices_are_in_the_table_and_the_counts(data_dir, seed_records):
    counts = stance_counts(seed_records)
    assert counts[NO_STANCE] > 0, "the seeds have voices without a stance"
    at = open_app("quotes")
    assert table_rows(at) == SEED_VOICES
    assert (at.dataframe[0].value["stance"] == NO_STANCE).sum() == counts[NO_STANCE]
    at = open_app("quotes", stance=NO_STANCE)
    assert table_rows(at) == counts[NO_STANCE] == library_count(seed_records, stances=(NO_STANCE,))
    at = open_app("quotes", article=A002)
    assert table_rows(at) == 11, "every voice of the article, those without a stance too"


def test_shares_leave_none_out_by_default_and_say_so(data_dir, seed_records):
    counts = stance_counts(seed_records)
    with_stance = SEED_VOICES - counts[NO_STANCE]
    at = open_app()
    metrics = {m.label: m for m in at.metric}
    assert metrics["Voices"].value == str(SEED_VOICES)
    assert metrics["None"].value == str(counts[NO_STANCE])
    assert metrics["Welcoming"].proto.delta == f"{counts['welcoming'] / with_stance:.0%} share"
    assert metrics["None"].proto.delta == "not in shares"
    notes = [c.value for c in at.caption if "shares" in c.value and "with no stance" in c.value]
    assert len(notes) == 1 and f"{counts[NO_STANCE]} voices with no stance are left out of the shares" in notes[0]
    bars = {t["name"] for t in figure(at, 0)["data"]}
    assert NO_STANCE in bars, "counts charts show `none` (in its grey)"
    assert any("counted in grey" in c.value for c in at.caption)


def test_the_toggle_brings_none_into_the_shares(data_dir, seed_records):
    counts = stance_counts(seed_records)
    at = open_app(none="1")
    metrics = {m.label: m for m in at.metric}
    assert metrics["Welcoming"].proto.delta == f"{counts['welcoming'] / SEED_VOICES:.0%} share"
    assert metrics["None"].proto.delta == f"{counts[NO_STANCE] / SEED_VOICES:.0%} share"
    assert any("included in the shares" in c.value for c in at.caption)
    toggle = next(t for t in at.toggle if "none" in t.label)
    assert toggle.value is True
    toggle.set_value(False).run()
    assert "none" not in at.query_params, "the URL follows the toggle"
    assert any("left out of the shares" in c.value for c in at.caption)
    assert {m.label: m.value for m in at.metric}["Voices"] == str(SEED_VOICES), "the toggle hides no voice"


