"""Draw the corpus sentences of akhbar's own entity annotations (tools/ner_extra/README.md).

    .venv/bin/python tools/ner_extra/sample.py OUT_DIR

Writes OUT_DIR/sample.jsonl (round 1: 2,000 sentences, ids x0000...) and sample2.jsonl (round 2:
3,000 more, ids y0000...), each line {"id", "source", "record", "paragraph", "start", "end",
"tokens"}, and the annotators' batch files (batch1-5.txt of 400, batch6-11.txt of 500 sentences,
`ID<TAB>tokens`). Sentences come from records 2,000 on of both shared corpora (the speed bench
reads the first ones), never from an article of a statement gold set (matched by title), two
at most per article, 12-50 tokens of `entities.tokenize` over the article's `display_form` text
split into `ner_neural.sentence_spans`; a text already drawn is not drawn again.
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

from akhbar.extract.entities import tokenize
from akhbar.extract.ner_neural import sentence_spans
from akhbar.normalize import display_form

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
ROUNDS = (("x", 7007, 2000, 400, 1), ("y", 8008, 3000, 500, 6))  # prefix, seed, size, per batch, first batch


def gold_titles() -> set[str]:
    """Titles (first lines) of every statement gold page: their articles are never drawn."""
    pages = [*ROOT.glob("tests/extract/*/*.txt"), *(SHARED / "eval" / "dev").glob("*.txt")]
    return {display_form(p.read_text(encoding="utf-8").strip().split("\n")[0].strip()) for p in pages}


def draw(prefix: str, seed: int, size: int, titles: set[str], seen: set[str]) -> list[dict[str, object]]:
    rng = random.Random(seed)
    pool: list[tuple[str, int, str]] = []
    for name in ("ant2018", "saudinewsnet2015"):
        with gzip.open(SHARED / "corpora" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            pool.extend((name, i, line) for i, line in enumerate(fh) if i >= 2000)
    rng.shuffle(pool)
    out: list[dict[str, object]] = []
    for name, i, line in pool:
        rec = json.loads(line)
        if display_form((rec.get("title") or "").strip()) in titles:
            continue
        cands = []
        for p, para in enumerate(display_form(rec.get("text") or "").split("\n")):
            words = [t[0] for t in tokenize(para)]
            cands.extend((p, lo, hi, words[lo:hi]) for lo, hi in sentence_spans(words) if 12 <= hi - lo <= 50)
        if not cands:
            continue
        for p, lo, hi, words in rng.sample(cands, min(2, len(cands))):
            if " ".join(words) in seen:
                continue
            seen.add(" ".join(words))
            out.append(
                {
                    "id": f"{prefix}{len(out):04d}",
                    "source": name,
                    "record": i,
                    "paragraph": p,
                    "start": lo,
                    "end": hi,
                    "tokens": words,
                }
            )
        if len(out) >= size:
            break
    return out


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    titles, seen = gold_titles(), set()
    for n, (prefix, seed, size, per_batch, first) in enumerate(ROUNDS, start=1):
        rows = draw(prefix, seed, size, titles, seen)
        name = "sample.jsonl" if n == 1 else f"sample{n}.jsonl"
        (out_dir / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
        )
        for k in range(0, size, per_batch):
            part = rows[k : k + per_batch]
            text = "".join(f"{r['id']}\t{' '.join(r['tokens'])}\n" for r in part)  # type: ignore[arg-type]
            (out_dir / f"batch{first + k // per_batch}.txt").write_text(text, encoding="utf-8")
        print(f"round {n}: {len(rows)} sentences -> {out_dir / name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
