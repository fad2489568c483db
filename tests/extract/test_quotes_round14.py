"""Statements, round 14: detection classes found on blind8 and blind2 (development sets), sized
on fixed random corpus samples; and the tokenizer's cheaper split, which must give the same
tokens as the alternation it replaces.

Short invented sentences, one construction each.
"""

from __future__ import annotations

import re

import pytest
from tests.extract.conftest import FoundCheck

from akhbar.extract.quotes import extract_quotes
from akhbar.extract.tokens import first_key, tokenize

# (paragraphs, speaker, fragment of the statement, cue as written)
FOUND = [
    # 14a. a cue with 'فيه/فيها/خلاله' (in the statement, tweet or speech it was said in) before
    #      an object or a governed preposition: the pronoun is no subject and no content
    (
        ["وأصدر رئيس الحزب بيانا طالب فيه بإجراء انتخابات مبكرة في البلاد."],
        "رئيس الحزب",
        "بإجراء انتخابات مبكرة",
        "طالب",
    ),
    (
        ["ونشر اللاعب تغريدة عبر فيها عن رفضه لقرار إدارة النادي."],
        "اللاعب",
        "عن رفضه لقرار",
        "عبر",
    ),
    (
        ["وعقد الوزير مؤتمرا صحفيا نفى خلاله وجود خلافات داخل الحكومة."],
        "الوزير",
        "وجود خلافات داخل",
        "نفى",
    ),
    # ... and the subject may follow the pronoun (VSO)
    (
        ["وجاء ذلك في الوقت الذي أعلنت فيه الشركة عن خطة لخفض الوظائف."],
        "الشركة",
        "عن خطة لخفض",
        "أعلنت",
    ),
    # 14b. 'أي' opens a denied object ('نفى أي علاقة'), as 'ما' does
    (["ونفت الممثلة أي علاقة لها بالمنتج السينمائي."], "الممثلة", "أي علاقة لها", "ونفت"),
    (["وينفي الحزب أي تدخل في عمل القضاء."], "الحزب", "أي تدخل في عمل", "وينفي"),
    # 14c. a cue after لكنه/ولكنها (but he/she), mid-sentence after a comma or opening one: the
    #      pronoun is the subject, the speaker before goes on
    (
        ["وقال الوزير سامي الحربي إن المفاوضات صعبة، لكنه أوضح أن الاتفاق ممكن."],
        "سامي الحربي",
        "الاتفاق ممكن",
        "أوضح",
    ),
    (
        ["وأعلنت الشركة خفض إنتاجها هذا العام، ولكنها أكدت أنها لن تسرح أي موظف."],
        "الشركة",
        "لن تسرح",
        "أكدت",
    ),
    (
        ["وقالت الوزيرة هند العلي إن الخطة جاهزة.", "لكنها تقول إن التمويل لم يصل بعد."],
        "هند العلي",
        "التمويل لم يصل",
        "تقول",
    ),
    # 14d. a present cue after وهو/وهي/وهم (while he says, they chant): a circumstantial clause
    #      whose pronoun is the subject
    (
        ["وقال الوزير سامي الحربي إن المفاوضات صعبة.", "وغادر القاعة وهو يقول إن الاتفاق انتهى."],
        "سامي الحربي",
        "الاتفاق انتهى",
        "يقول",
    ),
    (
        ["وقال المتظاهرون إن مطالبهم واضحة.", 'وتجمعوا أمام البرلمان وهم يهتفون "الشعب يريد الإصلاح".'],
        "المتظاهرون",
        "الشعب يريد الإصلاح",
        "يهتفون",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_found(
    found_statement: FoundCheck, paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


# (paragraph, words no statement may end with)
ENDS = [
    # the statement before 'ولكنه أكد' ends before the connective
    ("وقال المدرب إن الفريق تعب كثيرا، ولكنه أكد أن اللاعبين جاهزون للمباراة.", "تعب كثيرا"),
]


@pytest.mark.parametrize(("paragraph", "end"), ENDS)
def test_statement_ends_before_the_connective(paragraph: str, end: str) -> None:
    quotes = extract_quotes([paragraph])
    assert [q.text for q in quotes if q.text.endswith(end)], [(q.speaker, q.text) for q in quotes]


# (paragraph, words no statement may start with)
NOT_FOUND = [
    # the present of اعتبر with فيه is mostly the passive 'is considered'
    ("وترتفع الأسعار في بلد يعتبر فيه الخبز سلعة أساسية.", "الخبز"),
    # ... and with وهو (the passive 'وهو يُعتبر أكبر حقل')
    ("واكتشفت الشركة حقل ظهر، وهو يعتبر أكبر حقل للغاز في المنطقة.", "أكبر"),
    # أي after a preposition is no denied object ('أعلنوا الاستيلاء على أي طائرة')
    ("وأعلن المسلحون السيطرة على أي مبنى حكومي في المنطقة.", "أي"),
]


@pytest.mark.parametrize(("paragraph", "start"), NOT_FOUND)
def test_not_found(paragraph: str, start: str) -> None:
    quotes = extract_quotes([paragraph])
    assert not [q for q in quotes if q.text.startswith(start)], [(q.speaker, q.text) for q in quotes]


# The alternation the one-class split replaced (words with diacritics; anything else one
# character; a hashtag's marks dropped), kept here as the reference the tokens must match.
_REFERENCE = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+|[^\s#_]")


@pytest.mark.parametrize(
    "text",
    [
        "قال الوزير: «نعم»، وأضاف أن الخطة جاهزة.",
        "أكّدَ المتحدثُ أنّ الاتفاقَ قريبٌ جداً",
        "#مجلس_الغرف_السعودية يعلن snake_case و_ذلك",
        "ـ الـ ً x ـًـ",
        "Prix 12,5% (٢٠١٨) — “quoted” ‹a› 𝟙²½",
        "",
    ],
)
def test_tokens_as_the_reference(text: str) -> None:
    """The tokens' spans are the reference matches (less those holding only diacritics or
    tatweel, which tokenize drops), and each token's text is its span."""
    toks = tokenize(text)
    ref = [
        (m.start(), m.end())
        for m in _REFERENCE.finditer(text)
        if re.sub("[\u064b-\u065f\u0670\u0640]", "", m.group())
    ]
    assert [(t.start, t.end) for t in toks] == ref
    assert all(text[t.start : t.end] == t.text for t in toks)


@pytest.mark.parametrize(
    "text",
    ["كد الوزير أن الخطة جاهزة", "ً، قال", "#وسم_ما نص", "«بين» الناس", "ـ ـ", "", "  . "],
)
def test_first_key_is_the_first_token(text: str) -> None:
    """The first token's key, read without tokenizing the paragraph."""
    toks = tokenize(text)
    assert first_key(text) == (toks[0].key if toks else "")


def test_first_key_leaves_initials_to_tokenize() -> None:
    """A one-letter word first may join an abbreviated title ('د. خالد'): no answer then."""
    assert first_key("د. خالد العلي يقول") is None
    assert tokenize("د. خالد العلي يقول")[0].key == "د."
