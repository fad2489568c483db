"""Statements, round 8: classes mined from the corpora and checked on fixed random samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest
from tests.extract.conftest import FoundCheck

from akhbar.extract.quotes import extract_quotes

# (paragraphs, speaker, fragment of the statement, cue as written)
FOUND = [
    # 1. أرجع: the explanation a speaker gives; its object opens the statement (إلى or a لـ-word)
    (["وأرجعت السلطات الحادث إلى سوء الأحوال الجوية."], "السلطات", "الحادث إلى سوء الأحوال", "وأرجعت"),
    (
        ["وأرجع الخبير الاقتصادي يوسف باداود ذلك لعدة أسباب مختلفة من بينها التفاعل الدولي."],
        "يوسف باداود",
        "ذلك لعدة أسباب مختلفة",
        "وأرجع",
    ),
    # 2. نصح: advice with ب or أن, after the advisee
    (
        ["ونصح الطبيب سعيد الغامدي المرضى بتناول الماء بكثرة خلال الصيف."],
        "سعيد الغامدي",
        "بتناول الماء بكثرة",
        "ونصح",
    ),
    (
        ["من جهته، نصح المدرب الوطني عبدالرحمن الحمدان الفرق بالاستفادة من المباريات الودية."],
        "المدرب الوطني",
        "بالاستفادة من المباريات",
        "نصح",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_found(
    found_statement: FoundCheck, paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


# (paragraphs, words a statement must not start with)
NOT_FOUND = [
    # نصح/أرجع without و/ف inside a clause: a verbal noun or another verb
    (["وقالت الوزارة: يجب على الصيادلة نصح الرجال بمتابعة الطبيب كل ستة أشهر."], "بمتابعة الطبيب"),
    (["فذهبت إلى الصيدلي فقال ارجع إلى الطبيب فهو من صرف لك الدواء."], "إلى الطبيب"),
    (["ويمكن إعادة نصح الآخرين بشراء الساعة الذكية بعد التجربة."], "بشراء الساعة"),
    # أرجع with no cause after its object is not a statement
    (["وأرجعت الشرطة المسروقات كلها بعد التحقيق في القضية."], "المسروقات"),
]


@pytest.mark.parametrize(("paragraphs", "words"), NOT_FOUND)
def test_not_found(paragraphs: list[str], words: str) -> None:
    quotes = extract_quotes(paragraphs)
    assert not [q for q in quotes if q.text.startswith(words)], [(q.speaker, q.text) for q in quotes]


def test_indefinite_head_after_with_names_no_institution() -> None:
    """'مع سلطات معززة' (with enhanced powers) is no institution a later or earlier 'السلطات' takes up."""
    quotes = extract_quotes(
        [
            "وقالت السلطات إن الحادث وقع بسبب الطقس السيئ في المنطقة.",
            "وبدأ الرئيس ولاية جديدة من خمس سنوات مع سلطات معززة.",
        ]
    )
    assert [q.speaker for q in quotes] == ["السلطات"]


def test_cause_with_elided_speaker() -> None:
    """'وأرجع ذلك لعدة أسباب': the speaker before explains; the object opens the statement."""
    quotes = extract_quotes(
        [
            "وقال الخبير الاقتصادي يوسف باداود إن الجمعية ستساند مكاتب الاستقدام.",
            "وأرجع ذلك لعدة أسباب مختلفة، من بينها التفاعل الدولي.",
        ]
    )
    assert [(q.speaker, q.text[:16]) for q in quotes][-1] == ("يوسف باداود", "ذلك لعدة أسباب م")


NESTED = [
    # a cue one or two words after the complementizer is the verb of the reported clause: the
    # nested report stays inside the statement (FORMAT.md: a nested attribution is not listed)
    (
        'وأفاد مصدر مطلع بأن كوشنر أبلغ حماه ترامب بأن "الانسحاب المفاجئ قد يكون له تداعيات".',
        "مصدر مطلع",
        "كوشنر أبلغ حماه ترامب",
    ),
    ("وذكر مسؤول أن كوشنر يحث ترامب على اتخاذ نهج محسوب.", "مسؤول", "كوشنر يحث ترامب على"),
    ("وقالت المصادر إن ألمانيا تعتبر إدارة ترمب مؤيدة لإسرائيل.", "المصادر", "ألمانيا تعتبر إدارة"),
]


@pytest.mark.parametrize(("paragraph", "speaker", "fragment"), NESTED)
def test_nested_report_stays_inside(paragraph: str, speaker: str, fragment: str) -> None:
    quotes = extract_quotes([paragraph])
    assert [(q.speaker, q.text.startswith(fragment)) for q in quotes] == [(speaker, True)]


def test_cue_after_and_is_a_statement_of_its_own() -> None:
    """'وقال X إن ...، وأكد أن': a cue with و is the same speaker going on, not a nested verb."""
    quotes = extract_quotes(["وقال الوزير سعيد الغامدي إن الخطة جاهزة، وأكد أن التنفيذ يبدأ غدا."])
    assert len(quotes) == 2


def test_abbreviated_title_is_no_full_stop() -> None:
    """'د.' (دكتور) and 'أ.' (أستاذ) before a name end no sentence: the statement runs on."""
    quotes = extract_quotes(
        [
            "كما انتشر فيديو يظهر مرشحة عن الحزب، هي د. هيشو ريبوار علي، ترتدي ثوبا قصيرا في حفلة "
            "خاصة، وفقا لموقع أخبار روداو."
        ]
    )
    assert [q.text.startswith("كما انتشر فيديو") for q in quotes] == [True]
    assert "هيشو ريبوار" in quotes[0].text
    quotes = extract_quotes(["ويقول رئيس التحرير د. علي النعيمي إن الموقع سيقدم تركيبة فريدة للقراء."])
    assert [q.text for q in quotes] == ["الموقع سيقدم تركيبة فريدة للقراء"]
    # a year marker م. still ends its sentence
    quotes = extract_quotes(["وقال الوزير سعيد الغامدي إن المشروع افتتح عام 2015 م. ثم توقف العمل فيه."])
    assert [q.text for q in quotes] == ["المشروع افتتح عام 2015 م"]


def test_emotion_after_an_is_no_statement_but_speaks() -> None:
    """'أعرب X عن سعادته/شكره/خالص حزنه' states nothing, yet X is who 'وأضاف' takes up."""
    quotes = extract_quotes(
        [
            "وأعرب الأمين العام أنطونيو غوتيريس عن خالص حزنه لوفاته.",
            "وأضاف أن العالم فقد رجلا عظيما كرس حياته للسلام.",
        ]
    )
    assert [(q.speaker, q.text[:11]) for q in quotes] == [("أنطونيو غوتيريس", "العالم فقد ")]
    # with a proposition it stays a statement
    quotes = extract_quotes(["وأعرب الوزير سعيد الغامدي عن سعادته بأن المشروع اكتمل في موعده."])
    assert [q.text[:10] for q in quotes] == ["عن سعادته "]
