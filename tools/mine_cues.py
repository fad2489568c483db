"""Mine the statement lexicon's evidence from the shared corpora.

    .venv/bin/python tools/mine_cues.py counts          # how often each cue form opens a report
    .venv/bin/python tools/mine_cues.py not-names       # rewrite src/akhbar/data/not_names.txt
    .venv/bin/python tools/mine_cues.py given-names     # rewrite src/akhbar/data/given_names.txt

`counts` prints, for every form in data/cues.json, how often it stands (bare or after و/ف) within
eight tokens before a complementizer (أن/إن/:/«) in ../shared/corpora: the figure used to pick
and check the cue list.

`not-names` writes the words that are not people's names, so that the speaker parser does not
read `أعلن اكتمال ...` or `الرئيس الأميركي بإحباط` as a person: a word is listed when, over both
corpora, it takes the article often (a common noun or adjective: `الاكتمال`) or follows a
verb-only particle often (a verb: `قد استعمل`، `لم يعلن`), unless it often stands as a given
name straight after a person title (`الرئيس الإيراني حسن روحاني`).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from akhbar.extract.lexicon import fold, lexicon

CORPORA = [
    Path("/work/shared/corpora/ant2018.jsonl.gz"),
    Path("/work/shared/corpora/saudinewsnet2015.jsonl.gz"),
]
DATA = Path(__file__).resolve().parent.parent / "src/akhbar/data"
OUT = DATA / "not_names.txt"
_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]+|[«»\":،,.]")
_VERB_PARTICLES = frozenset(
    fold(w) for w in ["قد", "لقد", "وقد", "فقد", "لم", "ولم", "لن", "ولن", "سوف", "سي", "كي", "لكي"]
)
_THAT = frozenset(["ان", "انه", "انها", "انهم", "اننا", ":", "«", '"'])


def _texts() -> Iterator[str]:
    for path in CORPORA:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)["text"]


def counts() -> None:
    lx = lexicon()
    seen: Counter[str] = Counter()
    for text in _texts():
        toks = [fold(t) for t in _WORD.findall(text)]
        for i, t in enumerate(toks):
            if t in _THAT:
                for j in range(max(0, i - 8), i):
                    w = toks[j]
                    key = w if w in lx.cues else (w[1:] if w[:1] in ("و", "ف") and w[1:] in lx.cues else None)
                    if key:
                        seen[key] += 1
    for key, cue in sorted(lx.cues.items(), key=lambda kv: -seen[kv[0]]):
        print(f"{seen[key]:7d}  {cue.form}\t{cue.lemma}\t{cue.kind}")


def not_names() -> None:
    lx = lexicon()
    bare: Counter[str] = Counter()
    definite: Counter[str] = Counter()
    after_particle: Counter[str] = Counter()
    after_title: Counter[str] = Counter()
    titles = lx.titles | lx.honorifics
    for text in _texts():
        toks = [fold(t) for t in _WORD.findall(text)]
        prev = ""
        title_seen = False
        for w in toks:
            stem = next(
                (
                    w[len(p) :]
                    for p in ("وال", "بال", "فال", "كال", "لل", "ال")
                    if w.startswith(p) and len(w) > len(p) + 1
                ),
                None,
            )
            if stem is not None:
                definite[stem] += 1
                title_seen = title_seen or w in titles
            else:
                bare[w] += 1
                if prev in _VERB_PARTICLES:
                    after_particle[w] += 1
                if title_seen:
                    after_title[w] += 1
                title_seen = w in titles
            prev = w
    given = {w for w, c in after_title.items() if c >= 5 and c >= 0.03 * bare[w]}
    out = set()
    for w, n in bare.items():
        if n < 3 or w in given or len(w) < 2:
            continue
        if (definite[w] >= 3 and definite[w] >= 0.03 * n) or (
            after_particle[w] >= 3 and after_particle[w] >= 0.05 * n
        ):
            out.add(w)
    header = (
        "# Words that are not people's names (folded), mined by tools/mine_cues.py not-names from\n"
        "# ../shared/corpora: common nouns/adjectives (often with the article) and verbs (often after\n"
        "# قد/لم/لن/سوف), less given names seen straight after person titles. One word a line.\n"
    )
    OUT.write_text(header + "\n".join(sorted(out)) + "\n", encoding="utf-8")
    print(f"{len(out)} words -> {OUT} ({len(given)} given names kept out)")


def _prefixed(w: str, bare: Counter[str]) -> bool:
    """A preposition or conjunction glued to a common word (بمؤسسه، لهيئه، واللاعب), not a name."""
    if w[0] not in "وبلفك" or len(w) < 4:
        return False
    return w[1:].startswith("ال") or bare[w[1:]] > 3 * bare[w]


def given_names() -> None:
    """Words that often open a name straight after a person title (`الرئيس الإيراني حسن روحاني`).

    A word is listed when, over both corpora, it stands at least 4 times right after a definite
    title or an honorific with another name word after it, that is at least 4% of its bare uses,
    and it is not a preposition glued to a common word: so `حسن` and `باراك` are in, while
    `منفذي` (`الرئيس الإيراني منفذي الهجوم`) or `استعمل` are not."""
    lx = lexicon()
    bare: Counter[str] = Counter()
    opened: Counter[str] = Counter()
    titles = lx.titles | lx.honorifics
    skip = lx.function_words | lx.adverbials | lx.adverbial_nouns | frozenset(lx.cues) | titles
    for text in _texts():
        toks = [fold(t) for t in _WORD.findall(text)]
        title_seen = False
        for k, w in enumerate(toks):
            if w.startswith(("ال", "لل")) and len(w) > 3:
                title_seen = title_seen or w in titles
                continue
            bare[w] += 1
            nxt = toks[k + 1] if k + 1 < len(toks) else ""
            if title_seen and len(nxt) > 1 and nxt[0].isalpha() and nxt not in skip:
                opened[w] += 1
            # an indefinite title governs a genitive (أمين سر، وزير خارجية), not a name
            title_seen = w in lx.honorifics
    out = sorted(
        w
        for w, c in opened.items()
        if c >= 4
        and c >= 0.04 * bare[w]
        and len(w) > 1
        and w not in skip
        and w[0].isalpha()
        and not _prefixed(w, bare)
    )
    header = (
        "# Given names (folded), mined by tools/mine_cues.py given-names from ../shared/corpora:\n"
        "# words that often open a name straight after a person title. One word a line.\n"
    )
    (DATA / "given_names.txt").write_text(header + "\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} given names")


if __name__ == "__main__":
    {"counts": counts, "not-names": not_names, "given-names": given_names}[sys.argv[1]]()
