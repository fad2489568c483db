"""The dev gold set, scored by the independent scorer, never falls below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from akhbar.evaluate import dev_scores, figure

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def scores(dev_dir: Path) -> dict[str, object]:
    return dev_scores(dev_dir)


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(FLOORS["dev"]))
def test_dev_floor(scores: dict[str, object], key: str) -> None:
    assert not scores["missing"], f"no record for {scores['missing']}"
    assert figure(scores, key) >= FLOORS["dev"][key]


def test_floors_are_what_the_issue_asks_at_least() -> None:
    """The issue's acceptance figures are the lowest a floor may ever be."""
    required = {
        "headline_acc": 1.0,
        "news_id_acc": 1.0,
        "dateline_acc": 0.95,
        "boilerplate.f1": 0.95,
        "subheadings.f1": 0.9,
        "quote_detection.f1": 0.90,
        "quote_attribution.f1": 0.85,
        "quote_attribution_strict.f1": 0.80,
    }
    for key, minimum in required.items():
        assert FLOORS["dev"][key] >= minimum, key
