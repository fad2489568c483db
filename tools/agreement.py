"""Inter-annotator agreement on the statement gold sets, scored with the shared scorer.

    .venv/bin/python tools/agreement.py             # figures: both directions, per set and pooled
    .venv/bin/python tools/agreement.py --list      # every disagreement, aligned, with its class

A second annotator re-annotated pages of blind9 and blind10 into tests/extract/agreement/second/.
One annotation becomes the scorer's gold and the other its predictions: each entry turns into a
predicted statement whose `speaker` is the entry's speaker (one string, as a system gives one)
and whose `text` is the place of the statement on the page (`--extent`, see `extents`; by
default the entry's sentence cut at the annotator's own neighbouring snippets). Two entries for
the same statement thus match whichever 5-12 words each annotator chose, as long as they sit in
the same place. Matching, optional gold and attribution are score.py's own (`score_article`),
imported from ../shared/eval; `--list` pairs entries exactly as it does (totals checked against
it) and prints each disagreement with its class from tests/extract/agreement/classes.json.
"""

from __future__ import annotations

import argparse
import bisect
import importlib.util
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SECOND = ROOT / "tests" / "extract" / "agreement" / "second"
CLASSES = ROOT / "tests" / "extract" / "agreement" / "classes.json"
SETS = {"blind9": ROOT / "tests" / "extract" / "blind9", "blind10": ROOT / "tests" / "extract" / "blind10"}
METRICS = ("detection", "attribution", "strict")

# A sentence ends at . ! ? ؟ ؛ followed by a space; a line break ends one too.
_SENTENCE_END = re.compile(r"(?<=[.!?؟؛])\s+")

Quote = dict[str, Any]


def load_scorer(path: Path = SCORER) -> ModuleType:
    """The shared scorer as a module, so matching and folding are exactly its own."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Page:
    """A raw page as canonical tokens, each tagged with the sentence and line it comes from."""

    def __init__(self, raw: str, scorer: ModuleType) -> None:
        self.tokens: list[str] = []
        self.sentence: list[int] = []  # per token: index of its sentence
        self.line: list[int] = []  # per token: index of its line
        n_sentences = 0
        for n_line, line in enumerate(x for x in raw.splitlines() if x.strip()):
            for sentence in _SENTENCE_END.split(line.strip()):
                toks = scorer.tokens(sentence)
                self.tokens += toks
                self.sentence += [n_sentences] * len(toks)
                self.line += [n_line] * len(toks)
                n_sentences += 1
        self.text = " ".join(self.tokens)
        self._starts = [0]
        for tok in self.tokens[:-1]:
            self._starts.append(self._starts[-1] + len(tok) + 1)
        self.scorer = scorer

    def span(self, contains: str, occurrence: int) -> tuple[int, int] | None:
        """Token range [start, end) of the `occurrence`-th match of `contains` (else the last one)."""
        needle = self.scorer.canon(contains)
        at, found = -1, -1
        for _ in range(occurrence + 1):
            found = self.text.find(needle, at + 1) if needle else -1
            if found < 0:
                break
            at = found
        if at < 0:
            return None
        first = bisect.bisect_right(self._starts, at) - 1
        last = bisect.bisect_right(self._starts, at + len(needle) - 1) - 1
        return first, last + 1

    def unit(self, index: int, mode: str) -> tuple[int, int]:
        """Token range of the sentence (or line) that holds token `index`."""
        owner = self.line if mode == "paragraph" else self.sentence
        lo = hi = index
        while lo > 0 and owner[lo - 1] == owner[index]:
            lo -= 1
        while hi < len(owner) and owner[hi] == owner[index]:
            hi += 1
        return lo, hi


def extents(quotes: list[Quote], page: Page, mode: str) -> list[str]:
    """Each entry's predicted statement text on the page.

    snippet: the entry's `contains`; sentence / paragraph: the sentence(s) / line(s) holding it;
    clause: that sentence cut at the annotator's own neighbouring snippets (from the end of the
    previous entry's snippet to the start of the next one's), so that two cues in one sentence
    ('قال ... إن A، مضيفا أن B') are two places and a snippet of the other annotator matches the
    entry it sits beside, not whichever comes first.
    """
    seen: Counter[str] = Counter()
    spans: list[tuple[int, int] | None] = []
    for q in quotes:
        key = page.scorer.canon(q["contains"])
        spans.append(page.span(q["contains"], seen[key]))
        seen[key] += 1
    out = []
    for q, span in zip(quotes, spans, strict=True):
        if mode == "snippet" or span is None:
            out.append(q["contains"])
            continue
        lo, hi = page.unit(span[0], mode)
        hi = max(hi, page.unit(span[1] - 1, mode)[1])
        if mode == "clause":
            others = [s for s in spans if s is not None and s != span]
            lo = max([lo, *(e for s, e in others if s < span[0] and e <= span[0])])
            hi = min([hi, *(s for s, e in others if s >= span[1])])
        out.append(" ".join(page.tokens[lo:hi]))
    return out


def predictions(quotes: list[Quote], page: Page, mode: str, optional: bool) -> list[Quote]:
    """An annotation as the scorer's predicted statements (optional entries kept or dropped)."""
    return [
        {"text": text, "speaker": q["speaker"], "entry": q}
        for q, text in zip(quotes, extents(quotes, page, mode), strict=True)
        if optional or not q.get("optional")
    ]


@dataclass(frozen=True, slots=True)
class Outcome:
    """One gold entry and the prediction the scorer paired with it (if any)."""

    gold: Quote
    pred: Quote | None
    attribution: bool
    strict: bool


def pair(gold: list[Quote], preds: list[Quote], scorer: ModuleType) -> tuple[list[Outcome], list[Quote]]:
    """score_article's one-to-one matching, entry by entry: required gold first, then optional."""
    used: set[int] = set()
    outcomes = []
    for gq in sorted(gold, key=lambda q: bool(q.get("optional"))):
        needle = scorer.canon(gq["contains"])
        hit = next(
            (i for i, p in enumerate(preds) if i not in used and needle in scorer.canon(p["text"])), None
        )
        if hit is None:
            outcomes.append(Outcome(gq, None, False, False))
            continue
        used.add(hit)
        aliases = [gq["speaker"], *gq.get("aliases", [])]
        speaker = preds[hit]["speaker"]
        outcomes.append(
            Outcome(
                gq,
                preds[hit],
                bool(scorer.speaker_matches(aliases, speaker)),
                bool(scorer.names_speaker(gq["speaker"], speaker)),
            )
        )
    return outcomes, [p for i, p in enumerate(preds) if i not in used]


def score_page(
    gold: list[Quote], preds: list[Quote], scorer: ModuleType
) -> tuple[Counter[str], list[Outcome], list[Quote]]:
    """The scorer's counts for one page, checked against this module's own pairing."""
    det, att, n_pred, n_gold, strict = scorer.score_article({"quotes": gold}, {"quotes": preds}, [])["quotes"]
    outcomes, extra = pair(gold, preds, scorer)
    required = [o for o in outcomes if not o.gold.get("optional")]
    mine = (
        sum(o.pred is not None for o in required),
        sum(o.attribution for o in required),
        len(preds) - sum(o.pred is not None for o in outcomes if o.gold.get("optional")),
        len(required),
        sum(o.strict for o in required),
    )
    if mine != (det, att, n_pred, n_gold, strict):
        raise SystemExit(f"pairing differs from score.py: {mine} != {(det, att, n_pred, n_gold, strict)}")
    counts = Counter(det=det, attribution=att, strict=strict, pred=n_pred, gold=n_gold)
    return counts, outcomes, extra


def f1(counts: Counter[str], metric: str, scorer: ModuleType) -> float:
    """F1 of one metric (detection, attribution, strict) from summed page counts."""
    tp = counts["det" if metric == "detection" else metric]
    return float(scorer.prf(tp, counts["pred"], counts["gold"])[2])


def load(folder: Path, name: str) -> list[Quote]:
    quotes: list[Quote] = json.loads((folder / f"{name}.gold.json").read_text(encoding="utf-8"))["quotes"]
    return quotes


def pages() -> list[tuple[str, str]]:
    """(set, page name) of every second annotation, the set read from the file suffix (_j / _k)."""
    out = []
    for path in sorted(SECOND.glob("*.gold.json")):
        name = path.name[: -len(".gold.json")]
        label = next(s for s, d in SETS.items() if (d / f"{name}.txt").exists())
        out.append((label, name))
    return out


def run(mode: str, optional: bool, scorer: ModuleType) -> dict[str, dict[str, Counter[str]]]:
    """Summed counts per direction and set: 'first' = blind9/10 gold scored against the second."""
    result: dict[str, dict[str, Counter[str]]] = {"first": {}, "second": {}}
    for label, name in pages():
        page = Page((SETS[label] / f"{name}.txt").read_text(encoding="utf-8"), scorer)
        first, second = load(SETS[label], name), load(SECOND, name)
        for direction, gold, other in (("first", first, second), ("second", second, first)):
            counts, _, _ = score_page(gold, predictions(other, page, mode, optional), scorer)
            for key in (label, "pooled"):
                result[direction].setdefault(key, Counter()).update(counts)
    for per_set in result.values():
        per_set["pooled"] = per_set.pop("pooled")  # printed last
    return result


def report(mode: str, scorer: ModuleType) -> None:
    print(f"extent: {mode}; detection / attribution / strict F1 (P/R of detection)")
    for optional in (True, False):
        preds = "all entries" if optional else "required entries only"
        for direction, result in run(mode, optional, scorer).items():
            who = "first gold vs second's" if direction == "first" else "second gold vs first's"
            for label, counts in result.items():
                p, r, _ = scorer.prf(counts["det"], counts["pred"], counts["gold"])
                figs = " / ".join(f"{f1(counts, m, scorer):.3f}" for m in METRICS)
                print(
                    f"  {who:24} {preds:22} {label:8} {figs}   P {p:.3f} R {r:.3f}"
                    f"   (gold {counts['gold']}, pred {counts['pred']})"
                )


def _flag(q: Quote) -> str:
    return "opt" if q.get("optional") else "req"


def disagreements(scorer: ModuleType) -> list[dict[str, str]]:
    """Every pair or lone entry where the two annotations differ in what the scorer counts."""
    rows = []
    for label, name in pages():
        page = Page((SETS[label] / f"{name}.txt").read_text(encoding="utf-8"), scorer)
        first, second = load(SETS[label], name), load(SECOND, name)
        outcomes, extra = pair(first, predictions(second, page, "clause", True), scorer)
        for o in outcomes:
            a = o.gold
            if o.pred is None:
                rows.append(
                    {
                        "page": name,
                        "kind": f"first only ({_flag(a)})",
                        "contains": a["contains"],
                        "first": a["speaker"],
                        "second": "",
                    }
                )
                continue
            b = o.pred["entry"]
            back = [b["speaker"], *b.get("aliases", [])]
            att = (
                o.attribution,
                o.strict,
                scorer.speaker_matches(back, a["speaker"]),
                scorer.names_speaker(b["speaker"], a["speaker"]),
            )
            kind = []
            if _flag(a) != _flag(b):
                kind.append(f"first {_flag(a)}, second {_flag(b)}")
            if not all(att):
                kind.append("speaker")
            if kind:
                rows.append(
                    {
                        "page": name,
                        "kind": "; ".join(kind),
                        "contains": a["contains"],
                        "first": a["speaker"],
                        "second": b["speaker"],
                    }
                )
        for p in extra:
            b = p["entry"]
            rows.append(
                {
                    "page": name,
                    "kind": f"second only ({_flag(b)})",
                    "contains": b["contains"],
                    "first": "",
                    "second": b["speaker"],
                }
            )
    return rows


def show(scorer: ModuleType) -> None:
    classes = (
        {(c["page"], c["contains"]): c for c in json.loads(CLASSES.read_text(encoding="utf-8"))}
        if CLASSES.exists()
        else {}
    )
    tally: Counter[str] = Counter()
    for row in disagreements(scorer):
        c = classes.get((row["page"], row["contains"]), {})
        if not c.get("same_as"):  # the other side of a disagreement already counted
            tally[c.get("class", "unclassified")] += 1
        print(f"{row['page']:16} {row['kind']:28} [{c.get('class', '?')}] {row['contains']}")
        print(
            f"{'':16} first: {row['first'] or '-'} | second: {row['second'] or '-'}"
            + (f" | {c['note']}" if c.get("note") else "")
        )
    print("disagreements by class:", dict(sorted(tally.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--extent", choices=("clause", "sentence", "paragraph", "snippet"), default="clause")
    parser.add_argument("--list", action="store_true", help="print every disagreement and its class")
    args = parser.parse_args()
    scorer = load_scorer()
    if args.list:
        show(scorer)
    else:
        report(args.extent, scorer)


if __name__ == "__main__":
    main()
