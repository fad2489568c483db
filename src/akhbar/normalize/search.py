"""The search form: display text folded further for matching; versioned, never shown."""

from __future__ import annotations

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


def search_form(text: str) -> str:
    """Fold text for matching: one pass of a translation table, lower case, single spaces.

    Diacritics and tatweel go; أ إ آ ٱ → ا, ى ی ئ → ي, ة ۀ → ه, ؤ → و; Persian letters become
    Arabic; every digit becomes ASCII; punctuation becomes a space.
    """
    folded = text.translate(_TABLE)
    # Presentation-form ligatures can expand to letters that fold again (ﻷ → لأ → لا).
    if any(c in folded for c in "أإآىئةؤ"):
        folded = folded.translate(_TABLE)
    return " ".join(folded.lower().split())
