"""What the mining tools share: reading the shared corpora's records, writing a data table."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def records(corpora: Path) -> Iterator[dict[str, Any]]:
    """Every record of every `*.jsonl.gz` in the folder, in file order."""
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)


def write_table(table: dict[str, Any]) -> None:
    """A data table as JSON on stdout (Arabic unescaped, one item a line)."""
    json.dump(table, sys.stdout, ensure_ascii=False, indent=0)
