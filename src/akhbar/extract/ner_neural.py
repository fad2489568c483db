"""Named-entity tagging (PER, ORG, LOC, MISC) with a small neural tagger run by onnxruntime.

The network (trained by `tools/train_ner_neural.py` on ANERcorp, see `akhbar/models/README.md`)
reads, for every token, a corpus-pretrained vector of its folded form, a vector of its
clitic-stripped stem and a character CNN over its letters; a BiLSTM turns them into per-label
emission scores. The ONNX graph stops at the emissions: the word vectors are looked up here in
numpy (the int8 table lives in `ner_bilstm.npz`, next to the CRF transition matrix) and the
labels are decoded by a batched Viterbi with IOB2-invalid transitions forbidden, so the output
is always valid strict IOB2.

Same contract as `akhbar.extract.entities.tag_entities` and the same tokenizer: an entity's
`text` is `paragraphs[e.paragraph][e.start:e.end]`. A leading conjunction/preposition proclitic
(و ف ب ك ل) that the stem splitter strips is left out of the entity (`ولبنان` gives `لبنان`,
`بالرياض` gives `الرياض`); `لل` cannot be split into a substring naming the entity and is kept.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from akhbar.extract.entities import iob_spans, tokenize
from akhbar.normalize.search import search_form
from akhbar.records import Entity, EntityLabel

__all__ = [
    "LABELS",
    "MODEL_PATH",
    "PARAMS_PATH",
    "VERSION",
    "Featurizer",
    "NeuralTagger",
    "load_tagger",
    "sentence_spans",
    "stem_key",
    "tag_entities",
    "tag_tokens",
    "word_key",
]

VERSION: Final = "ner-bilstm.v1"
_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_PATH: Final = _MODELS_DIR / "ner_bilstm.onnx"
PARAMS_PATH: Final = _MODELS_DIR / "ner_bilstm.npz"

LABELS: Final = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MAX_CHARS: Final = 16  # characters of a token the char-CNN reads (first 8 and last 8 if longer)
MAX_SENTENCE: Final = 120  # longer sentences are decoded in pieces of this many tokens
PAD, UNK = 0, 1  # reserved rows of the word table and ids of the char table

_DIGIT: Final = re.compile(r"\d")
_CONJ: Final = frozenset("وف")
_PREP: Final = frozenset("بكل")
_SENT_END: Final = frozenset(".!?؟")


def word_key(token: str) -> str:
    """The folded form a token is looked up by: `search_form`, digits as 0, punctuation kept."""
    key = search_form(token).replace(" ", "")
    if not key:
        return token
    return _DIGIT.sub("0", key) if not key.isalpha() else key


def stem_key(key: str, rank: dict[str, int]) -> str:
    """The key without the proclitics a more frequent remainder shows to be clitics.

    `rank` is a word's row in the frequency-sorted table (lower is more frequent). و/ف, then
    ب/ك/ل, are stripped when the remainder is more frequent than the whole (so وزير and بغداد
    stay whole, ولبنان and بالرياض split); `لل` is read as ل + ال.
    """
    none = 1 << 30
    stem = key
    if len(stem) > 3 and stem[0] in _CONJ and rank.get(stem[1:], none) < rank.get(stem, none):
        stem = stem[1:]
    if len(stem) > 3 and stem[0] in _PREP:
        whole = rank.get(stem, none)
        if stem.startswith("لل") and rank.get("ا" + stem[1:], none) < whole:
            return "ا" + stem[1:]
        if rank.get(stem[1:], none) < whole:
            stem = stem[1:]
    return stem


class Featurizer:
    """Token strings to the network's inputs (word and stem vectors, char ids, reverse order)."""

    def __init__(self, words: Sequence[str], vectors: npt.NDArray[np.float32], chars: str) -> None:
        # words[0], words[1] are the padding and unknown rows.
        self.words = list(words)
        self.rank = {w: i for i, w in enumerate(self.words) if i >= 2}
        self.vectors = vectors
        self.char_id = {c: i + 2 for i, c in enumerate(chars)}
        self._cache: dict[str, tuple[int, int, tuple[int, ...]]] = {}

    def token(self, token: str) -> tuple[int, int, tuple[int, ...]]:
        """(word row, stem row, char ids) of one token, cached per distinct token."""
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        key = word_key(token)
        stem = stem_key(key, self.rank)
        chars = key if len(key) <= MAX_CHARS else key[: MAX_CHARS // 2] + key[-MAX_CHARS // 2 :]
        out = (
            self.rank.get(key, UNK),
            self.rank.get(stem, UNK),
            tuple(self.char_id.get(c, UNK) for c in chars),
        )
        if len(self._cache) < 500_000:
            self._cache[token] = out
        return out

    def ids(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Padded word rows, stem rows [B, T], char ids [B, T, MAX_CHARS] and lengths [B]."""
        n = len(sentences)
        width = max((len(s) for s in sentences), default=0) or 1
        words = np.zeros((n, width), dtype=np.int64)
        stems = np.zeros((n, width), dtype=np.int64)
        chars = np.zeros((n, width, MAX_CHARS), dtype=np.int64)
        lengths = np.zeros(n, dtype=np.int64)
        for b, sent in enumerate(sentences):
            lengths[b] = len(sent)
            for t, tok in enumerate(sent):
                w, s, c = self.token(tok)
                words[b, t] = w
                stems[b, t] = s
                chars[b, t, : len(c)] = c
        return words, stems, chars, lengths


def reverse_index(lengths: npt.NDArray[np.int64], width: int) -> npt.NDArray[np.int64]:
    """Per row, the gather index that reverses the first `length` positions (pads stay put)."""
    pos = np.arange(width, dtype=np.int64)[None, :]
    lens = lengths[:, None]
    return np.where(pos < lens, lens - 1 - pos, pos).astype(np.int64)


def sentence_spans(words: Sequence[str]) -> list[tuple[int, int]]:
    """Decoding units of a paragraph's tokens: sentences, cut to at most MAX_SENTENCE tokens."""
    spans: list[tuple[int, int]] = []
    lo = 0
    for i, w in enumerate(words):
        if w in _SENT_END or i + 1 - lo >= MAX_SENTENCE:
            spans.append((lo, i + 1))
            lo = i + 1
    if lo < len(words):
        spans.append((lo, len(words)))
    return spans


def pack(lengths: Sequence[int], limit: int) -> list[tuple[int, int]]:
    """Runs [lo, hi) of consecutive units whose total length stays within `limit` tokens.

    The tagger reads consecutive sentences of an article together (as it was trained), which
    also keeps the rows of a batch about equally long, so little of it is padding."""
    runs: list[tuple[int, int]] = []
    lo, total = 0, 0
    for i, n in enumerate(lengths):
        if i > lo and total + n > limit:
            runs.append((lo, i))
            lo, total = i, 0
        total += n
    if lo < len(lengths):
        runs.append((lo, len(lengths)))
    return runs


def _allowed(labels: Sequence[str]) -> tuple[npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """IOB2 validity: (transition i -> j allowed [K, K], label allowed at a sentence start [K])."""
    k = len(labels)
    trans = np.ones((k, k), dtype=np.bool_)
    start = np.ones(k, dtype=np.bool_)
    for j, lj in enumerate(labels):
        if lj.startswith("I-"):
            start[j] = False
            for i, li in enumerate(labels):
                trans[i, j] = li[2:] == lj[2:] and li != "O"
    return trans, start


def viterbi(
    em: npt.NDArray[np.float32],
    lengths: npt.NDArray[np.int64],
    trans: npt.NDArray[np.float32],
    start: npt.NDArray[np.float32],
    end: npt.NDArray[np.float32],
) -> npt.NDArray[np.int64]:
    """Best label ids [B, T] for emissions [B, T, K] (positions past a row's length are 0).

    `start` and `end` are [K] or per row [B, K]."""
    n, width, k = em.shape
    if n == 0 or width == 0:
        return np.zeros((n, width), dtype=np.int64)
    hist = np.empty((width, n, k), dtype=np.float32)
    back = np.empty((width, n, k), dtype=np.int64)
    score = start + em[:, 0]
    hist[0] = score
    for t in range(1, width):
        cand = score[:, :, None] + trans
        back[t] = cand.argmax(axis=1)
        score = cand.max(axis=1) + em[:, t]
        hist[t] = score
    rows = np.arange(n)
    last_t = np.maximum(lengths, 1) - 1
    cur = last = (hist[last_t, rows] + end).argmax(axis=1)
    out = np.zeros((n, width), dtype=np.int64)
    out[:, width - 1] = cur
    for t in range(width - 2, -1, -1):
        cur = np.where(t < last_t, back[t + 1, rows, cur], last)
        out[:, t] = cur
    out[np.arange(width)[None, :] >= lengths[:, None]] = 0
    return out


# One-token names this frequent in the corpora (word-table rank) are never propagated.
PROPAGATE_COMMON: int = 2000
PROPAGATE: bool = True  # tag_entities propagates names within the article

# Emission margin of O over every other label above which a token is fixed to O before decoding:
# the sentence falls apart into short independent segments around the candidate entities.
PIVOT_MARGIN: float = 8.0


class NeuralTagger:
    """The exported network, its word table and CRF transitions."""

    def __init__(self, model_path: Path = MODEL_PATH, params_path: Path = PARAMS_PATH) -> None:
        import onnxruntime as ort  # type: ignore[import-untyped]

        with np.load(params_path, allow_pickle=False) as z:
            version = str(z["version"])
            if version != VERSION:
                raise ValueError(f"{params_path}: model version {version!r}, expected {VERSION!r}")
            words = str(z["words"]).split("\n")
            vectors = z["codes"].astype(np.float32) * z["scale"].astype(np.float32)[None, :]
            vectors[PAD] = 0.0
            chars = str(z["chars"])
            self.labels = [str(x) for x in z["labels"]]
            trans = z["transitions"].astype(np.float32)
            start = z["start"].astype(np.float32)
            end = z["end"].astype(np.float32)
            self.chunk = int(z["chunk"])
        ok_trans, ok_start = _allowed(self.labels)
        self.trans = np.where(ok_trans, trans, np.float32(-1e4)).astype(np.float32)
        self.start = np.where(ok_start, start, np.float32(-1e4)).astype(np.float32)
        self.end = end
        self.features = Featurizer(words, vectors.astype(np.float32), chars)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self.session: Any = ort.InferenceSession(
            str(model_path), sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self.token_session: Any = ort.InferenceSession(
            str(model_path.with_name(model_path.stem + "_tokens.onnx")),
            sess_options=opts,
            providers=["CPUExecutionProvider"],
        )
        size = int(self.token_session.get_outputs()[0].shape[-1])
        # Per distinct token seen: its encoder features (row 0 is padding).
        self._tok: dict[str, int] = {}
        self._stems: dict[str, str] = {}
        self._feat = np.zeros((4096, size), dtype=np.float32)

    def _token_ids(self, tokens: list[str]) -> npt.NDArray[np.int64]:
        """Cache rows of the tokens, computing the char-CNN once per new distinct token."""
        get = self._tok.get
        ids = [get(t, -1) for t in tokens]
        if -1 in ids:
            new = list(dict.fromkeys(t for t, i in zip(tokens, ids, strict=True) if i < 0))
            if len(self._tok) + len(new) > 200_000:  # bound the cache: start afresh
                self._tok.clear()
            base = len(self._tok) + 1
            need = base + len(new)
            if need > len(self._feat):  # grow geometrically (rows keep their place)
                self._feat = np.resize(self._feat, (max(need, 2 * len(self._feat)), self._feat.shape[1]))
            feats = [self.features.token(t) for t in new]
            chars = np.zeros((len(new), MAX_CHARS), dtype=np.int64)
            for i, (_, _, c) in enumerate(feats):
                chars[i, : len(c)] = c
            vec = self.features.vectors
            feeds = {
                "words": vec[np.array([f[0] for f in feats], dtype=np.int64)],
                "stems": vec[np.array([f[1] for f in feats], dtype=np.int64)],
                "chars": chars,
            }
            (x,) = self.token_session.run(None, feeds)
            self._feat[base:need] = x
            for i, t in enumerate(new):
                self._tok[t] = base + i
            ids = [get(t, 0) for t in tokens]
        return np.array(ids, dtype=np.int64)

    def emissions(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int64]]:
        """Emission scores [B, T, K] of padded sentences (one ONNX call) and their lengths."""
        flat = [t for s in sentences for t in s]
        lengths = np.array([len(s) for s in sentences], dtype=np.int64)
        width = int(lengths.max()) if len(lengths) else 0
        mat = np.zeros((len(sentences), width), dtype=np.int64)
        mat[np.arange(width)[None, :] < lengths[:, None]] = self._token_ids(flat)
        feeds = {"features": self._feat[mat], "reverse": reverse_index(lengths, width)}
        (em,) = self.session.run(None, feeds)
        return np.asarray(em, dtype=np.float32), lengths

    def decode(self, em: npt.NDArray[np.float32], lengths: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Viterbi over the segments left between tokens that are O by a wide margin."""
        n, width, _ = em.shape
        live = np.arange(width)[None, :] < lengths[:, None]
        margin = em[:, :, 0] - em[:, :, 1:].max(axis=2)
        free = live & (margin <= PIVOT_MARGIN)
        out = np.zeros((n, width), dtype=np.int64)
        if not free.any():
            return out
        # runs of free tokens: (row, first, last + 1)
        edge = np.diff(np.pad(free.astype(np.int8), ((0, 0), (1, 1))), axis=1)
        r0, c0 = np.nonzero(edge == 1)
        _, c1 = np.nonzero(edge == -1)
        seg_len = (c1 - c0).astype(np.int64)
        seg_w = int(seg_len.max())
        pos = c0[:, None] + np.arange(seg_w)[None, :]
        inside = np.arange(seg_w)[None, :] < seg_len[:, None]
        pos = np.where(inside, pos, c0[:, None])
        seg_em = em[r0[:, None], pos]
        # a segment after a fixed O starts as from O; one before a fixed O ends into O
        start = np.where((c0 > 0)[:, None], self.trans[0][None, :], self.start[None, :])
        end = np.where((c1 < lengths[r0])[:, None], self.trans[:, 0][None, :], self.end[None, :])
        best = viterbi(seg_em, seg_len, self.trans, start, end)
        out[r0[:, None].repeat(seg_w, 1)[inside], pos[inside]] = best[inside]
        return out

    def tag_ids(self, sentences: Sequence[Sequence[str]]) -> list[list[int]]:
        """Label ids of each sentence (consecutive ones are read together, one ONNX call)."""
        out: list[list[int]] = [[] for _ in sentences]
        keep = [i for i, s in enumerate(sentences) if s]
        if not keep:
            return out
        runs = pack([len(sentences[i]) for i in keep], self.chunk)
        rows = [[t for i in keep[lo:hi] for t in sentences[i]] for lo, hi in runs]
        em, lengths = self.emissions(rows)
        best = self.decode(em, lengths)
        for row, (lo, hi) in enumerate(runs):
            at = 0
            for i in keep[lo:hi]:
                n = len(sentences[i])
                out[i] = tags = best[row, at : at + n].tolist()
                at += n
                if self.labels[tags[0]].startswith("I-"):  # an entity cut at a sentence end
                    tags[0] = self.labels.index("B-" + self.labels[tags[0]][2:])
        return out

    def tag_batch(self, sentences: Sequence[Sequence[str]], document: bool = False) -> list[list[str]]:
        """IOB2 tags of each pre-tokenised sentence (`document`: they form one article)."""
        tags = self.tag_ids(sentences)
        if document:
            self.propagate(sentences, tags)
        return [[self.labels[t] for t in row] for row in tags]

    def _stem(self, token: str) -> str:
        stem = self._stems.get(token)
        if stem is None:
            stem = stem_key(word_key(token), self.features.rank)
            if len(self._stems) < 200_000:
                self._stems[token] = stem
        return stem

    def propagate(self, sentences: Sequence[Sequence[str]], tags: list[list[int]]) -> None:
        """One sense per article: untagged recurrences of a tagged name get its label, in place.

        A name is its tokens' stems (`ولبنان` recurs as `لبنان`); the surname of a tagged
        full PER name counts as a name too. One-token names must be rare words (not among the
        PROPAGATE_COMMON most frequent) of at least three letters."""
        names: dict[tuple[str, ...], Counter[str]] = {}
        for sent, row in zip(sentences, tags, strict=True):
            for i, j, kind in iob_spans(row, self.labels):
                key = tuple(self._stem(t) for t in sent[i:j])
                names.setdefault(key, Counter())[kind] += 1
                if self.labels[row[i]] == "B-PER" and j - i >= 2:
                    names.setdefault(key[-1:], Counter())["PER"] += 1
        rank = self.features.rank
        names = {
            k: c
            for k, c in names.items()
            if len(k) > 1
            or (len(k[0]) >= 3 and k[0].isalpha() and rank.get(k[0], 1 << 30) >= PROPAGATE_COMMON)
        }
        if not names:
            return
        longest = max(len(k) for k in names)
        first = {k[0] for k in names}
        b_id = {x[2:]: self.labels.index(x) for x in self.labels if x.startswith("B-")}
        cached = self._stems.get
        for sent, row in zip(sentences, tags, strict=True):
            stems = [cached(t) or self._stem(t) for t in sent]
            i = 0
            while i < len(row):
                if row[i] != 0 or stems[i] not in first:
                    i += 1
                    continue
                for n in range(min(longest, len(row) - i), 0, -1):
                    c = names.get(tuple(stems[i : i + n]))
                    if c is not None and all(t == 0 for t in row[i : i + n]):
                        if i + n < len(row) and self.labels[row[i + n]].startswith("I-"):
                            continue  # would cut into a following entity
                        b = b_id[c.most_common(1)[0][0]]
                        row[i : i + n] = [b] + [b + 1] * (n - 1)
                        i += n - 1
                        break
                i += 1


_TAGGER: NeuralTagger | None = None
_LOCK = threading.Lock()


def load_tagger() -> NeuralTagger:
    """The shipped tagger, loaded on first use (once per process)."""
    global _TAGGER
    if _TAGGER is None:
        with _LOCK:
            if _TAGGER is None:
                _TAGGER = NeuralTagger()
    return _TAGGER


def tag_tokens(words: Sequence[str]) -> list[str]:
    """IOB2 tags (PER/ORG/LOC/MISC) for one pre-tokenised sentence."""
    return load_tagger().tag_batch([words])[0]


def _clitic_offset(token: str, tagger: NeuralTagger) -> int:
    """Characters of `token` to skip so an entity starts after its stripped proclitics."""
    key = word_key(token)
    if not key.isalpha():
        return 0
    stem = stem_key(key, tagger.features.rank)
    cut = len(key) - len(stem)
    if cut <= 0:
        return 0
    if key[cut:] != stem:  # لل + stem restored to ال: only a leading conjunction can go
        cut = 1 if key[0] in _CONJ and cut > 1 else 0
    pos = 0
    for _ in range(cut):  # skip letters, with any diacritics/tatweel they carry
        pos += 1
        while pos < len(token) and (unicodedata.combining(token[pos]) or token[pos] == "\u0640"):
            pos += 1
    return pos if pos < len(token) else 0


def tag_entities(paragraphs: Sequence[str]) -> list[Entity]:
    """Named entities of an article's paragraphs, with offsets into each paragraph's text.

    All sentences of the article are tagged in one batch (one ONNX call)."""
    tagger = load_tagger()
    toks = [tokenize(text) for text in paragraphs]
    units: list[list[str]] = []
    where: list[tuple[int, int]] = []  # (paragraph, first token) of each unit
    for p, ptoks in enumerate(toks):
        words = [t[0] for t in ptoks]
        for lo, hi in sentence_spans(words):
            units.append(words[lo:hi])
            where.append((p, lo))
    out: list[Entity] = []
    ids = tagger.tag_ids(units)
    if PROPAGATE:
        tagger.propagate(units, ids)
    for (p, lo), tags in zip(where, ids, strict=True):
        for i, j, kind in iob_spans(tags, tagger.labels):
            first, last = toks[p][lo + i], toks[p][lo + j - 1]
            start = first[1] + _clitic_offset(first[0], tagger)
            end = last[2]
            text = paragraphs[p][start:end]
            out.append(Entity(text=text, label=_LABEL[kind], paragraph=p, start=start, end=end))
    return out


_LABEL: Final[dict[str, EntityLabel]] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
