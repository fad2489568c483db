"""A light Arabic stemmer over search-form words: clitics and common affixes off, names kept.

Query and index go through the same `analyze`, so `الانتخابات`، `انتخابات`، `والانتخابات` meet at
`انتخاب`, and a Persian-typed `ایران` (search form `ايران`) meets `إيران`. Versioned: an index
built with another `STEM_VERSION` is rebuilt.

Spellings of one word that differ in a foreign name's written vowels or g letter (ترامب، ترمب؛
امريكي، اميركي؛ انستغرام، انستجرام) or in a hamza's seat (مسؤول، مسئول) keep their own stems in
the index; a query stem is searched with its `variants`, the table `data/search_variants.tsv`
mined by tools/mine_variants.py.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from akhbar.search.tables import PREFIXES, PROTECTED, SUFFIXES, WAW_WORDS

__all__ = ["STEM_VERSION", "analyze", "stem", "strip_prefix", "variants"]

STEM_VERSION = "ar-light.v1"

_SUFFIXES = sorted(SUFFIXES.items(), key=lambda item: -len(item[0]))
_ENDINGS = tuple(SUFFIXES)
_MIN_WORD = 4  # words of three letters or fewer are left whole
_CLITICS = "وفبكل"


def strip_prefix(word: str) -> str:
    """The word without a leading article/clitic group (ال، وال، بال، لل …) or conjunction و."""
    if word[:1] in _CLITICS and word[1:] in PROTECTED:  # لايران، وبريكس، بلبنان: a known name
        return word[1:]
    if word.startswith(PREFIXES):  # one C call rules out most words before the loop
        for prefix in PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                return word[len(prefix) :]
    if word.startswith("و") and len(word) >= _MIN_WORD:
        rest = word[1:]
        if _strip_suffix(word) not in WAW_WORDS and word not in PROTECTED:
            return strip_prefix(rest) if rest.startswith("ال") else rest
    return word


def _strip_suffix(word: str) -> str:
    if not word.endswith(_ENDINGS):
        return word
    for suffix, min_stem in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            return word[: -len(suffix)]
    return word


def stem(word: str) -> str:
    """The light stem of one search-form word (memoised: news vocabulary repeats)."""
    return _MEMO[word]


def _stem(word: str) -> str:
    if len(word) < _MIN_WORD or word in PROTECTED or not word.isalpha():
        return word
    base = strip_prefix(word)
    if base in PROTECTED or len(base) < _MIN_WORD:
        return base
    once = _strip_suffix(base)
    # A second pass unifies nisba forms: فلسطينيه -> فلسطيني -> فلسطين (kept: protected).
    if once != base and once not in PROTECTED and len(once) >= _MIN_WORD + 1:
        twice = _strip_suffix(once)
        return twice if twice in PROTECTED or len(twice) >= _MIN_WORD else once
    return once


class _Memo(dict[str, str]):
    """word -> stem, filled on first use; cleared when it grows past a bound (memory stays flat)."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:  # news vocabulary: ~200k distinct words cover a year of a source
            self.clear()
        value = self[word] = _stem(word)
        return value


_MEMO = _Memo()


def analyze(search_text: str) -> list[str]:
    """Stems of a search-form text, one per word, in order (positions kept for phrases)."""
    return list(map(_MEMO.__getitem__, search_text.split()))


@cache
def _variant_table() -> dict[str, tuple[str, ...]]:
    """stem -> every spelling of its word (itself first), from the pairs of search_variants.tsv
    joined into groups (سترلنغ، سترلينغ، ستيرلنغ … are one name)."""
    group: dict[str, set[str]] = {}
    text = resources.files("akhbar.data").joinpath("search_variants.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            a, b = line.split("\t")[:2]
            joined = group.get(a, {a}) | group.get(b, {b})
            for member in joined:
                group[member] = joined
    return {s: (s, *sorted(g - {s})) for s, g in group.items()}


def variants(stem: str) -> tuple[str, ...]:
    """The stem and the stems of the same word spelt otherwise (`variants("ترمب")` is
    `("ترمب", "ترامب")`); just the stem for most words."""
    return _variant_table().get(stem, (stem,))
