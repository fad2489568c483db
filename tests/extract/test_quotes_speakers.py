"""Statements: speaker attribution by class (who a cue names, and whom a later mention means).

Short invented sentences, one construction each: the speaker must be resolved to the NAME the
article gave (not left as a role or title), and the name must end where the person's name ends.
"""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes
from akhbar.extract.speakers import parse_speaker
from akhbar.extract.tokens import tokenize

# (paragraphs, fragment of a statement, the speaker that statement must have)
ATTRIBUTED = [
    # a name + role apposition registers the person under the role; a later role resolves to the
    # name, a nisba taking up the country of the role (السفير الفرنسي ~ سفير فرنسا)
    (
        [
            "قال بيير مارتان سفير فرنسا لدى لبنان خلال مؤتمر صحافي، اليوم الأربعاء، "
            "إن المحادثات ستبدأ قريبا.",
            "وفي سياق آخر، ارتفعت أسعار النفط.",
            "وقال السفير الفرنسي إن التعاون بين البلدين مستمر.",
        ],
        "التعاون بين البلدين مستمر",
        "بيير مارتان",
    ),
    # a role with an office 'في مجلس ...' before the apposed name: the name is the subject
    (
        [
            "يتفق رئيس الجانب الكويتي في مجلس الأعمال الكويتي المغربي، سالم العنزي، مع هذا الرأي، "
            "مؤكدا أن الفرص كبيرة."
        ],
        "الفرص كبيرة",
        "سالم العنزي",
    ),
    # a hashtag inside a role (#مجلس_الغرف) does not end the phrase before the apposed name
    (
        ["من جهته، قال نائب رئيس #مجلس_الغرف_التجارية، فهد سعيد الدوسري، إن البرنامج يهدف للتعاون."],
        "البرنامج يهدف للتعاون",
        "فهد سعيد الدوسري",
    ),
    # 'مدير عام X' governs its genitive; the honorific and the full name with بن follow
    (
        ["وأوضح مدير عام تعليم المنطقة الدكتور خالد بن سعد الزهراني أن اللجان ستبدأ عملها غدا."],
        "اللجان ستبدأ عملها",
        "خالد بن سعد الزهراني",
    ),
    # a title with two places joined by و, then an honorific and the name
    (
        ["قال رئيس الهيئة الملكية للجبيل وينبع الأمير فيصل بن خالد إن المشروع اكتمل."],
        "المشروع اكتمل",
        "فيصل بن خالد",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), ATTRIBUTED)
def test_attributed_to_the_name(paragraphs: list[str], fragment: str, speaker: str) -> None:
    quotes = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert quotes, f"no statement holds {fragment!r}"
    assert quotes[0].speaker == speaker


# (phrase after the cue, the name parsed from it)
NAMES = [
    # a name ends after a family name with the article (not the object after it)
    ("مدير الوكالة الوطنية للاستثمار في تونس سامي الحمداني أولوية القطاعات", "سامي الحمداني"),
    # a relative after a name is no family name
    ("ماريا كوفاليفا التي شاركت في المؤتمر", "ماريا كوفاليفا"),
    # a kunya with the article is one name with the surname after it
    ("العميد أبو الفضل شكارجي", "أبو الفضل شكارجي"),
    # 'آل الشيخ' is a family name, not a title
    ("تركي آل الشيخ", "تركي آل الشيخ"),
]


@pytest.mark.parametrize(("phrase", "name"), NAMES)
def test_name_span(phrase: str, name: str) -> None:
    toks = tokenize(phrase)
    m = parse_speaker(toks, 0, len(toks), phrase, None)
    assert m is not None and m.name == name


def test_hashtag_speaker_is_written_without_marks() -> None:
    (q,) = extract_quotes(["وقال الرئيس #فلاديمير_بوتين إن الحوار ممكن."])
    assert q.speaker == "فلاديمير بوتين"
