"""Template lines learned from a collection: a line that recurs across many pages of one source.

This is a corpus stage: it needs the whole collection, so it runs before the per-article steps
(`akhbar process` does a first pass over its inputs when asked) and hands them a frozen set of
lines in the search form. The shipped table (`data/template_lines.json`, mined by
`tools/mine_template_lines.py`) is the same idea applied once to ../shared/corpora.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from hashlib import blake2b
from pathlib import Path

from akhbar.errors import InputError
from akhbar.normalize import search_form
from akhbar.read import Page

__all__ = ["MIN_PAGES", "learn_templates"]

# A line standing in this many distinct pages of one source is template, not article text.
MIN_PAGES = 5
# Lines this short are left to the lexicon rules (a recurring "وقال:" is not template).
_MIN_WORDS = 3


def _hash(text: str) -> int:
    return int.from_bytes(blake2b(text.encode(), digest_size=8).digest(), "big")


def _site(page: Page) -> str:
    return page.source.site or str(Path(page.source.path).parent)


def learn_templates(pages: Iterable[Page | InputError], min_pages: int = MIN_PAGES) -> frozenset[str]:
    """Lines (search form) found in at least `min_pages` distinct pages of the same source.

    Pages are told apart by their first line, so a story published twice under one title (France
    24 files articles under several categories) counts once. Memory holds one 8-byte hash per
    distinct line, not the lines.
    """
    counts: Counter[tuple[str, int]] = Counter()
    seen_pages: set[tuple[str, int]] = set()
    found: set[str] = set()
    for page in pages:
        if isinstance(page, InputError):
            continue
        site = _site(page)
        raw_lines = page.text.splitlines()
        head = next((line for line in raw_lines if line.strip()), "")
        page_key = (site, _hash(head))
        if page_key in seen_pages:
            continue
        seen_pages.add(page_key)
        for key in {search_form(line) for line in raw_lines[1:]}:
            if key.count(" ") + 1 < _MIN_WORDS:
                continue
            entry = (site, _hash(key))
            counts[entry] += 1
            if counts[entry] == min_pages:
                found.add(key)
    return frozenset(found)
