"""Export the stored articles: JSON Lines (the full record), CSV or Parquet (one flat row each)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from akhbar import records
from akhbar.errors import ConfigError
from akhbar.records import Article
from akhbar.store.sqlite import SQLiteStore

__all__ = ["FORMATS", "export_articles"]

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = ("id", "site", "url", "path", "record", "published", "headline", "dateline", "news_id", "language",
           "body", "quotes", "entities", "cluster_id")  # fmt: skip


def _rows(store: SQLiteStore) -> Iterator[tuple[int, Article, dict[str, object]]]:
    clusters = dict(store.cluster_pairs())
    for aid, art in store.iter_articles():
        yield aid, art, {
            "id": aid, "site": art.source.site, "url": art.source.url, "path": art.source.path,
            "record": art.source.record, "published": art.published, "headline": art.headline,
            "dateline": art.dateline, "news_id": art.news_id, "language": art.language, "body": art.body_text,
            "quotes": len(art.quotes), "entities": len(art.entities), "cluster_id": clusters.get(aid),
        }  # fmt: skip


def export_articles(store: SQLiteStore, out: Path, fmt: str) -> int:
    """Write every stored article to `out` in `fmt`; returns how many were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
    count = 0
    if fmt == "jsonl":
        with open(out, "wb") as fh:
            for _, art, _ in _rows(store):
                fh.write(records.dumps(art) + b"\n")
                count += 1
    elif fmt == "csv":
        with open(out, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            for _, _, row in _rows(store):
                writer.writerow(row)
                count += 1
    else:
        count = _parquet(store, out)
    return count


def _parquet(store: SQLiteStore, out: Path) -> int:
    import pyarrow as pa  # type: ignore[import-untyped]
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    types = {"id": pa.int64(), "record": pa.int64(), "quotes": pa.int64(), "entities": pa.int64(),
             "cluster_id": pa.int64()}  # fmt: skip
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    count = 0
    batch: list[dict[str, object]] = []
    with pq.ParquetWriter(str(out), schema) as writer:  # row groups of 5,000: memory stays flat
        for _, _, row in _rows(store):
            batch.append(row)
            if len(batch) >= 5000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count
