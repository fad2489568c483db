"""Turn the annotators' files into the standoff splits `train.jsonl` and `test.jsonl` (README.md).

    .venv/bin/python tools/ner_extra/convert.py SAMPLE_DIR ANNOTATED.jsonl... [--out-dir DIR]

SAMPLE_DIR holds what `sample.py` drew (sample.jsonl, sample2.jsonl: the sentences' places and
tokens). Each annotator file has one line per sentence, `{"id": "x0004", "entities": [["LOC",
"ليبيا"], ...]}`, the entities as the annotator wrote them: label and the entity's tokens joined
by spaces, in the order they occur. Each is aligned to the first untagged run of the sentence's
tokens that spells it, searching from the end of the previous entity on, then from the start (so
a name written twice is found twice, and one written out of order still lands). Entities that
spell no run are listed and left out, never guessed (exit status 1); drawn sentences no file
annotates are listed.

Sentences of round 2 numbered y2000 and up (the last two batches, 1,000 sentences) form the test
split; the rest the training split. The annotators' files hold article text, so they stay out of
the repository: only the standoff output is committed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from akhbar.evaluate_ner import sentence_sha1

LABELS = ("PER", "ORG", "LOC", "MISC")
TEST_FROM = "y2000"  # ids of this prefix at or after this one are the held-out test split


def align(tokens: Sequence[str], entities: Sequence[tuple[str, str]]) -> tuple[list[list[object]], list[str]]:
    """Token ranges `[label, first, last + 1]` of the entities, and the ones no run of tokens spells."""
    taken = [False] * len(tokens)
    found: list[list[object]] = []
    unaligned: list[str] = []
    pos = 0
    for label, text in entities:
        words = text.split()
        n = len(words)
        start = None
        if label in LABELS and words:
            for i in [*range(pos, len(tokens)), *range(pos)]:
                if list(tokens[i : i + n]) == words and not any(taken[i : i + n]):
                    start = i
                    break
        if start is None:
            unaligned.append(f"{label} {text!r}")
            continue
        taken[start : start + n] = [True] * n
        found.append([label, start, start + n])
        pos = start + n
    found.sort(key=lambda e: e[1])  # type: ignore[arg-type,return-value]
    return found, unaligned


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("sample_dir", type=Path, help="directory sample.py wrote")
    ap.add_argument("annotated", type=Path, nargs="+", help="annotators' JSON Lines files")
    ap.add_argument("--out-dir", type=Path, default=Path(__file__).resolve().parent)
    args = ap.parse_args(argv)
    sample: dict[str, dict[str, object]] = {}
    for name in ("sample.jsonl", "sample2.jsonl"):
        for line in (args.sample_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sample[row["id"]] = row
    entities: dict[str, list[list[object]]] = {}
    problems = 0
    for path in args.annotated:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                sid = row["id"]
                tokens = sample[sid]["tokens"]
                pairs = [(str(label), str(text)) for label, text in row["entities"]]
            except (ValueError, KeyError, TypeError) as exc:
                print(f"{path}:{n}: unreadable line ({exc!r}), skipped", file=sys.stderr)
                problems += 1
                continue
            found, unaligned = align(tokens, pairs)  # type: ignore[arg-type]
            for miss in unaligned:
                print(
                    f"{path}:{n}: {sid}: entity {miss} spells no run of the sentence's tokens",
                    file=sys.stderr,
                )
            problems += len(unaligned)
            entities[sid] = found
    missing = [sid for sid in sample if sid not in entities]
    if missing:
        # (round 1 drew 2,001 sentences: its last article gave two, and x2000 is in no batch)
        print(f"note: {len(missing)} drawn sentences in no annotator's file: {', '.join(missing[:5])}")
    splits: dict[str, list[str]] = {"train.jsonl": [], "test.jsonl": []}
    for sid in sorted(entities):
        s = sample[sid]
        test = sid[0] == TEST_FROM[0] and sid >= TEST_FROM
        keep = ("source", "record", "paragraph", "start", "end")
        row = {
            "id": sid,
            **{k: s[k] for k in keep},
            "sha1": sentence_sha1(s["tokens"]),  # type: ignore[arg-type]
            "entities": entities[sid],
        }
        splits["test.jsonl" if test else "train.jsonl"].append(json.dumps(row, ensure_ascii=False) + "\n")
    for name, rows in splits.items():
        (args.out_dir / name).write_text("".join(rows), encoding="utf-8")
        n_ent = sum(len(json.loads(r)["entities"]) for r in rows)
        print(f"{args.out_dir / name}: {len(rows)} sentences, {n_ent} entities")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
