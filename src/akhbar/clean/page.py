"""Cleaning a whole page: line rules plus what only the page shows (position, recurrence, tail).

Returns, for every non-blank line, the reason it is not article text (or None), so the builder
can keep the rest and record each removal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from akhbar.clean.rules import line_reason, template_lines
from akhbar.data import residue
from akhbar.structure.lines import Line

__all__ = ["classify_lines", "split_end_mark"]

# An agency end mark closing a paragraph: ". /انتهى/", "// انتهى //", "(انتهى)", "انتهى/ ع.ح".
_TRAILING_END_MARK = re.compile(
    r"\s*(?:[/(\[\-–—]+\s*)?انتهى(?:\s*[/)\]\-–—]+)?(?:\s*[\u0621-\u064A]{1,2}(?:\s*[./]\s*[\u0621-\u064A]{1,2})*)?\s*[/.]*\s*$"
)
# How many body paragraphs a related-stories tail needs before it counts as one.
_MIN_TAIL = 2
# Longest headline taken as a link under a related-links header.
_LINK_MAX_WORDS = 20


def split_end_mark(text: str) -> tuple[str, str]:
    """Split a paragraph into (text, trailing end mark); the mark is '' when there is none."""
    if "انتهى" not in text[-40:]:
        return text, ""
    match = _TRAILING_END_MARK.search(text, max(0, len(text) - 40))
    if not match or match.start() == 0:
        return text, ""
    return text[: match.start()].rstrip(), text[match.start() :].strip()


def _opens_story(line: Line) -> bool:
    """A paragraph that opens a story of its own: no connective (و، ف، كما ...) in front."""
    words = line.key.split()
    if len(words) < 8:
        return False
    first = words[0]
    if first[0] in "وف" and first not in ("وزير", "وزاره", "وكاله", "وفد", "فرنسا", "فريق"):
        return False
    return (
        first not in residue.CONTINUATION_OPENINGS
        and " ".join(words[:2]) not in residue.CONTINUATION_OPENINGS
    )


def _related_tail(lines: Sequence[Line], reasons: list[str | None], first_body: int) -> None:
    """Mark the run of story openings that ends a page after a teaser as related-story blurbs."""
    # Only a teaser announces related links; a recurring intro line ("وفيما يلي إغلاق المؤشرات")
    # may be followed by a list that is the article itself.
    teasers = [i for i, r in enumerate(reasons) if r == "teaser"]
    if not teasers:
        return
    kept = [i for i, r in enumerate(reasons) if r is None and i > first_body]
    run: list[int] = []
    for i in reversed(kept):
        if not _opens_story(lines[i]):
            break
        run.append(i)
    if len(run) >= _MIN_TAIL and min(run) > teasers[0]:
        for i in run:
            reasons[i] = "related"


def _related_list(lines: Sequence[Line], reasons: list[str | None]) -> None:
    """Headlines listed under a related-links header ("أخبار ذات صلة" alone on its line) are links."""
    in_list = False
    for i, line in enumerate(lines):
        if reasons[i] in ("label", "teaser") and line.key in residue.RELATED_HEADERS:
            in_list = True
        elif in_list and reasons[i] is None:
            words = len(line.key.split())
            if words > _LINK_MAX_WORDS or line.text.rstrip().endswith((".", "،", ":")):
                in_list = False
            else:
                reasons[i] = "related"


def classify_lines(
    lines: Sequence[Line], *, title_known: bool = False, templates: frozenset[str] = frozenset()
) -> tuple[list[str | None], int | None]:
    """A removal reason (or None) per line, and the index of the headline line (or None).

    `templates` are lines (search form) learned from the collection being processed
    (akhbar.clean.templates); they add to the table shipped with akhbar.
    """
    reasons = [line_reason(line) for line in lines]
    headline = _headline(lines, reasons, title_known)
    if headline is not None:
        # A scrape often repeats the title (page title, then the article's own heading).
        for i in range(headline + 1, min(headline + 4, len(lines))):
            if reasons[i] is None and lines[i].key == lines[headline].key:
                reasons[i] = "duplicate-headline"
    body = [i for i, r in enumerate(reasons) if r is None and i != headline]
    first_body = body[0] if body else len(lines)
    shipped = template_lines()
    for i in body[1:]:
        if lines[i].key in shipped or lines[i].key in templates:
            reasons[i] = "template:recurrent"
    _related_tail(lines, reasons, first_body)
    _related_list(lines, reasons)
    return reasons, headline


def _headline(lines: Sequence[Line], reasons: list[str | None], title_known: bool) -> int | None:
    """The headline is the first line still standing, when it is short enough to be a title."""
    if title_known and lines:
        reasons[0] = None
        return 0
    for i, reason in enumerate(reasons[:6]):
        if reason is None:
            line = lines[i]
            return i if len(line.key.split()) <= 40 and len(line.text) <= 300 else None
    return None
