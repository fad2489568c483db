"""Entity-level scores of the named-entity tagger on a `token TAG` (ANERcorp-style) file.

Scores are seqeval's strict IOB2 mode: an entity counts only when its label and both
boundaries match the gold one exactly. ANERcorp's PERS is read as PER.

    python -m akhbar.evaluate_ner ../shared/data/anercorp/ANERCorp_CamelLab_test.txt
    python -m akhbar.evaluate_ner tools/ner_extra/test.jsonl [--corpora ../shared/corpora]
    python -m akhbar.evaluate_ner DEV.txt --compare A.npz B.npz [--gazetteer GAZ.tsv]

`--compare` scores two exported CRFs on the same file and prints F1(B) - F1(A) with a 95%
paired-bootstrap interval over 15-sentence documents: on the 964-entity train-dev split the
interval is about +-1.7 points, so smaller differences there are noise.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from seqeval.metrics import classification_report  # type: ignore[import-untyped]
from seqeval.scheme import IOB2, Entities  # type: ignore[import-untyped]

from akhbar.extract.entities import NerModel, WordTables, load_model, tokenize
from akhbar.normalize import display_form

_log = logging.getLogger("akhbar.evaluate_ner")

__all__ = [
    "DOCUMENT_SENTENCES",
    "document_counts",
    "entity_scores",
    "ner_scores",
    "paired_bootstrap",
    "read_conll",
    "read_standoff",
    "sentence_sha1",
    "standoff_scores",
    "tag_documents",
]


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """`token TAG` lines into (tokens, tags) sentences split at blank lines; PERS becomes PER."""
    sents: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        words.append(parts[0])
        tags.append(parts[-1].replace("PERS", "PER"))
    if words:
        sents.append((words, tags))
    return sents


def sentence_sha1(words: Sequence[str]) -> str:
    """The fingerprint a standoff line keeps of its sentence: SHA-1 of the tokens joined by spaces."""
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def read_standoff(path: Path, corpora: Path) -> list[tuple[list[str], list[str]]]:
    """Annotated corpus sentences stored standoff (tools/ner_extra: no article text in the repo).

    Each line of `path` names a sentence of the shared corpora (file, record, paragraph of the
    `display_form` text, token range of `entities.tokenize`), the SHA-1 of its tokens and its
    entities as token ranges; the text is read back from `corpora`. A sentence whose tokens no
    longer hash the same (another tokenizer, another corpus copy) is skipped with a warning.
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted: dict[str, dict[int, list[dict[str, object]]]] = {}
    for row in rows:
        wanted.setdefault(str(row["source"]), {}).setdefault(int(row["record"]), []).append(row)
    out: list[tuple[list[str], list[str]]] = []
    skipped = 0
    for source, records in sorted(wanted.items()):
        with gzip.open(corpora / f"{source}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i not in records:
                    continue
                paragraphs = display_form(json.loads(line).get("text") or "").split("\n")
                for row in records[i]:
                    p, lo, hi = int(row["paragraph"]), int(row["start"]), int(row["end"])  # type: ignore[call-overload]
                    words = [t for t, _, _ in tokenize(paragraphs[p])][lo:hi] if p < len(paragraphs) else []
                    if sentence_sha1(words) != row["sha1"]:
                        skipped += 1
                        continue
                    tags = ["O"] * len(words)
                    for label, a, b in row["entities"]:  # type: ignore[attr-defined]
                        tags[a] = f"B-{label}"
                        tags[a + 1 : b] = [f"I-{label}"] * (b - a - 1)
                    out.append((words, tags))
    if skipped:
        _log.warning("%s: %d of %d sentences no longer match the corpora, skipped", path, skipped, len(rows))
    _log.info("standoff: %d annotated corpus sentences from %s", len(out), path)
    return out


# ANERcorp has no article boundaries: consecutive sentences come from the same article, so
# runs of this many sentences (about 480 tokens, a typical news article) are tagged as one
# document, as `tag_entities` tags an article (names found once are propagated).
DOCUMENT_SENTENCES = 15


def ner_scores(
    test_path: str | Path, model: NerModel | None = None, document_sentences: int = DOCUMENT_SENTENCES
) -> dict[str, dict[str, float]]:
    """Strict entity-level precision/recall/F1/support, overall (`"overall"`) and per label.

    `document_sentences=0` tags sentence by sentence, without document-level propagation.
    """
    sents = read_conll(Path(test_path))
    pred = tag_documents(model or load_model(), [w for w, _ in sents], document_sentences)
    return entity_scores([t for _, t in sents], pred)


def standoff_scores(
    path: str | Path, corpora: str | Path, model: NerModel | None = None
) -> dict[str, dict[str, float]]:
    """Strict entity scores on standoff-annotated corpus sentences, tagged one by one (no article)."""
    sents = read_standoff(Path(path), Path(corpora))
    pred = tag_documents(model or load_model(), [w for w, _ in sents], 0)
    return entity_scores([t for _, t in sents], pred)


def tag_documents(
    tagger: NerModel, sents: list[list[str]], document_sentences: int = DOCUMENT_SENTENCES
) -> list[list[str]]:
    """Tags of every sentence, runs of `document_sentences` tagged as one article (0: none)."""
    size = document_sentences or 256
    pred: list[list[str]] = []
    for lo in range(0, len(sents), size):
        pred.extend(tagger.tag_batch(sents[lo : lo + size], document=document_sentences > 0))
    return pred


def entity_scores(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Strict IOB2 entity-level precision/recall/F1/support (seqeval), overall and per label."""
    report = classification_report(gold, pred, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    out: dict[str, dict[str, float]] = {}
    for name, row in report.items():
        key = "overall" if name == "micro avg" else name
        if key == "overall" or name in {"PER", "ORG", "LOC", "MISC"}:
            out[key] = {
                "precision": float(row["precision"]),
                "recall": float(row["recall"]),
                "f1": float(row["f1-score"]),
                "support": float(row["support"]),
            }
    return out


def document_counts(
    gold: Sequence[list[str]], pred: Sequence[list[str]], size: int = DOCUMENT_SENTENCES
) -> npt.NDArray[np.int64]:
    """(true positives, predicted, gold) strict IOB2 entities of each run of `size` sentences."""
    found = Entities(list(pred), IOB2).entities
    wanted = Entities(list(gold), IOB2).entities
    out = np.zeros(((len(gold) + size - 1) // size, 3), dtype=np.int64)
    for i, (p, g) in enumerate(zip(found, wanted, strict=True)):
        ps, gs = {e.to_tuple() for e in p}, {e.to_tuple() for e in g}
        out[i // size] += (len(ps & gs), len(ps), len(gs))
    return out


def paired_bootstrap(
    a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], rounds: int = 2000, seed: int = 0
) -> tuple[float, float, float]:
    """F1(b) - F1(a) over `document_counts` rows, and the 95% interval of resampled documents.

    Both systems are scored on the same resampled documents (paired), so the interval says how
    much of a difference the choice of documents alone could make.
    """

    def f1(c: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
        tot = c.sum(axis=-2)
        out: npt.NDArray[np.float64] = 2 * tot[..., 0] / np.maximum(tot[..., 1] + tot[..., 2], 1)
        return out

    idx = np.random.default_rng(seed).integers(0, len(a), (rounds, len(a)))
    diff = f1(b[idx]) - f1(a[idx])
    lo, hi = np.percentile(diff, [2.5, 97.5])
    return float(f1(b) - f1(a)), float(lo), float(hi)


def main(argv: list[str] | None = None) -> int:
    """Print the scores of the shipped model, or compare two exported CRFs (see the docstring)."""
    ap = argparse.ArgumentParser(description="Entity-level scores on a `token TAG` file.")
    ap.add_argument("path", type=Path, help="ANERcorp-style file to score")
    ap.add_argument("--compare", type=Path, nargs=2, metavar=("A", "B"), help="two exported CRFs (.npz)")
    ap.add_argument("--gazetteer", type=Path, help="gazetteer the compared CRFs were trained with")
    ap.add_argument(
        "--corpora",
        type=Path,
        default=Path("../shared/corpora"),
        help="corpora a .jsonl standoff file points into",
    )
    args = ap.parse_args(argv)
    if not args.compare:
        if args.path.suffix == ".jsonl":
            print(json.dumps(standoff_scores(args.path, args.corpora), indent=2))
        else:
            print(json.dumps(ner_scores(args.path), indent=2))
        return 0
    tables = WordTables.load(gazetteer_path=args.gazetteer) if args.gazetteer else WordTables.load()
    sents = read_conll(args.path)
    gold = [t for _, t in sents]
    counts = [
        document_counts(gold, tag_documents(load_model(m, tables), [w for w, _ in sents]))
        for m in args.compare
    ]
    diff, lo, hi = paired_bootstrap(counts[0], counts[1])
    print(f"F1(B) - F1(A) = {diff:+.4f}, 95% interval [{lo:+.4f}, {hi:+.4f}] over {len(counts[0])} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
