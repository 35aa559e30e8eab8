"""Publication dates: parsed from what a source states, never filled in from today.

A wrong publication date silently corrupts every relative expression resolved against it
("Monday", "last year"), so an unknown date is recorded as None.  dateparser is configured to
accept only absolute dates naming day, month and year; relative phrases ("yesterday") and partial
dates ("August 2019") are refused rather than completed from the clock.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

_SETTINGS: dict[str, Any] = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DATES_FROM": "past",
    "PARSERS": ["custom-formats", "absolute-time"],
}

# Publication dates outside these are refused where stated and dropped where inferred: nothing
# published before 1000 or after 2999 is news, and dates resolved against them ("in ten years",
# "last century") must stay inside what Python's dates can hold.
EARLIEST = date(1000, 1, 1)
LATEST = date(2999, 12, 31)

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


def parse_date(value: Any) -> date | None:
    """A date from an ISO-ish string or a written date; None when it is not a full date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    iso = _ISO_DAY.match(value)
    if iso:
        # The calendar day as the source wrote it, whatever its time zone says.
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            return None
    import dateparser  # slow to import: only paid for when a written date needs parsing

    parsed = dateparser.parse(value.strip(), settings=_SETTINGS)
    return parsed.date() if parsed else None


def out_of_range(day: date) -> str | None:
    """Why a publication date is refused ("0001-01-01 is before 1000-01-01"), or None."""
    if day < EARLIEST:
        return f"{day.isoformat()} is before {EARLIEST.isoformat()}, the earliest date accepted"
    if day > LATEST:
        return f"{day.isoformat()} is after {LATEST.isoformat()}, the latest date accepted"
    return None


_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
# Written dates as they appear in datelines and "Published" lines.
DATE_PATTERN = (
    rf"(?<![\w/-])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"  # Aug. 27, 2019
    rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}"  # 27 August 2019
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"  # 2019-08-27
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}})"  # 08/27/2019
)
_DATE_RE = re.compile(DATE_PATTERN)


def find_written_date(text: str) -> date | None:
    """The first full written date inside a short piece of text such as a dateline."""
    for match in _DATE_RE.finditer(text):
        found = parse_date(match.group(0))
        if found:
            return found
    return None
