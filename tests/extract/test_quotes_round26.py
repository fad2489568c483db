"""Statements, round 26: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paras", "speaker"),
    [
        (
            [
                "وقال الشاعر عمر عكاظ إن القصيدة كتبت في ليلة واحدة.",
                "وذكرت اللجنة الإعلامية لسوق عكاظ أن المهرجان يبدأ الأسبوع المقبل في الطائف.",
            ],
            "اللجنة الإعلامية لسوق عكاظ",
        ),
        (
            [
                "وقال الناشط محمود الأحوازي إن المعتقلين نقلوا إلى سجن آخر.",
                "وأكد الائتلاف الوطني الأحوازي أن الاحتجاجات ستستمر حتى الإفراج عنهم.",
            ],
            "الائتلاف الوطني الأحوازي",
        ),
    ],
)
def test_a_bodys_genitive_or_adjective_names_no_person(paras: list[str], speaker: str) -> None:
    # 26a. the body speaks: its last word is the genitive of the noun after ل or its second
    # adjective, not the surname of the person the article named before
    quotes = extract_quotes(paras)
    assert quotes[-1].speaker == speaker


def test_the_heads_own_genitive_still_names_its_person() -> None:
    # 26a: 'المكتب الإعلامي للعبادي' is the person's office (the person, an alias by the conventions)
    paras = [
        "وقال رئيس الوزراء حيدر العبادي إن الحكومة ماضية في الإصلاحات.",
        "وأكد المكتب الإعلامي للعبادي أن الزيارة ستتم الأسبوع المقبل.",
    ]
    assert extract_quotes(paras)[-1].speaker == "حيدر العبادي"
