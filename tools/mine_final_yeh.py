"""Mine which words end in ى (alef maqsura) rather than ي from the shared corpora.

A Persian keyboard types one letter, ی, for both; the display normaliser needs to know, word by
word, how Arabic spells the ending. We count every word ending in ي or ى in the corpora and keep
the words whose ى-spelling wins clearly (≥ 3 uses and ≥ 2/3 of the uses); every other word takes
ي, the commoner ending (nisba adjectives, في, الذي ...).

    python tools/mine_final_yeh.py ../shared/corpora > src/akhbar/data/final_yeh.json
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

WORD = re.compile(r"[\u0621-\u064A]+[يى](?![\u0621-\u064A])")


def main(corpora: Path) -> None:
    ya: Counter[str] = Counter()
    maqsura: Counter[str] = Counter()
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = f"{rec.get('title') or ''}\n{rec.get('text') or ''}".replace("\u0640", "")
                for word in WORD.findall(text):
                    key = word[:-1]
                    (maqsura if word[-1] == "ى" else ya)[key] += 1
    words = sorted(key + "ى" for key, n in maqsura.items() if n >= 3 and n * 3 >= 2 * (n + ya[key]))
    json.dump(
        {
            "about": "Words whose final letter is alef maqsura (ى) in Arabic spelling; every other "
            "word ending in a Persian ی takes ي. Mined by tools/mine_final_yeh.py from "
            "../shared/corpora (ANT 2018 + SaudiNewsNet 2015): ≥3 uses and ≥2/3 of uses with ى.",
            "default": "ي",
            "alef_maqsura": words,
        },
        sys.stdout,
        ensure_ascii=False,
        indent=0,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
