"""The neural entity tagger (ONNX BiLSTM-CRF): offsets slice the claimed text, examples, F1 floor."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from akhbar.extract.ner_neural import (
    load_tagger,
    reverse_index,
    sentence_spans,
    stem_key,
    tag_tokens,
    viterbi,
)

ANERCORP_TEST = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_test.txt"
)

# Pinned at the score the shipped model reaches, rounded down to 0.01; it only rises.
F1_FLOOR = 0.73


# The taggers' shared contract (examples, offsets, empty input) is tested for both in
# test_entities.py.


def test_batching_does_not_change_tags() -> None:
    """A sentence gets the same tags alone as padded in a batch with longer ones."""
    short = "وقال ترامب".split()
    long = "وصل الرئيس الأمريكي دونالد ترامب إلى باريس للقاء الرئيس الفرنسي إيمانويل ماكرون .".split()
    tagger = load_tagger()
    assert tagger.tag_batch([long, short]) == [tagger.tag_batch([long])[0], tagger.tag_batch([short])[0]]
    assert tag_tokens(long)[3:5] == ["B-PER", "I-PER"]


def test_output_is_valid_iob2() -> None:
    rng = np.random.default_rng(0)
    tagger = load_tagger()
    em = rng.normal(0, 5, (4, 9, len(tagger.labels))).astype(np.float32)
    lengths = np.array([9, 1, 5, 3], dtype=np.int64)
    best = viterbi(em, lengths, tagger.trans, tagger.start, tagger.end)
    for row, n in zip(best.tolist(), lengths.tolist(), strict=True):
        prev = "O"
        for t in row[:n]:
            label = tagger.labels[t]
            if label.startswith("I-"):
                assert prev[2:] == label[2:] and prev != "O"
            prev = label
    assert reverse_index(np.array([3, 1]), 4).tolist() == [[2, 1, 0, 3], [0, 1, 2, 3]]


def test_stems_and_sentence_spans() -> None:
    rank = {"الرياض": 5, "بالرياض": 50, "وزير": 3, "زير": 900, "الامم": 8, "للامم": 30, "لبنان": 9}
    assert stem_key("بالرياض", rank) == "الرياض"
    assert stem_key("وزير", rank) == "وزير"
    assert stem_key("للامم", rank) == "الامم"
    assert stem_key("ولبنان", rank) == "لبنان"
    assert sentence_spans("a b . c d ؟ e".split()) == [(0, 3), (3, 6), (6, 7)]
    assert sentence_spans([]) == []


@pytest.mark.slow
@pytest.mark.skipif(not ANERCORP_TEST.exists(), reason="ANERcorp test split not found at ../shared")
def test_anercorp_test_f1_floor() -> None:
    from seqeval.metrics import f1_score  # type: ignore[import-untyped]
    from seqeval.scheme import IOB2  # type: ignore[import-untyped]

    from akhbar.evaluate_ner import read_conll

    sents = read_conll(ANERCORP_TEST)
    tagger = load_tagger()
    pred: list[list[str]] = []
    for lo in range(0, len(sents), 15):  # 15-sentence pseudo-articles, as akhbar.evaluate_ner
        pred.extend(tagger.tag_batch([w for w, _ in sents[lo : lo + 15]], document=True))
    f1 = f1_score([t for _, t in sents], pred, mode="strict", scheme=IOB2)
    assert f1 >= F1_FLOOR


def test_product_of_experts_with_the_crf() -> None:
    """train_ner's silver labeller: at mix 0 it is exactly the CRF tagger; at any mix, valid IOB2."""
    from akhbar.extract.entities import _model
    from akhbar.extract.train_ner import ensemble_tags

    crf, neural = _model(), load_tagger()
    text = (
        "وصل الرئيس الأمريكي دونالد ترامب إلى باريس للقاء الرئيس الفرنسي إيمانويل ماكرون . "
        "وقال ترامب إن الولايات المتحدة وفرنسا تعملان مع الأمم المتحدة في جنيف . "
        "وأضاف ماكرون أن ترامب سيزور لبنان ، وولبنان بلد صغير ."
    ).split()
    sents = [text[lo:hi] for lo, hi in sentence_spans(text)] + [[]]
    assert ensemble_tags(crf, neural, sents, 0.0) == crf.tag_batch(sents, document=True)
    assert ensemble_tags(crf, neural, sents, 0.0, document=False) == crf.tag_batch(sents)
    mixed = ensemble_tags(crf, neural, sents, 0.75)
    assert [len(s) for s in mixed] == [len(s) for s in sents]
    for row in mixed:
        for prev, tag in zip(["O", *row], row, strict=False):
            assert not tag.startswith("I-") or prev[2:] == tag[2:] != ""
    assert mixed[0][3:5] == ["B-PER", "I-PER"]
