"""The sample page comes out exactly right: a golden file of the whole record, and its facts."""

from __future__ import annotations

import json
import os
from pathlib import Path

from akhbar.pipeline import process_page
from akhbar.read import Page, iter_pages
from akhbar.records import Article, to_builtins

GOLDEN = Path(__file__).parent / "golden" / "seed_kanaani_iraq.json"
REGEN = os.environ.get("AKHBAR_REGEN_GOLDEN") == "1"


def _record(seed_page: Path) -> Article:
    (page,) = iter_pages([str(seed_page)])
    assert isinstance(page, Page)
    return process_page(page)


def test_whole_record_golden(seed_page: Path) -> None:
    record = to_builtins(_record(seed_page))
    record["source"]["path"] = "seed_kanaani_iraq.txt"  # type: ignore[index]
    if REGEN:
        GOLDEN.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert record == json.loads(GOLDEN.read_text("utf-8"))


def test_fields(seed_page: Path) -> None:
    article = _record(seed_page)
    assert article.headline == "طهران: العراق لديه كافة الامكانات لتوفير أمنه"
    assert article.news_id == "1450388"
    assert article.hashtags == ("العراق",)
    assert [r.text for r in article.removed] == [
        "asdasd",
        "معرف الأخبار : ۱۴۵۰۳۸۸",
        "endNewsMessage1",
        "تعليقات",
    ]
    subheadings = [p.text for p in article.paragraphs if p.kind == "subheading"]
    assert subheadings == [
        "استخدام الآليات الإقليمية متعددة الأطراف؛ إنجازات السياسة الخارجية للحكومة الإيرانية الحالية",
        "طلب إيران عقد اجتماع لمنظمة التعاون الإسلامي",
        "تواجد القوات الأجنبية لا يساعد على ضمان أمن العراق",
    ]
    assert article.paragraphs[0].kind == "lead"
    text = seed_page.read_text("utf-8")
    for p in article.paragraphs:  # spans point back into the raw page
        assert text[p.start : p.end].replace("#", "").startswith(p.text[:5])


def test_sixteen_statements_all_to_kanaani(seed_page: Path) -> None:
    article = _record(seed_page)
    assert len(article.quotes) == 16
    assert {q.speaker for q in article.quotes} == {"ناصر كنعاني"}
    cues = [q.cue.removeprefix("و") for q in article.quotes]
    assert cues == [
        "أكد",  # `كد` on the page: the scrape lost its first letter
        "قال",
        "أضاف",
        "تابع",
        "قال",
        "تابع",
        "قال",
        "أضاف",
        "قال",
        "قال",
        "قال",
        "تابع",
        "أضاف",
        "قال",
        "قال",
        "تابع",
    ]
    for q in article.quotes:
        assert article.paragraphs[q.paragraph].text[q.start : q.end] == q.text
