"""Corpus benchmark: ingest rate and DB size on the shared corpora, query latency by class,
recall@10 on bench/relevance_queries.json side by side with plain FTS5 over raw text, and story
cluster pair precision/recall on a labelled pair set.

    .venv/bin/python bench/corpus_bench.py --db /tmp/bench.db [--jobs 2] [--skip-ingest]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sqlite3
import statistics
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

from akhbar.corpus import Corpus
from akhbar.normalize import search_form
from akhbar.search.query import parse

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
FILES = [SHARED / "ant2018.jsonl.gz", SHARED / "saudinewsnet2015.jsonl.gz"]
HERE = Path(__file__).resolve().parent


def simple_process(page: object) -> object:
    """Stand-in for the pipeline (--simple): headline = first line, paragraphs = other lines; it
    isolates the store, clustering and index cost from the per-article pipeline's."""
    from akhbar.records import Article, Paragraph

    lines = [x.strip() for x in page.text.split("\n") if x.strip()]  # type: ignore[attr-defined]
    return Article(source=page.source, headline=lines[0] if lines else None,  # type: ignore[attr-defined]
                   published=page.published,  # type: ignore[attr-defined]
                   paragraphs=tuple(Paragraph(kind="body", text=x, start=0, end=0) for x in lines[1:]))


def ingest(db: Path, jobs: int, simple: bool = False) -> dict[str, object]:
    started = time.perf_counter()
    with Corpus(db) as corpus:
        result = corpus.ingest([str(f) for f in FILES], jobs=jobs, process=simple_process if simple else None)
        elapsed = time.perf_counter() - started
        stats = corpus.stats()
    n = result.run.counts.added + result.run.counts.replaced
    return {"articles": n, "failed": result.run.counts.failed, "seconds": round(elapsed, 1),
            "articles_per_s": round(n / elapsed, 1), "stages_s": {k: round(v, 1) for k, v in result.stages.items()},
            "db_bytes": stats["db_bytes"], "index_bytes": sum(p.stat().st_size for p in Path(str(db) + ".index").glob("*")),
            "clusters": stats["clusters"], "speakers": stats["speakers"], "statements": stats["statements"]}  # fmt: skip


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 2)


def latency(db: Path) -> dict[str, dict[str, float]]:
    with Corpus(db, readonly=True) as corpus:
        searcher = corpus.index._open().searcher()
        vocab = [t for t, in corpus.store.conn.execute(
            "SELECT headline_search FROM articles WHERE id % 97 = 0")]  # fmt: skip
        words = sorted({w for h in vocab for w in h.split() if len(w) > 3})
        import tantivy

        from akhbar.search.stem import stem

        freq = {w: searcher.doc_freq(tantivy.Query.term_query(corpus.index.schema, "body", stem(w))) if False else 0
                for w in []}  # fmt: skip
        df = []
        for w in words:
            q = corpus.index.compile(parse(w))
            assert q is not None
            df.append((searcher.search(q, limit=1, count=True).count, w))
        df.sort()
        n = len(df)
        classes = {
            "rare": [w for c, w in df if 1 <= c <= 10][:60],
            "mid": [w for c, w in df if 100 <= c <= 1000][:60],
            "frequent": [w for c, w in df[-60:]],
        }
        heads = [h for h in vocab if len(h.split()) >= 4][:60]
        classes["phrase"] = ['"' + " ".join(h.split()[1:3]) + '"' for h in heads]
        classes["filtered"] = [f"{w} source:spa from:2015-07-20 to:2015-08-10" for w in classes["mid"][:30]] + [
            f"{w} from:2018-03 to:2018-06" for w in classes["frequent"][:30]]  # fmt: skip
        out: dict[str, dict[str, float]] = {}
        for name, queries in classes.items():
            idx_ms, full_ms = [], []
            for text in queries:
                t = time.perf_counter()
                corpus.index.search(parse(text), limit=10)
                idx_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                corpus.search(text, limit=10)
                full_ms.append((time.perf_counter() - t) * 1000)
            out[name] = {"queries": len(queries), "index_p50_ms": _pct(idx_ms, 0.5), "index_p95_ms": _pct(idx_ms, 0.95),
                         "with_snippets_p50_ms": _pct(full_ms, 0.5), "with_snippets_p95_ms": _pct(full_ms, 0.95)}  # fmt: skip
        out["_vocab_sampled"] = {"words": n}
    return out


def _doc_ids(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    return {key: aid for aid, key in conn.execute("SELECT id, doc_key FROM articles")}


def relevance(db: Path, fts: Path) -> dict[str, object]:
    spec = json.loads((HERE / "relevance_queries.json").read_text())
    ids = _doc_ids(db)
    build_fts(fts)
    fconn = sqlite3.connect(fts)
    rows = []
    with Corpus(db, readonly=True) as corpus:
        for item in spec["queries"]:
            # akhbar.read numbers JSON Lines records from 1; the query file (and FTS5 table) from 0
            want = {ids.get(str((SHARED / f).resolve()) + f"#{r + 1}") for f, r in item["expected"]}
            got = {r.id for r in corpus.search(item["query"], limit=10).results}
            words = " ".join('"' + w.replace('"', '""') + '"' for w in item["query"].replace('"', " ").split()
                             if not w.startswith("-") and ":" not in w)  # fmt: skip
            try:
                fgot = {f"{f}#{r}" for f, r in fconn.execute(
                    "SELECT file, record FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT 10", (words,))}  # fmt: skip
            except sqlite3.OperationalError:
                fgot = set()
            fwant = {f"{f}#{r}" for f, r in item["expected"]}
            rows.append((item["query"], item["kind"], len(want & got) / len(want), len(fwant & fgot) / len(fwant)))
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for _, kind, a, b in rows:
        by_kind.setdefault(kind, []).append((a, b))
    return {"queries": len(rows),
            "recall@10_akhbar": round(statistics.mean(r[2] for r in rows), 3),
            "recall@10_plain_fts5": round(statistics.mean(r[3] for r in rows), 3),
            "by_kind": {k: {"n": len(v), "akhbar": round(statistics.mean(a for a, _ in v), 3),
                            "fts5": round(statistics.mean(b for _, b in v), 3)} for k, v in by_kind.items()},
            "misses": [q for q, _, a, _ in rows if a < 1]}  # fmt: skip


def build_fts(fts: Path) -> None:
    if fts.exists():
        return
    conn = sqlite3.connect(fts)
    conn.execute("CREATE VIRTUAL TABLE raw USING fts5(file UNINDEXED, record UNINDEXED, title, text)")
    for f in FILES:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            conn.executemany("INSERT INTO raw VALUES (?,?,?,?)",
                             ((f.name, i, (r := json.loads(line)).get("title") or "", r.get("text") or "")
                              for i, line in enumerate(fh)))  # fmt: skip
    conn.commit()


def dedup_pairs(db: Path, sample: int = 1500) -> dict[str, object]:
    """Labelled pairs: candidates from three sources, labelled by character-level similarity."""
    conn = sqlite3.connect(db)
    import zlib

    rows = conn.execute("SELECT id, headline_search, body_search, day, cluster_id FROM articles").fetchall()
    body = {r[0]: zlib.decompress(r[2]).decode()[:1500] for r in rows}
    cluster = {r[0]: r[4] for r in rows}
    rng = random.Random(7)
    pairs: set[tuple[int, int]] = set()
    by_title: dict[str, list[int]] = {}
    by_day: dict[str, list[int]] = {}
    for aid, head, _, day, _ in rows:
        if len(head.split()) >= 3:
            by_title.setdefault(head, []).append(aid)
        by_day.setdefault(day or "", []).append(aid)
    for group in by_title.values():  # same headline: copies or same-headline different stories
        for i in range(1, min(len(group), 4)):
            pairs.add((group[0], group[i]))
    clustered: dict[int, list[int]] = {}
    for aid, cid in cluster.items():
        if cid:
            clustered.setdefault(cid, []).append(aid)
    for group in clustered.values():  # predicted copies
        if len(group) > 1:
            pairs.add((group[0], group[1]))
    days = [d for d, g in by_day.items() if len(g) > 1]
    for _ in range(sample):  # same-day pairs: mostly different stories, a few missed copies
        g = by_day[rng.choice(days)]
        a, b = rng.sample(g, 2)
        pairs.add((min(a, b), max(a, b)))
    pairs_l = sorted(pairs)
    rng.shuffle(pairs_l)
    pairs_l = pairs_l[: sample * 3]
    tp = fp = fn = tn = 0
    for a, b in pairs_l:
        same = SequenceMatcher(None, body[a], body[b], autojunk=False).ratio() >= 0.8 if body[a] and body[b] else False
        pred = cluster[a] is not None and cluster[a] == cluster[b]
        tp += same and pred
        fp += pred and not same
        fn += same and not pred
        tn += not same and not pred
    return {"pairs": len(pairs_l), "positives": tp + fn, "precision": round(tp / max(tp + fp, 1), 3),
            "recall": round(tp / max(tp + fn, 1), 3), "tp": tp, "fp": fp, "fn": fn, "tn": tn}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=Path("/tmp/akhbar-bench.db"))
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--simple", action="store_true", help="stand-in processor instead of the pipeline")
    ap.add_argument("--only", default="ingest,latency,relevance,dedup")
    args = ap.parse_args()
    if not all(f.exists() for f in FILES):
        sys.exit(f"shared corpora not found under {SHARED}")
    report: dict[str, object] = {}
    steps = args.only.split(",")
    if "ingest" in steps and not args.skip_ingest:
        report["ingest"] = ingest(args.db, args.jobs, args.simple)
        print(json.dumps(report["ingest"], ensure_ascii=False), flush=True)
    if "latency" in steps:
        report["latency"] = latency(args.db)
        print(json.dumps(report["latency"], ensure_ascii=False), flush=True)
    if "relevance" in steps:
        report["relevance"] = relevance(args.db, args.db.with_suffix(".fts5.db"))
        print(json.dumps(report["relevance"], ensure_ascii=False), flush=True)
    if "dedup" in steps:
        report["dedup"] = dedup_pairs(args.db)
        print(json.dumps(report["dedup"], ensure_ascii=False), flush=True)
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
