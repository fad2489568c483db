"""Draw the seventh statement gold set's articles (tests/extract/blind7, an unseen set), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind7_set.py ../shared/corpora --count 30 --seed 7171 \
        --write tests/extract/blind7
    .venv/bin/python tools/sample_blind7_set.py --check tests/extract/blind7

The procedure is the earlier sets' (tools/sample_blind_set.py's functions, imported unchanged
through tools/sample_blind6_set.py and the samplers it imports): records whose body is
600-2,500 characters and holds a quotation mark, a colon or the word قال/قالت, minus exact
duplicate bodies; half the articles from each corpus, round-robin over its sources in a seeded
random order, one seeded random record per turn. Excluded before the draw: every corpus id the
sixth sampler excludes (heldout, examples/, blind ... blind5) and those named in
tests/extract/blind6/README.md (ids only are read from it); and any page identical to a page of
../shared/eval/dev, tests/extract/heldout, blind ... blind6 or examples/ (compared whole by the
script, never read by a person). Files are named NAME_h1, NAME_h2 ... so they never collide with
the earlier sets' _b ... _g names.

`--check FOLDER` validates a finished gold folder with the sixth sampler's checker (see
tools/sample_blind6_set.py): only `quotes`, known keys, verbatim `contains` of 1-12 words.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind6_set", ROOT / "tools" / "sample_blind6_set.py")
assert _spec is not None and _spec.loader is not None
sixth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sixth)
fifth = sixth.fifth
third = sixth.third
base = sixth.base


def set_ids(name: str) -> set[str]:
    """The corpus ids named in tests/extract/NAME/README.md (ids only are read from it)."""
    return set(third.CORPUS_ID.findall((ROOT / "tests/extract" / name / "README.md").read_text("utf-8")))


def blind6_ids() -> set[str]:
    """The corpus ids named in tests/extract/blind6/README.md (its 30 pages)."""
    return set_ids("blind6")


def earlier_ids(later: tuple[str, ...] = ("blind6",)) -> set[str]:
    """Corpus ids of every earlier set (as the sixth sampler reads them) and those of `later`."""
    ids: set[str] = sixth.earlier_ids()
    return ids.union(*(set_ids(name) for name in later))


def earlier_pages(dev: Path, later: tuple[str, ...] = ("blind6",)) -> set[str]:
    """Every earlier raw page, those of `later` included (compared whole, never read by a person)."""
    pages: set[str] = sixth.earlier_pages(dev)
    for name in later:
        pages |= {p.read_text("utf-8").strip() for p in (ROOT / "tests/extract" / name).glob("*.txt")}
    return pages


def main(later: tuple[str, ...] = ("blind6",), seed: int = 7171, letter: str = "h") -> None:
    """Draw (or --check) a set after the sixth sampler's exclusions and the sets in `later`, each
    of which must name 30 corpus ids; files are named NAME_{letter}1 ..."""
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path, nargs="?")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=seed)
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
    for name in later:
        found = set_ids(name)
        assert len(found) == 30, f"expected {name}'s 30 ids, found {len(found)}"
    skip = earlier_ids(later)
    assert skip == sixth_skip.union(*(set_ids(name) for name in later))
    pages = earlier_pages(args.dev, later)
    picked = fifth.fourth.draw_across(args.corpora, args.count, args.seed, skip, pages)
    assert not {rec["id"] for rec in picked} & skip
    assert not {f"{rec['title']}\n\n{rec['text']}".strip() for rec in picked} & pages
    print(f"excluded {len(skip)} ids and {len(pages)} earlier pages", file=sys.stderr)
    base.write_set(picked, letter, args.write)


if __name__ == "__main__":
    main()
