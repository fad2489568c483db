"""The SQLite store: one file, WAL mode, migrations by `user_version`, one transaction per batch.

Crash safety comes from SQLite itself: an article and all its parts (paragraphs, statements,
entities, change-log entry, run counters) are written in the batch's one transaction, so a killed
ingest leaves either the whole article or nothing, and the content hash makes the re-run skip what
is already there.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from akhbar import records
from akhbar.dedup.minhash import MINHASH_VERSION
from akhbar.errors import StoreError
from akhbar.records import Article
from akhbar.store.base import (
    ArticleSummary,
    Change,
    IndexRow,
    InputFailure,
    RunCounts,
    RunReport,
    StoredInput,
    Written,
)
from akhbar.store.corpus_sql import CorpusQueries, select_in
from akhbar.store.prepare import ARTICLE_COLUMNS, day_of, index_terms, unpack
from akhbar.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["SQLiteStore", "day_of"]

_BUSY_MS = 60_000
_INSERT_ARTICLE = (
    "INSERT INTO articles (doc_key, content_hash, run_id, source_id, "
    + ", ".join(ARTICLE_COLUMNS)
    + ") VALUES ("
    + ",".join("?" * (4 + len(ARTICLE_COLUMNS)))
    + ")"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SQLiteStore(CorpusQueries):
    """A corpus store in one SQLite file (see the module docstring for the guarantees)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self._sources: dict[str, int] = {}  # site -> sources.id
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self.conn = sqlite3.connect(uri, uri=True, timeout=_BUSY_MS / 1000, isolation_level=None)
            else:
                self.conn = sqlite3.connect(self.path, timeout=_BUSY_MS / 1000, isolation_level=None)
            self.conn.execute(f"PRAGMA busy_timeout = {_BUSY_MS}")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.conn.execute(
                    "PRAGMA journal_size_limit = 67108864"
                )  # WAL shrinks back after checkpoints
                self._migrate()
                self.uid()
            else:
                self._check_version()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc

    # -- lifecycle -------------------------------------------------------------------------------

    def _check_version(self) -> int:
        version = int(self.conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {version} is newer than this akhbar ({SCHEMA_VERSION})"
            )
        return version

    def _migrate(self) -> None:
        version = self._check_version()
        for number in range(version, SCHEMA_VERSION):
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                # executescript would commit on its own; run the statements one by one instead.
                for statement in _split_sql(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            version = self._check_version()

    def uid(self) -> str:
        """A random id made when the file was created: tells derived artifacts which store they follow."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'uid'").fetchone()
        if row is not None:
            return str(row[0])
        with self._tx():
            self.conn.execute(
                "INSERT OR IGNORE INTO meta (key, value) VALUES ('uid', ?)", (uuid.uuid4().hex,)
            )
        return str(self.conn.execute("SELECT value FROM meta WHERE key = 'uid'").fetchone()[0])

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the database file and truncate it (after a large ingest)."""
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest runs -----------------------------------------------------------------------------

    def begin_run(self, inputs: Sequence[str]) -> int:
        """Record the start of an ingest run; runs left 'running' by a killed process are marked."""
        with self._tx():
            self.conn.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            cur = self.conn.execute(
                "INSERT INTO runs (started, inputs, status) VALUES (?, ?, 'running')",
                (_now(), json.dumps(list(inputs), ensure_ascii=False)),
            )
        assert cur.lastrowid is not None
        return cur.lastrowid

    def finish_run(self, run_id: int, status: str) -> RunReport:
        """Close a run with its final status and return it as stored."""
        with self._tx():
            self.conn.execute(
                "UPDATE runs SET finished = ?, status = ? WHERE id = ?", (_now(), status, run_id)
            )
        report = self._run(run_id)
        if report is None:
            raise StoreError(f"ingest run {run_id} is not in {self.path}")
        return report

    def runs(self, limit: int = 20) -> list[RunReport]:
        """The latest ingest runs, newest first, with their errors."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM runs ORDER BY id DESC LIMIT ?", (limit,))]
        return [r for r in (self._run(i) for i in ids) if r is not None]

    def _run(self, run_id: int) -> RunReport | None:
        row = self.conn.execute(
            "SELECT id, started, finished, inputs, status, seen, added, replaced, unchanged, failed"
            " FROM runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        if row is None:
            return None
        errors = tuple(
            InputFailure(path, record, reason)
            for path, record, reason in self.conn.execute(
                "SELECT path, record, reason FROM run_errors WHERE run_id = ? ORDER BY rowid", (run_id,)
            )
        )
        return RunReport(
            id=row[0],
            started=row[1],
            finished=row[2],
            inputs=tuple(json.loads(row[3])),
            status=row[4],
            counts=RunCounts(*row[5:10]),
            errors=errors,
        )

    # -- writing ---------------------------------------------------------------------------------

    def known_hashes(self, doc_keys: Sequence[str]) -> dict[str, str]:
        """Content hashes of the inputs already stored, by identity."""
        out: dict[str, str] = {}
        sql = "SELECT doc_key, content_hash FROM articles WHERE doc_key IN ({marks})"
        out.update(select_in(self.conn, sql, doc_keys))
        return out

    def write_batch(
        self,
        run_id: int,
        items: Sequence[StoredInput],
        failures: Sequence[InputFailure],
        counts: RunCounts,
    ) -> Written:
        """Write prepared inputs, failures and the run's counters in one transaction."""
        ids: list[int] = []
        deleted: list[int] = []
        with self._tx():
            first = self.last_change() + 1
            for item in items:
                ids.append(self._write_article(run_id, item, deleted))
            self.conn.executemany(
                "INSERT INTO run_errors (run_id, path, record, reason) VALUES (?, ?, ?, ?)",
                [(run_id, f.path, f.record, f.reason) for f in failures],
            )
            self.conn.execute(
                "UPDATE runs SET seen = ?, added = ?, replaced = ?, unchanged = ?, failed = ? WHERE id = ?",
                (counts.seen, counts.added, counts.replaced, counts.unchanged, counts.failed, run_id),
            )
            last = self.last_change()
        return Written(tuple(ids), tuple(deleted), first, last)

    def _write_article(self, run_id: int, item: StoredInput, deleted: list[int]) -> int:
        if item.stored:
            self._replace(item.doc_key, deleted)
        prep = item.prepared
        source_id = self._source_id(prep.site) if prep.site else None
        row = (item.doc_key, item.content_hash, run_id, source_id, *prep.article_row)
        try:
            cur = self.conn.execute(_INSERT_ARTICLE, row)
        except sqlite3.IntegrityError:  # stored meanwhile (another ingest of the same input)
            self._replace(item.doc_key, deleted)
            cur = self.conn.execute(_INSERT_ARTICLE, row)
        aid = cur.lastrowid
        assert aid is not None
        self.conn.executemany(
            "INSERT INTO statements (article_id, idx, speaker, speaker_norm, role, resolved, cue, kind,"
            ' paragraph, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?)',
            [(aid, *row) for row in prep.statements],
        )
        self.conn.executemany(
            'INSERT INTO entities (article_id, idx, text, norm, label, paragraph, start, "end")'
            " VALUES (?,?,?,?,?,?,?,?)",
            [(aid, *row) for row in prep.entities],
        )
        self.conn.execute(
            "INSERT INTO minhashes (article_id, version, signature) VALUES (?, ?, ?)",
            (aid, MINHASH_VERSION, prep.signature),
        )
        self.conn.execute("INSERT INTO changes (article_id, op) VALUES (?, 'add')", (aid,))
        return aid

    def _replace(self, doc_key: str, deleted: list[int]) -> None:
        """Delete the article stored for this input, if any, noting its id."""
        old = self.conn.execute("SELECT id FROM articles WHERE doc_key = ?", (doc_key,)).fetchone()
        if old is not None:
            self._delete_article(int(old[0]))
            deleted.append(int(old[0]))

    def _delete_article(self, aid: int) -> None:
        for table in ("statements", "entities", "minhashes"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
        self.conn.execute("INSERT INTO changes (article_id, op) VALUES (?, 'del')", (aid,))

    def _source_id(self, site: str) -> int:
        known = self._sources.get(site)
        if known is not None:
            return known
        row = self.conn.execute("SELECT id FROM sources WHERE site = ?", (site,)).fetchone()
        if row is not None:
            self._sources[site] = int(row[0])  # sources are never deleted; a rollback clears this
            return int(row[0])
        cur = self.conn.execute("INSERT INTO sources (site) VALUES (?)", (site,))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _tx(self) -> _Transaction:
        return _Transaction(self.conn, self._sources.clear)

    # -- reading ---------------------------------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        """The stored article with this id, or None."""
        row = self.conn.execute("SELECT record_json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else records.loads(unpack(row[0]))

    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        """Short views of these articles, by id (ids not stored are left out)."""
        out: dict[int, ArticleSummary] = {}
        sql = (
            "SELECT a.id, s.site, a.published, a.day, a.headline, a.url, a.cluster_id, a.record_json"
            " FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})"
        )
        for aid, site, published, day, headline, url, cluster, blob in select_in(self.conn, sql, ids):
            body = records.loads(unpack(blob)).body_text  # the display text is stored once
            out[aid] = ArticleSummary(aid, site, published, day, headline, url, cluster, body)
        return out

    def iter_articles(self, batch: int = 1000) -> Iterator[tuple[int, Article]]:
        """Every stored article in id order, read in batches (constant memory)."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT id, record_json FROM articles WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            for aid, blob in rows:
                yield aid, records.loads(unpack(blob))
            last = rows[-1][0]

    def changes_since(self, seq: int, limit: int = 5000, *, before: int | None = None) -> list[Change]:
        """Change-log entries after `seq` (and before `before`, if given), oldest first."""
        high = before if before is not None else 2**62
        return [
            Change(*row)
            for row in self.conn.execute(
                "SELECT seq, article_id, op FROM changes WHERE seq > ? AND seq < ? ORDER BY seq LIMIT ?",
                (seq, high, limit),
            )
        ]

    def last_change(self) -> int:
        """The newest change-log sequence number (0 for an empty store)."""
        row = self.conn.execute("SELECT MAX(seq) FROM changes").fetchone()
        return int(row[0] or 0)

    def index_rows(self, ids: Sequence[int]) -> list[IndexRow]:
        """What the search index needs of these articles, derived afresh from the stored records
        (ids no longer stored are left out); ingest hands the same terms over without this."""
        rows: list[IndexRow] = []
        sql = (
            "SELECT a.id, s.site, a.day, a.record_json FROM articles a"
            " LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})"
        )
        for aid, site, day, blob in select_in(self.conn, sql, ids):
            rows.append(IndexRow(aid, site, day, index_terms(records.loads(unpack(blob)))))
        return rows

    def stats(self) -> dict[str, object]:
        """Counts of what the store holds, by table and by source, and the file size."""
        one = self._scalar
        by_source = dict(
            self.conn.execute(
                "SELECT COALESCE(s.site, '?'), COUNT(*) FROM articles a LEFT JOIN sources s"
                " ON s.id = a.source_id GROUP BY 1 ORDER BY 2 DESC"
            ).fetchall()
        )
        size = sum(
            p.stat().st_size for p in Path(self.path).parent.glob(Path(self.path).name + "*") if p.is_file()
        )
        return {
            "articles": one("SELECT COUNT(*) FROM articles"),
            "statements": one("SELECT COUNT(*) FROM statements"),
            "entities": one("SELECT COUNT(*) FROM entities"),
            "speakers": one("SELECT COUNT(*) FROM speakers"),
            "clusters": one("SELECT COUNT(*) FROM clusters WHERE size > 1"),
            "clustered_articles": one("SELECT COALESCE(SUM(size), 0) FROM clusters WHERE size > 1"),
            "runs": one("SELECT COUNT(*) FROM runs"),
            "first_day": self.conn.execute("SELECT MIN(day) FROM articles").fetchone()[0],
            "last_day": self.conn.execute("SELECT MAX(day) FROM articles").fetchone()[0],
            "by_source": by_source,
            "schema_version": SCHEMA_VERSION,
            "db_bytes": size,
        }

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self.conn.execute(sql, params).fetchone()[0])


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (the writer lock is taken up front);
    `on_rollback` forgets what the store remembered of rows that are now gone."""

    def __init__(self, conn: sqlite3.Connection, on_rollback: Callable[[], None]) -> None:
        self.conn = conn
        self.on_rollback = on_rollback

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.on_rollback()
        self.conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (no semicolons inside our literals; comments stripped)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
