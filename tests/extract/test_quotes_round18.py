"""Statements, round 18: speakers' roles and detection classes, sized on fixed random corpus
samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _quotes(paragraphs: list[str]) -> list[Quote]:
    return extract_quotes(paragraphs)


def test_an_unnamed_relative_keeps_the_kin_phrase_as_role() -> None:
    # 18a. 'وقالت والدة الطالب': the mother speaks, unnamed; her relation is her role
    (q,) = _quotes(["وقالت والدة الطالب المفقود إن ابنها خرج صباح الأحد ولم يعد."])
    assert q.speaker == "والدة الطالب المفقود"
    assert q.role == "والدة الطالب المفقود"
    (q,) = _quotes(["وأكد شقيق اللاعب أن أخاه سيعود إلى التدريبات الأسبوع المقبل."])
    assert q.role == "شقيق اللاعب"


def test_a_named_person_still_has_no_invented_role() -> None:
    (q,) = _quotes(["وقال أحمد الحربي إن الطريق أغلق بسبب الأمطار."])
    assert q.role is None


def test_an_agent_is_not_the_client_named_after_the_office() -> None:
    # 18b. 'مديرة أعمال المغنية X': the manager speaks; the name is her client's
    paras = [
        "وقالت مديرة أعمال المغنية نانسي عجرم إن الجولة الفنية ستبدأ في الربيع.",
        "وأضافت مديرة أعمال المغنية أن الحفل الأول سيقام في بيروت.",
    ]
    quotes = _quotes(paras)
    assert [q.speaker for q in quotes] == ["مديرة أعمال المغنية", "مديرة أعمال المغنية"]


def test_an_agent_is_not_resolved_by_the_clients_surname() -> None:
    # 18b. 'وكيل أعمال الحارثي' after 'خالد الحارثي' spoke: the agent, not the player
    paras = [
        "وقال اللاعب خالد الحارثي إنه سعيد بالعودة إلى الملاعب.",
        "وأكد وكيل أعمال الحارثي أن العرض الجديد وصل أمس.",
    ]
    last = _quotes(paras)[-1]
    assert last.speaker != "خالد الحارثي"
    assert last.role == "وكيل أعمال الحارثي"
