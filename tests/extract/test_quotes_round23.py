"""Statements, round 23: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _by_cue(paragraphs: list[str], cue: str) -> list[Quote]:
    return [q for q in extract_quotes(paragraphs) if q.cue == cue]


def test_a_non_human_plural_after_a_masculine_cue_is_its_object() -> None:
    # 23a. a verb before a non-human broken plural subject is feminine (دعت الدول): after a
    # masculine singular cue the plural is the object and the subject is the one named before
    paras = [
        "وقال وزير الخارجية خالد الناصر إن الوضع خطير.",
        'ودعا الدول الإسلامية إلى تحرك عاجل لوقف هذا "الاستيطان المتواصل".',
        "وطالب الأحزاب السياسية بتغليب المصلحة العامة.",
    ]
    (q,) = _by_cue(paras, "ودعا")
    assert q.speaker == "خالد الناصر"
    assert q.text.startswith("إلى تحرك عاجل")
    (q,) = _by_cue(paras, "وطالب")
    assert q.speaker == "خالد الناصر"


def test_a_plural_in_construct_after_a_masculine_cue_is_its_object() -> None:
    # 23a. وسائل in construct with a definite noun ('وسائل الإعلام') is read as the plural it is
    paras = ["وأكد المتحدث باسم الشرطة سعيد العمري وقوع الحادث، ودعا وسائل الإعلام إلى تحري الدقة."]
    (q,) = _by_cue(paras, "ودعا")
    assert q.speaker == "سعيد العمري"


def test_a_feminine_cue_before_a_plural_keeps_it_as_speaker() -> None:
    # the agreeing feminine verb has the plural as its subject, as before
    (q,) = extract_quotes(["ودعت الدول العربية إلى وقف فوري لإطلاق النار."])
    assert q.speaker == "الدول العربية"


def test_a_plural_body_before_the_content_in_its_name_is_still_read() -> None:
    # the plural read as object is a common noun, not the registered body it names
    paras = [
        "أدانت جامعة الدول العربية الهجوم على المسجد.",
        "وقال السفير حسام زكي إن الاعتداء مرفوض.",
        'ودعا الدول العربية إلى موقف موحد ضد هذا "العدوان السافر".',
    ]
    (q,) = _by_cue(paras, "ودعا")
    assert q.speaker == "حسام زكي"


def test_a_verbal_noun_in_waw_after_an_aside_is_the_object() -> None:
    # 23b. after '، أمس،' a word opening with و is a new clause only when it is و + a verb: the
    # verbal nouns whose root opens with و (وجود، وصول، وقوع، وقوف، وفاة) are the cue's object
    (q,) = extract_quotes(["ونفى مسؤول في الوزارة، أمس، وجود أي مصابين بين الزوار."])
    assert q.speaker == "مسؤول في الوزارة"
    assert q.text.startswith("وجود أي مصابين")
    (q,) = extract_quotes(["وأعلنت إدارة النادي، صباح الأحد، وفاة مدربها السابق عن 70 عاما."])
    assert q.text.startswith("وفاة مدربها")


def test_a_new_clause_after_a_comma_still_ends_the_object() -> None:
    # و + a verb after the comma is a coordinated clause, not the cue's object, as before
    assert extract_quotes(["وأعلنت الشركة الأسبوع الماضي، وحصلت فيها على جائزة التميز."]) == []


def test_an_object_after_an_adverbial_between_commas_opens_the_call() -> None:
    # 23c. 'ودعا X، أمس، الحكومة إلى': the object after the adverbial, then the preposition the
    # cue governs opens the content, as it does with no commas
    (q,) = extract_quotes(["ودعا النائب سامر الخطيب، أمس، الحكومة إلى الإسراع في صرف التعويضات."])
    assert q.speaker == "سامر الخطيب"
    assert q.text.startswith("إلى الإسراع")
    (q,) = extract_quotes(
        ["وطالب المفوض الأوروبي ميشيل دوبوا، الحكومة الإيطالية بالإسراع في تسليم المتهمين."]
    )
    assert q.speaker == "ميشيل دوبوا"
    assert q.text.startswith("بالإسراع")


def test_a_name_in_apposition_between_commas_is_no_object() -> None:
    # a comma, a name and a comma before the preposition: no object to pass, nothing new read
    (q,) = extract_quotes(["وأعرب رئيس الوزراء، محمد علي، عن أمله في نجاح المفاوضات."])
    assert q.text.startswith("عن أمله")


def test_a_relaying_medium_gives_way_to_its_source() -> None:
    # 23d. 'حسبما نقلت صحيفة X عن Y' / 'وفقا لما نقلته وكالة X عن Y': the medium only carries it
    (q,) = extract_quotes(
        ["وأسفر الانفجار عن مقتل أربعة أشخاص، حسبما نقلت وكالة الأنباء عن مسؤول في الشرطة."]
    )
    assert q.speaker == "مسؤول في الشرطة"
    (q,) = extract_quotes(["ووفقا لما نقلته صحيفة الغد عن مصادر حكومية، فقد تقرر تأجيل الانتخابات."])
    assert q.speaker == "مصادر حكومية"


def test_a_medium_with_no_source_after_it_is_the_source() -> None:
    # without عن + a source, the medium reports, as before
    (q,) = extract_quotes(["وأسفر الانفجار عن مقتل أربعة أشخاص، وفقا لما نقلته وكالة رويترز."])
    assert q.speaker == "وكالة رويترز"


def test_an_object_after_a_longer_aside_opens_the_call() -> None:
    # 23e. an aside between commas (a relative clause, or an adverbial phrase with a verb in it)
    # and then the object: the preposition the cue governs opens the content
    (q,) = extract_quotes(["ودعا رئيس الوزراء، في كلمة ألقاها أمام البرلمان، الأحزاب إلى الحوار الوطني."])
    assert q.speaker == "رئيس الوزراء"
    assert q.text.startswith("إلى الحوار")
    (q,) = extract_quotes(
        ["وطالب الخبير ميشيل دوبوا، الذي يعمل في جامعة باريس، الحكومة بالإسراع في التحقيق."]
    )
    assert q.speaker == "ميشيل دوبوا"
    assert q.text.startswith("بالإسراع")


def test_via_before_a_channel_is_no_cue() -> None:
    # 23f. عبر before a channel or a route is the preposition via/across, not 'express'
    paras = ["وقال المتحدث إن آلاف المهاجرين وصلوا عبر البحر المتوسط بحثا عن حياة أفضل."]
    (q,) = extract_quotes(paras)
    assert q.cue == "وقال"
    assert q.text.endswith("بحثا عن حياة أفضل")
    assert (
        extract_quotes(["وتواصلت الفتاة عبر وسائل التواصل الاجتماعي مع أحد المتطرفين عن طريق صديقة."]) == []
    )


def test_express_before_its_subject_still_reports() -> None:
    # the verb عبر with its subject, then عن, reports as before
    (q,) = extract_quotes(["وعبر وزير الخارجية عن قلقه من تصاعد العنف في المنطقة."])
    assert q.speaker == "وزير الخارجية"
