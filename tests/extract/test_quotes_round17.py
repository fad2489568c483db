"""Statements, round 17: detection classes (finding statements and their extents), sized on fixed
random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _quotes(paragraphs: list[str]) -> list[Quote]:
    return extract_quotes(paragraphs)


def test_a_dual_verb_carries_its_subject_so_the_noun_after_it_opens_the_content() -> None:
    # 17a. 'كما أكدا العمل على': the dual suffix is the subject; العمل is the statement's first word
    paras = [
        "وقال وزيرا الخارجية في بيان مشترك إن البلدين سيعززان التعاون الأمني.",
        "كما أكدا العمل على ترسيم الحدود البحرية بين البلدين خلال العام المقبل.",
    ]
    last = _quotes(paras)[-1]
    assert last.text.startswith("العمل على ترسيم")
    assert last.speaker != "العمل"


def test_a_plural_verb_takes_its_object_then_the_governed_preposition_into_the_statement() -> None:
    # 17a. 'وطالبوا الحكومة بفتح': الحكومة is whom they called on, not who spoke
    paras = [
        "وقال المحتجون في بيان إن المياه انقطعت عن أحيائهم منذ أسبوع.",
        "وطالبوا الحكومة المحلية بفتح تحقيق عاجل في أسباب الانقطاع المتكرر.",
    ]
    last = _quotes(paras)[-1]
    assert last.text.startswith("الحكومة المحلية بفتح تحقيق")
    assert last.speaker == "المحتجون"


def test_a_singular_verb_still_reads_the_noun_after_it_as_its_subject() -> None:
    # ... while 'وطالبت الحكومة المواطنين بـ' keeps الحكومة as the speaker (VSO, singular verb)
    paras = ["وطالبت الحكومة المحلية السكان بترشيد استهلاك المياه خلال فصل الصيف."]
    assert _quotes(paras)[0].speaker.startswith("الحكومة")
