"""The search index: tantivy over stemmed search forms, rebuilt from the store on demand.

SQLite stays the record store; the index is a derived artifact in `<db>.index/` that follows the
store's change log (`changes` table) and records how far it got. An index built with another
search form, stemmer or layout (`INDEX_VERSION`), or for another store file, is rebuilt whole.
Ranking is tantivy's BM25, with a match in the headline weighted `HEADLINE_BOOST` times; among the
best hits of a query of several words, those holding the words together and in order rank higher
(`SearchIndex._ranked`).

It holds two kinds of documents: articles (`kind:a`: `headline`, `body`, `speakers`, `entities`)
and statements (`kind:q`: the quoted text in `qbody`, the speaker as written in `qspeakers`), so
`akhbar quotes --speaker X --about Y` is an index query. The two kinds share no text field, so a
query with any text or name clause reaches one kind only, without a `kind` filter (an intersection
that costs a frequent term half its speed); the filter is added for filter-only queries. During
an ingest the index is fed the terms the pool already made (`LiveIndex`); a catch-up from the
change log derives them again from the stored records.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice, product
from pathlib import Path

import tantivy

from akhbar.errors import StoreError
from akhbar.normalize import SEARCH_VERSION
from akhbar.search.query import Query, Term
from akhbar.search.stem import STEM_VERSION, analyze, strip_prefix, variants
from akhbar.store.base import Store, Written
from akhbar.store.prepare import IndexTerms, Prepared

__all__ = [
    "HEADLINE_BOOST",
    "INDEX_VERSION",
    "PROXIMITY_BOOST",
    "PROXIMITY_SLOP",
    "Hit",
    "LiveIndex",
    "QuoteHit",
    "SearchIndex",
]

INDEX_VERSION = f"akhbar-index.v3+{SEARCH_VERSION}+{STEM_VERSION}"
HEADLINE_BOOST = 2.5
# A multi-word query's words close together and in order (at most PROXIMITY_SLOP words between
# them) add their phrase score times PROXIMITY_BOOST to the best hits (SearchIndex._ranked).
PROXIMITY_SLOP = 2
PROXIMITY_BOOST = 1.0
RESCORE_WINDOW = 50  # the best hits of a query that get the proximity bonus
_MAX_SPELLINGS = 16  # spellings of one phrase searched (each word's variants multiply)
_SEPARATOR = "|"  # between names in multi-valued fields, so a phrase cannot span two names
_ANALYZER = "akhbar_ws"  # the text is analysed in Python (search form + stems): split on spaces only
_BATCH = 2000

Expand = Callable[[str], Sequence[str]]


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked result: the article id and its BM25 score."""

    article_id: int
    score: float


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One ranked statement: its article id and position in the article's statements."""

    article_id: int
    idx: int
    score: float


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("article", stored=True, indexed=True, fast=True)
    builder.add_unsigned_field("idx", stored=True)
    builder.add_text_field("kind", tokenizer_name="raw")
    builder.add_text_field("headline", tokenizer_name=_ANALYZER)
    builder.add_text_field("body", tokenizer_name=_ANALYZER)
    builder.add_text_field("speakers", tokenizer_name=_ANALYZER)
    builder.add_text_field("entities", tokenizer_name=_ANALYZER)
    builder.add_text_field("qbody", tokenizer_name=_ANALYZER)
    builder.add_text_field("qspeakers", tokenizer_name=_ANALYZER)
    builder.add_text_field("site", tokenizer_name="raw")
    builder.add_integer_field("day", indexed=True, fast=True)
    return builder.build()


def _headline_or_body(head: tantivy.Query, body: tantivy.Query) -> tantivy.Query:
    """Either field matches; a headline match counts `HEADLINE_BOOST` times."""
    Q, occur = tantivy.Query, tantivy.Occur
    return Q.boolean_query([(occur.Should, Q.boost_query(head, HEADLINE_BOOST)), (occur.Should, body)])


def _names(stemmed: Sequence[str]) -> str:
    return f" {_SEPARATOR} ".join(stemmed)


def _doc(aid: int, kind: str, site: str, day: int, **text: str) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("article", aid)
    doc.add_text("kind", kind)
    for name, value in text.items():
        doc.add_text(name, value)
    doc.add_text("site", site)
    doc.add_integer("day", day)
    return doc


def _documents(aid: int, site: str | None, day: str | None, terms: IndexTerms) -> list[tantivy.Document]:
    """The article's document and one per statement (its position in `idx`)."""
    day_n = int(day.replace("-", "")) if day else 0
    site_s = (site or "").lower()
    speakers, entities = _names(terms.speakers), _names(terms.entities)
    docs = [
        _doc(
            aid,
            "a",
            site_s,
            day_n,
            headline=terms.headline,
            body=terms.body,
            speakers=speakers,
            entities=entities,
        )
    ]
    for i, (speaker, text) in enumerate(terms.quotes):
        doc = _doc(aid, "q", site_s, day_n, qbody=text, qspeakers=speaker)
        doc.add_unsigned("idx", i)
        docs.append(doc)
    return docs


class SearchIndex:
    """A tantivy index beside a store (`<db>.index/`), kept in step with the store's change log."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.schema = _schema()
        self._index: tantivy.Index | None = None

    @classmethod
    def beside(cls, store: Store) -> SearchIndex:
        """The index that belongs to this store."""
        return cls(Path(store.path + ".index"))

    # -- state -----------------------------------------------------------------------------------

    def _meta(self) -> dict[str, object]:
        try:
            data = json.loads((self.directory / "akhbar-meta.json").read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _write_meta(self, seq: int, store_id: str) -> None:
        tmp = self.directory / "akhbar-meta.json.tmp"
        tmp.write_text(json.dumps({"version": INDEX_VERSION, "seq": seq, "store": store_id}))
        tmp.replace(self.directory / "akhbar-meta.json")

    def _usable(self, store_id: str) -> bool:
        meta = self._meta()
        return meta.get("version") == INDEX_VERSION and meta.get("store") == store_id

    def applied(self) -> int:
        """The last store change this index reflects (-1 when it has none)."""
        seq = self._meta().get("seq")
        return seq if isinstance(seq, int) else -1

    def is_current(self, store: Store) -> bool:
        """True when the index is of this version and store and has every change applied."""
        return self._usable(store.uid()) and self.applied() == store.last_change()

    def _open(self) -> tantivy.Index:
        if self._index is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._index = tantivy.Index(self.schema, path=str(self.directory))
            analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()
            self._index.register_tokenizer(_ANALYZER, analyzer)
        return self._index

    # -- writing ---------------------------------------------------------------------------------

    def _writer(self) -> tantivy.IndexWriter | None:
        try:
            # 64 MB: tantivy flushes a segment when its arena is full, so this bounds the writer's memory
            return self._open().writer(heap_size=64_000_000, num_threads=1)
        except ValueError as exc:
            if "Lock" in str(exc):
                return None  # another process is writing the index; readers use what is there
            raise StoreError(f"{self.directory}: cannot write the search index: {exc}") from exc

    def _delete(self, writer: tantivy.IndexWriter, ids: Sequence[int]) -> None:
        # by query: delete_documents_by_term does not match u64 terms given as Python ints
        writer.delete_documents_by_query(tantivy.Query.term_set_query(self.schema, "article", list(ids)))

    def _add(
        self, writer: tantivy.IndexWriter, aid: int, site: str | None, day: str | None, terms: IndexTerms
    ) -> None:
        for doc in _documents(aid, site, day, terms):
            writer.add_document(doc)

    def _replay(
        self, writer: tantivy.IndexWriter, store: Store, seq: int, before: int | None = None
    ) -> tuple[int, int]:
        """Apply change-log entries after `seq` (and before `before`); returns (count, last seq)."""
        applied = 0
        while changes := store.changes_since(seq, limit=_BATCH, before=before):
            touched = sorted({c.article_id for c in changes})
            self._delete(writer, touched)
            for row in store.index_rows(touched):  # deleted ids are simply absent
                self._add(writer, row.id, row.site, row.day, row.terms)
            seq = changes[-1].seq
            applied += len(changes)
        return applied, seq

    def sync(self, store: Store, *, rebuild: bool = False) -> int:
        """Apply the store's new changes (or rebuild whole); returns changes applied, -1 if locked."""
        store_id = store.uid()
        if rebuild or not self._usable(store_id):
            self._index = None
            shutil.rmtree(self.directory, ignore_errors=True)
            seq = 0
        else:
            seq = max(self.applied(), 0)
        writer = self._writer()
        if writer is None:
            return -1
        try:
            applied, seq = self._replay(writer, store, seq)
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        self._write_meta(seq, store_id)
        self._open().reload()
        return applied

    def live(self, store: Store) -> LiveIndex | None:
        """An index fed during an ingest (after catching up); None when another process writes it."""
        if self.sync(store) < 0:
            return None
        writer = self._writer()
        return None if writer is None else LiveIndex(self, store, writer)

    # -- reading ---------------------------------------------------------------------------------

    def search(
        self,
        query: Query,
        *,
        limit: int = 10,
        offset: int = 0,
        expand_speaker: Expand | None = None,
        newest: bool = False,
    ) -> tuple[int, list[Hit]]:
        """Total matching articles and one page of hits, best first (`newest`: by date, newest
        first, undated last; their score is then 0)."""
        compiled = self.compile(query, expand_speaker)
        if compiled is None:
            return 0, []
        if newest:
            total, found = self._run(compiled, limit, offset, "day")
            return total, [Hit(aid, 0.0) for _, aid, _ in found]
        total, found = self._ranked(compiled, self._proximity(query, "a"), limit, offset)
        return total, [Hit(aid, score) for score, aid, _ in found]

    def search_quotes(
        self, query: Query, *, limit: int = 20, offset: int = 0, expand_speaker: Expand | None = None
    ) -> tuple[int, list[QuoteHit]]:
        """Statements matching a query (text clauses on the quoted text, `speaker:` on who said it):
        best first when there is text to rank by, else newest first."""
        compiled = self.compile(query, expand_speaker, kind="q")
        if compiled is None:
            return 0, []
        if query.positive_terms:
            total, found = self._ranked(compiled, self._proximity(query, "q"), limit, offset)
        else:
            total, found = self._run(compiled, limit, offset, "day")
        return total, [QuoteHit(aid, idx, score) for score, aid, idx in found]

    def _ranked(
        self, compiled: tantivy.Query, near: tantivy.Query | None, limit: int, offset: int
    ) -> tuple[int, list[tuple[float, int, int]]]:
        """`_run` by score, the best `RESCORE_WINDOW` hits rescored with the proximity bonus.

        The bonus query runs only over the window's articles (as Elasticsearch's rescore does), so
        it costs the same on a million articles as on a thousand; pages past the window keep plain
        BM25 order, and every page of one query is cut from the same ranking.
        """
        if near is None or offset >= RESCORE_WINDOW:
            return self._run(compiled, limit, offset, None)
        total, found = self._run(compiled, max(RESCORE_WINDOW, offset + limit), 0, None)
        head, tail = found[:RESCORE_WINDOW], found[RESCORE_WINDOW:]
        if len(head) > 1:
            Q, occur = tantivy.Query, tantivy.Occur
            ids = sorted({aid for _, aid, _ in head})
            articles = Q.const_score_query(Q.term_set_query(self.schema, "article", ids), 0.0)
            within = Q.boolean_query([(occur.Must, near), (occur.Must, articles)])
            bonus = {(aid, idx): score for score, aid, idx in self._run(within, 10 * len(head), 0, None)[1]}
            head = sorted(
                ((score + bonus.get((aid, idx), 0.0), aid, idx) for score, aid, idx in head),
                key=lambda hit: -hit[0],
            )
        return total, (head + tail)[offset : offset + limit]

    def _run(
        self, compiled: tantivy.Query, limit: int, offset: int, order: str | None
    ) -> tuple[int, list[tuple[float, int, int]]]:
        """(total, [(score or order key, article id, statement position or -1)])."""
        searcher = self._open().searcher()
        # tantivy panics on limit 0: ask for one and drop it
        result = searcher.search(
            compiled, limit=max(limit, 1), count=True, offset=max(offset, 0), order_by_field=order
        )
        found = []
        for key, addr in result.hits[: max(limit, 0)]:
            doc = searcher.doc(addr)
            idx = doc.get_first("idx")
            found.append((float(key), int(doc.get_first("article") or 0), -1 if idx is None else int(idx)))
        total = getattr(result, "count", None)  # present when count=True (absent from the stubs)
        return int(total or 0), found

    def compile(
        self, query: Query, expand_speaker: Expand | None = None, *, kind: str = "a"
    ) -> tantivy.Query | None:
        """The tantivy query for a parsed query over one kind of document; None when it can match
        nothing."""
        if query.is_empty:
            return None
        Q, occur = tantivy.Query, tantivy.Occur
        must: list[tantivy.Query] = []
        must_not: list[tantivy.Query] = []
        for clause in query.clauses:
            options = [q for q in (self._term(t, kind) for t in clause.options) if q is not None]
            if not options:
                continue
            either = (
                options[0] if len(options) == 1 else Q.boolean_query([(occur.Should, o) for o in options])
            )
            (must_not if clause.negated else must).append(either)
        kind_specific = bool(must)  # a positive text clause: its fields belong to one kind only
        speakers = "speakers" if kind == "a" else "qspeakers"
        for values, field, expand in (
            (query.speakers, speakers, expand_speaker),
            (query.entities, "entities", None),
        ):
            for value in values:
                names = [value, *(expand(value) if expand else ())]
                alts = [q for q in (self._phrase(field, n.split()) for n in names) if q is not None]
                if not alts:
                    return None
                must.append(Q.const_score_query(Q.boolean_query([(occur.Should, a) for a in alts]), 0.0))
        if query.sources:
            sites = [Q.term_query(self.schema, "site", s.replace(" ", "")) for s in query.sources]
            must.append(Q.const_score_query(Q.boolean_query([(occur.Should, s) for s in sites]), 0.0))
        if query.day_from is not None or query.day_to is not None:
            days = Q.range_query(
                self.schema, "day", tantivy.FieldType.Integer, query.day_from or 1, query.day_to
            )
            must.append(Q.const_score_query(days, 0.0))
        if not (kind_specific or query.speakers or query.entities):
            # only source/date filters (and negations): they match both kinds of document
            must.insert(0, Q.const_score_query(Q.term_query(self.schema, "kind", kind), 0.0))
        if len(must) == 1 and not must_not:
            return must[0]  # one word: its scorer as it is, not wrapped in an intersection
        return Q.boolean_query([(occur.Must, q) for q in must] + [(occur.MustNot, q) for q in must_not])

    def _proximity(self, query: Query, kind: str) -> tantivy.Query | None:
        """A bonus for the query's words standing together, in order (`وزير الخارجية` ranks the
        minister above a page that says `الوزيرات` in one place and `الخارجي` in another).

        The words of the positive clauses that are plain words or phrases, in query order, as a
        phrase with `PROXIMITY_SLOP` gaps allowed; `_ranked` adds its score to the best hits.
        """
        words: list[str] = []
        clauses = 0
        for clause in query.clauses:
            if clause.negated or len(clause.options) != 1 or clause.options[0].prefix:
                continue
            words.extend(clause.options[0].words)
            clauses += 1
        if clauses < 2:
            return None
        if kind != "a":
            near = self._phrase("qbody", words, PROXIMITY_SLOP)
        else:
            head = self._phrase("headline", words, PROXIMITY_SLOP)
            body = self._phrase("body", words, PROXIMITY_SLOP)
            if head is None or body is None:
                return None
            near = _headline_or_body(head, body)
        return None if near is None else tantivy.Query.boost_query(near, PROXIMITY_BOOST)

    def _term(self, term: Term, kind: str = "a") -> tantivy.Query | None:
        """A word, phrase or prefix over the headline and body of articles, or a statement's text."""
        Q = tantivy.Query
        fields = ("headline", "body") if kind == "a" else ("qbody",)
        if term.prefix:
            stem = strip_prefix(term.words[0])
            found = [Q.phrase_prefix_query(self.schema, f, [stem]) for f in fields]
        else:
            phrases = [self._phrase(f, term.words) for f in fields]
            if any(q is None for q in phrases):
                return None
            found = [q for q in phrases if q is not None]
        if kind != "a":
            return found[0]
        head, body = found
        return _headline_or_body(head, body)

    def _phrase(self, field: str, words: Sequence[str], slop: int = 0) -> tantivy.Query | None:
        """The words in order in one field, each in any of its spellings (`variants`)."""
        stems = analyze(" ".join(words))
        if not stems:
            return None
        Q = tantivy.Query
        spellings = list(islice(product(*map(variants, stems)), _MAX_SPELLINGS))
        if len(stems) == 1:
            found = [Q.term_query(self.schema, field, s) for (s,) in spellings]
        else:
            found = [
                Q.phrase_query(self.schema, field, list[str | tuple[int, str]](s), slop) for s in spellings
            ]
        return found[0] if len(found) == 1 else Q.boolean_query([(tantivy.Occur.Should, q) for q in found])


class LiveIndex:
    """Feeds an ingest's written batches to the index with the terms the pool made; `finish`
    replays whatever other writers changed meanwhile, commits, and records the change reached."""

    def __init__(self, index: SearchIndex, store: Store, writer: tantivy.IndexWriter) -> None:
        self.index, self.store, self.writer = index, store, writer
        self.start = store.last_change()
        self.spans: list[tuple[int, int]] = []  # change-log spans written by this ingest, merged

    def __call__(self, written: Written, prepared: Sequence[Prepared]) -> None:
        if written.deleted:
            self.index._delete(self.writer, written.deleted)
        for aid, prep in zip(written.ids, prepared, strict=True):
            day = prep.article_row[8]  # ARTICLE_COLUMNS: "day" is the ninth
            self.index._add(self.writer, aid, prep.site, day if isinstance(day, str) else None, prep.terms)
        if written.last_seq >= written.first_seq:
            if self.spans and self.spans[-1][1] + 1 == written.first_seq:
                self.spans[-1] = (self.spans[-1][0], written.last_seq)
            else:
                self.spans.append((written.first_seq, written.last_seq))

    def finish(self) -> int:
        """Commit; returns the number of change-log entries now reflected (ours and others')."""
        try:
            seq, applied = self.start, 0
            for first, last in self.spans:
                n, _ = self.index._replay(self.writer, self.store, seq, before=first)  # others' changes
                applied += n + (last - first + 1)
                seq = last
            n, seq = self.index._replay(self.writer, self.store, seq)
            applied += n
            self.writer.commit()
            self.writer.wait_merging_threads()
        except BaseException:
            self.writer.rollback()
            raise
        self.index._write_meta(seq, self.store.uid())
        self.index._open().reload()
        return applied

    def abort(self) -> None:
        """Drop what was fed (the store's change log still has it: the next sync replays it)."""
        self.writer.rollback()
