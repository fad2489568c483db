"""Datelines: the place that opens an article's body, in the shapes Arabic wires print them.

أتلانتا، الولايات المتحدة الأمريكية (CNN) –      place، country (agency) dash
القاهرة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس   place date ... agency
واس- الرياض:                                   agency dash place colon
الرياض - واس / لندن: ...                        known place, dash or colon
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from akhbar.data.calendars import AGENCIES, GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS
from akhbar.normalize import search_form

__all__ = ["find_dateline"]

_DASH = r"[-–—_]+"
_PLACE = r"(?P<place>[^\d\s،,:()\-–—][^\d،,:()\-–—\n]{1,30}?)"


@cache
def _places() -> frozenset[str]:
    data = json.loads(resources.files("akhbar.data").joinpath("places.json").read_text("utf-8"))
    return frozenset(data["places"])


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    agency = "|".join(re.escape(a).replace(r"\ ", r"\s*") for a in sorted(AGENCIES, key=len, reverse=True))
    months = "|".join(
        re.escape(m).replace(r"\ ", r"\s+")
        for m in sorted({*GREGORIAN_MONTHS, *HIJRI_MONTHS, *JALALI_MONTHS}, key=len, reverse=True)
    )
    return (
        # place، country (agency) –
        re.compile(
            rf"^{_PLACE}\s*(?:[،,][^()\n]{{2,45}}?)?\s*\(\s*(?:{agency})[^()]{{0,15}}\)\s*(?:{_DASH}|:)?"
        ),
        # place date month year ... (agency at the end, optional)
        re.compile(rf"^{_PLACE}\s+\d{{1,2}}\s+(?:{months})\s+\d{{4}}"),
        # agency – place:
        re.compile(rf"^(?:{agency})\s*{_DASH}\s*{_PLACE}\s*[:：]"),
        # place – agency
        re.compile(rf"^{_PLACE}\s*{_DASH}\s*\(?(?:{agency})\)?\s*(?:{_DASH}|:|\s)"),
    )


def _agency_after(text: str, start: int) -> bool:
    window = f" {search_form(text[start : start + 100])} "
    return any(f" {search_form(a)} " in window for a in AGENCIES)


_KNOWN_PLACE = re.compile(rf"^{_PLACE}\s*(?:{_DASH}|[:：])\s*\S")


def find_dateline(text: str) -> str | None:
    """The dateline place that opens this (lead) paragraph, or None."""
    head = text[:160]
    for number, pattern in enumerate(_patterns()):
        match = pattern.match(head)
        if not match or not 1 <= len(match.group("place").split()) <= 3:
            continue
        place = match.group("place").strip()
        # "PLACE date" alone could be any sentence opening: ask for a known place or an agency.
        if number == 1 and search_form(place) not in _places() and not _agency_after(head, match.end()):
            continue
        return place
    match = _KNOWN_PLACE.match(head)
    if match and search_form(match.group("place")) in _places():
        return match.group("place").strip()
    return None
