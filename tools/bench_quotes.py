"""Time statements alone: extract_quotes over 2,000 corpus articles (CPU time), optionally showing 20.

.venv/bin/python tools/bench_quotes.py [--show]
"""

from __future__ import annotations

import gzip
import json
import random
import sys
import time

from akhbar.extract.quotes import extract_quotes

CORPORA = ["/work/shared/corpora/ant2018.jsonl.gz", "/work/shared/corpora/saudinewsnet2015.jsonl.gz"]


def main() -> None:
    docs: list[tuple[list[str], str]] = []
    for path in CORPORA:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 15 == 0:
                    a = json.loads(line)
                    docs.append(([p.strip() for p in a["text"].split("\n") if p.strip()], a["title"]))
                if len(docs) >= 1000 * (CORPORA.index(path) + 1):
                    break
    extract_quotes(*docs[0])
    t = time.process_time()
    n = sum(len(extract_quotes(ps, h)) for ps, h in docs)
    dt = time.process_time() - t
    print(f"{len(docs)} articles, {n} statements, {dt * 1000 / len(docs):.3f} ms/article (CPU)")
    if "--show" in sys.argv:
        random.seed(7)
        for ps, h in random.sample(docs, 20):
            print("##", h)
            for q in extract_quotes(ps, h):
                print(f"  [{q.speaker} | {q.cue} | {'resolved' if q.resolved else 'named'}] {q.text[:80]}")


if __name__ == "__main__":
    main()
