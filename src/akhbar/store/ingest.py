"""Ingest: pages in, articles stored; idempotent (content hash), incremental, crash-safe, batched.

Each input is identified by its resolved path and record number; its content hash is taken from
the page text before any processing, so an unchanged input costs one hash and one lookup, and a
changed one replaces its stored article. A bad input becomes a failure with its path and reason in
the run's report, never a crash of the run.

With `jobs > 1` a process pool processes *and prepares* each article (search forms, stems,
signature, compressed record: `akhbar.store.prepare`), one chunk ahead of the single writer, so
the writer's SQLite transaction for chunk n overlaps the pool's work on chunk n+1.
"""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Protocol

from akhbar.errors import AkhbarError, InputError
from akhbar.records import SCHEMA_VERSION, Article, Source
from akhbar.store.base import InputFailure, RunCounts, RunReport, Store, StoredInput, Written
from akhbar.store.prepare import Prepared, prepare

__all__ = [
    "ByteMeter",
    "OnWritten",
    "PageLike",
    "Progress",
    "doc_key",
    "fewer_collections",
    "ingest_pages",
    "page_hash",
]


class PageLike(Protocol):
    """What ingest needs of a page (`akhbar.read.Page` fits)."""

    @property
    def text(self) -> str: ...

    @property
    def source(self) -> Source: ...


Processor = Callable[[PageLike], Article]
# Told after each committed batch: the batch as written and what each new article id holds.
OnWritten = Callable[[Written, Sequence[Prepared]], None]


class Progress(Protocol):
    """Told as work is done: estimated input bytes consumed and articles handled."""

    def advance(self, nbytes: int, articles: int) -> None: ...


def doc_key(source: Source) -> str:
    """The identity of an input: its resolved path, and record number inside it if any."""
    path = source.path if source.path in ("-", "<stdin>") else _resolved(source.path)
    return path if source.record is None else f"{path}#{source.record}"


@lru_cache(maxsize=4096)
def _resolved(path: str) -> str:
    return str(Path(path).resolve())  # one resolve per file, not per record


def page_hash(text: str) -> str:
    """Content hash of a page as read, salted with the record schema (a new schema reprocesses)."""
    return _hash_bytes(text.encode("utf-8", "surrogatepass"))


def _hash_bytes(data: bytes) -> str:
    digest = _SALTED.copy()
    digest.update(data)
    return digest.hexdigest()


_SALTED = hashlib.blake2b(SCHEMA_VERSION.encode(), digest_size=16)


def _process_safely(process: Processor, page: PageLike) -> Prepared | InputFailure:
    """Run the pipeline on one page and prepare its rows; a failure becomes that input's failure."""
    try:
        return prepare(process(page))
    except AkhbarError as exc:
        return InputFailure(page.source.path, page.source.record, str(exc))
    except Exception as exc:  # a bug on one document must not end the run; it is reported, not hidden
        return InputFailure(page.source.path, page.source.record, f"{type(exc).__name__}: {exc}")


@dataclass
class ByteMeter:
    """Estimates on-disk bytes consumed from page text lengths (gzip sizes from the gzip trailer)."""

    paths: Sequence[str]
    sizes: dict[str, int] = field(default_factory=dict)
    ratios: dict[str, float] = field(default_factory=dict)
    done: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for path in self.paths:
            for file in _files(path):
                size = os.path.getsize(file)
                self.sizes[file] = size
                self.ratios[file] = size / max(_uncompressed_size(file, size), 1)

    @property
    def total(self) -> int:
        return sum(self.sizes.values())

    def consume(self, source_path: str, nbytes: int) -> int:
        """Bytes to advance for one page of this file, `nbytes` long as UTF-8 (capped at the
        file's size)."""
        file = source_path if source_path in self.sizes else _resolved(source_path)  # cached per file
        if file not in self.sizes:
            return 0
        step = int(nbytes * self.ratios[file])
        step = min(step, self.sizes[file] - self.done.get(file, 0))
        self.done[file] = self.done.get(file, 0) + step
        return step

    def finish(self) -> int:
        """Bytes left over once every file has been read to its end."""
        left = sum(size - self.done.get(file, 0) for file, size in self.sizes.items())
        self.done = dict(self.sizes)
        return left


def _files(path: str) -> list[str]:
    p = Path(path)
    if p.is_dir():
        return [str(f.resolve()) for f in sorted(p.rglob("*")) if f.is_file()]
    return [str(p.resolve())] if p.is_file() else []


def _uncompressed_size(file: str, size: int) -> int:
    if not file.endswith(".gz") or size < 18:
        return size
    try:
        with open(file, "rb") as fh:
            fh.seek(-4, os.SEEK_END)
            isize = int.from_bytes(fh.read(4), "little")  # the size mod 2**32 (RFC 1952)
    except OSError:
        return size
    return isize if isize >= size else isize + 2**32 * max(1, size // 2**32)


def ingest_pages(
    store: Store,
    inputs: Sequence[str],
    pages: Iterable[PageLike | InputError],
    *,
    process: Processor,
    jobs: int = 1,
    batch_size: int = 256,
    progress: Progress | None = None,
    meter: ByteMeter | None = None,
    on_written: OnWritten | None = None,
) -> RunReport:
    """Store every page's article, skip unchanged inputs, record failures; returns the run."""
    run_id = store.begin_run(inputs)
    counts = RunCounts()
    meter = meter or ByteMeter(inputs)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start) if jobs > 1 else None
    status = "failed"
    try:
        with fewer_collections():
            pending: _Planned | None = None
            for chunk in _chunks(pages, batch_size):
                planned = _plan(store, chunk, counts, process, pool, meter)
                if pending is not None:  # the pool already works on `planned` while this one is written
                    _write(store, run_id, pending, counts, progress, on_written)
                pending = planned
            if pending is not None:
                _write(store, run_id, pending, counts, progress, on_written)
        if progress is not None:
            progress.advance(meter.finish(), 0)
        status = "done" if counts.failed == 0 else ("partial" if counts.seen > counts.failed else "failed")
        if counts.seen == 0 and counts.failed == 0:
            status = "done"
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        report = store.finish_run(run_id, status)
    return report


# Young collections every 20,000 net allocations instead of 700, in the workers and in the writer
# while it ingests and runs the corpus stages: the objects of a batch (pages, prepared rows, rows
# unpickled) and of the stages make few cycles. In the writer, 525 collections per 20,000 articles
# cost 0.011 ms/article (gc callbacks), 428 of them in the stages after the ingest.
_YOUNG = 20_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Young garbage collections every `_YOUNG` net allocations while in the block (then restored)."""
    thresholds = gc.get_threshold()
    gc.set_threshold(_YOUNG, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


def _worker_start() -> None:
    """Tune a pool worker's garbage collector: the objects inherited from the parent are frozen
    out of it, and young collections run every 20,000 net allocations instead of 700. The
    pipeline makes few reference cycles, so collections found little and cost 0.014 ms/article
    (one process, every 4th page of the corpora, timed by gc callbacks): 0.005 frozen, ~0 with
    the threshold too."""
    gc.freeze()
    gc.set_threshold(_YOUNG, 50, 100)


def _chunks(pages: Iterable[PageLike | InputError], size: int) -> Iterator[list[PageLike | InputError]]:
    chunk: list[PageLike | InputError] = []
    for page in pages:
        chunk.append(page)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@dataclass
class _Planned:
    """A chunk whose inputs are sorted into unchanged and fresh, with the fresh ones in the pool."""

    size: int
    nbytes: int
    failures: list[InputFailure]
    fresh: list[tuple[str, str, bool]]  # (doc_key, hash, already stored)
    results: Iterator[Prepared | InputFailure]


def _plan(
    store: Store,
    chunk: list[PageLike | InputError],
    counts: RunCounts,
    process: Processor,
    pool: ProcessPoolExecutor | None,
    meter: ByteMeter,
) -> _Planned:
    failures: list[InputFailure] = []
    todo: dict[str, tuple[str, PageLike]] = {}
    nbytes = 0
    for page in chunk:
        counts.seen += 1
        if isinstance(page, InputError):
            failures.append(InputFailure(page.path, page.record, page.reason))
            continue
        data = page.text.encode("utf-8", "surrogatepass")  # once, for the meter and the hash
        nbytes += meter.consume(page.source.path, len(data))
        key = doc_key(page.source)
        if key in todo:
            counts.unchanged += 1  # the same input twice in one chunk
        todo[key] = (_hash_bytes(data), page)
    # An input repeated across two chunks in flight is written twice (the second replaces the first
    # and counts as added again): the store stays right, only that run's counters are off by one.
    known = store.known_hashes(list(todo))
    fresh = [(key, h, page) for key, (h, page) in todo.items() if known.get(key) != h]
    counts.unchanged += len(todo) - len(fresh)
    run = partial(_process_safely, process)
    pages = [page for _, _, page in fresh]
    results: Iterator[Prepared | InputFailure] = (
        pool.map(run, pages, chunksize=max(1, len(pages) // 8)) if pool is not None else map(run, pages)
    )
    return _Planned(len(chunk), nbytes, failures, [(k, h, k in known) for k, h, _ in fresh], results)


def _write(
    store: Store,
    run_id: int,
    planned: _Planned,
    counts: RunCounts,
    progress: Progress | None,
    on_written: OnWritten | None,
) -> None:
    failures = planned.failures
    items: list[StoredInput] = []
    for (key, h, stored), result in zip(planned.fresh, planned.results, strict=True):
        if isinstance(result, InputFailure):
            failures.append(result)
            continue
        items.append(StoredInput(key, h, result, stored))
        if stored:
            counts.replaced += 1
        else:
            counts.added += 1
    counts.failed += len(failures)
    written = store.write_batch(run_id, items, failures, counts)
    if on_written is not None:
        on_written(written, [item.prepared for item in items])
    if progress is not None:
        progress.advance(planned.nbytes, planned.size)
