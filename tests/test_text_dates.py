"""Publication dates to ISO 8601, and the ones refused rather than guessed."""

from __future__ import annotations

import pytest

from stance.text.dates import parse_date


@pytest.mark.parametrize("value, iso", [
    ("2025-03-03", "2025-03-03"),
    ("2025-03-03T08:15:00+01:00", "2025-03-03"),
    ("2025-03-03T23:59:59.123Z", "2025-03-03"),  # the date as written, not moved to UTC
    ("2025-03-03 08:15", "2025-03-03"),
    ("2025/3/3", "2025-03-03"),
    ("3 March 2025", "2025-03-03"),
    ("3rd Mar. 2025", "2025-03-03"),
    ("Monday, 3 March 2025", "2025-03-03"),
    ("3 of March, 2025", "2025-03-03"),
    ("March 3, 2025", "2025-03-03"),
    ("Sept 30 2025", "2025-09-30"),
    ("Monday, March 3, 2025 at 8:15 PM", "2025-03-03"),
    ("Mon, 03 Mar 2025 08:15:00 +0000", "2025-03-03"),  # RFC 2822
    ("Mon, 3 Mar 2025 08:15:00 GMT", "2025-03-03"),
    ("  3   March\n2025 ", "2025-03-03"),
    ("13/03/2025", "2025-03-13"),  # 13 can only be the day
    ("03/13/2025", "2025-03-13"),  # ... or here the day again, month first
    ("03/03/2025", "2025-03-03"),  # the same either way
    ("29.02.2024", "2024-02-29"),
])
def test_known_forms(value, iso):
    assert parse_date(value) == (iso, "")


@pytest.mark.parametrize("value, reason", [
    ("04/03/2025", "ambiguous"),  # 4 March or April 3: refused, not guessed
    ("30 February 2025", "no such day"),
    ("2025-13-01", "no such day"),
    ("31/31/2025", "no such day"),
    ("3 Brumaire 2025", "unknown month"),
    ("March 2025", "not a date"),
    ("03/03/25", "not a date"),  # two-digit year
    ("yesterday", "not a date"),
    ("2025-03-03 " + "and then some more words " * 4, "too long"),
])
def test_refused_forms_are_empty_with_a_reason(value, reason):
    iso, why = parse_date(value)
    assert iso == "" and reason in why


def test_no_date_is_no_problem():
    assert parse_date("") == ("", "") and parse_date("   ") == ("", "")
