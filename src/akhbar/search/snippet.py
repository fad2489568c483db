"""Snippets: the densest window of an article's display text, with the matched words marked.

Matching is done on each display word's search form and stem, so the highlight falls on what the
reader sees (والانتخابات is marked for a query الانتخابات) while the text stays untouched. A
display word's stems are memoised (news vocabulary repeats), and only the first `_SCAN` words
are scanned, so a snippet costs dictionary lookups, not a fold and stem per word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from akhbar.normalize import search_form
from akhbar.search.query import Term
from akhbar.search.stem import analyze, strip_prefix

__all__ = ["Snippet", "make_snippet"]

_WORD = re.compile(r"\S+")
_SCAN = 1500  # words scanned for the best window: long articles' matches are nearly all earlier


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
            stems.update(analyze(" ".join(term.words)))
    return stems, tuple(prefixes)


def make_snippet(text: str, terms: Sequence[Term], *, width: int = 32) -> Snippet:
    """The window of about `width` words with the most distinct matches (the start if none)."""
    stems, prefixes = _matcher(terms)
    words = list(_WORD.finditer(text))
    hits: list[tuple[int, str]] = []
    for i, word in enumerate(words[:_SCAN]):
        for stem in _STEMS_OF[word.group()]:
            if stem in stems or (prefixes and stem.startswith(prefixes)):
                hits.append((i, stem))
                break
    best, best_score = 0, -1
    for first, _ in hits or [(0, "")]:
        start = max(0, first - width // 4)
        score = len({s for i, s in hits if start <= i < start + width})
        if score > best_score:
            best, best_score = start, score
    window = words[best : best + width]
    if not window:
        return Snippet("", ())
    lo, hi = window[0].start(), window[-1].end()
    marks = tuple((words[i].start() - lo, words[i].end() - lo) for i, _ in hits if best <= i < best + width)
    prefix = "… " if best > 0 else ""
    suffix = " …" if best + width < len(words) else ""
    shift = len(prefix)
    return Snippet(
        prefix + text[lo:hi].replace("\n", " ") + suffix, tuple((a + shift, b + shift) for a, b in marks)
    )
