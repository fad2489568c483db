"""Statements, round 26: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("paras", "speaker"),
    [
        (
            [
                "وقال الشاعر عمر عكاظ إن القصيدة كتبت في ليلة واحدة.",
                "وذكرت اللجنة الإعلامية لسوق عكاظ أن المهرجان يبدأ الأسبوع المقبل في الطائف.",
            ],
            "اللجنة الإعلامية لسوق عكاظ",
        ),
        (
            [
                "وقال الناشط محمود الأحوازي إن المعتقلين نقلوا إلى سجن آخر.",
                "وأكد الائتلاف الوطني الأحوازي أن الاحتجاجات ستستمر حتى الإفراج عنهم.",
            ],
            "الائتلاف الوطني الأحوازي",
        ),
    ],
)
def test_a_bodys_genitive_or_adjective_names_no_person(paras: list[str], speaker: str) -> None:
    # 26a. the body speaks: its last word is the genitive of the noun after ل or its second
    # adjective, not the surname of the person the article named before
    quotes = extract_quotes(paras)
    assert quotes[-1].speaker == speaker


def test_the_heads_own_genitive_still_names_its_person() -> None:
    # 26a: 'المكتب الإعلامي للعبادي' is the person's office (the person, an alias by the conventions)
    paras = [
        "وقال رئيس الوزراء حيدر العبادي إن الحكومة ماضية في الإصلاحات.",
        "وأكد المكتب الإعلامي للعبادي أن الزيارة ستتم الأسبوع المقبل.",
    ]
    assert extract_quotes(paras)[-1].speaker == "حيدر العبادي"


@pytest.mark.parametrize(
    ("para", "speaker", "first"),
    [
        (
            'وأشارت صحيفة "فايننشال ديلي نيوز" الأميركية إلى أن الشركة ستطلق هاتفها الجديد في الخريف.',
            'صحيفة "فايننشال ديلي نيوز"',
            "الشركة",
        ),
        (
            "ولفتت شبكة «إن بي سي» إلى أن المفاوضات توقفت منذ أسبوعين.",
            "شبكة «إن بي سي»",
            "المفاوضات",
        ),
    ],
)
def test_a_name_in_marks_before_the_governed_preposition_is_the_speakers(
    para: str, speaker: str, first: str
) -> None:
    # 26b. 'وأشارت صحيفة "..." إلى أن': إلى is the cue's governed preposition, not 'until' (إلى أن):
    # the marks hold the outlet's name and the statement opens after أن, not at the marks
    (q,) = extract_quotes([para])
    assert q.speaker == speaker
    assert q.text.startswith(first), q.text


@pytest.mark.parametrize(
    "para",
    [
        "وقال المدير إن العمل بدأ. ويعتبر مشروع القطار أحد أهم المشاريع التي تنفذها المدينة هذا العام.",
        "وأعلنت الشرطة أنها ضبطت الشحنة. وتعتبر كمية المخدرات المضبوطة الأكبر في البلاد منذ سنوات.",
        "وقال المتحدث إن الميناء مغلق. ويعتبر ميناء المدينة المدخل الرئيسي للمساعدات الإنسانية.",
    ],
)
def test_a_present_consider_with_no_subject_read_is_the_passive(para: str) -> None:
    # 26c. 'ويعتبر X Y' with no speaker read after the verb is mostly the passive 'X is
    # considered Y' (narration), not the last speaker's opinion
    quotes = extract_quotes([para])
    assert [q.cue for q in quotes if "عتبر" in q.cue] == []


@pytest.mark.parametrize(
    "para",
    [
        "ويعتبر النادي الأهلي الفريق الأكثر مشاركة في البطولة منذ انطلاقها قبل عشرين عاما.",
        "ويعتبر اللاعب أحد أبرز نجوم الجيل الحالي في المنتخب الوطني.",
        "وتعتبر الشركة واحدة من أكبر شركات العقار في المنطقة.",
    ],
)
def test_a_present_consider_with_a_non_state_subject_and_no_that_is_the_passive(para: str) -> None:
    # 26g. 'ويعتبر الهلال الفريق الأكثر ظهورا'، 'ويعتبر ماجر أحد رموز': the passive 'X is
    # considered Y' also with the noun after the verb read as a subject; a state (or a plural
    # group) is the active reading's subject ('وتعتبر تركيا وحدات حماية الشعب تنظيما إرهابيا')
    assert [q.cue for q in extract_quotes([para]) if "عتبر" in q.cue] == []


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        ("وتعتبر تركيا وحدات حماية الشعب تنظيما إرهابيا مرتبطا بحزب العمال الكردستاني.", "تركيا"),
        ("وتعتبر الحكومة أن الاتفاق يخدم مصالح البلدين على المدى البعيد.", "الحكومة"),
    ],
)
def test_a_present_consider_with_its_subject_still_reports(para: str, speaker: str) -> None:
    # 26c: a subject read after the verb, or a complementizer, keeps the statement
    (q,) = extract_quotes([para])
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "para",
    [
        "وتأخر وصول فرق الإنقاذ بسبب الأمطار، مما زاد من المخاطر على السكان، وقال المحافظ إن الوضع هادئ.",
        "ورفضت الحكومة السماح باستخدام القاعدة الجوية، زاد الخلافات بين البلدين إلى حد أن السفير استدعي.",
        "وما زاد غضب المعارضة هو أن الوزير عاد إلى منصبه بعد أسبوعين فقط.",
    ],
)
def test_zaad_without_wa_inside_a_clause_is_increased(para: str) -> None:
    # 26d. 'مما زاد من المخاطر'، 'زاد الخلافات'، 'وما زاد غضب X هو أن': the verb 'increase', not
    # 'he added (saying)'; that cue is 'وزاد أن'، 'وزاد:'
    assert [q.cue for q in extract_quotes([para]) if q.cue == "زاد"] == []


def test_zaad_with_wa_still_adds_a_statement() -> None:
    # 26d: the speaker's 'وزاد' goes on reporting
    paras = ["وقال المدرب إن الفريق جاهز للمباراة.", "وزاد: نحن نحترم المنافس لكننا نلعب من أجل الفوز."]
    (*_, q) = extract_quotes(paras)
    assert q.cue == "وزاد"
    assert q.speaker == "المدرب"


@pytest.mark.parametrize(
    "para",
    [
        "واعترضت هيئة الدفاع على وصف المدعي العام للمتهم بأنه خطير على المجتمع.",
        'وأقر مؤسس الشركة بأنها كانت "بطيئة جدا في كشف الحسابات المزيفة" خلال الحملة الانتخابية.',
        "ويرفض أقارب الضحايا الحديث للصحافة، إذ لا يمكن ذكر أسمائهم في التقارير الرسمية لأسباب أمنية.",
    ],
)
def test_a_cue_form_after_a_preposition_or_yumkin_is_a_verbal_noun(para: str) -> None:
    # 26e. 'على وصف X'، 'في كشف'، 'لا يمكن ذكر': the verbal noun (description, uncovering,
    # mentioning), no finite verb with a subject
    assert [q.cue for q in extract_quotes([para]) if q.cue in ("وصف", "كشف", "ذكر")] == []


def test_the_name_ali_before_a_cue_is_no_preposition() -> None:
    # 26e: علي as written is also a name ('بن علي يقول المدافعون'): only على as written counts
    para = "وصدر القانون في عهد زين العابدين بن علي يقول المدافعون عن الحريات إنه استخدم لقمع المعارضة."
    (q,) = extract_quotes([para])
    assert q.speaker.startswith("المدافعون")


@pytest.mark.parametrize(
    "para",
    [
        'ورفع المحتجون أمام البرلمان لافتات كتب عليها "لا للضرائب الجديدة".',
        "وظهر المشجع في المدرجات وهو يحمل لوحة كبيرة كتب عليها «شكرا يا كابتن».",
    ],
)
def test_kutiba_alayha_is_the_passive(para: str) -> None:
    # 26f. 'لافتات كتب عليها "..."': written on it, nobody's statement
    assert extract_quotes([para]) == []


def test_katabat_alayha_with_wa_has_a_writer() -> None:
    # 26f: with و a subject wrote it
    paras = ["ووضعت الفنانة لافتة في مدخل القاعة، وكتبت عليها: أهلا بكم في بيتكم الثاني."]
    (q,) = extract_quotes(paras)
    assert q.speaker == "الفنانة"
