"""Statements, round 21: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _by_cue(paragraphs: list[str], cue: str) -> list[Quote]:
    return [q for q in extract_quotes(paragraphs) if q.cue == cue]


def test_a_pronoun_subject_before_a_present_cue() -> None:
    # 21a. 'فهو يقول إنه': the pronoun takes up the last speaker of its gender
    paras = [
        "وقال المهندس الياباني كينجي ناكامورا إن الجهاز صغير وخفيف.",
        "ويأمل ناكامورا أن يستخدم ابتكاره في المستشفيات، فهو يقول إنه يساعد المرضى على التنقل بسهولة.",
    ]
    (q,) = _by_cue(paras, "يقول")
    assert q.speaker == "كينجي ناكامورا"
    assert q.text.startswith("يساعد المرضى")
    paras = [
        "وقالت الوزيرة سارة الهاشمي إن الخطة جاهزة.",
        "ولم تعلن الوزارة موعد التنفيذ، وهي ترى أن الوقت لم يحن بعد لإطلاقها.",
    ]
    (q,) = _by_cue(paras, "ترى")
    assert q.speaker == "سارة الهاشمي"


def test_a_pronoun_before_a_verb_that_is_no_speech() -> None:
    # 'وهو يعتبر أكبر حقل': is considered; 'فهي تشير إلى': points to; neither is a statement
    paras = [
        "وقال المدير أحمد السالم إن الشركة بدأت الحفر.",
        "وجرى اكتشاف الحقل العام الماضي، وهو يعتبر أكبر حقل للغاز في المنطقة.",
    ]
    assert _by_cue(paras, "يعتبر") == []
    paras = ["وقالت الباحثة ليلى حسن إن الكلمة قديمة.", "ومن ثم فهي تشير إلى الجبال العالية في الجنوب."]
    assert _by_cue(paras, "تشير") == []


def test_the_subject_between_was_and_had() -> None:
    # 21b. 'وكان X قد طالب': a club or a body the backward parser does not take speaks
    (q,) = extract_quotes(["وكان النادي الأهلي قد طالب اتحاد الكرة بالسماح بحضور الجماهير في المباراة."])
    assert q.speaker.endswith("الأهلي")
    assert q.text.startswith("اتحاد الكرة بالسماح")
    (q,) = extract_quotes(["وتأجلت المباراة مرتين. وكان الإنتربول قد أعلن في بيان أن القضية شأن داخلي."])
    assert q.speaker == "الإنتربول"
    # no subject between: the elided speaker, as before
    paras = ["وقال الوزير خالد العمري إن الخطة جاهزة.", "وكان قد أعلن أمس أن الميزانية سترتفع."]
    assert [q.speaker for q in extract_quotes(paras)] == ["خالد العمري", "خالد العمري"]


def test_a_feminine_noun_after_a_masculine_cue_is_its_object() -> None:
    # 21c. 'ودعا الحكومة إلى': a verb before its subject agrees with it (دعت الحكومة), so the
    # feminine noun is whom he called; the statement is the elided speaker's, from the object
    paras = [
        "وقال رئيس الوزراء السابق سامي الخطيب إن الأزمة تتفاقم.",
        "وطالب الحكومة الانتقالية بالإسراع في صرف رواتب الموظفين المتأخرة منذ أشهر.",
    ]
    (q,) = _by_cue(paras, "وطالب")
    assert q.speaker == "سامي الخطيب"
    assert q.text.startswith("الحكومة الانتقالية بالإسراع")
    # a feminine cue: the noun is the subject
    (q,) = extract_quotes(["وطالبت الحكومة الانتقالية بالإسراع في صرف رواتب الموظفين المتأخرة."])
    assert q.speaker == "الحكومة الانتقالية"


def test_a_masculine_word_in_ta_marbuta_stays_the_subject() -> None:
    # a title in ة before a name, a count of men: not an object
    paras = [
        "وقال المحامي خالد سعيد إن السوق هادئة.",
        "وأعلن النوخذة عيسى حمود من ميناء دارين وجود شح في الأسماك.",
    ]
    (q,) = _by_cue(paras, "وأعلن")
    assert q.speaker != "خالد سعيد" and not q.text.startswith("النوخذة")
    paras = ["وقال المحامي خالد سعيد إن موكليه أبرياء.", "ونفى الثلاثة الاتهامات التي وجهت إليهم في أكتوبر."]
    assert all(q.speaker != "خالد سعيد" for q in _by_cue(paras, "ونفى"))


def test_what_was_followed_or_watched_is_no_statement() -> None:
    # 21d. تابع with no particle, colon or mark after its subject: followed, watched, went on with
    for text in (
        "وتابع الحضور بعد ذلك عرضا مرئيا لأبرز الأنشطة والبرامج التي قدمت خلال أيام العيد.",
        "ومن جهة الجنوب تتابع القوات المشتركة قصفها للأحياء الشرقية مع تقدم بطيء.",
    ):
        assert extract_quotes([text]) == []
    # going on saying, with a colon or a complementizer, still speaks
    (q,) = _by_cue(
        ["وقال الوزير خالد العمري إن الخطة جاهزة.", "وتابع العمري: نحن مستعدون لكل الاحتمالات."], "وتابع"
    )
    assert q.text.startswith("نحن مستعدون")
