"""Story clusters: copies of one story (agency stories republished with small edits, one article
filed under two categories) grouped by MinHash + LSH over word shingles of the search form.

Shingling the search form means a Persian-typed copy (ی ک) and an Arabic-typed one shingle alike.
Signatures are kept per article (versioned), so a new ingest hashes only new articles; LSH
candidates are confirmed by the signatures' estimated Jaccard before two articles are linked, and
clusters are the connected components. Parameters were set on the labelled pair set
(bench/dedup_pairs.py, figures in its output).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from akhbar.normalize import SEARCH_VERSION

__all__ = ["MINHASH_VERSION", "ClusterStats", "cluster_signatures", "cluster_store", "shingles", "signature"]

NUM_PERM = 128
SHINGLE = 3  # words per shingle
THRESHOLD = 0.5  # estimated Jaccard of shingle sets at which two articles are copies of one story
_SEED = 1
_SCHEME = "affine32"  # datasketch 2 hashing scheme (uint32 values); pinned so stored signatures stay valid
MINHASH_VERSION = f"minhash.v1+crc32w{SHINGLE}p{NUM_PERM}+{SEARCH_VERSION}"


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


@cache
def _permutations() -> object:
    return MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations


def signature(search_text: str) -> np.ndarray:
    """The MinHash signature (uint32 array of NUM_PERM values) of a search-form text."""
    mh = MinHash(
        num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME, hashfunc=zlib.crc32, permutations=_permutations()
    )  # crc32: a C-speed 32-bit hash; permutations made once
    mh.update_batch(list(shingles(search_text)))
    return np.asarray(mh.hashvalues, dtype=np.uint32)


def cluster_signatures(signatures: Mapping[int, np.ndarray], threshold: float = THRESHOLD) -> list[list[int]]:
    """Clusters (sorted ids, size ≥ 2) of articles whose signatures estimate Jaccard ≥ threshold."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = {key: key for key in signatures}

    def find(key: int) -> int:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for key, values in signatures.items():
        lean = LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)
        for other in lsh.query(lean):
            if float(np.mean(signatures[other] == values)) >= threshold:
                a, b = find(key), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
        lsh.insert(key, lean, check_duplication=False)
    groups: dict[int, list[int]] = {}
    for key in signatures:
        groups.setdefault(find(key), []).append(key)
    return sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0])


class _SignatureStore(Protocol):
    """What clustering needs of a store (SQLiteStore provides it)."""

    def missing_signatures(self, version: str, limit: int = 2000) -> list[tuple[int, bytes]]: ...
    def save_signatures(self, version: str, rows: Sequence[tuple[int, bytes]]) -> None: ...
    def signatures(self, version: str) -> Iterable[tuple[int, bytes, str | None]]: ...
    def replace_clusters(self, clusters: Sequence[Sequence[int]]) -> None: ...


def cluster_store(store: _SignatureStore) -> ClusterStats:
    """Hash articles that lack a signature, then recluster the whole store and save the clusters."""
    hashed = 0
    while batch := store.missing_signatures(MINHASH_VERSION):
        rows = [(aid, signature(zlib.decompress(blob).decode()).tobytes()) for aid, blob in batch]
        store.save_signatures(MINHASH_VERSION, rows)
        hashed += len(rows)
    sigs = {aid: np.frombuffer(sig, dtype=np.uint32) for aid, sig, _ in store.signatures(MINHASH_VERSION)}
    clusters = cluster_signatures(sigs)
    store.replace_clusters(clusters)
    return ClusterStats(hashed, len(sigs), len(clusters), sum(len(c) for c in clusters))
