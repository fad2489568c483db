"""Statements, round 10: detection classes found on the development sets and sized on fixed
random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import FoundCheck

from akhbar.extract.quotes import extract_quotes

# (paragraphs, speaker, fragment of the statement, cue as written)
FOUND = [
    # 1. a statement reported in a fronted subordinate clause (وبعد أن قال، عندما أكد) ends at the
    #    comma where the main clause begins; the main clause's own cue is a statement too
    (
        [
            "وبعد أن قال النائب خالد العلي إن الموازنة غير واقعية، أصدرت وزيرة المالية سارة المهيري "
            "بيانا قالت فيه إن الأرقام دقيقة."
        ],
        "سارة المهيري",
        "الأرقام دقيقة",
        "قالت",
    ),
    (
        ["عندما أكد المدرب خالد العلي أن الفريق جاهز، نشر النادي بيانا أوضح فيه أن اللاعب مصاب."],
        "النادي",
        "اللاعب مصاب",
        "أوضح",
    ),
    (
        ["وبعدما أعلن رئيس الاتحاد أحمد سالم أن الاتفاق نهائي، قال إنه سيزور القاهرة الأسبوع المقبل."],
        "أحمد سالم",
        "سيزور القاهرة",
        "قال",
    ),
    # 2. a one-letter abbreviated title (د. / أ.) before a name: its full stop neither ends the
    #    sentence nor cuts the speaker phrase, and the prepass registers the name after it
    (["وأوضح د. ماجد الشهري أن الحملة ناجحة."], "ماجد الشهري", "الحملة ناجحة", "وأوضح"),
    (["وأكد أ.د. سامي الحربي أن الظاهرة في تراجع."], "سامي الحربي", "الظاهرة في تراجع", "وأكد"),
    (
        ["واستقبل د. فهد العتيبي الوفد أمس.", "وأوضح العتيبي أن الزيارة ناجحة."],
        "فهد العتيبي",
        "الزيارة ناجحة",
        "وأوضح",
    ),
    # 3. more than six words between the cue and its complement that the parser cannot read as
    #    one phrase: a short subject, then only adverbials and comma- or dash-enclosed asides
    (
        ["وقال ضابط الشرطة، ويسانوساك سيوب، لبي بي سي إن الحادث وقع في محطة قطارات سامسن."],
        "ويسانوساك سيوب",
        "الحادث وقع في محطة",
        "وقال",
    ),
    (
        ["قال فيردر بريمن المنافس في دوري الدرجة الأولى الألماني لكرة القدم أمس السبت إن مهاجمه رحل."],
        "فيردر بريمن",
        "مهاجمه رحل",
        "قال",
    ),
    (
        [
            "وقال والتر زاليسكو مالك جلوبال إنفستيجيتف جروب - وهي شركة خاصة لحماية الممتلكات - "
            "إنه بالإضافة لرذاذ الطلاء فان الجناة ألقوا مادة حارقة."
        ],
        "والتر زاليسكو",
        "الجناة ألقوا",
        "وقال",
    ),
    # 4. 'من قبل' (previously) is an adverbial: the أن after it is the cue's complementizer
    (["زعمت إيران من قبل أن السعودية تدعم النشاط الانفصالي."], "إيران", "السعودية تدعم", "زعمت"),
    # 5. 'وجاء في بيان X' + a quotation (or a colon and one): the document's words
    (
        ["وجاء في بيان الجيش «قتل ثلاثة من عسكريينا الشجعان نتيجة هجوم نفذته المنظمة»."],
        "الجيش",
        "قتل ثلاثة من عسكريينا",
        "جاء",
    ),
    (
        ['وجاء في التقرير الصادر عن شركة "آبل"، أن التوقف تأثر به جميع مستخدمي التطبيق.'],
        "آبل",
        "التوقف تأثر به",
        "جاء",
    ),
    # 6. رفض with a claim as its object (cues.json claims) is a statement
    (
        ["ورفض وزير الخارجية الروسي سيرغي لافروف، الجمعة، مزاعم تورط روسيا كدعاية."],
        "سيرغي لافروف",
        "مزاعم تورط روسيا",
        "ورفض",
    ),
    (
        ["ورفضت وزارة الخارجية الأمريكية ما جاء في تقرير لوسائل الإعلام الرسمية."],
        "وزارة الخارجية الأمريكية",
        "ما جاء في تقرير",
        "ورفضت",
    ),
    (["وقال ضابط رفيع رفض الكشف عن هويته إن الخطة ناجحة."], "ضابط رفيع", "الخطة ناجحة", "وقال"),
    # 7. a participle of calling, urging or warning with its object before the preposition: a
    #    statement of its own, object included (not the tail of the statement before it)
    (
        ["وقال الوزير إن الحكومة ستواصل العمل، داعيا الأمم المتحدة إلى إدانة هذه الجرائم."],
        "الوزير",
        "الأمم المتحدة إلى إدانة",
        "داعيا",
    ),
    (
        ["وأكدت الهيئة أن الأمطار ستستمر، محذرة السكان من الاقتراب من الأودية."],
        "الهيئة",
        "السكان من الاقتراب",
        "محذرة",
    ),
    (
        ['أما الأمم المتحدة، فدعت كل الدول الأعضاء السبت إلى "ضبط النفس" والامتناع عن كل عمل.'],
        "الأمم المتحدة",
        "والامتناع عن كل عمل",
        "فدعت",
    ),
    # 8. ألمح/لمّح (hint) reports
    (
        ["وخلال مقابلة لمح وزير الأمن العام الإسرائيلي جلعاد إردان إلى أن هدم القرية ربما لا يكون وشيكا."],
        "جلعاد إردان",
        "هدم القرية ربما",
        "لمح",
    ),
    (["وقال المدرب إن الفريق جاهز، ملمحا إلى رحيل اللاعب في الصيف."], "المدرب", "رحيل اللاعب", "ملمحا"),
    # 9. a subject in quotation marks, then adverbials and a relative clause before the colon
    (
        [
            "وقال «الحذيفي» في اتصال هاتفي ب«عكاظ» والذي يزور عدن ضمن أعضاء الحكومة: "
            "«الوضع في عدن أكثر من رائع ونعمل لإعادة الأمن»."
        ],
        "الحذيفي",
        "الوضع في عدن أكثر",
        "وقال",
    ),
    # 10. a plural past cue after its subject (SVO) following an opener: the phrase speaks
    (
        ["كان يعتقد أن عمر السيف ألف عام، لكن الخبراء في المتحف المحلي أكدوا الآن أنه يبلغ 1500 عام."],
        "الخبراء",
        "يبلغ 1500 عام",
        "أكدوا",
    ),
    (
        ["وثارت مزاعم بأنه اعترف، لكن مقربين منه قالوا إن الاعتراف انتزع منه بالإكراه."],
        "مقربين منه",
        "الاعتراف انتزع",
        "قالوا",
    ),
    # 11. a kinship noun with a pronoun, then a name, then adverbials before the complement
    (
        [
            'وقال والدها اندي فانسيك لموقع "ذا لوكال" باللغة الانجليزية إنه اعتقد في البداية أن ابنته '
            "عثرت على عصا."
        ],
        "اندي فانسيك",
        "عثرت على عصا",
        "وقال",
    ),
    # 12. a present cue inside a sentence, one to three plain words, then its complementizer:
    #     a new clause with that subject (VSO)
    (
        ["وبنيت القرية من دون تصاريح إسرائيلية يقول فلسطينيون إن الحصول عليها مستحيل."],
        "فلسطينيون",
        "الحصول عليها مستحيل",
        "يقول",
    ),
    # 13. inside unmarked speech after a colon, '، وتابع قائلاً:' opens the next statement of the
    #     same speaker
    (
        [
            "واعترف المقدم خالد سالم بخطئه وقال: خير الخطائين التوابون وأنا أخطأت، وتابع قائلاً: "
            "هذه أول مشاركة لي خارج جدة."
        ],
        "خالد سالم",
        "هذه أول مشاركة",
        "وتابع",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_found(
    found_statement: FoundCheck, paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


# (paragraph, words no statement may start with): long phrases before a complement that are
# content, not a speaker
NOT_FOUND = [
    # a new clause after a comma leads to the complementizer
    ("من كشف تشكيلة المنتخب الإنجليزي خلال مباراته المرتقبة مع فريق بنما، وبات من المرجح أن يخسر.", "يخسر"),
    # the cue's own complement (تعهد بـ) opens the phrase
    (
        "وكان أبي الذي تولى منصبه في أبريل قد تعهد بتطبيق إصلاحات، استجابة لمطالب المحتجين خلال موجات "
        'من الاضطرابات، وفق "رويترز".',
        "رويترز",
    ),
    # رفض refusing an action is no statement
    ("ورفض متحدث عسكري إسرائيلي التعليق على التقارير حول الغارات.", "التقارير"),
    ("ورفضت الشركة الكشف عن قيمة الصفقة.", "الكشف"),
    ("وقال مصدر رفض الكشف عن اسمه إن الاجتماع تأجل.", "رفض"),
    # a present cue with its addressee or an adverb before أن: no new subject
    ("وهذه قصة طويلة يقول لي إن الحل قريب.", "الحل قريب"),
    ("والكاتب يؤكد دائماً أن الحديث عنها يغذي الروح.", "الحديث عنها"),
    # 'وبحسب X، فقد <cue>': the connective alone is no statement of X
    ('وبحسب "رويترز"، فقد ذكرت وزارة العمل الأمريكية أمس أن الطلبات الجديدة انخفضت.', "فقد"),
]


@pytest.mark.parametrize(("paragraph", "start"), NOT_FOUND)
def test_not_found(paragraph: str, start: str) -> None:
    quotes = extract_quotes([paragraph])
    assert all(not q.text.startswith(start) for q in quotes), [(q.speaker, q.text) for q in quotes]


# (paragraph, fragment of the first statement, words it must not hold)
ENDS = [
    (
        "وقال الوزير إن الحكومة ستواصل العمل، داعيا الأمم المتحدة إلى إدانة هذه الجرائم.",
        "الحكومة ستواصل العمل",
        "داعيا",
    ),
    (
        "وبعد أن قال النائب خالد العلي إن الموازنة غير واقعية، أصدرت وزيرة المالية سارة المهيري "
        "بيانا قالت فيه إن الأرقام دقيقة.",
        "الموازنة غير واقعية",
        "أصدرت",
    ),
    (
        "عندما أكد المدرب خالد العلي أن الفريق جاهز، نشر النادي بيانا أوضح فيه أن اللاعب مصاب.",
        "الفريق جاهز",
        "نشر النادي",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "beyond"), ENDS)
def test_statement_ends(paragraph: str, fragment: str, beyond: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if fragment in q.text]
    assert hits
    assert all(beyond not in q.text for q in hits), [q.text for q in hits]


# (paragraphs, fragment of a statement, its speaker): resolution of role-only and bare mentions
RESOLVED = [
    # an institution's head with a nisba takes up the full name the article gave
    (
        [
            "وأعلنت وزارة الخارجية الأمريكية أن الوفد سيصل غدا.",
            "وقالت الوزارة الأمريكية إن المحادثات ستستمر.",
        ],
        "المحادثات ستستمر",
        "وزارة الخارجية الأمريكية",
    ),
    (
        ["وقالت محكمة العدل الدولية إن القرار ملزم.", "وأضافت المحكمة الدولية أن على الطرفين الامتثال."],
        "على الطرفين",
        "محكمة العدل الدولية",
    ),
    # ... but not a name of its own ('الأمم المتحدة' is no head with a nisba)
    (
        [
            "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الوضع سيئ.",
            "وقالت الأمم المتحدة إن المساعدات تأخرت.",
        ],
        "المساعدات تأخرت",
        "الأمم المتحدة",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), RESOLVED)
def test_resolved(paragraphs: list[str], fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert hits, [(q.speaker, q.text) for q in extract_quotes(paragraphs)]
    assert hits[0].speaker == speaker


# (paragraphs, fragment of a statement, a speaker it must not have)
NOT_RESOLVED = [
    # a spokesman for X, X's lawyer, a governor of a place: not X
    (
        ["وقال الرئيس هاينز فيشر إنه سيزور البلاد.", "وقالت متحدثة باسم فيشر إن موعد الزيارة لم يتحدد."],
        "موعد الزيارة",
        "هاينز فيشر",
    ),
    (
        ["وقال الممثل جيرار ديبارديو إنه بريء.", "وقال محامي ديبارديو إن موكله ينفي التهمتين."],
        "موكله ينفي",
        "جيرار ديبارديو",
    ),
    # a masculine title with a masculine cue never resolves to a woman named with the feminine one
    (
        [
            "قالت وزيرة الخارجية الكندية كريستيا فريلاند إن الاتفاق متوازن.",
            "وقال وزير الخارجية الألماني إن أوروبا لم تعد تعتمد على واشنطن.",
        ],
        "أوروبا لم تعد",
        "كريستيا فريلاند",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), NOT_RESOLVED)
def test_not_resolved(paragraphs: list[str], fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert hits, [(q.speaker, q.text) for q in extract_quotes(paragraphs)]
    assert all(q.speaker != speaker for q in hits)


# (paragraphs, fragment, speaker): a و-cue opening a paragraph with nobody reported before takes
# the subject of the previous paragraph's last sentence
ELIDED_FIRST = [
    (
        [
            "حذر جون بولتون، مستشار الأمن القومي، إيران من عواقب وخيمة إذا أضرت بمصالح بلاده.",
            "وقال في مؤتمر في نيويورك، إن النظام سيواجه عواقب كبيرة.",
        ],
        "سيواجه عواقب",
        "جون بولتون",
    ),
    (
        [
            "أوضحت سفارة خادم الحرمين الشريفين لدى سلطنة عمان ملابسات الحادثة.",
            "وأفادت أن الطفلة تعرضت بالخطأ لإطلاق نار.",
        ],
        "الطفلة تعرضت",
        "سفارة خادم الحرمين الشريفين",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), ELIDED_FIRST)
def test_elided_first(paragraphs: list[str], fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert hits, [(q.speaker, q.text) for q in extract_quotes(paragraphs)]
    assert hits[0].speaker == speaker


# ... but not the agency that only relays ('نقلت X عن Y'), nor the person inside a kinship phrase
ELIDED_NOT = [
    (
        [
            "ونقلت وكالة أنباء الصين أمس عن لي تشونغ المتحدث باسم الوزارة أن فرص العمل زادت.",
            "وأضاف أن سوق العمل في الصين مستقرة بشكل عام.",
        ],
        "سوق العمل",
        "وكالة أنباء الصين",
    ),
    (
        ["تحدث والد مايكل براون للصحافيين السبت في فيرغسون.", "واضاف أن شيئا لم يتغير منذ عام."],
        "لم يتغير",
        "مايكل براون",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), ELIDED_NOT)
def test_elided_not(paragraphs: list[str], fragment: str, speaker: str) -> None:
    assert all(q.speaker != speaker for q in extract_quotes(paragraphs) if fragment in q.text)


# (paragraph, speaker, fragment, cue): a cue right after 'X، الذي/التي' is X's, and the content after
# the relative clause goes under the outer cue; the pronoun alone is no statement
RELATIVE = [
    (
        "قالت ريتشيل كروكس، التي اتهمت الرئيس الأمريكي دونالد ترامب بتقبيلها في عام 2006، إنها ليست "
        "مصدومة من وصفه لها.",
        "ريتشيل كروكس",
        "ليست مصدومة",
        "قالت",
    ),
    (
        "وأضاف زائيف الذي تحدث في مؤتمر صحفي اليوم الأربعاء أن سكوبي وأثينا لم يقتربا من اتفاق.",
        "زائيف",
        "سكوبي وأثينا",
        "وأضاف",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker", "fragment", "cue"), RELATIVE)
def test_relative_clause(paragraph: str, speaker: str, fragment: str, cue: str) -> None:
    quotes = extract_quotes([paragraph])
    assert [(q.speaker, q.cue) for q in quotes if fragment in q.text] == [(speaker, cue)]
    assert all(q.text not in ("الذي", "التي") for q in quotes)


# (paragraph, speaker, first words, last words): a straight-quoted statement holding a nested
# straight-quoted word is one statement, from its first mark to its last
NESTED = [
    (
        'وأضاف منير أديب "حتى الآن لم يعرف أين تقبع هذه العناصر، ومن هم أعضاء "المرابطين" في مصر، '
        'وما هي خططهم".',
        "منير أديب",
        "حتى الآن",
        "وما هي خططهم",
    ),
    (
        'وقال روب وينرايت "سددنا ضربة كبيرة لقدرة تنظيم "الدولة الإسلامية" على نشر الدعاية".',
        "روب وينرايت",
        "سددنا ضربة",
        "على نشر الدعاية",
    ),
]


@pytest.mark.parametrize(("paragraph", "speaker", "first", "last"), NESTED)
def test_nested_straight_marks(paragraph: str, speaker: str, first: str, last: str) -> None:
    quotes = extract_quotes([paragraph])
    assert [(q.speaker, q.text.startswith(first), q.text.endswith(last)) for q in quotes] == [
        (speaker, True, True)
    ]


def test_misplaced_straight_marks() -> None:
    # '"لوموند "الفرنسية': a mark standing apart from its word opens no nested quotation
    quotes = extract_quotes(['ذكرت صحيفة "لوموند "الفرنسية السبت أن السعودية دعت فرنسا إلى التفاوض.'])
    assert [q.text for q in quotes] == ["السعودية دعت فرنسا إلى التفاوض"]


# (paragraphs, [(speaker, cue)]): the first statement of an article after a subject the parser
# cannot read (a kunya 'أم X', a name then whom it spoke to), and the elided cue after it
FIRST = [
    (
        [
            "شهدت المدينة أمس احتفالات واسعة.",
            "وفي هذا الإطار قالت أم فيصل «المرأة النجرانية تفخر بالإنجازات البطولية للقوات».",
            "وأضافت أن الأوضاع مطمئنة ولا تدعو إلى القلق.",
        ],
        [("أم فيصل", "قالت"), ("أم فيصل", "وأضافت")],
    ),
    (
        ["شهدت المدينة أمس احتفالات واسعة.", "وقال يانجر للصحفيين إن الفرصة سانحة لتصحيح الصورة."],
        [("يانجر", "وقال")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), FIRST)
def test_first_statement_subject(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.cue) for q in extract_quotes(paragraphs)] == expected


def test_kunya_not_alone() -> None:
    # 'أم' as 'or' before the complementizer is no subject: nobody is reported
    assert extract_quotes(["شهدت المدينة أمس احتفالات.", "وقال أم إن الأمر انتهى."]) == []


# (paragraphs, fragment, speaker): a و-cue opening a paragraph with no subject after a last sentence
# that reports nothing and names another person as its subject: that person, not the last speaker
NEW_SUBJECT = [
    (
        [
            "وقال رئيس الغرفة رائد المزروع إن البرنامج ناجح.",
            "بدوره، حدد المدير العام المهندس عبدالكريم المنصوري أولوية المشاريع في المنطقة.",
            "وأشار إلى أن التنفيذ سيبدأ قريبا.",
        ],
        "التنفيذ سيبدأ",
        "عبدالكريم المنصوري",
    ),
    (
        [
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتانياهو إنه قدم معلومات جديدة.",
            "وتحدث عبر الهاتف أيضا مع الرئيس الروسي فلاديمير بوتين.",
            "وأضاف أن إيران كذبت.",
        ],
        "إيران كذبت",
        "بنيامين نتانياهو",
    ),
    (
        [
            "وقال رئيس الغرفة رائد المزروع إن البرنامج ناجح.",
            "وشارك في الاجتماع عدد من المسؤولين.",
            "وأشار إلى أن التنفيذ سيبدأ قريبا.",
        ],
        "التنفيذ سيبدأ",
        "رائد المزروع",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), NEW_SUBJECT)
def test_new_subject_before(paragraphs: list[str], fragment: str, speaker: str) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs) if fragment in q.text] == [speaker]


def test_participle_after_source() -> None:
    # '...، حسب ما أعلن X، مضيفا أنه': the participle goes on for the source just named
    quotes = extract_quotes(
        [
            "مقدمة.",
            "وصل وفد كوري جنوبي إلى بيونغ يانغ، حسب ما أعلن المتحدث باسم الرئاسة الكورية الجنوبية "
            "كيم إيو كيوم، مضيفا أنه الأعلى مستوى منذ عقد.",
        ]
    )
    assert [q.speaker for q in quotes if "الأعلى مستوى" in q.text] == ["كيم إيو كيوم"]


# (paragraphs, [(speaker, role)]): a role the parser cut short before its prepositional phrase, the
# person's name right before the preposition the cue governs; not a titled object
NAME_IN_ROLE = [
    (
        [
            "مقدمة.",
            "طالب المستثمر في قطاع استقدام العمالة المنزلية يوسف باداود بإنشاء جمعية وطنية.",
            "وأشار إلى أن دور الجمعية سيتركز على مساندة المكاتب.",
        ],
        [("يوسف باداود", "المستثمر في قطاع استقدام العمالة المنزلية")] * 2,
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), NAME_IN_ROLE)
def test_name_in_role(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.role) for q in extract_quotes(paragraphs)] == expected


def test_titled_object_not_speaker() -> None:
    paragraph = "حذر رئيس منظمة الطاقة الذرية الإيرانية أكبر صالحي الرئيس الأمريكي دونالد ترامب من الانسحاب."
    assert all(q.speaker != "دونالد ترامب" for q in extract_quotes(["مقدمة.", paragraph]))


def test_object_before_list_colon() -> None:
    # 'أكد X أهمية ...، المتضمنة: ...': the object is the statement; the colon opens a list in it
    paragraph = "وأكد المدير خالد العلي أهمية إحضار المرشح المستندات الثبوتية، المتضمنة: صورة الهوية."
    assert [q.text[:5] for q in extract_quotes(["مقدمة.", paragraph])] == ["أهمية"]


def test_colon_speech_after_source() -> None:
    # 'وأكد أحد المواطنين لـ "سبق": أن ...': the speech follows the colon, after the source
    paragraph = 'وأكد المواطن خالد العلي في حديثه مع صحيفة "سبق": أن الأهالي يعانون من تعطل الصرافات.'
    assert [q.text[:7] for q in extract_quotes(["مقدمة.", paragraph])] == ["أن الأه"]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "وكان اللاعب تياغو موتا قد صرح مرارا في الأسابيع الأخيرة أنه يريد أن يبدأ مغامرة جديدة.",
            "تياغو موتا",
        ),
        ("وكان الرئيس التركي رجب طيب أردوغان قد أكد علنا أن العملية مستمرة.", "رجب طيب أردوغان"),
    ],
)
def test_adverb_is_no_speaker(paragraph: str, speaker: str) -> None:
    # 'صرح مرارا أنه': the adverb after the cue is no subject; the one before the cue speaks
    assert [q.speaker for q in extract_quotes(["مقدمة.", paragraph])] == [speaker]
