"""Writes bench/relevance_queries.json: hand-written queries with the articles a reader expects.

Each query was written by reading the two shared corpora (grep over title and text for a story's
distinctive words in all their spellings), in a form that differs from the text the way a reader's
query does: another word form (article, conjunction, plural, nisba), Persian letters (ی ک ه), a
quoted phrase, a speaker filter with topic words, or another spelling of a foreign name or of a
hamza seat (بوتين for بوتن, مسؤولو for مسئولو). The expected articles are the records that
tell that story (line numbers from 0 in each .jsonl.gz); each was checked by reading its title
and text (`--check` prints them again). Regenerate: .venv/bin/python bench/make_relevance.py
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
A, S = "ant2018.jsonl.gz", "saudinewsnet2015.jsonl.gz"

QUERIES: list[tuple[str, str, list[tuple[str, int]]]] = [
    # morphology: the query's word forms differ from the text's (article, conjunction, plural, nisba)
    ("morphology", "الزواج الجماعي بالباحة", [(S, 10236), (S, 11156)]),
    ("morphology", "لافارج التواطؤ جرائم الإنسانية", [(A, 8037), (A, 15090)]),
    ("morphology", "العازف بيانو يرموك", [(A, 13886), (A, 16281)]),
    ("morphology", "زرع اليدين للطفل", [(S, 13332)]),
    ("morphology", "الشجار البيتزا ألمانيا", [(S, 3785)]),
    ("morphology", "محطات الفضاء الصينيه", [(A, 9894), (A, 9896), (A, 30738), (A, 30751)]),
    ("morphology", "الروبوتات تسرب مياه", [(A, 30283)]),
    ("morphology", "مسلمة الجنسية الفرنسية المصافحة", [(A, 16459), (A, 19317)]),
    ("morphology", "محطه للطاقه الشمسيه الافلاج", [(S, 12878), (S, 13859), (S, 14302), (S, 14570)]),
    ("morphology", "لاكازيت عقده ليون", [(S, 26203), (S, 26826), (S, 27460)]),
    ("morphology", "وصول القوات السعودية جزيرة سقطرى", [(A, 1849), (A, 14259), (A, 17023), (A, 23585)]),
    # Persian-typed: ی ک (and ه for ة) where the text has Arabic letters
    ("persian", "تدخل ایران انتخابات العراق", [(A, 12364), (A, 25435)]),
    ("persian", "عقوبات فرنسیة شرکات الکیماوی", [(A, 23758)]),
    ("persian", "واتساب الفوضی", [(A, 30243)]),
    ("persian", "ساعه أبل ووتش 4 ذکیه", [(A, 30323), (A, 30332)]),
    ("persian", "إنییستا تدریبات برشلونه تشیلسی", [(A, 5674)]),
    ("persian", "ملکة بریطانیا قیادة السیارات", [(S, 3244), (S, 7047)]),
    ("persian", "أعراض الإیدز شابة فرنسیة", [(S, 3135)]),
    ("persian", "کفر ناحوم لبکی", [(A, 313), (A, 13928), (A, 14326)]),
    # phrases
    ("phrase", '"رح سوق السيارة"', [(A, 499)]),
    ("phrase", '"مبادرة التدخل الأوروبية"', [(A, 20734), (A, 20765)]),
    ("phrase", '"هجرة سعد"', [(S, 15913), (S, 16263)]),
    ("phrase", '"أمسك حلالك"', [(S, 9375)]),
    ("phrase", '"عين ساهرة" الشبوانية', [(A, 26386)]),
    ("phrase", '"قلب فلسطين المحتلة"', [(A, 13072)]),
    # speakers: a speaker filter (statements' speakers, aliases across articles) plus topic words
    ("speaker", "speaker:قرقاش المصالحة الفلسطينية", [(A, 11731)]),
    ("speaker", 'speaker:"نصر الله" إسرائيل فلسطين', [(A, 13072)]),
    ("speaker", "speaker:فينغر عروض رحيلي", [(A, 4222)]),
    ("speaker", "speaker:لافروف الحرب الباردة", [(A, 8767)]),
    ("speaker", "speaker:العواجي الأفلاج", [(S, 18684)]),
    ("speaker", 'speaker:"بندر بن عبدالله" "رسل السلام"', [(S, 18285)]),
    ("speaker", "speaker:غوتيريس تحقيق مستقل غزة", [(A, 3378)]),
    # spellings: a foreign name or a hamza seat spelt otherwise than in the text
    ("spelling", "ترامب محامي ممثلة إباحية الصمت", [(A, 3301)]),
    ("spelling", "بوتين اتهام روسيا بتسميم الجاسوس هراء", [(A, 22228)]),
    ("spelling", "غوغل هيكلة شركة قابضة ألفابت", [(S, 29547)]),
    ("spelling", "مسؤول بحريني نظام النقطة الواحدة", [(S, 6027)]),
]


def check() -> None:
    """Print each query with its expected articles' titles, for review by eye."""
    wanted = {(f, r) for _, _, exp in QUERIES for f, r in exp}
    titles: dict[tuple[str, int], str] = {}
    for name in (A, S):
        with gzip.open(SHARED / name, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if (name, i) in wanted:
                    titles[(name, i)] = json.loads(line).get("title") or ""
    for kind, query, expected in QUERIES:
        print(f"[{kind}] {query}")
        for key in expected:
            print(f"    {key[0][:3]} {key[1]}: {titles.get(key, '?')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="print the expected articles' titles")
    if ap.parse_args().check:
        check()
        return
    queries = [{"query": q, "kind": k, "expected": [[f, r] for f, r in exp]} for k, q, exp in QUERIES]
    out = {"about": __doc__.split("\n\n")[0], "queries": queries}
    (Path(__file__).resolve().parent / "relevance_queries.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
