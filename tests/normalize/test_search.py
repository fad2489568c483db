"""Search form: folds for matching, versioned; properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.normalize import SEARCH_VERSION, display_form, search_form


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
