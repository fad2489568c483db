"""Speakers, round 23: classes of attribution errors found on the corpus samples and the
development sets; short invented sentences per construction."""

from __future__ import annotations

import pytest
from tests.extract.conftest import quote_with

# 23A: a time adverb of the narrative ('then', 'at that time': وقتها، حينذاك، عندئذ، يومها ...)
# between the cue and its subject is passed over like حينها and آنذاك: the subject after it
# speaks, not the speaker of the previous statement, and the adverb is no speaker
ADVERB_BEFORE_SUBJECT = [
    ("وأكدت وقتها هيئة الرقابة المالية أن الغرامات ستفرض على المخالفين.", "الغرامات ستفرض", "هيئة الرقابة المالية"),
    ("وذكرت حينذاك إحدى الصحف أن الاتفاق بات وشيكا.", "الاتفاق بات", "إحدى الصحف"),
    ("وأعلنت يومها الشرطة المحلية أن الطريق أعيد فتحه.", "الطريق أعيد", "الشرطة المحلية"),
    ("وقال عندئذ المتحدث باسم البلدية سامر يوسف إن الأعمال ستنتهي قريبا.", "الأعمال ستنتهي", "سامر يوسف"),
]


@pytest.mark.parametrize(("sentence", "fragment", "speaker"), ADVERB_BEFORE_SUBJECT)
def test_a_time_adverb_before_the_subject(sentence: str, fragment: str, speaker: str) -> None:
    paragraphs = ["وقال وزير الاقتصاد ماجد الحسن إن النمو سيتسارع هذا العام.", sentence]
    q = quote_with(paragraphs, fragment)
    assert q.speaker == speaker
    assert q.text.startswith(fragment)
