"""Draw a later statement gold set's articles (blind8 onward), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_later_set.py blind9 ../shared/corpora --write tests/extract/blind9
    .venv/bin/python tools/sample_later_set.py blind9 --check tests/extract/blind9

Each set is the seventh sampler's draw (`tools/sample_blind7_set.py`'s `main`, which reuses the
earlier samplers' functions unchanged): records whose body is 600-2,500 characters and holds a
quotation mark, a colon or the word قال/قالت, minus exact duplicate bodies; half the articles from
each corpus, round-robin over its sources in a seeded random order, one seeded random record per
turn. Excluded before the draw: every corpus id the sixth sampler excludes (heldout, examples/,
blind ... blind5), the ids named in the READMEs of the sets listed as `later` below (ids only are
read from them), and any page identical to a page of ../shared/eval/dev, tests/extract/heldout,
blind ... or examples/ (compared whole by the script, never read by a person). Files are named
NAME_<letter>1, NAME_<letter>2 ... so no two sets' names collide. `--seed` and `--count` (30)
default to the set's own.

`--check FOLDER` validates a finished gold folder with the sixth sampler's checker (see
tools/sample_blind6_set.py): only `quotes`, known keys, verbatim `contains` of 1-12 words.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# set -> (the sets drawn since the sixth sampler that it excludes, seed, file-name letter)
SETS: dict[str, tuple[tuple[str, ...], int, str]] = {
    "blind8": (("blind6", "blind7"), 8181, "i"),  # development set, session 5
    "blind9": (("blind6", "blind7", "blind8"), 9191, "j"),  # development set, session 6
    "blind10": (("blind6", "blind7", "blind8", "blind9"), 1010, "k"),  # development set, session 6
    "blind11": (("blind6", "blind7", "blind8", "blind9", "blind10"), 1111, "m"),  # unseen, session 6
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in SETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(SETS)}}} [corpora] [--write DIR | --check DIR]")
    later, seed, letter = SETS[sys.argv.pop(1)]
    path = ROOT / "tools" / "sample_blind7_set.py"
    spec = importlib.util.spec_from_file_location("sample_blind7_set", path)
    assert spec is not None and spec.loader is not None
    seventh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(seventh)
    seventh.main(later=later, seed=seed, letter=letter)


if __name__ == "__main__":
    main()
