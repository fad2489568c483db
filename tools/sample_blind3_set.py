"""Draw the third statement gold set's articles (tests/extract/blind3, a development set), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind3_set.py ../shared/corpora --count 18 --seed 31337 \
        --write tests/extract/blind3

The draw is exactly tools/sample_blind2_set.py's (imported unchanged: the first blind set's
procedure, minus the ids of tests/extract/heldout, examples/ and tests/extract/blind, and pages
identical to a dev, blind or held-out page). Two things are added: files are named NAME_d1,
NAME_d2 ... so they never collide with the earlier sets' NAME_b1 and NAME_c1, and a drawn
record whose corpus id appears in tests/extract/blind2/README.md is dropped and replaced by a
record of the same source drawn with a different seed (seed + 1). Only the corpus ids are read
from that README (the set is kept blind; nothing else of it is opened).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind2_set", ROOT / "tools" / "sample_blind2_set.py")
assert _spec is not None and _spec.loader is not None
second = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(second)
base = second.base

# SaudiNewsNet ids (2015-07-21-2304) and ANT ids (AL-economy-879-20180624).
CORPUS_ID = re.compile(r"(?<![\w-])(?:20\d\d-\d\d-\d\d-\d+|[A-Z]{2}-[A-Za-z]+-\d+-\d{8})(?![\w-])")


def blind2_ids() -> set[str]:
    """Corpus ids named in tests/extract/blind2/README.md (ids only; the set stays blind)."""
    return set(CORPUS_ID.findall((ROOT / "tests/extract/blind2/README.md").read_text("utf-8")))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path)
    ap.add_argument("--count", type=int, default=18)
    ap.add_argument("--seed", type=int, default=31337)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    args = ap.parse_args()
    avoid = blind2_ids()
    assert len(avoid) >= 20, f"expected the second blind set's ids, found {len(avoid)}"
    rng = random.Random(args.seed)
    spare_rng = random.Random(args.seed + 1)
    skip = base.used_ids() | second.blind_ids()
    dev = base.dev_pages(args.dev) | second.set_pages()
    corpora = sorted(args.corpora.glob("*.jsonl.gz"))
    picked: list[dict[str, Any]] = []
    for i, corpus in enumerate(corpora):
        share = args.count // len(corpora) + (1 if i < args.count % len(corpora) else 0)
        pool = base.eligible(corpus, skip, dev)
        drawn = base.draw(pool, share, rng)
        taken = {rec["id"] for rec in drawn}
        for k, rec in enumerate(drawn):
            if rec["id"] in avoid:
                spares = [r for r in pool[rec["source"]] if r["id"] not in avoid | taken]
                drawn[k] = spare_rng.choice(spares)
                taken.add(drawn[k]["id"])
        picked += drawn
    base.write_set(picked, "d", args.write)


if __name__ == "__main__":
    main()
