"""What a corpus store does, independent of the database behind it (SQLite now, PostgreSQL later).

`ingest` and `akhbar.corpus` talk to a `Store` only through this protocol, so a second backend is
one new module implementing it; SQL never leaves the backend module.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from akhbar.records import Article
from akhbar.store.prepare import IndexTerms, Prepared

__all__ = [
    "ArticleSummary",
    "Change",
    "IndexRow",
    "InputFailure",
    "RunCounts",
    "RunReport",
    "StatementRow",
    "Store",
    "StoredInput",
    "Written",
]


@dataclass(frozen=True, slots=True)
class StoredInput:
    """One processed input ready to be written: its identity, content hash and prepared rows."""

    doc_key: str
    content_hash: str
    prepared: Prepared
    stored: bool = True  # False when the input had no article when the run looked (no lookup then)


@dataclass(frozen=True, slots=True)
class Written:
    """What one written batch did: new article ids (in item order), ids it deleted, and the
    change-log span its transaction wrote (contiguous: the writer lock was held throughout)."""

    ids: tuple[int, ...]
    deleted: tuple[int, ...]
    first_seq: int
    last_seq: int


@dataclass(frozen=True, slots=True)
class InputFailure:
    """An input (file or record) that could not be read or processed, and why."""

    path: str
    record: int | None
    reason: str


@dataclass(slots=True)
class RunCounts:
    """Counters of one ingest run (mutable while the run goes)."""

    seen: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class RunReport:
    """A finished (or interrupted) ingest run as stored."""

    id: int
    started: str
    finished: str | None
    inputs: tuple[str, ...]
    status: str
    counts: RunCounts
    errors: tuple[InputFailure, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Change:
    """One entry of the store's change log: an article added or deleted."""

    seq: int
    article_id: int
    op: str


@dataclass(frozen=True, slots=True)
class IndexRow:
    """What the search index needs of one article."""

    id: int
    site: str | None
    day: str | None
    terms: IndexTerms


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """A short view of a stored article for result lists."""

    id: int
    site: str | None
    published: str | None
    day: str | None
    headline: str | None
    url: str | None
    cluster_id: int | None
    body: str


@dataclass(frozen=True, slots=True)
class StatementRow:
    """A stored statement with its article's date and site, and its resolved speaker."""

    id: int
    article_id: int
    speaker: str
    role: str | None
    speaker_id: int | None
    kind: str
    text: str
    day: str | None
    site: str | None
    headline: str | None


class Store(Protocol):
    """A corpus store: articles with their parts, ingest runs, and a change log for the index."""

    path: str

    def close(self) -> None: ...

    def uid(self) -> str: ...

    def begin_run(self, inputs: Sequence[str]) -> int: ...

    def finish_run(self, run_id: int, status: str) -> RunReport: ...

    def known_hashes(self, doc_keys: Sequence[str]) -> dict[str, str]: ...

    def write_batch(
        self,
        run_id: int,
        items: Sequence[StoredInput],
        failures: Sequence[InputFailure],
        counts: RunCounts,
    ) -> Written: ...

    def article(self, article_id: int) -> Article | None: ...

    def summaries(self, ids: Sequence[int]) -> dict[int, ArticleSummary]: ...

    def iter_articles(self, batch: int = 1000) -> Iterator[tuple[int, Article]]: ...

    def changes_since(self, seq: int, limit: int = 5000, *, before: int | None = None) -> list[Change]: ...

    def last_change(self) -> int: ...

    def index_rows(self, ids: Sequence[int]) -> list[IndexRow]: ...

    def stats(self) -> dict[str, object]: ...

    def runs(self, limit: int = 20) -> list[RunReport]: ...
