"""The light stemmer: morphological variants meet, names keep their letters."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.extract.lexicon import lexicon
from akhbar.normalize import search_form
from akhbar.search.stem import _variant_table, analyze, stem, variants


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


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ترامب", "ترمب"),  # a long vowel written or not
        ("الأمريكية", "الأميركية"),  # the nisba of أمريكا / أميركا
        ("بوتين", "بوتن"),
        ("الديمقراطية", "الديموقراطية"),  # a loanword
        ("إنستجرام", "انستغرام"),  # g as ج or غ
        ("المسؤول", "المسئول"),  # the hamza on another seat
        ("شؤون", "شئون"),
        ("أبناؤهم", "أبنائهم"),  # one word in two cases
    ],
)
def test_spellings_of_one_foreign_word_are_variants(one: str, other: str) -> None:
    assert _stem(one) != _stem(other)  # the index keeps each spelling's own stem
    assert _stem(other) in variants(_stem(one)) and _stem(one) in variants(_stem(other))


@pytest.mark.parametrize(
    "word", ["سعد", "سعود", "انتظار", "انتظر", "غانا", "غينيا", "مستدام", "الحكومة", "رأيهم", "نظراء"]
)
def test_distinct_words_have_no_variants(word: str) -> None:
    assert variants(_stem(word)) == (_stem(word),)


def test_variant_groups_are_symmetric_and_hold_no_given_name() -> None:
    table = _variant_table()
    given = {search_form(w) for w in lexicon().given_names}
    assert len(table) > 300
    for s, group in table.items():
        assert group[0] == s and s not in given
        assert all(table[v][0] == v and set(table[v]) == set(group) for v in group)


def test_the_variant_table_is_what_the_miner_writes() -> None:
    root = Path(__file__).resolve().parents[2]
    if not any((root.parent / "shared" / "corpora").glob("*.jsonl.gz")):
        pytest.skip("../shared/corpora is absent (the miner counts hamza spellings in the corpora)")
    mined = subprocess.run(
        [sys.executable, str(root / "tools" / "mine_variants.py")], capture_output=True, text=True, check=True
    ).stdout
    assert mined == (root / "src" / "akhbar" / "data" / "search_variants.tsv").read_text(encoding="utf-8")
