"""Speakers, round 25: classes of attribution errors found on the corpus samples and the
development sets; short invented sentences per construction."""

from __future__ import annotations

import pytest
from tests.extract.conftest import quote_with

# 25A: a body or a place named after a king or a prince keeps the royal's name (and the
# adjectives after it) in the speaker; the statement opens after it, and the royal is no person
# of the article ('جامعة الملك' spoke and 'سعود، ...' was the content)
BODY_NAMED_AFTER_A_ROYAL = [
    ("أعلنت جامعة الملك خالد، عن فتح باب القبول للطلاب الجدد.", "عن فتح باب", "جامعة الملك خالد"),
    (
        "وأوضحت المديرية العامة لكلية الملك فهد الأمنية أن القبول يبدأ غدا.",
        "القبول يبدأ",
        "المديرية العامة لكلية الملك فهد الأمنية",
    ),
    ("وقال مركز الأمير سلطان للأبحاث إن الدراسة اكتملت.", "الدراسة اكتملت", "مركز الأمير سلطان للأبحاث"),
    (
        "وأعلنت إدارة مطار الملك عبدالله الدولي أن الرحلات ستعود.",
        "الرحلات ستعود",
        "إدارة مطار الملك عبدالله الدولي",
    ),
    (
        "وذكرت إدارة مكتبة الملك سلمان العامة أن المعرض يفتح السبت.",
        "المعرض يفتح",
        "إدارة مكتبة الملك سلمان العامة",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), BODY_NAMED_AFTER_A_ROYAL)
def test_a_body_named_after_a_royal(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)
    assert not q.resolved


def test_an_office_of_a_body_named_after_a_royal() -> None:
    # the office reads on over the airport's name, and its holder is named after the rank
    q = quote_with(
        ["وقال مدير عام مطار الملك خالد الدولي المهندس سامر العتيبي إن الصالة جاهزة."], "الصالة جاهزة"
    )
    assert q.speaker == "سامر العتيبي"
    assert q.role == "مدير عام مطار الملك خالد الدولي المهندس"


ROYAL_PERSONS = [
    # a king or a prince after a verb, an office or in 'the reign of' is a person
    ("وقال حاكم الشارقة الشيخ سلطان القاسمي إن المعرض ناجح.", "المعرض ناجح", "سلطان القاسمي"),
    ("وأكد الملك عبدالله الثاني أن الأردن مستقر.", "الأردن مستقر", "عبدالله الثاني"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), ROYAL_PERSONS)
def test_a_royal_person_still_speaks(sentence: str, fragment: str, speaker: str) -> None:
    assert quote_with([sentence], fragment).speaker == speaker


def test_an_airport_named_after_a_king_registers_no_person() -> None:
    # 'مطار الملك خالد الدولي' gave a person 'خالد الدولي' whom the body then resolved to
    paragraphs = [
        "وصلت الطائرة إلى مطار الملك خالد الدولي مساء أمس.",
        "وأعلنت إدارة مطار الملك خالد الدولي أن الرحلات ستعود.",
    ]
    q = quote_with(paragraphs, "الرحلات ستعود")
    assert q.speaker == "إدارة مطار الملك خالد الدولي"


# 25B: after an office, a given name and a family name persons bear end the name before the cue's
# object opened by an indefinite common noun in construct (وجود، أهمية، عدم، إجراء): the holder
# speaks, not the office alone with the name read into the content
NAME_BEFORE_OBJECT = [
    ("وأكد الوزير خالد الفالح وجود مشروعين متعثرين.", "وجود مشروعين", "خالد الفالح"),
    (
        "وانتقد رئيس المجلس البلدي المهندس أنور البراك عدم تنفيذ البلدية لقراراته.",
        "عدم تنفيذ",
        "أنور البراك",
    ),
    ("وكشف الرئيس التنفيذي للمهرجان سعد المهوس أبرز ملامح الخطة.", "أبرز ملامح", "سعد المهوس"),
    ("وأكد المحافظ محمد الخاطر أهمية الحوار بين الأهالي.", "أهمية الحوار", "محمد الخاطر"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), NAME_BEFORE_OBJECT)
def test_a_name_before_the_cues_object(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)


# 25C: after a rank, the plain words closing the phrase are the name even when its middle word
# is علي (spelt with ي), which folds like the preposition على
def test_ali_inside_a_ranked_name() -> None:
    q = quote_with(["وقال مدير أمن المحافظة العميد شلال علي شائع إن الوضع مستقر."], "الوضع مستقر")
    assert q.speaker == "شلال علي شائع"
    assert q.role == "مدير أمن المحافظة العميد"


def test_the_preposition_after_a_rank_is_no_name() -> None:
    q = quote_with(["وشدد العميد شلال على أن الوضع مستقر."], "الوضع مستقر")
    assert "على" not in q.speaker


# 25E: a Gulf name chains the father's and the family's names with the article after the given
# name ('صباح الأحمد الجابر الصباح'); صباح (also 'morning') is a given name right after an
# honorific; and a time noun with the article (اليوم، العام) is no family name
LINEAGE_NAMES = [
    ("وقال أمير الكويت الشيخ صباح الأحمد الجابر الصباح إن العلاقات قوية.", "صباح الأحمد الجابر الصباح"),
    ("وقال وزير الخارجية الشيخ صباح الخالد إن العلاقات قوية.", "صباح الخالد"),
    ("وقال وزير الدولة محمد العبد الله الصباح إن العلاقات قوية.", "محمد العبد الله الصباح"),
    ("وقال الخبير أحمد السيد النجار إن العلاقات قوية.", "أحمد السيد النجار"),
]


@pytest.mark.parametrize(("sentence", "speaker"), LINEAGE_NAMES)
def test_a_lineage_name(sentence: str, speaker: str) -> None:
    assert quote_with([sentence], "العلاقات قوية").speaker == speaker


def test_a_time_noun_is_no_family_name() -> None:
    q = quote_with(["وقال الأمير هاري اليوم إن العلاقات قوية."], "العلاقات قوية")
    assert q.speaker == "هاري"


def test_no_lineage_over_a_relative_or_a_blessing() -> None:
    q = quote_with(["وقال الوزير عبدالله العنزي التي زارت الموقع إن العلاقات قوية."], "العلاقات قوية")
    assert "التي" not in q.speaker


# 25F: an office in construct with a body's name resolves to its named holder though the body
# noun ends like a nisba (بلدية، نادي: 'مسؤول أمني' stays anonymous); and a family name that is a
# given name's with the article (العمر) also ends before the cue's object (25B)
def test_an_office_of_a_named_body_resolves() -> None:
    paragraphs = [
        'وقال رئيس بلدية أنطاليا مراد كايا: "السيول هدأت".',
        'وصرح رئيس بلدية أنطاليا: "هذا وضع استثنائي".',
    ]
    assert quote_with(paragraphs, "وضع استثنائي").speaker == "مراد كايا"


def test_an_anonymous_official_stays_unresolved() -> None:
    paragraphs = ["وقال مسؤول أمني سامي العلي إن الحدود هادئة.", "وقال مسؤول أمني آخر إن الوضع مستقر."]
    assert quote_with(paragraphs, "الوضع مستقر").speaker != "سامي العلي"


def test_a_given_name_family_before_the_object() -> None:
    q = quote_with(["وأكد رئيس الفريق الإعلامي فهد العمر استمرار الحملة التوعوية."], "استمرار الحملة")
    assert q.speaker == "فهد العمر"


# 25H: آبي (Abe, Abiy) is a name's word, not the particle أبي it folds like: the name neither
# ends before it nor runs on after it ('شينزو آبي للبرلمان')
ABE_NAMES = [
    ("وقال رئيس الوزراء الياباني شينزو آبي إن المحادثات مفيدة.", "شينزو آبي"),
    ("وقال رئيس الوزراء الياباني شينزو آبي للنواب إن المحادثات مفيدة.", "شينزو آبي"),
    ("وقال رئيس الوزراء الإثيوبي آبي أحمد إن المحادثات مفيدة.", "آبي أحمد"),
    ("وقال الشيخ محمد بن أبي بكر إن المحادثات مفيدة.", "محمد بن أبي بكر"),
]


@pytest.mark.parametrize(("sentence", "speaker"), ABE_NAMES)
def test_abe_is_a_name(sentence: str, speaker: str) -> None:
    assert quote_with([sentence], "المحادثات مفيدة").speaker == speaker


# 25I: a proper noun right after an indefinite لـ-noun inside a body's name is that noun's
# genitive and part of the name ('اللجنة الإعلامية لسوق عكاظ'); a verb or the call's object is not
LI_CONSTRUCT_BODIES = [
    ("وأكدت الأمانة العامة لسوق عكاظ أن الجوائز زادت.", "الجوائز زادت", "الأمانة العامة لسوق عكاظ"),
    (
        "وقال المكتب الإعلامي لمنطقة روستوف إن الشرطة تلقت بلاغات.",
        "الشرطة تلقت",
        "المكتب الإعلامي لمنطقة روستوف",
    ),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), LI_CONSTRUCT_BODIES)
def test_a_li_construct_in_a_body(sentence: str, fragment: str, speaker: str) -> None:
    q = quote_with([sentence], fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)


def test_a_verb_after_a_li_word_is_no_body_word() -> None:
    q = quote_with(["وقالت صحيفة لوموند تتحدث عن الأزمة إن الحكومة مترددة."], "الحكومة مترددة")
    assert "تتحدث" not in q.speaker


# 25J: whom the speaker told (لرويترز، للصحفيين، للوكالة) is no part of the speaker: after an
# office, a body or a lone name; a body's own genitive (لوسائل الإعلام) stays
TOLD_AFTER_THE_SPEAKER = [
    ("وقالت مصادر لرويترز إن الصفقة قريبة.", "مصادر"),
    ("وقالت شرطة المدينة للصحفيين إن الصفقة قريبة.", "شرطة المدينة"),
    ("وقال الناطق باسم الوزارة للوكالة الفرنسية إن الصفقة قريبة.", "الناطق باسم الوزارة"),
    ("وقال المسؤول الكوري الجنوبي للوكالة إن الصفقة قريبة.", "المسؤول الكوري الجنوبي"),
]


@pytest.mark.parametrize(("sentence", "speaker"), TOLD_AFTER_THE_SPEAKER)
def test_whom_the_speaker_told(sentence: str, speaker: str) -> None:
    assert quote_with([sentence], "الصفقة قريبة").speaker == speaker


def test_a_bodys_genitive_in_li_stays() -> None:
    q = quote_with(["وقالت الهيئة المنظمة لوسائل الإعلام البريطانية إن الصفقة قريبة."], "الصفقة قريبة")
    assert q.speaker == "الهيئة المنظمة لوسائل الإعلام البريطانية"


# 25K: a press statement right after its cue ('بيان صحفي صدر عن X'، 'بيان أصدرته X') speaks for
# its issuer; صحفي is the statement's adjective, no journalist. A medium that only published
# another's statement (نشرته) is no author
ISSUED_STATEMENTS = [
    ("وأوضح بيان صحفي صدر عن الرابطة أن الاجتماع تأجل.", "الرابطة"),
    ("وأكد بيان صحفي أصدره المرصد أن الاجتماع تأجل.", "المرصد"),
    ("وذكر التقرير الذي أصدرته الهيئة أن الاجتماع تأجل.", "الهيئة"),
]


@pytest.mark.parametrize(("sentence", "speaker"), ISSUED_STATEMENTS)
def test_an_issued_statement_speaks_for_its_issuer(sentence: str, speaker: str) -> None:
    assert quote_with([sentence], "الاجتماع تأجل").speaker == speaker


def test_a_publisher_is_no_author() -> None:
    q = quote_with(["وقالت البحرين في بيان نشرته وكالة الأنباء إن الاجتماع تأجل."], "الاجتماع تأجل")
    assert q.speaker == "البحرين"


# 25L: an age apposition ('البالغ/البالغة من العمر N عاما') after a name, an office or a
# description is no part of the speaker, so the office resolves and the name stands alone
AGED_SPEAKERS = [
    ("فيما قال هانز البالغ من العمر 66 عاما، إن السوق تغيرت.", "هانز"),
    ("وقالت المتزلجة الفرنسية البالغة من العمر 22 عاما إن السوق تغيرت.", "المتزلجة الفرنسية"),
    ("ويقول عضو البرلمان الهولندي البالغ من العمر 70 عاما إن السوق تغيرت.", "عضو البرلمان الهولندي"),
]


@pytest.mark.parametrize(("sentence", "speaker"), AGED_SPEAKERS)
def test_an_age_apposition_is_no_speaker_word(sentence: str, speaker: str) -> None:
    assert quote_with([sentence], "السوق تغيرت").speaker == speaker


def test_an_aged_office_resolves_to_its_holder() -> None:
    paragraphs = [
        "وقال المدرب الألماني يواخيم لوف إن الفريق جاهز.",
        "وأضاف المدرب البالغ من العمر 58 عاما إن السوق تغيرت.",
    ]
    assert quote_with(paragraphs, "السوق تغيرت").speaker == "يواخيم لوف"


# 25M: after a title, a three-letter noun and an adjective in the accusative (its tanween
# unwritten: 'عقدا جديدا'، 'صعبا جدا') are the verb's object, not a person the article names
def test_an_accusative_pair_after_a_title_is_no_name() -> None:
    paragraphs = [
        "ووقع الحارس البرازيلي عقدا جديدا مع النادي.",
        "وقال الحارس البالغ من العمر 24 عاما إن النادي راض عن عمله.",
    ]
    assert "عقدا" not in quote_with(paragraphs, "النادي راض").speaker


def test_a_name_in_alef_after_a_title_stays() -> None:
    q = quote_with(["وقالت الطبيبة رينا روتيما إن المرض شائع."], "المرض شائع")
    assert q.speaker == "رينا روتيما"


# 25N: the addressee pronouns لك، لكم، لنا after a cue are function words, never a one-word
# speaker ('يقول لك ساخرا'، 'ليؤكد لنا')
def test_an_addressee_pronoun_is_no_speaker() -> None:
    paragraphs = ["قال رئيس الغرفة سعد البداح إن الأسعار مستقرة.", "وأضاف لك أن الطلب يرتفع في الصيف."]
    assert quote_with(paragraphs, "الطلب يرتفع").speaker == "سعد البداح"
