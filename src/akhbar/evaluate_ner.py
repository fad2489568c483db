"""Entity-level scores of the named-entity tagger on a `token TAG` (ANERcorp-style) file.

Scores are seqeval's strict IOB2 mode: an entity counts only when its label and both
boundaries match the gold one exactly. ANERcorp's PERS is read as PER.

    python -m akhbar.evaluate_ner ../shared/data/anercorp/ANERCorp_CamelLab_test.txt
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from seqeval.metrics import classification_report  # type: ignore[import-untyped]
from seqeval.scheme import IOB2  # type: ignore[import-untyped]

from akhbar.extract.entities import NerModel, load_model

__all__ = ["DOCUMENT_SENTENCES", "entity_scores", "ner_scores", "read_conll"]


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
    tagger = model or load_model()
    size = document_sentences or 256
    pred: list[list[str]] = []
    for lo in range(0, len(sents), size):
        pred.extend(tagger.tag_batch([w for w, _ in sents[lo : lo + size]], document=document_sentences > 0))
    return entity_scores([t for _, t in sents], pred)


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


if __name__ == "__main__":
    print(json.dumps(ner_scores(sys.argv[1]), indent=2))
