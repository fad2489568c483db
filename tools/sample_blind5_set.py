"""Draw the fifth statement gold set's articles (tests/extract/blind5, a development set), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind5_set.py ../shared/corpora --count 36 --seed 5151 \
        --write tests/extract/blind5

The procedure is the earlier sets' (tools/sample_blind_set.py's functions, imported unchanged
through tools/sample_blind4_set.py, tools/sample_blind3_set.py and tools/sample_blind2_set.py):
records whose body is 600-2,500 characters and holds a quotation mark, a colon or the word
قال/قالت, minus exact duplicate bodies; half the articles from each corpus, round-robin over its
sources in a seeded random order, one seeded random record per turn. Excluded before the draw:
the corpus ids of tests/extract/heldout/LICENCE.md and examples/saudinewsnet_sample.jsonl, and
those named in the READMEs of tests/extract/blind, blind2, blind3 and blind4 (ids only are read
from them); and any page identical to a page of ../shared/eval/dev, tests/extract/heldout, blind,
blind2, blind3, blind4 or examples/ (compared whole by the script, never read by a person).
Files are named NAME_f1, NAME_f2 ... so they never collide with the earlier sets' NAME_b1,
NAME_c1, NAME_d1 and NAME_e1.
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind4_set", ROOT / "tools" / "sample_blind4_set.py")
assert _spec is not None and _spec.loader is not None
fourth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fourth)
third = fourth.third
base = fourth.base


def earlier_ids() -> set[str]:
    """Corpus ids of every earlier set: heldout, examples/, blind, blind2 and blind3 (as the
    fourth sampler reads them) and the ids named in tests/extract/blind4/README.md."""
    ids: set[str] = fourth.earlier_ids()
    return ids | set(third.CORPUS_ID.findall((ROOT / "tests/extract/blind4/README.md").read_text("utf-8")))


def earlier_pages(dev: Path) -> set[str]:
    """Every earlier raw page, blind4's included (compared whole, never read by a person)."""
    pages: set[str] = fourth.earlier_pages(dev)
    return pages | {p.read_text("utf-8").strip() for p in (ROOT / "tests/extract/blind4").glob("*.txt")}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path)
    ap.add_argument("--count", type=int, default=36)
    ap.add_argument("--seed", type=int, default=5151)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    args = ap.parse_args()
    skip = earlier_ids()
    # blind 20, blind2 24, blind3 18, blind4 30 ids, plus heldout's and the examples'.
    assert len(skip) >= 20 + 24 + 18 + 30, f"expected the earlier sets' ids, found {len(skip)}"
    pages = earlier_pages(args.dev)
    picked = fourth.draw_across(args.corpora, args.count, args.seed, skip, pages)
    base.write_set(picked, "f", args.write)


if __name__ == "__main__":
    main()
