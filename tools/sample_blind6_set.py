"""Draw the sixth statement gold set's articles (tests/extract/blind6, an unseen set), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind6_set.py ../shared/corpora --count 30 --seed 6161 \
        --write tests/extract/blind6
    .venv/bin/python tools/sample_blind6_set.py --check tests/extract/blind6

The procedure is the earlier sets' (tools/sample_blind_set.py's functions, imported unchanged
through tools/sample_blind5_set.py and the samplers it imports): records whose body is
600-2,500 characters and holds a quotation mark, a colon or the word قال/قالت, minus exact
duplicate bodies; half the articles from each corpus, round-robin over its sources in a seeded
random order, one seeded random record per turn. Excluded before the draw: every corpus id the
fifth sampler excludes (heldout, examples/, blind, blind2, blind3, blind4) and those named in
tests/extract/blind5/README.md (ids only are read from it); and any page identical to a page of
../shared/eval/dev, tests/extract/heldout, blind ... blind5 or examples/ (compared whole by the
script, never read by a person). Files are named NAME_g1, NAME_g2 ... so they never collide with
the earlier sets' _b, _c, _d, _e and _f names.

`--check FOLDER` validates a finished gold folder against ../shared/eval/FORMAT.md: every page
has a NAME.gold.json holding only `quotes`; each quote has a non-empty `speaker` and `contains`,
optional `aliases` (a list of distinct non-empty strings) and `optional` (true), no other key;
every `contains` is copied verbatim from the raw page (raw substring, and also found after the
scorer's own folding), is 1-12 words (fewer than 5 only when flagged by a warning), and no
snippet repeats inside its file unless the page repeats it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind5_set", ROOT / "tools" / "sample_blind5_set.py")
assert _spec is not None and _spec.loader is not None
fifth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fifth)
third = fifth.third
base = fifth.base

QUOTE_KEYS = {"speaker", "aliases", "contains", "optional"}
# File-name stems of the ANT corpus's sources (base.FILE_NAMES applied); every other stem is SaudiNewsNet's.
ANT_STEMS = {"alarabiya", "bbc", "cnn", "france24", "skynews"}


def earlier_ids() -> set[str]:
    """Corpus ids of every earlier set (as the fifth sampler reads them) and the ids named in
    tests/extract/blind5/README.md."""
    ids: set[str] = fifth.earlier_ids()
    return ids | set(third.CORPUS_ID.findall((ROOT / "tests/extract/blind5/README.md").read_text("utf-8")))


def earlier_pages(dev: Path) -> set[str]:
    """Every earlier raw page, blind5's included (compared whole, never read by a person)."""
    pages: set[str] = fifth.earlier_pages(dev)
    return pages | {p.read_text("utf-8").strip() for p in (ROOT / "tests/extract/blind5").glob("*.txt")}


@cache
def _scorer() -> Any:
    """The independent scorer ../shared/eval/score.py as a module, or None where it is absent."""
    path = ROOT.parent / "shared" / "eval" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _canon(text: str) -> str:
    """The scorer's own folding of `text` (unchanged text where the scorer is absent)."""
    scorer = _scorer()
    folded: str = scorer.canon(text) if scorer else text
    return folded


def check(folder: Path) -> int:
    """Validate every gold file of `folder`; print problems and a count per corpus; return the
    number of errors."""
    errors = 0
    totals: dict[str, list[int]] = {}

    def fail(msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"ERROR {msg}")

    pages = sorted(folder.glob("*.txt"))
    golds = {p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json")}
    for extra in sorted(golds - {p.stem for p in pages}):
        fail(f"{extra}.gold.json has no page")
    for page in pages:
        name = page.stem
        gold_path = page.with_name(name + ".gold.json")
        if not gold_path.is_file():
            fail(f"{name}: no gold file")
            continue
        raw = page.read_text("utf-8")
        try:
            gold = json.loads(gold_path.read_text("utf-8"))
        except json.JSONDecodeError as exc:
            fail(f"{name}: invalid JSON: {exc}")
            continue
        if not isinstance(gold, dict) or list(gold) != ["quotes"] or not isinstance(gold["quotes"], list):
            fail(f"{name}: the gold must be an object holding only a `quotes` list")
            continue
        folded = _canon(raw)
        seen: dict[str, int] = {}
        req = opt = 0
        for i, q in enumerate(gold["quotes"]):
            where = f"{name}[{i}]"
            if not isinstance(q, dict) or set(q) - QUOTE_KEYS:
                fail(f"{where}: unknown keys {sorted(set(q) - QUOTE_KEYS) if isinstance(q, dict) else q}")
                continue
            speaker, contains = q.get("speaker"), q.get("contains")
            if not isinstance(speaker, str) or not speaker.strip():
                fail(f"{where}: empty or missing speaker")
            if not isinstance(contains, str) or not contains.strip():
                fail(f"{where}: empty or missing contains")
                continue
            aliases = q.get("aliases", [])
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                fail(f"{where}: aliases must be a list of non-empty strings")
            elif len(set(aliases)) != len(aliases) or speaker in aliases:
                fail(f"{where}: repeated alias")
            if "optional" in q and q["optional"] is not True:
                fail(f"{where}: `optional` is written only as true")
            if contains != contains.strip() or "  " in contains:
                fail(f"{where}: contains has stray spaces: {contains!r}")
            if contains not in raw:
                fail(f"{where}: contains is not verbatim in the page: {contains}")
            elif _canon(contains) not in folded:
                fail(f"{where}: contains is lost by the scorer's folding: {contains}")
            words = len(contains.split())
            if words > 12:
                fail(f"{where}: contains has {words} words (at most 12)")
            elif words < 5:
                print(f"warning {where}: contains has {words} words (whole content when shorter): {contains}")
            seen[contains] = seen.get(contains, 0) + 1
            if seen[contains] > raw.count(contains):
                fail(f"{where}: the snippet is listed more often than the page holds it: {contains}")
            if q.get("optional"):
                opt += 1
            else:
                req += 1
        corpus = "ANT" if name.rsplit("_", 1)[0] in ANT_STEMS else "SaudiNewsNet"
        row = totals.setdefault(corpus, [0, 0, 0])
        row[0] += 1
        row[1] += req
        row[2] += opt
        print(f"{name}\t{req} + {opt}")
    for corpus, (n, req, opt) in sorted(totals.items()):
        print(f"{corpus}: {n} articles, {req} required + {opt} optional statements")
    print(f"{errors} error(s)")
    return errors


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("corpora", type=Path, nargs="?")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=6161)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    ap.add_argument("--check", type=Path, help="validate the gold files of this folder and exit")
    args = ap.parse_args()
    if args.check:
        sys.exit(1 if check(args.check) else 0)
    if args.corpora is None:
        ap.error("the corpora folder is required to draw")
    skip = earlier_ids()
    # blind 20, blind2 24, blind3 18, blind4 30, blind5 36 ids, plus heldout's and the examples'.
    assert len(skip) >= 20 + 24 + 18 + 30 + 36, f"expected the earlier sets' ids, found {len(skip)}"
    pages = earlier_pages(args.dev)
    picked = fifth.fourth.draw_across(args.corpora, args.count, args.seed, skip, pages)
    assert not {f"{rec['title']}\n\n{rec['text']}".strip() for rec in picked} & pages
    base.write_set(picked, "g", args.write)


if __name__ == "__main__":
    main()
