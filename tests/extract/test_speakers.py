"""Speakers: how a speaker phrase is read, and how the article resolves it to a person."""

from __future__ import annotations

import pytest

from akhbar.extract.quotes import extract_quotes
from akhbar.extract.registry import Registry
from akhbar.extract.speakers import parse_speaker
from akhbar.extract.tokens import tokenize


def _parse(phrase: str) -> tuple[str, str | None, str | None, str | None]:
    toks = tokenize(phrase)
    m = parse_speaker(toks, 0, len(toks), phrase, None)
    assert m is not None, phrase
    return m.kind, m.name, m.role, m.gender


# (phrase after the cue, kind, name, role)
PHRASES = [
    # title + name
    (
        "المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن",
        "person",
        "ناصر كنعاني",
        "المتحدث باسم الخارجية الإيرانية",
    ),
    ("الرئيس الأميركي باراك أوباما أمس الثلاثاء", "person", "باراك أوباما", "الرئيس الأميركي"),
    # compound names: a definite second half, a theophoric name in one word
    ("الأمين العام لحزب الله حسن نصر الله إن", "person", "حسن نصر الله", "الأمين العام لحزب الله"),
    ("الأمير بندر بن عبدالله إن", "person", "بندر بن عبدالله", "الأمير"),
    ("مستشار الرئيس الفلسطيني محمود الهباش في تصريحات", "person", "محمود الهباش", "مستشار الرئيس الفلسطيني"),
    (
        "المتحدث باسم وزارة الصحة في غزة أشرف القدرة:",
        "person",
        "أشرف القدرة",
        "المتحدث باسم وزارة الصحة في غزة",
    ),
    (
        "الأمينة العامة المنتهية ولايتها مية الجريبي إن",
        "person",
        "مية الجريبي",
        "الأمينة العامة المنتهية ولايتها",
    ),
    ("أمين سر اللجنة التنفيذية لمنظمة التحرير صائب عريقات إن", "person", "صائب عريقات", None),
    # name + comma + role, and role + comma + name
    ("أنور قرقاش، وزير الدولة للشؤون الخارجية، إن", "person", "أنور قرقاش", "وزير الدولة للشؤون الخارجية"),
    ("وزير الخارجية اليمني، خالد اليماني، الاثنين، أنه", "person", "خالد اليماني", "وزير الخارجية اليمني"),
    # a name followed by its role with no comma
    (
        "هانز يواخيم فاتزكة الرئيس التنفيذي لدورتموند",
        "person",
        "هانز يواخيم فاتزكة",
        "الرئيس التنفيذي لدورتموند",
    ),
    # the object after a named subject stays out of the name
    ("الرئيس الأميركي دونالد ترامب الاتفاق بأنه", "person", "دونالد ترامب", "الرئيس الأميركي"),
    ("وزير الخارجية عادل الجبير إيران بأنها", "person", "عادل الجبير", "وزير الخارجية"),
    # roles, institutions, groups and states without a name
    ("المتحدث باسم التحالف إن", "role", None, "المتحدث باسم التحالف"),
    ("وزارة الدفاع الروسية في بيان إن", "org", None, None),
    ('مجلة "كيكر" الألمانية أن', "org", None, None),
    ("مصادر محلية إن", "group", None, None),
    ("إيران أن", "state", None, None),
]


@pytest.mark.parametrize(("phrase", "kind", "name", "role"), PHRASES)
def test_speaker_phrase(phrase: str, kind: str, name: str | None, role: str | None) -> None:
    got_kind, got_name, got_role, _ = _parse(phrase)
    assert got_kind == kind
    assert got_name == name
    if role is not None:
        assert got_role == role


def test_feminine_title_gives_gender() -> None:
    assert _parse("الناطقة باسم الوزارة ماريا زاخاروفا إن")[3] == "f"


@pytest.mark.parametrize(
    ("paragraphs", "speakers"),
    [
        # an elided speaker agrees in gender with the nearest speaker
        (
            [
                "وقالت الوزيرة هند صبري إن الخطة جاهزة للتنفيذ.",
                "وقال الوزير خالد الفالح إن الإنتاج سيرتفع.",
                "وأضافت أن الميزانية تكفي للعام المقبل.",
                "وأضاف أن الأسعار ستستقر قريبا.",
            ],
            ["هند صبري", "خالد الفالح", "هند صبري", "خالد الفالح"],
        ),
        # role-only and surname-only mentions resolve to the person the article named
        (
            [
                "وقال المتحدث باسم الخارجية الإيرانية بهرام قاسمي إن بلاده ترفض الاتهامات.",
                "وأكد المتحدث باسم الخارجية الإيرانية أن طهران تنتظر الحقائق.",
                "وأضاف قاسمي أن العلاقات مع العراق جيدة.",
            ],
            ["بهرام قاسمي", "بهرام قاسمي", "بهرام قاسمي"],
        ),
        # a genitive role resolves to the person named with that role
        (
            [
                "قال ولي العهد السعودي الأمير محمد بن سلمان إن المملكة ستواصل الإصلاح.",
                "وشبه ولي عهد السعودية المرشد الأعلى علي خامنئي بهتلر، وقال إن طموحاته خطيرة.",
            ],
            ["محمد بن سلمان", "محمد بن سلمان"],
        ),
        # an institution named in full resolves its bare head; 'البيان' is its issuer
        (
            [
                "ودعمت هيئة معايير الإعلان في بريطانيا الشكاوى.",
                "وقالت الهيئة إن الإعلانات كانت مضللة للعملاء.",
                "أعلن الجيش الإسرائيلي في بيان مقتل أحد جنوده على الحدود.",
                "وقال البيان إن الجندي أصيب بنيران فلسطينية.",
            ],
            ["هيئة معايير الإعلان في بريطانيا", "الجيش الإسرائيلي", "الجيش الإسرائيلي"],
        ),
        # institutions, countries and groups speak too; plural groups in the nominative
        (
            [
                "وقالت وزارة الدفاع الروسية إن الدفاعات الجوية أسقطت الصواريخ.",
                "واعتبرت إيران أن الضربات انتهاك للقانون الدولي.",
                "ونقلت الوكالة عن الحوثيين قولهم إن الأمم المتحدة لم تخطرهم.",
            ],
            ["وزارة الدفاع الروسية", "إيران", "الحوثيون"],
        ),
        # a mid-sentence cue after a dateline takes the sentence's subject, not the dateline country
        (
            [
                "دبي، الإمارات العربية المتحدة (CNN) -- وضعت الحكومة السعودية برنامجا جديدا للطاقة، "
                "وقالت إنه يهدف إلى تخفيف الاستهلاك الداخلي."
            ],
            ["الحكومة السعودية"],
        ),
        # attribution after the content
        (
            ["قتل أربعة فلسطينيين في انفجار قرب رفح، بحسب ما أعلنت وزارة الصحة في غزة."],
            ["وزارة الصحة في غزة"],
        ),
    ],
)
def test_article_speakers(paragraphs: list[str], speakers: list[str]) -> None:
    assert [q.speaker for q in extract_quotes(paragraphs)] == speakers


def test_registry_merges_name_forms_and_matches_roles() -> None:
    reg = Registry()
    reg.add("روحاني", None, None)
    full = reg.add("حسن روحاني", "الرئيس الإيراني", None)
    assert full.name == "حسن روحاني" and len(reg.people) == 1
    assert reg.by_name("روحاني") is full
    assert reg.by_role("الرئيس الإيراني") is full
    assert reg.by_role("الرئيس الأميركي") is None  # a clashing nisba never agrees
    assert reg.by_role("الرئيسة الإيرانية", "f") is None or reg.people[0].gender != "m"
