"""Statements, round 25: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes


@pytest.mark.parametrize(
    ("para", "speaker", "first"),
    [
        (
            'ونشر الرئيس الفرنسي إيمانويل ماكرون على صفحته الرسمية في فيسبوك: "قررنا مضاعفة المساعدات'
            ' للمتضررين من الفيضانات".',
            "إيمانويل ماكرون",
            "قررنا",
        ),
        (
            'ونشرت وزارة الصحة تغريدة عبر حسابها في "تويتر": "سجلنا اليوم عشر حالات جديدة في العاصمة".',
            "وزارة الصحة",
            "سجلنا",
        ),
        (
            "ونشر حساب الاتحاد المصري لكرة القدم على تويتر: تأجيل مباريات الجولة المقبلة إلى الأسبوع القادم.",
            "الاتحاد المصري لكرة القدم",
            "تأجيل",
        ),
    ],
)
def test_a_post_after_a_colon_is_the_posters_statement(para: str, speaker: str, first: str) -> None:
    # 25a. 'ونشر X على حسابه في تويتر: ...': the post quoted after the colon is X's; an account
    # opening the phrase speaks for its owner
    (q,) = extract_quotes([para])
    assert q.speaker == speaker
    assert q.text.startswith(first), q.text


@pytest.mark.parametrize(
    "para",
    [
        # a cue between نشر and the colon reports by itself (one statement, by قائلا)
        'ونشر اللاعب صورة له على إنستغرام وعلق عليها قائلا: "سعيد بالعودة إلى الملاعب بعد الإصابة".',
        # نشر inside a phrase: the outer cue's complementizer is not cut
        "وقال المتحدث في بيان نشر على موقع الوزارة إن المفاوضات ستستأنف الأسبوع المقبل في جنيف.",
    ],
)
def test_other_cues_around_a_post_keep_their_statement(para: str) -> None:
    (q,) = extract_quotes([para])
    assert q.cue != "ونشر"


@pytest.mark.parametrize(
    "para",
    [
        # no channel: deploying troops, listing names
        "ونشر الجيش وحدات إضافية في المدن التالية: حلب وحماة وإدلب ودير الزور والرقة.",
        # the colon opens an address, not a post
        'ونشر المعهد أسماء المقبولين على موقعه الإلكتروني: "www.example.org" وحدد موعد المقابلات.',
        # نشر not opening its clause
        "وكان النادي قد نشر على حسابه في تويتر: شكرا لجماهيرنا الوفية على الدعم الكبير.",
    ],
)
def test_no_post_statement_without_a_post(para: str) -> None:
    assert [q for q in extract_quotes([para]) if q.cue.endswith(("نشر", "نشرت"))] == []


@pytest.mark.parametrize(
    ("para", "speaker", "first"),
    [
        (
            "قتل خمسة أشخاص في انهيار مبنى سكني بوسط المدينة مساء السبت حسبما قال مسؤول في الشرطة المحلية.",
            "مسؤول في الشرطة المحلية",
            "قتل خمسة",
        ),
        (
            "وارتفعت حصيلة ضحايا الفيضانات في الإقليم إلى ثلاثين قتيلا بحسب وزارة الصحة.",
            "وزارة الصحة",
            "وارتفعت حصيلة",
        ),
        (
            "وسيغيب المدافع عن المباراة المقبلة بسبب إصابة في الركبة وذلك وفق ما أعلن النادي.",
            "النادي",
            "وسيغيب المدافع",
        ),
    ],
)
def test_a_source_after_the_clause_without_a_comma(para: str, speaker: str, first: str) -> None:
    # 25b. '... حسبما قال X.'، '... بحسب وزارة الصحة.': the marker attributes the clause before
    # it without a comma too, with a reporting verb or a source that closes the sentence
    (q,) = extract_quotes([para])
    assert q.speaker == speaker
    assert q.text.startswith(first), q.text


@pytest.mark.parametrize(
    "para",
    [
        # rules and measures, no source
        "وتتم محاسبة المخالفين وفق الأنظمة المعمول بها في المملكة.",
        "ويبدأ المقابل المالي للتراخيص من خمسين ريالا حسب فئة الترخيص، في حين يدفع المرشح رسوما أخرى.",
        "ويعتبر المجتمع الدولي هذه المستوطنات غير شرعية وفقا للقانون الدولي.",
        # the source goes on into content of its own
        'والإجابة بحسب ما ذكره وزير الخارجية الفرنسي أنه: "قوي بما يكفي عشر سنوات".',
    ],
)
def test_no_source_after_a_clause_without_a_comma(para: str) -> None:
    assert [q for q in extract_quotes([para]) if q.cue == "حسب"] == []


def test_a_marker_inside_the_speakers_clause_leaves_the_cue_its_statement() -> None:
    # 25b: 'وقال X بحسب ما نقلت عنه الوكالة، إن ...': the cue's own complement follows
    qs = extract_quotes(["وقال وزير الخارجية بحسب ما نقلت عنه الوكالة، إن المفاوضات ستستأنف الأسبوع المقبل."])
    assert [q.cue for q in qs if q.cue == "حسب"] == []


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        ("وأوقف عشرة موظفين في الشركة في إطار تحقيق مشترك، بحسب بيان صادر عن الشرطة.", "الشرطة"),
        (
            "وقتل أكثر من مئتي مدني منذ بدء الهجوم، وفق حصيلة للمرصد السوري لحقوق الإنسان.",
            "المرصد السوري لحقوق الإنسان",
        ),
        ("وأوقع الانفجار 23 قتيلا على الأقل، حسب حصيلة جديدة أعلنتها السلطات اليوم الخميس.", "السلطات"),
        ("وارتفع عدد العاطلين عن العمل إلى مليون شخص، بحسب أرقام وزارة العمل.", "وزارة العمل"),
        ("وتحطمت الطائرة بعد إقلاعها بدقائق، وفقا لبيان للجيش.", "الجيش"),
    ],
)
def test_a_document_after_a_marker_speaks_for_its_issuer(para: str, speaker: str) -> None:
    # 25c. 'بحسب بيان صادر عن الشرطة'، 'وفق حصيلة للمرصد'، 'حسب حصيلة أعلنتها السلطات': the
    # document or the figure speaks for the issuer the phrase names
    (q,) = extract_quotes([para])
    assert q.speaker == speaker
    assert q.text.startswith(para.split()[0]), q.text


def test_a_document_source_that_goes_on_is_no_attribution() -> None:
    # 25c: 'حسب بيان الوزارة يعد ...' (no comma before): the statement goes on after the source
    para = "وكل فرد في هذه المجموعة حسب بيان وزارة الداخلية يعد خطرا متحركا لا نعرف متى ينفجر."
    assert [q for q in extract_quotes([para]) if q.cue == "حسب"] == []


def test_a_quotation_before_a_marked_source_is_its_speakers() -> None:
    # 25d. 'وكتبت في تغريدة "... .. ..."، وفق "فرانس برس"': the agency's name in marks after
    # the marker does not make the quotation a name, and no second statement of the agency
    # opens inside the quotation
    qs = extract_quotes(
        [
            "قالت وزيرة العدل إيليت شاكيد، الثلاثاء، إن بلادها تعتزم ملاحقة الموقع قضائيا.",
            'وكتبت في تغريدة "إن المنظمات تنشط على الموقع أكثر من غيره .. نحن ننوي ملاحقتهم قضائيا"، وفق'
            ' "فرانس برس".',
        ]
    )
    second = [q for q in qs if q.paragraph == 1]
    assert [q.speaker for q in second] == ["إيليت شاكيد"]
    assert second[0].text.startswith("إن المنظمات")


@pytest.mark.parametrize(
    ("para", "first"),
    [
        ('وأشار الباحث في حديثه إلى "الوطن"، إلى ضرورة تنبيه الشباب إلى خطورة الخطاب المتشدد.', "إلى ضرورة"),
        ("وأصر المخرج على تويتر، على أن الفيلم لن يأخذ هذا المنحى أبدا.", "على أن"),
        (
            "وأعربت الأردن، في بيان صادر عن وزارة الخارجية، عن إدانتها الشديدة لاستهداف المدنيين.",
            "عن إدانتها",
        ),
        ("وأكد الجنود المرابطون على الشريط الحدودي، على فخرهم بالدفاع عن الوطن.", "على فخرهم"),
    ],
)
def test_a_repeated_governed_preposition_opens_the_content(para: str, first: str) -> None:
    # 25e. 'وأشار X في حديثه إلى "الوطن"، إلى ضرورة'، 'أصر على تويتر، على أن': the first
    # phrase of the preposition is an adjunct (to whom, where), the content opens at the second
    (q,) = extract_quotes([para])
    assert q.text.startswith(first), q.text


def test_a_preposition_of_content_before_a_comma_stays() -> None:
    # 25e: 'حذرت X من تقلبات شديدة، من الممكن أن ...': the first phrase is the warning itself
    (q,) = extract_quotes(["وحذرت مواقع الأرصاد من تقلبات مناخية شديدة، من الممكن أن تتحول إلى كوارث."])
    assert q.text.startswith("من تقلبات"), q.text


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        (
            "وتشير تقديرات وكالة الفضاء الأوروبية إلى أن الحطام سيدخل الغلاف الجوي مساء الأحد.",
            "وكالة الفضاء الأوروبية",
        ),
        ("وأكدت تقديرات الشرطة أن عدد المشاركات لم يزد عن عشرين ألفا.", "الشرطة"),
        ("وأشارت إحصائيات إلى أن مليوني شخص يدمنون المخدرات في البلاد.", "إحصائيات"),
    ],
)
def test_a_figure_as_the_subject_speaks_for_its_issuer(para: str, speaker: str) -> None:
    # 25f. 'وتشير تقديرات X إلى أن'، 'وأشارت إحصائيات إلى أن': a figure before the complement is
    # the subject (its issuer when named, else itself), not an elided earlier speaker
    qs = extract_quotes(["وقال وزير الصحة إن الوضع تحت السيطرة.", para])
    assert [q.speaker for q in qs if q.paragraph == 1] == [speaker]


@pytest.mark.parametrize("cue", ["ويضيف", "ويتابع", "وأضاف"])
def test_a_cue_after_a_closed_quotation_goes_on_for_its_speaker(cue: str) -> None:
    # 25g. 'وقال X: «...»، ويضيف: «...»': after the quotation's closing mark and a comma, و opens
    # a clause whose speaker goes on, a present cue as well as a past one
    (first, second) = extract_quotes(
        [f"وقال الخبير أحمد عبد الحميد: «هناك عشوائية في أسلوب المستثمر»، {cue}: «توجد ثلاثة عناصر للنجاح»."]
    )
    assert second.cue == cue
    assert second.speaker == first.speaker == "أحمد عبد الحميد"
    assert second.text.startswith("توجد")


def test_a_cue_after_a_description_in_marks_is_not_its_objects() -> None:
    # 25g: 'وصف الرئيس X بأنه "تاجر"، وقال إنه': the described object is no speaker to go on
    qs = extract_quotes(
        ['شكك الرئيس الإيراني حسن روحاني في الاتفاق، كما وصف نظيره بأنه "تاجر"، وقال إنه غير مؤهل.']
    )
    assert all(q.speaker != "نظيره" for q in qs)


def test_a_fronted_source_with_a_relative_clause_before_its_comma() -> None:
    # 25h. 'ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل ...': the relative clause describes the
    # source; the clause after the comma is its statement
    (q,) = extract_quotes(["ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل 36 من القوات الحكومية في المعارك."])
    assert q.speaker == "المرصد"
    assert q.text.startswith("قتل 36")


@pytest.mark.parametrize(
    ("para", "cue", "speaker"),
    [
        ("وتنفي باكستان المزاعم الهندية الأخيرة، وتصر على أن برنامجها لا يستهدف أحدا.", "وتصر", "باكستان"),
        ("وقالت الوزارة إن الوضع مستقر، وتؤكد أن الفرق تعمل على مدار الساعة.", "وتؤكد", "الوزارة"),
    ],
)
def test_a_present_cue_that_agrees_goes_on_for_the_speaker(para: str, cue: str, speaker: str) -> None:
    # 25i. 'قالت الوزارة إن ...، وتؤكد أن': a present cue with و after a comma, agreeing with the
    # sentence's statement cue, goes on for its speaker
    qs = extract_quotes([para])
    assert [q.speaker for q in qs if q.cue == cue] == [speaker]


def test_a_present_cue_of_the_contents_subject_is_no_statement() -> None:
    # 25i: 'طالبت الدول الثلاث بإجراء تحقيق موثوق، يظهر الحقيقة، ويكشف عن ...': the verb goes on
    # with the investigation (it disagrees with the statement's feminine cue)
    para = "وطالبت الدول الثلاث بإجراء تحقيق موثوق يظهر الحقيقة الكاملة، ويكشف عن هوية المسؤول عن الاختفاء."
    assert [q.cue for q in extract_quotes([para])] == ["وطالبت"]


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        (
            "ونظمت الهيئة برنامجا للسلامة الأرضية في الرياض، بحسب ما ورد في بيان لهيئة الطيران المدني.",
            "هيئة الطيران المدني",
        ),
        (
            'وألغى الرئيس إعفاءات مؤقتة لمنتجين كبار، بحسب ما ورد في صحيفة "الشرق الأوسط".',
            'صحيفة "الشرق الأوسط"',
        ),
    ],
)
def test_found_in_a_document_after_a_marker(para: str, speaker: str) -> None:
    # 25j. '...، بحسب ما ورد في بيان لـX' / 'في صحيفة X': the document's issuer or the medium
    (q,) = extract_quotes([para])
    assert q.speaker == speaker
