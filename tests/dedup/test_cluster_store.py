"""Story clusters in a real store: an ingest that only adds articles is clustered incrementally,
and gives the clusters a whole pass gives; an article copying two stories joins one of them and
does not merge them (average link, not chaining); a replaced article's cluster is rebuilt."""

from __future__ import annotations

import random
from pathlib import Path

from akhbar.dedup import cluster_signatures, cluster_store, signature
from akhbar.records import Source
from akhbar.store import SQLiteStore, open_store
from akhbar.store.ingest import ingest_pages
from corpus_support import Page, simple_process

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_rng = random.Random(7)
VOCAB = sorted({"".join(_rng.choice(LETTERS) for _ in range(_rng.randint(3, 6))) for _ in range(3000)})


def story(seed: int, words: int = 90) -> str:
    """A text of random words: two different seeds share almost no shingles."""
    rng = random.Random(seed)
    return " ".join(rng.choice(VOCAB) for _ in range(words))


def edited(text: str, seed: int) -> str:
    """A republished copy: a few words changed, a sign-off added (Jaccard well above the line)."""
    rng = random.Random(seed)
    words = text.split()
    for _ in range(2):
        words[rng.randrange(len(words))] = rng.choice(VOCAB)
    return " ".join(words) + " انتهى"


def chained(step: int, seed: int = 77) -> str:
    """The `step`-th of texts sliding over one long text by 45 of their 200 words: neighbours are
    copies (Jaccard 0.63), texts two steps apart are not (0.38)."""
    words = story(seed, 400).split()
    return " ".join(words[45 * step : 45 * step + 200])


def page(key: str, body: str) -> Page:
    return Page(f"عنوان {key}\n\n{body}", Source(path=f"mem/{key}", record=None, url=None, site="spa"))


def ingest(store: SQLiteStore, pages: list[Page]) -> None:
    ingest_pages(store, [p.source.path for p in pages], pages, process=simple_process)


def partition(store: SQLiteStore) -> set[frozenset[str]]:
    """The clusters as sets of input paths (ids change when an input is replaced)."""
    paths = dict(store.conn.execute("SELECT id, path FROM articles").fetchall())
    groups: dict[int, set[str]] = {}
    for aid, cluster in store.cluster_pairs():
        groups.setdefault(cluster, set()).add(paths[aid])
    return {frozenset(g) for g in groups.values()}


def first_batch() -> list[Page]:
    pages = [page(f"s{i}", story(i)) for i in range(40)]  # 40 different stories
    pages += [page(f"s{i}-copy", edited(story(i), 100 + i)) for i in range(0, 10)]  # 10 two-copy clusters
    pages += [page("s20-copy", edited(story(20), 200)), page("s21-copy", edited(story(21), 201))]
    return pages


def second_batch() -> list[Page]:
    return [
        page("s0-third", edited(story(0), 300)),  # joins an old cluster
        page("s30-copy", edited(story(30), 301)),  # makes a new cluster with an old single article
        page("bridge", story(20) + " " + story(21)),  # holds two old stories whole: joins one, merges none
        page("n1", story(1000)),  # a new story, alone
        page("n2", story(1001)),
        page("n2-copy", edited(story(1001), 302)),  # a cluster of new articles only
    ]


def test_added_articles_cluster_incrementally_as_a_whole_pass_would(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        ingest(store, first_batch())
        first = cluster_store(store)
        assert (first.articles, first.clusters, first.clustered) == (52, 12, 24)
        before = dict(store.cluster_pairs())
        ingest(store, second_batch())
        step = cluster_store(store)
        assert step.articles == 6  # only the new articles were paired and checked
        grown = partition(store)
        assert frozenset({"mem/s0", "mem/s0-copy", "mem/s0-third"}) in grown
        assert frozenset({"mem/s30", "mem/s30-copy"}) in grown
        s20, s21 = frozenset({"mem/s20", "mem/s20-copy"}), frozenset({"mem/s21", "mem/s21-copy"})
        bridged = {s20 | {"mem/bridge"}, s21 | {"mem/bridge"}}
        assert len(bridged & grown) == 1  # the bridge joined one of the two stories
        assert (s20 in grown) != (s21 in grown)  # and left the other as it was
        assert frozenset({"mem/n2", "mem/n2-copy"}) in grown
        after = dict(store.cluster_pairs())
        # Ids 1, 21 and 22 are s0, s20 and s21. Clusters keep their ids: none was merged.
        assert all(after[aid] == k for aid, k in before.items())
        assert (step.clusters, step.clustered) == (14, 30)
        whole = cluster_store(store, full=True)
        assert whole.articles == 58
        assert partition(store) == grown
        assert (whole.clusters, whole.clustered) == (step.clusters, step.clustered)


def test_a_pass_with_nothing_new_changes_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        ingest(store, first_batch())
        cluster_store(store)
        clusters = store.conn.execute("SELECT * FROM clusters ORDER BY id").fetchall()
        ingest(store, first_batch())  # the same inputs again: nothing added
        again = cluster_store(store)
        assert (again.articles, again.clusters, again.clustered) == (0, 12, 24)
        assert store.conn.execute("SELECT * FROM clusters ORDER BY id").fetchall() == clusters


def test_a_chain_of_copies_stops_where_a_text_copies_under_a_third_of_its_cluster() -> None:
    """A to D each copy the one before only: C copies half of {A, B} and joins, D a third of
    {A, B, C} and stays out (connected components would put all four in one story)."""
    assert cluster_signatures({i: signature(chained(i - 1)) for i in range(1, 5)}) == [[1, 2, 3]]


def chain_batch() -> list[Page]:
    """A, B, C: a chain (A and C are not copies); A2 and C2 copies of A and C that join through
    B (each copies two of the three)."""
    return [
        page("A", chained(0)),
        page("B", chained(1)),
        page("C", chained(2)),
        page("A2", edited(chained(0), 500)),
        page("C2", edited(chained(2), 501)),
    ]


def test_replaced_articles_rebuild_only_their_clusters_which_may_split(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        ingest(store, [*first_batch(), *chain_batch()])
        cluster_store(store)
        chain = frozenset({"mem/A", "mem/B", "mem/C", "mem/A2", "mem/C2"})
        assert {frozenset({"mem/s3", "mem/s3-copy"}), chain} <= partition(store)
        kept = dict(store.cluster_pairs())
        changed = [
            page("s3-copy", story(3000)),  # the copy's input now holds another story: s3 is alone
            page("B", story(3001)),  # the link of the chain is gone: its cluster splits in two
            page("s4-copy", edited(story(4), 400)),  # edited again: still a copy of s4
        ]
        ingest(store, changed)
        again = cluster_store(store)
        assert again.articles == 3  # only the replacements were added; the rest was not re-paired
        grown = partition(store)
        assert not any("mem/s3" in g for g in grown)
        assert {frozenset({"mem/A", "mem/A2"}), frozenset({"mem/C", "mem/C2"})} <= grown
        assert frozenset({"mem/s4", "mem/s4-copy"}) in grown
        after = dict(store.cluster_pairs())
        assert after[1] == kept[1] and after[5] == kept[5]  # untouched (s0) and rebuilt (s4) keep ids
        a, c = 53, 55  # ids of A and C (after the 52 of the first batch)
        assert len({after[a], after[c]}) == 2 and kept[a] in (after[a], after[c])  # split: one keeps it
        assert (again.clusters, again.clustered) == (13, 26)  # s3's cluster gone, the chain split in two
        whole = cluster_store(store, full=True)
        assert whole.articles == 57
        assert partition(store) == grown


def test_a_store_clustered_under_other_settings_is_reclustered(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store:
        ingest(store, first_batch())
        cluster_store(store)
        store.conn.execute("UPDATE meta SET value = 'minhash.v0@' || ? WHERE key = 'clusters'", (1,))
        again = cluster_store(store)
        assert again.articles == 52
        state = store.cluster_state()
        assert state is not None and state[0] != "minhash.v0" and state[1] == store.last_change()
