"""Statements, round 24: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.lexicon import lexicon
from akhbar.extract.quotes import _Article, extract_quotes
from akhbar.extract.speakers import Mention


def test_a_body_named_after_a_royal_is_not_the_royal() -> None:
    # 24a. 'جامعة الملك سعود'، 'مستشفى الأمير محمد': the name after an eponym honorific is the
    # body's own name; a person of that name met earlier on the page is not the speaker
    cue = lexicon().cue_index["قال"]
    for body, person in (
        ("جامعة الملك سعود", "سعود الفيصل"),
        ("مستشفى الأمير محمد", "محمد العتيبي"),
    ):
        art = _Article(["نص"], None)
        art.registry.add(person, None, "m", 0)
        sp = art.speaker(Mention("org", body), cue, None)
        assert sp is not None
        assert sp.name == body
    # the lookup itself stays: a body ending on a known name still reaches him
    art = _Article(["نص"], None)
    art.registry.add("سعود الفيصل", None, "m", 0)
    sp = art.speaker(Mention("org", "مكتب سعود"), cue, None)
    assert sp is not None and sp.name == "سعود الفيصل"


def test_a_request_for_anonymity_after_the_speaker_is_an_aside() -> None:
    # 24c. 'وقال مسؤول ...، تحدث شريطة عدم نشر اسمه، إن': the request (with a verb before it or
    # not) is an aside about the speaker, closed by its comma; the content opens after إن
    for paras, first in (
        (["وقال مسؤول في وزارة المالية، تحدث شريطة عدم نشر اسمه، إن الرواتب ستتأخر شهرا."], "الرواتب"),
        (["وقال مسؤول في الشرطة، طلب عدم ذكر اسمه، إن الهجوم صُدّ."], "الهجوم"),
        (["وأكد مصدر مطلع، فضل عدم كشف هويته، أن الاتفاق بات قريبا."], "الاتفاق"),
    ):
        (q,) = extract_quotes(paras)
        assert q.text.startswith(first), q.text
        assert q.speaker.startswith(("مسؤول", "مصدر"))
