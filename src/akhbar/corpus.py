"""The corpus as a Python API, with the CLI's verbs: ingest, search, quotes, speakers, show, stats, export.

    with Corpus("akhbar.db") as corpus:
        corpus.ingest(["news.jsonl.gz"])
        page = corpus.search('"وزير الخارجية" source:spa from:2015-07')
        for hit in page.results: print(hit.headline, hit.snippet.marked())

After an ingest the corpus stages run in order: speakers across articles, story clusters, the
search index (each reads the store and writes its own tables or files).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from akhbar.dedup import cluster_store
from akhbar.errors import InputError
from akhbar.normalize import search_form
from akhbar.records import Article
from akhbar.search.index import SearchIndex
from akhbar.search.query import parse
from akhbar.search.snippet import Snippet, make_snippet
from akhbar.speakers import resolve_store
from akhbar.speakers.resolve import is_person_name
from akhbar.store import RunReport, open_store
from akhbar.store.base import StatementRow
from akhbar.store.corpus_sql import SpeakerRecord
from akhbar.store.ingest import ByteMeter, PageLike, Processor, Progress, fewer_collections, ingest_pages

if TYPE_CHECKING:
    from akhbar.pipeline import Options

__all__ = ["Corpus", "IngestResult", "SearchPage", "SearchResult", "ShownArticle"]


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One ranked article with a highlighted snippet."""

    id: int
    score: float
    headline: str | None
    site: str | None
    day: str | None
    url: str | None
    cluster_id: int | None
    snippet: Snippet


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of search results, the total, and what the parser dropped."""

    query: str
    total: int
    offset: int
    results: tuple[SearchResult, ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """An ingest run and what the corpus stages did after it."""

    run: RunReport
    speakers: int
    clusters: int
    indexed: int
    stages: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ShownArticle:
    """One stored article and the other copies of its story."""

    id: int
    article: Article
    cluster_id: int | None
    copies: tuple[tuple[int, str | None, str | None, bool], ...]


class Corpus:
    """A corpus store and its search index (see the module docstring)."""

    def __init__(self, db: str | Path = "akhbar.db", *, readonly: bool = False) -> None:
        self.store = open_store(db, readonly=readonly)
        self.index = SearchIndex.beside(self.store)
        self.readonly = readonly

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ----------------------------------------------------------------------------------

    def ingest(
        self,
        paths: Sequence[str],
        *,
        jobs: int = 1,
        encoding: str | None = None,
        progress: Progress | None = None,
        pages: Iterable[PageLike | InputError] | None = None,
        process: Processor | None = None,
        options: Options | None = None,
        stages: bool = True,
    ) -> IngestResult:
        """Read, process and store inputs (unchanged ones are skipped), then run the corpus stages."""
        import time

        if pages is None:
            from akhbar.read import iter_pages

            pages = iter_pages(paths, encoding=encoding)
        if process is None:
            from akhbar.pipeline import process_page

            process = partial(process_page, options=options) if options else process_page  # type: ignore[assignment]
        assert process is not None
        started = time.perf_counter()
        meter = ByteMeter(paths)
        live = self.index.live(self.store) if stages else None  # None: caught up after, from the log
        try:
            run = ingest_pages(
                self.store, paths, pages, process=process, jobs=jobs, progress=progress, meter=meter,
                on_written=live,
            )  # fmt: skip
        except BaseException:
            if live is not None:
                live.abort()
            raise
        if live is not None:
            live.finish()
        timings = {"ingest": time.perf_counter() - started}
        if not stages:
            return IngestResult(run, 0, 0, 0, timings)
        speakers, clusters, indexed = self.refresh(timings)
        self.store.checkpoint()
        return IngestResult(run, speakers, clusters, indexed, timings)

    def refresh(self, timings: dict[str, float] | None = None) -> tuple[int, int, int]:
        """Run the corpus stages: speakers, story clusters, search index catch-up."""
        import time

        timings = timings if timings is not None else {}
        with fewer_collections():
            t = time.perf_counter()
            speakers = resolve_store(self.store)
            timings["speakers"] = time.perf_counter() - t
            t = time.perf_counter()
            clusters = cluster_store(self.store).clusters
            timings["clusters"] = time.perf_counter() - t
            t = time.perf_counter()
            indexed = self.index.sync(self.store)
            timings["index"] = time.perf_counter() - t
        return speakers, clusters, indexed

    def reindex(self) -> int:
        """Rebuild the search index whole from the store."""
        return self.index.sync(self.store, rebuild=True)

    # -- reading ---------------------------------------------------------------------------------

    def _ensure_index(self) -> None:
        if not self.index.is_current(self.store) and not self.readonly:
            self.index.sync(self.store)

    def _expand_speaker(self, name: str) -> list[str]:
        """The name forms of the person a `speaker:` value means: the most quoted speaker whose
        name ends with the value's words (كنعاني → ناصر كنعاني), and of that person only the
        aliases that are names (role aliases like المتحدث باسم الخارجية are held by several
        people over time, so they would pull in others' statements)."""
        words = name.split()
        for sid in self.store.find_speakers(name, limit=10):
            full = self.store.speaker_name(sid)
            if full is not None and search_form(full).split()[-len(words) :] == words:
                return [a for a in self.store.speaker_aliases([sid]) if is_person_name(a)]
        return []

    def search(self, text: str, *, limit: int = 10, offset: int = 0, newest: bool = False) -> SearchPage:
        """Ranked articles for a query (never raises on the query text; see akhbar.search.query);
        `newest`: the matches by date, newest first (undated last), instead of by relevance."""
        self._ensure_index()
        query = parse(text)
        total, hits = self.index.search(
            query, limit=limit, offset=offset, expand_speaker=self._expand_speaker, newest=newest
        )
        summaries = self.store.summaries([h.article_id for h in hits])
        results = []
        for hit in hits:
            s = summaries.get(hit.article_id)
            if s is None:  # deleted since the index was last synced
                continue
            snippet = make_snippet((s.headline or "") + "\n" + s.body, query.positive_terms)
            results.append(
                SearchResult(s.id, hit.score, s.headline, s.site, s.day, s.url, s.cluster_id, snippet)
            )
        return SearchPage(text, total, offset, tuple(results), query.dropped)

    def quotes(
        self, *, speaker: str | None = None, about: str | None = None, limit: int = 20, offset: int = 0
    ) -> list[StatementRow]:
        """Statements by a speaker (any alias; resolved across articles) and/or about a topic:
        one index query (`about` uses the search query language), best first, else newest first."""
        self._ensure_index()
        query = parse(about or "")
        if speaker:
            norm = search_form(speaker)
            if not norm:
                return []
            query = replace(query, speakers=(*query.speakers, norm))
        _, hits = self.index.search_quotes(
            query, limit=limit, offset=offset, expand_speaker=self._expand_speaker
        )
        rows = self.store.statements_at([(h.article_id, h.idx) for h in hits])
        return [rows[(h.article_id, h.idx)] for h in hits if (h.article_id, h.idx) in rows]

    def speakers(self, name: str | None = None, *, limit: int = 20) -> list[SpeakerRecord]:
        """The most quoted speakers, or those matching a name or alias."""
        if name:
            ids = self.store.find_speakers(search_form(name), limit=limit)
        else:
            ids = [sid for sid, _, _ in self.store.top_speakers(limit)]
        return [r for r in (self.store.speaker(i) for i in ids) if r is not None]

    def show(self, article_id: int) -> ShownArticle | None:
        """One stored article with the other copies of its story."""
        article = self.store.article(article_id)
        if article is None:
            return None
        summary = self.store.summaries([article_id])[article_id]
        copies = tuple(self.store.cluster_members(summary.cluster_id)) if summary.cluster_id else ()
        return ShownArticle(article_id, article, summary.cluster_id, copies)

    def stats(self) -> dict[str, object]:
        """What the store holds, plus the search index state."""
        out = self.store.stats()
        out["index_current"] = self.index.is_current(self.store)
        out["runs_recent"] = [
            {
                "id": r.id,
                "started": r.started,
                "status": r.status,
                "added": r.counts.added,
                "failed": r.counts.failed,
            }
            for r in self.store.runs(limit=5)
        ]
        return out

    def export(self, out: str | Path, *, fmt: str = "jsonl") -> int:
        """Write every article (jsonl: full records; csv/parquet: one row per article); returns count."""
        from akhbar.corpus_export import export_articles

        return export_articles(self.store, Path(out), fmt)
