"""Publication dates in Gregorian, Hijri and Solar Hijri (Jalali) calendars, to ISO 8601.

Conversions use hijridate (Umm al-Qura) and jdatetime. Numeric dates are read by year range:
a year of 1300–1419 is Jalali (Iranian sites print `۱۴۰۲/۱۱/۳۰`), 1420–1500 Hijri, above 1900
Gregorian.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import cache

import jdatetime
from hijridate import Hijri

from akhbar.data.calendars import GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS

__all__ = ["find_date", "iso_from_hint"]

_NUMERIC_YMD = re.compile(r"(?<!\d)(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)")


@cache
def _named_pattern() -> re.Pattern[str]:
    names = sorted({*GREGORIAN_MONTHS, *HIJRI_MONTHS, *JALALI_MONTHS}, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(
        rf"(?<!\d)(\d{{1,2}})\s*(?:من\s+)?({alt})(?:\s*/\s*[^\d\s]+(?:\s+[^\d\s]+)?)?\s*(?:عام\s+|سنة\s+)?(\d{{4}})"
    )


def _convert(year: int, month: int, day: int, calendar: str) -> dt.date | None:
    try:
        if calendar == "hijri":
            return Hijri(year, month, day).to_gregorian()
        if calendar == "jalali":
            return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _calendar_of(year: int) -> str | None:
    if 1300 <= year < 1420:
        return "jalali"
    if 1420 <= year <= 1500:
        return "hijri"
    if 1900 <= year <= 2100:
        return "gregorian"
    return None


def _month_calendar(name: str) -> tuple[int, str]:
    key = " ".join(name.split())
    if key in HIJRI_MONTHS:
        return HIJRI_MONTHS[key], "hijri"
    if key in JALALI_MONTHS:
        return JALALI_MONTHS[key], "jalali"
    return GREGORIAN_MONTHS[key], "gregorian"


def find_date(text: str) -> tuple[str, tuple[int, int]] | None:
    """The first date in display text as ISO 8601 (with the time when one follows), and its span.

    Where a line gives the same day in two calendars (`25 شوال 1436 هـ الموافق 10 أغسطس 2015 م`),
    the Gregorian one is preferred.
    """
    found: list[tuple[dt.date, str, tuple[int, int]]] = []
    for match in _named_pattern().finditer(text):
        month, calendar = _month_calendar(match.group(2))
        date = _convert(int(match.group(3)), month, int(match.group(1)), calendar)
        if date:
            found.append((date, calendar, match.span()))
    for pattern, order in ((_NUMERIC_YMD, (0, 1, 2)), (_NUMERIC_DMY, (2, 1, 0))):
        for match in pattern.finditer(text):
            parts = [int(g) for g in match.groups()]
            year, month, day = (parts[i] for i in order)
            numeric_calendar = _calendar_of(year)
            date = _convert(year, month, day, numeric_calendar) if numeric_calendar else None
            if date and numeric_calendar:
                found.append((date, numeric_calendar, match.span()))
    if not found:
        return None
    found.sort(key=lambda f: (f[1] != "gregorian", f[2][0]))
    date, _, span = found[0]
    time = _TIME.search(text)
    if time and int(time.group(1)) < 24:
        stamp = dt.datetime.combine(
            date, dt.time(int(time.group(1)), int(time.group(2)), int(time.group(3) or 0))
        )
        return stamp.isoformat(), span
    return date.isoformat(), span


def iso_from_hint(value: str | None) -> str | None:
    """A record's own date field (RFC 2822, ISO 8601 or a date line) as ISO 8601, else None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return dt.datetime.fromisoformat(value).isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_date(value)
    return found[0] if found else None
