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
# The folds nearly every Arabic text needs, done by str.replace (a fast C loop each).
_COMMON = tuple(SEARCH_FOLDS.items())
# Everything else the table maps; rare in news text, so the slower full pass runs only then.
_RARE = re.compile(
    "["
    + "".join(
        re.escape(chr(c)) for c in sorted(_TABLE) if chr(c) not in SEARCH_FOLDS and chr(c) not in _PUNCT
    )
    + "]"
)
# A word of the search form: letters and digits (punctuation, symbols and "_" separate words).
_WORD = re.compile(r"[^\W_]+")


def search_form(text: str) -> str:
    """Fold text for matching: lower case, words of letters and digits, single spaces.

    Diacritics and tatweel go; أ إ آ ٱ → ا, ى ی ئ → ي, ة ۀ → ه, ؤ → و; Persian letters become
    Arabic; every digit becomes ASCII; punctuation and symbols separate words.
    """
    if _RARE.search(text):
        text = text.translate(_TABLE)
        # Presentation-form ligatures can expand to letters that fold again (ﻷ → لأ → لا).
        text = text.translate(_TABLE)
    else:
        for char, folded in _COMMON:
            if char in text:
                text = text.replace(char, folded)
    return " ".join(_WORD.findall(text.lower()))
