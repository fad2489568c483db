"""A page as lines with their spans in the decoded input, in display and search forms."""

from __future__ import annotations

import re
from typing import NamedTuple

from akhbar.normalize import DigitSet, display_form, search_form_recent
from akhbar.records import Language
from akhbar.structure.language import detect_language

__all__ = ["Line", "split_lines"]

_LINE = re.compile(r"[^\r\n]+")


class Line(NamedTuple):
    """One non-blank raw line: its span in the page, display text, search form and language."""

    number: int
    raw: str
    start: int
    end: int
    text: str
    key: str
    language: Language


def split_lines(page: str, digits: DigitSet = "ascii") -> list[Line]:
    """Every non-blank line of the page (CRLF, CR and LF all end a line), in reading order."""
    lines: list[Line] = []
    for match in _LINE.finditer(page):
        raw = match.group()
        if not raw.strip():
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = match.end() - (len(raw) - len(raw.rstrip()))
        language = detect_language(raw)
        # A line of invisible characters only keeps its place (as "") and is removed as a
        # separator by the cleaner: nothing is dropped without a reason.
        text = display_form(raw, digits=digits, persian=language == "fa")
        lines.append(Line(len(lines), raw.strip(), start, end, text, search_form_recent(text), language))
    return lines
