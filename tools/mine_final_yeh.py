"""Mine which words end in ى (alef maqsura) rather than ي from the shared corpora.

A Persian keyboard types one letter, ی, for both; the display normaliser needs to know, word by
word, how Arabic spells the ending. We count every word ending in ي or ى in the corpora and keep
the words whose ى-spelling wins clearly (≥ 3 uses and ≥ 2/3 of the uses); every other word takes
ي, the commoner ending (nisba adjectives, في, الذي ...).

    python tools/mine_final_yeh.py ../shared/corpora > src/akhbar/data/final_yeh.json
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from corpora import records, write_table

WORD = re.compile(r"[\u0621-\u064A]+[يى](?![\u0621-\u064A])")
TOKEN = re.compile(r"[\u0621-\u064A]+")
# Context: for a word written both ways (على/علي), the neighbours that pick the rarer spelling.
MIN_CONTEXT_USES = 5
CONTEXT_SHARE = 0.8


def main(corpora: Path) -> None:
    ya: Counter[str] = Counter()
    maqsura: Counter[str] = Counter()
    texts: list[str] = []
    for rec in records(corpora):
        text = f"{rec.get('title') or ''}\n{rec.get('text') or ''}".replace("\u0640", "")
        texts.append(text)
        for word in WORD.findall(text):
            key = word[:-1]
            (maqsura if word[-1] == "ى" else ya)[key] += 1
    words = sorted(key + "ى" for key, n in maqsura.items() if n >= 3 and n * 3 >= 2 * (n + ya[key]))
    # Words common in both spellings: count each spelling's neighbours.
    ambiguous = {k for k in maqsura if maqsura[k] >= 20 and ya[k] >= 20}
    near: dict[tuple[str, str, str], Counter[str]] = {}
    for text in texts:
        tokens = TOKEN.findall(text)
        for i, tok in enumerate(tokens):
            if tok[-1:] in "يى" and tok[:-1] in ambiguous:
                for side, j in (("prev", i - 1), ("next", i + 1)):
                    if 0 <= j < len(tokens):
                        near.setdefault((tok[:-1], side, tokens[j]), Counter())[tok[-1]] += 1
    context: dict[str, dict[str, list[str]]] = {}
    for (stem, side, neighbour), spell in near.items():
        default = "ى" if stem + "ى" in words else "ي"
        other = "ي" if default == "ى" else "ى"
        total = spell[default] + spell[other]
        if spell[other] >= MIN_CONTEXT_USES and spell[other] >= CONTEXT_SHARE * total:
            context.setdefault(stem + default, {}).setdefault(side, []).append(neighbour)
    for entry in context.values():
        for side in entry:
            entry[side].sort()
    write_table(
        {
            "about": "Words whose final letter is alef maqsura (ى) in Arabic spelling; every other "
            "word ending in a Persian ی takes ي. Mined by tools/mine_final_yeh.py from "
            "../shared/corpora (ANT 2018 + SaudiNewsNet 2015): ≥3 uses and ≥2/3 of uses with ى.",
            "default": "ي",
            "alef_maqsura": words,
            "context_about": "For a word written both ways, the neighbours (previous or next word, "
            f"as written in Arabic) after which the other spelling wins: ≥{MIN_CONTEXT_USES} uses and "
            f"≥{CONTEXT_SHARE:.0%} of uses (علی خامنئی → علي, not على).",
            "context": dict(sorted(context.items())),
        }
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
