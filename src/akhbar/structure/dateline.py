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

from akhbar.data.calendars import AGENCIES, COUNTRIES, GREGORIAN_MONTHS, HIJRI_MONTHS, JALALI_MONTHS
from akhbar.normalize import search_form

__all__ = ["find_dateline", "has_agency", "match_dateline"]

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
        # place agency: (a tatweel used as a dash is gone in the display form: "باريس ـ أ ف ب:")
        re.compile(rf"^{_PLACE}\s+\(?(?:{agency})\)?\s*(?:{_DASH}|:)"),
        # place/ agency/ (Palestinian and Iraqi agencies: "القدس المحتلة/ سما/")
        re.compile(rf"^{_PLACE}\s*/\s*[^/\n]{{2,25}}?\s*/"),
    )


@cache
def _agency_keys() -> tuple[str, ...]:
    return tuple(f" {search_form(a)} " for a in AGENCIES)


def has_agency(text: str) -> bool:
    """Whether an agency signature stands in the text as whole words."""
    window = f" {search_form(text)} "
    return any(map(window.__contains__, _agency_keys()))


def _agency_after(text: str, start: int) -> bool:
    return has_agency(text[start : start + 100])


# A bare known place opening the lead with a dash ("الرياض - ") or, for a city, a colon
# ("لندن: "); a country and a colon ("مصر: التحقيق مع ...") is a headline-style lead.
_KNOWN_PLACE = re.compile(rf"^{_PLACE}\s*(?P<sep>{_DASH}|[:：])\s*\S")
# Agency words so generic that they do not vouch for the place before them ("سبق- وكالات:").
_GENERIC_AGENCIES = ("وكالات", "الوكالات")


def match_dateline(text: str) -> tuple[str, int] | None:
    """The dateline place that opens this paragraph and where the dateline's match ends, or None."""
    head = text[:160]
    for number, pattern in enumerate(_patterns()):
        match = pattern.match(head)
        if not match or not 1 <= len(match.group("place").split()) <= 3:
            continue
        place = match.group("place").strip()
        known = search_form(place) in _places()
        # "PLACE date" alone could be any sentence opening: ask for a known place or an agency.
        if number == 1 and not known and not _agency_after(head, match.end()):
            continue
        if not known and any(g in match.group() for g in _GENERIC_AGENCIES):
            continue
        return place, match.end()
    match = _KNOWN_PLACE.match(head)
    if match and (key := search_form(match.group("place"))) in _places():
        if match.group("sep") in ":：" and key in COUNTRIES:
            return None
        return match.group("place").strip(), match.end() - 1
    return None


def find_dateline(text: str) -> str | None:
    """The dateline place that opens this (lead) paragraph, or None."""
    found = match_dateline(text)
    return found[0] if found else None
