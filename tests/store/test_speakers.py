"""Speakers across articles: surnames join full names, a role resolves by date, merges explained."""

from __future__ import annotations

import pytest

from akhbar.normalize import search_form
from akhbar.speakers import resolve_mentions
from akhbar.speakers.resolve import is_person_name
from akhbar.store.corpus_sql import Mention

ROLE = "المتحدث باسم الخارجية الإيرانية"


def _m(sid: int, article: int, speaker: str, role: str | None, day: str, resolved: bool = True) -> Mention:
    return Mention(sid, article, speaker, search_form(speaker), role, resolved, day)


def test_kanaani_is_one_speaker_and_the_role_resolves_by_date() -> None:
    res = resolve_mentions(
        [
            _m(1, 1, "ناصر كنعاني", ROLE, "2023-01-05"),
            _m(2, 1, "كنعاني", None, "2023-01-05"),
            _m(3, 2, f"{ROLE} ناصر كنعاني", ROLE, "2023-03-01"),
            _m(4, 3, "سعيد خطيب زاده", ROLE, "2021-06-01"),
            _m(5, 4, ROLE, ROLE, "2021-07-01", resolved=False),
            _m(6, 5, ROLE, ROLE, "2023-02-01", resolved=False),
            _m(7, 6, "مصادر", None, "2023-02-01", resolved=False),
        ]
    )
    names = {sid: name for sid, name, _, _ in res.speakers}
    who = {st: names[sid] for sid, st in res.assignment if sid is not None}
    assert {who[i] for i in (1, 2, 3, 6)} == {"ناصر كنعاني"}
    assert {who[i] for i in (4, 5)} == {"سعيد خطيب زاده"}
    assert 7 not in who
    kanaani = next(sid for sid, n in names.items() if n == "ناصر كنعاني")
    evidence = [d for sid, _, d, _ in res.evidence if sid == kanaani]
    assert any("كنعاني" in d and "same article" in d for d in evidence)
    assert any("covers the date" in d for d in evidence)
    roles = [r for r in res.roles if r[0] == kanaani]
    assert roles and roles[0][3:5] == ("2023-01-05", "2023-03-01")


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("ناصر كنعاني", True),
        ("كنعاني", True),
        ("البروفسور", False),  # a title alone
        ("له فيه", False),  # function words
        ("البيان", False),  # a document
        ("مصدر عسكري", False),  # an unnamed source
        ("مسؤولون", False),
        ("عام", False),  # what is left of المدير العام
    ],
)
def test_only_names_can_be_people(name: str, person: bool) -> None:
    assert is_person_name(search_form(name)) is person


def test_a_name_needs_more_than_one_statement_and_alef_variants_merge() -> None:
    res = resolve_mentions(
        [
            _m(1, 1, "دونالد ترامب", None, "2018-01-05", resolved=False),
            _m(2, 2, "دونالد ترمب", None, "2018-01-06", resolved=False),
            _m(3, 3, "ترمب", None, "2018-01-07"),
            _m(4, 4, "زيد عمرو", None, "2018-01-07", resolved=False),
            _m(5, 5, "البيان", None, "2018-01-07"),
        ]
    )
    assert [(name, n) for _, name, _, n in res.speakers] == [("دونالد ترامب", 3)]


def test_spellings_the_search_variant_table_joins_are_one_person() -> None:
    res = resolve_mentions(
        [
            _m(1, 1, "فلاديمير بوتين", None, "2018-01-05", resolved=False),
            _m(2, 2, "فلاديمير بوتن", None, "2018-01-06", resolved=False),
            _m(3, 3, "جاريد كوشنر", None, "2018-01-07", resolved=False),
            _m(4, 4, "جاريد كوشنير", None, "2018-01-08", resolved=False),
            _m(5, 5, "سعد الحريري", None, "2018-01-08", resolved=False),
            _m(6, 6, "سعود الحريري", None, "2018-01-09", resolved=False),  # two given names: two people
        ]
    )
    assert sorted((name, n) for _, name, _, n in res.speakers) == [("جاريد كوشنر", 2), ("فلاديمير بوتين", 2)]
