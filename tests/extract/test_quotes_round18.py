"""Statements, round 18: speakers' roles and detection classes, sized on fixed random corpus
samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes


def test_an_unnamed_relative_keeps_the_kin_phrase_as_role() -> None:
    # 18a. 'وقالت والدة الطالب': the mother speaks, unnamed; her relation is her role
    (q,) = extract_quotes(["وقالت والدة الطالب المفقود إن ابنها خرج صباح الأحد ولم يعد."])
    assert q.speaker == "والدة الطالب المفقود"
    assert q.role == "والدة الطالب المفقود"
    (q,) = extract_quotes(["وأكد شقيق اللاعب أن أخاه سيعود إلى التدريبات الأسبوع المقبل."])
    assert q.role == "شقيق اللاعب"


def test_a_named_person_still_has_no_invented_role() -> None:
    (q,) = extract_quotes(["وقال أحمد الحربي إن الطريق أغلق بسبب الأمطار."])
    assert q.role is None


def test_an_agent_is_not_the_client_named_after_the_office() -> None:
    # 18b. 'مديرة أعمال المغنية X': the manager speaks; the name is her client's
    paras = [
        "وقالت مديرة أعمال المغنية نانسي عجرم إن الجولة الفنية ستبدأ في الربيع.",
        "وأضافت مديرة أعمال المغنية أن الحفل الأول سيقام في بيروت.",
    ]
    quotes = extract_quotes(paras)
    assert [q.speaker for q in quotes] == ["مديرة أعمال المغنية", "مديرة أعمال المغنية"]


def test_an_agent_is_not_resolved_by_the_clients_surname() -> None:
    # 18b. 'وكيل أعمال الحارثي' after 'خالد الحارثي' spoke: the agent, not the player
    paras = [
        "وقال اللاعب خالد الحارثي إنه سعيد بالعودة إلى الملاعب.",
        "وأكد وكيل أعمال الحارثي أن العرض الجديد وصل أمس.",
    ]
    last = extract_quotes(paras)[-1]
    assert last.speaker != "خالد الحارثي"
    assert last.role == "وكيل أعمال الحارثي"


def test_a_demand_after_a_detached_by_before_a_quotation_is_found() -> None:
    # 18c. 'وطالب X المجلس بـ"..." على': ب written apart (the cleaner drops the tatweel) opens the demand
    for by in ('بـ"', 'ب"'):
        paras = [
            "وقال النائب سامر الخطيب إن الهجمات تكررت هذا الشهر.",
            f'وطالب الخطيب مجلس النواب {by}التحرك سريعا" على وقف هذه الهجمات وحماية المدنيين.',
        ]
        last = extract_quotes(paras)[-1]
        assert last.cue == "وطالب"
        assert 'التحرك سريعا" على وقف هذه الهجمات' in last.text
        assert last.speaker == "سامر الخطيب"


def test_a_description_in_marks_closed_by_a_comma_does_not_swallow_the_next_cue() -> None:
    # 18c. 'من وصفتهم ب"..."، وهو ما اعتبرته': the later cue keeps its own statement
    paras = ['واعتقلت الشرطة من وصفتهم الصحيفة ب"الناشطين"، وهو ما اعتبرته الحكومة تدخلا في شؤونها الداخلية.']
    cues = [q.cue for q in extract_quotes(paras)]
    assert "اعتبرته" in cues


def test_what_a_paper_learned_from_sources_is_the_sources_statement() -> None:
    # 18d. 'علمت "الصحيفة" من مصادر مطلعة أن': the sources speak
    paras = ['علمت "الرياض" من مصادر مطلعة أن الوزارة ستعلن نتائج التحقيق الأسبوع المقبل.']
    (q,) = extract_quotes(paras)
    assert q.speaker == "مصادر مطلعة"
    assert q.text.startswith("الوزارة ستعلن")


def test_learning_without_a_source_is_no_statement() -> None:
    # 18d. 'عندما علمت أن'، 'علمت X من قبل أن': somebody learned; nobody is quoted
    assert extract_quotes(["وبكت الأم عندما علمت أن ابنها نجا من الحادث."]) == []
    assert extract_quotes(["وهي خاصية علمت الصحيفة من قبل أنها ستطلق هذا العام."]) == []
