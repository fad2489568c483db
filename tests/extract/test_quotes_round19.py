"""Statements, round 19: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes


def test_a_quotation_after_a_describing_verbs_apart_ba_is_its_object() -> None:
    # 19a. 'أعلن اعتزاله بسبب ما وصفه بـ "..."': the quotation names what وصفه describes, so
    # أعلن's statement runs on through it (the cleaner turns بـ into a bare ب token)
    for by in ("بـ", "ب"):
        for tail in ('"الإهانات المتكررة".', '"الإهانات التي تلقاها من الجمهور" في المباريات الأخيرة.'):
            text = f"وكان المهاجم قد أعلن اعتزاله اللعب الدولي بسبب ما وصفه {by} {tail}"
            (q,) = extract_quotes([text])
            assert q.cue == "أعلن"
            assert q.speaker == "المهاجم"
            assert q.text.startswith("اعتزاله اللعب الدولي")
            assert "الإهانات" in q.text


def test_a_description_with_its_own_quotation_still_speaks() -> None:
    # the describing verb's own quotation, with no other verb before it, stays its statement
    (q,) = extract_quotes(['وانتقد النائب القرار ووصفه ب "الخطوة المتسرعة التي ستضر بالاقتصاد".'])
    assert "الخطوة المتسرعة" in q.text


def test_learning_in_an_adverbial_clause_does_not_cut_the_saying() -> None:
    # 19b. 'وقالت X بعد أن علمت بوفاة Y "..."': علمت (a cue since 18d) inside 'بعد أن' is no
    # clause of saying, so a subject the parser reads only loosely keeps its quotation
    text = 'وقالت نجمة البوب العالمية ماريا كاري بعد أن علمت بوفاة صديقتها "كانت أختا لي.. سأفتقدها كثيرا."'
    (q,) = extract_quotes([text])
    assert q.cue == "وقالت"
    assert "ماريا كاري" in q.speaker
    assert q.text.startswith("كانت أختا لي")
    # learning alone still reports nothing
    assert extract_quotes(["وعندما علمت الأسرة أن ابنها نجا، عمت الفرحة أرجاء القرية."]) == []
