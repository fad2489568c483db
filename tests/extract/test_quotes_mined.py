"""Statements: the recall classes mined from the corpora (tools/mine_uncovered.py: candidate
statement sites no extracted statement covers, grouped by the words before them), each on short
invented sentences.

Each case is (paragraphs, word the speaker must hold, fragment the statement text must hold, cue).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from akhbar.extract.quotes import extract_quotes

FOUND = [
    # an honorific pronoun (سموه، معاليه) takes the last person named with that honorific
    (
        [
            "استقبل صاحب السمو الملكي الأمير فيصل بن سلمان أمير منطقة المدينة المنورة وفد الغرفة.",
            "والتقى الأمير سلطان بن سلمان بالوفد أيضا.",
            "وقال سموه إن المنطقة تشهد تطورا كبيرا في المشاريع.",
        ],
        "فيصل",
        "المنطقة تشهد تطورا",
        "وقال",
    ),
    # 1. a relative pronoun after a longer phrase: the speaker is the phrase's last speaker-like part
    (
        ["ومنهم الخبير الاقتصادي عبد الخالق فاروق الذي يرى أن القرار لن يتم التراجع عنه."],
        "فاروق",
        "القرار لن يتم التراجع عنه",
        "يرى",
    ),
    (
        ["وكانت هذه الحجة التي استند إليها المسؤولون الذين قالوا إنه لا أمل في العثور على ناجين."],
        "المسؤولون",
        "لا أمل في العثور",
        "قالوا",
    ),
    (
        ["وجاءت المعلومات من مصدر في الجيش الوطني، الذي أعلن أن «الحالة ليست مقتصرة على بلدة واحدة»."],
        "الجيش",
        "الحالة ليست مقتصرة",
        "أعلن",
    ),
    # 2. collective and institution heads the parser lacked (mined after clause-initial cues)
    (["وقال محققون عسكريون إن الجنود أطلقوا النار في الهواء."], "محققون", "الجنود أطلقوا النار", "وقال"),
    (["ويقول منتقدون إن هذه التقنية تسببت في ارتباك كبير."], "منتقدون", "هذه التقنية تسببت", "ويقول"),
    (["قال مصدران إن الحكومة تعد تقريرا عن الحادث."], "مصدران", "الحكومة تعد تقريرا", "قال"),
    (["وقال أحد المصدرين إن الولايات المتحدة ستفرض رسوما جديدة."], "أحد المصدرين", "ستفرض رسوما", "وقال"),
    (
        ["قالت رابطة الدوري الفرنسي، الجمعة، إن اللاعب أوقف ثلاث مباريات."],
        "رابطة الدوري",
        "اللاعب أوقف",
        "قالت",
    ),
    (["وقالت أسرة الضحية إنها متمسكة بالمضي في طريق القضاء."], "أسرة الضحية", "متمسكة بالمضي", "وقالت"),
    # 3. dual and plural verb forms
    (
        ["وقالت الطالبتان سارة ومنى العتيبي إنهما لم تتلقيا أي إشعار. وقالتا إنهما ستتقدمان بشكوى رسمية."],
        "",
        "ستتقدمان بشكوى",
        "وقالتا",
    ),
    (
        ["وقال محللون إن الأزمة ستطول.", "ويرون أن الحل السياسي هو الطريق الوحيد للخروج من الأزمة."],
        "",
        "الحل السياسي هو الطريق",
        "ويرون",
    ),
    # 4. a speaker phrase the parser cannot read, when nobody spoke before: the words themselves
    (
        ["قال مشرعون أميركيون الأربعاء إن رئيس الشركة سيدلي بشهادته أمام الكونغرس."],
        "مشرعون",
        "سيدلي بشهادته",
        "قال",
    ),
]

NOT_FOUND = [
    # things that 'show' are no speakers when the parser reads none
    ["وتشير صور الأقمار الصناعية إلى أن المفاعل بدأ العمل."],
    ["وبينت وثائق المحكمة أن الولدين يشتكيان من ابنهما."],
    # a pronoun title with nobody before it names nobody
    ["وقال سموه إن المهرجانات وسيلة مهمة للتثقيف."],
]


@pytest.mark.parametrize(("paragraphs", "speaker", "fragment", "cue"), FOUND)
def test_mined_class_found(
    found_statement: Callable[..., None], paragraphs: list[str], speaker: str, fragment: str, cue: str
) -> None:
    found_statement(paragraphs, speaker, fragment, cue)


@pytest.mark.parametrize("paragraphs", NOT_FOUND)
def test_mined_class_not_found(paragraphs: list[str]) -> None:
    assert extract_quotes(paragraphs) == [], [(q.speaker, q.cue, q.text) for q in extract_quotes(paragraphs)]
