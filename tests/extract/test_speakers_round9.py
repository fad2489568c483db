"""Speakers, round 9: classes of attribution errors, each sized and checked on the shared
corpora; one short invented sentence per construction."""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes
from akhbar.extract.speakers import parse_speaker
from akhbar.extract.tokens import tokenize

# 1. A relative pronoun (الذي، التي، الذين) never continues a role or an institution: the
# relative clause is about the speaker. (paragraph, fragment of a statement, the exact speaker)
RELATIVES = [
    (
        "وقال المدافع الذي اعتزل اللعب في نهاية الموسم الماضي «لا أعتقد أن المدرب يعرف أفضل تشكيلة».",
        "أفضل تشكيلة",
        "المدافع",
    ),
    (
        'وأضاف الموظف الذي طلب عدم الكشف عن هويته: "قفزت من النافذة مع زملاء آخرين".',
        "قفزت من النافذة",
        "الموظف",
    ),
    (
        "وقالت متحدثة باسم الاتحاد الذي يتخذ من زوريخ مقرا له إن الاتحاد يتعاون مع السلطات.",
        "يتعاون مع السلطات",
        "متحدثة باسم الاتحاد",
    ),
    (
        'إذ صرح المدرب الذي كان قائدا للفريق عام 1998 "لم نصبح أبطالا للعالم بعد".',
        "أبطالا للعالم",
        "المدرب",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "speaker"), RELATIVES)
def test_relative_pronoun_ends_the_speaker(paragraph: str, fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if fragment in q.text]
    assert hits and all(q.speaker == speaker for q in hits), [(q.speaker, q.text) for q in hits]


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        ("الموظف الذي طلب عدم الكشف", "الموظف"),
        ("المتحدث في البيان الذي نشره", "المتحدث في البيان"),
        ("الشركات التي تعمل", "الشركات"),
    ],
)
def test_parse_speaker_stops_at_a_relative(phrase: str, text: str) -> None:
    toks = tokenize(phrase)
    m = parse_speaker(toks, 0, len(toks), phrase)
    assert m is not None and m.text == text, m


def test_relative_alone_is_no_speaker() -> None:
    toks = tokenize("الذي قال")
    assert parse_speaker(toks, 0, 1, "الذي قال") is None


# 2. Given names mined from the corpora (tools/mine_speakers.py given: words before a family
# name seen after a listed given name) open a name without a title.
GIVEN = [
    (
        ["من جهتها أوضحت منيرة الراشد أن الحملة تهدف إلى توعية المجتمع بأخطار العنف."],
        "توعية المجتمع",
        "منيرة الراشد",
    ),
    (
        ["يقول الشاعر غزاي الوسيدي الحربي: مع الأسف يا مشيدين الدواوين."],
        "مع الأسف",
        "غزاي الوسيدي",
    ),
    (
        ["وأوضحت مريم المهبط أن المهرجان جسر لتطوير الموهبة الشابة."],
        "لتطوير الموهبة",
        "مريم المهبط",
    ),
]


@pytest.mark.parametrize(("paragraphs", "fragment", "speaker"), GIVEN)
def test_mined_given_name_opens_a_name(paragraphs: list[str], fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert hits and all(speaker in q.speaker for q in hits), [(q.speaker, q.text) for q in hits]


# 3. Journalists after لـ/لل are who was told, never part of the office before them.
ADDRESSEES = [
    ("وقال الوزير للصحافيين إن الاتفاق سيوقع قريبا.", "الوزير"),
    (
        "وقال مسؤول كبير في الخارجية الأمريكية للصحافيين إن الاتفاق سيوقع قريبا.",
        "مسؤول كبير في الخارجية الأمريكية",
    ),
    ("وقال المتحدث العسكري جوناثان كونريكوس لصحافيين إن الاتفاق سيوقع قريبا.", "جوناثان كونريكوس"),
]


@pytest.mark.parametrize(("paragraph", "speaker"), ADDRESSEES)
def test_journalists_told_are_no_speaker(paragraph: str, speaker: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if "سيوقع قريبا" in q.text]
    assert hits and all(q.speaker == speaker for q in hits), [(q.speaker, q.text) for q in hits]


# 4. After two name words, a common word is the clause's object, not a third name word, unless
# a mark, a function word or a title ends the name there ('الدكتور محروس بن أحمد غبان،').
OBJECTS = [
    ("وألقى الأمين العام إياد مدني كلمة قال فيها إن المنظمة تدعم الشعب.", "المنظمة تدعم", "إياد مدني"),
    (
        "ووصف الرئيس محمود عباس قرار ترامب بأنه صفعة، وقال إن الولايات المتحدة ليست وسيطا.",
        "ليست وسيطا",
        "محمود عباس",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "speaker"), OBJECTS)
def test_common_word_after_a_full_name_is_no_name(paragraph: str, fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if fragment in q.text]
    assert hits and all(q.speaker == speaker for q in hits), [(q.speaker, q.text) for q in hits]


# 5. After بن/ابن the word is a name even when it also reads as a title (مساعد، مشرف).
BIN_TITLE = [
    ("ورأى أحمد بن مشرف أن شواطئ المملكة ستتحرر من سطوة المتاجرة.", "شواطئ المملكة", "أحمد بن مشرف"),
    (
        "وقال المتحدث الرسمي باسم الهلال الأحمر خالد بن مساعد السهلي إن الهيئة تلقت بلاغا.",
        "الهيئة تلقت",
        "خالد بن مساعد السهلي",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "speaker"), BIN_TITLE)
def test_word_after_bin_is_a_name(paragraph: str, fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if fragment in q.text]
    assert hits and all(q.speaker == speaker for q in hits), [(q.speaker, q.text) for q in hits]


# 6. An institution in construct with a place noun takes the place's name (شرطة مدينة زيوريخ),
# and one named after a person takes the whole name (مركز محمد بن راشد للفضاء).
INSTITUTIONS = [
    ("وقالت شرطة مدينة زيوريخ إن المشتبه به اعتقل مساء الأحد.", "المشتبه به اعتقل", "شرطة مدينة زيوريخ"),
    ("وحذرت إمارة منطقة عسير من شرائح اتصالات مجهولة تباع في الطرقات.", "شرائح اتصالات", "إمارة منطقة عسير"),
    (
        'وكشف مركز محمد بن راشد للفضاء أن الرحلة ستستمر "لمدة عشرة أيام".',
        "الرحلة ستستمر",
        "مركز محمد بن راشد للفضاء",
    ),
]


@pytest.mark.parametrize(("paragraph", "fragment", "speaker"), INSTITUTIONS)
def test_institution_takes_its_place_or_person(paragraph: str, fragment: str, speaker: str) -> None:
    hits = [q for q in extract_quotes([paragraph]) if fragment in q.text]
    assert hits and all(q.speaker == speaker for q in hits), [(q.speaker, q.text) for q in hits]


def test_possessive_after_li_ends_an_institution() -> None:
    text = "وأكدت شركة صناعة السيارات لاستخدامها محركات ملوثة أن الغرامة قبلت."
    toks = tokenize(text)
    m = parse_speaker(toks, 1, len(toks), text)
    assert m is not None and m.text == "شركة صناعة السيارات", m
