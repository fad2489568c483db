"""Mine dateline places from the shared corpora.

Candidates are the places that open datelines: CNN Arabic's `PLACE، COUNTRY (CNN)` openings
and the `PLACE: name` / `PLACE - name` openings of the corpora's author fields. A candidate is
kept when it is also used as a place in running text (after `في` at least 20 times), which
drops the agencies, desks and reporters' names that share the author field.

    python tools/mine_places.py ../shared/corpora > src/akhbar/data/places.json
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from corpora import records, write_table

from akhbar.normalize import search_form

CNN = re.compile(r"^\s*([^،,(\n]{2,30}?)\s*[،,]?\s*[^(\n]{0,40}\(CNN")
# Author-field openings that are desks, genres, papers or months, not places.
DESKS = set(
    [
        "اعداد",
        "تحليل",
        "تصوير",
        "تغطيه",
        "تقرير",
        "حوار",
        "عرض",
        "قراءه",
        "كتابه",
        "كتب",
        "متابعه",
        "نص",
        "اليوم",
        "العربيه",
        "الجزيره",
        "المناطق",
        "يوليو",
        "اغسطس",
    ]
)
AUTHOR = re.compile(r"^\s*([^:\-–،,\n]{2,25}?)\s*[:\-–]")


def main(corpora: Path) -> None:
    candidates: Counter[str] = Counter()
    texts: list[str] = []
    for rec in records(corpora):
        text = rec.get("text") or ""
        for match in (CNN.match(text), AUTHOR.match(rec.get("author") or "")):
            if match:
                candidates[search_form(match.group(1))] += 1
        texts.append(search_form(text[:3000]))
    after_fi: Counter[str] = Counter()
    wanted = {c for c, n in candidates.items() if n >= 3 and 0 < len(c.split()) <= 3}
    for text in texts:
        words = text.split()
        for i, w in enumerate(words[:-1]):
            if w == "في":
                for k in (1, 2, 3):
                    phrase = " ".join(words[i + 1 : i + 1 + k])
                    if phrase in wanted:
                        after_fi[phrase] += 1
    places = sorted(p for p in wanted if after_fi[p] >= 20 and len(p) > 2 and p not in DESKS)
    write_table(
        {
            "about": __doc__.strip().splitlines()[0] + " Search form; see tools/mine_places.py.",
            "places": places,
        }
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
