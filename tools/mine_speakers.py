"""Mine speaker-phrase word lists from the shared corpora.

    .venv/bin/python tools/mine_speakers.py verbs ../shared/corpora   # rewrite src/akhbar/data/verbs.txt
    .venv/bin/python tools/mine_speakers.py given ../shared/corpora   # candidate given names, to review
    .venv/bin/python tools/mine_speakers.py ranked ../shared/corpora  # more candidates, to review
    .venv/bin/python tools/mine_speakers.py surnamed ../shared/corpora  # more candidates, to review

`verbs`: words that often stand straight after a verb-only particle (قد، لم، لن، سوف، لا ...),
at least 5 times and in at least 5% of their uses: a name already two words long ends before
one of them (محمد بن سلمان | يرفض، ريكس تيلرسون | ألغى، جو غوميز | سيغيب). Given names are
left out (they may follow لا in a list of names); the 5% keeps surnames that double as rare
verbs (يلين 3 of 31 uses is in, which is why the list only ends names of two words or more).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

from corpora import records

from akhbar.extract.lexicon import fold, lexicon

DATA = Path(__file__).resolve().parent.parent / "src/akhbar/data"
_WORD = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670]+|[«»\":،,.]")
_VERB_PARTICLES = frozenset(
    fold(w)
    for w in ["قد", "لقد", "وقد", "فقد", "لم", "ولم", "لن", "ولن", "سوف", "وسوف", "كي", "لكي", "لا", "ولا"]
)


def verbs(corpora: Path) -> None:
    lx = lexicon()
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for rec in records(corpora):
        prev = ""
        for w in (fold(t) for t in _WORD.findall(rec["text"])):
            total[w] += 1
            if prev in _VERB_PARTICLES:
                after[w] += 1
            prev = w
    out = sorted(
        w
        for w, n in after.items()
        if n >= 5 and n >= 0.05 * total[w] and len(w) > 2 and w not in lx.given_names and w[0].isalpha()
    )
    header = (
        "# Verbs (folded), mined by tools/mine_speakers.py verbs from ../shared/corpora: words seen\n"
        "# after a verb-only particle (قد، لم، لن، سوف، لا) at least 5 times and in 5% of their uses.\n"
        "# A name of two words or more ends before one. One word a line.\n"
    )
    (DATA / "verbs.txt").write_text(header + "\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} verbs")


def given(corpora: Path) -> None:
    """Candidate given names the list lacks, with counts, for review (nothing is written).

    A family name is a word seen at least 3 times straight after a listed given name and in at
    least 30% of its uses (الجبير، كنعاني). A candidate is a bare word (no article, no known
    verb, function word, title or cue) standing straight before a family name at least 3 times
    and in at least 10% of its uses (انتظار جاسم، رسول خادم): printed as word, count before a
    family name, total uses, and its most frequent family names."""
    lx = lexicon()
    texts = [[fold(t) for t in _WORD.findall(rec["text"])] for rec in records(corpora)]
    total: Counter[str] = Counter(w for toks in texts for w in toks)
    after_given: Counter[str] = Counter()
    for toks in texts:
        for a, b in pairwise(toks):
            if a in lx.given_names:
                after_given[b] += 1
    family = {w for w, n in after_given.items() if n >= 3 and n >= 0.3 * total[w] and w not in lx.given_names}
    skip = (
        lx.function_words
        | lx.adverbials
        | lx.adverbial_nouns
        | frozenset(lx.cues)
        | lx.titles
        | lx.honorifics
    )
    before: Counter[str] = Counter()
    pairs: dict[str, Counter[str]] = {}
    for toks in texts:
        for a, b in pairwise(toks):
            if b in family and len(a) > 2 and a[0].isalpha() and a not in lx.given_names:
                before[a] += 1
                pairs.setdefault(a, Counter())[b] += 1
    verb_words = set((DATA / "verbs.txt").read_text(encoding="utf-8").split())
    for w, n in sorted(before.items(), key=lambda x: -x[1]):
        if (
            n >= 3
            and n >= 0.1 * total[w]
            and not w.startswith("ال")
            and w not in skip
            and w not in verb_words
        ):
            print(w, n, total[w], " ".join(f for f, _ in pairs[w].most_common(3)))


def ranked(corpora: Path) -> None:
    """Candidate given names the list lacks: a bare word standing straight after a rank
    (الدكتور، المهندس، الشيخ، العقيد، الدكتورة ...: the honorifics of titles.json and their
    feminine) and before another word that is no function word, adverbial, cue or mark, at least
    3 times and in at least 20% of its uses (الدكتورة عهود عويضة، الفنان نمير عبد الحسين). Printed
    as word, count after a rank, total uses and its most frequent next words (nothing is written).
    Ranks name people; the word after one opens the name whatever else it may spell, so the
    share of its uses there tells a name (عهود 40%) from a common word after a rank (الشيخ عبد)."""
    lx = lexicon()
    ranks = {r for r in lx.honorifics if r.startswith("ال")}
    ranks |= {r + "ه" for r in ranks}
    stop = lx.function_words | lx.adverbials | lx.adverbial_nouns | frozenset(lx.cues)
    skip = stop | lx.titles | lx.honorifics | lx.given_names
    verb_words = set((DATA / "verbs.txt").read_text(encoding="utf-8").split())
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    nexts: dict[str, Counter[str]] = {}
    for rec in records(corpora):
        toks = [fold(t) for t in _WORD.findall(rec["text"])]
        total.update(toks)
        for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
            if a in ranks and c[:1].isalpha() and c not in stop:
                after[b] += 1
                nexts.setdefault(b, Counter())[c] += 1
    for w, n in sorted(after.items(), key=lambda x: -x[1]):
        if (
            n >= 3
            and n >= float(sys.argv[3] if len(sys.argv) > 3 else 0.2) * total[w]
            and len(w) > 2
            and w[0].isalpha()
            and not w.startswith("ال")
            and w not in skip
            and w not in verb_words
        ):
            print(w, n, total[w], " ".join(f for f, _ in nexts[w].most_common(3)))


def surnamed(corpora: Path) -> None:
    """Candidate given names the list lacks: a bare word W written before a word S in an article
    that later has S alone as a cue's subject ('... جبريل الرجوب ...' then 'وقال الرجوب'): W S
    is a person's name and W its first word. Counted once per article; printed when W opens
    such a name in at least 3 articles and it is no function word, title, cue, verb or word
    with the article, as word, articles, total uses and its most frequent surnames (nothing is
    written)."""
    lx = lexicon()
    stop = lx.function_words | lx.adverbials | lx.adverbial_nouns | frozenset(lx.cues)
    skip = stop | lx.titles | lx.honorifics | lx.given_names | lx.org_heads | lx.group_heads | lx.states
    verb_words = set((DATA / "verbs.txt").read_text(encoding="utf-8").split())
    cues = frozenset(lx.cue_index)
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    surnames: dict[str, Counter[str]] = {}
    for rec in records(corpora):
        toks = [fold(t) for t in _WORD.findall(rec["text"])]
        total.update(toks)
        subjects = {
            b
            for a, b in pairwise(toks)
            if a in cues and len(b) > 2 and b not in skip and b not in lx.not_names and b not in verb_words
        }
        if not subjects:
            continue
        seen: set[str] = set()
        for a, b in pairwise(toks):
            if b in subjects and a not in seen and len(a) > 2 and a[:1].isalpha():
                seen.add(a)
                found[a] += 1
                surnames.setdefault(a, Counter())[b] += 1
    for w, n in sorted(found.items(), key=lambda x: -x[1]):
        if (
            n >= 3
            and n >= 0.03 * total[w]
            and not w.startswith(("ال", "وال", "بال", "لل"))
            and w not in skip
            and w not in lx.not_names
            and w[1:] not in lx.not_names  # (بسبب، لنقل: a preposition on a common word)
            and w not in lx.cue_index
            and w not in verb_words
        ):
            print(w, n, total[w], " ".join(f for f, _ in surnames[w].most_common(3)))


if __name__ == "__main__":
    {"verbs": verbs, "given": given, "ranked": ranked, "surnamed": surnamed}[sys.argv[1]](Path(sys.argv[2]))
