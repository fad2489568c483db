"""Statements: the error classes a blind gold set revealed, each on short invented sentences.

Each case is (paragraphs, word the speaker must hold, fragment the statement text must hold, cue).
The sentences are written for these tests (not copied from the blind set) so that they check the
construction, not an article.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from akhbar.extract.quotes import extract_quotes

FOUND = [
    # 1. cues the lexicon lacked, and noun complements that carry a claim
    (
        ["وتوقع البنك الدولي ارتفاع معدل النمو في المنطقة خلال العام المقبل."],
        "البنك الدولي",
        "ارتفاع معدل النمو",
        "وتوقع",
    ),
    (
        ["وقال الوزير سعيد الراشد إن الخطة جاهزة. وواصل: هذا يظهر حجم العمل الذي أنجزناه."],
        "سعيد الراشد",
        "هذا يظهر حجم العمل",
        "وواصل",
    ),
    (
        ["وحث الوزير سعيد الراشد على نبذ الفرقة والتمسك بالوحدة الوطنية."],
        "سعيد الراشد",
        "على نبذ الفرقة",
        "وحث",
    ),
    (
        ["وانتقد الوزير خالد المطيري القرار الأخير، والداعمون له هم جزء من الأزمة."],
        "خالد المطيري",
        "والداعمون له هم جزء من الأزمة",
        "وانتقد",
    ),
    (["وكانت الشرطة المحلية تحدثت عن وجود خمسة جرحى على الأقل."], "الشرطة", "وجود خمسة جرحى", "تحدثت"),
    (["وعبر رئيس الوزراء عن أمله بأن تنتهي الأزمة قريبا."], "رئيس الوزراء", "أمله بأن تنتهي الأزمة", "وعبر"),
    (
        ["وأكدت الوزيرة ليلى الأحمد أن العمل مستمر، مشددة على أهمية محاسبة المقصرين."],
        "ليلى الأحمد",
        "أهمية محاسبة المقصرين",
        "مشددة",
    ),
    # 3. material between speaker and content; a short paragraph ending in a closing mark is no heading
    (
        ['وقالت ليلى الأحمد، المسؤولة في جمعية الصحة، إن الخطة "يجب أن تنفذ كاملة."'],
        "ليلى الأحمد",
        "الخطة",
        "وقالت",
    ),
    (
        ['وقال المفتي: "العمل عبادة". وقال الغزالي -رحمه الله-: "من عرف نفسه عرف ربه".'],
        "الغزالي",
        "من عرف نفسه عرف ربه",
        "وقال",
    ),
    (
        ["وقال محمد العلي مالك الشركة - وهي شركة خاصة للحراسة - إنه سيتم تركيب كاميرات مراقبة."],
        "محمد العلي",
        "سيتم تركيب كاميرات",
        "وقال",
    ),
    # 5. a second cue after 'غير أنه' is a statement of its own, by the same speaker
    (
        ["كشف المدير صالح العمر عن خطة لجذب الشركات، غير أنه اعترف بأن العائق هو ضعف الطلب."],
        "صالح العمر",
        "العائق هو ضعف الطلب",
        "اعترف",
    ),
    # 6. an addressee after لـ is never the speaker: the subject of the sentence before speaks
    (
        ["لكن اللاعب ماجد الناصر يرى أن الفريق تحسن. وقال للصحفيين: نحن أقوى من أي وقت مضى."],
        "ماجد الناصر",
        "نحن أقوى",
        "وقال",
    ),
    # 7. a participle or mid-sentence cue takes the clause's named subject, not the nearest noun
    (
        [
            "نشر الكاتب السعودي، سعيد الراشد، مقالا عن الهجمات التي يشنها المسلحون،"
            " مؤكدا أن الرد يجب أن يكون حازما."
        ],
        "سعيد الراشد",
        "الرد يجب أن يكون حازما",
        "مؤكدا",
    ),
    (
        [
            "من جهته أثنى الحكم الدولي نبيل السالم على الحكام مقدما شكره إلى إدارة المعهد،"
            " وأضاف أن الدورة ناجحة."
        ],
        "نبيل السالم",
        "الدورة ناجحة",
        "وأضاف",
    ),
    # 8. a bare cue after a sentence with no statement: that sentence's named subject
    (
        [
            "وقال الوزير سعيد الراشد إن التحقيق جار.",
            "وتلقى الطبيب خالد المطيري رسائل تهديد عبر الإنترنت. وقال إنه نادم على ما حدث.",
        ],
        "خالد المطيري",
        "نادم على ما حدث",
        "وقال",
    ),
    # 10. a role or adjective next to a name: the name speaks
    (['وقال الجمهوري جون سميث رئيس بلدية دالاس "هذا لن يتكرر".'], "جون سميث", "هذا لن يتكرر", "وقال"),
    (
        ["وقال عضو المجلس البلدي لمحافظة الخبر فالح بن سعد العتيبي إن المشروع تأخر."],
        "فالح بن سعد العتيبي",
        "المشروع تأخر",
        "وقال",
    ),
    (['وقال زعيم المعارضة في زيمبابوي جون موكو إن "النتائج مزورة".'], "جون موكو", "النتائج مزورة", "وقال"),
    (
        ['توقع المصرف الأوروبي "دويتشه بنك" وصول سعر الذهب إلى ألفي دولار.'],
        "دويتشه بنك",
        "وصول سعر الذهب",
        "توقع",
    ),
    # 11. a full stop glued to the next word still ends the sentence
    (
        ["افتتحت الوزارة المعرض.وقال الوزير سعيد الراشد إن الإقبال كبير."],
        "سعيد الراشد",
        "الإقبال كبير",
        "وقال",
    ),
    # 'كانت X قد أعلنت': the institution written before قد
    (
        ["كانت أمانة المنطقة الشرقية قد أعلنت عن قيامها بمعالجة تسرب المياه في النفق."],
        "أمانة المنطقة الشرقية",
        "قيامها بمعالجة",
        "أعلنت",
    ),
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_statement_found(
    found_statement: Callable[..., None], paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


NOT_SPEAKERS = [
    # 6. لـ + addressee
    (["وقال الوزير سعيد الراشد إن الخطة جاهزة. وأضاف للصحفيين: سنبدأ غدا."], "للصحفيين"),
    # 9. the speaker phrase stops before the object and before a time phrase
    (["وأعلنت لجنة مراقبة الانتخابات النتائج النهائية في الساعات الأولى من الصباح."], "النتائج"),
    # a circumstantial accusative is no speaker
    (["وقال الوزير سعيد الراشد إن الخطة جاهزة، وأضاف مازحا: سنبدأ غدا."], "مازحا"),
]


@pytest.mark.parametrize(("paragraphs", "wrong"), NOT_SPEAKERS)
def test_not_a_speaker(paragraphs: list[str], wrong: str) -> None:
    assert all(wrong not in q.speaker for q in extract_quotes(paragraphs))


NO_STATEMENT = [
    # 12. a passive verb with its subject is no cue
    ["واتهم بالمر بقتل الأسد النادر بالمخالفة للقانون."],
    # a time phrase then a coordinated clause is no object
    ['وكانت نتائج الانتخابات أعلنت الأسبوع الماضي، وحصل فيها حزب "الوطن الحر" على 144 مقعدا.'],
    # 13. an after-content marker with no clause before it
    ["وحصل، حسب النتائج الرسمية، على نصف الأصوات."],
    # واصل without a colon means 'kept doing'
    ["وواصل الجيش قصف المواقع في شمال البلاد."],
]


@pytest.mark.parametrize("paragraphs", NO_STATEMENT)
def test_no_statement(paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs) == []
