"""Draw the fourth statement gold set's articles (tests/extract/blind4, blind, never tuned on), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind4_set.py ../shared/corpora --count 30 --seed 4242 \
        --write tests/extract/blind4

The procedure is the earlier sets' (tools/sample_blind_set.py's functions, imported unchanged
through tools/sample_blind3_set.py and tools/sample_blind2_set.py): records whose body is
600-2,500 characters and holds a quotation mark, a colon or the word قال/قالت, minus exact
duplicate bodies; half the articles from each corpus, round-robin over its sources in a seeded
random order, one seeded random record per turn. Excluded before the draw: the corpus ids of
tests/extract/heldout/LICENCE.md and examples/saudinewsnet_sample.jsonl, and those named in the
READMEs of tests/extract/blind, blind2 and blind3 (ids only are read from them); and any page
identical to a page of ../shared/eval/dev, tests/extract/heldout, blind, blind2, blind3 or
examples/. Files are named NAME_e1, NAME_e2 ... so they never collide with the earlier sets'
NAME_b1, NAME_c1 and NAME_d1.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind3_set", ROOT / "tools" / "sample_blind3_set.py")
assert _spec is not None and _spec.loader is not None
third = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(third)
second = third.second
base = third.base

SETS = ("heldout", "blind", "blind2", "blind3")


def earlier_ids() -> set[str]:
    """Corpus ids of every earlier set: heldout and examples/ (base.used_ids), and the ids named
    in the READMEs of blind, blind2 and blind3 (matched by the corpus id pattern only)."""
    ids: set[str] = base.used_ids() | second.blind_ids() | third.blind2_ids()
    for name in ("blind", "blind3"):
        ids |= set(third.CORPUS_ID.findall((ROOT / "tests/extract" / name / "README.md").read_text("utf-8")))
    return ids


def earlier_pages(dev: Path) -> set[str]:
    """Every earlier raw page (compared whole, never read by a person)."""
    pages: set[str] = base.dev_pages(dev)
    for folder in [ROOT / "tests/extract" / name for name in SETS] + [ROOT / "examples"]:
        pages |= {p.read_text("utf-8").strip() for p in folder.glob("*.txt")}
    return pages


def draw_across(
    corpora_dir: Path, count: int, seed: int, skip: set[str], pages: set[str]
) -> list[dict[str, Any]]:
    """`count` records split evenly over the corpora (sorted by name, the first ones taking the
    remainder), each corpus drawn round-robin over its sources by the first sampler's rule, one
    seeded generator for the whole draw; asserts no excluded id was drawn. The later samplers
    (blind5, blind6) draw through this too."""
    rng = random.Random(seed)
    corpora = sorted(corpora_dir.glob("*.jsonl.gz"))
    picked: list[dict[str, Any]] = []
    for i, corpus in enumerate(corpora):
        share = count // len(corpora) + (1 if i < count % len(corpora) else 0)
        picked += base.draw(base.eligible(corpus, skip, pages), share, rng)
    assert not {rec["id"] for rec in picked} & skip
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path)
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=4242)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    args = ap.parse_args()
    skip = earlier_ids()
    # blind 20, blind2 24, blind3 18 ids, plus heldout's and the examples'.
    assert len(skip) >= 20 + 24 + 18, f"expected the earlier sets' ids, found {len(skip)}"
    pages = earlier_pages(args.dev)
    picked = draw_across(args.corpora, args.count, args.seed, skip, pages)
    base.write_set(picked, "e", args.write)


if __name__ == "__main__":
    main()
