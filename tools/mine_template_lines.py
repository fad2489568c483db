"""Mine template lines: lines that recur across many articles of one source in the shared corpora.

A line that stands in five or more articles of one source, under different titles, is page
template (related-story blurbs, app promotions, disclaimers), not article text. Lines are
compared in the search form, so spelling variants meet. The cleaner removes such a line
anywhere but in the lead position (a recurring blurb is the lead of the story it teases).

    python tools/mine_template_lines.py ../shared/corpora > src/akhbar/data/template_lines.json
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from corpora import records, write_table

from akhbar.normalize import SEARCH_VERSION, search_form

MIN_ARTICLES = 5


def main(corpora: Path) -> None:
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for rec in records(corpora):
        title = rec.get("title") or ""
        for raw in set((rec.get("text") or "").split("\n")):
            key = search_form(raw)
            if key and len(key.split()) >= 3:
                titles[(rec.get("source") or "", key)].add(title)
    lines = sorted({key for (_, key), seen in titles.items() if len(seen) >= MIN_ARTICLES})
    write_table(
        {
            "about": "Lines (in the search form) that recur in at least "
            f"{MIN_ARTICLES} articles of one source of ../shared/corpora; mined by "
            "tools/mine_template_lines.py. Lines of under 3 words are left to the lexicon rules.",
            "search_version": SEARCH_VERSION,
            "lines": lines,
        }
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
