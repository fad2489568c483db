"""Draw the eleventh statement gold set's articles (tests/extract/blind11, an UNSEEN set), reproducibly.

Usage (from the repository root):

    .venv/bin/python tools/sample_blind11_set.py ../shared/corpora --count 30 --seed 1111 \
        --write tests/extract/blind11
    .venv/bin/python tools/sample_blind11_set.py --check tests/extract/blind11

The procedure is the earlier sets' (tools/sample_blind_set.py's functions, imported unchanged
through tools/sample_blind7_set.py and the samplers it imports): records whose body is
600-2,500 characters and holds a quotation mark, a colon or the word قال/قالت, minus exact
duplicate bodies; half the articles from each corpus, round-robin over its sources in a seeded
random order, one seeded random record per turn. Excluded before the draw: every corpus id the
seventh sampler excludes (heldout, examples/, blind ... blind6) and those named in the READMEs of
tests/extract/blind7, blind8, blind9 and blind10 (ids only are read from them); and any page
identical to a page of ../shared/eval/dev, tests/extract/heldout, blind ... blind10 or examples/
(compared whole by the script, never read by a person). Files are named NAME_m1, NAME_m2 ... so
they never collide with the earlier sets' _b ... _k names.

Like blind4, blind6 and blind7, the set is UNSEEN: once committed, nobody but the lead opens it.

`--check FOLDER` validates a finished gold folder with the sixth sampler's checker (see
tools/sample_blind6_set.py): only `quotes`, known keys, verbatim `contains` of 1-12 words.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_blind7_set", ROOT / "tools" / "sample_blind7_set.py")
assert _spec is not None and _spec.loader is not None
seventh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(seventh)


if __name__ == "__main__":
    seventh.main(later=("blind6", "blind7", "blind8", "blind9", "blind10"), seed=1111, letter="m")
