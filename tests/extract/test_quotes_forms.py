"""Statements: cue forms mined from the corpora (plural and missing participles, new reporting
verbs, the purpose لـ) and prayers that are no statements, on short invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from akhbar.extract.quotes import extract_quotes

FOUND = [
    # participles the lexicon lacked (mined: مبينا 1,638 times before أن/إن/: in the corpora)
    (
        ["وقال الوزير سعيد الراشد إن الخطة جاهزة، مبينا أن التنفيذ يبدأ الشهر المقبل."],
        "سعيد الراشد",
        "التنفيذ يبدأ",
        "مبينا",
    ),
    (
        ["وأكد المدير خالد العتيبي نجاح الموسم، مفيدا بأن عدد الزوار تضاعف هذا العام."],
        "خالد العتيبي",
        "عدد الزوار تضاعف",
        "مفيدا",
    ),
    (
        ["وقال المحتجون إن الاعتصام مستمر، مؤكدين أن مطالبهم لم تلب حتى الآن."],
        "المحتجون",
        "مطالبهم لم تلب",
        "مؤكدين",
    ),
    (
        ["وقال الخبراء إن السوق مستقرة، مشيرين إلى أن الأسعار سترتفع في الربع الأخير."],
        "الخبراء",
        "الأسعار سترتفع",
        "مشيرين",
    ),
    # reporting verbs the lexicon lacked
    (
        ["وقال الوزير سعيد الراشد إن الخطة جاهزة. وزاد الراشد أن التمويل متوفر بالكامل."],
        "الراشد",
        "التمويل متوفر",
        "وزاد",
    ),
    (
        ["وقال الوزير سعيد الراشد إن الخطة جاهزة. واختتم الراشد حديثه: نحن على الطريق الصحيح."],
        "الراشد",
        "نحن على الطريق",
        "واختتم",
    ),
    (
        ["واستطرد المدرب فهد السالم: الفريق يحتاج إلى وقت أطول للانسجام."],
        "فهد السالم",
        "الفريق يحتاج",
        "واستطرد",
    ),
    (
        ["ونبه التقرير السنوي إلى أن الديون ارتفعت بنسبة كبيرة خلال العام."],
        "التقرير",
        "الديون ارتفعت",
        "ونبه",
    ),
    # the purpose لـ before a present reporting verb
    (
        ["وخرج الوزير سعيد الراشد في مؤتمر صحفي ليؤكد أن الحكومة لن تتراجع عن قرارها."],
        "سعيد الراشد",
        "الحكومة لن تتراجع",
        "ليؤكد",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_statement_found(
    found_statement: Callable[..., None], paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


NO_STATEMENT = [
    # a prayer: God is the object of دعا
    ["وقدم رئيس النادي التعازي لأسرة الفقيد، داعيا المولى أن يتغمده بواسع رحمته."],
    ["ودعا الله أن يحفظ البلاد من كل سوء."],
    # لـ + a present form that is no reporting verb (ليرى = to see)
    ["واستغرق المشروع سنوات ليرى النور أخيرا في العاصمة."],
]


@pytest.mark.parametrize("paragraphs", NO_STATEMENT)
def test_no_statement(paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs) == [], [(q.speaker, q.cue, q.text) for q in extract_quotes(paragraphs)]


def test_prayer_word_inside_a_name_is_no_prayer() -> None:
    quotes = extract_quotes(["ودعا الأمين العام لحزب الله حسن نصر الله إلى ضبط النفس في الجنوب."])
    assert any("ضبط النفس" in q.text for q in quotes), quotes


FRONTED = [
    # an attribution marker that opens its sentence: the clause after the comma is the statement
    (["وبحسب المنصة، فقد تصدرت محكمة الرياض قائمة الجلسات المنعقدة خلال العام."], "المنصة", "تصدرت محكمة"),
    (["ووفقا للشرطة، فإن المسلح أطلق النار على الزبائن قبل أن يفر."], "الشرطة", "المسلح أطلق النار"),
    (["وبحسب وزارة الصحة، توفي عشرة أشخاص وأصيب آخرون في الحادث."], "وزارة الصحة", "توفي عشرة أشخاص"),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment"), FRONTED)
def test_fronted_attribution(paragraphs: list[str], speaker: str, fragment: str) -> None:
    quotes = extract_quotes(paragraphs)
    assert any(fragment in q.text and q.speaker == speaker for q in quotes), quotes


def test_fronted_rule_is_no_source() -> None:
    assert extract_quotes(["ووفقا للقانون الجديد، يجب على الشركات دفع الضرائب في موعدها."]) == []
