"""akhbar's own entity annotations: standoff lines read back into tagged corpus sentences."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from akhbar.evaluate_ner import read_standoff, sentence_sha1
from akhbar.extract.entities import tokenize
from akhbar.normalize import display_form

ROOT = Path(__file__).resolve().parents[2]
SPLITS = {"train": 4000, "test": 1000}
EXTRA = ROOT / "tools" / "ner_extra"
CORPORA = ROOT.parent / "shared" / "corpora"


def test_standoff_lines_give_the_corpus_tokens_and_iob2_tags(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    texts = [
        "تمهيد\nوقال الرئيس عبد الفتاح السيسي في القاهرة إن مصر لن تتراجع .",
        "زار وفد البنك الدولي بغداد أمس .",
    ]
    with gzip.open(tmp_path / "news.jsonl.gz", "wt", encoding="utf-8") as fh:
        for i, text in enumerate(texts):
            fh.write(json.dumps({"id": str(i), "title": "عنوان", "text": text}, ensure_ascii=False) + "\n")
    first = [t for t, _, _ in tokenize(display_form(texts[0]).split("\n")[1])]
    second = [t for t, _, _ in tokenize(texts[1])]
    rows = [
        {
            "source": "news",
            "record": 0,
            "paragraph": 1,
            "start": 0,
            "end": len(first),
            "sha1": sentence_sha1(first),
            "entities": [["PER", 2, 5], ["LOC", 6, 7], ["LOC", 8, 9]],
        },
        {
            "source": "news",
            "record": 1,
            "paragraph": 0,
            "start": 1,
            "end": 5,
            "sha1": sentence_sha1(second[1:5]),
            "entities": [["ORG", 1, 3], ["LOC", 3, 4]],
        },
        {
            "source": "news",
            "record": 1,
            "paragraph": 0,
            "start": 0,
            "end": 3,
            "sha1": sentence_sha1(["no", "longer"]),
            "entities": [],
        },
    ]
    path = tmp_path / "extra.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    with caplog.at_level("WARNING"):
        got = read_standoff(path, tmp_path)
    assert got[0][0] == first
    assert got[0][1][:9] == ["O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "B-LOC"]
    assert got[1] == (["وفد", "البنك", "الدولي", "بغداد"], ["O", "B-ORG", "I-ORG", "B-LOC"])
    assert len(got) == 2  # the line whose tokens no longer hash the same is skipped, and said so
    assert "1 of 3 sentences no longer match" in caplog.text


@pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not found at ../shared/corpora")
@pytest.mark.parametrize("split", sorted(SPLITS))
def test_every_shipped_annotation_still_matches_the_corpora(split: str) -> None:
    path = EXTRA / f"{split}.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    got = read_standoff(path, CORPORA)
    assert len(rows) == SPLITS[split]
    assert len(got) == len(rows)
    assert sum(t.startswith("B-") for _, tags in got for t in tags) == sum(len(r["entities"]) for r in rows)
    assert all(len(words) == len(tags) and 12 <= len(words) <= 50 for words, tags in got)


def test_the_news_test_split_shares_no_sentence_with_the_training_split() -> None:
    train, test = (
        [json.loads(x)["sha1"] for x in (EXTRA / f"{n}.jsonl").read_text().splitlines()]
        for n in ("train", "test")
    )
    assert not set(train) & set(test)
