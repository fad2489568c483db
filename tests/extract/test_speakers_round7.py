"""Speakers, round 7: classes of attribution errors mined from the shared corpora, one short
invented sentence per construction (the speaker must be exactly the name the article gives)."""

from __future__ import annotations

import pytest

from akhbar.extract.lexicon import fold
from akhbar.extract.quotes import extract_quotes
from akhbar.extract.speakers import honor_words, honorific_pronouns, parse_speaker
from akhbar.extract.tokens import tokenize

# (paragraphs, fragment of a statement, the speaker that statement must have)
CASES = [
    # 1. علي as written opens a name like any given name (its key is also the preposition على's)
    (["وقال علي الشعيلان إن المعسكر ناجح."], "المعسكر ناجح", "علي الشعيلان"),
    (
        ["من جهته، أكد مدير منتخب الشباب علي الشعيلان أن الإدارة سخرت الإمكانات."],
        "الإدارة سخرت",
        "علي الشعيلان",
    ),
    # 2. ب on where the office is, when a name follows the role
    (["وأوضح مدير التعليم بالقصيم عبدالله الركيان أن الدراسة تبدأ غدا."], "الدراسة تبدأ", "عبدالله الركيان"),
    (
        ["وقال المتحدث الرسمي للهلال الأحمر بالباحة، عماد الزهراني، إن الفرق جاهزة."],
        "الفرق جاهزة",
        "عماد الزهراني",
    ),
    (
        ["وأوضح مدير إدارة الزيارة بوكالة شؤون المسجد النبوي ياسر الجيار أن الخدمة متاحة."],
        "الخدمة متاحة",
        "ياسر الجيار",
    ),
    # 3. و on a second office of the same person
    (
        ["وبين الخبير الاقتصادي ورئيس الجمعية السعودية للإدارة الدكتور عبدالله الشدادي أن الدعم كبير."],
        "الدعم كبير",
        "عبدالله الشدادي",
    ),
    (
        ["ويرى الأكاديمي والباحث السياسي الأميركي، ماكس هوفمان، أن تركيا تفادت الأسوأ."],
        "تركيا تفادت",
        "ماكس هوفمان",
    ),
    # 4. a rank qualifier is part of the rank, not a name (المقدم بحري، اللواء الركن)
    (
        ["وقال الناطق الإعلامي بقيادة حرس الحدود المقدم بحري الدكتور شايع القحطاني: إن الزيارة ناجحة."],
        "الزيارة ناجحة",
        "شايع القحطاني",
    ),
    (["وأكد اللواء الركن فهد القحطاني أن الحدود آمنة."], "الحدود آمنة", "فهد القحطاني"),
    (
        ["وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة، العقيد دكتور عاطي القرشي، أن البلاغ وصل."],
        "البلاغ وصل",
        "عاطي القرشي",
    ),
    (
        ["وذكر الناطق الإعلامي بشرطة المنطقة المكلف نقيب عبدالإله الجابري أن البلاغات وصلت."],
        "البلاغات وصلت",
        "عبدالإله الجابري",
    ),
    # 5. one word before a rank and a name is the institution's own name, not the speaker's
    (
        ["من جانبه أكد أمين سوق عكاظ الدكتور جريدي المنصوري، أن السوق يجسد التطلع."],
        "السوق يجسد",
        "جريدي المنصوري",
    ),
    # 6. a medium told is no part of the speaker; a named agency speaks as itself
    (["وقال مسؤول لـCNN إن الاجتماع انتهى."], "الاجتماع انتهى", "مسؤول"),
    (["وذكرت رويترز في نوفمبر أن الناقلات هربت الوقود."], "الناقلات هربت", "رويترز"),
    (["وقال وزير الإدارة المحلية عبد الرقيب فتح إن الإغاثة مستمرة."], "الإغاثة مستمرة", "عبد الرقيب فتح"),
    # 7. a chain of definite words joined by و, and a few institution words before a rank
    (
        ["من جهته قال نائب رئيس اللجنة الوطنية للحج والعمرة عبدالقادر الجبرتي إنه لم يتبق وقت."],
        "لم يتبق",
        "عبدالقادر الجبرتي",
    ),
    (["وأكد وزير الثقافة والإعلام، عواد العواد، أن قطاع السينما مهم."], "قطاع السينما", "عواد العواد"),
    (
        ["وأوضح مدير مصنع كسوة الكعبة المشرفة الدكتور محمد باجودة أن الوحدة تعمل."],
        "الوحدة تعمل",
        "محمد باجودة",
    ),
    (["وأوضح الرقيب في شرطة «ويتشيتا» بول كيمبل أن الشرطة وصلت."], "الشرطة وصلت", "بول كيمبل"),
    # 8. a name of two words or more ends before a mined verb (SVO clauses, headlines)
    (
        ["الأمير محمد بن سلمان يرفض الانتقادات.", "وقال الأمير محمد بن سلمان إن الإصلاح ضروري."],
        "الإصلاح ضروري",
        "محمد بن سلمان",
    ),
    (["وأكد المدافع جو غوميز سيغيب عن المونديال.", "وكتب غوميز: موسمي انتهى."], "موسمي انتهى", "جو غوميز"),
    # 10. a common noun in the accusative (tanween unwritten) is no name; a paper's nisba is no
    # variant spelling of a registered name's nisba
    (
        ["ووجه الرئيس الصيني تحذيرا جديدا إلى تايوان، محذرا من أن بلاده لن توافق."],
        "بلاده لن توافق",
        "الرئيس الصيني",
    ),
    (["وأبلغ سيميوني مؤتمرا صحفيا: كوستا عاد من أجل هذه المباريات."], "كوستا عاد", "سيميوني"),
    (
        ["وقال لاعب ريال مدريد الإسباني إن الفريق جاهز.", "وكشفت صحيفة سبورت الإسبانية عن دعم الرئيس."],
        "دعم الرئيس",
        "صحيفة سبورت الإسبانية",
    ),
    # 11. an indefinite office takes adjectives, not a one-word name; after إن/أن/لكن it is accusative
    (["وقال مسؤول أمني عراقي رفيع إن الهجوم فشل."], "الهجوم فشل", "مسؤول أمني عراقي رفيع"),
    (["وقال رئيس اتحاد صيادي غزة إن إسرائيل وسعت النطاق."], "إسرائيل وسعت", "رئيس اتحاد صيادي غزة"),
    (["لكن مسؤولا حدوديا فلسطينيا أشار إلى استمرار القيود."], "استمرار القيود", "مسؤولا حدوديا فلسطينيا"),
    (["هاجم نائب رئيس شرطة دبي ضاحي خلفان الميليشيا، واصفا إياها بالعميلة."], "إياها بالعميلة", "ضاحي خلفان"),
    # 12. a surname that is also a short verb stays (أمبر راد); و on a given name after a role
    # is a second person (وبوب منينديز), not on a foreign name (وانغ يي)
    (["أعلنت وزيرة الداخلية البريطانية، أمبر راد، السبت، أن الشرطة حددت الشهود."], "الشرطة حددت", "أمبر راد"),
    (
        ["أبلغ وزير الخارجية وعضو مجلس الدولة الصيني وانغ يي نظيره التركي بأن بكين تدعم الجهود."],
        "بكين تدعم",
        "وانغ يي",
    ),
    # 13. a second office stacked without a comma before the name
    (
        ["أكد مدير العلاقات العامة والإعلام المتحدث الرسمي بأمانة الرياض ابراهيم الدعيلج أن الأمانة تعمل."],
        "الأمانة تعمل",
        "ابراهيم الدعيلج",
    ),
    # 14. المشرف is an office, over something with على; one of a group named with a rank
    (
        ["وأوضح المشرف العام على البرنامج الدكتور رائد شالوالة، أن البرنامج يشارك فيه طلاب."],
        "البرنامج يشارك",
        "رائد شالوالة",
    ),
    (
        ["وقال المشرف على الفعالية علي النقيدان إن المشاركة استمرت خمسة أيام."],
        "المشاركة استمرت",
        "علي النقيدان",
    ),
    (["وأوضح أحد المشاركين في المسرحية الدكتور فهد غزولي أن التعصب ظاهرة."], "التعصب ظاهرة", "فهد غزولي"),
    (
        ["وأوضحت إدارة مكتبة الطفل في مكتبة الملك عبدالعزيز العامة، أن القطار استقطب الأطفال."],
        "القطار استقطب",
        "إدارة مكتبة الطفل",
    ),
    # 9. an honorific pronoun (titles.json honorific_pronouns) takes up the person so honored
    (
        [
            "قال سيادة الرئيس عبد الفتاح السيسي إن الاقتصاد يتعافى.",
            "وقال الوزير سامح شكري إن العلاقات قوية.",
            "وأضاف سيادته أن المشروعات كثيرة.",
        ],
        "المشروعات كثيرة",
        "عبد الفتاح السيسي",
    ),
    (
        ["وقال معالي وزير المياه والكهرباء المهندس عبدالله بن عبدالرحمن الحصين إن العقود وقعت."],
        "العقود وقعت",
        "عبدالله بن عبدالرحمن الحصين",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), CASES)
def test_speaker(paragraphs: list[str], fragment: str, speaker: str) -> None:
    quotes = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert quotes, f"no statement holds {fragment!r}: {extract_quotes(paragraphs)}"
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("وأكد الوزير علي الأهمية الكبيرة للمشروع", None),  # على misspelt: no name
        # one person: the former president and honorary member is ماجد الحكير (round 10)
        ("وقال الرئيس السابق وعضو شرف نادي الرياض ماجد الحكير", "ماجد الحكير"),
        ("وأشاد الوزير بالجهود الكبيرة", None),  # ب on an object, no name after it
        ("وشدد الرئيس على المبادئ الثابتة للدولة", None),  # على after other titles: the complement
        ("وأشاد الرئيس بجهود الأمير خالد الفيصل", None),  # the object's rank and name
        ("وأكد الوزير دعم المملكة الأمير خالد الفيصل", None),
        ("زار الملك عبدالله الاقتصادية في جدة", None),  # a feminine adjective ends the name
        ("وقال المدير المشارك بجامعة كولومبيا، والباحث الرئيسي تشاك هيلي", None),  # و + definite: no name
    ],
)
def test_no_wrong_name(phrase: str, name: str | None) -> None:
    toks = tokenize(phrase)
    m = parse_speaker(toks, 1, len(toks), phrase)
    assert m is None or m.name == name, m


def test_honorific_pronouns_are_data() -> None:
    table = honorific_pronouns()
    assert table[fold("سموه")] == {fold("سمو"), fold("السمو")}
    assert table[fold("سعادتها")] == {fold("سعادة")}
    assert fold("معالي") in honor_words()
