"""The corpus store: articles and their parts, ingest runs with per-input errors, a change log.

`open_store(path)` gives the default backend (one SQLite file); `akhbar.store.base.Store` is the
interface another backend (PostgreSQL, a later issue) implements.
"""

from __future__ import annotations

from pathlib import Path

from akhbar.store.base import (
    ArticleSummary,
    InputFailure,
    RunCounts,
    RunReport,
    Store,
    StoredInput,
)
from akhbar.store.sqlite import SQLiteStore

__all__ = [
    "ArticleSummary",
    "InputFailure",
    "RunCounts",
    "RunReport",
    "SQLiteStore",
    "Store",
    "StoredInput",
    "open_store",
]


def open_store(path: str | Path, *, readonly: bool = False) -> SQLiteStore:
    """Open (creating and migrating if needed) the store at `path`."""
    return SQLiteStore(path, readonly=readonly)
