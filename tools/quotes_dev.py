"""Dev harness for statements: run extract_quotes over a gold folder without the full pipeline.

    .venv/bin/python tools/quotes_dev.py /work/shared/eval/dev /tmp/quotes.jsonl [--gold-clean]
    python3 /work/shared/eval/score.py /work/shared/eval/dev /tmp/quotes.jsonl --explain

Paragraphs are the non-empty lines after the headline with Persian letters and digits crudely
mapped; `--gold-clean` also drops the lines the gold file calls boilerplate (a perfect cleaner).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import msgspec

from akhbar.extract.quotes import extract_quotes

_MAP = str.maketrans(
    {
        "ی": "ي",
        "ک": "ك",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
        "\u0640": None,
        "\u200c": None,
    }
)


def main(argv: list[str]) -> None:
    gold_dir, out = Path(argv[1]), Path(argv[2])
    gold_clean = "--gold-clean" in argv
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(gold_dir.glob("*.txt")):
            lines = [
                " ".join(x.translate(_MAP).split()) for x in path.read_text(encoding="utf-8").splitlines()
            ]
            lines = [x for x in lines if x]
            gold_file = path.with_suffix(".gold.json")
            if gold_clean and gold_file.exists():
                bp = {
                    " ".join(b.translate(_MAP).split())
                    for b in json.loads(gold_file.read_text()).get("boilerplate", [])
                }
                lines = [x for x in lines if x not in bp]
            headline, paragraphs = lines[0], lines[1:]
            quotes = extract_quotes(paragraphs, headline)
            rec = {
                "source": {"path": str(path)},
                "paragraphs": [{"text": p} for p in paragraphs],
                "quotes": msgspec.to_builtins(quotes),
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
