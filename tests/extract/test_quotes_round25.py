"""Statements, round 25: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("para", "speaker", "first"),
    [
        (
            'ونشر الرئيس الفرنسي إيمانويل ماكرون على صفحته الرسمية في فيسبوك: "قررنا مضاعفة المساعدات'
            ' للمتضررين من الفيضانات".',
            "إيمانويل ماكرون",
            "قررنا",
        ),
        (
            'ونشرت وزارة الصحة تغريدة عبر حسابها في "تويتر": "سجلنا اليوم عشر حالات جديدة في العاصمة".',
            "وزارة الصحة",
            "سجلنا",
        ),
        (
            "ونشر حساب الاتحاد المصري لكرة القدم على تويتر: تأجيل مباريات الجولة المقبلة إلى الأسبوع القادم.",
            "الاتحاد المصري لكرة القدم",
            "تأجيل",
        ),
    ],
)
def test_a_post_after_a_colon_is_the_posters_statement(para: str, speaker: str, first: str) -> None:
    # 25a. 'ونشر X على حسابه في تويتر: ...': the post quoted after the colon is X's; an account
    # opening the phrase speaks for its owner
    (q,) = extract_quotes([para])
    assert q.speaker == speaker
    assert q.text.startswith(first), q.text


@pytest.mark.parametrize(
    "para",
    [
        # a cue between نشر and the colon reports by itself (one statement, by قائلا)
        'ونشر اللاعب صورة له على إنستغرام وعلق عليها قائلا: "سعيد بالعودة إلى الملاعب بعد الإصابة".',
        # نشر inside a phrase: the outer cue's complementizer is not cut
        "وقال المتحدث في بيان نشر على موقع الوزارة إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    ],
)
def test_other_cues_around_a_post_keep_their_statement(para: str) -> None:
    (q,) = extract_quotes([para])
    assert q.cue != "ونشر"


@pytest.mark.parametrize(
    "para",
    [
        # no channel: deploying troops, listing names
        "ونشر الجيش وحدات إضافية في المدن التالية: حلب وحماة وإدلب ودير الزور والرقة.",
        # the colon opens an address, not a post
        'ونشر المعهد أسماء المقبولين على موقعه الإلكتروني: "www.example.org" وحدد موعد المقابلات.',
        # نشر not opening its clause
        "وكان النادي قد نشر على حسابه في تويتر: شكرا لجماهيرنا الوفية على الدعم الكبير.",
    ],
)
def test_no_post_statement_without_a_post(para: str) -> None:
    assert [q for q in extract_quotes([para]) if q.cue.endswith(("نشر", "نشرت"))] == []
