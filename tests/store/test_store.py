"""The SQLite store: migrations, idempotent and incremental ingest, runs with per-input errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from akhbar.errors import InputError, StoreError
from akhbar.records import Source
from akhbar.store import open_store
from akhbar.store.base import RunCounts, StoredInput
from akhbar.store.ingest import doc_key, ingest_pages
from akhbar.store.prepare import prepare
from akhbar.store.schema import SCHEMA_VERSION
from corpus_support import Page, jsonl_pages, simple_process, synthetic_jsonl


def test_new_store_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(db)


def test_same_input_twice_adds_nothing(tmp_path: Path) -> None:
    src = synthetic_jsonl(tmp_path / "in.jsonl", 120)
    with open_store(tmp_path / "a.db") as store:
        first = ingest_pages(store, [str(src)], jsonl_pages(src), process=simple_process, batch_size=50)
        second = ingest_pages(store, [str(src)], jsonl_pages(src), process=simple_process, batch_size=50)
        assert (first.counts.added, first.counts.unchanged) == (120, 0)
        assert (second.counts.added, second.counts.unchanged, second.counts.replaced) == (0, 120, 0)
        assert store.stats()["articles"] == 120
        assert second.status == "done"


def test_changed_input_replaces_its_record(tmp_path: Path) -> None:
    src = synthetic_jsonl(tmp_path / "in.jsonl", 30)
    with open_store(tmp_path / "a.db") as store:
        ingest_pages(store, [str(src)], jsonl_pages(src), process=simple_process)
        changed = [
            Page(p.text + " تحديث", p.source, p.published) if p.source.record == 7 else p
            for p in jsonl_pages(src)
        ]
        report = ingest_pages(store, [str(src)], changed, process=simple_process)
        assert (report.counts.replaced, report.counts.unchanged, report.counts.added) == (1, 29, 0)
        assert store.stats()["articles"] == 30
        texts = [a.body_text for _, a in store.iter_articles() if a.source.record == 7]
        assert len(texts) == 1 and texts[0].endswith("تحديث")
        ops = [c.op for c in store.changes_since(0)]
        assert ops.count("add") == 31 and ops.count("del") == 1


def test_input_stored_after_the_run_looked_is_replaced_not_an_error(tmp_path: Path) -> None:
    """A write told the input was new (no lookup) still replaces an article stored meanwhile
    (another ingest of the same input), in the same transaction, instead of failing the batch."""
    src = synthetic_jsonl(tmp_path / "in.jsonl", 3)
    with open_store(tmp_path / "a.db") as store:
        ingest_pages(store, [str(src)], jsonl_pages(src), process=simple_process)
        page = next(iter(jsonl_pages(src)))
        item = StoredInput(doc_key(page.source), "changed", prepare(simple_process(page)), stored=False)
        written = store.write_batch(store.begin_run([str(src)]), [item], [], RunCounts(seen=1, replaced=1))
        assert len(written.deleted) == 1
        assert store.stats()["articles"] == 3
        assert store.known_hashes([item.doc_key]) == {item.doc_key: "changed"}


def test_failures_are_recorded_per_input(tmp_path: Path) -> None:
    good = Page("عنوان\n\nنص الخبر", Source(path="x.jsonl", record=0))
    empty = Page("   ", Source(path="x.jsonl", record=1))
    unreadable = InputError("x.jsonl", "not JSON", record=2)
    with open_store(tmp_path / "a.db") as store:
        report = ingest_pages(store, ["x.jsonl"], [good, empty, unreadable], process=simple_process)
        assert report.status == "partial"
        assert report.counts.failed == 2 and report.counts.added == 1
        reasons = {(e.record, e.reason) for e in report.errors}
        assert (2, "not JSON") in reasons
        assert any(rec == 1 and "empty page" in reason for rec, reason in reasons)
        assert store.runs()[0].errors == report.errors


def test_article_round_trips(tmp_path: Path) -> None:
    src = synthetic_jsonl(tmp_path / "in.jsonl", 5)
    with open_store(tmp_path / "a.db") as store:
        ingest_pages(store, [str(src)], jsonl_pages(src), process=simple_process)
        pages = list(jsonl_pages(src))
        for aid, article in store.iter_articles():
            assert store.article(aid) == article
            assert article == simple_process(pages[article.source.record or 0])
        summaries = store.summaries([1, 2, 999])
        assert set(summaries) == {1, 2} and summaries[1].day == "2015-07-01"
