"""Statements, round 13: detection classes found on blind2 (opened for development in session 5)
and the other development sets, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import FoundCheck

from akhbar.extract.quotes import extract_quotes

# (paragraphs, speaker, fragment of the statement, cue as written)
FOUND = [
    # 1. a fronted source with فإن/فقد after it (بحسب/حسب/وفقا/طبقا X، فإن ...) is a source
    #    whatever the phrase: a bare surname, a plural nisba, an unknown group, a name in marks
    #    with no comma, an institution the parser reads only the head of; also after a comma
    (["وبحسب الكندري، فإن الاتفاق سيوقع مطلع الشهر المقبل."], "الكندري", "الاتفاق سيوقع", "حسب"),
    (["وبحسب الفرنسيين فإن المفاوضات تتقدم ببطء شديد."], "الفرنسي", "المفاوضات تتقدم", "حسب"),
    (["ووفقا لمحللين، فإن أسعار النفط ستواصل الارتفاع هذا العام."], "محللين", "أسعار النفط", "حسب"),
    (['وبحسب "الأناضول" فقد وصل الوفد التركي إلى الدوحة مساء أمس.'], "الأناضول", "وصل الوفد", "حسب"),
    (
        ["وبحسب الهيئة العامة للإحصاء الزراعي، فإن إنتاج القمح تراجع بنسبة كبيرة."],
        "الهيئة العامة للإحصاء الزراعي",
        "إنتاج القمح تراجع",
        "حسب",
    ),
    (
        ["واستهدفت الغارات مخازن للسلاح، وحسب سكان محليين فإن القصف طال أحياء سكنية في المدينة."],
        "سكان محليين",
        "القصف طال أحياء",
        "حسب",
    ),
    # 1b. ... and with neither comma nor فإن, when a verb or a clause particle follows the source
    (["وبحسب المصادر لم يتوصل الطرفان إلى اتفاق حتى الآن."], "المصادر", "لم يتوصل الطرفان", "حسب"),
    (['وبحسب موقع "الرياضي" سيغيب اللاعب عن المباراة المقبلة.'], "الرياضي", "سيغيب اللاعب", "حسب"),
    # 3. the dual of the common cues: after a fronted subject or with an elided one (two
    #    speakers: الجانبان، الوزيران)
    (
        ["وقال الوزيران سامي العلي وخالد الفهد إن المحادثات مثمرة.", "وشددا على ضرورة وقف إطلاق النار."],
        "",
        "ضرورة وقف",
        "وشددا",
    ),
    (
        ["وقال الرئيسان في بيان مشترك إن النزاع خطير.", "وأعربا عن قلقهما من أن يتسع النزاع في المنطقة."],
        "الرئيسان",
        "يتسع النزاع",
        "وأعربا",
    ),
    (
        ["وقالت الوزيرتان في مؤتمر صحفي إن الخطة جاهزة.", "وأوضحتا أن التنفيذ يبدأ الشهر المقبل."],
        "الوزيرتان",
        "التنفيذ يبدأ",
        "وأوضحتا",
    ),
    # 4. a subject nobody names with a title, holding a لـ/بـ phrase, before أن/إن after at most
    #    adverbials (VSO): the words as written
    (
        ["قال معاون للرئيس الكيني وليام روتو إن المفاوضات ستستأنف قريبا."],
        "معاون للرئيس الكيني",
        "المفاوضات ستستأنف",
        "قال",
    ),
    (
        ["قالت سلسلة مطاعم كنتاكي للوجبات السريعة إنها اضطرت لإغلاق فروعها."],
        "سلسلة مطاعم كنتاكي",
        "اضطرت لإغلاق",
        "قالت",
    ),
    # 4b. ... and a subject as written followed by adjuncts only (adverbials, short prepositional
    #    phrases, commas) before أن/إن
    (["قال تجار أمس إن أسعار الذهب ارتفعت."], "تجار", "أسعار الذهب", "قال"),
    (
        ["وأكد 40 نائبا بالبرلمان، الأحد، في بيان أن الحكومة فشلت في إدارة الأزمة."],
        "40 نائبا",
        "الحكومة فشلت",
        "وأكد",
    ),
    # 5. an elided subject nobody else resolves, after a comma: the subject right after the
    #    verb that opens the sentence (VSO)
    (
        ["أبدى سكان حي الروضة استياءهم من انقطاع المياه، موضحين أنهم يعيشون بلا ماء منذ أيام."],
        "سكان حي الروضة",
        "يعيشون بلا ماء",
        "موضحين",
    ),
    # 6. أكمل (go on saying) before a colon or a mark
    (
        ['وقال المدرب سامي الجابر: "الفريق قدم مباراة كبيرة".', 'وأكمل: "سنعود أقوى في المباراة المقبلة".'],
        "سامي الجابر",
        "سنعود أقوى",
        "وأكمل",
    ),
    # 7. وصف/اعتبر with an object pronoun (وصفه بأنه، ووصفتها بأنها، اعتبرها): a description
    (
        ["وانتقد الوزير خالد الحربي القرار في مؤتمر صحفي.", "ووصفه بأنه خطوة متسرعة وغير مدروسة."],
        "خالد الحربي",
        "خطوة متسرعة",
        "ووصفه",
    ),
    (
        ["وأشاد الوزير خالد المهيري بالاتفاق واعتبره إنجازا تاريخيا للبلدين."],
        "خالد المهيري",
        "إنجازا تاريخيا",
        "واعتبره",
    ),
    # ... but inside a running statement of the same sentence it takes up its object and goes on
    (["وانتقد الوزير خالد الحربي القرار ووصفه بأنه خطوة متسرعة."], "خالد الحربي", "خطوة متسرعة", "وانتقد"),
    # 8. words shouted or chanted before a colon or a mark (هتف، صاح، صرخ)
    (["وهتف المتظاهرون أمام البرلمان: «الشعب يريد إسقاط الحكومة»."], "المتظاهرون", "الشعب يريد", "وهتف"),
    # 2. 'بالقول' (by saying) after a verb that is no cue: the verb's subject speaks, the phrase
    #    between the verb and its object; none there, the previous speaker (after a comma: the
    #    sentence's subject); a cue verb before it keeps its own statement
    (["ومضت المصادر بالقول إن القوات تقدمت نحو المطار."], "المصادر", "القوات تقدمت", "بالقول"),
    (["وجادل الوزير سامي الخطيب بالقول إن بلاده لا تملك أي دافع."], "سامي الخطيب", "لا تملك", "بالقول"),
    (
        ["وقال المدرب خالد سالم إن الفريق جاهز.", 'واكتفى بالقول "سنقاتل حتى النهاية".'],
        "خالد سالم",
        "سنقاتل حتى النهاية",
        "بالقول",
    ),
    (
        ["ورفض المدرب ماهر العلي الحديث عن مستقبله، واكتفى بالقول إن القرار بيد الإدارة."],
        "ماهر العلي",
        "القرار بيد الإدارة",
        "بالقول",
    ),
    (
        ['وختم المهاجم ياسر القحطاني حديثه بالقول: "الموسم لم ينته بعد".'],
        "ياسر القحطاني",
        "الموسم لم ينته",
        "وختم",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_found(
    found_statement: FoundCheck, paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


# (paragraph, fragment of the first statement, words it must not hold)
ENDS = [
    # a description in a relative clause inside a running statement belongs to that statement
    (
        'وقال المتحدث إن الحصار المفروض على المدينة، والذي وصفه بأنه "الأطول"، يعد جريمة كبرى.',
        "يعد جريمة كبرى",
        "",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "beyond"), ENDS)
def test_statement_whole(paragraph: str, fragment: str, beyond: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if fragment in q.text and q.text.startswith("الحصار")]
    assert hits, [(q.speaker, q.text) for q in extract_quotes([paragraph])]


# (paragraph, words no statement may start with)
NOT_FOUND = [
    # a fronted marker mid-sentence without فإن/فقد after its phrase is no source
    "وارتفعت الأسعار، ووفقا للقانون الجديد تلتزم الشركات بنشر بياناتها كل عام.",
    # a phone (هاتفا) is no chanting
    "وأطلقت الشركة هاتفا جديدا باسم «نجم» في معرض دبي.",
    # 'وصفة' (a recipe) is no 'وصفه' (described him)
    "وقدمت الطاهية وصفة غنية بالخضار بأنها صحية ومفيدة للأطفال.",
    # أكمل with an object is 'complete'
    "وأكمل اللاعب دراسته الجامعية في الخارج قبل أن يعود إلى ناديه.",
    # 'بالقول' with no complement after it is no cue
    "ونحن نؤمن بأن التغيير يبدأ بالقول والعمل معا في كل مكان.",
]


@pytest.mark.parametrize("paragraph", NOT_FOUND)
def test_not_found(paragraph: str) -> None:
    quotes = extract_quotes([paragraph])
    assert not quotes, [(q.speaker, q.text) for q in quotes]
