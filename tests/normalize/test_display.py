"""Display form: golden files, tables of cases, and properties (idempotent, never raises)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.normalize import display_form

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("AKHBAR_REGEN_GOLDEN") == "1"


@pytest.mark.parametrize("name", sorted(p.name[: -len(".in.txt")] for p in GOLDEN.glob("*.in.txt")))
def test_golden(name: str) -> None:
    source = (GOLDEN / f"{name}.in.txt").read_text("utf-8")
    expected_path = GOLDEN / f"{name}.out.txt"
    got = display_form(source)
    if REGEN:
        expected_path.write_text(got, "utf-8")
    assert got == expected_path.read_text("utf-8")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("فی", "في"),
        ("علی", "على"),
        ("إلی", "إلى"),
        ("لدیه", "لديه"),
        ("وعلی", "وعلى"),
        ("الإسلامیة", "الإسلامية"),
        ("کافة الامکانات", "كافة الامكانات"),
        ("معرف الأخبار : ۱۴۵۰۳۸۸", "معرف الأخبار : 1450388"),
        ("عام ٢٠٢٤", "عام 2024"),
        ("الـــعراق", "العراق"),
        ("ناصر\u00a0كنعاني", "ناصر كنعاني"),
        ("\u200fطهران\u200e", "طهران"),
        ("  كلمة   وكلمة  ", "كلمة وكلمة"),
        ("ﻻ", "لا"),
        ("أإآ ى ة", "أإآ ى ة"),  # lossy folds belong to the search form only
        ("&quot;السعودية&quot; تُطلق", '"السعودية" تُطلق'),
        ("توزيع &#8220;موسوعة&#8221;", "توزيع \u201cموسوعة\u201d"),
        ("ناصر&nbsp;كنعاني&rlm;", "ناصر كنعاني"),
        ("&amp;quot;داعش&amp;quot;", '"داعش"'),  # escaped twice by a feed
        ("&#65271;", "لأ"),  # a reference to a presentation form is repaired too
        ("أ&ب و R&D &copy", "أ&ب و R&D &copy"),  # a bare & or a reference without ; stays
    ],
)
def test_repairs(raw: str, expected: str) -> None:
    assert display_form(raw) == expected


def test_digit_sets() -> None:
    assert display_form("2024 ۱۴۰۲", digits="arabic") == "٢٠٢٤ ١٤٠٢"
    assert display_form("2024 ۱۴۰۲", digits="keep") == "2024 ۱۴۰۲"


def test_persian_passage_is_not_mangled() -> None:
    persian = "این یک متن فارسی است که\u200cمی\u200cگوید"
    assert display_form(persian, persian=True) == persian


def test_keeps_line_breaks() -> None:
    assert display_form("سطر  أول\r\nسطر ثان\rثالث") == "سطر أول\nسطر ثان\nثالث"


@given(st.text())
def test_idempotent_and_total(text: str) -> None:
    once = display_form(text)
    assert display_form(once) == once


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" \u200c\u0640")
    )
)
def test_idempotent_on_arabic_block(text: str) -> None:
    once = display_form(text)
    assert display_form(once) == once
    assert "\u0640" not in once and "\u06cc" not in once and "\u06a9" not in once


@given(
    st.lists(
        st.sampled_from(
            ["&", ";", "#", "x", "8220", "65271", "amp", "quot", "nbsp", "rlm", "\u200b", "ی", " ", "ق"]
        )
    ).map("".join)
)
def test_idempotent_on_html_references(text: str) -> None:
    once = display_form(text)
    assert display_form(once) == once
    assert not re.search(r"&(?:#[0-9]+|amp|quot|nbsp|rlm);", once)
