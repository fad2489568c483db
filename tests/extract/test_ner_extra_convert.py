"""tools/ner_extra/convert.py: annotators' entity strings become token ranges, never guessed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from akhbar.evaluate_ner import sentence_sha1

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def convert() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "ner_extra_convert", ROOT / "tools" / "ner_extra" / "convert.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOKENS = "قال محمد علي إن وفد مصر زار مصر ثم التقى محمد علي".split()


def test_a_name_written_twice_is_found_twice(convert: ModuleType) -> None:
    found, unaligned = convert.align(
        TOKENS, [("PER", "محمد علي"), ("LOC", "مصر"), ("LOC", "مصر"), ("PER", "محمد علي")]
    )
    assert found == [["PER", 1, 3], ["LOC", 5, 6], ["LOC", 7, 8], ["PER", 10, 12]] and not unaligned


def test_a_later_name_wraps_and_unknown_is_listed(convert: ModuleType) -> None:
    written = [("LOC", "مصر"), ("LOC", "مصر"), ("PER", "محمد علي"), ("PER", "محمد علي")]
    found, unaligned = convert.align(TOKENS, [*written, ("ORG", "الأمم المتحدة"), ("XYZ", "مصر")])
    assert found == [["PER", 1, 3], ["LOC", 5, 6], ["LOC", 7, 8], ["PER", 10, 12]]  # the last one wraps
    assert unaligned == ["ORG 'الأمم المتحدة'", "XYZ 'مصر'"]


def test_writes_standoff_splits(convert: ModuleType, tmp_path: Path) -> None:
    rows = [
        {
            "id": i,
            "source": "c",
            "record": n,
            "paragraph": 0,
            "start": 0,
            "end": len(TOKENS),
            "tokens": TOKENS,
        }
        for n, i in enumerate(("x0000", "y1999", "y2000"))
    ]
    (tmp_path / "sample.jsonl").write_text(json.dumps(rows[0], ensure_ascii=False) + "\n", "utf-8")
    (tmp_path / "sample2.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows[1:]), "utf-8"
    )
    ann = tmp_path / "out.jsonl"
    ann.write_text(
        "".join(
            json.dumps({"id": r["id"], "entities": [["LOC", "مصر"]]}, ensure_ascii=False) + "\n" for r in rows
        )
        + "not json\n",
        "utf-8",
    )
    assert convert.main([str(tmp_path), str(ann), "--out-dir", str(tmp_path)]) == 1  # the bad line
    train = [json.loads(x) for x in (tmp_path / "train.jsonl").read_text("utf-8").splitlines()]
    test = [json.loads(x) for x in (tmp_path / "test.jsonl").read_text("utf-8").splitlines()]
    assert [r["id"] for r in train] == ["x0000", "y1999"] and [r["id"] for r in test] == ["y2000"]
    assert test[0]["entities"] == [["LOC", 5, 6]] and test[0]["sha1"] == sentence_sha1(TOKENS)
    assert "tokens" not in test[0]  # no text in the committed files
