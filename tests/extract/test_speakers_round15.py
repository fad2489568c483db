"""Speakers, round 15: classes of attribution errors found on blind2/blind8 and the corpus
samples; one short invented sentence per construction."""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes


def _speaker(paragraphs: list[str], fragment: str) -> str | None:
    hits = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert hits, extract_quotes(paragraphs)
    return hits[0].speaker


# 15a: 'لفت النظر/الانتباه/الأنظار إلى' (draw attention to): the noun is the cue's object, the
# subject is the one who spoke before
ATTENTION = [
    (
        ["وقال المدير خالد الأحمد إن المشروع اكتمل.", "ولفت النظر إلى أن الطريق سيفتح قريبا."],
        "الطريق سيفتح",
        "خالد الأحمد",
    ),
    (
        ["وأكدت الوزيرة سارة العلي أن الخطة جاهزة، ولفتت الانتباه إلى أن التمويل متوفر."],
        "التمويل متوفر",
        "سارة العلي",
    ),
    (
        ["وقال رئيس البلدية ماجد السالم إن الحديقة افتتحت.", "كما لفت الأنظار إلى أن الدخول مجاني."],
        "الدخول مجاني",
        "ماجد السالم",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), ATTENTION)
def test_attention_after_lafata_is_the_object(paragraphs: list[str], fragment: str, speaker: str) -> None:
    assert _speaker(paragraphs, fragment) == speaker


# 15b: foreign given names and mononyms ending in يه are names, not a noun + pronoun suffix
NAMES_IN_YH = [
    (["وأكدت بيونسيه أن الحفل كان رائعا."], "الحفل كان رائعا", "بيونسيه"),
    (["وقال النجم البرازيلي بيليه إن العنصرية موجودة في كل مكان."], "العنصرية موجودة", "بيليه"),
    (["وقال الحارس خورخيه كامبوس إن الفريق جاهز."], "الفريق جاهز", "خورخيه كامبوس"),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), NAMES_IN_YH)
def test_given_names_ending_in_yh(paragraphs: list[str], fragment: str, speaker: str) -> None:
    assert _speaker(paragraphs, fragment) == speaker


# 15c: لفرانس برس / لفرانس24 after a name is the medium told, not the name's tail
@pytest.mark.parametrize("medium", ["لفرانس برس", "لفرانس24", "لوكالة فرانس برس"])
def test_france_presse_ends_the_name(medium: str) -> None:
    assert _speaker([f"وقال الخبير جون سميث {medium} إن الاتفاق مهم."], "الاتفاق مهم") == "جون سميث"


def test_frans_is_still_a_given_name() -> None:
    assert _speaker(["وقال نائب الرئيس فرانس تيمرمانس إن الاتفاق مهم."], "الاتفاق مهم") == "فرانس تيمرمانس"


# 15d: countries the state list lacked are a genitive of the office, not the head of a name
COUNTRY_GENITIVES = [
    ("وقالت رئيسة وزراء نيوزيلندا جاسيندا أرديرن إن البلاد حزينة.", "جاسيندا أرديرن"),
    ("وقالت رئيسة وزراء اسكتلندا نيكولا ستيرجن إن الاستفتاء قادم.", "نيكولا ستيرجن"),
    ("وقال رئيس كولومبيا إيفان دوكي إن السلام ممكن.", "إيفان دوكي"),
]


@pytest.mark.parametrize(("sentence", "speaker"), COUNTRY_GENITIVES)
def test_country_genitive_ends_the_office(sentence: str, speaker: str) -> None:
    quotes = extract_quotes([sentence])
    assert [q.speaker for q in quotes] == [speaker]


# 15e: an office 'في' a body named by its place or by a quoted name, then the holder's name
BODY_AFTER_FI = [
    ("وقال الباحث في معهد واشنطن ديفيد شينكر إن العقوبات ستستمر.", "ديفيد شينكر"),
    ('وقال القيادي في "حركة النهضة" سمير ديلو إن الحوار مستمر.', "سمير ديلو"),
    ("وقال الأستاذ في جامعة القاهرة حسن نافعة إن الحوار مستمر.", "حسن نافعة"),
]


@pytest.mark.parametrize(("sentence", "speaker"), BODY_AFTER_FI)
def test_body_after_fi_then_the_name(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes([sentence])] == [speaker]


def test_quoted_body_then_an_office_word_then_the_name() -> None:
    quotes = extract_quotes(['وقال المسؤول في "إف بي آي" المكلف الملف، ستيف أنطوني إن القصف مستمر.'])
    assert [q.speaker for q in quotes] == ["ستيف أنطوني"]


def test_a_call_to_a_quoted_aim_is_not_a_body() -> None:
    # إلى after the office opens what is called for, not where the office is
    sentence = "من جهته، دعا مدير العمليات الإنسانية في الأمم المتحدة إلى «مضاعفة الجهود» من أجل الهدنة."
    quotes = extract_quotes([sentence])
    assert [(q.speaker, q.text[:3]) for q in quotes] == [("مدير العمليات الإنسانية في الأمم المتحدة", "إلى")]
