"""SQLite queries of the corpus stages: statements, speakers, story clusters, MinHash signatures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from akhbar import records
from akhbar.store.base import StatementRow
from akhbar.store.prepare import unpack

__all__ = ["CorpusQueries", "Mention", "SpeakerRecord", "select_in"]

_IN_CHUNK = 500  # values bound to one `IN (...)` list (SQLite's variable limit is far above)


def select_in(
    conn: sqlite3.Connection, sql: str, values: Sequence[Any], *params: Any
) -> Iterator[tuple[Any, ...]]:
    """The rows of `sql` over many values: its `{marks}` becomes an `IN` list of up to 500 values
    at a time, bound after `params`."""
    for start in range(0, len(values), _IN_CHUNK):
        chunk = list(values[start : start + _IN_CHUNK])
        yield from conn.execute(sql.format(marks=",".join("?" * len(chunk))), [*params, *chunk])


class Mention(NamedTuple):
    """One statement's speaker as the speakers stage sees it (a tuple: the stage reads one per
    statement of the corpus)."""

    statement_id: int
    article_id: int
    speaker: str
    speaker_norm: str
    role: str | None
    resolved: bool
    day: str | None


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """One person across the corpus: aliases, roles with dates, and why mentions were merged."""

    id: int
    name: str
    mentions: int
    aliases: tuple[tuple[str, int], ...]
    roles: tuple[tuple[str, str | None, str | None, int], ...]
    evidence: tuple[tuple[str, str, int | None], ...]


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class CorpusQueries:
    """Mixin for SQLiteStore: the SQL of the corpus stages (kept out of the stages themselves)."""

    conn: sqlite3.Connection

    # -- statements and speakers -----------------------------------------------------------------

    def mentions(self) -> Iterator[Mention]:
        """Every statement's speaker with its article's day, in article order."""
        for sid, aid, speaker, norm, role, resolved, day in self.conn.execute(
            "SELECT st.id, st.article_id, st.speaker, st.speaker_norm, st.role, st.resolved, a.day"
            " FROM statements st JOIN articles a ON a.id = st.article_id ORDER BY st.article_id, st.idx"
        ):
            yield Mention(sid, aid, speaker, norm, role, resolved != 0, day)

    def replace_speakers(
        self,
        speakers: Sequence[tuple[int, str, str, int]],
        aliases: Sequence[tuple[int, str, str, int]],
        roles: Sequence[tuple[int, str, str, str | None, str | None, int]],
        evidence: Sequence[tuple[int, str, str, int | None]],
        assignment: Sequence[tuple[int | None, int]],
    ) -> None:
        """Swap in a freshly resolved speaker table in one transaction."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            for table in ("speaker_evidence", "speaker_roles", "speaker_aliases", "speakers"):
                c.execute(f"DELETE FROM {table}")
            c.executemany("INSERT INTO speakers (id, name, norm, mentions) VALUES (?,?,?,?)", speakers)
            c.executemany("INSERT INTO speaker_aliases VALUES (?,?,?,?)", aliases)
            c.executemany("INSERT INTO speaker_roles VALUES (?,?,?,?,?,?)", roles)
            c.executemany("INSERT INTO speaker_evidence VALUES (?,?,?,?)", evidence)
            # Only the statements whose speaker changes are written: a re-run after a small ingest
            # touches a few rows, not every statement twice.
            wanted = {st: sid for sid, st in assignment}
            changed = [
                (wanted.get(st), st)
                for st, old in c.execute("SELECT id, speaker_id FROM statements")
                if wanted.get(st) != old
            ]
            c.executemany("UPDATE statements SET speaker_id = ? WHERE id = ?", changed)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def find_speakers(self, norm: str, limit: int = 20) -> list[int]:
        """Speaker ids with this search-form alias (an indexed lookup), else with a name containing
        it (a scan of the names only), most quoted first."""
        exact = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT s.id FROM speakers s WHERE s.id IN (SELECT speaker_id FROM speaker_aliases"
                " WHERE norm = ?) ORDER BY s.mentions DESC LIMIT ?",  # a person's name is an alias too
                (norm, limit),
            )
        ]
        if exact:
            return exact
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM speakers WHERE norm LIKE ? ESCAPE '\\' ORDER BY mentions DESC LIMIT ?",
                (_like(norm), limit),
            )
        ]

    def speaker_name(self, speaker_id: int) -> str | None:
        """A speaker's display name."""
        row = self.conn.execute("SELECT name FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        return None if row is None else str(row[0])

    def speaker(self, speaker_id: int) -> SpeakerRecord | None:
        """One speaker with aliases, roles (dated) and merge evidence."""
        row = self.conn.execute(
            "SELECT id, name, mentions FROM speakers WHERE id = ?", (speaker_id,)
        ).fetchone()
        if row is None:
            return None
        sid = (speaker_id,)
        aliases = self.conn.execute(
            "SELECT alias, mentions FROM speaker_aliases WHERE speaker_id = ? ORDER BY mentions DESC", sid
        ).fetchall()
        roles = self.conn.execute(
            "SELECT role, first_day, last_day, mentions FROM speaker_roles WHERE speaker_id = ?"
            " ORDER BY mentions DESC",
            sid,
        ).fetchall()
        evidence = self.conn.execute(
            "SELECT kind, detail, article_id FROM speaker_evidence WHERE speaker_id = ? ORDER BY rowid", sid
        ).fetchall()
        return SpeakerRecord(row[0], row[1], row[2], tuple(aliases), tuple(roles), tuple(evidence))

    def top_speakers(self, limit: int = 20, offset: int = 0) -> list[tuple[int, str, int]]:
        """The most quoted speakers: (id, name, mentions)."""
        return [
            (int(a), str(b), int(c))
            for a, b, c in self.conn.execute(
                "SELECT id, name, mentions FROM speakers ORDER BY mentions DESC, id LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]

    def speaker_aliases(self, speaker_ids: Sequence[int]) -> list[str]:
        """Every alias (search form) of these speakers."""
        marks = ",".join("?" * len(speaker_ids))
        sql = f"SELECT DISTINCT norm FROM speaker_aliases WHERE speaker_id IN ({marks})"
        return [str(r[0]) for r in self.conn.execute(sql, list(speaker_ids))]

    def statements_at(self, keys: Sequence[tuple[int, int]]) -> dict[tuple[int, int], StatementRow]:
        """Statements by (article id, position in the article), with article day/site/headline."""
        out: dict[tuple[int, int], StatementRow] = {}
        for start in range(0, len(keys), 400):
            chunk = keys[start : start + 400]
            where = " OR ".join("(st.article_id = ? AND st.idx = ?)" for _ in chunk)
            params = [v for key in chunk for v in key]
            for row in self.conn.execute(
                "SELECT st.article_id, st.idx, st.id, st.speaker, st.role, st.speaker_id, st.kind,"
                " a.day, s.site, a.headline, a.record_json FROM statements st JOIN articles a"
                f" ON a.id = st.article_id LEFT JOIN sources s ON s.id = a.source_id WHERE {where}",
                params,
            ):
                aid, idx, sid, speaker, role, speaker_id, kind, day, site, headline, blob = row
                quotes = records.loads(unpack(blob)).quotes  # the text is stored once, in the record
                text = quotes[idx].text if idx < len(quotes) else ""
                out[(aid, idx)] = StatementRow(
                    sid, aid, speaker, role, speaker_id, kind, text, day, site, headline
                )
        return out

    # -- clusters and signatures -----------------------------------------------------------------

    def missing_signatures(self, version: str, limit: int = 2000) -> list[tuple[int, str]]:
        """(id, body search form) of articles without a signature of this version (an older store)."""
        from akhbar.normalize import search_form

        rows = self.conn.execute(
            "SELECT a.id, a.record_json FROM articles a LEFT JOIN minhashes m ON m.article_id = a.id"
            " AND m.version = ? WHERE m.article_id IS NULL ORDER BY a.id LIMIT ?",
            (version, limit),
        ).fetchall()
        return [(aid, search_form(records.loads(unpack(blob)).body_text)) for aid, blob in rows]

    def save_signatures(self, version: str, rows: Sequence[tuple[int, bytes]]) -> None:
        """Store MinHash signatures (one transaction)."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.executemany(
                "INSERT OR REPLACE INTO minhashes (article_id, version, signature) VALUES (?, ?, ?)",
                [(aid, version, sig) for aid, sig in rows],
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def signatures(self, version: str) -> Iterator[tuple[int, bytes, str | None]]:
        """(id, signature, published) of every article, signatures of this version only."""
        yield from self.conn.execute(
            "SELECT article_id, signature, NULL FROM minhashes WHERE version = ? ORDER BY article_id",
            (version,),
        )

    def search_bodies(self, ids: Sequence[int]) -> dict[int, str]:
        """The body search form of these articles, derived from their records."""
        from akhbar.normalize import search_form

        marks = ",".join("?" * len(ids))
        return {
            aid: search_form(records.loads(unpack(blob)).body_text)
            for aid, blob in self.conn.execute(
                f"SELECT id, record_json FROM articles WHERE id IN ({marks})", list(ids)
            )
        }

    def signatures_of(self, version: str, ids: Sequence[int]) -> Iterator[tuple[int, bytes]]:
        """(id, signature) of these articles (this version only)."""
        sql = "SELECT article_id, signature FROM minhashes WHERE version = ? AND article_id IN ({marks})"
        yield from select_in(self.conn, sql, ids, version)

    def replace_clusters(
        self, clusters: Sequence[Sequence[int]], state: tuple[str, int] | None = None
    ) -> None:
        """Swap in story clusters (first id of each is its representative) in one transaction,
        with the clustering state (`cluster_state`) they stand for."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM clusters")
            c.executemany(
                "INSERT INTO clusters (id, representative, size) VALUES (?, ?, ?)",
                [(k, members[0], len(members)) for k, members in enumerate(clusters, 1)],
            )
            # Cluster k keeps id k, so only the articles whose cluster changes are written: a
            # re-run after a small ingest touches a few rows, not the whole store twice.
            wanted = {aid: k for k, members in enumerate(clusters, 1) for aid in members}
            changed = [
                (wanted.get(aid), aid)
                for aid, old in c.execute("SELECT id, cluster_id FROM articles")
                if wanted.get(aid) != old
            ]
            c.executemany("UPDATE articles SET cluster_id = ? WHERE id = ?", changed)
            c.execute("DELETE FROM minhashes WHERE article_id NOT IN (SELECT id FROM articles)")
            self._save_cluster_state(state)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def merge_clusters(
        self,
        groups: Sequence[tuple[int | None, Sequence[int]]],
        dropped: Sequence[int],
        state: tuple[str, int],
        cleared: Sequence[int] = (),
    ) -> None:
        """Write grown, merged or rebuilt clusters in one transaction: each group is (the cluster
        id it keeps, or None for a new cluster; its sorted members); `dropped` clusters are gone
        (merged into others or broken up); `cleared` articles are in no cluster any more. Only
        rows that change are written."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.executemany("DELETE FROM clusters WHERE id = ?", [(k,) for k in dropped])
            next_id = int(c.execute("SELECT COALESCE(MAX(id), 0) FROM clusters").fetchone()[0]) + 1
            changed: list[tuple[int, int]] = []
            for kept, members in groups:
                if kept is None:
                    kept, next_id = next_id, next_id + 1
                c.execute(
                    "INSERT OR REPLACE INTO clusters (id, representative, size) VALUES (?, ?, ?)",
                    (kept, members[0], len(members)),
                )
                sql = "SELECT id, cluster_id FROM articles WHERE id IN ({marks})"
                changed += [(kept, aid) for aid, old in select_in(c, sql, members) if old != kept]
            c.executemany("UPDATE articles SET cluster_id = ? WHERE id = ?", changed)
            c.executemany("UPDATE articles SET cluster_id = NULL WHERE id = ?", [(aid,) for aid in cleared])
            self._save_cluster_state(state)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise

    def cluster_state(self) -> tuple[str, int] | None:
        """(clustering version, change-log sequence) the stored clusters stand for, if known."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'clusters'").fetchone()
        if row is None:
            return None
        version, _, seq = str(row[0]).rpartition("@")
        return (version, int(seq)) if seq.isdigit() else None

    def _save_cluster_state(self, state: tuple[str, int] | None) -> None:
        if state is None:
            self.conn.execute("DELETE FROM meta WHERE key = 'clusters'")
        else:
            self.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('clusters', ?)", (f"{state[0]}@{state[1]}",)
            )

    def changed_since(self, seq: int, head: int) -> tuple[list[int], bool]:
        """(ids of the articles added in the change log after `seq` up to `head` and still
        stored, ascending; whether any article was deleted meanwhile)."""
        deleted = self.conn.execute(
            "SELECT 1 FROM changes WHERE seq > ? AND seq <= ? AND op = 'del' LIMIT 1", (seq, head)
        ).fetchone()
        added = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT DISTINCT c.article_id FROM changes c JOIN articles a ON a.id = c.article_id"
                " WHERE c.seq > ? AND c.seq <= ? AND c.op = 'add' ORDER BY c.article_id",
                (seq, head),
            )
        ]
        return added, deleted is not None

    def broken_clusters(self) -> list[int]:
        """Clusters that lost a member (an article deleted or replaced): fewer articles than their size."""
        return [
            int(r[0])
            for r in self.conn.execute(
                "SELECT c.id FROM clusters c"
                " WHERE c.size > (SELECT COUNT(*) FROM articles a WHERE a.cluster_id = c.id)"
            )
        ]

    def clusters_of(self, ids: Sequence[int]) -> dict[int, int]:
        """The cluster id of each of these articles that is in a cluster."""
        sql = "SELECT id, cluster_id FROM articles WHERE cluster_id IS NOT NULL AND id IN ({marks})"
        return {int(aid): int(k) for aid, k in select_in(self.conn, sql, ids)}

    def members_of(self, cluster_ids: Sequence[int]) -> list[tuple[int, int]]:
        """(article id, cluster id) of every article of these clusters."""
        sql = "SELECT id, cluster_id FROM articles WHERE cluster_id IN ({marks})"
        return [(int(aid), int(k)) for aid, k in select_in(self.conn, sql, cluster_ids)]

    def cluster_totals(self) -> tuple[int, int]:
        """(clusters, articles in them)."""
        row = self.conn.execute("SELECT COUNT(*), COALESCE(SUM(size), 0) FROM clusters").fetchone()
        return int(row[0]), int(row[1])

    def cluster_members(self, cluster_id: int) -> list[tuple[int, str | None, str | None, bool]]:
        """(id, site, headline, is_representative) of a cluster's articles."""
        return [
            (int(r[0]), r[1], r[2], bool(r[3]))
            for r in self.conn.execute(
                "SELECT a.id, s.site, a.headline, a.id = c.representative FROM articles a"
                " JOIN clusters c ON c.id = a.cluster_id LEFT JOIN sources s ON s.id = a.source_id"
                " WHERE a.cluster_id = ? ORDER BY a.id",
                (cluster_id,),
            )
        ]

    def cluster_pairs(self) -> Iterator[tuple[int, int]]:
        """(article id, cluster id) for every clustered article."""
        yield from self.conn.execute("SELECT id, cluster_id FROM articles WHERE cluster_id IS NOT NULL")
