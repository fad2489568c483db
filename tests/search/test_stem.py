"""The light stemmer: morphological variants meet, names keep their letters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.normalize import search_form
from akhbar.search.stem import analyze, stem


def _stem(word: str) -> str:
    return stem(search_form(word))


@pytest.mark.parametrize(
    "variants",
    [
        ("الانتخابات", "انتخابات", "والانتخابات", "للانتخابات", "بالانتخابات"),
        ("إيران", "ایران", "وإيران", "لإيران", "ايران"),
        ("الفلسطينية", "فلسطيني", "الفلسطينيين", "فلسطين"),
        ("وزير", "الوزير", "ووزير"),
        ("الوزارة", "وزارة", "والوزارة"),
        ("العراق", "والعراق", "عراق"),
    ],
)
def test_variants_meet(variants: tuple[str, ...]) -> None:
    assert len({_stem(v) for v in variants}) == 1, {v: _stem(v) for v in variants}


@pytest.mark.parametrize("name", ["بريكس", "لبنان", "ايران", "بوتين", "طهران", "سلمان", "فرنسا", "كندا"])
def test_names_are_not_over_stemmed(name: str) -> None:
    assert _stem(name) == search_form(name)


def test_distinct_words_stay_apart() -> None:
    assert _stem("وزارة") != _stem("زار")
    assert _stem("بريكس") != _stem("ريكس")


@given(st.text(max_size=40))
def test_analyze_never_raises_and_keeps_positions(text: str) -> None:
    folded = search_form(text)
    stems = analyze(folded)
    assert len(stems) == len(folded.split())
    assert all(s for s in stems)
