"""Shared fixtures: where ../shared is, and skips with a clear message when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = (ROOT / ".." / "shared").resolve()
DEV = SHARED / "eval" / "dev"
CORPORA = SHARED / "corpora"
SEED = DEV / "seed_kanaani_iraq.txt"


def need(path: Path) -> Path:
    """Skip the test, saying why, when a file from ../shared is not here (outside this workplace)."""
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (gold sets, corpora) exists only in the akhbar workplace")
    return path


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return need(DEV)


@pytest.fixture(scope="session")
def seed_page() -> Path:
    return need(SEED)
