"""Publication dates from the forms news metadata uses, as ISO 8601 `YYYY-MM-DD`; never guessed.

Accepted (a time and a zone after the date are allowed and ignored: the date is the calendar
date as written, in the writer's own time zone, not converted to UTC):

- ISO 8601: `2025-03-03`, `2025-03-03T08:15:00+01:00`, `2025-03-03 08:15`, `2025/03/03`
- day month year: `3 March 2025`, `3rd Mar. 2025`, `Monday, 3 March 2025`
- RFC 2822 (feeds, e-mail): `Mon, 03 Mar 2025 08:15:00 +0000`
- month day year: `March 3, 2025`, `Mar 3 2025`, `Monday, March 3, 2025`
- all-numeric with the year last: `13/03/2025`, `03.13.2025`. Day and month are told apart
  only when the numbers do it: a number over 12 is the day, and `03/03/2025` reads the same
  both ways. `04/03/2025` is 4 March in Europe and April 3 in the US: it is refused as
  ambiguous rather than guessed.

Anything else (two-digit years, a month without a day, an impossible date such as
30 February) gives an empty date and the reason.
"""

from __future__ import annotations

from datetime import date

from stance.text.clean import compiled_when_used

_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}

# A date is short; anything longer is not one, and the bound keeps every match O(1).
_MAX_LENGTH = 80
_WEEKDAY = r"(?:[A-Za-z]{3,9}\.?,?\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_TIME = r"(?:(?:\s+|T|,\s*|\s+at\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?)?"
_ZONE = r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]{2,5}))?"
_END = _TIME + _ZONE

# Compiled when the first date is read: most articles give none.
_ISO = compiled_when_used(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _END)
_DAY_MONTH_YEAR = compiled_when_used(
    _WEEKDAY + r"(\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})" + _END)
_MONTH_DAY_YEAR = compiled_when_used(_WEEKDAY + r"([A-Za-z]{3,9})\.?\s+(\d{1,2})" + _ORDINAL + r",?\s+(\d{4})" + _END)
_NUMERIC = compiled_when_used(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})" + _END)


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _worded(day: str, month_name: str, year: str) -> tuple[str, str]:
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return "", f"unknown month {month_name!r}"
    iso = _valid(int(year), month, int(day))
    return (iso, "") if iso else ("", "no such day")


def parse_date(value: str) -> tuple[str, str]:
    """(ISO date, "") for a date in a known form; ("", reason) otherwise; ("", "") for no date."""
    text = " ".join(value.split())
    if not text:
        return "", ""
    if len(text) > _MAX_LENGTH:
        return "", "too long to be a date"
    if match := _ISO().fullmatch(text):
        iso = _valid(int(match[1]), int(match[2]), int(match[3]))
        return (iso, "") if iso else ("", "no such day")
    if match := _DAY_MONTH_YEAR().fullmatch(text):
        return _worded(match[1], match[2], match[3])
    if match := _MONTH_DAY_YEAR().fullmatch(text):
        return _worded(match[2], match[1], match[3])
    if match := _NUMERIC().fullmatch(text):
        first, second, year = int(match[1]), int(match[3]), int(match[4])
        readings = {iso for iso in (_valid(year, second, first), _valid(year, first, second)) if iso}
        if len(readings) == 1:
            return readings.pop(), ""
        return "", ("ambiguous day and month (write it as YYYY-MM-DD)" if readings else "no such day")
    return "", "not a date in a known form (use YYYY-MM-DD)"
