"""Statements, round 20: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _by_cue(paragraphs: list[str], cue: str) -> list[Quote]:
    return [q for q in extract_quotes(paragraphs) if q.cue == cue]


def test_a_call_whose_content_follows_lam() -> None:
    # 20a. 'دعا X لـ' + a verbal noun: the call's content (was found only after إلى)
    (q,) = extract_quotes(["ودعت منظمة العفو الدولية لإجراء تحقيق فوري في مقتل المتظاهرين."])
    assert q.text.startswith("لإجراء تحقيق فوري")
    assert q.speaker == "منظمة العفو الدولية"
    # whom the call is addressed to, then the verbal noun
    text = "وقالت الوزارة إن المخزون يكفي، داعية المواطنين لعدم التهافت على شراء المواد الغذائية."
    (q,) = _by_cue([text], "داعية")
    assert "لعدم التهافت على شراء" in q.text
    assert q.speaker == "الوزارة"


def test_a_call_to_a_group_read_as_its_speaker() -> None:
    # 'ودعا الجماهير للصفح عن ...': one definite noun (with the ل-noun the parser reads into it)
    # is whom the elided subject calls, not the caller
    for text in (
        "وقال قائد الفريق إن الخسارة مؤلمة، ودعا الجماهير للوقوف خلف اللاعبين في المباراة المقبلة.",
        "وأشار الوزير إلى تحسن الأوضاع، ودعا المستثمرين لاغتنام الفرص المتاحة في القطاع.",
    ):
        (q,) = _by_cue([text], "ودعا")
        assert q.text.endswith("في المباراة المقبلة") or q.text.endswith("في القطاع")
        assert q.speaker in ("قائد الفريق", "الوزير")


def test_lam_right_after_the_speaker_goes_on_with_its_name() -> None:
    # 'دعت الهيئة العامة للغذاء والدواء ... إلى': the name goes on, إلى opens the call
    text = "دعت الهيئة العامة للغذاء والدواء المستهلكين إلى قراءة البيانات المدونة على العبوات."
    (q,) = extract_quotes([text])
    assert not q.text.startswith("للغذاء")
    assert "قراءة البيانات المدونة" in q.text


def test_prayers_invitations_and_what_calls_for_are_no_calls() -> None:
    # a prayer for someone, an invitation to attend, 'ما يدعو X لـ' (nothing calls for)
    assert _by_cue(["وزار الأمير المستشفى، داعيا للمصابين بالشفاء العاجل."], "داعيا") == []
    assert _by_cue(["ودعت الجمعية الخيرية سكان الحي لحضور الحفل الختامي مساء الخميس."], "ودعت") == []
    assert _by_cue(["ولا يوجد ما يدعو المستثمرين للقلق من تقلبات السوق هذا العام."], "يدعو") == []


def test_a_written_thing_described_by_a_present_cue_speaks() -> None:
    # 20b. an indefinite document or written thing, then a present cue describing it: the
    # document speaks, named by its definite head as the article names it later
    paragraphs = [
        "وقبل بدء الموسم وزع المشجعون نشرة غير رسمية تقول إن المدرجات الأمامية مخصصة للأعضاء فقط.",
        "وقالت إنه يتعين على الزوار الجلوس في الجهة الأخرى من الملعب.",
        'ودعت النشرة "المشجعين الجدد والزوار" لعدم الاقتراب من منصة الإدارة.',
    ]
    qs = extract_quotes(paragraphs)
    assert [q.speaker for q in qs] == ["النشرة", "النشرة", "النشرة"]
    assert qs[0].cue == "تقول"
    assert qs[0].text.startswith("المدرجات الأمامية مخصصة")
    (q,) = extract_quotes(["وأصدرت اللجنة تقريرا يتهم الشركة بإخفاء معلومات عن المستثمرين."])
    assert q.cue == "يتهم"
    assert "بإخفاء معلومات" in q.text


def test_a_document_inside_a_statement_or_a_writer_keeps_the_speaker() -> None:
    # inside another's statement, with فيها after the cue (the writer speaks), or out of
    # agreement with the cue, the document is no speaker
    (q,) = extract_quotes(["وقال دبلوماسيون إن واشنطن منعت صدور بيان يدعو إلى التهدئة في المنطقة."])
    assert q.cue == "وقال"
    for text in (
        "وكتب الرئيس في تغريدة يقول فيها إنه سيزور المدينة الأسبوع المقبل.",
        "ونشر الوزير رسالة يقول إن الوزارة ستراجع القرار.",
    ):
        assert all(q.speaker not in ("التغريدة", "الرسالة") for q in extract_quotes([text]))


def test_renewing_an_assertion_or_a_call_is_a_statement() -> None:
    # 20c. جدد + what it renews (التأكيد، دعوته، مطالبتها، رفضها ...) is a statement, also
    # after words of the speaker phrase the parser left ('ممثلة في ...')
    text = "وجددت وزارة الزراعة ممثلة في إدارة الثروة الحيوانية التأكيد على منع استيراد المواشي المريضة."
    (q,) = extract_quotes([text])
    assert q.speaker == "وزارة الزراعة"
    assert q.text.startswith("التأكيد على منع استيراد")
    (q,) = extract_quotes(["جددت الحكومة مطالبتها للشركات بخفض الأسعار قبل نهاية العام."])
    assert q.cue == "جددت"
    assert "بخفض الأسعار" in q.text


def test_renewing_a_contract_or_resuming_is_no_statement() -> None:
    assert extract_quotes(["وجدد النادي عقد المدافع الدولي لثلاثة مواسم مقبلة."]) == []
    assert extract_quotes(["وجددت الشركة ترخيص مصنعها في المدينة الصناعية لخمس سنوات."]) == []


def test_an_emotion_before_another_cue_states_nothing() -> None:
    # 20d. 'أعرب عن خالص حزنه لوفاته وقال إن ...': the إن within eight words is the next cue's,
    # so the emotion stays silent and the saying keeps its speaker
    text = "وأعرب رئيس النادي عن خالص حزنه لوفاة اللاعب وقال إن إرثه سيبقى حاضرا في ذاكرة الجماهير."
    (q,) = extract_quotes([text])
    assert q.cue == "وقال"
    assert q.speaker == "رئيس النادي"
    assert q.text.startswith("إرثه سيبقى")
    # an emotion whose own أن follows still reports
    (q,) = extract_quotes(["وأعرب الوزير عن سعادته بأن المشروع اكتمل قبل موعده المحدد بشهرين."])
    assert "المشروع اكتمل" in q.text


def test_the_subject_of_kana_qad_stands_before_the_cue() -> None:
    # 20e. 'وكان X قد دعا Y إلى': X is the subject, Y the object (was read as the speaker)
    text = "وكان وزير الخارجية قد دعا الدول الأوروبية إلى التحرك العاجل لوقف القتال."
    (q,) = extract_quotes([text])
    assert q.speaker == "وزير الخارجية"
    assert q.text.startswith("الدول الأوروبية إلى التحرك")
    # past commas and adverbials between the object and the preposition
    text = "وكانت الهيئة قد حذرت المستثمرين، الأسبوع الماضي، من التعامل مع الشركات غير المرخصة."
    (q,) = extract_quotes([text])
    assert q.speaker == "الهيئة"
    assert "من التعامل مع الشركات" in q.text


def test_a_time_phrase_ends_before_the_object() -> None:
    # 20f. a time phrase after the cue ends with its adjective (الماضي، المقبل ...) or with a
    # month named twice and its year, so the object after it is the content
    for when in ("في مارس الماضي", "في آذار/مارس الماضي", "في كانون الأول/ديسمبر 2017"):
        text = f"وكانت الحكومة قد أعلنت {when} إغلاق المعابر الحدودية مع الدولة المجاورة."
        (q,) = extract_quotes([text])
        assert q.speaker == "الحكومة"
        assert q.text.startswith("إغلاق المعابر الحدودية")
