"""Near-duplicate story clusters: MinHash + LSH over word shingles of the search form."""

from __future__ import annotations

from akhbar.dedup.minhash import MINHASH_VERSION, cluster_signatures, cluster_store, shingles, signature

__all__ = ["MINHASH_VERSION", "cluster_signatures", "cluster_store", "shingles", "signature"]
