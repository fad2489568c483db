"""The query language, parsed leniently: any user string gives a `Query`, never an exception.

    words            all must match (stemmed, so والانتخابات finds الانتخابات)
    "a phrase"       the words in order
    a OR b           either
    -word -"phrase"  must not match
    prefix*          any word starting so (at least two letters)
    speaker:X entity:X source:X from:YYYY[-MM[-DD]] to:YYYY[-MM[-DD]]   (X may be "quoted")

Like Elasticsearch's `simple_query_string`, malformed parts (an unknown date, a lone `-`, an
empty phrase, `OR` with nothing beside it) are dropped and listed in `Query.dropped`. The parsed
form holds search-form words only; values reach the index as terms and SQL as bound parameters.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from akhbar.normalize import search_form

__all__ = ["FILTERS", "Clause", "Query", "Term", "parse"]

FILTERS = ("speaker", "entity", "source", "from", "to")
_TOKEN = re.compile(r'(-?)(?:(\w+):)?(?:"([^"]*)"?|([^\s"]+))')
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
_MIN_PREFIX = 2


@dataclass(frozen=True, slots=True)
class Term:
    """Search-form words to match in order (one word, or a phrase); `prefix` for a trailing *."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    """Alternatives joined by OR; a negated clause excludes what it matches."""

    options: tuple[Term, ...]
    negated: bool = False


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: text clauses (all required) and filters; what was dropped, for display."""

    clauses: tuple[Clause, ...] = ()
    speakers: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    day_from: int | None = None
    day_to: int | None = None
    dropped: tuple[str, ...] = field(default=())

    @property
    def positive_terms(self) -> list[Term]:
        """Terms that contribute matches (for ranking and highlighting)."""
        return [t for c in self.clauses if not c.negated for t in c.options]

    @property
    def is_empty(self) -> bool:
        """True when nothing constrains the result (no clause and no filter)."""
        return not (self.clauses or self.speakers or self.entities or self.sources) and (
            self.day_from is None and self.day_to is None
        )


def parse(text: str) -> Query:
    """Parse a user query; never raises (see the module docstring for the language)."""
    clauses: list[Clause] = []
    filters: dict[str, list[str]] = {name: [] for name in FILTERS}
    dropped: list[str] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        neg, name, quoted, bare = match.group(1), match.group(2), match.group(3), match.group(4)
        raw = match.group(0)
        if name is not None and name.lower() in FILTERS:
            value = search_form(quoted if quoted is not None else bare or "")
            if value and not neg:
                filters[name.lower()].append(value)
            else:
                dropped.append(raw)
            continue
        if name is not None:  # an unknown field: search its words as text
            bare = f"{name} {bare}" if bare is not None else name
        if quoted is None and bare == "OR" and not neg:
            pending_or = bool(clauses) and not clauses[-1].negated
            if not pending_or:
                dropped.append(raw)
            continue
        term = _term(quoted, bare)
        if term is None:
            dropped.append(raw)
            pending_or = False
            continue
        if pending_or and not neg:
            last = clauses.pop()
            clauses.append(Clause((*last.options, term)))
        else:
            clauses.append(Clause((term,), negated=bool(neg)))
        pending_or = False
    if pending_or:
        dropped.append("OR")
    day_from, day_to = _dates(filters["from"], filters["to"], dropped)
    return Query(
        clauses=tuple(clauses),
        speakers=tuple(filters["speaker"]),
        entities=tuple(filters["entity"]),
        sources=tuple(filters["source"]),
        day_from=day_from,
        day_to=day_to,
        dropped=tuple(dropped),
    )


def _term(quoted: str | None, bare: str | None) -> Term | None:
    if quoted is not None:
        words = tuple(search_form(quoted).split())
        return Term(words) if words else None
    raw = bare or ""
    prefix = raw.endswith("*")
    words = tuple(search_form(raw).split())
    if not words:
        return None
    if prefix and len(words) == 1 and len(words[0]) < _MIN_PREFIX:
        return None
    return Term(words, prefix=prefix and len(words) == 1)


def _dates(froms: list[str], tos: list[str], dropped: list[str]) -> tuple[int | None, int | None]:
    low = [d for d in (_day(v, end=False) for v in froms) if d is not None]
    high = [d for d in (_day(v, end=True) for v in tos) if d is not None]
    dropped.extend(f"from:{v}" for v in froms if _day(v, end=False) is None)
    dropped.extend(f"to:{v}" for v in tos if _day(v, end=True) is None)
    return (max(low) if low else None), (min(high) if high else None)


def _day(value: str, *, end: bool) -> int | None:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD; search form keeps the dashes as spaces) as yyyymmdd."""
    match = _DATE.match(value.strip().replace(" ", "-"))
    if match is None:
        return None
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else (12 if end else 1)
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    last = calendar.monthrange(year, month)[1]
    day = int(match.group(3)) if match.group(3) else (last if end else 1)
    if not 1 <= day <= last:
        return None
    return year * 10000 + month * 100 + day
