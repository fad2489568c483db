"""The per-article pipeline: a page in, an Article out. Pure and picklable; runs anywhere.

page ─ lines (display + search forms, language) ─ clean (reasons) ─ structure ─ statements ─ entities
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import msgspec

from akhbar.clean.page import classify_lines
from akhbar.errors import InputError
from akhbar.normalize import DigitSet
from akhbar.read import Page
from akhbar.records import Article, Entity, Quote
from akhbar.structure.build import build_structure
from akhbar.structure.dates import iso_from_hint
from akhbar.structure.lines import split_lines

__all__ = ["Options", "process_page", "process_pages"]


class Options(msgspec.Struct, frozen=True, kw_only=True):
    """What the per-article steps do; every field has a default that suits news monitoring."""

    digits: DigitSet = "ascii"
    quotes: bool = True
    entities: bool = True
    # Template lines (search form) learned from the collection at hand; see akhbar.clean.templates.
    templates: frozenset[str] = frozenset()


DEFAULT = Options()


def _quotes(paragraphs: list[str], headline: str | None) -> list[Quote]:
    from akhbar.extract.quotes import extract_quotes  # imported on first use: keeps start-up light

    return extract_quotes(paragraphs, headline)


def _entities(paragraphs: list[str]) -> list[Entity]:
    from akhbar.extract.entities import tag_entities  # loads its model on first use

    return tag_entities(paragraphs)


def process_page(page: Page, options: Options = DEFAULT) -> Article:
    """Turn one raw page into a clean structured Article."""
    lines = split_lines(page.text, options.digits)
    reasons, headline = classify_lines(lines, title_known=page.title_known, templates=options.templates)
    found = build_structure(lines, reasons, headline)
    texts = [p.text for p in found.paragraphs]
    languages = Counter(p.language for p in found.paragraphs)
    arabic_texts = [t if p.language == "ar" else "" for t, p in zip(texts, found.paragraphs, strict=True)]
    return Article(
        source=page.source,
        headline=found.headline,
        dateline=found.dateline,
        news_id=found.news_id,
        published=found.published or iso_from_hint(page.published),
        language=languages.most_common(1)[0][0] if languages else "ar",
        hashtags=tuple(dict.fromkeys(found.hashtags)),
        paragraphs=tuple(found.paragraphs),
        removed=tuple(found.removed),
        quotes=tuple(_quotes(arabic_texts, found.headline)) if options.quotes else (),
        entities=tuple(_entities(arabic_texts)) if options.entities else (),
    )


def process_pages(
    pages: Iterable[Page | InputError], options: Options = DEFAULT
) -> Iterator[Article | InputError]:
    """Process a stream of pages; read errors pass through so the caller can report them."""
    for page in pages:
        yield page if isinstance(page, InputError) else process_page(page, options)
