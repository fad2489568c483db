"""Named-entity tagging (PER, ORG, LOC, MISC) with character offsets, offline and fast.

The model is a linear-chain CRF trained on ANERcorp (see `akhbar.extract.train_ner` and
`akhbar/models/README.md`). At run time we do not call crfsuite: the CRF's state features are
all functions of one token (the token itself, or a neighbour at a fixed offset), so the score a
word contributes to each label at each offset is precomputed once per distinct word and cached;
a paragraph's emission matrix is then a sum of cached rows, decoded by a batched Viterbi in
numpy with IOB2-invalid transitions forbidden (output is always valid strict IOB2). Tokens
whose O score wins by a wide margin are fixed to O first, which cuts sentences into short
segments that are decoded together, exactly given those pivots. Within an article, a name
tagged once is also tagged where it recurs untagged (one sense per document).

Offsets: an entity's `text` is `paragraphs[e.paragraph][e.start:e.end]`. When the first token of
an entity carries a conjunction or preposition proclitic (و ف ب ك ل) that the clitic splitter
strips, the entity starts after it (`ولبنان` gives `لبنان`); the article ال stays part of the
name (`بالرياض` gives `الرياض`). `لل` (ل + ال with the alef elided) cannot be split into a
substring naming the entity, so such a token is kept whole (`للأمم المتحدة`).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Final

import numpy as np
import numpy.typing as npt

from akhbar.records import Entity, EntityLabel

__all__ = [
    "FEATURES_VERSION",
    "NerModel",
    "WordTables",
    "fold",
    "iob_spans",
    "load_model",
    "sentence_features",
    "strip_clitics",
    "tag_entities",
    "tag_tokens",
    "tokenize",
    "word_features",
]

FEATURES_VERSION: Final = "ner-features.v3"

_MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
_DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MODEL_PATH: Final = _MODELS_DIR / "ner_crf.npz"
CLUSTERS_PATH: Final = _DATA_DIR / "ner_clusters.tsv"
GAZETTEER_PATH: Final = _DATA_DIR / "ner_gazetteer.tsv"
TRIGGERS_PATH: Final = _DATA_DIR / "ner_triggers.txt"
VECTORS_PATH: Final = _MODELS_DIR / "ner_vectors.npz"

# A token: a run of letters (with Arabic diacritics), a number, or one other non-space char.
_TOKEN_RE: Final = re.compile(r"(?:[^\W\d_]|[\u0610-\u061a\u064b-\u065f\u0670])+|\d+(?:[.,٫]\d+)*|\S")

# Search-form fold for feature keys only (never shown): drop diacritics and tatweel, unify
# hamza-carrying alefs, alef maqsura and teh marbuta (ANERcorp spells تسعي for تسعى).
_FOLD_TABLE: Final = str.maketrans(
    {
        **{chr(c): None for c in range(0x064B, 0x0660)},
        "\u0670": None,
        "\u0640": None,
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
    }
)
_CONJ: Final = frozenset("وف")
_PREP: Final = frozenset("بكل")
_ARABIC_LETTER_RE: Final = re.compile(r"[\u0621-\u064a]")


def fold(word: str) -> str:
    """The search-form key of a token used for all lexical features."""
    return word.translate(_FOLD_TABLE)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Tokens of `text` with their character spans (ANERcorp-like: punctuation split off)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def strip_clitics(key: str, counts: dict[str, int]) -> tuple[str, str]:
    """Split a folded token into (proclitics, stem) using corpus frequencies.

    A prefix is stripped only when the remainder is at least as frequent in the news corpora as
    the whole token (so وزير and بغداد stay whole, ولبنان and بالرياض are split). `لل` is read
    as ل + ال: the stem gets its ال back.
    """
    prefix = ""
    stem = key
    if len(stem) > 3 and stem[0] in _CONJ and counts.get(stem[1:], 0) >= max(counts.get(stem, 0), 1):
        prefix, stem = stem[0], stem[1:]
    if len(stem) > 3 and stem[0] in _PREP:
        if stem.startswith("لل"):
            restored = "ا" + stem[1:]
            if counts.get(restored, 0) >= max(counts.get(stem, 0), 1):
                return prefix + "ل", restored
        if counts.get(stem[1:], 0) >= max(counts.get(stem, 0), 1):
            prefix, stem = prefix + stem[0], stem[1:]
    return prefix, stem


class WordTables:
    """Lexical tables mined from the news corpora: counts, clusters, gazetteer, triggers."""

    def __init__(
        self,
        counts: dict[str, int],
        clusters: dict[str, tuple[str, ...]],
        gazetteer: dict[str, tuple[str, float]],
        triggers: frozenset[str],
        vectors: npt.NDArray[np.float32] | None = None,
    ) -> None:
        self.counts = counts
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.triggers = triggers
        # Dense word vectors: row i belongs to the i-th word of the cluster table.
        self.vectors = vectors
        n_vec = 0 if vectors is None else len(vectors)
        self.vector_row = {w: i for i, w in zip(range(n_vec), clusters, strict=False)}

    @classmethod
    def load(
        cls,
        clusters_path: Path = CLUSTERS_PATH,
        gazetteer_path: Path = GAZETTEER_PATH,
        triggers_path: Path = TRIGGERS_PATH,
        vectors_path: Path = VECTORS_PATH,
    ) -> WordTables:
        """Read the shipped tables (missing optional tables load as empty)."""
        counts: dict[str, int] = {}
        clusters: dict[str, tuple[str, ...]] = {}
        with clusters_path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# "):  # the header (the word "#" is a row: "#\t...")
                    continue
                word, count, *cl = line.rstrip("\n").split("\t")
                counts[word] = int(count)
                clusters[word] = tuple(cl)
        gazetteer: dict[str, tuple[str, float]] = {}
        if gazetteer_path.exists():
            with gazetteer_path.open(encoding="utf-8") as fh:
                for line in fh:
                    if not line.startswith("# "):
                        word, label, share = line.rstrip("\n").split("\t")[:3]
                        gazetteer[word] = (label, float(share))
        triggers: frozenset[str] = frozenset()
        if triggers_path.exists():
            lines = triggers_path.read_text(encoding="utf-8").splitlines()
            triggers = frozenset(x.strip() for x in lines if x.strip() and not x.startswith("#"))
        vectors = None
        if vectors_path.exists():
            with np.load(vectors_path, allow_pickle=False) as z:  # int8 codes, one scale per dim
                vectors = z["codes"].astype(np.float32) * z["scale"].astype(np.float32)
        return cls(counts, clusters, gazetteer, triggers, vectors)


def _shape(word: str) -> str:
    if word.isdigit() or word[0].isdigit():
        return "num"
    if _ARABIC_LETTER_RE.match(word):
        return "ar"
    if word.isalpha():
        return "lat"
    return "p:" + word if len(word) == 1 else "oth"


Vector = npt.NDArray[np.float32]


def word_features(word: str, tables: WordTables) -> tuple[list[str], list[str], Vector | None]:
    """(own, context) feature names of one token, and its dense corpus vector if known.

    `own` describe the token at position 0; `context` is the smaller set a neighbour
    contributes (each is prefixed with the neighbour's offset by the caller). The vector's
    components are real-valued features `e<k>` at offsets 0 and DENSE_OFFSETS.
    """
    key = fold(word)
    shape = _shape(word)
    if shape != "ar":
        own = ["shape=" + shape, "w=" + key.lower()]
        ctx = ["shape=" + shape, "w=" + key.lower()]
        cl = tables.clusters.get(key)
        if cl is not None:
            own += [f"c{i}={c}" for i, c in enumerate(cl)]
            ctx += [f"sc{i}={c}" for i, c in enumerate(cl)]
        return own, ctx, _vector(tables, key, key)
    prefix, stem = strip_clitics(key, tables.counts)
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
    cl = tables.clusters.get(key)
    scl = tables.clusters.get(stem, cl) if stem != key else cl
    own = [
        "w=" + key,
        "s=" + stem,
        "b=" + bare,
        "cp=" + prefix,
        "al=" + str(stem.startswith("ال")),
        "p2=" + stem[:2],
        "p3=" + stem[:3],
        "s1=" + stem[-1:],
        "s2=" + stem[-2:],
        "s3=" + stem[-3:],
        "len=" + str(min(len(bare), 8)),
        "raws1=" + key[-1:],
    ]
    ctx = ["s=" + stem, "cp=" + prefix, "s2=" + stem[-2:]]
    if cl is not None:
        own += [f"c{i}={c}" for i, c in enumerate(cl)]
    else:
        own.append("unk")
    if scl is not None:
        own += [f"sc{i}={c}" for i, c in enumerate(scl)]
        ctx += [f"sc{i}={c}" for i, c in enumerate(scl)]
    gz = tables.gazetteer.get(stem) or tables.gazetteer.get(key) or tables.gazetteer.get(bare)
    if gz is not None:
        level = f"gz={gz[0]}:{'hi' if gz[1] >= 0.6 else 'lo'}"
        own += ["gz=" + gz[0], level]
        ctx += ["gz=" + gz[0], level]
    if stem in tables.triggers or bare in tables.triggers:
        own.append("trig")
        ctx.append("trig")
    return own, ctx, _vector(tables, stem, key)


def _vector(tables: WordTables, stem: str, key: str) -> Vector | None:
    row = tables.vector_row.get(stem)
    if row is None:
        row = tables.vector_row.get(key)
    return None if row is None or tables.vectors is None else tables.vectors[row]


# Context window: features of neighbours at these offsets are added to a token's features;
# dense vectors are used for the token itself and its nearest neighbours only.
OFFSETS: Final = (-2, -1, 1, 2)
DENSE_OFFSETS: Final = (-1, 1)
BOS: Final = "<s>"
EOS: Final = "</s>"


def sentence_features(words: Sequence[str], tables: WordTables) -> list[dict[str, float]]:
    """Feature values for every token of a sentence (for training; run time sums the same)."""
    feats = [word_features(w, tables) for w in words]
    out: list[dict[str, float]] = []
    n = len(words)
    for i in range(n):
        row = dict.fromkeys(["bias", *feats[i][0]], 1.0)
        vec = feats[i][2]
        if vec is not None:
            row.update((f"e{k}", float(x)) for k, x in enumerate(vec))
        for off in OFFSETS:
            j = i + off
            if j < 0:
                row[f"{off:+d}:{BOS}"] = 1.0
            elif j >= n:
                row[f"{off:+d}:{EOS}"] = 1.0
            else:
                row.update((f"{off:+d}:{f}", 1.0) for f in feats[j][1])
                vec = feats[j][2]
                if vec is not None and off in DENSE_OFFSETS:
                    row.update((f"{off:+d}:e{k}", float(x)) for k, x in enumerate(vec))
        out.append(row)
    return out


class NerModel:
    """A CRF's weights arranged for cached per-word emission scores and packed Viterbi."""

    # Distinct words kept before the cache is reset: under 2**18 rows, so the row array (doubling from
    # 4,096) stops at 262,144 rows (about 47 MB) and memory stays flat over any corpus; measured on
    # 20,000 articles: 120k words gave 270 art/s, 250k words 322 art/s at 215 MB peak.
    _CACHE_LIMIT: Final = 250_000

    def __init__(
        self,
        labels: Sequence[str],
        attrs: Sequence[str],
        weights: npt.NDArray[np.float32],
        transitions: npt.NDArray[np.float32],
        tables: WordTables,
    ) -> None:
        if labels[0] != "O":
            raise ValueError("label 0 must be O")
        self.labels = list(labels)
        self._attr_index = {a: i for i, a in enumerate(attrs)}
        self._w = np.vstack([weights, np.zeros((1, len(labels)), np.float32)])
        self._none = len(attrs)  # the zero row, for features the model never weighted
        self.transitions = _constrain(transitions, self.labels)
        # Score added at a segment start: I- tags forbidden; after a pivot, the O→x move.
        self._start = np.where(self.transitions[0] > -1e3, 0.0, -1e4).astype(np.float32)
        self._after_pivot = self._start + self.transitions[0]
        self.tables = tables
        self._begin = {x[2:]: i for i, x in enumerate(self.labels) if x.startswith("B-")}
        self._inside = {x[2:]: i for i, x in enumerate(self.labels) if x.startswith("I-")}
        self._bias = self._score(["bias"])
        self._bias_id = self._attr_index.get("bias", self._none)
        self._ctx_index: dict[str, tuple[int, ...]] = {}
        # Weights of the dense features by slot (0 = own, k = OFFSETS[k - 1]), zero if unused.
        dim = 0 if tables.vectors is None else tables.vectors.shape[1]
        self._dense = np.zeros((1 + len(OFFSETS), dim, len(self.labels)), np.float32)
        for slot, off in enumerate((0, *OFFSETS)):
            prefix = "" if off == 0 else f"{off:+d}:"
            for k in range(dim):
                self._dense[slot, k] = self._score([f"{prefix}e{k}"])
        self._lock = threading.Lock()
        self._reset_cache()

    def _reset_cache(self) -> None:
        self._cache: dict[str, int] = {}
        self._rows: npt.NDArray[np.float32] = np.zeros((4096, 1 + len(OFFSETS), len(self.labels)), np.float32)
        self._kind = np.zeros(4096, dtype=np.int8)  # per row: 1 ends a sentence, 2 is a comma
        # Per row: the id of its clitic-stripped folded form (for propagation), ids by stem.
        self._stem_of = np.zeros(4096, dtype=np.int64)
        self._stem_ids: dict[str, int] = {}
        self._stem_list: list[str] = []
        self._n = 0
        bos = self._rows[self._add_row(BOS, [], [BOS])]
        eos = self._rows[self._add_row(EOS, [], [EOS])]
        # The separator put between sentences: it reads as BOS to the right and EOS to the left.
        self._sep = self._add_row("\x00sep", [], [])
        for k, off in enumerate(OFFSETS, start=1):
            self._rows[self._sep, k] = bos[k] if off < 0 else eos[k]
        for w in _SENT_END:
            self._kind[self._word_id(w)] = 1
        for w in _COMMAS:
            self._kind[self._word_id(w)] = 2

    def _score(self, names: Iterable[str]) -> npt.NDArray[np.float32]:
        get = self._attr_index.get
        ids = [get(n, self._none) for n in names]
        out: npt.NDArray[np.float32] = self._w[ids].sum(axis=0)
        return out

    def _add_row(
        self, word: str, own: list[str], ctx: list[str], vec: Vector | None = None, stem: str = ""
    ) -> int:
        if self._n == len(self._rows):
            self._rows = np.concatenate([self._rows, np.zeros_like(self._rows)])
            self._kind = np.concatenate([self._kind, np.zeros_like(self._kind)])
            self._stem_of = np.concatenate([self._stem_of, np.zeros_like(self._stem_of)])
        row = self._rows[self._n]
        row[0] = self._score(own) + (self._bias if own else 0.0)
        for k, off in enumerate(OFFSETS, start=1):
            row[k] = self._score([f"{off:+d}:{f}" for f in ctx])
        if vec is not None:
            row += np.einsum("d,sdl->sl", vec, self._dense)
        self._cache[word] = self._n
        sid = self._stem_ids.setdefault(stem, len(self._stem_ids))
        if sid == len(self._stem_list):
            self._stem_list.append(stem)
        self._stem_of[self._n] = sid
        self._n += 1
        return self._n - 1

    def _word_id(self, word: str) -> int:
        self._add_words([word])
        return self._n - 1

    def _ctx_attrs(self, feature: str) -> tuple[int, ...]:
        """Attribute ids of a context feature at each offset of OFFSETS (cached)."""
        get = self._attr_index.get
        ids = tuple(get(f"{off:+d}:{feature}", self._none) for off in OFFSETS)
        self._ctx_index[feature] = ids
        return ids

    def _add_words(self, words: list[str]) -> None:
        """Compute and cache the rows of new distinct words, all in one numpy reduction."""
        m = len(words)
        if self._n + m > len(self._rows):
            size = len(self._rows)
            while size < self._n + m:
                size *= 2
            self._rows = np.resize(self._rows, (size, *self._rows.shape[1:]))
            self._kind = np.resize(self._kind, size)
            self._stem_of = np.resize(self._stem_of, size)
        get = self._attr_index.get
        ctx_get = self._ctx_index.get
        none, bias = self._none, self._bias_id
        flat: list[int] = []
        bounds: list[int] = []
        with_vec: list[int] = []
        vecs: list[Vector] = []
        counts = self.tables.counts
        stem_ids = self._stem_ids
        for i, word in enumerate(words):
            own, ctx, vec = word_features(word, self.tables)
            bounds.append(len(flat))
            flat.append(bias)
            flat.extend([get(f, none) for f in own])
            cols = [ctx_get(f) or self._ctx_attrs(f) for f in ctx]
            for k in range(len(OFFSETS)):
                bounds.append(len(flat))
                flat.append(none)
                flat.extend([c[k] for c in cols])
            if vec is not None:
                with_vec.append(i)
                vecs.append(vec)
            stem = strip_clitics(fold(word), counts)[1]
            sid = stem_ids.setdefault(stem, len(stem_ids))
            if sid == len(self._stem_list):
                self._stem_list.append(stem)
            self._stem_of[self._n + i] = sid
            self._cache[word] = self._n + i
        rows = np.add.reduceat(self._w[flat], bounds, axis=0).reshape(m, 1 + len(OFFSETS), -1)
        if vecs:
            rows[with_vec] += np.einsum("md,sdl->msl", np.array(vecs), self._dense)
        self._rows[self._n : self._n + m] = rows
        self._kind[self._n : self._n + m] = 0
        self._n += m

    def _word_ids(self, words: list[str]) -> npt.NDArray[np.int64]:
        """Cache rows of the words (computing the features of words never seen before)."""
        if len(self._cache) >= self._CACHE_LIMIT:
            self._reset_cache()
        get = self._cache.get
        ids = [get(w, -1) for w in words]
        if -1 in ids:
            self._add_words(list(dict.fromkeys(w for w, i in zip(words, ids, strict=True) if i == -1)))
            ids = [get(w, -1) for w in words]
        return np.array(ids, dtype=np.int64)

    def tag_ids(
        self, words: list[str], starts: npt.NDArray[np.bool_], propagate: bool = False
    ) -> npt.NDArray[np.int64]:
        """Label ids of a flat token stream; `starts` marks tokens that begin a sentence.

        With `propagate`, the stream is one document: names found once are also tagged where
        they recur untagged (see `_propagate`). Calls are serialised: the word cache they share
        may be reset (the GIL serialises this pure-Python work anyway).
        """
        with self._lock:
            return self._tag_ids(words, starts, propagate)

    def _tag_ids(
        self, words: list[str], starts: npt.NDArray[np.bool_], propagate: bool
    ) -> npt.NDArray[np.int64]:
        n = len(words)
        if n == 0:
            return np.zeros(0, dtype=np.int64)
        ids = self._word_ids(words)
        kind = self._kind[ids]
        starts = starts.copy()
        starts[0] = True
        starts[1:] |= kind[:-1] == 1
        # Two separators before every sentence and at the end, so neighbours never cross one.
        cut = np.flatnonzero(starts)
        reach = max(-OFFSETS[0], OFFSETS[-1])
        padded = np.insert(ids, np.append(np.repeat(cut, reach), [n] * reach), self._sep)
        pos = np.arange(n) + reach * np.cumsum(starts)
        rows = self._rows
        emit = rows[padded[pos], 0]
        for k, off in enumerate(OFFSETS, start=1):
            emit += rows[padded[pos + off], k]
        # Pivots: commas and tokens whose O score beats every other label by a wide margin are
        # fixed to O and cut the sentence into short segments; each segment gets the pivot's
        # transitions (O→x at its start, x→O at its end), so decoding is exact given the pivots.
        other = emit[:, 1:].max(axis=1)
        pivot = (emit[:, 0] - other > PIVOT_MARGIN) | (kind == 2)
        kept = np.flatnonzero(~pivot)
        tags = np.zeros(n, dtype=np.int64)
        if len(kept) == 0:
            return tags
        prev = kept - 1
        new_seg = starts[kept] | (prev < 0) | pivot[np.maximum(prev, 0)]
        new_seg[0] = True
        after_pivot = new_seg & ~starts[kept]
        nxt = np.minimum(kept + 1, n - 1)
        before_pivot = (kept + 1 < n) & pivot[nxt] & ~starts[nxt]
        sub = emit[kept]
        sub[before_pivot] += self.transitions[:, 0]
        start_add = np.where(after_pivot[:, None], self._after_pivot, self._start).astype(np.float32)
        tags[kept] = _batched_viterbi(sub, start_add, np.flatnonzero(new_seg), self.transitions)
        return self._propagate(ids, tags, starts) if propagate else tags

    def _propagate(
        self, ids: npt.NDArray[np.int64], tags: npt.NDArray[np.int64], starts: npt.NDArray[np.bool_]
    ) -> npt.NDArray[np.int64]:
        """One sense per document: tag untagged recurrences of the document's entities.

        Names are matched on clitic-stripped stems (ولبنان matches لبنان); a person's last name
        alone also matches (روحاني after حسن روحاني). Only all-O stretches are relabelled.
        """
        hits = np.flatnonzero(tags).tolist()
        if not hits:
            return tags
        labels = self.labels
        sid = self._stem_of[ids]
        st = sid.tolist()
        votes: dict[tuple[int, ...], Counter[str]] = {}
        surnames: dict[tuple[int, ...], str] = {}
        for start, end, label in _spans(hits, tags, labels):
            votes.setdefault(tuple(st[start:end]), Counter())[label] += 1
            if label == "PER" and end - start >= 2 and len(self._stem_list[st[end - 1]]) > 2:
                surnames[(st[end - 1],)] = "PER"
        known = {key: c.most_common(1)[0][0] for key, c in votes.items()}
        for key, label in surnames.items():
            known.setdefault(key, label)
        by_first: dict[int, list[tuple[int, ...]]] = {}
        for key in sorted(known, key=len, reverse=True):
            by_first.setdefault(key[0], []).append(key)
        out = tags.copy()
        n = len(st)
        # Only untagged tokens whose stem starts a known name can start a match.
        cands = np.flatnonzero(np.isin(sid, np.fromiter(by_first, np.int64, len(by_first))) & (tags == 0))
        free = 0  # tokens before this one were consumed by a match
        for i in cands.tolist():
            if i < free or out[i] != 0:
                continue
            for key in by_first[st[i]]:
                j = i + len(key)
                if (
                    j <= n
                    and tuple(st[i:j]) == key
                    and not out[i:j].any()
                    and not starts[i + 1 : j].any()
                    and (j == n or labels[out[j]][:2] != "I-")
                ):
                    label = known[key]
                    out[i] = self._begin[label]
                    out[i + 1 : j] = self._inside[label]
                    free = j
                    break
        return out

    def tag_batch(self, sentences: Sequence[Sequence[str]], document: bool = False) -> list[list[str]]:
        """IOB2 tags for each pre-tokenised sentence (`document`: the sentences form one article)."""
        words = [w for s in sentences for w in s]
        starts = np.zeros(len(words), dtype=np.bool_)
        lengths = [len(s) for s in sentences]
        offsets = np.cumsum([0, *lengths])
        starts[offsets[:-1][np.array(lengths, dtype=np.int64) > 0]] = True
        tags = self.tag_ids(words, starts, propagate=document)
        labels = self.labels
        return [[labels[t] for t in tags[offsets[i] : offsets[i + 1]]] for i in range(len(sentences))]


def iob_spans(
    tags: Sequence[int] | npt.NDArray[np.int64], labels: Sequence[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of the entities in one row of tag ids whose "O" is id 0 (both taggers)."""
    row = np.asarray(tags, dtype=np.int64)
    return _spans(np.flatnonzero(row).tolist(), row, labels)


def _spans(
    hits: list[int], tags: npt.NDArray[np.int64], labels: Sequence[str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of the entities in a tag-id stream, given its non-O positions."""
    k = 0
    while k < len(hits):
        i = hits[k]
        label = labels[tags[i]][2:]
        j = i + 1
        k += 1
        while k < len(hits) and hits[k] == j and labels[tags[j]] == "I-" + label:
            j += 1
            k += 1
        yield i, j, label


def _constrain(trans: npt.NDArray[np.float32], labels: list[str]) -> npt.NDArray[np.float32]:
    """Transition scores with IOB2-invalid moves (O→I-X, B-X→I-Y) forbidden."""
    out = trans.astype(np.float32).copy()
    for j, to in enumerate(labels):
        if to.startswith("I-"):
            for i, frm in enumerate(labels):
                if frm[2:] != to[2:]:
                    out[i, j] = -1e4
    return out


def _batched_viterbi(
    emit: npt.NDArray[np.float32],
    start_add: npt.NDArray[np.float32],
    seg_start: npt.NDArray[np.int64],
    trans: npt.NDArray[np.float32],
) -> npt.NDArray[np.int64]:
    """Best label path of every segment; segments are decoded together, one per batch row."""
    n, n_lab = emit.shape
    emit = emit.copy()
    emit[seg_start] += start_add[seg_start]
    lengths = np.diff(np.append(seg_start, n))
    out: npt.NDArray[np.int64] = emit.argmax(axis=1)  # right for one-token segments
    multi = lengths > 1
    if not multi.any():
        return out
    seg_start, lengths = seg_start[multi], lengths[multi]
    width = int(lengths.max())
    n_rows = len(seg_start)
    seg = np.repeat(np.arange(n_rows), lengths)
    col = np.arange(len(seg)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    tok = seg_start[seg] + col
    cell = col * n_rows + seg  # time-major layout: cell = t * rows + row
    flat_e = np.zeros((width * n_rows, n_lab), np.float32)
    flat_e[cell] = emit[tok]
    e = flat_e.reshape(width, n_rows, n_lab)
    is_last = np.zeros((width, n_rows), dtype=np.bool_)
    is_last[lengths - 1, np.arange(n_rows)] = True
    back = np.zeros((width, n_rows, n_lab), dtype=np.int64)
    hist = np.empty((width, n_rows, n_lab), dtype=np.float32)
    score = e[0]
    hist[0] = score
    for t in range(1, width):
        cand = score[:, :, None] + trans
        back[t] = cand.argmax(axis=1)
        score = cand.max(axis=1) + e[t]
        hist[t] = score
    best = hist.argmax(axis=2)
    path = np.empty((width, n_rows), dtype=np.int64)
    rows = np.arange(n_rows)
    cur = best[width - 1]
    path[width - 1] = cur
    for t in range(width - 2, -1, -1):
        cur = np.where(is_last[t], best[t], back[t + 1][rows, cur])
        path[t] = cur
    out[tok] = path.reshape(-1)[cell]
    return out


def load_model(path: Path = MODEL_PATH, tables: WordTables | None = None) -> NerModel:
    """Read an exported CRF (`train_ner.export_model`) and the word tables it was trained with."""
    with np.load(path, allow_pickle=False) as z:
        version = str(z["version"])
        if version != FEATURES_VERSION:
            raise ValueError(f"NER model {path} uses {version}, this code needs {FEATURES_VERSION}")
        labels = str(z["labels"]).split("\n")
        attrs = bytes(z["attrs"]).decode("utf-8").split("\n")
        weights = np.zeros((len(attrs), len(labels)), np.float32)
        weights[z["rows"], z["cols"]] = z["values"].astype(np.float32)
        transitions = z["transitions"].astype(np.float32)
    return NerModel(labels, attrs, weights, transitions, tables or WordTables.load())


_MODEL: NerModel | None = None
_MODEL_LOCK = threading.Lock()


def _model() -> NerModel:
    """The shipped model, loaded on first use (once per process)."""
    global _MODEL
    if _MODEL is None:
        with _MODEL_LOCK:
            if _MODEL is None:
                _MODEL = load_model()
    return _MODEL


# Tokens that end a sentence (decoding units match ANERcorp's sentence-sized training units),
# and commas after which a long sentence may be cut for decoding.
_SENT_END: Final = frozenset(".!?؟")
_COMMAS: Final = frozenset("،,؛;")
# Emission margin (O over the best other label) above which a token is fixed to O before
# decoding; transitions are a few units, so this loses nothing measurable: on the train-dev split
# a CRF of the shipped recipe scores the same at 6 as at 8 (0.7864 in articles, 0.7793 per
# sentence; 5 loses 0.13 points), and 6 fixes more tokens of the session-7 model, whose own-word
# O margins are smaller than its predecessor's (tag_entities 1.21 vs 1.37 ms/article, warm).
PIVOT_MARGIN: float = 6.0


# How much commoner the stem must be than the whole token before an entity's span drops the
# proclitic: ولبنان (364) / لبنان (2,574) splits, بريكس (61) / ريكس (123, Rex Tillerson) does not.
_SPAN_SPLIT_RATIO: Final = 3


def _clitic_offset(token: str, tables: WordTables) -> int:
    """Characters of `token` to skip so an entity starts after its stripped proclitics.

    Stricter than the feature splitter: a name the corpora never saw whole (كنعاني) keeps its
    first letter unless the remainder is itself a known name (بروحاني → روحاني), and a known
    token splits only when its stem is much commoner.
    """
    key = fold(token)
    counts = tables.counts
    prefix, stem = strip_clitics(key, counts)
    if not prefix:
        return 0
    whole = counts.get(key, 0)
    if (whole == 0 and stem not in tables.gazetteer) or (
        whole > 0 and counts.get(stem, 0) < _SPAN_SPLIT_RATIO * whole
    ):
        return 0
    if key[len(prefix) :] != stem:  # لل: only a leading conjunction can be split off
        prefix = prefix[:-1] if prefix[0] in _CONJ and len(prefix) > 1 else ""
    pos = 0
    for _ in prefix:
        pos += 1
        while pos < len(token) and unicodedata.combining(token[pos]):
            pos += 1
    return pos if pos < len(token) else 0


def tag_tokens(words: Sequence[str]) -> list[str]:
    """IOB2 tags (PER/ORG/LOC/MISC) for one pre-tokenised sentence."""
    return _model().tag_batch([words])[0]


def tag_entities(paragraphs: Sequence[str]) -> list[Entity]:
    """Named entities of an article's paragraphs, with offsets into each paragraph's text."""
    model = _model()
    words: list[str] = []
    first: list[int] = []
    matches: list[re.Match[str]] = []  # every token's match, for its offsets (one scan of the text)
    for text in paragraphs:
        first.append(len(words))
        found = list(_TOKEN_RE.finditer(text))
        matches += found
        words += [m[0] for m in found]
    first.append(len(words))
    starts = np.zeros(len(words), dtype=np.bool_)
    starts[[f for f in first[:-1] if f < len(words)]] = True
    tags = model.tag_ids(words, starts, propagate=True)
    out: list[Entity] = []
    p = -1
    for i, j, label in iob_spans(tags, model.labels):
        while first[p + 1] <= i:  # advance to the paragraph holding token i
            p += 1
        start = matches[i].start() + _clitic_offset(words[i], model.tables)
        end = matches[j - 1].end()
        text = paragraphs[p][start:end]
        out.append(Entity(text=text, label=_LABEL[label], paragraph=p, start=start, end=end))
    return out


_LABEL: Final[dict[str, EntityLabel]] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
