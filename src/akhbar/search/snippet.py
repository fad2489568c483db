"""Snippets: the densest window of an article's display text, with the matched words marked.

Matching is done on each display word's search form and stem, so the highlight falls on what the
reader sees (والانتخابات is marked for a query الانتخابات) while the text stays untouched. To stay
cheap (a snippet is what a user waits for), a word is folded and stemmed only when a cheap,
length-preserving letter fold of it contains one of the query's stems (a light stem is always a
substring of its word), its stems are memoised, and only the first `_SCAN` words are scanned.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from akhbar.normalize import search_form
from akhbar.search.query import Term
from akhbar.search.stem import analyze, strip_prefix, variants

__all__ = ["Snippet", "make_snippet"]

# Length-preserving folds (so word spans line up with the display text) of the letters the search
# form folds; the exact check (search form + stem) runs on the words this lets through.
_QUICK = tuple(zip("أإآٱىةیکئؤ", "اااايهيكيو", strict=True))
_SCAN = 10_000  # characters scanned for the best window: long articles' matches are nearly all earlier
_WORD_CHARS = 7  # an Arabic news word and its space, on average: `width` words ≈ width * 7 characters
_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"\s(?=\S*$)")


class _StemsOf(dict[str, tuple[str, ...]]):
    """display word -> its stems; cleared when it grows past a bound (memory stays flat)."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        if len(self) > 500_000:
            self.clear()
        value = self[word] = tuple(analyze(search_form(word)))
        return value


_STEMS_OF = _StemsOf()


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of display text and the character spans in it that matched the query."""

    text: str
    highlights: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The text with every highlight wrapped in the given markers."""
        out, last = [], 0
        for start, end in self.highlights:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


def _matcher(terms: Sequence[Term]) -> tuple[set[str], tuple[str, ...]]:
    stems: set[str] = set()
    prefixes: list[str] = []
    for term in terms:
        if term.prefix:
            prefixes.append(strip_prefix(term.words[0]))
        else:
            stems.update(v for stem in analyze(" ".join(term.words)) for v in variants(stem))
    return stems, tuple(prefixes)


@lru_cache(maxsize=256)
def _needles(needles: tuple[str, ...]) -> re.Pattern[str] | None:
    return re.compile("|".join(map(re.escape, needles))) if needles else None


def _quick(text: str) -> str:
    for src, dst in _QUICK:  # str.replace is C speed; translate with a table is not
        if src in text:
            text = text.replace(src, dst)
    return text


def _hits(text: str, stems: set[str], prefixes: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """(start, end, stem) of the display words that match, found by searching the stems in a
    quick fold of the text and checking only the words around those places."""
    pattern = _needles(tuple(sorted({*stems, *prefixes}, key=len, reverse=True)))
    if pattern is None:
        return []
    quick = _quick(text)
    hits: list[tuple[int, int, str]] = []
    end = -1
    for found in pattern.finditer(quick):
        if found.start() < end:
            continue  # inside the word just checked
        start = max(text.rfind(" ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        space = _SPACE.search(text, found.end())
        end = space.start() if space else len(text)
        for stem in _STEMS_OF[text[start:end]]:
            if stem in stems or (prefixes and stem.startswith(prefixes)):
                hits.append((start, end, stem))
                break
    return hits


def make_snippet(text: str, terms: Sequence[Term], *, width: int = 32) -> Snippet:
    """The window of about `width` words with the most distinct matches (the start if none)."""
    text = text[:_SCAN]
    stems, prefixes = _matcher(terms)
    hits = _hits(text, stems, prefixes)
    span = width * _WORD_CHARS
    best, best_score = 0, -1
    for first, _, _ in hits or [(0, 0, "")]:
        start = max(0, first - span // 4)
        score = len({stem for a, _, stem in hits if start <= a < start + span})
        if score > best_score:
            best, best_score = start, score
    lo = 0
    if best > 0:  # start at a word's beginning
        space = _SPACE.search(text, best)
        lo = space.end() if space else best
    cut = _LAST_SPACE.search(text, lo, min(len(text), lo + span))
    hi = len(text) if lo + span >= len(text) or cut is None else cut.start()
    if hi <= lo:
        return Snippet("", ())
    prefix = "… " if lo > 0 else ""
    suffix = " …" if hi < len(text) else ""
    shift = len(prefix) - lo
    marks = tuple((a + shift, b + shift) for a, b, _ in hits if lo <= a and b <= hi)
    return Snippet(prefix + text[lo:hi].replace("\n", " ") + suffix, marks)
