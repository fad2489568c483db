"""Statements, round 22: detection classes, sized on fixed random corpus samples.

Short invented sentences, one construction each.
"""

from __future__ import annotations

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote


def _by_cue(paragraphs: list[str], cue: str) -> list[Quote]:
    return [q for q in extract_quotes(paragraphs) if q.cue == cue]


def test_a_cue_after_the_subject_of_a_that_clause_is_its_verb() -> None:
    # 22a. 'مؤكدا أن هذا الهجوم الجبان يكشف الوجه ...': three words of subject, then a cue form
    # whose object the parse would read as a speaker: the verb of the clause, not a statement
    paras = [
        "وأدان رئيس الجامعة سالم الحربي التفجير، مؤكدا أن هذا الهجوم الجبان يكشف الوجه القبيح"
        " لهذا الفكر المتطرف الذي لا دين له."
    ]
    (q,) = extract_quotes(paras)
    assert q.speaker == "سالم الحربي"
    assert q.text.startswith("هذا الهجوم الجبان يكشف الوجه القبيح لهذا الفكر")


def test_a_new_clause_inside_a_statement_still_reports() -> None:
    # a connective opens a clause of its own ('لكنه يؤكد'): a statement, as before
    paras = ["وذكرت تقارير أن الميزانية ارتفعت لكنه يؤكد، في حديث لمجلة «فارايتي» أنه حريص على خفض التكاليف."]
    (q,) = _by_cue(paras, "يؤكد")
    assert q.text.startswith("حريص على خفض")
    (q,) = _by_cue(paras, "وذكرت")
    assert q.text == "الميزانية ارتفعت"
