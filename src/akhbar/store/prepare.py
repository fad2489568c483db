"""Everything ingest computes per article, done where the article is processed (a pool worker).

The single writer process only binds ready rows and hands ready index terms to the search index:
search forms, stems, the MinHash signature and the compressed record are all made here, once,
so the writer's CPU stays small while the pool's cores do the work (issue 4, "ingest rate").
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from akhbar import records
from akhbar.dedup.minhash import signature
from akhbar.normalize import search_form, search_form_recent
from akhbar.records import Article
from akhbar.search.stem import analyze

__all__ = ["IndexTerms", "Prepared", "body_form", "day_of", "index_terms", "pack", "prepare", "unpack"]


@dataclass(frozen=True, slots=True)
class IndexTerms:
    """What the search index needs of one article, already stemmed (space-separated stems)."""

    headline: str
    body: str
    speakers: tuple[str, ...]  # stems of each distinct search form of the statements' speakers
    entities: tuple[str, ...]  # stems of each distinct search form of the entities
    quotes: tuple[tuple[str, str], ...]  # per statement: (speaker stems, text stems), in order

    def __reduce__(self) -> tuple[type[IndexTerms], tuple[object, ...]]:
        """Pickled as a constructor call (pool -> writer): a frozen dataclass that mypyc compiles
        (the opt-in build, setup.py) cannot be unpickled field by field through setattr."""
        return IndexTerms, (self.headline, self.body, self.speakers, self.entities, self.quotes)


@dataclass(frozen=True, slots=True)
class Prepared:
    """One processed article as rows to write and terms to index."""

    site: str | None
    article_row: tuple[object, ...]  # the `articles` columns after doc_key/hash/run/source
    statements: tuple[tuple[object, ...], ...]  # the text stays in the record only
    entities: tuple[tuple[object, ...], ...]
    signature: bytes
    terms: IndexTerms

    def __reduce__(self) -> tuple[type[Prepared], tuple[object, ...]]:
        """Pickled as a constructor call, as IndexTerms is."""
        fields = (self.site, self.article_row, self.statements, self.entities, self.signature, self.terms)
        return Prepared, fields


ARTICLE_COLUMNS = (
    "path", "record", "url", "encoding", "headline", "dateline", "news_id", "published", "day",
    "language", "headline_search", "record_json",
)  # fmt: skip


def pack(data: bytes) -> bytes:
    """Compress a stored blob. zlib level 1: on every 4th record of the corpora (5.44 kB as JSON,
    min of 5 timings under load) it gives 1.90 kB in 0.059 ms, level 3 1.77 kB in 0.073 ms, level 6
    1.68 kB in 0.17 ms; ingest is bound by the pool's CPU, and 0.13 kB more per article is 3% of
    the store, so level 1. Any level reads back the same (blobs of other levels stay readable)."""
    return zlib.compress(data, 1)


def unpack(blob: bytes) -> bytes:
    """The bytes of a stored blob."""
    return zlib.decompress(blob)


def day_of(published: str | None) -> str | None:
    """The calendar day (YYYY-MM-DD) of a published string: ISO-like or RFC 2822; else None."""
    from email.utils import parsedate_to_datetime

    if not published:
        return None
    text = published.strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        return text[:10]
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def body_form(art: Article) -> str:
    """`search_form(art.body_text)`, from the paragraphs' forms: the pipeline folded each
    paragraph's line already (`search_form_recent` finds it), and blank lines between paragraphs
    fold to one space, so the joined forms (empty ones left out) are the same string."""
    return " ".join(filter(None, [search_form_recent(p.text) for p in art.paragraphs]))


def _stems(search_text: str) -> str:
    return " ".join(analyze(search_text))


def index_terms(
    art: Article,
    body_search: str | None = None,
    head_search: str | None = None,
    speakers: dict[str, str] | None = None,
) -> IndexTerms:
    """The index terms of an article (also used to rebuild the index from stored records);
    `speakers` maps each statement's speaker to its search form when the caller has them."""
    body = search_form(art.body_text) if body_search is None else body_search
    head = search_form(art.headline or "") if head_search is None else head_search
    forms = _speaker_forms(art) if speakers is None else speakers
    stems = {name: _stems(form) for name, form in forms.items()}
    form_stems = {form: stems[name] for name, form in forms.items()}
    return IndexTerms(
        headline=_stems(head),
        body=_stems(body),
        speakers=tuple(form_stems[form] for form in dict.fromkeys(forms.values())),
        entities=tuple(map(_stems, dict.fromkeys(search_form(e.text) for e in art.entities))),
        quotes=tuple((stems[q.speaker], _stems(search_form(q.text))) for q in art.quotes),
    )


def _speaker_forms(art: Article) -> dict[str, str]:
    """Each distinct speaker of the article's statements -> its search form (speakers recur)."""
    return {name: search_form(name) for name in dict.fromkeys(q.speaker for q in art.quotes)}


def prepare(art: Article) -> Prepared:
    """Rows, signature and index terms of one processed article."""
    src = art.source
    body_search = body_form(art)
    head_search = search_form_recent(art.headline or "")
    row = (
        src.path, src.record, src.url, src.encoding, art.headline, art.dateline, art.news_id,
        art.published, day_of(art.published), art.language, head_search, pack(records.dumps(art)),
    )  # fmt: skip
    speakers = _speaker_forms(art)
    quotes = tuple(
        (i, q.speaker, speakers[q.speaker], q.role, int(q.resolved), q.cue, q.kind, q.paragraph,
         q.start, q.end)
        for i, q in enumerate(art.quotes)
    )  # fmt: skip
    ents = tuple(
        (i, e.text, search_form(e.text), e.label, e.paragraph, e.start, e.end)
        for i, e in enumerate(art.entities)
    )
    return Prepared(
        site=src.site,
        article_row=row,
        statements=quotes,
        entities=ents,
        signature=signature(body_search).tobytes(),
        terms=index_terms(art, body_search, head_search, speakers),
    )
