"""The search form: display text folded further for matching; versioned, never shown.

`search_fold` is the normalisation proper (character folds, the same length of work as the
display form); `search_form` splits the fold into words, the key every matcher compares.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from akhbar.normalize.tables import (
    ARABIC_INDIC,
    ASCII_DIGITS,
    DELETED,
    DIACRITICS,
    PERSIAN_DIGITS,
    PERSIAN_TO_ARABIC,
    PRESENTATION,
    SEARCH_FOLDS,
    SPACES,
    char_class,
)

__all__ = ["SEARCH_VERSION", "search_fold", "search_form", "search_form_recent"]

# Bump when any fold below changes: indexes built with another version are rebuilt.
SEARCH_VERSION = "ar-search.v2"  # v2: capitals above the BMP lower-cased too

# Punctuation that separates words: ASCII, Arabic and typographic marks.
_PUNCT = string.punctuation + "،؛؟«»“”„‘’‹›–—…٪٫٬۔·•¡¿"


# Capital sigma lower-cases by context (σ inside a word, ς at its end): left to str.lower.
_SIGMA = "\u03a3"
# str.lower called as a plain function: mypyc (the opt-in compiled build, setup.py) turns a
# `text.lower()` into its own C loop, which lowers char by char and loses the final ς.
_LOWER: Callable[[str], str] = str.lower


# Cased letters stop below U+20000: the last is Adlam's (U+1E921); Deseret, Osage, Warang Citi
# and Medefaidrin also lie above the BMP, in the supplementary multilingual plane.
_CASED_END = 0x20000


def _cased() -> dict[int, str]:
    """Every character that lower-cases to something else -> its lower case (İ -> i̇, 𞤀 -> 𞤢)."""
    table = {c: chr(c).lower() for c in range(_CASED_END) if chr(c).lower() != chr(c)}
    table[ord(_SIGMA)] = _SIGMA  # found by the scan, lowered with its context below
    return table


def _build() -> dict[int, str | None]:
    """What `search_fold` maps, char by char (a deleted char maps to None)."""
    table: dict[int, str | None] = dict(_cased())
    for code, folded in PRESENTATION.items():
        table[code] = folded
    for char in DELETED + DIACRITICS:
        table[ord(char)] = None
    for char in SPACES:
        table[ord(char)] = " "
    for source in (ARABIC_INDIC, PERSIAN_DIGITS):
        for i, char in enumerate(source):
            table[ord(char)] = ASCII_DIGITS[i]
    for char, arabic in PERSIAN_TO_ARABIC.items():
        table[ord(char)] = SEARCH_FOLDS.get(arabic, arabic)
    for char, folded in SEARCH_FOLDS.items():
        table[ord(char)] = folded
    return table


_TABLE = _build()
_PRESENTATION_CHARS = frozenset(map(chr, PRESENTATION))
# The folds nearly every Arabic text needs, done by str.replace (a fast C loop each).
_COMMON = tuple(SEARCH_FOLDS.items())
# Everything else the table maps: present in few texts (diacritics, Persian letters and digits,
# controls, capitals), found in one regex scan, so each char found is replaced on its own.
_RARE = re.compile(char_class(chr(c) for c in _TABLE if chr(c) not in SEARCH_FOLDS))
# What separates words besides whitespace: any char that is neither a letter/digit nor a space
# (punctuation, symbols, combining marks left over) and "_".
_SEPARATOR = re.compile(r"[^\w\s]|_")
# The separators of nearly every news text, replaced by guarded str.replace.
_COMMON_SEPARATORS = tuple(".،,:\"«»()-؛؟!?/'“”‘’–—…*%[]{}#_@+=<>|&•\n\r\t")


def search_fold(text: str) -> str:
    """Fold text for matching, character by character (punctuation and line breaks stay).

    Diacritics, tatweel and invisible controls go; أ إ آ ٱ → ا, ى ی ئ → ي, ة ۀ → ه, ؤ → و;
    Persian letters become Arabic; every digit becomes ASCII; capitals become lower case;
    space-like characters become a plain space. Idempotent; never raises.
    """
    rare = _RARE.findall(text)
    if rare:
        present = set(rare)
        for char in present:
            text = text.replace(char, _TABLE[ord(char)] or "")
        # Presentation-form ligatures can expand to letters that fold again (ﻷ → لأ → لا).
        if not present.isdisjoint(_PRESENTATION_CHARS) and _RARE.search(text):
            text = text.translate(_TABLE)
        if _SIGMA in present:
            text = _LOWER(text)
    for char, folded in _COMMON:
        if char in text:
            text = text.replace(char, folded)
    return text


def search_form(text: str) -> str:
    """The search fold split into words: letters and digits, one space between words.

    This is the key every matcher compares (cleaning rules, datelines, the index, speakers):
    punctuation and symbols separate words, line breaks are spaces.
    """
    text = search_fold(text)
    for char in _COMMON_SEPARATORS:
        if char in text:
            text = text.replace(char, " ")
    # Anything left that is neither a letter/digit nor whitespace separates words too (symbols,
    # marks); str.isalnum answers "is there any?" far faster than a regex scan.
    squeezed = text.replace(" ", "")
    if squeezed and ("_" in squeezed or not squeezed.isalnum()):
        text = _SEPARATOR.sub(" ", text)
    while "  " in text:  # the runs are short: two or three passes of a C loop
        text = text.replace("  ", " ")
    return text.strip(" ")


_RECENT: dict[str, str] = {}
_RECENT_MAX = 4096  # a few pages' lines: enough for the steps that follow on the same page


def search_form_recent(text: str) -> str:
    """`search_form(text)`, remembered for the texts asked for lately (bounded; cleared when full).

    A page's lines are folded when it is split (`akhbar.structure.lines`), and ingest asks again
    for the forms of the same texts (headline, paragraphs: `akhbar.store.prepare`) in the same
    process right after; the second fold is a lookup of the same string object (its hash kept).
    A cache of a pure function: the result is the same whether or not it hits."""
    form = _RECENT.get(text)
    if form is None:
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        form = _RECENT[text] = search_form(text)
    return form
