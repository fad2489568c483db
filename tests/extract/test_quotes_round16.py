"""Statements, round 16: speaker classes found on blind8 (a development set), sized on fixed
random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)]


def test_title_in_construct_with_a_named_person_is_the_person_named_in_that_office() -> None:
    # 16a. 'مستشار بوتين' is definite (construct with a proper name): the article named him
    paras = [
        "التقى الرئيس الروسي فلاديمير بوتين وفدا من رجال الأعمال في موسكو.",
        "وقال يوري أوشاكوف، المستشار الرئاسي لبوتين، إن اللقاء تناول ملفات اقتصادية.",
        "وأضاف مستشار بوتين أن موسكو تريد تعاونا أوسع مع الشركات الأجنبية.",
    ]
    assert _speakers(paras)[-1] == "يوري أوشاكوف"



def test_the_same_source_is_whoever_was_quoted_last() -> None:
    # 16b. 'حسب المصدر نفسه' / 'وذكر المصدر ذاته': the emphatic takes up the last speaker
    paras = [
        "وقال المتحدث باسم الشرطة المحلية كريم العبيدي إن دورية اعتقلت ثلاثة مشتبه بهم فجر اليوم.",
        "وكان المشتبه بهم يخططون لسرقة مصرف في وسط المدينة، حسب المصدر نفسه.",
    ]
    assert _speakers(paras)[-1] == "كريم العبيدي"


def test_the_same_sources_are_not_one_named_person() -> None:
    # ... but 'المصادر نفسها' (plural) does not take up one named person
    paras = [
        "وقال وزير الداخلية كريم العبيدي إن الشرطة اعتقلت ثلاثة مشتبه بهم فجر اليوم.",
        "وبحسب المصادر نفسها، فإن المشتبه بهم كانوا يخططون لسرقة مصرف في وسط المدينة.",
    ]
    assert _speakers(paras)[-1] != "كريم العبيدي"


def test_the_official_continuing_a_titled_persons_statements_is_that_person() -> None:
    # 16c. 'وقال X، مدير عام ...، إن ...' then 'وأضاف المسؤول أن': the official just named
    paras = [
        "وقال سامي الحربي، مدير عام مطار المدينة، إن الرحلات عادت إلى مواعيدها المعتادة.",
        "وأضاف المسؤول أن المطار استقبل أكثر من عشرة آلاف مسافر خلال يومين.",
    ]
    assert _speakers(paras) == ["سامي الحربي", "سامي الحربي"]


def test_the_official_after_an_unnamed_official_is_not_the_titled_person() -> None:
    # ... but after 'مسؤول ...' written in between, 'المسؤول' is that unnamed one
    paras = [
        "وقال سامي الحربي، مدير عام مطار المدينة، إن الرحلات عادت إلى مواعيدها المعتادة.",
        "وتحدث الصحفيون مع مسؤول في شركة الطيران الوطنية. وقال المسؤول إن الشركة ستزيد رحلاتها.",
    ]
    assert _speakers(paras)[-1] != "سامي الحربي"
