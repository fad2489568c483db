"""The second annotation of the agreement study is well formed, and its analysis is current.

The README's figures and class counts describe the disagreements `tools/agreement.py --list`
prints; if either annotation changes, a disagreement without a class (or a class without a
disagreement) fails here, so the README is re-measured rather than left stale.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
SETS = {"_j": ROOT / "tests" / "extract" / "blind9", "_k": ROOT / "tests" / "extract" / "blind10"}
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SECOND = sorted((HERE / "second").glob("*.gold.json"))


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _page(gold: Path) -> Path:
    name = gold.name[: -len(".gold.json")]
    folder = next(d for suffix, d in SETS.items() if suffix in name)
    return folder / f"{name}.txt"


def test_twenty_pages_first_ten_of_each_set() -> None:
    for suffix, folder in SETS.items():
        chosen = [p.name for p in SECOND if suffix in p.name]
        first_ten = [p.name.replace(".txt", ".gold.json") for p in sorted(folder.glob("*.txt"))[:10]]
        assert chosen == first_ten


@pytest.mark.parametrize("gold", SECOND, ids=lambda p: p.name)
def test_second_annotation_well_formed(gold: Path) -> None:
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is absent: the independent scorer exists only in the akhbar workplace")
    canon = _module("shared_score_canon", SCORER).canon
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert set(data) == {"quotes"}
    page = canon(_page(gold).read_text(encoding="utf-8"))
    for q in data["quotes"]:
        assert set(q) <= {"speaker", "aliases", "contains", "optional"}, q
        assert q["speaker"].strip() and isinstance(q["aliases"], list), q
        assert 1 <= len(q["contains"].split()) <= 12, q
        assert canon(q["contains"]) in page, q


def test_every_disagreement_has_one_class() -> None:
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is absent: the independent scorer exists only in the akhbar workplace")
    tool = _module("agreement_tool", ROOT / "tools" / "agreement.py")
    rows = {(r["page"], r["contains"]) for r in tool.disagreements(tool.load_scorer())}
    classes = json.loads((HERE / "classes.json").read_text(encoding="utf-8"))
    keyed = {(c["page"], c["contains"]): c["class"] for c in classes}
    assert len(keyed) == len(classes)
    assert set(keyed.values()) <= {"i", "ii", "iii", "iv"}
    assert rows == set(keyed), (sorted(rows - set(keyed)), sorted(set(keyed) - rows))
