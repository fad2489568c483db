"""Mine spelling variants for search: words an Arabic reader takes for one (امريكا/اميركا).

Arabic news spells foreign names as each desk hears them: long vowels written or not (ترامب،
ترمب؛ بوتين، بوتن؛ الديمقراطية، الديموقراطية) and g as غ, ج or ق (غوغل، جوجل). Searching one
spelling misses the others (in the shared corpora `الأمريكي` matched 6,505 articles and
`الأميركي` 6,982 others). A pair of corpus words is a variant when

- their search stems differ and have one skeleton: the first and last letter, and between them
  the consonants with ا و ي dropped and غ ق folded to ج;
- their corpus word2vec vectors (the neural entity tagger's table, `ner_bilstm.npz`: 100-d,
  learned from the akhbar news corpora) have cosine >= `--min-cosine`: the same word in the same
  contexts, not two words that share consonants (كاتب/كتب);
- neither is an Arabic given name (سعد/سعود، سمير/سامر: people, not spellings), nor is the pair
  one of the few read by hand as two words (`_NOT_VARIANTS`);
- both are names (the entity tagger's corpus gazetteer labels them, or the place a nisba comes
  from: امريكي، اميركي from امريكا، اميركا), or the skeleton is long
  (`--min-skeleton` letters: loanwords such as ديمقراطية، كمبيوتر، كوليسترول), one stem is the
  other with و/ي written (not the ا of a verbal noun: انتظار/انتظر) and neither word ends in a
  pronoun (ثقافاتهم/ثقافتهم are a plural and a singular, not two spellings).

Second, hamza seats: a word the corpora spell with its hamza on another seat (ؤ، ئ، ء) as often
as five times each way (مسؤول/مسئول، شؤون/شئون، أبناؤهم/أبنائهم/أبناءهم: one word, its case or
the desk's habit). The search form folds ؤ to و and ئ to ي, so these meet only through this table;
kept when both stems have four letters or more and one length (a seat changed, not dropped: the
stem of أبنائه is ابنا, which would also meet نظرا/نظراء-like pairs).

Pairs are written as search stems (`akhbar.search.stem.analyze`), so the index is untouched: a
query word's stem is searched together with its variants' stems. Run from the repo root:

    .venv/bin/python tools/mine_variants.py > src/akhbar/data/search_variants.tsv  # --corpora DIR

Read the pairs it writes before committing them: a pair wrongly taken for one word makes every
search for either return both.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

from akhbar.extract import entities
from akhbar.extract.lexicon import lexicon
from akhbar.normalize import search_form
from akhbar.search.stem import analyze

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "src" / "akhbar" / "models" / "ner_bilstm.npz"
CORPORA = ROOT.parent / "shared" / "corpora"
_SEATS = "ؤئء"
_HAMZA_WORD = re.compile("[\u0621-\u064a]*[ؤئء][\u0621-\u064a]*")
_LETTERS = re.compile("[\u0621-\u064a]{4,}")
_VOWELS = re.compile("[اوي]")
_G = str.maketrans({"غ": "ج", "ق": "ج"})
_CLITIC = re.compile("^(?:و|ف|ب|ل|ك|ال|وال|بال|لل)")
_UNWRITTEN = re.compile("[وي]")
# Read by hand (2026-11-30) in the pairs the rules let through: two words, not two spellings (an
# adverb and a nisba, a verb's dual and plural, two countries, two names). Stems, sorted pairs.
_NOT_VARIANTS = frozenset(
    [
        ("ابداعا", "ابداعيا"),
        ("اصلاحا", "اصلاحيا"),
        ("برنامجهما", "برنامجيهما"),
        ("بونوتش", "بيانيتش"),
        ("تسمما", "تسمموا"),
        ("تعلموا", "تعليما"),
        ("تقبلا", "تقبلوا"),
        ("غانا", "غينيا"),
        ("غنام", "غنيم"),
        ("ماتا", "ماتيا"),
        ("مباراتهما", "مبارياتهما"),
        ("متفوقا", "متوفقا"),
        ("ممزقا", "ممزوجا"),
        ("يتحلوا", "يتحولوا"),
        ("راءهم", "رايهم"),  # وراءهم (behind them) / رأيهم (their opinion)
        ("لاءهم", "لايهم"),  # ولاءهم / لا يهم
    ]
)
_PRONOUN = ("هم", "ها", "كم", "هن", "نا", "ني")


def skeleton(word: str) -> str:
    """First letter, the inner consonants (long vowels dropped, g letters one), last letter."""
    return (word[0] + _VOWELS.sub("", word[1:-1]) + word[-1]).translate(_G)


def _vowel_written(a: str, b: str) -> bool:
    """The stems differ only in written و/ي (and g letters): كومبيوتر/كمبيوتر، اميركا/امريكا; not
    in the ا of a verbal noun (انتظار/انتظر) nor a vowel changed (مستدام/مستديم)."""
    return _UNWRITTEN.sub("", a.translate(_G)) == _UNWRITTEN.sub("", b.translate(_G))


def _is_name(word: str, stem: str, names: dict[str, tuple[str, float]]) -> bool:
    """The entity tagger's corpus gazetteer labels the word, its stem, or the place its nisba
    comes from (الاميركية: اميرك + ا = اميركا), with a share of 0.7 or more."""
    for key in (word, stem, stem + "ا"):
        entry = names.get(entities.fold(key))
        if entry is not None and entry[1] >= 0.7:
            return True
    return False


def vector_pairs(args: argparse.Namespace) -> dict[tuple[str, str], str]:
    """Foreign words spelt two ways: one skeleton, one corpus context (see the module docstring)."""
    with np.load(VECTORS, allow_pickle=False) as z:
        words = str(z["words"]).split("\n")
        vectors = z["codes"].astype(np.float32) * z["scale"].astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-8
    given = {search_form(w) for w in lexicon().given_names}
    names = entities.WordTables.load().gazetteer
    groups: dict[str, list[int]] = defaultdict(list)
    stems: dict[int, str] = {}
    for i, word in enumerate(words[2:], start=2):  # rows 0 and 1: padding and unknown
        if _LETTERS.fullmatch(word):
            stems[i] = analyze(word)[0]
            if len(stems[i]) >= args.min_stem:
                groups[skeleton(stems[i])].append(i)
    support: dict[tuple[str, str], list[float]] = defaultdict(list)
    for key, rows in groups.items():
        for i, j in combinations(rows, 2):
            a, b, sa, sb = words[i], words[j], stems[i], stems[j]
            if sa == sb or any(x in given for x in (sa, sb, _CLITIC.sub("", a), _CLITIC.sub("", b))):
                continue
            if not (_is_name(a, sa, names) and _is_name(b, sb, names)) and (
                len(key) < args.min_skeleton
                or a.endswith(_PRONOUN)
                or b.endswith(_PRONOUN)
                or not _vowel_written(sa, sb)
            ):
                continue
            cosine = float(vectors[i] @ vectors[j])
            if cosine >= args.min_cosine:
                support[min(sa, sb), max(sa, sb)].append(cosine)
    return {pair: f"vectors {max(c):.2f} x{len(c)}" for pair, c in support.items()}


def hamza_pairs(corpora: Path, min_count: int = 5) -> dict[tuple[str, str], str]:
    """Stems of one word written with its hamza on two seats, each spelling seen `min_count`+ times."""
    counts: Counter[str] = Counter()
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                counts.update(_HAMZA_WORD.findall(line))
    found: dict[tuple[str, str], str] = {}
    for word, n in sorted(counts.items()):
        if n < min_count:
            continue
        for i, seat in enumerate(word):
            for other in _SEATS.replace(seat, "") if seat in _SEATS else "":
                alt = word[:i] + other + word[i + 1 :]
                if counts[alt] < min_count:
                    continue
                sa, sb = analyze(search_form(word))[0], analyze(search_form(alt))[0]
                if sa != sb and len(sa) == len(sb) >= 4:
                    found.setdefault((min(sa, sb), max(sa, sb)), f"hamza {word}/{alt}")
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--min-cosine", type=float, default=0.88)
    ap.add_argument("--min-stem", type=int, default=4, help="shortest stem kept")
    ap.add_argument("--min-skeleton", type=int, default=5, help="shortest skeleton of a non-name")
    ap.add_argument("--corpora", type=Path, default=CORPORA, help="the news corpora (*.jsonl.gz)")
    args = ap.parse_args(argv)
    if not any(args.corpora.glob("*.jsonl.gz")):
        ap.error(f"no *.jsonl.gz corpora in {args.corpora}")
    pairs = hamza_pairs(args.corpora) | vector_pairs(args)
    out = sys.stdout
    out.write(
        "# Spelling variants of search stems, mined by tools/mine_variants.py "
        f"(--min-cosine {args.min_cosine}): stem, stem, the evidence.\n"
    )
    for pair, evidence in sorted(pairs.items()):
        if pair not in _NOT_VARIANTS:
            out.write(f"{pair[0]}\t{pair[1]}\t{evidence}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
