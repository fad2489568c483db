"""Speakers, round 24: classes of attribution errors found on the corpus samples and the
development sets; short invented sentences per construction."""

from __future__ import annotations

import pytest
from tests.extract.conftest import quote_with

# 24A: 'last' in its other forms (الفائت، الفائتة، المنصرم، المنصرمة) closes a time adverbial
# between the cue and its subject as الماضي does: the subject after it speaks, or the subject
# is elided; 'الشهر الفائت' is no speaker
PAST_ADVERB_BEFORE_SUBJECT = [
    ("وانتقدت الأسبوع الفائت قرار البلدية رفع الرسوم.", "قرار البلدية", "سلمى العلي"),
    ("ودعت الشهر المنصرم إلى إصلاح قانون الانتخابات.", "إلى إصلاح", "سلمى العلي"),
    (
        "وأكدت الجمعة الفائتة لجنة الرقابة أن الحسابات سليمة.",
        "الحسابات سليمة",
        "لجنة الرقابة",
    ),
    ("وأعلن العام المنصرم اتحاد الكرة أن الدوري سيتوسع.", "الدوري سيتوسع", "اتحاد الكرة"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), PAST_ADVERB_BEFORE_SUBJECT)
def test_a_past_adverbial_before_the_subject(sentence: str, fragment: str, speaker: str) -> None:
    paragraphs = ["وقالت النائبة سلمى العلي إن الميزانية لا تكفي.", sentence]
    q = quote_with(paragraphs, fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)


# 24B: an indefinite plural in ات after two words of a name is the cue's object (its remarks,
# its accusations), not a family name, even before a definite genitive that reads like a title
PLURAL_OBJECT_AFTER_NAME = [
    ("وانتقد الرئيس سامي يوسف تصريحات الوزير ووصفها بأنها متسرعة.", "متسرعة", "سامي يوسف"),
    ("ورفض النائب محمد علي اتهامات الوزير ووصفها بأنها بلا أساس.", "بلا أساس", "محمد علي"),
    ("وانتقد المدرب كريم حسن تعليقات المدير ووصفها بأنها ظالمة.", "ظالمة", "كريم حسن"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), PLURAL_OBJECT_AFTER_NAME)
def test_a_plural_object_after_a_name(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker


def test_a_family_name_in_at_stays() -> None:
    # a family name in ات that persons bear is still the name's third word
    q = quote_with(["وقال الدكتور صائب محمد عريقات إن المفاوضات متعثرة."], "المفاوضات متعثرة")
    assert q.speaker == "صائب محمد عريقات"


# 24C: after an office, a given name and a family name with the article end the name before
# a phrase opened by بـ/لـ glued to a common noun (بمشاركة، بحضور، لصحيفة، برسائل): the holder is
# named, not the office alone
NAME_BEFORE_GLUED_PREPOSITION = [
    ("وقال وزير الزراعة ماهر العمر بحضور المحافظ إن الموسم جيد.", "الموسم جيد", "ماهر العمر"),
    ("وأكد مدير الشرطة نبيل الشريف لصحيفة محلية أن التحقيق مستمر.", "التحقيق مستمر", "نبيل الشريف"),
    (
        "وبعث رئيس الوزراء عادل الخطيب برسالة إلى النواب مؤكدا أن الميزانية جاهزة.",
        "الميزانية جاهزة",
        "عادل الخطيب",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), NAME_BEFORE_GLUED_PREPOSITION)
def test_a_name_before_a_glued_preposition(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker


def test_a_glued_addressee_is_no_family_name() -> None:
    # 'للكتابين' (to the two books) after a given name is no family name, even before بكلمة: the
    # elided cue after it goes to the full name known from earlier
    paragraphs = [
        "وقال الأمير فيصل الماجد إن السياسة ثابتة.",
        "وقدم الأمير فيصل للتقريرين بكلمة أشاد فيها بالباحثين، وأشار إلى أن العمل كان كبيرا.",
    ]
    q = quote_with(paragraphs, "العمل كان")
    assert q.speaker == "فيصل الماجد"
