"""Statements: one behavioural table per construction, the seed page, and properties."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.extract.lexicon import fold
from akhbar.extract.quotes import extract_quotes

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"

# (paragraphs, expected speaker word, kind, fragment of text, cue)
CASES = [
    # direct speech in marks after a cue
    (
        ['وقال بومبيو في لقاء مع شبكة "سي أن بي سي" الاثنين "قلنا ذلك سابقا، الرئيس يريد أن يلتقي بهم".'],
        "بومبيو",
        "direct",
        "قلنا ذلك سابقا",
        "وقال",
    ),
    (
        ["وقال الأمين العام أنطونيو غوتيريس في بيان «أدعو كل الدول الأعضاء إلى ضبط النفس»."],
        "غوتيريس",
        "direct",
        "أدعو كل الدول",
        "وقال",
    ),
    # multi-sentence quote
    (
        ['وقال ولي العهد محمد بن سلمان إن خامنئي "يريد مشروعا خاصا به. لا أريد أن يحدث الأمر نفسه".'],
        "محمد بن سلمان",
        "indirect",
        "لا أريد أن يحدث",
        "وقال",
    ),
    # colon speech without marks
    (
        ["وقال كنعاني: هناك تعاون جيد بين وزارة الخارجية والمؤسسات الاقتصادية."],
        "كنعاني",
        "direct",
        "هناك تعاون جيد",
        "وقال",
    ),
    # indirect speech: أن / إن / بأن / إلى أن
    (
        ["وأكد المتحدث باسم الخارجية الإيرانية أنه من المبكر التعليق على الأزمة."],
        "المتحدث باسم الخارجية الإيرانية",
        "indirect",
        "من المبكر التعليق",
        "وأكد",
    ),
    (
        ["وأشار وزير الخارجية سامح شكري إلى أن المفاوضات متعثرة."],
        "سامح شكري",
        "indirect",
        "المفاوضات متعثرة",
        "وأشار",
    ),
    (
        ["وصرح الوزير خالد الفالح بأن الإنتاج سيرتفع الشهر المقبل."],
        "خالد الفالح",
        "indirect",
        "الإنتاج سيرتفع",
        "وصرح",
    ),
    # feminine, plural and present forms
    (
        ["وقالت الناطقة باسم الوزارة ماريا زاخاروفا إن الضربات غير مقبولة."],
        "ماريا زاخاروفا",
        "indirect",
        "الضربات غير مقبولة",
        "وقالت",
    ),
    (
        ["وقالت مصادر محلية إن غارات شديدة استهدفت المعسكر."],
        "مصادر محلية",
        "indirect",
        "غارات شديدة",
        "وقالت",
    ),
    (["ويرى المحلل السياسي أحمد سعيد أن الأزمة ستطول."], "أحمد سعيد", "indirect", "الأزمة ستطول", "ويرى"),
    # institutions and states speak
    (
        ["واعتبرت إيران أن المعلومات غير مطابقة للواقع."],
        "إيران",
        "indirect",
        "المعلومات غير مطابقة",
        "واعتبرت",
    ),
    (
        ["وقالت وزارة الدفاع الروسية إن أنظمتها لم تشارك في الاعتراض."],
        "وزارة الدفاع الروسية",
        "indirect",
        "أنظمتها لم تشارك",
        "وقالت",
    ),
    # name + comma + role
    (
        ["وقال أنور قرقاش، وزير الدولة للشؤون الخارجية، إن الاتهامات لا أساس لها."],
        "أنور قرقاش",
        "indirect",
        "الاتهامات لا أساس لها",
        "وقال",
    ),
    # object and preposition complements
    (
        ["وأعرب غوتيريش، في بيان الخميس، عن إدانته لهذه الغارة."],
        "غوتيريش",
        "indirect",
        "إدانته لهذه الغارة",
        "وأعرب",
    ),
    (
        ["ودعت الأمانة العامة لمجلس التعاون إلى احترام الهدنة الإنسانية."],
        "الأمانة العامة لمجلس التعاون",
        "indirect",
        "احترام الهدنة",
        "ودعت",
    ),
    # subject before the cue and relative antecedent
    (
        ["لكن المتحدث باسمه تركي المالكي قال لوكالة فرانس برس إن الحديث عن الأطفال إدعاء مضلل."],
        "تركي المالكي",
        "indirect",
        "الحديث عن الأطفال",
        "قال",
    ),
    (
        ["هزت انفجارات مطار حماة، حسب المرصد السوري لحقوق الإنسان، الذي قال إنها استهدفت مستودعات أسلحة."],
        "المرصد السوري لحقوق الإنسان",
        "indirect",
        "استهدفت مستودعات",
        "قال",
    ),
    # verbal noun: نقلت X عن Y قوله
    (
        ["ونقلت قناة المنار عن حزب الله قوله إن الحرب لن تحقق أهدافها."],
        "حزب الله",
        "indirect",
        "الحرب لن تحقق",
        "قوله",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "kind", "fragment", "cue"), CASES)
def test_constructions(paragraphs: list[str], speaker: str, kind: str, fragment: str, cue: str) -> None:
    quotes = extract_quotes(paragraphs)
    hits = [q for q in quotes if fragment in q.text]
    assert hits, quotes
    q = hits[0]
    assert speaker in q.speaker
    assert q.kind == kind
    assert q.cue == cue


PARTICIPLES = [
    (
        "وقالت نيكي هايلي إن السلطات الإيرانية تتحمل الخطأ، مضيفة أن الهجوم وقع بسبب القمع.",
        "مضيفة",
        "الهجوم وقع",
        "نيكي هايلي",
    ),
    (
        "وقال المتحدث محمد عبد السلام إن الهدنة مرفوضة، مؤكدا أن المعركة مستمرة.",
        "مؤكدا",
        "المعركة مستمرة",
        "محمد عبد السلام",
    ),
    (
        "وأوضح القحطاني أن الخدمات من الأولويات، لافتاً إلى أن الاستعدادات شملت إصدار قرارات.",
        "لافتاً",
        "الاستعدادات شملت",
        "القحطاني",
    ),
    (
        "يذكر أن المتحدث باسم الخارجية بهرام قاسمي استنكر استخدام الأسلحة، معتبرا الأمر مخالفا للتعاليم.",
        "معتبرا",
        "الأمر مخالفا",
        "قاسمي",
    ),
]


@pytest.mark.parametrize(("text", "cue", "fragment", "speaker"), PARTICIPLES)
def test_participles(text: str, cue: str, fragment: str, speaker: str) -> None:
    quotes = extract_quotes([text])
    q = next(q for q in quotes if q.cue == cue)
    assert fragment in q.text
    assert speaker in q.speaker
    assert q.resolved


def test_elided_speaker_agrees_in_gender() -> None:
    paragraphs = [
        "وقالت المتحدثة باسم الخارجية الأمريكية هيذر ناويرت إن الولايات المتحدة قلقة من التقارير.",
        "وقال المتحدث باسم الصليب الأحمر عدنان حزام إن 29 طفلا قتلوا.",
        'وأضافت: "ندعو التحالف لإجراء تحقيق شامل وشفاف".',
        "وأضاف: الحصيلة ليست نهائية.",
    ]
    quotes = extract_quotes(paragraphs)
    by_para = {q.paragraph: q for q in quotes}
    assert by_para[2].speaker == "هيذر ناويرت" and by_para[2].resolved
    assert by_para[3].speaker == "عدنان حزام" and by_para[3].resolved


def test_role_and_surname_resolve_to_the_named_person() -> None:
    paragraphs = [
        "وجه الرئيس الإيراني حسن روحاني انتقادات حادة للولايات المتحدة.",
        "وقال روحاني إن الولايات المتحدة سهلت وقوع الهجوم.",
        "كد المتحدث باسم الخارجية الإيرانية ناصر كنعاني أن العراق قادر على حماية أمنه.",
        "وأضاف المتحدث الرسمي باسم وزارة الخارجية: العضوية في بريكس تظهر ديناميكية البلاد.",
    ]
    quotes = extract_quotes(paragraphs)
    assert [q.speaker for q in quotes] == ["حسن روحاني", "ناصر كنعاني", "ناصر كنعاني"]
    assert quotes[0].resolved and not quotes[1].resolved and quotes[2].resolved
    assert quotes[1].cue == "أكد" and quotes[1].role == "المتحدث باسم الخارجية الإيرانية"


def test_after_content_attribution_is_not_a_second_statement() -> None:
    text = 'وأضاف: "الحكومة البريطانية تهاونت في التصدي للمشاغبين"، وفقا لما نقلته وكالة الأنباء الإيرانية.'
    quotes = extract_quotes(["وقال علي أكبر ولايتي إن الحكومة البريطانية مقصرة.", text])
    assert len(quotes) == 2
    assert quotes[1].speaker == "علي أكبر ولايتي"


@pytest.mark.parametrize(
    "text",
    [
        "وتقاربت واشنطن مع الرياض منذ تولي دونالد ترامب الحكم من خلال عدائهما المشترك لإيران.",
        'يحمل هذا التصريح الكثير من التصميم الأميركي "المنفرد" لمواجهة المشكلة الإيرانية.',
        "يذكر أن جمال خاشقجي كان قد اختفى بعد أن دخل إلى القنصلية السعودية في إسطنبول.",
        "ولم تقدم إيران أي دليل حتى الآن يشير إلى تواطؤ دول أجنبية.",
        "الحلف الأطلسي يعلن دعمه للضربات",
    ],
)
def test_no_statement(text: str) -> None:
    assert extract_quotes([text]) == []


def test_quote_over_two_paragraphs() -> None:
    paragraphs = ['وقال الوزير أحمد علي: "إن العلاقات بين البلدين في أفضل حالاتها', 'ونحن نعمل على تطويرها".']
    quotes = extract_quotes(paragraphs)
    assert [(q.paragraph, q.speaker, q.cue) for q in quotes] == [
        (0, "أحمد علي", "وقال"),
        (1, "أحمد علي", "وقال"),
    ]
    assert quotes[1].text == "ونحن نعمل على تطويرها"


@pytest.fixture(scope="module")
def seed() -> tuple[list[str], list[dict[str, str]]]:
    path = DEV / "seed_kanaani_iraq.txt"
    if not path.exists():
        pytest.skip(f"shared eval set not found at {DEV} (needs ../shared beside the repository)")
    fold = str.maketrans({"ی": "ي", "ک": "ك"})
    lines = [" ".join(x.translate(fold).split()) for x in path.read_text(encoding="utf-8").splitlines()]
    gold = json.loads((DEV / "seed_kanaani_iraq.gold.json").read_text(encoding="utf-8"))
    body = [x for x in lines[1:] if x and x not in set(gold["boilerplate"])]
    return body, gold["quotes"]


def test_seed_page_sixteen_statements_to_kanaani(seed: tuple[list[str], list[dict[str, str]]]) -> None:
    paragraphs, gold = seed
    quotes = extract_quotes(paragraphs)
    assert len(quotes) == 16
    assert {q.speaker for q in quotes} == {"ناصر كنعاني"}
    for g in gold:
        assert any(fold(g["contains"]) in fold(q.text) for q in quotes), g["contains"]
    assert [q.cue for q in quotes][:4] == ["أكد", "وقال", "وأضاف", "وتابع"]


_CHARS = list('ابتثجحخدذرزسشصضطظعغفقكلمنهويىةأإآءئؤ «»"“”:،.,؟!-\n0123456789')
_PIECES = [
    "\u064e",
    "\u0651",
    "\u0640",
    "\u200c",
    "وقال",
    " إن ",
    " أن ",
    "المتحدث",
    "باسم",
    "وأضاف:",
    "مضيفا",
    "كد",
    "حسب",
    "الذي",
    "قوله",
    "عن",
]
_ALPHABET = st.sampled_from([*_CHARS, *_PIECES])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_ALPHABET, max_size=60).map("".join), max_size=5), st.none() | st.text(max_size=20))
def test_never_raises_and_offsets_slice_text(paragraphs: list[str], headline: str | None) -> None:
    for q in extract_quotes(paragraphs, headline):
        assert paragraphs[q.paragraph][q.start : q.end] == q.text
        assert q.text and q.speaker
        assert q.kind in ("direct", "indirect")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=4))
def test_arbitrary_text_never_raises(paragraphs: list[str]) -> None:
    for q in extract_quotes(paragraphs):
        assert paragraphs[q.paragraph][q.start : q.end] == q.text


def test_huge_run_on_paragraph_finishes() -> None:
    """A 200 KB paragraph with no sentence end, full of cues, titles and post-attribution markers,
    is read in bounded scans (linear time): it must finish, with a generous timeout, not a timing."""
    unit = (
        "وقال المتحدث باسم الوزارة أحمد علي إن الوضع مستقر، مضيفا أن المفاوضات مستمرة، "
        "بحسب ما أعلنت وزارة الصحة، وأكد الوزير أن "
    )
    text = unit * (200_000 // len(unit) + 1)
    done: list[int] = []
    worker = threading.Thread(target=lambda: done.append(len(extract_quotes([text], "عنوان"))), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done, "extract_quotes did not finish a 200 KB paragraph within 60 s"
    assert done[0] > 0
