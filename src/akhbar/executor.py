"""Where the per-article steps run: in this process, or a local process pool (order kept).

The steps themselves (akhbar.pipeline.process_page) know nothing of this. A pool worker gets
the options once, at start-up, so large ones (learned template lines) are not pickled per page.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from multiprocessing import Pool

from akhbar.errors import InputError
from akhbar.pipeline import DEFAULT, Options, process_page
from akhbar.read import Page
from akhbar.records import Article

__all__ = ["run_local"]

log = logging.getLogger(__name__)

_worker_options: Options = DEFAULT


def _init(options: Options) -> None:
    global _worker_options  # one per worker process, set once by the pool initializer
    _worker_options = options


def _one(page: Page | InputError, options: Options | None = None) -> Article | InputError:
    if isinstance(page, InputError):
        return page
    try:
        return process_page(page, options or _worker_options)
    except Exception as exc:  # one bad page must not end a run of thousands: it is reported, not lost
        log.debug("processing %s failed", page.source.path, exc_info=True)
        reason = f"processing failed ({type(exc).__name__}: {exc}); please report this page"
        return InputError(page.source.path, reason, page.source.record)


def run_local(
    pages: Iterable[Page | InputError], options: Options = DEFAULT, jobs: int = 1, chunksize: int = 16
) -> Iterator[Article | InputError]:
    """Process pages here (`jobs` ≤ 1) or in a pool of `jobs` processes; read errors pass through."""
    if jobs <= 1:
        for page in pages:
            yield _one(page, options)
        return
    with Pool(jobs, initializer=_init, initargs=(options,)) as pool:
        yield from pool.imap(_one, pages, chunksize=chunksize)
