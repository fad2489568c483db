"""Dates in three calendars to ISO 8601, and datelines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.normalize import display_form
from akhbar.structure.dateline import find_dateline
from akhbar.structure.dates import find_date, iso_from_hint


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("تاريخ النشر: 1402/11/30", "2024-02-19"),  # Solar Hijri, as Iranian sites print it
        ("30 بهمن 1402", "2024-02-19"),
        ("القاهرة 25 شوال 1436", "2015-08-10"),  # Hijri (Umm al-Qura)
        ("25 شوال 1436 هـ الموافق 11 أغسطس 2015 م", "2015-08-11"),  # the Gregorian one wins
        ("2 أكتوبر/تشرين أول 2018", "2018-10-02"),
        ("19 شباط 2024", "2024-02-19"),
        ("2024-02-19 14:20", "2024-02-19T14:20:00"),
        ("19/02/2024", "2024-02-19"),
    ],
)
def test_find_date(text: str, iso: str) -> None:
    found = find_date(text)
    assert found is not None and found[0] == iso


def test_hints() -> None:
    assert iso_from_hint("Sun, 18 Feb 2018 21:35:43 +0400") == "2018-02-18T21:35:43+04:00"
    assert iso_from_hint("2015-07-21 02:51:32") == "2015-07-21T02:51:32"
    assert iso_from_hint("not a date") is None


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("أتلانتا، الولايات المتحدة الأمريكية (CNN) – أعلن المتحدث", "أتلانتا"),
        ("دبي، الإمارات العربية المتحدة (CNN)-- قال", "دبي"),
        ("القاهرة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس قال الوزير", "القاهرة"),
        ("واس- الرياض: أكد الوزير", "الرياض"),
        ("الرياض - واس أكد الوزير", "الرياض"),
        ("لندن: قال رئيس الوزراء", "لندن"),
        ("طهران (إرنا) - أكد المتحدث", "طهران"),
        ("باريس ـ أ ف ب: قال الرئيس", "باريس"),
        ("القدس المحتلة/ سما/ قال", "القدس المحتلة"),
        ("طهران / تسنيم / قال", "طهران"),
        ("الرياض، 10 أغسطس (رويترز) - قال", "الرياض"),
        ("إسلام آباد - (أ ف ب) - قال", "إسلام آباد"),
        ("كنعاني: نحن على أعتاب الانتخابات", None),
        ("وقال كنعاني في مؤتمره الصحفي", None),
        ("أعلن أمس 25 أغسطس 2015 أن", None),
        ("(CNN)-- قال مسؤول", None),
        ("مصر: التحقيق مع سامي عنان رئيس أركان الجيش السابق", None),
        ("سبق- وكالات: شنت طائرات حربية غارتين", None),
    ],
)
def test_dateline(lead: str, place: str | None) -> None:
    assert find_dateline(display_form(lead)) == place


@given(st.text())
def test_never_raise(text: str) -> None:
    find_date(text)
    find_dateline(text)
    iso_from_hint(text)
