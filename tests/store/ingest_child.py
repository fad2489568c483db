"""Runs one ingest of a JSON Lines file into a store (the crash test kills this process)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from akhbar.store import open_store
from akhbar.store.ingest import ingest_pages
from corpus_support import jsonl_pages, simple_process

if __name__ == "__main__":
    db, src = sys.argv[1], sys.argv[2]
    with open_store(db) as store:
        report = ingest_pages(store, [src], jsonl_pages(Path(src)), process=simple_process, batch_size=64)
    print(report.counts)
