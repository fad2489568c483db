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
import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from akhbar import records
from akhbar.errors import StoreError
from akhbar.normalize import SEARCH_VERSION, search_form
from akhbar.records import Article
from akhbar.store.base import (
    ArticleSummary,
    Change,
    IndexRow,
    InputFailure,
    RunCounts,
    RunReport,
    StoredInput,
)
from akhbar.store.corpus_sql import CorpusQueries
from akhbar.store.schema import MIGRATIONS, SCHEMA_VERSION

__all__ = ["SQLiteStore", "day_of"]

_BUSY_MS = 60_000


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def day_of(published: str | None) -> str | None:
    """The calendar day (YYYY-MM-DD) of a published string: ISO-like or RFC 2822; else None."""
    if not published:
        return None
    text = published.strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        return text[:10]
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


class SQLiteStore(CorpusQueries):
    """A corpus store in one SQLite file (see the module docstring for the guarantees)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
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

    def article_ids(self, after: int = 0, limit: int = 5000) -> list[int]:
        """Stored article ids above `after`, ascending, at most `limit`."""
        sql = "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?"
        return [int(r[0]) for r in self.conn.execute(sql, (after, limit))]

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
        for start in range(0, len(doc_keys), 500):
            chunk = list(doc_keys[start : start + 500])
            marks = ",".join("?" * len(chunk))
            out.update(
                self.conn.execute(
                    f"SELECT doc_key, content_hash FROM articles WHERE doc_key IN ({marks})", chunk
                ).fetchall()
            )
        return out

    def write_batch(
        self,
        run_id: int,
        items: Sequence[StoredInput],
        failures: Sequence[InputFailure],
        counts: RunCounts,
    ) -> None:
        """Write processed inputs, failures and the run's counters in one transaction."""
        with self._tx():
            for item in items:
                self._write_article(run_id, item)
            self.conn.executemany(
                "INSERT INTO run_errors (run_id, path, record, reason) VALUES (?, ?, ?, ?)",
                [(run_id, f.path, f.record, f.reason) for f in failures],
            )
            self.conn.execute(
                "UPDATE runs SET seen = ?, added = ?, replaced = ?, unchanged = ?, failed = ? WHERE id = ?",
                (counts.seen, counts.added, counts.replaced, counts.unchanged, counts.failed, run_id),
            )

    def _write_article(self, run_id: int, item: StoredInput) -> None:
        old = self.conn.execute("SELECT id FROM articles WHERE doc_key = ?", (item.doc_key,)).fetchone()
        if old is not None:
            self._delete_article(int(old[0]))
        art = item.article
        src = art.source
        source_id = self._source_id(src.site) if src.site else None
        cur = self.conn.execute(
            "INSERT INTO articles (doc_key, content_hash, run_id, source_id, path, record, url, encoding,"
            " headline, dateline, news_id, published, day, language, headline_search, body_search,"
            " search_version, record_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                item.doc_key, item.content_hash, run_id, source_id, src.path, src.record, src.url,
                src.encoding, art.headline, art.dateline, art.news_id, art.published,
                day_of(art.published), art.language, search_form(art.headline or ""),
                _pack(search_form(art.body_text).encode()), SEARCH_VERSION, _pack(records.dumps(art)),
            ),
        )  # fmt: skip
        aid = cur.lastrowid
        assert aid is not None
        self.conn.executemany(
            'INSERT INTO paragraphs (article_id, idx, kind, text, start, "end") VALUES (?,?,?,?,?,?)',
            [(aid, i, p.kind, p.text, p.start, p.end) for i, p in enumerate(art.paragraphs)],
        )
        self.conn.executemany(
            "INSERT INTO statements (article_id, idx, speaker, speaker_norm, role, resolved, cue, kind,"
            ' text, text_search, paragraph, start, "end") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
            [
                (aid, i, q.speaker, search_form(q.speaker), q.role, int(q.resolved), q.cue, q.kind,
                 q.text, search_form(q.text), q.paragraph, q.start, q.end)
                for i, q in enumerate(art.quotes)
            ],
        )  # fmt: skip
        self.conn.executemany(
            'INSERT INTO entities (article_id, idx, text, norm, label, paragraph, start, "end")'
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (aid, i, e.text, search_form(e.text), e.label, e.paragraph, e.start, e.end)
                for i, e in enumerate(art.entities)
            ],
        )
        self.conn.execute("INSERT INTO changes (article_id, op) VALUES (?, 'add')", (aid,))

    def _delete_article(self, aid: int) -> None:
        for table in ("paragraphs", "statements", "entities", "minhashes"):
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (aid,))
        self.conn.execute("DELETE FROM articles WHERE id = ?", (aid,))
        self.conn.execute("INSERT INTO changes (article_id, op) VALUES (?, 'del')", (aid,))

    def _source_id(self, site: str) -> int:
        row = self.conn.execute("SELECT id FROM sources WHERE site = ?", (site,)).fetchone()
        if row is not None:
            return int(row[0])
        cur = self.conn.execute("INSERT INTO sources (site) VALUES (?)", (site,))
        assert cur.lastrowid is not None
        return cur.lastrowid

    def _tx(self) -> _Transaction:
        return _Transaction(self.conn)

    # -- reading ---------------------------------------------------------------------------------

    def article(self, article_id: int) -> Article | None:
        """The stored article with this id, or None."""
        row = self.conn.execute("SELECT record_json FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else records.loads(_unpack(row[0]))

    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        """Short views of these articles, by id (ids not stored are left out)."""
        out: dict[int, ArticleSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            bodies = self._grouped("SELECT article_id, text FROM paragraphs", marks, chunk)
            for aid, site, published, day, headline, url, cluster in self.conn.execute(
                "SELECT a.id, s.site, a.published, a.day, a.headline, a.url, a.cluster_id"
                f" FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})",
                chunk,
            ):
                body = "\n\n".join(bodies.get(aid, ()))
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
                yield aid, records.loads(_unpack(blob))
            last = rows[-1][0]

    def changes_since(self, seq: int, limit: int = 5000) -> list[Change]:
        """Change-log entries after `seq`, oldest first."""
        return [
            Change(*row)
            for row in self.conn.execute(
                "SELECT seq, article_id, op FROM changes WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit)
            )
        ]

    def last_change(self) -> int:
        """The newest change-log sequence number (0 for an empty store)."""
        row = self.conn.execute("SELECT MAX(seq) FROM changes").fetchone()
        return int(row[0] or 0)

    def index_rows(self, ids: Sequence[int]) -> list[IndexRow]:
        """What the search index needs of these articles (ids no longer stored are left out)."""
        rows: list[IndexRow] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            speakers = self._grouped("SELECT article_id, speaker_norm FROM statements", marks, chunk)
            entities = self._grouped("SELECT article_id, norm FROM entities", marks, chunk)
            for aid, site, day, head, body, version, headline, blob in self.conn.execute(
                "SELECT a.id, s.site, a.day, a.headline_search, a.body_search, a.search_version,"
                " a.headline, a.record_json FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
                f" WHERE a.id IN ({marks})",
                chunk,
            ):
                if version == SEARCH_VERSION:
                    body_search = _unpack(body).decode()
                else:  # stored with another fold: derive it afresh from the display text
                    head = search_form(headline or "")
                    body_search = search_form(records.loads(_unpack(blob)).body_text)
                rows.append(
                    IndexRow(
                        aid, site, day, head, body_search,
                        tuple(speakers.get(aid, ())), tuple(entities.get(aid, ())),
                    )
                )  # fmt: skip
        return rows

    def _grouped(self, select: str, marks: str, ids: list[int], order: str = "idx") -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        sql = f"{select} WHERE article_id IN ({marks}) ORDER BY article_id, {order}"
        for aid, value in self.conn.execute(sql, ids):
            out.setdefault(aid, []).append(value)
        return out

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
            "paragraphs": one("SELECT COUNT(*) FROM paragraphs"),
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
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception (the writer lock is taken up front)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")


def _pack(data: bytes) -> bytes:
    return zlib.compress(data, 1)  # level 1: most of the gain, a fraction of the time


def _unpack(blob: bytes) -> bytes:
    return zlib.decompress(blob)


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (no semicolons inside our literals; comments stripped)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
