"""Statements, round 7: recall classes mined from the corpora (statement sites no statement
covers): an elided cue with nobody reported before it, and names in quotation marks at the
speaker's place.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import FoundCheck

from akhbar.extract.quotes import extract_quotes

# (paragraphs, speaker, fragment of the statement, cue as written)
FOUND = [
    # 1. an elided cue with nobody reported before: the last person the article named with a title
    (
        ["التقت الصحيفة مع الدكتور سعيد الغامدي في مكتبه بالرياض.", 'وقال: "العلاج متوفر في كل المستشفيات".'],
        "سعيد الغامدي",
        "العلاج متوفر",
        "وقال",
    ),
    (
        ["التقت الدكتورة سارة العلي بالوفد في المعرض.", "وأضافت أن المعرض يضم مئة جناح من عشرين دولة."],
        "سارة العلي",
        "المعرض يضم مئة جناح",
        "وأضافت",
    ),
    (
        ["استقبل الأمير خالد الفيصل الوفد في مقر الإمارة، مشيرا إلى أن التعاون مثمر بين البلدين."],
        "خالد الفيصل",
        "التعاون مثمر",
        "مشيرا",
    ),
    # 2. a short quotation at the speaker's place holds a name; the statement follows the complement
    (
        ['وذكرت مجلة "درع الوطن"، الصادرة عن مديرية التوجيه، أنه جرى تدريب القوات على المهام الجديدة.'],
        "درع الوطن",
        "جرى تدريب القوات",
        "وذكرت",
    ),
    (
        ['وقالت "الأرصاد" عبر الإنذار المبكر: "تتأثر المنطقة بارتفاع شديد في درجات الحرارة".'],
        "الأرصاد",
        "تتأثر المنطقة بارتفاع",
        "وقالت",
    ),
    (
        ['وأفاد مراسل "سكاي نيوز عربية"، الأحد، أن المعارك بين الطرفين خلفت قتلى وجرحى.'],
        "سكاي نيوز عربية",
        "المعارك بين الطرفين",
        "وأفاد",
    ),
    # 3. '، كما + past cue + X' closing the sentence: X said the clause before
    (
        ["وقتل خمسة مدنيين في القصف، كما قال مسؤول في التحالف الدولي."],
        "مسؤول في التحالف",
        "وقتل خمسة مدنيين",
        "قال",
    ),
    (
        ["وصل الرئيس إلى باريس مساء أمس، كما أعلن قصر الإليزيه."],
        "قصر الإليزيه",
        "وصل الرئيس إلى باريس",
        "أعلن",
    ),
    (
        ["توفي عشرة أشخاص إثر خروج قطار عن مساره، كما أفاد التلفزيون الرسمي نقلا عن وزارة الصحة."],
        "وزارة الصحة",
        "توفي عشرة أشخاص",
        "أفاد",
    ),
    # 4. an indefinite document as the subject of a VSO cue: its issuer speaks
    (
        ["وأوضح بيان للجيش الإسرائيلي الأحد، أن الضربات جاءت ردا على القصف."],
        "الجيش الإسرائيلي",
        "الضربات جاءت",
        "وأوضح",
    ),
    (
        ["ذكر بيان صادر عن وزارة الخارجية أن الوزير سيزور الصين."],
        "وزارة الخارجية",
        "الوزير سيزور الصين",
        "ذكر",
    ),
    (["وقال بيان لوزارة الداخلية إن الحادث قيد التحقيق."], "وزارة الداخلية", "الحادث قيد التحقيق", "وقال"),
    (["قال بيان حكومي إن الحكومة ستستثمر في الطاقة."], "بيان", "الحكومة ستستثمر", "قال"),
    # 5. a present cue after its subject at the start of a clause (SVO)
    (["ولكن معارضي القرار يقولون إن الحظر غير ضروري."], "معارضي القرار", "الحظر غير ضروري", "يقولون"),
    (
        ["غير أن ناشطين من المعارضة يقولون إن الاستياء يتزايد."],
        "ناشطين من المعارضة",
        "الاستياء يتزايد",
        "يقولون",
    ),
    (["لكن بعض المراقبين يرون أن الزيارة مهمة للبلدين."], "بعض المراقبين", "الزيارة مهمة", "يرون"),
    (["ولكن الشرطة تقول إن الحادث قيد التحقيق."], "الشرطة", "الحادث قيد التحقيق", "تقول"),
    # 6. a quotation followed by a participle and another quotation: both are statements
    (
        ["قال الرئيس خالد العمر «نحن نعلم ما يحدث في المنطقة»، مضيفا «يستلزم ذلك اليقظة التامة»."],
        "خالد العمر",
        "نحن نعلم ما يحدث",
        "قال",
    ),
    (['وقال ترامب "أحرزنا تقدما هائلا اليوم"، وتابع "سنواصل العمل".'], "ترامب", "أحرزنا تقدما هائلا", "وقال"),
    # 7. 'نقل X عن Y قوله': adverbials before the complement, Y in apposition, عنه, على لسان Y
    (
        ["نقلت وكالة تاس للأنباء عن الكرملين قوله، الجمعة، إن الاتهامات لا أساس لها."],
        "الكرملين",
        "الاتهامات لا أساس",
        "قوله",
    ),
    (
        ["ونقلت الوكالة، السبت، عن باخ قوله لكيم خلال اجتماع، إن الزيارة تهدف إلى الشكر."],
        "باخ",
        "الزيارة تهدف",
        "قوله",
    ),
    (
        ['ونقل موقع المرصد، الذي أورد الخبر، عن مروض الحيوانات، فيصل العسيري، قوله: "الأطفال كانوا يلعبون".'],
        "فيصل العسيري",
        "الأطفال كانوا يلعبون",
        "قوله",
    ),
    (
        [
            "قال اللاعب زلاتان إبراهيموفيتش إن الموسم صعب.",
            "ونقلت شبكة «سكاي سبورتس» عنه قوله: «ستكون مفاجأة للجميع».",
        ],
        "إبراهيموفيتش",
        "ستكون مفاجأة",
        "قوله",
    ),
    (
        ['ونقلت الوكالة الرسمية على لسان قاسمي قوله: "هذا البيان كالبيانات السابقة".'],
        "قاسمي",
        "هذا البيان",
        "قوله",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_found(
    found_statement: FoundCheck, paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


# (paragraphs, words that must not stand alone as a statement's whole text or start one)
NOT_FOUND = [
    # an elided cue with nobody reported before: not a participle inside a noun phrase, not a cue
    # far from its colon
    (
        ["حضر الأمير خالد الفيصل إلى الحفل.", "وتضمن الحفل عروضا بنماذج معبرة عن بطولات أفراد القوات."],
        "بطولات أفراد",
    ),
    (
        ["التقى المدرب خالد العمر مع اللاعبين.", "وبين شوطي اللقاء أدخل المدرب كل من: أحمد وخالد وسعد."],
        "أحمد وخالد",
    ),
    # '، كما + cue' followed by the cue's own complement is no source of the clause before
    (["فقد الاتصال به منذ أسبوع، كما دعت المجتمع الدولي إلى التدخل العاجل."], "فقد الاتصال"),
    (["وكانت الإدارة قد فرضت رسوما على السلع، كما هددت بفرض رسوم أخرى."], "وكانت الإدارة"),
    # a present verb after a thing or an idiom is no SVO statement
    (["المنطق يقول إن الأهلي يليق به أن يكون بطلا."], "الأهلي يليق"),
    (["لأن رأس المال كما يقولون: جبان لا ينتعش إلا بالأمن."], "جبان لا ينتعش"),
    (["كيف يمكن لدعاة يعتبرون أنفسهم غيارى أن يصمتوا على ما يحدث."], "يصمتوا"),
    # a name in marks is not the statement
    (['وذكرت شركة "كيوشو إلكتريك باور"، أنها قامت بتشغيل المفاعل رقم 1.'], "كيوشو إلكتريك باور"),
    (['وقال المحلل مصطفى أوزجان في حوار مع "سكاي نيوز عربية"، إن المنافسة قوية.'], "سكاي نيوز عربية"),
]


@pytest.mark.parametrize(("paragraphs", "words"), NOT_FOUND)
def test_not_found(paragraphs: list[str], words: str) -> None:
    quotes = extract_quotes(paragraphs)
    assert not [q for q in quotes if q.text.lstrip("عن ").startswith(words)], [
        (q.speaker, q.text) for q in quotes
    ]


def test_orphan_with_nobody_named_is_dropped() -> None:
    """With no titled person in the article, an elided cue still has no speaker: no statement."""
    assert extract_quotes(['وقال: "الوضع مستقر في المدينة منذ أسبوع".']) == []
