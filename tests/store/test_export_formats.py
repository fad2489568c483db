"""Export writes every stored article in each format, readable back (parquet through pyarrow)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq

from akhbar.corpus import Corpus
from akhbar.pipeline import Options

PAGES = [
    "عنوان الخبر الأول\n\nقال الوزير إن الخطة الجديدة جاهزة للتنفيذ في الأسابيع المقبلة.\n",
    "عنوان الخبر الثاني\n\nأكد المتحدث باسم الوزارة أن الاجتماع سيعقد في الرياض غدا.\n",
]


def test_jsonl_csv_parquet(tmp_path: Path) -> None:
    paths = []
    for n, text in enumerate(PAGES):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, "utf-8")
        paths.append(str(path))
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.ingest(paths, options=Options(entities=False))
        assert corpus.export(tmp_path / "a.jsonl", fmt="jsonl") == 2
        assert corpus.export(tmp_path / "a.csv", fmt="csv") == 2
        assert corpus.export(tmp_path / "a.parquet", fmt="parquet") == 2
    heads = {json.loads(line)["headline"] for line in (tmp_path / "a.jsonl").read_text("utf-8").splitlines()}
    assert heads == {"عنوان الخبر الأول", "عنوان الخبر الثاني"}
    with (tmp_path / "a.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    assert pq.read_table(tmp_path / "a.parquet").num_rows == 2
