"""Draw the blind statement gold set's articles from the shared corpora, reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind_set.py ../shared/corpora --count 16 --seed 4711 \
        --write tests/extract/blind

The procedure is deliberately neutral: it never looks for speech verbs or anything from
akhbar's own lexicon. From each corpus it keeps the records whose body is 600-2,500
characters and that pass one mild, stated filter (the body holds a quotation mark, a colon,
or the word قال/قالت), drops the ids already used by tests/extract/heldout and examples/,
pages identical to a dev page, and exact duplicate bodies; then it draws half the articles
from each corpus, round-robin over that corpus's sources in a seeded random order, one seeded
random record per turn. Pages are written as `title + "\\n\\n" + text`, exactly as stored.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MIN_CHARS, MAX_CHARS = 600, 2500
MILD = re.compile(r"[\"«»“”:]|(?<!\w)(?:قال|قالت)(?!\w)")
FILE_NAMES = {"alarabia": "alarabiya", "BBC": "bbc", "CNN": "cnn"}


def records(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def used_ids() -> set[str]:
    """Corpus ids already taken by the held-out set and the bundled examples."""
    licence = (ROOT / "tests/extract/heldout/LICENCE.md").read_text("utf-8")
    ids = set(re.findall(r"\|\s*([^|\s]+)\s*\|\s*http", licence))
    with (ROOT / "examples/saudinewsnet_sample.jsonl").open(encoding="utf-8") as fh:
        ids.update(json.loads(line)["id"] for line in fh if line.strip())
    return ids


def dev_pages(dev: Path) -> set[str]:
    return {p.read_text("utf-8").strip() for p in dev.glob("*.txt")} if dev.is_dir() else set()


def eligible(corpus: Path, skip: set[str], dev: set[str]) -> dict[str, list[dict[str, Any]]]:
    """Eligible records of one corpus, grouped by source, in file order."""
    by_source: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen: set[str] = set()
    for rec in records(corpus):
        text = rec.get("text") or ""
        if not MIN_CHARS <= len(text) <= MAX_CHARS or rec["id"] in skip or text in seen:
            continue
        seen.add(text)
        if not MILD.search(text) or f"{rec['title']}\n\n{text}".strip() in dev:
            continue
        by_source[rec["source"]].append(rec)
    return by_source


def draw(by_source: dict[str, list[dict[str, Any]]], count: int, rng: random.Random) -> list[dict[str, Any]]:
    """`count` records, round-robin over the sources in a seeded order."""
    order = sorted(by_source)
    rng.shuffle(order)
    pools = {s: rng.sample(by_source[s], len(by_source[s])) for s in order}
    picked: list[dict[str, Any]] = []
    while len(picked) < count and any(pools.values()):
        for source in order:
            if pools[source] and len(picked) < count:
                picked.append(pools[source].pop())
    return picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", type=Path)
    ap.add_argument("--count", type=int, default=16)
    ap.add_argument("--seed", type=int, default=4711)
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--write", type=Path, help="folder to write NAME.txt pages into")
    ap.add_argument("--start", type=int, default=1, help="first file number per source (to add articles)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    skip, dev = used_ids(), dev_pages(args.dev)
    corpora = sorted(args.corpora.glob("*.jsonl.gz"))
    picked: list[dict[str, Any]] = []
    for i, corpus in enumerate(corpora):
        share = args.count // len(corpora) + (1 if i < args.count % len(corpora) else 0)
        picked += draw(eligible(corpus, skip, dev), share, rng)
    write_set(picked, "b", args.write, start=args.start)


def write_set(picked: list[dict[str, Any]], letter: str, write: Path | None, start: int = 1) -> None:
    """Name the drawn records SOURCE_<letter>N, print one line each (name, corpus id, body length,
    url) and, with `write`, save each as a raw page `title + "\\n\\n" + text`."""
    numbers: dict[str, int] = defaultdict(lambda: start - 1)
    for rec in picked:
        stem = FILE_NAMES.get(rec["source"], rec["source"])
        numbers[stem] += 1
        name = f"{stem}_{letter}{numbers[stem]}"
        print(f"{name}\t{rec['id']}\t{len(rec['text'])}\t{rec['url']}")
        if write:
            write.mkdir(parents=True, exist_ok=True)
            (write / f"{name}.txt").write_text(f"{rec['title']}\n\n{rec['text']}", encoding="utf-8")


if __name__ == "__main__":
    main()
