"""The dev gold set retyped on a Persian keyboard (ی ک and Persian digits) scores as the original.

Unseen gold sets include such pages; the scorer folds the letters, so only akhbar's repair of the
page (and everything downstream of it) is under test here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from akhbar.evaluate import dev_scores, figure

RETYPE = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", **{str(d): "۰۱۲۳۴۵۶۷۸۹"[d] for d in range(10)}})
FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text("utf-8"))["persian_retyped"]


@pytest.fixture(scope="module")
def retyped_scores(dev_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("retyped")
    shutil.copy(dev_dir.parent / "score.py", root / "score.py")
    gold = root / "dev"
    gold.mkdir()
    for path in dev_dir.iterdir():
        if path.name.endswith(".gold.json"):
            shutil.copy(path, gold / path.name)
        elif path.suffix == ".txt":
            (gold / path.name).write_text(path.read_text("utf-8").translate(RETYPE), "utf-8")
    sample = (gold / "seed_kanaani_iraq.txt").read_text("utf-8")
    assert "ي" not in sample and "ك" not in sample and "ی" in sample  # the pages really are retyped
    return dev_scores(gold)


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(FLOORS))
def test_retyped_floor(retyped_scores: dict[str, object], key: str) -> None:
    assert figure(retyped_scores, key) >= FLOORS[key]
