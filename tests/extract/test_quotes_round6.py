"""Statements, round 6: a document's statement (وجاء في البيان أن), a fronted statement phrase,
'أما X فقال', titled names with a definite family name, and place nouns never read as names.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes
from akhbar.extract.speakers import parse_speaker
from akhbar.extract.tokens import tokenize

# (paragraphs, fragment of a statement, the speaker that statement must have)
CASES = [
    # 1. a statement found in a document: its issuer when named, else the document
    (["وجاء في بيان لوزارة الخارجية أن العلاقات متينة."], "العلاقات متينة", "وزارة الخارجية"),
    (
        ["أعلنت هيئة السوق المالية قرارها.", "وجاء في البيان الصادر عن الهيئة أن القرار نهائي."],
        "القرار نهائي",
        "هيئة السوق المالية",
    ),
    (["وورد في التقرير أن معدلات البطالة ارتفعت خلال العام الماضي."], "معدلات البطالة ارتفعت", "التقرير"),
    (
        ["قال وزير الصحة خالد العمر إن الوضع مستقر.", "وجاء في البيان أن الوزارة ستواصل الرقابة."],
        "الوزارة ستواصل الرقابة",
        "خالد العمر",
    ),
    # 2. a fronted statement phrase before the cue
    (['وفي حديث لـ"الشرق الأوسط"، أكد الخبير خالد السعيد أن السوق مستقر.'], "السوق مستقر", "خالد السعيد"),
    (["وفي تصريح لوكالة الأنباء، قال سعد الحربي إن الأسعار ستنخفض."], "الأسعار ستنخفض", "سعد الحربي"),
    # 3. 'أما X ف + cue': X speaks
    (["أما الوزير فقال إن الحكومة ماضية في الإصلاح."], "الحكومة ماضية", "الوزير"),
    (["أما وزارة الخارجية فأكدت أن العلاقات متينة."], "العلاقات متينة", "وزارة الخارجية"),
    (["أما الدكتور سعيد الغامدي فأوضح أن العلاج متوفر."], "العلاج متوفر", "سعيد الغامدي"),
    # 4. a title, a given name and a definite family name: both words
    (["وقال الدكتور توفيق الربيعة إن الخدمات تحسنت."], "الخدمات تحسنت", "توفيق الربيعة"),
    (["وأكد المهندس خالد الفالح أن الإنتاج مستقر."], "الإنتاج مستقر", "خالد الفالح"),
    # 5. 'منطقة عسير' is a place in the role, never a registered name
    (
        [
            "وقال أمير منطقة عسير الأمير فيصل بن خالد إن المنطقة تشهد تنمية.",
            "وأضاف سموه أن المشاريع كثيرة.",
        ],
        "المشاريع كثيرة",
        "فيصل بن خالد",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), CASES)
def test_speaker(paragraphs: list[str], fragment: str, speaker: str) -> None:
    quotes = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert quotes, f"no statement holds {fragment!r}"
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("أمير منطقة عسير الأمير فيصل بن خالد إن", "فيصل بن خالد"),
        ("محافظ محافظة جدة مشعل العلي إن", "مشعل العلي"),
        ("الدكتور توفيق الربيعة إن", "توفيق الربيعة"),
        ("المهندس خالد الفالح أن", "خالد الفالح"),
    ],
)
def test_name(phrase: str, name: str) -> None:
    toks = tokenize(phrase)
    m = parse_speaker(toks, 0, len(toks), phrase, None)
    assert m is not None and m.name == name


def test_amma_topic_is_no_name() -> None:
    """The ف-cue after 'أما الوزير' is not read as the minister's name."""
    text = "أما الوزير فقال إن الحكومة ماضية"
    toks = tokenize(text)
    m = parse_speaker(toks, 1, len(toks), text, None)
    assert m is None or m.name is None
