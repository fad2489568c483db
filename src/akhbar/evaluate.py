"""`make eval`: score akhbar on a gold folder with the independent scorer beside it.

    python -m akhbar.evaluate ../shared/eval/dev [--explain]

Runs the pipeline in-process over the gold folder's raw pages, writes the JSON Lines that
`akhbar process` would write, and calls `../shared/eval/score.py` on them, so the figures are
exactly those unseen gold sets are scored with. Also prints the NER test-split F1 when the
ANERcorp data is beside the gold folder.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from akhbar.errors import InputError
from akhbar.pipeline import Options, process_page
from akhbar.read import iter_pages
from akhbar.records import dumps

__all__ = ["dev_scores", "figure", "main", "write_records"]


def write_records(gold_dir: Path, out: Path, options: Options | None = None) -> None:
    """Process every raw page of a gold folder into JSON Lines at `out`."""
    pages = sorted(str(p) for p in gold_dir.iterdir() if p.suffix in (".txt", ".html") and p.is_file())
    with out.open("wb") as fh:
        for page in iter_pages(pages):
            if isinstance(page, InputError):
                print(f"error: {page}", file=sys.stderr)
                continue
            fh.write(dumps(process_page(page, options or Options(entities=False))) + b"\n")


def dev_scores(gold_dir: Path, *, explain: bool = False, scorer: Path | None = None) -> dict[str, object]:
    """The scorer's figures (its --json output) for akhbar on a gold folder (scorer: the
    `score.py` beside the gold folder unless named)."""
    scorer = scorer or gold_dir.parent / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        write_records(gold_dir, out)
        if explain:
            subprocess.run([sys.executable, str(scorer), str(gold_dir), str(out), "--explain"], check=True)
        result = subprocess.run(
            [sys.executable, str(scorer), str(gold_dir), str(out), "--json"],
            check=True,
            capture_output=True,
            text=True,
        )
    scores: dict[str, object] = json.loads(result.stdout)
    return scores


def figure(scores: dict[str, object], key: str) -> float:
    """One figure of the scorer's output by a floor key: `headline_acc` or `quote_detection.f1`."""
    name, _, part = key.partition(".")
    value = scores[name]
    if part:
        assert isinstance(value, dict)
        value = value[part]
    assert isinstance(value, int | float)
    return float(value)


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m akhbar.evaluate GOLD_DIR [--explain]", file=sys.stderr)
        return 2
    gold_dir = Path(argv[0])
    if not (gold_dir / "../score.py").exists():
        print(f"skip: no scorer at {gold_dir.parent / 'score.py'} (../shared is absent)", file=sys.stderr)
        return 0
    scores = dev_scores(gold_dir, explain="--explain" in argv)
    print(f"gold set {gold_dir}: {scores['articles']} articles")
    for key, value in scores.items():
        if isinstance(value, dict):
            print(f"  {key:26} " + "  ".join(f"{k} {v:.3f}" for k, v in value.items()))
        elif key.endswith("_acc"):
            print(f"  {key:26} {value:.3f}")
    ner_test = gold_dir.parent.parent / "data" / "anercorp" / "ANERCorp_CamelLab_test.txt"
    if ner_test.exists():
        try:
            from akhbar.evaluate_ner import ner_scores
        except ImportError as exc:
            print(f"  NER: not available ({exc})")
        else:
            ner = ner_scores(ner_test)
            print("  NER, ANERcorp test split (seqeval, strict IOB2), default CRF tagger:")
            _print_ner(ner)
            news = Path(__file__).resolve().parents[2] / "tools" / "ner_extra" / "test.jsonl"
            corpora = gold_dir.parent.parent / "corpora"
            if news.exists() and corpora.exists():
                from akhbar.evaluate_ner import standoff_scores

                print("  NER, akhbar news test (1,000 corpus sentences, tools/ner_extra/test.jsonl):")
                _print_ner(standoff_scores(news, corpora))
    return 0


def _print_ner(scores: dict[str, dict[str, float]]) -> None:
    for label, row in scores.items():
        p, r, f = row["precision"], row["recall"], row["f1"]
        print(f"    {label:8} p {p:.3f}  r {r:.3f}  f1 {f:.3f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
