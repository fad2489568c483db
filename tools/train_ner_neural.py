"""Train the neural entity tagger end to end: embeddings, BiLSTM-CRF, ONNX export, test scores.

    .venv/bin/pip install -e '.[train,test]'
    .venv/bin/python tools/train_ner_neural.py --data ../shared/data/anercorp --corpora ../shared/corpora

1. word2vec (skip-gram, gensim) over the shared news corpora, on `word_key` forms of the run-time
   tokens (cached in build/ner_neural/);
2. a char-CNN + word/stem vectors + BiLSTM + CRF network trained on ANERcorp's train split, the
   last 10% of its sentences held out as dev for early stopping (test is never looked at);
3. export of the network up to the emissions as ONNX, the word table (int8) and CRF transitions
   as npz, into src/akhbar/models/;
4. strict IOB2 entity scores (seqeval) of the exported model, run by onnxruntime, on dev and test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from akhbar.evaluate_ner import entity_scores, read_conll
from akhbar.extract import ner_neural as nn_rt
from akhbar.extract.entities import tokenize

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "ner_neural"
LABELS = list(nn_rt.LABELS)
EPS = 1e-4


def log(*args: object) -> None:
    print(f"[{time.strftime('%H:%M:%S')}]", *args, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- 1. corpus embeddings


def corpus_sentences(corpora: Path) -> Iterator[list[str]]:
    """Sentences of word keys of every article (title and paragraphs) of the corpora."""
    keys: dict[str, str] = {}
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                for para in [rec.get("title") or "", *(rec.get("text") or "").split("\n")]:
                    sent: list[str] = []
                    for tok, _, _ in tokenize(para):
                        key = keys.get(tok)
                        if key is None:
                            key = nn_rt.word_key(tok)
                            if len(keys) < 2_000_000:
                                keys[tok] = key
                        sent.append(key)
                        if tok in ".!?؟":
                            if len(sent) > 1:
                                yield sent
                            sent = []
                    if len(sent) > 1:
                        yield sent


def embeddings(corpora: Path, dim: int, epochs: int, workers: int) -> tuple[list[str], np.ndarray, list[int]]:
    """(words by frequency, vectors, counts) of a skip-gram model over the corpora (cached)."""
    out = CACHE / f"w2v_{dim}_{epochs}.npz"
    if out.exists():
        with np.load(out, allow_pickle=False) as z:
            return str(z["words"]).split("\n"), z["vectors"], z["counts"].tolist()
    from gensim.models import Word2Vec  # type: ignore[import-untyped]

    CACHE.mkdir(parents=True, exist_ok=True)
    text = CACHE / "corpus.txt"
    if not text.exists():
        t0 = time.time()
        n = 0
        with text.open("w", encoding="utf-8") as fh:
            for sent in corpus_sentences(corpora):
                fh.write(" ".join(sent) + "\n")
                n += len(sent)
        log(f"corpus: {n:,} tokens in {time.time() - t0:.0f}s")
    t0 = time.time()
    model = Word2Vec(
        corpus_file=str(text),
        vector_size=dim,
        window=5,
        min_count=3,
        sg=1,
        negative=5,
        sample=1e-4,
        epochs=epochs,
        workers=workers,
        seed=1,
    )
    kv = model.wv
    words = list(kv.index_to_key)
    counts = [int(kv.get_vecattr(w, "count")) for w in words]
    vectors = kv.vectors.astype(np.float32)
    log(f"word2vec: {len(words):,} words in {time.time() - t0:.0f}s")
    np.savez(out, words="\n".join(words), vectors=vectors, counts=np.array(counts))
    return words, vectors, counts


def silver(corpora: Path, n: int) -> list[tuple[list[str], list[str]]]:
    """Sentences of n corpus articles tagged by the shipped CRF tagger (cached).

    Distillation data: the CRF carries corpus-mined gazetteers and trigger lists the network
    cannot see in ANERcorp alone. Articles are every 20th record from the 2,000th on (the
    speed bench reads the first 1,000 of each file)."""
    out_path = CACHE / f"silver_{n}.json"
    if out_path.exists():
        return [(w, t) for w, t in json.loads(out_path.read_text(encoding="utf-8"))]
    from akhbar.extract.entities import load_model
    from akhbar.normalize import display_form

    crf = load_model()
    out: list[tuple[list[str], list[str]]] = []
    done = 0
    t0 = time.time()
    paths = sorted(corpora.glob("*.jsonl.gz"))
    for path in paths:
        mine = 0
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if mine >= n // len(paths):
                    break
                if i < 2000 or i % 20:
                    continue
                rec = json.loads(line)
                text = display_form((rec.get("title") or "") + "\n" + (rec.get("text") or ""))
                sents: list[list[str]] = []
                for para in text.split("\n"):
                    words = [t for t, _, _ in tokenize(para)]
                    sents.extend(words[lo:hi] for lo, hi in nn_rt.sentence_spans(words))
                if sents:
                    out.extend(zip(sents, crf.tag_batch(sents, document=True), strict=True))
                    mine += 1
        done += mine
    log(f"silver: {done} articles, {len(out):,} sentences in {time.time() - t0:.0f}s")
    out_path.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


# ---------------------------------------------------------------- 2. network


class Net(nn.Module):
    """A token encoder (word + stem vectors, char-CNN, projection), a BiLSTM, label emissions.

    The encoder's output depends on the token alone, so at run time it is computed once per
    distinct token and cached; only the BiLSTM and the output layer run per article. The
    backward LSTM reads each row reversed within its length (`reverse` is the gather index that
    does it), so padding never reaches a real token in either direction.
    """

    def __init__(
        self, dim: int, n_chars: int, char_dim: int, filters: int, proj: int, hidden: int, dropout: float
    ) -> None:
        super().__init__()
        self.char_emb = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.conv = nn.Conv1d(char_dim, filters, kernel_size=3, padding=1)
        self.drop = nn.Dropout(dropout)
        self.proj = nn.Linear(2 * dim + filters, proj)
        self.fwd = nn.LSTM(proj, hidden, batch_first=True)
        self.bwd = nn.LSTM(proj, hidden, batch_first=True)
        self.out = nn.Linear(2 * hidden, len(LABELS))

    def encode(self, words: torch.Tensor, stems: torch.Tensor, chars: torch.Tensor) -> torch.Tensor:
        """Token features [N, proj] from word and stem vectors [N, dim] and char ids [N, MAX_CHARS]."""
        ch = self.char_emb(chars).transpose(1, 2)
        ch = torch.relu(self.conv(ch)).max(dim=2).values
        return torch.tanh(self.proj(self.drop(torch.cat([words, stems, ch], dim=-1))))

    def body(self, x: torch.Tensor, reverse: torch.Tensor) -> torch.Tensor:
        """Emissions [B, T, K] from token features [B, T, proj] and the reverse index [B, T]."""
        x = self.drop(x)
        f, _ = self.fwd(x)
        idx = reverse.unsqueeze(-1)
        xr = torch.gather(x, 1, idx.expand(-1, -1, x.shape[2]))
        r, _ = self.bwd(xr)
        r = torch.gather(r, 1, idx.expand(-1, -1, r.shape[2]))
        return self.out(self.drop(torch.cat([f, r], dim=-1)))  # type: ignore[no-any-return]

    def forward(
        self, words: torch.Tensor, stems: torch.Tensor, chars: torch.Tensor, reverse: torch.Tensor
    ) -> torch.Tensor:
        b, t, c = chars.shape
        x = self.encode(words.reshape(b * t, -1), stems.reshape(b * t, -1), chars.reshape(-1, c))
        return self.body(x.reshape(b, t, -1), reverse)


class _Body(nn.Module):
    def __init__(self, net: Net) -> None:
        super().__init__()
        self.net = net

    def forward(self, x: torch.Tensor, r: torch.Tensor) -> torch.Tensor:
        return self.net.body(x, r)


class _Encoder(nn.Module):
    def __init__(self, net: Net) -> None:
        super().__init__()
        self.net = net

    def forward(self, w: torch.Tensor, s: torch.Tensor, c: torch.Tensor) -> torch.Tensor:
        return self.net.encode(w, s, c)


class Tagger(nn.Module):
    """Net + the trainable word table + CRF transitions (training only)."""

    def __init__(self, table: np.ndarray, net: Net, word_dropout: float, freeze: bool = False) -> None:
        super().__init__()
        table_t = torch.from_numpy(table)
        self.emb = nn.Embedding.from_pretrained(table_t, freeze=freeze, padding_idx=0)  # type: ignore[no-untyped-call]
        self.net = net
        k = len(LABELS)
        self.trans = nn.Parameter(torch.zeros(k, k))
        self.start = nn.Parameter(torch.zeros(k))
        self.end = nn.Parameter(torch.zeros(k))
        self.word_dropout = word_dropout

    def emissions(
        self, words: torch.Tensor, stems: torch.Tensor, chars: torch.Tensor, rev: torch.Tensor
    ) -> torch.Tensor:
        if self.training and self.word_dropout > 0:
            drop = (torch.rand(words.shape) < self.word_dropout) & (words > 0)
            words = torch.where(drop, torch.ones_like(words), words)
            drop = (torch.rand(stems.shape) < self.word_dropout) & (stems > 0)
            stems = torch.where(drop, torch.ones_like(stems), stems)
        return self.net(self.emb(words), self.emb(stems), chars, rev)  # type: ignore[no-any-return]

    def nll(self, em: torch.Tensor, tags: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Summed CRF negative log-likelihood of the gold tags (rows padded past `lengths`)."""
        t = em.shape[1]
        mask = torch.arange(t)[None, :] < lengths[:, None]
        gold = em.gather(2, tags.unsqueeze(-1)).squeeze(-1)
        score = self.start[tags[:, 0]] + (gold * mask).sum(1)
        score = score + (self.trans[tags[:, :-1], tags[:, 1:]] * mask[:, 1:]).sum(1)
        score = score + self.end[tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)]
        alpha = self.start[None, :] + em[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans[None] + em[:, i].unsqueeze(1), dim=1)
            alpha = torch.where(mask[:, i : i + 1], nxt, alpha)
        logz = torch.logsumexp(alpha + self.end[None, :], dim=1)
        return (logz - score).sum()


# ---------------------------------------------------------------- data


def encode(
    feats: nn_rt.Featurizer, sents: list[tuple[list[str], list[str]]]
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    words, stems, chars, lengths = feats.ids([w for w, _ in sents])
    tags = np.zeros(words.shape, dtype=np.int64)
    for b, (_, tg) in enumerate(sents):
        tags[b, : len(tg)] = [LABELS.index(x) for x in tg]
    rev = nn_rt.reverse_index(lengths, words.shape[1])
    return (
        torch.from_numpy(words),
        torch.from_numpy(stems),
        torch.from_numpy(chars),
        torch.from_numpy(rev),
        torch.from_numpy(lengths),
        torch.from_numpy(tags),
    )


Sent = tuple[list[str], list[str]]


def packed(sents: list[Sent], limit: int, rng: random.Random | None = None) -> list[Sent]:
    """Consecutive sentences joined up to `limit` tokens (a random limit per row, up to
    2 x `limit`, when `rng` is given, so the network sees single sentences and long rows)."""
    out: list[Sent] = []
    i = 0
    while i < len(sents):
        cap = rng.randint(0, 2 * limit) if rng is not None else limit
        words, tags = list(sents[i][0]), list(sents[i][1])
        i += 1
        while i < len(sents) and len(words) + len(sents[i][0]) <= cap:
            words += sents[i][0]
            tags += sents[i][1]
            i += 1
        out.append((words, tags))
    return out


def batches(sents: list[tuple[list[str], list[str]]], size: int, rng: random.Random) -> list[list[int]]:
    """Index batches of sentences of similar length, in random order."""
    order = sorted(range(len(sents)), key=lambda i: (len(sents[i][0]), rng.random()))
    out = [order[i : i + size] for i in range(0, len(order), size)]
    rng.shuffle(out)
    return out


def scores(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """akhbar.evaluate_ner's scores, with the short keys and rounding this tool prints."""
    short = (("p", "precision"), ("r", "recall"), ("f1", "f1"), ("n", "support"))
    return {
        label: {k: round(row[name], 4) for k, name in short}
        for label, row in entity_scores(gold, pred).items()
    }


def tag_torch(
    model: Tagger,
    feats: nn_rt.Featurizer,
    sents: list[list[str]],
    trans: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
) -> list[list[str]]:
    model.eval()
    out: list[list[str]] = []
    with torch.no_grad():
        for lo in range(0, len(sents), 64):
            chunk = [(s, ["O"] * len(s)) for s in sents[lo : lo + 64]]
            w, s, c, r, lengths, _ = encode(feats, chunk)
            em = model.emissions(w, s, c, r).numpy()
            best = nn_rt.viterbi(em, lengths.numpy(), trans, start, end)
            out.extend([LABELS[t] for t in best[i, : len(x)]] for i, (x, _) in enumerate(chunk))
    return out


def constrained(model: Tagger) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    ok_t, ok_s = nn_rt._allowed(LABELS)
    trans = np.where(ok_t, model.trans.detach().numpy(), -1e4).astype(np.float32)
    start = np.where(ok_s, model.start.detach().numpy(), -1e4).astype(np.float32)
    return trans, start, model.end.detach().numpy().astype(np.float32)


def export(
    chunk: int,
    model: Tagger,
    feats: nn_rt.Featurizer,
    words: list[str],
    chars: str,
    sample: list[tuple[list[str], list[str]]],
    out: Path,
) -> tuple[Path, Path]:
    """Network to ONNX (body and char-CNN), word table (int8, one scale per dim) + CRF to npz."""
    model.eval()
    out.mkdir(parents=True, exist_ok=True)
    onnx_path = out / "ner_bilstm.onnx"
    params_path = out / "ner_bilstm.npz"
    emb = model.emb.weight.detach().numpy().astype(np.float32)
    scale_d = np.maximum(np.abs(emb).max(axis=0), EPS) / 127.0
    codes = np.clip(np.round(emb / scale_d), -127, 127).astype(np.int8)
    np.savez_compressed(
        params_path,
        version=nn_rt.VERSION,
        words="\n".join(words),
        codes=codes,
        scale=scale_d.astype(np.float32),
        chars=chars,
        chunk=chunk,
        labels=np.array(LABELS),
        transitions=model.trans.detach().numpy(),
        start=model.start.detach().numpy(),
        end=model.end.detach().numpy(),
    )
    w, s, c, r, _, _ = encode(feats, sample)
    with torch.no_grad():
        n = w.shape[0] * w.shape[1]
        x = model.net.encode(model.emb(w).reshape(n, -1), model.emb(s).reshape(n, -1), c.reshape(n, -1))
        x = x.reshape(w.shape[0], w.shape[1], -1)
    torch.onnx.export(
        _Body(model.net),
        (x, r),
        str(onnx_path),
        input_names=["features", "reverse"],
        output_names=["emissions"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={n: {0: "batch", 1: "time"} for n in ("features", "reverse", "emissions")},
    )
    chars_path = out / "ner_bilstm_tokens.onnx"
    with torch.no_grad():
        ex = (model.emb(w[0]), model.emb(s[0]), c[0])
    torch.onnx.export(
        _Encoder(model.net),
        ex,
        str(chars_path),
        input_names=["words", "stems", "chars"],
        output_names=["features"],
        opset_version=17,
        dynamo=False,
        dynamic_axes={n: {0: "tokens"} for n in ("words", "stems", "chars", "features")},
    )
    size = sum(x.stat().st_size for x in (onnx_path, chars_path, params_path))
    log(f"exported {onnx_path.name} + {params_path.name}: {size / 1e6:.2f} MB")

    return onnx_path, params_path


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "anercorp")
    ap.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "corpora")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "akhbar" / "models")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--w2v-epochs", type=int, default=3)
    ap.add_argument("--vocab", type=int, default=40000, help="corpus words kept in the shipped table")
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--proj", type=int, default=64, help="token feature size (input of the BiLSTM)")
    ap.add_argument(
        "--chunk", type=int, default=64, help="consecutive sentences packed up to this many tokens"
    )
    ap.add_argument("--filters", type=int, default=64)
    ap.add_argument("--char-dim", type=int, default=32)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--silver", type=int, default=0, help="corpus articles tagged by the CRF to learn from")
    ap.add_argument(
        "--silver-ratio", type=float, default=1.0, help="silver sentences per gold one, per epoch"
    )
    ap.add_argument("--freeze", action="store_true", help="keep the corpus word vectors fixed")
    ap.add_argument("--word-dropout", type=float, default=0.05)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--patience", type=int, default=5)
    ap.add_argument("--max-minutes", type=float, default=25.0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--export-each-best", action="store_true", help="export every new best epoch")
    ap.add_argument("--bench", type=int, default=0, help="only time the shipped model on N corpus articles")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    if args.bench:
        print(json.dumps(bench(args.corpora, args.bench), indent=1))
        return 0
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    # 1. embeddings
    w2v_words, w2v_vec, _ = embeddings(args.corpora, args.dim, args.w2v_epochs, max(args.threads, 1))
    train_all = read_conll(args.data / "ANERCorp_CamelLab_train.txt")
    test = read_conll(args.data / "ANERCorp_CamelLab_test.txt")
    cut = int(len(train_all) * 0.9)
    train, dev = train_all[:cut], train_all[cut:]
    log(f"train {len(train)} / dev {len(dev)} / test {len(test)} sentences")
    silver_set = silver(args.corpora, args.silver) if args.silver else []

    # word table: the most frequent corpus words, then training-split words the corpora lack
    words = ["<pad>", "<unk>", *w2v_words[: args.vocab]]
    known = set(words)
    train_keys = Counter(nn_rt.word_key(w) for s, _ in train for w in s)
    w2v_row = {w: i for i, w in enumerate(w2v_words)}
    extra = [k for k, n in train_keys.most_common() if k not in known and (not args.freeze or k in w2v_row)]
    words += extra
    table = np.zeros((len(words), args.dim), dtype=np.float32)
    scale = float(np.std(w2v_vec[: args.vocab]))
    nrng = np.random.default_rng(args.seed)
    for i, w in enumerate(words[2:], start=2):
        row = w2v_row.get(w)
        table[i] = w2v_vec[row] if row is not None else nrng.normal(0, scale, args.dim)
    table[1] = nrng.normal(0, scale, args.dim)
    char_counts = Counter(c for s, _ in train for w in s for c in nn_rt.word_key(w))
    chars = "".join(c for c, n in char_counts.most_common() if n >= 2 and c != "\n")
    log(f"word table {len(words):,} rows ({len(extra)} training-only), {len(chars)} chars")
    feats = nn_rt.Featurizer(words, table, chars)

    net = Net(args.dim, len(chars) + 2, args.char_dim, args.filters, args.proj, args.hidden, args.dropout)
    model = Tagger(table, net, args.word_dropout, args.freeze)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    best_f1, best_state, bad = -1.0, None, 0
    t_start = time.time()
    for epoch in range(1, args.epochs + 1):
        model.train()
        t0 = time.time()
        total = 0.0
        extra_rows = rng.sample(silver_set, min(len(silver_set), int(args.silver_ratio * len(train))))
        rows = packed(train, args.chunk, rng) + packed(extra_rows, args.chunk, rng)
        for idx in batches(rows, args.batch, rng):
            wd, st, c, r, lengths, tags = encode(feats, [rows[i] for i in idx])
            loss = model.nll(model.emissions(wd, st, c, r), tags, lengths)
            opt.zero_grad()
            (loss / len(idx)).backward()  # type: ignore[no-untyped-call]
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += loss.item()
        trans, start, end = constrained(model)
        dev_rows = packed(dev, args.chunk)
        pred = tag_torch(model, feats, [w for w, _ in dev_rows], trans, start, end)
        f1 = scores([t for _, t in dev_rows], pred)["overall"]["f1"]
        log(f"epoch {epoch}: loss {total / len(train):.3f}, dev F1 {f1:.4f} ({time.time() - t0:.0f}s)")
        if f1 > best_f1:
            best_f1, bad = f1, 0
            best_state = {k: v.detach().clone() for k, v in model.state_dict().items()}
            if epoch >= 3 and args.export_each_best:
                export(args.chunk, model, feats, words, chars, train[:2], args.out)
        else:
            bad += 1
        if bad >= args.patience or (time.time() - t_start) / 60 > args.max_minutes:
            break
        if epoch in (12, 20):
            for g in opt.param_groups:
                g["lr"] *= 0.5
    assert best_state is not None
    model.load_state_dict(best_state)
    model.eval()
    log(f"best dev F1 {best_f1:.4f}")

    # 3. export
    onnx_path, params_path = export(args.chunk, model, feats, words, chars, train[:2], args.out)

    # 4. scores of the exported model (onnxruntime)
    tagger = nn_rt.NeuralTagger(onnx_path, params_path)
    result: dict[str, Any] = {}
    for name, split in (("dev", dev), ("test", test)):
        for document in (False, True):  # 15-sentence pseudo-articles, as akhbar.evaluate_ner
            pred = []
            for lo in range(0, len(split), 15):
                pred.extend(tagger.tag_batch([x for x, _ in split[lo : lo + 15]], document=document))
            mode = "article" if document else "sentence"
            result[f"{name} ({mode})"] = scores([t for _, t in split], pred)
    print(json.dumps(result, indent=1))
    return 0


def bench(corpora: Path, n: int) -> dict[str, dict[str, float]]:
    """CPU ms/article and tokens/s of the neural and the CRF `tag_entities` over n corpus articles."""
    from akhbar.extract.entities import tag_entities as crf
    from akhbar.normalize import display_form

    per_file = max(n // max(len(list(corpora.glob("*.jsonl.gz"))), 1), 1)
    articles: list[list[str]] = []
    for path in sorted(corpora.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= per_file:
                    break
                rec = json.loads(line)
                text = display_form((rec.get("title") or "") + "\n" + (rec.get("text") or ""))
                articles.append([p for p in text.split("\n") if p.strip()])
    tokens = sum(len(tokenize(p)) for a in articles for p in a)
    out: dict[str, dict[str, float]] = {}
    for name, fn in (("neural", nn_rt.tag_entities), ("crf", crf)):
        fn(articles[0])  # load the model outside the timing
        t0 = time.process_time()
        found = sum(len(fn(a)) for a in articles)
        dt = time.process_time() - t0
        out[name] = {
            "articles": len(articles),
            "entities": found,
            "ms_per_article": round(1000 * dt / len(articles), 3),
            "tokens_per_s": round(tokens / dt),
            "articles_per_s": round(len(articles) / dt, 1),
        }
    return out


if __name__ == "__main__":
    raise SystemExit(main())
