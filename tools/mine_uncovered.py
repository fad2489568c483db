"""Mine the statement sites the extractor does not cover, grouped by the words before them.

    .venv/bin/python tools/mine_uncovered.py [N] [--seed S] [--show WORD]

Runs `process_page` over N (default 10,000) records drawn with a fixed seed from both corpora
(a record's page is title + "\\n\\n" + text) and finds candidate statement sites: an opening
quotation mark (« “ "), a colon followed by 3+ words, a complementizer أن/إن/بأن (with a pronoun
suffix) not after a subordinating word (بعد أن ...). A site is uncovered when no extracted
statement of its paragraph overlaps the 40 characters after it. Prints, for uncovered sites, the
most frequent groups by: the word just before the site; the clause's first word (after the last
sentence end or comma, at most 8 words back); every word in the 8 before (a bag, as
tools/mine_cues.py counts), each folded and without the clitics و/ف/ب/ل. Words already cue keys
are marked '*'. `--show WORD` prints 25 uncovered sites whose bag holds WORD (folded).

`--dropped` instead counts the anchors the extractor found (a cue with its complement) but
turned into no statement, mostly for want of a speaker, grouped by (cue kind, mode, speaker
phrase read, anyone spoken before), and prints 40 of them: the round-7 classes (an elided cue
with nobody before it, a document as subject, a feminine raw subject) came from this list.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from akhbar.extract.lexicon import fold, lexicon
from akhbar.pipeline import Options, process_page
from akhbar.read import Page
from akhbar.records import Source

CORPORA = [
    Path("/work/shared/corpora/ant2018.jsonl.gz"),
    Path("/work/shared/corpora/saudinewsnet2015.jsonl.gz"),
]
_TOK = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670\u0640\w]+|[«»\"“”:،,.؟!?؛]")
_THAT = frozenset(fold(w) for w in ["أن", "إن", "بأن", "وأن", "وإن", "فإن"])
_SUFFIX = ("ه", "ها", "هم", "هما", "نا", "ني", "ي", "هن")
_SENT = frozenset(".؟!?؛")
_NOT_BEFORE = frozenset(
    fold(w)
    for w in [
        "بعد",
        "قبل",
        "منذ",
        "حتى",
        "دون",
        "رغم",
        "بما",
        "من",
        "لو",
        "إلا",
        "مع",
        "على",
        "غير",
        "بمجرد",
        "كما",
        "يجب",
        "ينبغي",
        "يمكن",
        "يريد",
        "تريد",
        "أراد",
        "أرادت",
        "بد",
        "ضرورة",
        "قرر",
        "قررت",
        "استطاع",
        "تستطيع",
        "يستطيع",
        "عليه",
        "عليها",
        "عليهم",
        "أجل",
        "لأجل",
        "خشية",
        "بشرط",
        "شأنه",
        "شأنها",
        "المقرر",
        "المتوقع",
        "المنتظر",
        "الممكن",
        "الضروري",
        "المفترض",
        "المرجح",
        "المحتمل",
    ]
)


_OPTS = Options(entities=False)


def strip(w: str) -> str:
    """A folded word without the leading clitics و/ف and ب/ل (وبحسب -> حسب, ولفت stays when short)."""
    for _ in range(2):
        if len(w) > 3 and w[0] in "وفبل":
            w = w[1:]
    return w


def is_that(w: str) -> bool:
    if w in _THAT:
        return True
    return any(w.startswith(base) and w[len(base) :] in _SUFFIX for base in ("ان", "بان", "وان", "فان"))


def records(n: int, seed: int) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in CORPORA:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    random.Random(seed).shuffle(rows)
    return rows[:n]


def sites(text: str) -> list[tuple[int, str, list[str]]]:
    """(char offset of the site, construction, the 8 folded words before it)."""
    out: list[tuple[int, str, list[str]]] = []
    toks = [(m.start(), m.group()) for m in _TOK.finditer(text)]
    keys = [fold(t) for _, t in toks]
    for i, (pos, t) in enumerate(toks):
        kind = None
        if t in "«“" or (t == '"' and text[:pos].count('"') % 2 == 0):
            kind = "quote"
        elif t == ":" and sum(1 for _, u in toks[i + 1 : i + 4] if u[0].isalpha()) >= 3:
            kind = "colon"
        elif is_that(keys[i]) and i > 0 and _NOT_BEFORE.isdisjoint((strip(keys[i - 1]), keys[i - 1])):
            kind = "that"
        if kind is None:
            continue
        before: list[str] = []
        for j in range(i - 1, max(-1, i - 9), -1):
            if keys[j] in _SENT:
                break
            before.append(keys[j])
        before.reverse()
        out.append((pos, kind, before))
    return out


def dropped(rows: list[dict[str, str]]) -> None:
    """Anchors that yield no statement (see the module's `--dropped`)."""
    from akhbar.extract import quotes as q  # the extractor's internals, for this diagnosis only

    found: list[tuple[tuple[str, str, bool, bool], str]] = []
    emit_anchors = q._Article._emit_anchors

    def spy(
        self: q._Article, pi: int, text: str, toks: list[q.Tok], anchors: list[q.Anchor], sents: q.Sentences
    ) -> None:
        n0 = len(self.out)
        spoken = bool(self.history)
        emit_anchors(self, pi, text, toks, anchors, sents)
        starts = [x.start for x in self.out[n0:]]
        for a in anchors:
            if a.content < len(toks) and not any(abs(s - toks[a.content].start) <= 3 for s in starts):
                at = toks[a.cue_at].start
                key = (a.cue.kind, a.mode, a.mention is not None, spoken)
                found.append((key, f"{toks[a.cue_at].text}: {text[max(0, at - 100) : at + 120]}"))

    q._Article._emit_anchors = spy  # type: ignore[method-assign]
    for rec in rows:
        process_page(
            Page(text=rec["title"] + "\n\n" + rec["text"], source=Source(path=str(rec["id"]))), _OPTS
        )
    q._Article._emit_anchors = emit_anchors  # type: ignore[method-assign]
    print(len(found), "dropped anchors; (kind, mode, speaker phrase read, anyone spoken before):")
    for key, c in Counter(k for k, _ in found).most_common():
        print(f"{c:6d}  {key}")
    for _, line in random.Random(5).sample(found, min(40, len(found))):
        print(line, "\n")


def main() -> None:
    args = sys.argv[1:]
    show = args[args.index("--show") + 1] if "--show" in args else None
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 2026
    nums = [a for a in args if a.isdigit() and a != str(seed)]
    n = int(nums[0]) if nums else 10000
    lx = lexicon()
    cue_keys = set(lx.cue_index) | set(lx.post)
    prev: Counter[tuple[str, str]] = Counter()
    first: Counter[tuple[str, str]] = Counter()
    bag: Counter[str] = Counter()
    bag_cov: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    shown = 0
    if "--dropped" in args:
        dropped(records(n, seed))
        return
    for rec in records(n, seed):
        art = process_page(
            Page(text=rec["title"] + "\n\n" + rec["text"], source=Source(path=str(rec["id"]))), _OPTS
        )
        spans: dict[int, list[tuple[int, int]]] = {}
        for q in art.quotes:
            spans.setdefault(q.paragraph, []).append((q.start, q.end))
        for pi, para in enumerate(art.paragraphs):
            text = para.text
            for pos, kind, before in sites(text):
                covered = any(a <= pos + 40 and b >= pos for a, b in spans.get(pi, ()))
                totals[kind + (" covered" if covered else " uncovered")] += 1
                words = [strip(w) for w in before if w[:1].isalpha()]
                if covered:
                    bag_cov.update(set(words))
                    continue
                if words:
                    prev[(kind, words[-1])] += 1
                    cut = max((k for k, w in enumerate(before) if w in ("،", ",", ":")), default=-1)
                    clause = [strip(w) for w in before[cut + 1 :] if w[:1].isalpha()]
                    if clause:
                        first[(kind, clause[0])] += 1
                bag.update(set(words))
                if show and fold(show) in words and shown < 25:
                    shown += 1
                    print(f"[{kind}] {text[max(0, pos - 120) : pos + 100]}\n")
    if show:
        return
    print("sites:", dict(totals))

    def mark(w: str) -> str:
        return w + ("*" if w in cue_keys or ("و" + w) in cue_keys else "")

    print("\n== word just before the site (kind, word): uncovered count")
    for (k, w), c in prev.most_common(80):
        print(f"{c:6d}  {k:6s} {mark(w)}")
    print("\n== clause's first word")
    for (k, w), c in first.most_common(80):
        print(f"{c:6d}  {k:6s} {mark(w)}")
    print("\n== bag of the 8 words before: uncovered (covered)")
    for w, c in bag.most_common(150):
        print(f"{c:6d} ({bag_cov[w]:6d})  {mark(w)}")


if __name__ == "__main__":
    main()
