"""Speakers, round 23: classes of attribution errors found on the corpus samples and the
development sets; short invented sentences per construction."""

from __future__ import annotations

import pytest
from tests.extract.conftest import quote_with

# 23A: a time adverb of the narrative ('then', 'at that time': وقتها، حينذاك، عندئذ، يومها ...)
# between the cue and its subject is passed over like حينها and آنذاك: the subject after it
# speaks, not the speaker of the previous statement, and the adverb is no speaker
ADVERB_BEFORE_SUBJECT = [
    (
        "وأكدت وقتها هيئة الرقابة المالية أن الغرامات ستفرض على المخالفين.",
        "الغرامات ستفرض",
        "هيئة الرقابة المالية",
    ),
    ("وذكرت حينذاك إحدى الصحف أن الاتفاق بات وشيكا.", "الاتفاق بات", "إحدى الصحف"),
    ("وأعلنت يومها الشرطة المحلية أن الطريق أعيد فتحه.", "الطريق أعيد", "الشرطة المحلية"),
    ("وقال عندئذ المتحدث باسم البلدية سامر يوسف إن الأعمال ستنتهي قريبا.", "الأعمال ستنتهي", "سامر يوسف"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), ADVERB_BEFORE_SUBJECT)
def test_a_time_adverb_before_the_subject(sentence: str, fragment: str, speaker: str) -> None:
    paragraphs = ["وقال وزير الاقتصاد ماجد الحسن إن النمو سيتسارع هذا العام.", sentence]
    q = quote_with(paragraphs, fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)


# 23B: و + a definite noun right after the definite genitive of an office or a body is a second
# genitive of the same head (a ministry 'of trade and industry'), not a second speaker and not
# the start of the statement; a title, a body, a state or a nisba after و stays outside
CONJUNCT_GENITIVE = [
    (
        "وأعلنت وزارة الزراعة والثروة السمكية أن الموسم بدأ مبكرا.",
        "الموسم بدأ",
        "وزارة الزراعة والثروة السمكية",
    ),
    ("وقال وزير النقل والمواصلات إن الطريق سيفتتح قريبا.", "الطريق سيفتتح", "وزير النقل والمواصلات"),
    ("وحذرت إدارة الأرصاد والإنذار المبكر من أمطار غزيرة.", "من أمطار", "إدارة الأرصاد والإنذار المبكر"),
    (
        "وقال وزير الصناعة والتجارة والتموين إن الأسعار مستقرة.",
        "الأسعار مستقرة",
        "وزير الصناعة والتجارة والتموين",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), CONJUNCT_GENITIVE)
def test_a_conjunct_genitive_stays_in_the_office(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)


def test_a_conjunct_title_is_not_the_office() -> None:
    # 'والمتحدث' opens a second person's office: the first role does not swallow it
    q = quote_with(["وقال مدير الشرطة والمتحدث باسم الوزارة إن التحقيق مستمر."], "التحقيق مستمر")
    assert "مدير الشرطة والمتحدث" not in q.speaker


# 23C: a preposition ب glued to a city after an office's definite genitive names where the
# body is ('مدير جمعية الفنون بجدة'): the office goes on to its holder's name, the city is no name
def test_a_glued_city_after_the_office() -> None:
    q = quote_with(["وقال مدير جمعية الفنون الشعبية بجدة خالد السالم إن العروض ستبدأ غدا."], "العروض ستبدأ")
    assert q.speaker == "خالد السالم"


# 23D: عام/عامة right after an indefinite title inside an office ('أمين عام'، 'مدير عام') is the
# title's adjective, not a one-word name: a second office stacked on the first keeps going
def test_a_stacked_general_secretary() -> None:
    paragraphs = ["وأكد رئيس الهيئة العامة للسياحة أمين عام مجلس التنمية المهندس سالم العمري أن الموسم ناجح."]
    q = quote_with(paragraphs, "الموسم ناجح")
    assert q.speaker == "سالم العمري"


# 23E: an anonymous source's request ('طلب عدم ذكر اسمه'، 'تحدث شريطة عدم نشر اسمه') is no
# name after the source's office and no speaker of its own: the source speaks
ANONYMOUS_SOURCE = [
    ("وقال دبلوماسي أوروبي طلب عدم ذكر اسمه إن المفاوضات متعثرة.", "المفاوضات متعثرة", "دبلوماسي أوروبي"),
    ("وقال مسؤول حكومي، تحدث شريطة عدم نشر اسمه، إن القرار نهائي.", "القرار نهائي", "مسؤول حكومي"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), ANONYMOUS_SOURCE)
def test_an_anonymous_source_request(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker


def test_a_name_ends_before_not() -> None:
    # 23E: عدم ('not ...') is never a name's word: after two words it opens the cue's object
    q = quote_with(["وأكد المتحدث باسم البلدية المهندس سامي مرزوقي عدم صحة الشائعات."], "صحة الشائعات")
    assert q.speaker == "سامي مرزوقي"
    assert q.text.startswith("عدم صحة")


def test_an_observer_who_asked_not_to_be_named() -> None:
    # 23E: 'متابع للملف' (someone who follows the matter) heads a source as 'مصدر' does, and
    # the given name فضل before عدم is his request, not his name
    q = quote_with(["وقال متابع للملف فضل عدم كشف هويته إن الصفقة ألغيت."], "الصفقة ألغيت")
    assert q.speaker == "متابع للملف"
