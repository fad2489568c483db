"""Writes bench/relevance_queries.json: queries with their expected articles, made from the corpora.

Each query is built from one article's headline (seeded sample) the way a reader would type it
differently from the text: a morphological variant (article/conjunction added or removed), a
Persian-typed spelling (ي→ی، ك→ک), or a quoted phrase of headline words. The expected article is
the one the headline came from. Regenerate: .venv/bin/python bench/make_relevance.py
"""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
FILES = ["ant2018.jsonl.gz", "saudinewsnet2015.jsonl.gz"]
STOP = set("في من على إلى الى عن مع بعد قبل أن ان هذا هذه التي الذي و أو ما لا".split())


def variant(word: str) -> str:
    if word.startswith("ال"):
        return word[2:]  # الانتخابات -> انتخابات
    return "وال" + word  # انتخابات -> والانتخابات


def main() -> None:
    rng = random.Random(2024)
    heads: list[tuple[str, int, list[str]]] = []
    for name in FILES:
        with gzip.open(SHARED / name, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                words = [w for w in (json.loads(line).get("title") or "").split() if w.isalpha()]
                if len(words) >= 5:
                    heads.append((name, i, words))
    picks = rng.sample(heads, 36)
    queries = []
    for n, (name, rec, words) in enumerate(picks):
        content = [w for w in words if w not in STOP and len(w) > 3][:3]
        if len(content) < 3:
            content = words[:3]
        if n % 3 == 0:
            kind, text = "morphology", " ".join(variant(w) if i == 0 else w for i, w in enumerate(content))
        elif n % 3 == 1:
            kind, text = "persian", " ".join(w.replace("ي", "ی").replace("ك", "ک") for w in content)
        else:
            kind, text = "phrase", '"' + " ".join(words[1:4]) + '"'
        queries.append({"query": text, "kind": kind, "expected": [[name, rec]]})
    out = {"about": __doc__.split("\n\n")[0], "queries": queries}
    (Path(__file__).resolve().parent / "relevance_queries.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    )


if __name__ == "__main__":
    main()
