"""Train the named-entity tagger: mine word tables from the news corpora, train a CRF, export.

    python -m akhbar.extract.train_ner --data ../shared/data/anercorp --corpora ../shared/corpora

Steps (each writes its artifact, so the run is reproducible from the two inputs alone):
1. count folded tokens over the corpora (titles and bodies) and build a PPMI matrix of
   directional neighbour contexts (left/right, distance 1 and 2) for the frequent words;
   a randomized SVD gives dense vectors, k-means at three granularities gives word clusters
   (`data/ner_clusters.tsv`: word, count, cluster ids) — Brown-cluster-like features;
2. expand a seed list of titles and roles that precede names (الرئيس، وزير، المتحدث ...)
   with their nearest neighbours in the vector space (`data/ner_triggers.txt`);
3. label every corpus word by its nearest ANERcorp-train stems in that vector space, a
   distributional gazetteer that reaches names never seen in training (`data/ner_gazetteer.tsv`);
4. train a CRF on ANERcorp train with all features (the gold model), plus, with `--extra`,
   akhbar's own annotated corpus sentences (`tools/ner_extra/train.jsonl`, read standoff by
   `akhbar.evaluate_ner.read_standoff`; `make ner-model` passes it);
5. optional self-training / distillation (`--silver N`, off by default since session 7: next
   to the annotated sentences it changed nothing on their held-out split, 0.8311 either way,
   so the build without onnxruntime won): tag corpus articles (never the ones the speed bench
   reads) with the gold CRF and with the shipped neural tagger (`ner_bilstm.*`, needs
   onnxruntime); the sentences both taggers label identically (most all-O ones dropped)
   become silver training data (with `--silver-mix W`, labelled by the two models' product
   of experts instead), and a final CRF trains on gold + silver;
6. export the CRF's weights (`models/ner_crf.npz`) and print the strict IOB2 entity-level
   scores on ANERcorp test.

With `--dev`, the last 10% of ANERcorp train is held out: the CRFs train on the first 90% and
the scores printed are the held-out ones (this is how features and settings are chosen; test
is only reported, never used for a choice). The gazetteer is then mined from those 90% into a
scratch file (with `--reuse-tables`, the shipped one, mined from all of train, is used: it has
seen the held-out labels and scores dev about 0.3 points high).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pycrfsuite
from scipy import sparse  # type: ignore[import-untyped]

from akhbar.evaluate_ner import ner_scores, read_conll, read_standoff
from akhbar.extract import entities as ent

if TYPE_CHECKING:
    from akhbar.extract.ner_neural import NeuralTagger

__all__ = ["main", "mine_clusters", "train_crf"]

log = logging.getLogger("akhbar.extract.train_ner")

VOCAB_SIZE = 60_000
CONTEXT_SIZE = 10_000
SVD_DIM = 128
CLUSTER_KS = (64, 256, 1024)
VECTOR_WORDS = 60_000  # dense vectors shipped for the most frequent words only (size)
VECTOR_DIM = 32  # leading SVD components
BOUNDARY = "\x00"
SILVER_SENTENCES = 6000  # agreed corpus sentences step 5 adds when asked (--silver; the default is none)

# Titles and roles that introduce names in Arabic news: a hand-written seed table, expanded in step 2.
TRIGGER_SEEDS_PATH = ent.CLUSTERS_PATH.parent / "ner_trigger_seeds.txt"


def iter_corpus(corpora: Path, limit: int | None = None) -> Iterator[str]:
    """Title and body of every article in the gzip JSON Lines corpora."""
    n = 0
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                yield (rec.get("title") or "") + "\n" + (rec.get("text") or "")
                n += 1
                if limit is not None and n >= limit:
                    return


def _corpus_ids(corpora: Path) -> tuple[list[str], npt.NDArray[np.int64], npt.NDArray[np.int32]]:
    """Vocabulary by frequency, its counts, and the corpus as an id stream (-1 = rare/boundary)."""
    t0 = time.time()
    first_seen: dict[str, int] = {BOUNDARY: 0}
    raw = array("i")
    for text in iter_corpus(corpora):
        raw.extend([first_seen.setdefault(ent.fold(t), len(first_seen)) for t, _, _ in ent.tokenize(text)])
        raw.append(0)
    ids = np.frombuffer(raw, dtype=np.int32)
    freq = np.bincount(ids, minlength=len(first_seen)).astype(np.int64)
    freq[0] = 0
    order = np.argsort(-freq, kind="stable")
    words = list(first_seen)
    vocab = [words[i] for i in order if freq[i] > 0]
    rank = np.full(len(words), -1, dtype=np.int32)
    top = order[: min(VOCAB_SIZE, len(vocab))]
    rank[top] = np.arange(len(top), dtype=np.int32)
    log.info("%d tokens, %d types in %.0fs", len(ids), len(vocab), time.time() - t0)
    return vocab, freq[order[: len(vocab)]], rank[ids]


def _ppmi_vectors(stream: npt.NDArray[np.int32], n_words: int) -> npt.NDArray[np.float32]:
    """Dense word vectors: randomized SVD of a PPMI matrix over directional neighbour contexts."""
    blocks = []
    for k, dist in enumerate((-2, -1, 1, 2)):
        if dist < 0:
            tgt, ctx = stream[-dist:], stream[:dist]
        else:
            tgt, ctx = stream[:-dist], stream[dist:]
        ok = (tgt >= 0) & (ctx >= 0) & (ctx < CONTEXT_SIZE)
        m = sparse.coo_matrix(
            (np.ones(int(ok.sum()), dtype=np.float32), (tgt[ok], ctx[ok] + k * CONTEXT_SIZE)),
            shape=(n_words, 4 * CONTEXT_SIZE),
        ).tocsr()
        blocks.append(m)
    cooc = blocks[0] + blocks[1] + blocks[2] + blocks[3]
    cooc.sum_duplicates()
    total = cooc.sum()
    row = np.asarray(cooc.sum(axis=1)).ravel()
    col = np.asarray(cooc.sum(axis=0)).ravel() ** 0.75  # context distribution smoothing
    col_p = col / col.sum()
    coo = cooc.tocoo()
    pmi = np.log((coo.data / total) / ((row[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep].astype(np.float32), (coo.row[keep], coo.col[keep])), shape=cooc.shape)
    rng = np.random.default_rng(0)
    omega = rng.standard_normal((ppmi.shape[1], SVD_DIM + 32)).astype(np.float32)
    q, _ = np.linalg.qr(ppmi @ omega)
    for _ in range(2):  # power iterations sharpen the spectrum
        q, _ = np.linalg.qr(ppmi.T @ q)
        q, _ = np.linalg.qr(ppmi @ q)
    b = (ppmi.T @ q).T
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = (q @ ub)[:, :SVD_DIM] * np.sqrt(s[:SVD_DIM])
    u /= np.linalg.norm(u, axis=1, keepdims=True) + 1e-8
    vecs: npt.NDArray[np.float32] = u.astype(np.float32)
    return vecs


def _kmeans(x: npt.NDArray[np.float32], k: int, iters: int = 15, seed: int = 0) -> npt.NDArray[np.int32]:
    """Spherical k-means (cosine) cluster ids for the rows of unit vectors `x`."""
    rng = np.random.default_rng(seed)
    cent = x[rng.choice(len(x), k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int32)
    for _ in range(iters):
        for lo in range(0, len(x), 8192):
            assign[lo : lo + 8192] = np.argmax(x[lo : lo + 8192] @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        cent = np.where(empty[:, None], cent, sums / np.maximum(norms, 1e-8))
    return assign


def save_vectors(vecs: npt.NDArray[np.float32], out: Path) -> None:
    """Dense vectors quantised to int8 with one scale per dimension (4x smaller than float32)."""
    scale = np.abs(vecs).max(axis=0) / 127.0 + 1e-12
    codes = np.round(vecs / scale).astype(np.int8)
    np.savez_compressed(out, codes=codes, scale=scale.astype(np.float32))


def mine_clusters(corpora: Path, out: Path) -> tuple[npt.NDArray[np.float32], list[str]]:
    """Step 1: write `ner_clusters.tsv`; return the word vectors (rows in table order)."""
    vocab, counts, stream = _corpus_ids(corpora)
    n = min(VOCAB_SIZE, len(vocab))
    t0 = time.time()
    vecs = _ppmi_vectors(stream, n)
    log.info("PPMI-SVD vectors %s in %.0fs", vecs.shape, time.time() - t0)
    assigns = [_kmeans(vecs, k, seed=i) for i, k in enumerate(CLUSTER_KS)]
    with out.open("w", encoding="utf-8") as fh:
        ks = "/".join(map(str, CLUSTER_KS))
        fh.write(
            f"# {ent.FEATURES_VERSION}: folded word, corpus count, k-means cluster id at k={ks} over "
            "PPMI-SVD vectors mined from the akhbar news corpora (train_ner step 1)\n"
        )
        for i in range(n):
            ids = "\t".join(str(a[i]) for a in assigns)
            fh.write(f"{vocab[i]}\t{counts[i]}\t{ids}\n")
    save_vectors(neural_vectors(vocab[:VECTOR_WORDS]), ent.VECTORS_PATH)
    return vecs, vocab[:n]


def neural_vectors(words: list[str]) -> npt.NDArray[np.float32]:
    """Dense CRF features: the neural tagger's corpus word2vec vectors, PCA-reduced to VECTOR_DIM.

    The skip-gram vectors (learned from the same news corpora by `tools/train_ner_neural.py`
    and shipped, int8, in `models/ner_bilstm.npz`) are looked up by the neural tagger's key of
    each folded word, centred, projected on their leading principal axes (fitted on the 20,000
    most frequent words) and scaled to unit length; a word without a vector gets zeros. On the
    train-dev split they beat the leading PPMI-SVD components (dev F1 0.7837 vs 0.7785).
    """
    from akhbar.extract import ner_neural

    with np.load(ner_neural.PARAMS_PATH, allow_pickle=False) as z:
        table = z["codes"].astype(np.float32) * z["scale"].astype(np.float32)[None, :]
        row = {w: i for i, w in enumerate(str(z["words"]).split("\n"))}
    x = np.zeros((len(words), table.shape[1]), np.float32)
    found = np.zeros(len(words), dtype=np.bool_)
    for i, w in enumerate(words):
        r = row.get(ner_neural.word_key(w))
        if r is not None and r > 1:  # rows 0 and 1 are padding and unknown
            x[i] = table[r]
            found[i] = True
    x[found] -= x[found].mean(axis=0)
    _, _, vt = np.linalg.svd(x[:20_000], full_matrices=False)
    out: npt.NDArray[np.float32] = (x @ vt[:VECTOR_DIM].T).astype(np.float32)
    out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-8
    log.info("dense vectors: %d of %d words from the neural tagger's word2vec table", found.sum(), len(words))
    return out


def mine_triggers(vecs: npt.NDArray[np.float32], vocab: list[str], out: Path, per_seed: int = 8) -> None:
    """Step 2: seed titles plus their nearest neighbours by cosine, written one a line."""
    index = {w: i for i, w in enumerate(vocab)}
    found: dict[str, None] = {}
    lines = TRIGGER_SEEDS_PATH.read_text(encoding="utf-8").splitlines()
    for seed in (ent.fold(x.strip()) for x in lines if x.strip() and not x.startswith("#")):
        i = index.get(seed)
        if i is None:
            continue
        found[seed] = None
        sims = vecs @ vecs[i]
        for j in np.argsort(-sims)[1 : per_seed + 1]:
            if sims[j] > 0.6 and len(vocab[j]) > 2:
                found[vocab[j]] = None
    out.write_text(
        f"# {ent.FEATURES_VERSION}: titles and roles that precede names: hand seeds "
        "(data/ner_trigger_seeds.txt) and their\n"
        "# nearest neighbours in PPMI-SVD vectors mined from the akhbar news corpora (step 2)\n"
        + "".join(w + "\n" for w in found),
        encoding="utf-8",
    )


def train_crf(
    sents: list[tuple[list[str], list[str]]],
    tables: ent.WordTables,
    path: Path,
    c1: float,
    c2: float,
    iterations: int = 400,
) -> None:
    """Fit a CRF with L-BFGS on the given sentences; crfsuite writes its model to `path`."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, tags in sents:
        trainer.append(ent.sentence_features(words, tables), tags)
    params = {"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True}
    trainer.set_params(params)
    t0 = time.time()
    trainer.train(str(path))
    log.info("trained CRF in %.0fs", time.time() - t0)


def export_model(crf_path: Path, out: Path) -> None:
    """Write a crfsuite model's weights as a compact npz that `entities.load_model` reads."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = ["O", *sorted(set(tagger.labels()) - {"O"})]  # O first: the decoder relies on it
    lab = {x: i for i, x in enumerate(labels)}
    attrs: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for (attr, label), w in info.state_features.items():
        if abs(w) < 1e-4:
            continue
        rows.append(attrs.setdefault(attr, len(attrs)))
        cols.append(lab[label])
        vals.append(w)
    trans = np.zeros((len(labels), len(labels)), np.float32)
    for (a, b), w in info.transitions.items():
        trans[lab[a], lab[b]] = w
    np.savez_compressed(
        out,
        version=np.array(ent.FEATURES_VERSION),
        labels=np.array("\n".join(labels)),
        attrs=np.frombuffer("\n".join(attrs).encode("utf-8"), dtype=np.uint8),
        rows=np.array(rows, np.int32),
        cols=np.array(cols, np.int8),
        values=np.array(vals, np.float16),
        transitions=trans,
    )
    log.info("exported %d weights over %d attributes to %s", len(vals), len(attrs), out)


def mine_gazetteer(
    vecs: npt.NDArray[np.float32],
    vocab: list[str],
    train: list[tuple[list[str], list[str]]],
    counts: dict[str, int],
    out: Path,
    k: int = 10,
) -> None:
    """Step 3: a distributional gazetteer: each corpus word's label by its nearest labelled words.

    Stems seen in ANERcorp train carry their label distribution; every corpus word takes the
    similarity-weighted mean of its k nearest such stems (never itself, so a train word's entry
    is as informative as a test word's). Words leaning to an entity label are written out.
    """
    labels = ["O", "PER", "LOC", "ORG", "MISC"]
    by_stem: dict[str, Counter[str]] = {}
    for words, tags in train:
        for w, t in zip(words, tags, strict=True):
            stem = ent.strip_clitics(ent.fold(w), counts)[1]
            by_stem.setdefault(stem, Counter())[t[2:] or "O"] += 1
    index = {w: i for i, w in enumerate(vocab)}
    known = [(index[s], c) for s, c in by_stem.items() if s in index]
    rows = np.array([i for i, _ in known])
    dist = np.array([[c[lab] for lab in labels] for _, c in known], dtype=np.float32)
    dist /= dist.sum(axis=1, keepdims=True)
    col_of = np.full(len(vocab), -1)
    col_of[rows] = np.arange(len(rows))
    lab_vecs = vecs[rows]
    written = 0
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            f"# {ent.FEATURES_VERSION}: folded word, label, share: label of the {k} nearest ANERcorp-train "
            "stems in PPMI-SVD space mined from the akhbar news corpora (train_ner step 3)\n"
        )
        for lo in range(0, len(vocab), 4096):
            sims = vecs[lo : lo + 4096] @ lab_vecs.T
            own = col_of[lo : lo + 4096]
            has = own >= 0
            sims[np.flatnonzero(has), own[has]] = -1.0  # leave the word itself out
            top = np.argpartition(-sims, k, axis=1)[:, :k]
            w = np.maximum(np.take_along_axis(sims, top, axis=1), 0.0) ** 2
            p = (w[:, :, None] * dist[top]).sum(axis=1) / (w.sum(axis=1, keepdims=True) + 1e-8)
            for r in np.flatnonzero(p[:, 1:].max(axis=1) >= 0.3):
                j = int(p[r, 1:].argmax()) + 1
                fh.write(f"{vocab[lo + r]}\t{labels[j]}\t{p[r, j]:.2f}\n")
                written += 1
    log.info("distributional gazetteer: %d words", written)


def _crf_emissions(crf: ent.NerModel, words: list[str]) -> npt.NDArray[np.float32]:
    """The CRF's emission scores [n, K] of one sentence (as `NerModel` computes them)."""
    ids = crf._word_ids(words)
    n, reach = len(ids), max(-ent.OFFSETS[0], ent.OFFSETS[-1])
    padded = np.concatenate([[crf._sep] * reach, ids, [crf._sep] * reach])
    emit: npt.NDArray[np.float32] = crf._rows[padded[reach : reach + n], 0].copy()
    for k, off in enumerate(ent.OFFSETS, start=1):
        emit += crf._rows[padded[reach + off : reach + off + n], k]
    return emit


def ensemble_tags(
    crf: ent.NerModel, neural: NeuralTagger, sents: list[list[str]], mix: float, document: bool = True
) -> list[list[str]]:
    """Tags of a product of experts: the CRF's and the neural tagger's scores summed, one Viterbi.

    Emissions, transitions and start/end scores of the two models are added, the network's
    scaled by `mix`; each sentence is decoded exactly (IOB2-invalid moves forbidden by both),
    then names are propagated through the document as the CRF does at run time. On the
    train-dev split this scores 0.7940 (mix 0.75) against 0.7752 for the CRF alone, but the
    network is too slow to run at tagging time: the silver step distils it into the CRF.
    """
    from akhbar.extract import ner_neural

    keep = [i for i, s in enumerate(sents) if s]
    out: list[list[str]] = [[] for _ in sents]
    if not keep:
        return out
    labels = crf.labels
    perm = [neural.labels.index(x) for x in labels]
    em, lengths = neural.emissions([sents[i] for i in keep])
    em = mix * em[:, :, perm]
    for row, i in enumerate(keep):
        em[row, : len(sents[i])] += _crf_emissions(crf, list(sents[i]))
    trans = crf.transitions + mix * neural.trans[np.ix_(perm, perm)]
    start = crf._start + mix * neural.start[perm]
    best = ner_neural.viterbi(em, lengths, trans, start, mix * neural.end[perm])
    flat = np.concatenate([best[row, : len(sents[i])] for row, i in enumerate(keep)])
    if document:
        words = [w for i in keep for w in sents[i]]
        starts = np.zeros(len(words), dtype=np.bool_)
        starts[np.cumsum([0, *[len(sents[i]) for i in keep[:-1]]])] = True
        flat = crf._propagate(crf._word_ids(words), flat, starts)
    at = 0
    for i in keep:
        out[i] = [labels[t] for t in flat[at : at + len(sents[i])]]
        at += len(sents[i])
    return out


def silver_sentences(
    corpora: Path,
    crf: ent.NerModel,
    limit: int,
    keep_o: float = 0.2,
    seed: int = 0,
    mix: float = 0.0,
    confident: bool = False,
) -> list[tuple[list[str], list[str]]]:
    """Step 5: `limit` corpus sentences that the CRF and the shipped neural tagger label alike.

    With `mix` > 0, the sentences are instead labelled by the two models' product of experts
    (`ensemble_tags` sentence by sentence, the network's scores weighted by `mix`) and every one
    is kept (all-O ones with probability `keep_o`; with `confident`, only those the ensemble
    labels as one of the two models does). On the train-dev split (6,000 sentences, mix 0.75,
    agreement silver: 0.7752 per sentence, 0.7893 in 15-sentence articles) this did not pay:
    0.7792 / 0.7870; with the CRF's name propagation in the silver labels 0.7754 / 0.7729 (the
    student over-tags persons, and propagation multiplies them), plus `confident` 0.7764 / 0.7806.

    Articles are every 10th record from the 2,000th on (the speed bench reads the first ones),
    files in name order (so with the default limit, all come from the ANT corpus). Each article
    is tagged as a document by both taggers (names propagated); a sentence of 4 to 100 tokens
    is kept when the two agree on every tag, an all-O one only with probability `keep_o` (so
    silver data does not teach the CRF to miss names). On the train-dev split, 6,000 such
    sentences did best (dev F1 0.7866 vs 0.7785 without, 0.7807 with 3,000, 0.7800 with
    17,000); the CRF's own tags alone (self-training) hurt (0.7483), the network's alone too
    (0.7679): agreement is what makes the silver data useful.
    """
    from akhbar.extract import ner_neural
    from akhbar.normalize import display_form

    try:
        neural = ner_neural.load_tagger()
    except ImportError as exc:  # onnxruntime: the `neural` (or `test`) extra
        raise SystemExit(f"silver data needs the neural tagger ({exc}); install the 'neural' extra") from exc
    rng = np.random.default_rng(seed)
    out: list[tuple[list[str], list[str]]] = []
    t0 = time.time()
    articles = seen = agreed = 0
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if len(out) >= limit:
                    break
                if i < 2000 or i % 10 != 5:
                    continue
                rec = json.loads(line)
                text = display_form((rec.get("title") or "") + "\n" + (rec.get("text") or ""))
                sents: list[list[str]] = []
                for para in text.split("\n"):
                    words = [t for t, _, _ in ent.tokenize(para)]
                    sents.extend(words[lo:hi] for lo, hi in ner_neural.sentence_spans(words))
                sents = [x for x in sents if x]
                if not sents:
                    continue
                articles += 1
                a = crf.tag_batch(sents, document=True)
                b = neural.tag_batch(sents, document=True)
                e = ensemble_tags(crf, neural, sents, mix, document=False) if mix else a
                for words, x, y, z in zip(sents, a, b, e, strict=True):
                    seen += 1
                    if (z not in (x, y)) if confident else (x != y and not mix):
                        continue
                    if not 4 <= len(words) <= 100:
                        continue
                    x = z
                    agreed += 1
                    if any(t != "O" for t in x) or rng.random() < keep_o:
                        out.append((words, x))
    out = out[:limit]
    log.info(
        "silver: %d sentences kept of %d (%d agreed or confident) from %d articles in %.0fs",
        len(out),
        seen,
        agreed,
        articles,
        time.time() - t0,
    )
    return out


def _report(scores: dict[str, dict[str, float]]) -> None:
    for name, row in scores.items():
        p, r, f, n = row["precision"], row["recall"], row["f1"], int(row["support"])
        print(f"{name:<8} P={p:.4f} R={r:.4f} F1={f:.4f} n={n}")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--data", type=Path, required=True, help="ANERcorp directory")
    ap.add_argument("--corpora", type=Path, required=True, help="directory of *.jsonl.gz news")
    ap.add_argument("--only-mine", action="store_true", help="stop after mining the tables")
    ap.add_argument("--reuse-tables", action="store_true", help="skip mining, use the tables in data/")
    ap.add_argument("--c1", type=float, default=0.05, help="L1 regularisation")
    ap.add_argument("--c2", type=float, default=0.05, help="L2 regularisation")
    # 400 L-BFGS iterations: train-dev F1 0.7985 against 0.7927 at 200 (with silver data)
    ap.add_argument("--iterations", type=int, default=400, help="L-BFGS iterations")
    ap.add_argument(
        "--silver",
        type=int,
        default=0,
        help=f"silver sentences to add (0: none; {SILVER_SENTENCES} until session 7)",
    )
    ap.add_argument(
        "--silver-mix",
        type=float,
        default=0.0,
        help="label silver sentences with the CRF+network product of experts, network weight "
        "this (0: keep the sentences both label alike)",
    )
    ap.add_argument(
        "--silver-confident",
        action="store_true",
        help="with --silver-mix, keep only sentences the ensemble labels as one of the two models does",
    )
    ap.add_argument(
        "--gold-crf", type=Path, help="reuse this gold-only crfsuite model (step 4) from an earlier run"
    )
    ap.add_argument(
        "--extra",
        type=Path,
        help="annotated corpus sentences (standoff JSON Lines, see read_extra) added to the gold data",
    )
    ap.add_argument(
        "--dev", action="store_true", help="train on 90%% of train, score the last 10%%, ship nothing"
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    train = read_conll(args.data / "ANERCorp_CamelLab_train.txt")
    work = Path(tempfile.mkdtemp(prefix="akhbar-ner-"))
    target = args.data / "ANERCorp_CamelLab_test.txt"
    name = "ANERcorp test"
    gazetteer = ent.GAZETTEER_PATH
    if args.dev:
        cut = int(len(train) * 0.9)
        train, held = train[:cut], train[cut:]
        target, name = work / "dev.txt", "ANERcorp train-dev (last 10% of train)"
        target.write_text(
            "".join("".join(f"{w} {t}\n" for w, t in zip(ws, ts, strict=True)) + "\n" for ws, ts in held),
            encoding="utf-8",
        )
        if not args.reuse_tables:  # a gazetteer that never saw the held-out labels (not shipped)
            gazetteer = work / "ner_gazetteer.tsv"
    if not args.reuse_tables:
        vecs, vocab = mine_clusters(args.corpora, ent.CLUSTERS_PATH)
        mine_triggers(vecs, vocab, ent.TRIGGERS_PATH)
        tables = ent.WordTables.load(gazetteer_path=Path("/nonexistent"))
        mine_gazetteer(vecs, vocab, train, tables.counts, gazetteer)
    if args.only_mine:
        return 0
    tables = ent.WordTables.load(gazetteer_path=gazetteer)
    if args.extra:  # after mining: the gazetteer is labelled from ANERcorp train alone
        train = train + read_standoff(args.extra, args.corpora)
    out = work / "ner_crf.npz" if args.dev else ent.MODEL_PATH
    gold_crf = args.gold_crf or work / "gold.crfsuite"
    if not args.gold_crf:
        train_crf(train, tables, gold_crf, args.c1, args.c2, args.iterations)
    export_model(gold_crf, out if not args.silver else work / "gold.npz")
    model = ent.load_model(out if not args.silver else work / "gold.npz", tables)
    if args.silver:  # the shipped model is only replaced by the final one
        print(f"{name}, gold-only CRF, 15-sentence pseudo-articles:")
        _report(ner_scores(target, model))
        extra = silver_sentences(
            args.corpora, model, args.silver, mix=args.silver_mix, confident=args.silver_confident
        )
        train_crf(train + extra, tables, work / "final.crfsuite", args.c1, args.c2, args.iterations)
        export_model(work / "final.crfsuite", out)
        model = ent.load_model(out, tables)
    print(f"{name}, sentence by sentence (strict IOB2, seqeval):")
    _report(ner_scores(target, model, document_sentences=0))
    print(f"{name}, 15-sentence pseudo-articles with name propagation (as tag_entities runs):")
    _report(ner_scores(target, model))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
