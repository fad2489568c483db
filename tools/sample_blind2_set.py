"""Draw the second blind statement gold set's articles (tests/extract/blind2), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind2_set.py ../shared/corpora --count 20 --seed 9001 \
        --write tests/extract/blind2

The procedure is the first blind set's (tools/sample_blind_set.py, imported unchanged): records
whose body is 600-2,500 characters and holds a quotation mark, a colon or the word قال/قالت,
minus the ids of tests/extract/heldout and examples/, pages identical to a dev page, and exact
duplicate bodies; half the articles from each corpus, round-robin over its sources in a seeded
random order. This script only adds the exclusions that one cannot make: the corpus ids listed
in tests/extract/blind/README.md, and any page identical to a page of tests/extract/blind or
tests/extract/heldout. Files are named NAME_c1, NAME_c2 ... so they never collide with the first
blind set's NAME_b1.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind_set", ROOT / "tools" / "sample_blind_set.py")
assert _spec is not None and _spec.loader is not None
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)


def blind_ids() -> set[str]:
    """Corpus ids already used by the first blind set (its README's licence tables)."""
    readme = (ROOT / "tests/extract/blind/README.md").read_text("utf-8")
    return set(re.findall(r"^\|\s*\w+_b\d+\s*\|\s*([^|\s]+)\s*\|\s*http", readme, re.M))


def set_pages() -> set[str]:
    pages: set[str] = set()
    for folder in ("tests/extract/blind", "tests/extract/heldout"):
        pages |= {p.read_text("utf-8").strip() for p in (ROOT / folder).glob("*.txt")}
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path)
    ap.add_argument("--count", type=int, default=20)
    ap.add_argument("--seed", type=int, default=9001)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    args = ap.parse_args()
    first = blind_ids()
    assert len(first) == 20, f"expected the first blind set's 20 ids, found {len(first)}"
    rng = random.Random(args.seed)
    skip = base.used_ids() | first
    # The dev exclusion compares whole pages; the blind and held-out pages are added to it.
    dev = base.dev_pages(args.dev) | set_pages()
    corpora = sorted(args.corpora.glob("*.jsonl.gz"))
    picked: list[dict[str, Any]] = []
    for i, corpus in enumerate(corpora):
        share = args.count // len(corpora) + (1 if i < args.count % len(corpora) else 0)
        picked += base.draw(base.eligible(corpus, skip, dev), share, rng)
    base.write_set(picked, "c", args.write)


if __name__ == "__main__":
    main()
