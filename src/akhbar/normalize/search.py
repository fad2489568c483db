"""The search form: display text folded further for matching; versioned, never shown."""

from __future__ import annotations

import re
import string

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

__all__ = ["SEARCH_VERSION", "search_form"]

# Bump when any fold below changes: indexes built with another version are rebuilt.
SEARCH_VERSION = "ar-search.v1"

# Punctuation that separates words: ASCII, Arabic and typographic marks.
_PUNCT = string.punctuation + "،؛؟«»“”„‘’‹›–—…٪٫٬۔·•¡¿"


def _build() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for code, folded in PRESENTATION.items():
        table[code] = folded
    for char in DELETED + DIACRITICS:
        table[ord(char)] = None
    for char in SPACES + _PUNCT + "\r\n":
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
# Everything else the table maps but whitespace and punctuation (which only separate words):
# present in few texts, so each char found is replaced on its own.
_RARE = re.compile(
    char_class(
        chr(c)
        for c in _TABLE
        if chr(c) not in SEARCH_FOLDS and chr(c) not in _PUNCT and chr(c) not in " \n\r\t"
    )
)
# What separates words besides whitespace: any char that is neither a letter/digit nor a space
# (punctuation, symbols, combining marks left over) and "_".
_SEPARATOR = re.compile(r"[^\w\s]|_")
# The separators and line ends of nearly every news text, replaced by guarded str.replace.
_COMMON_SEPARATORS = tuple(".،,:\"«»()-؛؟!?/'“”‘’–—…*%[]{}#_@+=<>|&•\n\r\t")


def search_form(text: str) -> str:
    """Fold text for matching: lower case, words of letters and digits, single spaces.

    Diacritics and tatweel go; أ إ آ ٱ → ا, ى ی ئ → ي, ة ۀ → ه, ؤ → و; Persian letters become
    Arabic; every digit becomes ASCII; punctuation and symbols separate words.
    """
    rare = _RARE.findall(text)
    if rare:
        present = set(rare)
        for char in present:
            text = text.replace(char, _TABLE[ord(char)] or "")
        # Presentation-form ligatures can expand to letters that fold again (ﻷ → لأ → لا).
        if not present.isdisjoint(_PRESENTATION_CHARS) and _RARE.search(text):
            text = text.translate(_TABLE)
    for char, folded in _COMMON:
        if char in text:
            text = text.replace(char, folded)
    text = text.lower()
    for char in _COMMON_SEPARATORS:
        if char in text:
            text = text.replace(char, " ")
    # Anything left that is neither a letter/digit nor a space separates words too (symbols, marks);
    # str.isalnum answers "is there any?" far faster than a regex scan.
    squeezed = text.replace(" ", "")
    if squeezed and ("_" in squeezed or not squeezed.isalnum()):
        text = _SEPARATOR.sub(" ", text)
    while "  " in text:  # the runs are short: two or three passes of a C loop
        text = text.replace("  ", " ")
    return text.strip(" ")
