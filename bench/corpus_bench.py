"""Corpus benchmark (issue 4): ingest rate and memory, DB size, query latency by class with and
without snippets, recall@10 side by side with plain FTS5, story-cluster pair precision/recall,
and the same latency at a replicated scale (1 million articles by default).

    .venv/bin/python bench/corpus_bench.py                       # everything; writes results/corpus.json
    .venv/bin/python bench/corpus_bench.py --limit 3000 --only ingest,latency
    .venv/bin/python bench/corpus_bench.py --skip-ingest --only relevance,dedup
    .venv/bin/python bench/corpus_bench.py --only scale --scale 1000000

Load matters on a shared machine: every section records the load average around it, and ingest
reports CPU seconds (main process and pool) beside wall time. See docs/corpus-bench.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import sqlite3
import statistics
import sys
import threading
import time
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
FILES = [SHARED / "ant2018.jsonl.gz", SHARED / "saudinewsnet2015.jsonl.gz"]
HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "corpus.json"


def _load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _build() -> str:
    """Which akhbar runs: the opt-in mypyc build (setup.py, `make compiled`) or pure Python."""
    import akhbar

    root = Path(akhbar.__file__).parent
    compiled = list(root.rglob("*.so"))
    return f"compiled ({len(compiled)} modules)" if compiled else "pure"


def _thread_cpu(pid: int) -> dict[tuple[int, str], float]:
    """(thread id, name) -> user + system CPU seconds of each thread of a process, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[tuple[int, str], float] = {}
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        name, fields = stat[stat.index("(") + 1 : stat.rindex(")")], stat[stat.rindex(")") + 2 :].split()
        out[(int(task.name), name)] = (int(fields[11]) + int(fields[12])) / tick
    return out


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


class RssSampler(threading.Thread):
    """Samples the RSS of this process and of its pool workers every `every` seconds."""

    def __init__(self, every: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.every, self.samples, self.stop = every, [], threading.Event()
        self.threads: dict[tuple[int, str], float] = {}  # (tid, name) -> CPU seconds

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(self.every):
            kids = _children(me)
            self.samples.append((_rss_mb(me), max((_rss_mb(k) for k in kids), default=0.0)))
            self.threads.update(_thread_cpu(me))

    def thread_cpu(self, articles: int) -> dict[str, float]:
        """CPU ms per article of this process's threads by kind, as last sampled (a thread that
        ended between two samples loses its last second): the main thread, tantivy's indexing
        thread, the pool's feeder and result threads ("python")."""
        by: dict[str, float] = {}
        for (tid, name), seconds in list(self.threads.items()):  # a snapshot: the sampler may still run
            kind = "main" if tid == os.getpid() else name
            by[kind] = by.get(kind, 0.0) + seconds
        return {
            k: round(v * 1000 / max(articles, 1), 3)
            for k, v in sorted(by.items(), key=lambda kv: -kv[1])
            if v
        }

    def summary(self) -> dict[str, object]:
        """Main and largest-worker RSS at each tenth of the run: flat means it streams."""
        self.stop.set()
        s = self.samples or [(0.0, 0.0)]
        tenths = [s[min(len(s) - 1, i * len(s) // 10)] for i in range(10)] + [s[-1]]
        return {
            "samples": len(s),
            "main_mb_by_tenth": [round(a) for a, _ in tenths],
            "worker_mb_by_tenth": [round(b) for _, b in tenths],
            "main_peak_mb": round(max(a for a, _ in s)),
            "worker_peak_mb": round(max(b for _, b in s)),
        }


def _process(entities: bool, statements: bool = True) -> object:  # a picklable partial of process_page
    from functools import partial

    from akhbar.pipeline import Options, process_page

    return partial(process_page, options=Options(quotes=statements, entities=entities))


def stand_in(page: object) -> object:
    """The scale run's processor (`--scale-process stand-in`): headline = first line, paragraphs =
    the other lines. It leaves out the pipeline's per-article cost (measured by `parts` and the
    corpora ingest) so the replicated run measures store, index, clusters and queries at size."""
    from akhbar.records import Article, Paragraph

    lines = [x.strip() for x in page.text.split("\n") if x.strip()]  # type: ignore[attr-defined]
    return Article(
        source=page.source,  # type: ignore[attr-defined]
        headline=lines[0] if lines else None,
        published=page.published,  # type: ignore[attr-defined]
        paragraphs=tuple(Paragraph(kind="body", text=x, start=0, end=0) for x in lines[1:]),
    )


def parts(limit: int) -> dict[str, object]:
    """CPU ms per article of each part, in this process, on the first `limit` pages."""
    import itertools

    from akhbar.pipeline import Options, process_page
    from akhbar.read import iter_pages
    from akhbar.store.prepare import prepare

    t = time.process_time()
    pages = list(itertools.islice(iter_pages([str(f) for f in FILES]), limit))
    out: dict[str, object] = {
        "articles": len(pages),
        "read_ms": (time.process_time() - t) * 1000 / len(pages),
    }
    arts = []
    for name, opts in [
        ("pipeline_ms", Options(quotes=False, entities=False)),
        ("pipeline_statements_ms", Options(entities=False)),
        ("pipeline_statements_entities_ms", Options()),
    ]:
        process_page(pages[0], opts)  # warm: tables and models load once
        t = time.process_time()
        arts = [process_page(p, opts) for p in pages]
        out[name] = (time.process_time() - t) * 1000 / len(pages)
    t = time.process_time()
    for a in arts:
        prepare(a)
    out["prepare_ms"] = (time.process_time() - t) * 1000 / len(pages)
    out = {k: round(v, 3) if isinstance(v, float) else v for k, v in out.items()}
    out["build"] = _build()
    out["load"] = _load()
    return out


def _pages(paths: list[Path], limit: int | None) -> Iterator[object]:
    import itertools

    from akhbar.read import iter_pages

    pages = iter_pages([str(p) for p in paths])
    return itertools.islice(pages, limit) if limit else pages


def ingest(
    db: Path,
    paths: list[Path],
    jobs: int,
    limit: int | None,
    entities: bool,
    simple: bool = False,
    statements: bool = True,
) -> dict[str, object]:
    """Ingest into a fresh store; wall and CPU time, RSS over the run, sizes."""
    from akhbar.corpus import Corpus

    for old in db.parent.glob(db.name + "*"):
        if old.is_dir():
            import shutil

            shutil.rmtree(old)
        else:
            old.unlink()
    load_before = _load()
    sampler = RssSampler()
    sampler.start()
    cpu0, kids0 = time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with Corpus(db) as corpus:
        result = corpus.ingest(
            [str(p) for p in paths],
            pages=_pages(paths, limit),
            process=stand_in if simple else _process(entities, statements),  # type: ignore[arg-type]
            jobs=jobs,
        )
        elapsed = time.perf_counter() - started
        stats = corpus.stats()
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    main_cpu = time.process_time() - cpu0
    pool_cpu = (kids.ru_utime - kids0.ru_utime) + (kids.ru_stime - kids0.ru_stime)
    n = result.run.counts.added + result.run.counts.replaced
    index_bytes = sum(p.stat().st_size for p in Path(str(db) + ".index").glob("*"))
    return {
        "articles": n,
        "failed": result.run.counts.failed,
        "jobs": jobs,
        "processor": "stand-in"
        if simple
        else "pipeline" + ("+statements" if statements else "") + ("+entities" if entities else ""),
        "build": _build(),
        "seconds": round(elapsed, 1),
        "articles_per_s": round(n / elapsed, 1),
        "main_cpu_s": round(main_cpu, 1),
        "pool_cpu_s": round(pool_cpu, 1),
        # what 2 free cores would give: the busier of (main alone, all CPU shared by two cores)
        "articles_per_s_if_2_free_cores": round(n / max(main_cpu, (main_cpu + pool_cpu) / 2), 1),
        "stages_s": {k: round(v, 1) for k, v in result.stages.items()},
        "db_bytes": stats["db_bytes"],
        "db_bytes_per_article": round(int(str(stats["db_bytes"])) / max(n, 1)),
        "index_bytes": index_bytes,
        "clusters": stats["clusters"],
        "clustered_articles": stats["clustered_articles"],
        "speakers": stats["speakers"],
        "statements": stats["statements"],
        "rss": sampler.summary(),
        "main_threads_ms_per_article": sampler.thread_cpu(n),
        "load_before": load_before,
        "load_after": _load(),
    }


def _pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[min(len(values) - 1, int(q * len(values)))], 2)


def query_classes(db: Path, per_class: int = 60) -> dict[str, list[str]]:
    """Queries by class, drawn from headline words binned by how many articles they match."""
    from akhbar.corpus import Corpus
    from akhbar.search.query import parse

    rng = random.Random(5)
    with Corpus(db, readonly=True) as corpus:
        heads = [
            h for (h,) in corpus.store.conn.execute("SELECT headline_search FROM articles WHERE id % 53 = 0")
        ]
        words = sorted({w for h in heads for w in h.split() if len(w) > 3 and not w.isdigit()})
        rng.shuffle(words)
        searcher = corpus.index._open().searcher()
        df = []
        for w in words[:3000]:
            q = corpus.index.compile(parse(w))
            if q is not None:
                df.append((searcher.search(q, limit=1, count=True).count, w))
        df.sort()
        total = corpus.store.stats()["articles"]
    n = int(str(total))
    rare = [w for c, w in df if 1 <= c <= max(10, n // 50_000)][:per_class]
    mid = [w for c, w in df if n // 600 <= c <= n // 60][:per_class]
    frequent = [w for _, w in df[-per_class:]]
    long_heads = [h.split() for h in heads if len(h.split()) >= 5]
    rng.shuffle(long_heads)
    return {
        "rare": rare,
        "mid": mid,
        "frequent": frequent,
        "phrase": ['"' + " ".join(h[1:3]) + '"' for h in long_heads[:per_class]],
        # two headline words unquoted, as most readers type them: both required, and the pages
        # holding them together rescored (akhbar.search.index.SearchIndex._ranked)
        "words": [" ".join(h[1:3]) for h in long_heads[per_class : 2 * per_class]],
        "filtered": [f"{w} source:spa from:2015-07-20 to:2015-08-10" for w in mid[: per_class // 2]]
        + [f"{w} from:2018-03 to:2018-06" for w in frequent[: per_class // 2]],
    }


def latency(db: Path, classes: dict[str, list[str]] | None = None) -> dict[str, object]:
    """p50/p95 per query class: index only, and the whole search with snippets (what a user waits for)."""
    from akhbar.corpus import Corpus
    from akhbar.search.query import parse

    classes = classes or query_classes(db)
    out: dict[str, object] = {"load_before": _load()}
    with Corpus(db, readonly=True) as corpus:
        corpus.search("warm", limit=10)
        for name, queries in classes.items():
            idx_ms, full_ms = [], []
            for text in queries:
                t = time.perf_counter()
                corpus.index.search(parse(text), limit=10)
                idx_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                corpus.search(text, limit=10)
                full_ms.append((time.perf_counter() - t) * 1000)
            out[name] = {
                "queries": len(queries),
                "index_p50_ms": _pct(idx_ms, 0.5),
                "index_p95_ms": _pct(idx_ms, 0.95),
                "with_snippets_p50_ms": _pct(full_ms, 0.5),
                "with_snippets_p95_ms": _pct(full_ms, 0.95),
            }
        quote_ms = []
        for speaker, about in [
            ("ترامب", "ايران"),
            ("كنعاني", "العراق"),
            ("بوتين", None),
            (None, "النفط"),
        ] * 10:
            t = time.perf_counter()
            corpus.quotes(speaker=speaker, about=about, limit=10)
            quote_ms.append((time.perf_counter() - t) * 1000)
        out["quotes"] = {
            "queries": len(quote_ms),
            "p50_ms": _pct(quote_ms, 0.5),
            "p95_ms": _pct(quote_ms, 0.95),
        }
    out["load_after"] = _load()
    return out


def _doc_ids(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    return {key: aid for aid, key in conn.execute("SELECT id, doc_key FROM articles")}


def relevance(db: Path, fts: Path) -> dict[str, object]:
    """recall@10 of akhbar and of plain FTS5 over the raw text, on the hand-written query set."""
    from akhbar.corpus import Corpus

    spec = json.loads((HERE / "relevance_queries.json").read_text())
    ids = _doc_ids(db)
    build_fts(fts)
    fconn = sqlite3.connect(fts)
    rows = []
    with Corpus(db, readonly=True) as corpus:
        for item in spec["queries"]:
            # akhbar.read numbers JSON Lines records from 1 (doc_key "path#1" is the first line);
            # the query file and the FTS5 table count lines from 0.
            want = {ids.get(str((SHARED / f).resolve()) + f"#{r + 1}") for f, r in item["expected"]}
            got = {r.id for r in corpus.search(item["query"], limit=10).results}
            words = " ".join(
                '"' + w.replace('"', '""') + '"'
                for w in item["query"].replace('"', " ").split()
                if not w.startswith("-") and ":" not in w
            )
            try:
                fgot = {
                    f"{f}#{r}"
                    for f, r in fconn.execute(
                        "SELECT file, record FROM raw WHERE raw MATCH ? ORDER BY rank LIMIT 10", (words,)
                    )
                }
            except sqlite3.OperationalError:
                fgot = set()
            fwant = {f"{f}#{r}" for f, r in item["expected"]}
            rows.append(
                (item["query"], item["kind"], len(want & got) / len(want), len(fwant & fgot) / len(fwant))
            )
    by_kind: dict[str, list[tuple[float, float]]] = {}
    for _, kind, a, b in rows:
        by_kind.setdefault(kind, []).append((a, b))
    return {
        "queries": len(rows),
        "recall@10_akhbar": round(statistics.mean(r[2] for r in rows), 3),
        "recall@10_plain_fts5": round(statistics.mean(r[3] for r in rows), 3),
        "by_kind": {
            k: {
                "n": len(v),
                "akhbar": round(statistics.mean(a for a, _ in v), 3),
                "fts5": round(statistics.mean(b for _, b in v), 3),
            }
            for k, v in by_kind.items()
        },
        "misses": [(q, round(a, 2)) for q, _, a, _ in rows if a < 1],
    }


def build_fts(fts: Path) -> None:
    """Plain FTS5 (unicode61 tokenizer, no Arabic analysis) over each record's title and text."""
    if fts.exists():
        return
    conn = sqlite3.connect(fts)
    conn.execute("CREATE VIRTUAL TABLE raw USING fts5(file UNINDEXED, record UNINDEXED, title, text)")
    for f in FILES:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            conn.executemany(
                "INSERT INTO raw VALUES (?,?,?,?)",
                (
                    (f.name, i, (r := json.loads(line)).get("title") or "", r.get("text") or "")
                    for i, line in enumerate(fh)
                ),
            )
    conn.commit()


def _bodies(db: Path) -> tuple[dict[int, str], dict[int, str], dict[int, str | None]]:
    import zlib

    from akhbar import records
    from akhbar.normalize import search_form

    conn = sqlite3.connect(db)
    body, head, day = {}, {}, {}
    for aid, h, d, blob in conn.execute("SELECT id, headline_search, day, record_json FROM articles"):
        body[aid] = search_form(records.loads(zlib.decompress(blob)).body_text)
        head[aid], day[aid] = h, d
    return body, head, day


def label_pair(a: str, b: str) -> bool:
    """Copies of one story: the search-form bodies are ≥ 0.8 alike (difflib ratio over their first
    250 words), or the shorter one's word 3-grams lie ≥ 0.8 inside the longer (a copy cut short or
    extended with a sign-off). See docs/corpus-bench.md for the hand review."""
    if not a or not b:
        return False
    wa, wb = a.split()[:250], b.split()[:250]
    if SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= 0.8:
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) < 20:
        return False
    grams = {tuple(short[i : i + 3]) for i in range(len(short) - 2)}
    inside = {tuple(long_[i : i + 3]) for i in range(len(long_) - 2)}
    return len(grams & inside) / len(grams) >= 0.8


def labelled_pairs(db: Path, sample: int = 1500, seed: int = 7) -> list[tuple[int, int, bool]]:
    """Pairs from four sources (same headline; predicted copies; LSH near misses; random same-day
    pairs), each labelled by `label_pair`. Seed 7 drew the set the thresholds were tuned on;
    another seed draws a fresh sample (the random sources and the final cut differ)."""
    import numpy as np

    from akhbar.dedup.minhash import MINHASH_VERSION, NUM_PERM, band_keys, candidate_pairs

    body, head, day = _bodies(db)
    conn = sqlite3.connect(db)
    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    by_title: dict[str, list[int]] = {}
    by_day: dict[str, list[int]] = {}
    for aid in body:
        if len(head[aid].split()) >= 3:
            by_title.setdefault(head[aid], []).append(aid)
        by_day.setdefault(day[aid] or "", []).append(aid)
    for group in by_title.values():
        for i in range(1, min(len(group), 4)):
            pairs.add((group[0], group[i]))
    rows = conn.execute(
        "SELECT article_id, signature FROM minhashes WHERE version = ? ORDER BY article_id",
        (MINHASH_VERSION,),
    ).fetchall()
    ids = [r[0] for r in rows]
    sigs = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.uint32).reshape(-1, NUM_PERM + 1)
    cand = candidate_pairs(band_keys(sigs))
    est = (sigs[cand[:, 0], :NUM_PERM] == sigs[cand[:, 1], :NUM_PERM]).mean(axis=1)
    cand_l = [(ids[a], ids[b]) for a, b in cand]
    for p, e in zip(cand_l, est, strict=True):  # all predicted, a sample of near misses (0.2–0.5)
        if e >= 0.5 or (e >= 0.2 and rng.random() < 0.5):
            pairs.add(p)
    days = [d for d, g in by_day.items() if len(g) > 1]
    for _ in range(sample):
        a, b = rng.sample(by_day[rng.choice(days)], 2)
        pairs.add((min(a, b), max(a, b)))
    chosen = sorted(pairs)
    rng.shuffle(chosen)
    chosen = chosen[: sample * 4]
    labelled = [(a, b, label_pair(body[a], body[b])) for a, b in chosen]
    dump = db.with_suffix(".pairs.json")  # for the hand review (docs/corpus-bench.md)
    dump.write_text(
        json.dumps(
            [(a, b, same, body[a][:400], body[b][:400]) for a, b, same in labelled], ensure_ascii=False
        )
    )
    return labelled


def dedup(db: Path, seed: int = 7) -> dict[str, object]:
    """Pair precision/recall of the stored clusters on a labelled sample drawn with `seed`."""
    import numpy as np

    from akhbar.dedup.minhash import CONTAINMENT, LINKAGE, MINHASH_VERSION, THRESHOLD, cluster_signatures

    labelled = labelled_pairs(db, seed=seed)
    conn = sqlite3.connect(db)
    sigs = {aid: np.frombuffer(s, dtype=np.uint32) for aid, s in conn.execute(
        "SELECT article_id, signature FROM minhashes WHERE version = ?", (MINHASH_VERSION,))}  # fmt: skip

    def score(cluster_of: dict[int, int]) -> dict[str, object]:
        tp = fp = fn = 0
        for a, b, same in labelled:
            pred = a in cluster_of and cluster_of.get(a) == cluster_of.get(b)
            tp += same and pred
            fp += pred and not same
            fn += same and not pred
        return {"precision": round(tp / max(tp + fp, 1), 3), "recall": round(tp / max(tp + fn, 1), 3),
                "tp": tp, "fp": fp, "fn": fn}  # fmt: skip

    stored = dict(conn.execute("SELECT id, cluster_id FROM articles WHERE cluster_id IS NOT NULL"))
    estimated = {aid: i for i, g in enumerate(cluster_signatures(sigs)) for aid in g}
    return {
        "pairs": len(labelled),
        "positives": sum(1 for *_, s in labelled if s),
        "jaccard_threshold": THRESHOLD,
        "containment_threshold": CONTAINMENT,
        "linkage": LINKAGE,  # share of the pairs across two clusters that are copies, to join them
        **score(stored),  # the stored clusters: unsure pairs decided on exact shingle sets
        "estimates_only": score(estimated),  # the same rule on MinHash estimates alone
    }


def replicate(out: Path, total: int) -> Path:
    """A JSON Lines file of `total` records: the corpora, then perturbed copies (word drops and
    swaps, Persian letters retyped, dates shifted by whole years, headline edits)."""
    if out.exists():
        return out
    base = []
    for f in FILES:
        with gzip.open(f, "rt", encoding="utf-8") as fh:
            base += [json.loads(line) for line in fh]
    rng = random.Random(13)
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=1) as fh:
        for i in range(total):
            rec = dict(base[i % len(base)])
            copy = i // len(base)
            if copy:
                words = (rec.get("text") or "").split(" ")
                words = [w for w in words if rng.random() > 0.03]  # drops
                for _ in range(max(1, len(words) // 40)):  # swaps
                    j = rng.randrange(max(1, len(words) - 1))
                    words[j : j + 2] = words[j : j + 2][::-1]
                text = " ".join(words)
                if copy % 3 == 1:
                    text = text.replace("ي", "ی").replace("ك", "ک")
                rec["text"] = text
                rec["title"] = " ".join(w for w in (rec.get("title") or "").split() if rng.random() > 0.1)
                pub = rec.get("published") or ""
                if pub[:4].isdigit():
                    rec["published"] = str(int(pub[:4]) - copy) + pub[4:]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=Path("/tmp/akhbar-bench.db"))
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--limit", type=int, default=None, help="articles to ingest (default: all)")
    ap.add_argument("--entities", action="store_true", help="tag entities during ingest (slow)")
    ap.add_argument("--no-statements", action="store_true", help="ingest without statement extraction")
    ap.add_argument("--ingest-key", default="ingest", help="results key for the ingest section")
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--only", default="parts,ingest,latency,relevance,dedup,scale")
    ap.add_argument("--scale", type=int, default=1_000_000, help="articles in the replicated run")
    ap.add_argument("--scale-db", type=Path, default=Path("/tmp/akhbar-scale.db"))
    ap.add_argument("--scale-process", choices=["stand-in", "pipeline"], default="stand-in")
    args = ap.parse_args()
    if not all(f.exists() for f in FILES):
        print(f"corpus bench skipped: shared corpora not found under {SHARED}")
        return
    steps = args.only.split(",")
    full = args.limit is None and not args.skip_ingest
    report: dict[str, object] = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    report["machine"] = {"cores": os.cpu_count(), "load_at_start": _load()}

    def run(name: str, fn: Callable[..., object], *a: object) -> None:
        report[name] = fn(*a)
        print(json.dumps({name: report[name]}, ensure_ascii=False), flush=True)
        if full or args.skip_ingest:  # written after every section: a long run keeps what it did
            RESULTS.parent.mkdir(exist_ok=True)
            RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n")

    if "parts" in steps:
        run("parts", parts, min(args.limit or 2000, 2000))
    if "ingest" in steps and not args.skip_ingest:
        run(
            args.ingest_key,
            ingest,
            args.db,
            FILES,
            args.jobs,
            args.limit,
            args.entities,
            False,
            not args.no_statements,
        )
    if "latency" in steps:
        run("latency", latency, args.db)
    if "relevance" in steps and args.limit is None:
        run("relevance", relevance, args.db, args.db.with_suffix(".fts5.db"))
    if "dedup" in steps:
        run("dedup", dedup, args.db)
        # A fresh sample, not the one the thresholds were set on: the held-out estimate.
        run("dedup_fresh_sample", dedup, args.db, 2026)
    if "scale" in steps and args.limit is None:
        src = replicate(Path(f"/tmp/akhbar-replicated-{args.scale}.jsonl.gz"), args.scale)
        simple = args.scale_process == "stand-in"
        run("scale_ingest", ingest, args.scale_db, [src], args.jobs, None, args.entities, simple)
        run("scale_latency", latency, args.scale_db)
    elif "scale_latency" in steps and args.scale_db.exists():  # again, on the store `scale` built
        run("scale_latency", latency, args.scale_db)


if __name__ == "__main__":
    sys.exit(main())
