"""Speakers, round 26: classes of attribution errors found on the corpus samples and the
development sets; short invented sentences per construction."""

from __future__ import annotations

import pytest
from tests.extract.conftest import quote_with

from akhbar.extract.quotes import extract_quotes

# 26A: إمام written with its hamza below is the title (a mosque's imam), not the preposition
# أمام it folds onto: the adverbial skip swallowed it and the statement found no speaker
IMAM_SPEAKS = [
    ("وقال إمام المسجد إن صلاة العيد ستقام في الساحة.", "صلاة العيد", "إمام المسجد"),
    (
        "وأوضح إمام وخطيب الجامع الكبير أن الصدقة تطفئ الغضب.",
        "الصدقة تطفئ",
        "إمام وخطيب الجامع الكبير",
    ),
    (
        "وأكد إمام جامع الحي الشيخ ناصر القحطاني أن الدروس تستأنف بعد العيد.",
        "الدروس تستأنف",
        "ناصر القحطاني",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), IMAM_SPEAKS)
def test_an_imam_speaks(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)


def test_the_preposition_amam_is_no_speaker() -> None:
    # 'قال أمام الصحفيين' (in front of the journalists): the preposition, skipped as before
    paras = ["أعلن الرئيس سامي العلي استقالته.", "وقال أمام الصحفيين إن القرار نهائي."]
    q = quote_with(paras, "القرار نهائي")
    assert q.speaker == "سامي العلي"


# 26B: after a given name and a family name with the article, a phrase in بال/لل on a common
# noun is the cue's object or an addressee, not a third name word ('أوصى ... السديس بالشباب'
# lost the whole name); a family name that is a common word (الملقب) still does not end it
GLUED_ARTICLE_AFTER_NAME = [
    (
        "أوصى إمام وخطيب الجامع الكبير الشيخ د. عبدالعزيز الشثري بالشباب الذين هم عماد الأمة.",
        "بالشباب الذين",
        "عبدالعزيز الشثري",
    ),
    (
        "وقال مدير المهرجان فهد الزامل بالمؤتمر الصحفي إن الخطة اكتملت.",
        "الخطة اكتملت",
        "فهد الزامل",
    ),
    ("وأكد قائد الفريق سلمان الفرج بالمؤتمر الصحفي أن اللاعبين جاهزون.", "اللاعبين جاهزون", "سلمان الفرج"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), GLUED_ARTICLE_AFTER_NAME)
def test_a_glued_article_phrase_ends_the_name(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker


def test_an_epithet_is_no_family_name() -> None:
    # 'جيمس الملقب بالملك': the nickname's participle keeps 26B from closing a two-word name
    for q in extract_quotes(['وقال جيمس الملقب بالملك "إنها أصعب هزيمة في مسيرتي".']):
        assert q.speaker != "جيمس الملقب"


# 26C: right after the cue, a 4-letter common noun in ا (its tanween unwritten) before its
# adjective in ا or its genitive in لـ is the cue's object: the subject is elided, not 'سعرا'
ACCUSATIVE_OBJECT = [
    (
        ["وقال البنك إن الطلب سيتراجع.", "وتوقع أيضا سعرا لخام برنت عند 80 دولارا للبرميل."],
        "لخام برنت",
        "البنك",
    ),
    (
        ["أعلنت الشركة نتائجها الفصلية.", "وتوقعت ربحا سنويا قدره مليار درهم."],
        "سنويا قدره",
        "الشركة",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), ACCUSATIVE_OBJECT)
def test_an_accusative_object_is_no_speaker(paragraphs: list[str], fragment: str, speaker: str) -> None:
    q = quote_with(paragraphs, fragment)
    assert q.speaker == speaker


def test_a_name_in_alef_before_whom_one_told_still_speaks() -> None:
    # 'ناسا لوكالة': a name in ا before the addressee in لـ is no accusative
    q = quote_with(["وقالت ناسا لوكالة فرانس برس إن المسبار وصل إلى المريخ."], "المسبار وصل")
    assert q.speaker == "ناسا"


# 26D: the feminine of listed masculine offices (المفوضة، المهندسة، المدربة، الزعيمة، المنسقة،
# الوكيلة، المحققة ...) is a title: the name after it is the speaker, and a later mention of the
# office alone resolves to her
FEMININE_OFFICES = [
    (
        ["وقالت المفوضة الأوروبية للتجارة سيسيليا مالمستروم إن الاتحاد سيرد بحزم."],
        "الاتحاد سيرد",
        "سيسيليا مالمستروم",
    ),
    (["وقالت المهندسة سارة العتيبي إن المشروع اكتمل."], "المشروع اكتمل", "سارة العتيبي"),
    (
        [
            "وقالت المحققة كارولين بيرتون إن الشرطة تبحث عن شاهدين.",
            "وأضافت المحققة أن الكاميرات سجلت الحادث.",
        ],
        "الكاميرات سجلت",
        "كارولين بيرتون",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), FEMININE_OFFICES)
def test_a_feminine_office_is_a_title(paragraphs: list[str], fragment: str, speaker: str) -> None:
    q = quote_with(paragraphs, fragment)
    assert q.speaker == speaker


# 26E: a first word in بأ/بإ after the cue is a preposition on the cue's object ('طالب بإيجاد
# مواقع'), never a one-word speaker: the subject is elided
def test_a_glued_preposition_on_hamza_is_no_speaker() -> None:
    paras = ["وقال رئيس الغرفة إن المصانع قديمة.", "فيما طالب بإيجاد مواقع خاصة للمصانع قبل نقلها."]
    q = quote_with(paras, "مواقع خاصة")
    assert q.speaker == "رئيس الغرفة"


# 26F: فرض and عهدة (verbal nouns the mining missed) after ب end a name as the cue's object
# ('دونالد ترامب بفرض' was the speaker)
def test_a_missed_verbal_noun_ends_the_name() -> None:
    q = quote_with(
        ["وطالب الرئيس الأمريكي جون سميث بفرض عقوبات جديدة على موسكو بسبب تدخلها."], "عقوبات جديدة"
    )
    assert q.speaker == "جون سميث"


# 26G: offices and ranks the parser read as a body or a plain word (السيناتور، الكولونيل،
# الأسقف، اللورد، المدعية ...): the name after them speaks
RANKS_AND_OFFICES = [
    ("وطالب السيناتور جون ماكين بفرض عقوبات جديدة على موسكو بسبب تدخلها.", "عقوبات جديدة", "جون ماكين"),
    ("وقالت المدعية العامة ليتيسيا جيمس إن التحقيق مستمر.", "التحقيق مستمر", "ليتيسيا جيمس"),
    ("وقال الكولونيل جيمس براون إن القوات تقدمت نحو المدينة.", "القوات تقدمت", "جيمس براون"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), RANKS_AND_OFFICES)
def test_a_rank_or_office_before_a_name(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker


# 26H: other spellings of listed ranks (السناتور، البروفسور، بروفيسور) and a few writers' and
# athletes' callings (القاص، العداء) before a name are titles too
@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("ويقول البروفسور بيتر كالفن إن الملح كان سلاحا في الحرب.", "الملح كان", "بيتر كالفن"),
        ("وقال السناتور بوب جونز إن الاتفاق سيئ.", "الاتفاق سيئ", "بوب جونز"),
        ("وقال القاص محمد علي العمري إن الرواية لم تكتمل.", "الرواية لم", "محمد علي العمري"),
    ],
)
def test_a_spelling_of_a_rank_before_a_name(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker


# 26I: a player described by nationality ('اللاعب البرتغالي'، 'النجم المصري') is the one person
# the article gave that nationality as a player or by the nisba alone; not a coach of it
def test_a_player_described_by_nationality() -> None:
    paras = [
        "أكد البرتغالي جواو فيرنانديز، لاعب وسط النادي، أنه سعيد بالعودة.",
        "وقال اللاعب البرتغالي إن الفريق قادر على المنافسة.",
    ]
    q = quote_with(paras, "الفريق قادر")
    assert q.speaker == "جواو فيرنانديز"
    assert q.resolved


def test_a_coach_of_that_nationality_is_no_player() -> None:
    paras = [
        "وقال المدرب البرتغالي جواو فيرنانديز إن التشكيلة جاهزة.",
        "وقال اللاعب البرتغالي إن الفريق قادر على المنافسة.",
    ]
    q = quote_with(paras, "الفريق قادر")
    assert q.speaker != "جواو فيرنانديز"


# 26K: عن after a body is the cue's governed preposition ('أعلنت الجامعة عن الإجراءات'، 'كشفت
# الشركة عن النتائج'), not part of the body's name, unless the body's last word governs it
# ('المفوضية المسؤولة عن الاستفتاء'، 'جمعية الدفاع عن السكان')
@pytest.mark.parametrize(
    ("sentence", "fragment", "speaker"),
    [
        ("وأعلنت وزارة الصحة عن الإجراءات اللازم اتباعها من المسافرين.", "الإجراءات اللازم", "وزارة الصحة"),
        ("وكشفت الشركة الأمريكية عن المشكلة في بيان نشرته مساء الخميس.", "المشكلة في", "الشركة الأمريكية"),
        (
            "وقالت المفوضية المسؤولة عن الاستفتاء إن المراكز فتحت.",
            "المراكز فتحت",
            "المفوضية المسؤولة عن الاستفتاء",
        ),
        (
            "وأعلنت جمعية الدفاع عن السكان في بيان أنه تم إحراق المنازل.",
            "إحراق المنازل",
            "جمعية الدفاع عن السكان",
        ),
    ],
)
def test_an_after_a_body(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker
