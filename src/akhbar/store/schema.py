"""The SQLite schema as an ordered list of migrations; `PRAGMA user_version` records how far a file is.

A migration is applied once, inside one transaction, and never edited after release: a change to
the schema is a new entry at the end. A database newer than this code is refused (StoreError).
"""

from __future__ import annotations

__all__ = ["MIGRATIONS", "SCHEMA_VERSION"]

MIGRATIONS: tuple[str, ...] = (
    # 1: records, their parts, ingest runs, the change log the search index follows.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE sources (id INTEGER PRIMARY KEY, site TEXT NOT NULL UNIQUE);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        inputs TEXT NOT NULL,            -- JSON list of the paths given
        status TEXT NOT NULL,            -- running | done | partial | failed | interrupted
        seen INTEGER NOT NULL DEFAULT 0,
        added INTEGER NOT NULL DEFAULT 0,
        replaced INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE run_errors (
        run_id INTEGER NOT NULL REFERENCES runs(id),
        path TEXT NOT NULL,
        record INTEGER,
        reason TEXT NOT NULL
    );
    CREATE INDEX run_errors_run ON run_errors(run_id);
    CREATE TABLE clusters (
        id INTEGER PRIMARY KEY,
        representative INTEGER NOT NULL,
        size INTEGER NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        doc_key TEXT NOT NULL UNIQUE,    -- identity of the input: resolved path '#' record
        content_hash TEXT NOT NULL,      -- hash of the page text as read: unchanged input, no work
        run_id INTEGER REFERENCES runs(id),
        source_id INTEGER REFERENCES sources(id),
        path TEXT NOT NULL,
        record INTEGER,
        url TEXT,
        encoding TEXT,
        headline TEXT,
        dateline TEXT,
        news_id TEXT,
        published TEXT,
        day TEXT,                        -- YYYY-MM-DD when `published` parses, for date filters
        language TEXT NOT NULL,
        headline_search TEXT NOT NULL,   -- search form (see search_version)
        body_search BLOB NOT NULL,       -- zlib of the body's search form (display text: paragraphs)
        search_version TEXT NOT NULL,
        cluster_id INTEGER REFERENCES clusters(id),
        record_json BLOB NOT NULL        -- zlib of the whole Article (records.dumps): the source of truth
    );
    CREATE INDEX articles_day ON articles(day);
    CREATE INDEX articles_source ON articles(source_id);
    CREATE INDEX articles_cluster ON articles(cluster_id);
    CREATE TABLE paragraphs (
        article_id INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE speakers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        norm TEXT NOT NULL,
        mentions INTEGER NOT NULL
    );
    CREATE TABLE speaker_aliases (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id),
        alias TEXT NOT NULL,
        norm TEXT NOT NULL,
        mentions INTEGER NOT NULL
    );
    CREATE INDEX speaker_aliases_norm ON speaker_aliases(norm);
    CREATE TABLE speaker_roles (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id),
        role TEXT NOT NULL,
        norm TEXT NOT NULL,
        first_day TEXT,
        last_day TEXT,
        mentions INTEGER NOT NULL
    );
    CREATE INDEX speaker_roles_norm ON speaker_roles(norm);
    CREATE TABLE speaker_evidence (
        speaker_id INTEGER NOT NULL REFERENCES speakers(id),
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        article_id INTEGER
    );
    CREATE INDEX speaker_evidence_speaker ON speaker_evidence(speaker_id);
    CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        speaker TEXT NOT NULL,
        speaker_norm TEXT NOT NULL,
        role TEXT,
        resolved INTEGER NOT NULL,
        cue TEXT NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        text_search TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        speaker_id INTEGER REFERENCES speakers(id)
    );
    CREATE INDEX statements_article ON statements(article_id);
    CREATE INDEX statements_speaker ON statements(speaker_id);
    CREATE INDEX statements_speaker_norm ON statements(speaker_norm);
    CREATE TABLE entities (
        article_id INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        text TEXT NOT NULL,
        norm TEXT NOT NULL,
        label TEXT NOT NULL,
        paragraph INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX entities_norm ON entities(norm);
    -- Every add/delete of an article, in commit order: the search index replays it to catch up.
    CREATE TABLE changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('add', 'del'))
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

MIGRATIONS += (
    # 2: MinHash signatures per article, so near-duplicate clustering is incremental.
    """
    CREATE TABLE minhashes (
        article_id INTEGER PRIMARY KEY,
        version TEXT NOT NULL,
        signature BLOB NOT NULL
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

MIGRATIONS += (
    # 3: smaller files. The display text lives once, in `record_json`; the body's search form and
    # the statements' search forms are derived (signature and index terms are made at ingest),
    # so the duplicate copies go. Signatures now come with the article's ingest.
    """
    DROP TABLE paragraphs;
    ALTER TABLE articles DROP COLUMN body_search;
    ALTER TABLE articles DROP COLUMN search_version;
    ALTER TABLE statements DROP COLUMN text_search;
    CREATE UNIQUE INDEX statements_article_idx ON statements(article_id, idx);
    DROP INDEX statements_article;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

MIGRATIONS += (
    # 4: a statement's text is read from its article's record (`record_json`), not kept twice.
    """
    ALTER TABLE statements DROP COLUMN text;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

MIGRATIONS += (
    # 5: a speaker's aliases and roles are read by speaker id (quotes --speaker, speakers SHOW).
    """
    CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);
    CREATE INDEX speaker_roles_speaker ON speaker_roles(speaker_id);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)

MIGRATIONS += (
    # 6: faster writes. No query reads statements by speaker_id or speaker_norm (speakers are found
    # through speaker_aliases and the search index; the speaker swap reads every row by id), so
    # their indexes only cost ingest time (0.12 -> 0.08 ms per article of the writer's SQLite work
    # with statements) and space.
    """
    DROP INDEX statements_speaker;
    DROP INDEX statements_speaker_norm;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
