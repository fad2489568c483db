"""Draw the eighth statement gold set's articles (tests/extract/blind8, a development set), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind8_set.py ../shared/corpora --count 30 --seed 8181 \
        --write tests/extract/blind8
    .venv/bin/python tools/sample_blind8_set.py --check tests/extract/blind8

The procedure is the earlier sets' (tools/sample_blind_set.py's functions, imported unchanged
through tools/sample_blind7_set.py and the samplers it imports): records whose body is
600-2,500 characters and holds a quotation mark, a colon or the word قال/قالت, minus exact
duplicate bodies; half the articles from each corpus, round-robin over its sources in a seeded
random order, one seeded random record per turn. Excluded before the draw: every corpus id the
seventh sampler excludes (heldout, examples/, blind ... blind6) and those named in
tests/extract/blind7/README.md (ids only are read from it); and any page identical to a page of
../shared/eval/dev, tests/extract/heldout, blind ... blind7 or examples/ (compared whole by the
script, never read by a person). Files are named NAME_i1, NAME_i2 ... so they never collide with
the earlier sets' _b ... _h names.

The set is annotated blind but meant for development: unlike blind4, blind6 and blind7 it may
be studied once committed.

`--check FOLDER` validates a finished gold folder with the sixth sampler's checker (see
tools/sample_blind6_set.py): only `quotes`, known keys, verbatim `contains` of 1-12 words.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind7_set", ROOT / "tools" / "sample_blind7_set.py")
assert _spec is not None and _spec.loader is not None
seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seventh)
sixth = seventh.sixth
third = seventh.third
base = seventh.base


def blind7_ids() -> set[str]:
    """The corpus ids named in tests/extract/blind7/README.md (its 30 pages)."""
    return set(third.CORPUS_ID.findall((ROOT / "tests/extract/blind7/README.md").read_text("utf-8")))


def earlier_ids() -> set[str]:
    """Corpus ids of every earlier set (as the seventh sampler reads them) and blind7's."""
    ids: set[str] = seventh.earlier_ids()
    return ids | blind7_ids()


def earlier_pages(dev: Path) -> set[str]:
    """Every earlier raw page, blind7's included (compared whole, never read by a person)."""
    pages: set[str] = seventh.earlier_pages(dev)
    return pages | {p.read_text("utf-8").strip() for p in (ROOT / "tests/extract/blind7").glob("*.txt")}


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path, nargs="?")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=8181)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    ap.add_argument("--check", type=Path, help="validate the gold files of this folder and exit")
    args = ap.parse_args()
    if args.check:
        sys.exit(1 if sixth.check(args.check) else 0)
    if args.corpora is None:
        ap.error("the corpora folder is required to draw")
    sixth_skip: set[str] = sixth.earlier_ids()
    # blind 20, blind2 24, blind3 18, blind4 30, blind5 36 ids, plus heldout's and the examples'.
    assert len(sixth_skip) >= 20 + 24 + 18 + 30 + 36, (
        f"expected the earlier sets' ids, found {len(sixth_skip)}"
    )
    sixth_ids = seventh.blind6_ids()
    assert len(sixth_ids) == 30, f"expected blind6's 30 ids, found {len(sixth_ids)}"
    seventh_ids = blind7_ids()
    assert len(seventh_ids) == 30, f"expected blind7's 30 ids, found {len(seventh_ids)}"
    skip = earlier_ids()
    assert skip == sixth_skip | sixth_ids | seventh_ids
    pages = earlier_pages(args.dev)
    picked = sixth.fifth.fourth.draw_across(args.corpora, args.count, args.seed, skip, pages)
    assert not {rec["id"] for rec in picked} & skip
    assert not {f"{rec['title']}\n\n{rec['text']}".strip() for rec in picked} & pages
    print(f"excluded {len(skip)} ids and {len(pages)} earlier pages", file=sys.stderr)
    base.write_set(picked, "i", args.write)


if __name__ == "__main__":
    main()
