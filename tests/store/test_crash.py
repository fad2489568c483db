"""Crash safety and concurrency: SIGKILL an ingest at random points; read while an ingest writes."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

from akhbar.store import open_store
from corpus_support import synthetic_jsonl

CHILD = Path(__file__).with_name("ingest_child.py")
COUNT = 8000  # about two seconds of ingest, so random kills land mid-run


def _start(db: Path, src: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, str(CHILD), str(db), str(src)], stdout=subprocess.DEVNULL)


def _check_whole(db: Path) -> int:
    """The store opens, passes integrity_check, and every article has all of its parts: its
    statements, its signature and its change-log entry (written in the article's transaction)."""
    with open_store(db) as store:
        conn = store.conn
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        quotes = dict(
            conn.execute("SELECT article_id, COUNT(*) FROM statements GROUP BY article_id").fetchall()
        )
        signed = {r[0] for r in conn.execute("SELECT article_id FROM minhashes")}
        added = {r[0] for r in conn.execute("SELECT article_id FROM changes WHERE op = 'add'")}
        ids = set()
        for aid, blob in conn.execute("SELECT id, record_json FROM articles"):
            ids.add(aid)
            expected = len(json.loads(zlib.decompress(blob))["quotes"])
            assert quotes.get(aid, 0) == expected, f"article {aid} is partial"
        assert ids <= signed and ids <= added, "an article without its signature or change entry"
        assert not (set(quotes) | signed) - ids, "orphan parts"
        return len(ids)


def _wait_for_progress(db: Path, beyond: int, timeout: float = 60.0) -> None:
    """Until the child has committed more articles than `beyond` (or has finished)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            try:
                if conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] > beyond:
                    return
            finally:
                conn.close()
        except sqlite3.OperationalError:
            pass  # not created or not migrated yet
        time.sleep(0.05)


def test_sigkill_at_random_points_then_rerun_stores_each_article_once(tmp_path: Path) -> None:
    src = synthetic_jsonl(tmp_path / "in.jsonl", COUNT, seed=3)
    db = tmp_path / "a.db"
    rng = random.Random(11)
    stored = [0]
    for _ in range(4):
        child = _start(db, src)
        _wait_for_progress(db, beyond=stored[-1])  # start-up time varies with the machine's load
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        stored.append(_check_whole(db))
    assert any(0 < n < COUNT for n in stored), f"no kill landed mid-ingest: {stored}"
    child = _start(db, src)
    assert child.wait(timeout=120) == 0
    assert _check_whole(db) == COUNT
    with open_store(db) as store:
        keys = store.conn.execute("SELECT COUNT(DISTINCT doc_key), COUNT(*) FROM articles").fetchone()
        assert keys == (COUNT, COUNT)
        statuses = [r.status for r in store.runs(limit=10)]
        assert statuses[0] == "done"
        assert "interrupted" in statuses or stored[0] == COUNT


def test_readers_answer_while_an_ingest_runs(tmp_path: Path) -> None:
    src = synthetic_jsonl(tmp_path / "in.jsonl", COUNT, seed=5)
    db = tmp_path / "a.db"
    open_store(db).close()
    child = _start(db, src)
    seen: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while child.poll() is None and time.monotonic() < deadline:
            with open_store(db, readonly=True) as reader:
                started = time.perf_counter()
                seen.append(int(reader.stats()["articles"]))  # type: ignore[call-overload]
                assert time.perf_counter() - started < 2.0, "a reader waited on the writer"
            time.sleep(0.05)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait()
    assert child.returncode == 0
    assert len(seen) >= 3 and seen == sorted(seen)
    assert any(0 < n < COUNT for n in seen), f"never saw a partly ingested store: {seen[:5]}...{seen[-5:]}"
