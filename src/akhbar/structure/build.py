"""From classified lines to the article's structure: headline, dateline, id, date, paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from akhbar.clean.page import split_end_mark
from akhbar.clean.rules import news_id_of
from akhbar.records import Paragraph, ParagraphKind, Removed
from akhbar.structure.dateline import find_dateline, has_agency, match_dateline
from akhbar.structure.dates import find_date
from akhbar.structure.lines import Line

__all__ = ["Structure", "build_structure", "is_subheading", "punctuates"]

_HASHTAG = re.compile(r"#([\w\u0600-\u06FF]+(?:_[\w\u0600-\u06FF]+)*)")
_SENTENCE_END = (".", "،", ",", ":", "؛", ";", "…")
_SUBHEADING_MAX_WORDS = 18
_UNPUNCTUATED_MAX_WORDS = 10
_DATELINE_LINE_MAX_WORDS = 16


class Structure:
    """What the builder found, before statements and entities are added."""

    __slots__ = ("dateline", "hashtags", "headline", "news_id", "paragraphs", "published", "removed")

    def __init__(self) -> None:
        self.headline: str | None = None
        self.dateline: str | None = None
        self.news_id: str | None = None
        self.published: str | None = None
        self.hashtags: list[str] = []
        self.paragraphs: list[Paragraph] = []
        self.removed: list[Removed] = []


def punctuates(body: Sequence[Line]) -> bool:
    """Whether this page ends its long paragraphs with punctuation (most sites do; some scrapes
    lose every final period, and then a missing one says nothing about a line)."""
    long = [line.text.rstrip() for line in body if len(line.text.split()) > _UNPUNCTUATED_MAX_WORDS]
    if not long:
        return True
    ended = sum(1 for t in long if t.endswith((*_SENTENCE_END, "!", "?", "؟", '"', "»", "”", ")")))
    return ended * 2 >= len(long)


def is_subheading(line: Line, has_next: bool, page_punctuates: bool = True) -> bool:
    """A short line without closing punctuation, between body paragraphs, is a subheading.

    On a page that does not punctuate, only a very short line that does not continue the story
    (no و/ف in front) is taken as one.
    """
    words = line.text.split()
    limit = _SUBHEADING_MAX_WORDS if page_punctuates else _UNPUNCTUATED_MAX_WORDS
    if not has_next or len(words) > limit or len(words) < 2:
        return False
    if not page_punctuates and words[0][:1] in "وف":
        return False
    text = line.text.rstrip()
    if text.endswith(_SENTENCE_END):
        return False
    # A closing quotation: a title may end in a quoted word, a sentence ends inside the marks.
    closes_sentence = text[:-1].rstrip().endswith((*_SENTENCE_END, "!", "?", "؟")) or text[:1] in '"«“'
    return not (text[-1] in "\"»”'" and closes_sentence)


def _strip_hashtags(text: str, tags: list[str]) -> str:
    """`#العراق` is a tag and the word stays in the text (`#عاصي_الحلاني` reads `عاصي الحلاني`)."""
    if "#" not in text:
        return text

    def keep(match: re.Match[str]) -> str:
        tags.append(match.group(1))
        return match.group(1).replace("_", " ")

    return _HASHTAG.sub(keep, text)


def _take_dateline_line(body: list[Line], out: Structure) -> list[Line]:
    """A first body line that is only a dateline (`جدة 25 شوال 1436ه الموافق 10 أغسطس 2015م واس`,
    `أبها - مريم الجابر`) is metadata: its place and date move to fields, the lead is the next line."""
    first = body[0]
    if len(first.text.split()) > _DATELINE_LINE_MAX_WORDS:  # counted first: a match costs ~8 us
        return body
    found = match_dateline(first.text)
    if not found:
        return body
    place, end = found
    rest = first.text[end:]
    if any(c in rest for c in ".؟?!،,:") or (
        len(rest.split()) > 3 and not find_date(rest) and not has_agency(rest)
    ):
        return body
    out.dateline = place
    date = find_date(first.text)
    if date and out.published is None:
        out.published = date[0]
    out.removed.append(Removed(text=first.raw, reason="metadata:dateline", start=first.start, end=first.end))
    return body[1:]


def build_structure(lines: Sequence[Line], reasons: Sequence[str | None], headline: int | None) -> Structure:
    """Assemble fields, paragraphs (with spans) and removals from classified lines."""
    out = Structure()
    if headline is not None:
        out.headline = lines[headline].text
    body = [
        line
        for line, reason in zip(lines, reasons, strict=True)
        if reason is None and line.number != headline
    ]
    for line, reason in zip(lines, reasons, strict=True):
        if reason is None:
            continue
        out.removed.append(Removed(text=line.raw, reason=reason, start=line.start, end=line.end))
        if reason == "metadata:news_id" and out.news_id is None:
            out.news_id = news_id_of(line)
        elif reason == "metadata:date" and out.published is None:
            found = find_date(line.text)
            out.published = found[0] if found else None
    if len(body) > 1:
        body = _take_dateline_line(body, out)
    page_punctuates = punctuates(body)
    for n, line in enumerate(body):
        text, mark = split_end_mark(line.text)
        if mark:
            out.removed.append(
                Removed(text=mark, reason="end-mark", start=line.end - len(mark), end=line.end)
            )
        if n == 0 and out.dateline is None:
            out.dateline = find_dateline(text)
            if out.published is None and out.dateline:
                found = find_date(text[:200])
                out.published = found[0] if found else None
        kind: ParagraphKind = "lead" if n == 0 else "body"
        if n > 0 and is_subheading(line, has_next=n + 1 < len(body), page_punctuates=page_punctuates):
            kind = "subheading"
        text = _strip_hashtags(text, out.hashtags)
        out.paragraphs.append(
            Paragraph(kind=kind, text=text, start=line.start, end=line.end, language=line.language)
        )
    out.removed.sort(key=lambda r: r.start)
    return out
