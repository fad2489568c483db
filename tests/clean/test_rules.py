"""Line rules: each residue class, and article lines that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from akhbar.clean.page import classify_lines, split_end_mark
from akhbar.clean.rules import line_reason
from akhbar.structure.lines import split_lines


def reason(raw: str) -> str | None:
    (line,) = split_lines(raw)
    return line_reason(line)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("asdasd", "template"),
        ("endNewsMessage1", "template"),
        ("تعليقات", "label"),
        ("شارك", "label"),
        ("طباعة", "label"),
        ("تعليقات (12)", "label"),
        ("إقرأ أيضا: لقاء بين مسؤولين سعوديين وأتراك بشأن خاشقجي", "teaser"),
        ("اقرأ أيضاً: الحوثيون يقصفون جازان", "teaser"),
        ("قد يهمك: اختفاء خاشقجي.. السعودية تسمح لتركيا بالبحث", "teaser"),
        ("للمزيد: ضربات جوية تستهدف مطار التيفور", "teaser"),
        ("/انتهى/", "end-mark"),
        ("// انتهى //", "end-mark"),
        ("انتهى/ ع.ح", "end-mark"),
        ("(انتهى)", "end-mark"),
        ("ع.ح/ م.ع", "end-mark"),
        ("19:05 ت م", "timestamp"),
        ("08:30 GMT", "timestamp"),
        ("---------------------------------------", "separator"),
        ("* * *", "separator"),
        ("معرف الأخبار : ۱۴۵۰۳۸۸", "metadata:news_id"),
        ("رمز الخبر: 2345678", "metadata:news_id"),
        ("رقم الخبر ٩٨٧٦٥", "metadata:news_id"),
        ("كود الخبر: 554433", "metadata:news_id"),
        ("News ID: 112233", "metadata:news_id"),
        ("شناسه خبر: ۴۴۵۵۶۶", "metadata:news_id"),
        ("تاريخ النشر: ۱۴۰۲/۱۱/۳۰", "metadata:date"),
        ("الاثنين 19 فبراير 2024", "metadata:date"),
        ("يمكنكم تسلم إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي", "promo"),
        ("فرانس24/ أ ف ب", "credit"),
        ("*نقلاً عن الرؤية الإماراتية", "credit"),
        ("انتهى ** 2344", "end-mark"),
        ("ع ص", "end-mark"),
        ("شارك برأيك", "label"),
        ("الكلمات الدليلية: غزة، الحرب", "tags"),
        ("عدد الزيارات: 1234", "label"),
        ("1234 مشاهدة", "label"),
        ("منذ 3 ساعات", "label"),
        ("كلمات دلالية: إيران، العراق، الانتخابات", "tags"),
        ("الرئيسية > سياسة > الشرق الأوسط", "navigation"),
        ("وكالة مهر للأنباء", "credit"),
        ("المصدر: وكالة الأنباء السعودية", "credit"),
        ("صورة أرشيفية", "credit"),
        # article text stays
        ("وقال كنعاني: نحن على أعتاب انتخابات مجلس الشورى", None),
        ("طلب إيران عقد اجتماع لمنظمة التعاون الإسلامي", None),
        ("أفادت وكالة فارس للأنباء أن أربعة مسلحين اشتركوا في تنفيذه", None),
        ("شاهد عيان قال إن الانفجار وقع صباحا", None),
        ("وقتل 3 أشخاص منذ 3 أيام في هجوم على قرية", None),
        ("طهران / بغداد / دمشق: محور واحد", None),
        (
            "وقرأ المتحدث بيانا في 19 فبراير 2024 أمام الصحفيين وأعلن فيه نتائج التحقيق الأولية في الحادث",
            None,
        ),
    ],
)
def test_line_classes(raw: str, expected: str | None) -> None:
    assert reason(raw) == expected


@pytest.mark.parametrize(
    ("raw", "text", "mark"),
    [
        ("وقال إن الزيارة ناجحة. /انتهى/", "وقال إن الزيارة ناجحة.", "/انتهى/"),
        ("وأكد دعم المملكة. // انتهى //", "وأكد دعم المملكة.", "// انتهى //"),
        ("وأكد دعم المملكة. انتهى/ ع.ح", "وأكد دعم المملكة.", "انتهى/ ع.ح"),
        ("وأكد أن الأمر انتهى تماما", "وأكد أن الأمر انتهى تماما", ""),
    ],
)
def test_trailing_end_mark(raw: str, text: str, mark: str) -> None:
    assert split_end_mark(raw) == (text, mark)


def test_a_repeated_title_is_removed_once() -> None:
    page = (
        "عنوان الخبر عن الاجتماع\n\nعنوان الخبر عن الاجتماع\n\nأعلن الوزير اليوم عن خطة جديدة لدعم الاقتصاد."
    )
    reasons, headline = classify_lines(split_lines(page))
    assert headline == 0 and reasons == [None, "duplicate-headline", None]


def test_headlines_under_a_related_header() -> None:
    page = "\n".join(
        [
            "عنوان الخبر عن الاجتماع",
            "أعلن الوزير اليوم عن خطة جديدة لدعم الاقتصاد الوطني في السنوات المقبلة.",
            "أخبار ذات صلة",
            "الوزير يلتقي نظيره الكويتي في الرياض",
            "ارتفاع أسعار النفط في الأسواق العالمية",
        ]
    )
    reasons, _ = classify_lines(split_lines(page))
    assert reasons == [None, None, "label", "related", "related"]


def test_related_tail_after_teaser() -> None:
    page = "\n".join(
        [
            "عنوان الخبر عن الاجتماع",
            "أعلن الوزير اليوم عن خطة جديدة لدعم الاقتصاد الوطني في السنوات المقبلة.",
            "وقال الوزير إن الخطة تشمل مشاريع كبيرة في قطاعات عدة من الاقتصاد الوطني.",
            "اقرأ أيضا: الوزير يلتقي نظيره",
            "وأضاف أن التنفيذ يبدأ الشهر المقبل في كل المناطق بحسب الجدول الزمني المعلن.",
            "أكد رئيس الوزراء في بلد آخر أن المفاوضات مع الجيران مستمرة حتى التوصل إلى اتفاق",
            "كشفت وكالة أنباء أخرى عن لقاء بين وفدين في العاصمة لبحث ملفات التعاون المشترك",
        ]
    )
    lines = split_lines(page)
    reasons, headline = classify_lines(lines)
    assert headline == 0
    assert reasons == [None, None, None, "teaser", None, "related", "related"]


@given(st.text())
def test_classify_never_raises(text: str) -> None:
    lines = split_lines(text)
    reasons, headline = classify_lines(lines)
    assert len(reasons) == len(lines)
    assert headline is None or reasons[headline] is None
