"""Search form: folds for matching, versioned; properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.normalize import SEARCH_VERSION, display_form, search_fold, search_form, search_form_recent


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الإنتخابات", "الانتخابات"),
        ("«والانتخابات»", "والانتخابات"),
        ("ایران", "ايران"),
        ("إيران", "ايران"),
        ("مدرسةٌ", "مدرسه"),
        ("على", "علي"),
        ("مسؤول", "مسوول"),
        ("CNN، بي.بي.سي", "cnn بي بي سي"),
        ("۱۴۵۰۳۸۸", "1450388"),
        ("ﻷ", "لا"),
    ],
)
def test_folds(raw: str, expected: str) -> None:
    assert search_form(raw) == expected


def test_version_is_named() -> None:
    assert SEARCH_VERSION.startswith("ar-search.v")


@given(st.text())
def test_idempotent_and_total(text: str) -> None:
    once = search_form(text)
    assert search_form(once) == once


@given(st.text())
def test_search_of_display_equals_search(text: str) -> None:
    """Folding the display form gives what folding the raw text gives (one matching space)."""
    assert search_form(display_form(text)) == search_form(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الإنتخابات", "الانتخابات"),
        ("«والانتخابات»", "«والانتخابات»"),  # punctuation stays: the fold is per character
        ("ایران\r\nو کابل", "ايران\r\nو كابل"),  # line breaks stay
        ("مدرسةٌ", "مدرسه"),
        ("CNN، İstanbul", "cnn، i̇stanbul"),
        ("ΟΔΟΣ", "οδος"),  # final sigma lowered in context, as str.lower does
        ("𞤀𞤁 𐐀", "𞤢𞤣 𐐨"),  # capitals above the BMP (Adlam, Deseret), with no sigma beside them
        ("۱۴۵۰۳۸۸", "1450388"),
        ("a\u00a0b\u200bc", "a bc"),
        ("ﻷ", "لا"),
    ],
)
def test_fold(raw: str, expected: str) -> None:
    assert search_fold(raw) == expected


def test_every_capital_is_lowered() -> None:
    """A fold table that misses a cased script lowers it only when a Σ sends the text to
    str.lower, so one text folded whole and in parts would differ ('Σ\\n𞤀' against '𞤀')."""
    capitals = "".join(chr(c) for c in range(0x110000) if chr(c).lower() != chr(c) and chr(c) != "\u03a3")
    assert search_fold(capitals) == capitals.lower()


@given(st.text())
def test_fold_idempotent(text: str) -> None:
    once = search_fold(text)
    assert search_fold(once) == once


@given(st.text())
def test_form_is_the_fold_split_into_words(text: str) -> None:
    """Splitting is all search_form adds: folding first changes nothing, and words are single-spaced."""
    form = search_form(text)
    assert search_form(search_fold(text)) == form
    assert form == " ".join(form.split()) and "\n" not in form


@given(st.text())
def test_recent_form_is_the_search_form(text: str) -> None:
    assert search_form_recent(text) == search_form(text)
    assert search_form_recent(text) == search_form(text)  # the remembered answer too
