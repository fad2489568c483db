"""The search index: tantivy over stemmed search forms, rebuilt from the store on demand.

SQLite stays the record store; the index is a derived artifact in `<db>.index/` that follows the
store's change log (`changes` table) and records how far it got. An index built with another
search form, stemmer or layout (`INDEX_VERSION`), or for another store file, is rebuilt whole.
Ranking is tantivy's BM25, with a match in the headline weighted `HEADLINE_BOOST` times.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tantivy

from akhbar.errors import StoreError
from akhbar.normalize import SEARCH_VERSION
from akhbar.search.query import Query, Term
from akhbar.search.stem import STEM_VERSION, analyze, strip_prefix
from akhbar.store.base import IndexRow, Store

__all__ = ["HEADLINE_BOOST", "INDEX_VERSION", "Hit", "SearchIndex"]

INDEX_VERSION = f"akhbar-index.v1+{SEARCH_VERSION}+{STEM_VERSION}"
HEADLINE_BOOST = 2.5
_SEPARATOR = "|"  # between names in multi-valued fields, so a phrase cannot span two names
_ANALYZER = "akhbar_ws"  # the text is analysed in Python (search form + stems): split on spaces only
_BATCH = 2000

Expand = Callable[[str], Sequence[str]]


@dataclass(frozen=True, slots=True)
class Hit:
    """One ranked result: the article id and its BM25 score."""

    article_id: int
    score: float


def _schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_unsigned_field("id", stored=True, indexed=True, fast=True)
    builder.add_text_field("headline", tokenizer_name=_ANALYZER)
    builder.add_text_field("body", tokenizer_name=_ANALYZER)
    builder.add_text_field("speakers", tokenizer_name=_ANALYZER)
    builder.add_text_field("entities", tokenizer_name=_ANALYZER)
    builder.add_text_field("site", tokenizer_name="raw")
    builder.add_integer_field("day", indexed=True, fast=True)
    return builder.build()


def _stems(text: str) -> str:
    return " ".join(analyze(text))


def _names(names: Sequence[str]) -> str:
    return f" {_SEPARATOR} ".join(_stems(n) for n in names)


def _document(row: IndexRow) -> tantivy.Document:
    doc = tantivy.Document()
    doc.add_unsigned("id", row.id)
    doc.add_text("headline", _stems(row.headline_search))
    doc.add_text("body", _stems(row.body_search))
    doc.add_text("speakers", _names(row.speakers))
    doc.add_text("entities", _names(row.entities))
    doc.add_text("site", (row.site or "").lower())
    doc.add_integer("day", int(row.day.replace("-", "")) if row.day else 0)
    return doc


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

    def sync(self, store: Store, *, rebuild: bool = False) -> int:
        """Apply the store's new changes (or rebuild whole); returns changes applied, -1 if locked."""
        store_id = store.uid()
        if rebuild or not self._usable(store_id):
            self._index = None
            shutil.rmtree(self.directory, ignore_errors=True)
            seq = 0
        else:
            seq = max(self.applied(), 0)
        index = self._open()
        try:
            writer = index.writer(heap_size=128_000_000, num_threads=1)
        except ValueError as exc:
            if "Lock" in str(exc):
                return -1  # another process is writing the index; readers use what is there
            raise StoreError(f"{self.directory}: cannot write the search index: {exc}") from exc
        applied = 0
        try:
            while changes := store.changes_since(seq, limit=_BATCH):
                touched = sorted({c.article_id for c in changes})
                # by query: delete_documents_by_term does not match u64 terms given as Python ints
                writer.delete_documents_by_query(tantivy.Query.term_set_query(self.schema, "id", touched))
                for row in store.index_rows(touched):  # deleted ids are simply absent
                    writer.add_document(_document(row))
                seq = changes[-1].seq
                applied += len(changes)
            writer.commit()
            writer.wait_merging_threads()
        except BaseException:
            writer.rollback()
            raise
        self._write_meta(seq, store_id)
        index.reload()
        return applied

    # -- reading ---------------------------------------------------------------------------------

    def search(
        self, query: Query, *, limit: int = 10, offset: int = 0, expand_speaker: Expand | None = None
    ) -> tuple[int, list[Hit]]:
        """Total matches and one page of hits, best first."""
        compiled = self.compile(query, expand_speaker)
        if compiled is None:
            return 0, []
        searcher = self._open().searcher()
        # tantivy panics on limit 0: ask for one and drop it
        result = searcher.search(compiled, limit=max(limit, 1), count=True, offset=max(offset, 0))
        hits = [
            Hit(int(searcher.doc(addr)["id"][0]), float(score))
            for score, addr in result.hits[: max(limit, 0)]
        ]
        total = getattr(result, "count", None)  # present when count=True (absent from the stubs)
        return int(total or 0), hits

    def compile(self, query: Query, expand_speaker: Expand | None = None) -> tantivy.Query | None:
        """The tantivy query for a parsed query; None when it can match nothing."""
        if query.is_empty:
            return None
        Q, occur = tantivy.Query, tantivy.Occur
        must: list[tantivy.Query] = []
        must_not: list[tantivy.Query] = []
        for clause in query.clauses:
            options = [q for q in (self._term(t) for t in clause.options) if q is not None]
            if not options:
                continue
            either = (
                options[0] if len(options) == 1 else Q.boolean_query([(occur.Should, o) for o in options])
            )
            (must_not if clause.negated else must).append(either)
        for values, field, expand in (
            (query.speakers, "speakers", expand_speaker),
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
        if not must:
            must.append(Q.all_query())
        return Q.boolean_query([(occur.Must, q) for q in must] + [(occur.MustNot, q) for q in must_not])

    def _term(self, term: Term) -> tantivy.Query | None:
        Q, occur = tantivy.Query, tantivy.Occur
        if term.prefix:
            stem = strip_prefix(term.words[0])
            head = Q.phrase_prefix_query(self.schema, "headline", [stem])
            body = Q.phrase_prefix_query(self.schema, "body", [stem])
        else:
            head_q, body_q = self._phrase("headline", term.words), self._phrase("body", term.words)
            if head_q is None or body_q is None:
                return None
            head, body = head_q, body_q
        return Q.boolean_query([(occur.Should, Q.boost_query(head, HEADLINE_BOOST)), (occur.Should, body)])

    def _phrase(self, field: str, words: Sequence[str]) -> tantivy.Query | None:
        stems = analyze(" ".join(words))
        if not stems:
            return None
        if len(stems) == 1:
            return tantivy.Query.term_query(self.schema, field, stems[0])
        words_: list[str | tuple[int, str]] = list(stems)
        return tantivy.Query.phrase_query(self.schema, field, words_)
