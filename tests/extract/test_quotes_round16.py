"""Statements, round 16: speaker classes found on blind8 (a development set), sized on fixed
random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes


def _speakers(paragraphs: list[str]) -> list[str | None]:
    return [q.speaker for q in extract_quotes(paragraphs)]


def test_title_in_construct_with_a_named_person_is_the_person_named_in_that_office() -> None:
    # 16a. 'مستشار بوتين' is definite (construct with a proper name): the article named him
    paras = [
        "التقى الرئيس الروسي فلاديمير بوتين وفدا من رجال الأعمال في موسكو.",
        "وقال يوري أوشاكوف، المستشار الرئاسي لبوتين، إن اللقاء تناول ملفات اقتصادية.",
        "وأضاف مستشار بوتين أن موسكو تريد تعاونا أوسع مع الشركات الأجنبية.",
    ]
    assert _speakers(paras)[-1] == "يوري أوشاكوف"

