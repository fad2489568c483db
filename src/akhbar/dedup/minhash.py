"""Story clusters: copies of one story (agency stories republished with small edits, one article
filed under two categories) grouped by MinHash + LSH over word shingles of the search form.

Shingling the search form means a Persian-typed copy (ی ک) and an Arabic-typed one shingle alike.
Signatures are made at ingest (in the pool) and kept per article (versioned). Clustering bands
the signatures (LSH: BANDS bands of ROWS values; two articles sharing a band are candidates) with
numpy sorts instead of a Python LSH table, so its memory is BANDS × 4 bytes per article plus the
candidates' signatures. A signature also carries its text's shingle count, so a candidate pair
has an estimated Jaccard J and an estimated containment of the smaller text in the larger (a copy
cut short). Two articles are copies when J ≥ THRESHOLD or containment ≥ CONTAINMENT; a pair whose
estimates fall near those lines (the 128-value estimate is ±0.04 at J = 0.5) is decided on the
exact shingle sets, read from the store.

Clusters grow by average link, not by chaining: links are taken in arrival order (by their later
article, strongest first), and a link joins its two articles' clusters only when at least
LINKAGE of the pairs across them are copies by their signatures' estimates (on the first
_LINK_SAMPLE members of each, by id). So an article that copies two different stories (a
template shared by two announcements, a round-up holding two short items) joins one of them and
does not merge them. Clusters only grow or merge as articles arrive, so an incremental pass gives
the clusters a whole pass gives. The thresholds, LINKAGE, SHINGLE and the banding were set on the
labelled pair set (docs/corpus-bench.md).
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

from akhbar.normalize import SEARCH_VERSION

__all__ = [
    "MINHASH_VERSION",
    "ClusterStats",
    "band_keys",
    "candidate_pairs",
    "cluster_signatures",
    "cluster_store",
    "copies",
    "shingle_hashes",
    "shingles",
    "signature",
]

NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.54  # Jaccard of shingle sets at which two articles are copies of one story
CONTAINMENT = 0.80  # share of the smaller text's shingles in the larger: a copy cut short
LINKAGE = 0.34  # share of the pairs across two clusters that must be copies for them to join
_LINK_SAMPLE = 16  # members of each cluster (the first by id) that the LINKAGE test reads
MIN_SHINGLES = 18  # containment says nothing about a text of a few words
_UNSURE = 0.12  # estimates this close to a threshold are checked on the exact shingle sets
# At most this many exact checks a pass (each reads and shingles two records); past it, estimates
# decide. The corpora need a few thousand; a corpus of many near-copies (the replicated bench)
# would otherwise spend its time here.
EXACT_BUDGET = 100_000
ROWS = 3  # values per band: P(candidate | J) = 1 - (1 - J**ROWS)**BANDS, 0.996 at J = 0.5
BANDS = NUM_PERM // ROWS
_SEED = 1
MINHASH_VERSION = f"minhash.v4+crc32lin+w{SHINGLE}p{NUM_PERM}+n+{SEARCH_VERSION}"


@dataclass(frozen=True, slots=True)
class ClusterStats:
    """What a clustering pass did."""

    hashed: int
    articles: int
    clusters: int
    clustered: int


def shingles(search_text: str) -> set[bytes]:
    """Word n-grams of a search-form text (the whole text when shorter than one shingle)."""
    words = search_text.split()
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


# Multiply-shift hashing (Dietzfelbinger et al.): h_i(x) = (a_i * x + b_i) mod 2**64, top 32 bits;
# a random odd a_i per permutation. Seeded, so stored signatures stay valid (MINHASH_VERSION).
_rng = np.random.default_rng(_SEED)
_A = _rng.integers(1, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)


_K = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)[:SHINGLE]


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values, sorted: a sort and a neighbour compare (np.unique's hash-based path in
    NumPy 2.x is 4-14x slower on these integer arrays)."""
    values = np.sort(values, axis=None)
    if len(values) < 2:
        return values
    keep = np.empty(len(values), dtype=bool)
    keep[0] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def signature(search_text: str) -> np.ndarray:
    """The MinHash signature of a search-form text: NUM_PERM uint32 minima, then the number of
    distinct shingles (for containment).

    A shingle's hash combines its words' crc32 (C speed) linearly, so no shingle string is built;
    `shingles` gives the same sets for inspection."""
    words = search_text.encode().split()
    if not words:
        return np.append(_EMPTY, np.uint32(0))
    wh = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    if len(words) < SHINGLE:
        hv = np.array([(wh * _K[: len(words)]).sum(dtype=np.uint64)], dtype=np.uint64)
    else:
        n = len(words) - SHINGLE + 1
        hv = wh[:n] * _K[0]
        for i in range(1, SHINGLE):
            hv += wh[i : i + n] * _K[i]
        hv = _distinct(hv)
    mixed = hv[:, None] * _A  # wraps mod 2**64 by design
    mixed += _B
    out = np.empty(NUM_PERM + 1, dtype=np.uint32)
    out[:NUM_PERM] = mixed.min(axis=0) >> np.uint64(32)  # the top 32 bits; min first (monotone)
    out[NUM_PERM] = min(len(hv), 2**32 - 1)
    return out


def _informative(sig: np.ndarray) -> bool:
    """False for the signature of an empty text (all empty texts would look alike)."""
    return bool(sig[:NUM_PERM].min() != 0xFFFFFFFF)


def _estimates(a: np.ndarray, b: np.ndarray) -> tuple[float, float, int]:
    """(estimated Jaccard, estimated containment of the smaller in the larger, smaller's size)."""
    j = float(np.mean(a[:NUM_PERM] == b[:NUM_PERM]))
    na, nb = int(a[NUM_PERM]), int(b[NUM_PERM])
    small = max(min(na, nb), 1)
    return j, min(1.0, j * (na + nb) / (1 + j) / small), small


def copies(j: float, containment: float, small: int) -> bool:
    """The decision on (Jaccard, containment, smaller shingle count), estimated or exact."""
    return j >= THRESHOLD or (containment >= CONTAINMENT and small >= MIN_SHINGLES)


def _exact(a: set[int], b: set[int]) -> tuple[float, float, int]:
    inter = len(a & b)
    small = max(min(len(a), len(b)), 1)
    return inter / max(len(a | b), 1), inter / small, min(len(a), len(b))


def shingle_hashes(search_text: str) -> set[int]:
    """The text's shingles as the 64-bit hashes `signature` minimises over (exact checks)."""
    words = search_text.encode().split()
    if len(words) < SHINGLE:
        return (
            {int((np.fromiter(map(zlib.crc32, words), dtype=np.uint64) * _K[: len(words)]).sum())}
            if words
            else set()
        )
    wh = np.fromiter(map(zlib.crc32, words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    hv = sum((wh[i : i + n] * _K[i] for i in range(SHINGLE)), start=np.zeros(n, dtype=np.uint64))
    return set(hv.tolist())


_MULT = np.random.default_rng(_SEED).integers(1, 2**63, size=ROWS, dtype=np.uint64) | np.uint64(1)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """(n, BANDS) uint32 keys of the signatures' bands (a random linear hash of each band's values,
    top 32 bits: 4 bytes a band keeps memory small; a rare key collision is only a candidate that
    the Jaccard check then rejects)."""
    bands = sigs[:, : BANDS * ROWS].astype(np.uint64).reshape(len(sigs), BANDS, ROWS)  # not the count
    mixed = (bands * _MULT).sum(axis=2, dtype=np.uint64)  # wraps mod 2**64 by design
    keys: np.ndarray = (mixed >> np.uint64(32)).astype(np.uint32)
    return keys


def candidate_pairs(keys: np.ndarray, new: np.ndarray | None = None) -> np.ndarray:
    """(m, 2) row-index pairs sharing a band: each row of a run of equal keys with the run's first
    row and with the previous row (enough to connect every run). With `new` (a boolean row mask),
    only the pairs that involve a new row."""
    n = np.int64(len(keys))
    found = []  # pairs coded as low * n + high: one int64 each, so deduplication is a 1-D sort
    for band in range(keys.shape[1]):
        order = np.argsort(keys[:, band], kind="stable").astype(np.int64)
        sorted_keys = keys[order, band]
        same = np.flatnonzero(sorted_keys[1:] == sorted_keys[:-1]) + 1  # positions equal to the one before
        if not len(same):
            continue
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        run_first = starts[np.searchsorted(starts, same, side="right") - 1]
        for a, b in ((order[same - 1], order[same]), (order[run_first], order[same])):
            low, high = np.minimum(a, b), np.maximum(a, b)
            keep = low != high
            if new is not None:
                keep &= new[low] | new[high]
            found.append(_distinct(low[keep] * n + high[keep]))
        if sum(map(len, found)) > 4_000_000:  # merge as we go: memory follows the distinct pairs
            found = [_distinct(np.concatenate(found))]
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    coded = _distinct(np.concatenate(found))
    return np.stack([coded // n, coded % n], axis=1)


def cluster_signatures(signatures: Mapping[int, np.ndarray]) -> list[list[int]]:
    """Clusters (sorted ids, size ≥ 2) of articles whose signatures estimate them copies (in
    memory, estimates only; `cluster_store` also checks unsure pairs exactly)."""
    ids = list(signatures)
    if not ids:
        return []
    sigs = np.stack([np.asarray(signatures[i], dtype=np.uint32) for i in ids])
    kept: list[tuple[int, int]] = []
    sims: list[float] = []
    for a, b in candidate_pairs(band_keys(sigs)).tolist():
        estimate = _estimates(sigs[a], sigs[b])
        if _informative(sigs[a]) and copies(*estimate):
            kept.append((ids[a], ids[b]))
            sims.append(estimate[0])
    rows = {aid: row for row, aid in enumerate(ids)}
    linkage = _Linkage(lambda _: (rows, sigs))
    linkage.run(np.array(kept, dtype=np.int64).reshape(-1, 2), np.array(sims, dtype=np.float64))
    return sorted(linkage.groups(), key=lambda g: g[0])


def _estimated_copies(a: np.ndarray, b: np.ndarray) -> int:
    """How many of the pairs across two stacks of signatures their estimates call copies."""
    j = (a[:, None, :NUM_PERM] == b[None, :, :NUM_PERM]).mean(axis=2)
    na, nb = a[:, NUM_PERM].astype(np.float64)[:, None], b[:, NUM_PERM].astype(np.float64)[None, :]
    small = np.minimum(na, nb)
    c = np.minimum(1.0, j * (na + nb) / (1 + j) / np.maximum(small, 1))
    return int(np.count_nonzero((j >= THRESHOLD) | ((c >= CONTAINMENT) & (small >= MIN_SHINGLES))))


def _says_copies(same: int, na: int, nb: int) -> bool:
    """`_estimated_copies` of one pair: `same` of the NUM_PERM values equal, na and nb shingles."""
    j = same / NUM_PERM
    small = min(na, nb)
    return j >= THRESHOLD or (
        small >= MIN_SHINGLES and j * (na + nb) / (1 + j) / max(small, 1) >= CONTAINMENT
    )


# Signatures of some articles: (article -> row, the rows).
_Fetch = Callable[[Sequence[int]], tuple[Mapping[int, int], np.ndarray]]


class _Linkage:
    """Clusters grown link by link under the LINKAGE test (see the module docstring): links are
    taken by their later article, then strongest first; a link joins two clusters when at least
    LINKAGE of the pairs across their first _LINK_SAMPLE members are copies by estimate (the
    link's own pair counts as a copy: it may have been checked on exact shingles)."""

    def __init__(self, fetch: _Fetch) -> None:
        self.fetch = fetch  # signatures of these articles
        self.root: dict[int, int] = {}  # article -> its cluster's key (one of its articles)
        self.members: dict[int, list[int]] = {}  # key -> the cluster's articles (any order)
        self.heads: dict[int, list[int]] = {}  # key -> its first _LINK_SAMPLE articles, ascending
        self.rows: Mapping[int, int] = {}  # article -> its row of `sigs` (this chunk's)
        self.sigs = np.zeros((0, NUM_PERM + 1), dtype=np.uint32)
        self.stacked: dict[int, np.ndarray] = {}  # key -> its head's signatures (this chunk's)

    def seed(self, clusters: Iterable[Sequence[int]]) -> None:
        """Start from these clusters (an incremental pass: the stored clusters links touch)."""
        for cluster in clusters:
            members = sorted(cluster)
            self.members[members[0]] = members
            self.heads[members[0]] = members[:_LINK_SAMPLE]
            self.root.update(dict.fromkeys(members, members[0]))

    def run(self, links: np.ndarray, sims: np.ndarray, chunk: int = 20_000) -> None:
        """Take (m, 2) article-id links with their estimated or exact Jaccard, in order; each
        chunk of links reads the signatures its tests can need, and only those."""
        order = np.lexsort((links.min(axis=1), -sims, links.max(axis=1)))
        for start in range(0, len(order), chunk):
            part = links[order[start : start + chunk]].tolist()
            need = {x for pair in part for x in pair}
            need.update(*(self._head(self.root.get(x, x)) for x in list(need)))
            (self.rows, self.sigs), self.stacked = self.fetch(sorted(need)), {}
            for a, b in part:
                self._link(a, b)
        self.rows, self.stacked = {}, {}
        self.sigs = np.zeros((0, NUM_PERM + 1), dtype=np.uint32)

    def groups(self) -> list[list[int]]:
        """The clusters (ids ascending), seeded ones included."""
        return [sorted(members) for members in self.members.values()]

    def _head(self, key: int) -> list[int]:
        return self.heads.get(key, [key])

    def _stack(self, key: int, head: list[int]) -> np.ndarray:
        found = self.stacked.get(key)
        if found is None:  # a big cluster's head seldom changes: its articles come first
            found = self.stacked[key] = self.sigs[[self.rows[x] for x in head]]
        return found

    def _link(self, a: int, b: int) -> None:
        ra, rb = self.root.get(a, a), self.root.get(b, b)
        if ra == rb:
            return
        ha, hb = self._head(ra), self._head(rb)
        if len(ha) * len(hb) > 1 and not self._close(a, ra, ha, b, rb, hb):
            return
        # The smaller cluster moves into the larger (each article moves O(log n) times).
        if len(self.members.get(ra, ())) < len(self.members.get(rb, ())):
            ra, rb, ha, hb = rb, ra, hb, ha
        moved = self.members.pop(rb, [rb])
        self.members.setdefault(ra, [ra]).extend(moved)
        head = self.heads[ra] = sorted(ha + hb)[:_LINK_SAMPLE]
        self.heads.pop(rb, None)
        self.stacked.pop(rb, None)
        if head != ha:
            self.stacked.pop(ra, None)
        self.root.update(dict.fromkeys(moved, ra))

    def _close(self, a: int, ra: int, ha: list[int], b: int, rb: int, hb: list[int]) -> bool:
        """The LINKAGE test of the clusters of a (head ha) and b (head hb), the link a–b counted."""
        if len(ha) > 1 and len(hb) > 1:
            sa, sb = self._stack(ra, ha), self._stack(rb, hb)
            found = _estimated_copies(sa, sb)
            if a in ha and b in hb and not _estimated_copies(sa[[ha.index(a)]], sb[[hb.index(b)]]):
                found += 1  # the link itself, decided on exact shingles
            return found >= LINKAGE * len(ha) * len(hb)
        # One article against a cluster's head (most tests): one numpy comparison, then floats.
        single, key, head, member = (a, rb, hb, b) if len(ha) == 1 else (b, ra, ha, a)
        many, one = self._stack(key, head), self.sigs[self.rows[single]]
        same = np.count_nonzero(many[:, :NUM_PERM] == one[:NUM_PERM], axis=1).tolist()
        size = int(one[NUM_PERM])
        flags = [_says_copies(n, size, m) for n, m in zip(same, many[:, NUM_PERM].tolist(), strict=True)]
        found = sum(flags) + (member in head and not flags[head.index(member)])  # the link counts
        return found >= LINKAGE * len(head)


class _SignatureStore(Protocol):
    """What clustering needs of a store (SQLiteStore provides it)."""

    def missing_signatures(self, version: str, limit: int = 2000) -> list[tuple[int, str]]: ...
    def save_signatures(self, version: str, rows: Sequence[tuple[int, bytes]]) -> None: ...
    def signatures(self, version: str) -> Iterable[tuple[int, bytes, str | None]]: ...
    def signatures_of(self, version: str, ids: Sequence[int]) -> Iterable[tuple[int, bytes]]: ...
    def search_bodies(self, ids: Sequence[int]) -> dict[int, str]: ...
    def replace_clusters(
        self, clusters: Sequence[Sequence[int]], state: tuple[str, int] | None = None
    ) -> None: ...
    def merge_clusters(
        self,
        groups: Sequence[tuple[int | None, Sequence[int]]],
        dropped: Sequence[int],
        state: tuple[str, int],
        cleared: Sequence[int] = (),
    ) -> None: ...
    def cluster_state(self) -> tuple[str, int] | None: ...
    def changed_since(self, seq: int, head: int) -> tuple[list[int], bool]: ...
    def broken_clusters(self) -> list[int]: ...
    def last_change(self) -> int: ...
    def clusters_of(self, ids: Sequence[int]) -> dict[int, int]: ...
    def members_of(self, cluster_ids: Sequence[int]) -> list[tuple[int, int]]: ...
    def cluster_totals(self) -> tuple[int, int]: ...


def _keys_by_chunk(store: _SignatureStore, chunk: int = 20_000) -> Iterator[tuple[list[int], np.ndarray]]:
    ids: list[int] = []
    blobs: list[bytes] = []
    for aid, sig, _ in store.signatures(MINHASH_VERSION):
        ids.append(aid)
        blobs.append(sig)
        if len(ids) >= chunk:
            yield ids, band_keys(np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(-1, NUM_PERM + 1))
            ids, blobs = [], []
    if ids:
        yield ids, band_keys(np.frombuffer(b"".join(blobs), dtype=np.uint32).reshape(-1, NUM_PERM + 1))


def _verify(store: _SignatureStore, ids: Sequence[int], pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The candidate pairs that are copies, as an (m, 2) array, and their Jaccard (estimated, or
    exact where checked): estimates in numpy, block by block (each block reads only its own
    articles' signatures, so memory follows the block), unsure ones on exact shingles."""
    exact = _ExactShingles(store)
    found: list[np.ndarray] = []
    sims: list[np.ndarray] = []
    checked_a, checked_b, checked_j = array("q"), array("q"), array("d")  # the exact checks' links
    budget = EXACT_BUDGET
    for start in range(0, len(pairs), _BLOCK):
        block = pairs[start : start + _BLOCK]
        rows = _distinct(block)
        blobs = dict(store.signatures_of(MINHASH_VERSION, [ids[i] for i in rows]))
        sigs = np.frombuffer(b"".join(blobs[ids[i]] for i in rows), dtype=np.uint32).reshape(-1, NUM_PERM + 1)
        del blobs
        where = np.searchsorted(rows, block)  # pair -> rows of `sigs`
        sa, sb = sigs[where[:, 0]], sigs[where[:, 1]]
        j = (sa[:, :NUM_PERM] == sb[:, :NUM_PERM]).mean(axis=1)
        na, nb = sa[:, NUM_PERM].astype(np.float64), sb[:, NUM_PERM].astype(np.float64)
        small = np.maximum(np.minimum(na, nb), 1)
        c = np.minimum(1.0, j * (na + nb) / (1 + j) / small)
        informative = sa[:, :NUM_PERM].min(axis=1) != 0xFFFFFFFF
        sure = (j >= THRESHOLD + _UNSURE) | ((c >= CONTAINMENT + _UNSURE) & (small >= MIN_SHINGLES))
        unsure = np.abs(j - THRESHOLD) < _UNSURE
        unsure |= (small >= MIN_SHINGLES) & (np.abs(c - CONTAINMENT) < _UNSURE)
        check = np.flatnonzero(informative & unsure)
        # Past the budget, estimates decide the unsure pairs too (in numpy, like the sure ones).
        late = check[max(budget, 0) :]
        budget -= len(check)
        estimated = informative & sure & ~unsure
        estimated[late] = True
        estimated &= (j >= THRESHOLD) | ((c >= CONTAINMENT) & (small >= MIN_SHINGLES))
        found.append(block[estimated])
        sims.append(j[estimated])
        todo = block[check[: len(check) - len(late)]].tolist()
        for part in range(0, len(todo), _EXACT_CHUNK):
            chunk = todo[part : part + _EXACT_CHUNK]
            exact.prefetch([ids[x] for pair in chunk for x in pair])
            for a, b in chunk:
                decided = _exact(exact(ids[a]), exact(ids[b]))
                if copies(*decided):
                    checked_a.append(a)
                    checked_b.append(b)
                    checked_j.append(decided[0])
    found.append(
        np.stack([np.frombuffer(checked_a, dtype=np.int64), np.frombuffer(checked_b, dtype=np.int64)], axis=1)
    )
    sims.append(np.frombuffer(checked_j, dtype=np.float64))
    return np.concatenate(found), np.concatenate(sims)


_BLOCK = 50_000  # candidate pairs estimated at once (their signatures are read per block)
_EXACT_CHUNK = 1000  # unsure pairs whose articles are read together (two per pair at most)


class _ExactShingles:
    """Exact shingle sets of articles, read from the store on demand (a bounded cache: pairs come
    sorted by their first article, so neighbours reuse it)."""

    def __init__(self, store: _SignatureStore, size: int = 5000) -> None:
        self.store, self.size, self.cache = store, size, dict[int, set[int]]()

    def prefetch(self, ids: Sequence[int]) -> None:
        """Read these articles' shingles in a few queries (one per 500) instead of one each."""
        missing = list(dict.fromkeys(i for i in ids if i not in self.cache))
        if len(self.cache) + len(missing) > self.size:
            self.cache.clear()
        for start in range(0, len(missing), 500):
            chunk = missing[start : start + 500]
            bodies = self.store.search_bodies(chunk)
            for aid in chunk:
                self.cache[aid] = shingle_hashes(bodies.get(aid, ""))

    def __call__(self, aid: int) -> set[int]:
        found = self.cache.get(aid)
        if found is None:
            if len(self.cache) >= self.size:
                self.cache.clear()
            text = self.store.search_bodies([aid]).get(aid, "")
            found = self.cache[aid] = shingle_hashes(text)
        return found


def _state_version() -> str:
    """What stored clusters depend on besides the articles: signatures, banding, thresholds and
    linkage (a store clustered under other ones, or by connected components, is reclustered)."""
    rule = f"t{THRESHOLD}c{CONTAINMENT}m{MIN_SHINGLES}+avg{LINKAGE}s{_LINK_SAMPLE}"
    return f"{MINHASH_VERSION}+b{BANDS}r{ROWS}+{rule}"


def cluster_store(store: _SignatureStore, *, full: bool = False) -> ClusterStats:
    """Hash articles that lack a signature, then bring the store's story clusters up to date.

    Incremental by default. Only the candidate pairs that involve an article added since the last
    pass, or a member of a cluster that lost an article since (a deletion, or a changed input
    replacing its article), are verified; the clusters those pairs touch grow or merge under the
    LINKAGE test, and the ones that lost a member are rebuilt from their remaining members' links
    (so they may split). For added articles that gives the clusters a whole pass would: new
    articles sort after old ones in every band and links are taken in arrival order, so the
    older links were taken, and decided, the same way. A store clustered under other settings
    (MinHash, banding, thresholds, linkage) or never clustered gets a whole pass, as does `full`.
    Memory: BANDS × 4 bytes per article for the band keys, plus the candidates' signatures."""
    hashed = 0
    while batch := store.missing_signatures(MINHASH_VERSION):
        store.save_signatures(MINHASH_VERSION, [(aid, signature(text).tobytes()) for aid, text in batch])
        hashed += len(batch)
    head = store.last_change()
    state = store.cluster_state()
    if full or state is None or state[0] != _state_version():
        return _cluster_all(store, head, hashed)
    added, deleted = store.changed_since(state[1], head)
    return _cluster_new(store, added, store.broken_clusters() if deleted else [], head, hashed)


def _all_keys(store: _SignatureStore) -> tuple[np.ndarray, np.ndarray]:
    """(article ids, their band keys) of every signature, ids ascending."""
    id_parts: list[np.ndarray] = []
    parts: list[np.ndarray] = []
    for chunk_ids, keys in _keys_by_chunk(store):
        id_parts.append(np.array(chunk_ids, dtype=np.int64))
        parts.append(keys)
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros((0, BANDS), dtype=np.uint32)
    return np.concatenate(id_parts), np.concatenate(parts)


def _signature_reader(store: _SignatureStore) -> _Fetch:
    """Reads the signatures of some articles (the LINKAGE tests of a chunk of links)."""

    def fetch(ids: Sequence[int]) -> tuple[dict[int, int], np.ndarray]:
        found = list(store.signatures_of(MINHASH_VERSION, ids))
        sigs = np.frombuffer(b"".join(sig for _, sig in found), dtype=np.uint32).reshape(-1, NUM_PERM + 1)
        return {aid: row for row, (aid, _) in enumerate(found)}, sigs

    return fetch


def _cluster_all(store: _SignatureStore, head: int, hashed: int) -> ClusterStats:
    """Recluster the whole store and save the clusters."""
    ids, keys = _all_keys(store)
    pairs = candidate_pairs(keys)
    del keys  # one copy of the band keys, not two, while pairs are found
    links, sims = _verify(store, ids.tolist(), pairs)
    del pairs
    linkage = _Linkage(_signature_reader(store))
    linkage.run(ids[links], sims)
    clusters = sorted(linkage.groups(), key=lambda g: g[0])
    store.replace_clusters(clusters, (_state_version(), head))
    return ClusterStats(hashed, len(ids), len(clusters), sum(len(c) for c in clusters))


def _cluster_new(
    store: _SignatureStore, added: Sequence[int], broken: Sequence[int], head: int, hashed: int
) -> ClusterStats:
    """Link the articles added since the last pass and rebuild the clusters that lost a member:
    verify only the pairs that involve one of them, take those links in order from the stored
    clusters they touch (a rebuilt cluster's members start alone), then write the clusters that
    change (a grown or merged cluster keeps the smallest id among those it joins). Rebuilt
    members are re-linked in the same order as new ones, so a rebuild can differ from a whole
    pass where the lost article had decided which of two clusters one of them joined."""
    state = (_state_version(), head)
    if not added and not broken:
        if store.cluster_state() != state:
            store.merge_clusters([], [], state)  # only the change-log position moves
        return ClusterStats(hashed, 0, *store.cluster_totals())
    rebuilt = store.members_of(broken)  # their members are re-linked from scratch
    ids, keys = _all_keys(store)
    touched = np.asarray([*added, *(aid for aid, _ in rebuilt)], dtype=np.int64)
    pairs = candidate_pairs(keys, new=np.isin(ids, touched))
    del keys
    found, sims = _verify(store, ids.tolist(), pairs)
    links = ids[found]  # article ids
    del pairs, found
    broken_set = set(broken)
    joined = {k for k in store.clusters_of(_distinct(links).tolist()).values() if k not in broken_set}
    members = store.members_of(sorted(joined))
    by_cluster: dict[int, list[int]] = {}
    for aid, k in members:
        by_cluster.setdefault(k, []).append(aid)
    linkage = _Linkage(_signature_reader(store))
    linkage.seed(by_cluster.values())
    linkage.run(links, sims)
    cluster_of = dict(members) | dict(rebuilt)
    groups: list[tuple[int | None, Sequence[int]]] = []
    kept: set[int] = set()
    for group in sorted(linkage.groups(), key=lambda g: g[0]):
        olds = sorted({cluster_of[a] for a in group if a in cluster_of} - kept)  # a split keeps its id once
        groups.append((olds[0] if olds else None, group))
        kept.update(olds[:1])
    grouped = {a for _, g in groups for a in g}
    dropped = sorted((joined | broken_set) - kept)
    cleared = [aid for aid, _ in rebuilt if aid not in grouped]
    store.merge_clusters(groups, dropped, state, cleared)
    return ClusterStats(hashed, len(added), *store.cluster_totals())
