"""ByteMeter: progress in on-disk bytes, whichever way the input's path was written."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

from akhbar.store.ingest import ByteMeter


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("خبر " * 500, encoding="utf-8")
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write('{"text": "نص"}\n' * 200)
    monkeypatch.chdir(tmp_path)
    return folder


def test_relative_and_absolute_paths_advance_alike(inputs: Path) -> None:
    """A page's path as the reader gives it (relative to the working directory, as the CLI passes
    it) counts like its resolved path, and every file's bytes are counted exactly once."""
    relative = ByteMeter(["in"])
    absolute = ByteMeter([str(inputs)])
    steps: list[tuple[int, int]] = []
    for name, size in (("a.txt", 2000), ("b.jsonl.gz", 600)):
        for _ in range(4):
            steps.append(
                (relative.consume(os.path.join("in", name), size), absolute.consume(str(inputs / name), size))
            )
    assert [r for r, _ in steps] == [a for _, a in steps]
    assert [r for r, _ in steps[:4]] == [2000, 1500, 0, 0]  # capped at the file's 3,500 bytes
    assert relative.total == absolute.total == sum(f.stat().st_size for f in inputs.iterdir())
    assert sum(r for r, _ in steps) + relative.finish() == relative.total
    assert relative.consume("elsewhere.txt", 100) == 0  # not one of the inputs
