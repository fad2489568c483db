"""Pages and a stand-in processor built from the shared corpora, for store/search/dedup tests."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from akhbar.records import Article, Paragraph, Quote, Source

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
SAUDI = CORPORA / "saudinewsnet2015.jsonl.gz"
ANT = CORPORA / "ant2018.jsonl.gz"


@dataclass(frozen=True)
class Page:
    """The part of `akhbar.read.Page` that ingest uses."""

    text: str
    source: Source
    published: str | None = None


def need_corpora() -> None:
    if not SAUDI.exists() or not ANT.exists():
        pytest.skip(f"shared corpora not found at {CORPORA} (the ../shared checkout is absent)")


def corpus_records(path: Path, limit: int, skip: int = 0) -> Iterator[tuple[int, dict[str, str]]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number < skip:
                continue
            if number >= skip + limit:
                return
            yield number, json.loads(line)


def corpus_pages(path: Path, limit: int, skip: int = 0) -> Iterator[Page]:
    for number, rec in corpus_records(path, limit, skip):
        text = (rec.get("title") or "") + "\n\n" + (rec.get("text") or "")
        yield Page(
            text,
            Source(path=str(path), record=number, url=rec.get("url"), site=rec.get("source")),
            rec.get("published"),
        )


def simple_process(page: Page) -> Article:
    """A stand-in for the pipeline: first line is the headline, other lines are paragraphs."""
    lines = [line.strip() for line in page.text.split("\n") if line.strip()]
    if not lines:
        raise ValueError("empty page")
    body = lines[1:]
    quotes = tuple(  # a line with قال is a statement of "المتحدث": stores get statements to keep whole
        Quote(speaker="المتحدث", role=None, resolved=True, cue="قال", kind="direct", text=line,
              paragraph=i, start=0, end=len(line))
        for i, line in enumerate(body) if "قال" in line
    )  # fmt: skip
    return Article(
        source=page.source,
        headline=lines[0],
        published=page.published,
        paragraphs=tuple(Paragraph(kind="body", text=line, start=0, end=0) for line in body),
        quotes=quotes,
    )


WORDS = (
    "الحكومة",
    "وزير",
    "الخارجية",
    "قال",
    "إيران",
    "العراق",
    "الانتخابات",
    "السعودية",
    "اليوم",
    "مجلس",
    "الأمن",
    "بريكس",
    "الاقتصاد",
    "النفط",
    "والانتخابات",
    "ایران",
    "المتحدث",
    "باسم",
)


def synthetic_jsonl(path: Path, count: int, seed: int = 0) -> Path:
    """A plain JSON Lines file of `count` small articles (no shared corpora needed)."""
    import random

    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            paras = [
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
                for _ in range(rng.randint(1, 6))
            ]
            rec = {
                "id": str(i),
                "source": rng.choice(["spa", "okaz", "bbc"]),
                "url": f"http://x/{i}",
                "published": f"2015-07-{1 + i % 28:02d} 10:00:00",
                "title": f"خبر رقم {i}",
                "text": "\n".join(paras),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def jsonl_pages(path: Path) -> Iterator[Page]:
    """Pages from a plain JSON Lines file in the corpora's shape."""
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            rec = json.loads(line)
            yield Page(
                rec["title"] + "\n\n" + rec["text"],
                Source(path=str(path), record=number, url=rec["url"], site=rec["source"]),
                rec["published"],
            )
