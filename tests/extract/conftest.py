"""Shared checks for the statement tests written as tables of short invented sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from akhbar.extract.quotes import extract_quotes
from akhbar.records import Quote

FoundCheck = Callable[[list[str], str, str, str], None]


def _found(paragraphs: list[str], speaker: str, fragment: str, cue: str) -> None:
    """A statement holding `fragment`, introduced by `cue`, is attributed to a speaker containing
    `speaker`; on failure the message lists what was extracted."""
    quotes = extract_quotes(paragraphs)
    hits = [q for q in quotes if fragment in q.text]
    assert hits, [(q.speaker, q.cue, q.text) for q in quotes]
    assert any(speaker in q.speaker and q.cue == cue for q in hits), [
        (q.speaker, q.cue, q.text) for q in hits
    ]


def quote_with(paragraphs: list[str], fragment: str) -> Quote:
    """The first statement whose text holds `fragment`; on failure the message lists them all."""
    hits = [q for q in extract_quotes(paragraphs) if fragment in q.text]
    assert hits, extract_quotes(paragraphs)
    return hits[0]


@pytest.fixture(scope="session")
def found_statement() -> FoundCheck:
    return _found
