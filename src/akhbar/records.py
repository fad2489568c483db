"""The one record: typed, immutable structs that every step reads and returns.

`Article` is what `akhbar process` prints, field for field (see docs/schema.md). Offsets:
`Paragraph.start/end` are character offsets into the decoded input page (`Article.source`
text as read, line ends untouched); `Quote` and `Entity` offsets are character offsets into
the display text of the paragraph they name, so `paragraphs[q.paragraph].text[q.start:q.end]
== q.text` always holds.
"""

from __future__ import annotations

from typing import Literal

import msgspec

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "Paragraph",
    "Quote",
    "Removed",
    "Source",
]

SCHEMA_VERSION = "akhbar.article.v1"

ParagraphKind = Literal["lead", "body", "subheading"]
QuoteKind = Literal["direct", "indirect"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]
Language = Literal["ar", "fa", "other"]


class Source(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=False):
    """Where an article came from: a file, and a record number inside it for JSON Lines."""

    path: str
    record: int | None = None
    url: str | None = None
    site: str | None = None
    encoding: str | None = None


class Paragraph(msgspec.Struct, frozen=True, kw_only=True):
    """A block of the article body in display form, with its span in the decoded input."""

    kind: ParagraphKind
    text: str
    start: int
    end: int
    language: Language = "ar"


class Removed(msgspec.Struct, frozen=True, kw_only=True):
    """A raw line taken out of the article, and why (nothing is silently lost)."""

    text: str
    reason: str
    start: int
    end: int


class Quote(msgspec.Struct, frozen=True, kw_only=True):
    """A statement attributed to a speaker; `text` is `paragraphs[paragraph].text[start:end]`."""

    speaker: str
    role: str | None
    resolved: bool
    cue: str
    kind: QuoteKind
    text: str
    paragraph: int
    start: int
    end: int


class Entity(msgspec.Struct, frozen=True, kw_only=True):
    """A named entity; `text` is `paragraphs[paragraph].text[start:end]`."""

    text: str
    label: EntityLabel
    paragraph: int
    start: int
    end: int


class Article(msgspec.Struct, frozen=True, kw_only=True):
    """One clean structured news article: the record every stage reads and returns."""

    source: Source
    schema: str = SCHEMA_VERSION
    headline: str | None = None
    dateline: str | None = None
    news_id: str | None = None
    published: str | None = None
    language: Language = "ar"
    hashtags: tuple[str, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    removed: tuple[Removed, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()

    @property
    def body_text(self) -> str:
        """The article's paragraphs joined by blank lines, as a reader sees them."""
        return "\n\n".join(p.text for p in self.paragraphs)


def to_builtins(article: Article) -> dict[str, object]:
    """The JSON-ready form of an article (field order as declared; tuples become lists)."""
    out = msgspec.json.decode(_ENCODER.encode(article))
    assert isinstance(out, dict)
    return out


_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Article)


def dumps(article: Article) -> bytes:
    """One article as compact JSON bytes (UTF-8, Arabic unescaped)."""
    return _ENCODER.encode(article)


def loads(data: bytes | str) -> Article:
    """An article back from its JSON form, validated against the schema."""
    return _DECODER.decode(data)
