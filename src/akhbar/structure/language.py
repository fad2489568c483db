"""Language of a paragraph: Arabic, Persian or other, from letters and function words.

A Persian passage must be flagged and left as Persian, while Arabic typed on a Persian keyboard
(ی، ک) is Arabic to be repaired: letters alone cannot tell them apart, function words can.
"""

from __future__ import annotations

import re

from akhbar.data.language import ARABIC_WORDS, PERSIAN_WORDS
from akhbar.records import Language

__all__ = ["detect_language"]

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORD = re.compile(r"[\u0621-\u06FF\u200c]+")
# Persian yeh and keheh, and the letters Persian has and Arabic lacks.
_PERSIAN_MARK = re.compile("[\u06cc\u06a9\u067e\u0686\u0698\u06af]")
# Letters Persian has and Arabic lacks.
_PERSIAN_ONLY = frozenset("پچژگ")


def detect_language(text: str) -> Language:
    """'fa' for a Persian passage, 'ar' for Arabic (however typed), 'other' for the rest."""
    if _LATIN_LETTER.search(text):
        arabic = len(_ARABIC_LETTER.findall(text))
        if arabic == 0 or arabic < len(_LATIN_LETTER.findall(text)):
            return "other"
    elif not _ARABIC_LETTER.search(text):
        return "other"
    if not _PERSIAN_MARK.search(text):
        return "ar"  # Persian prose always has ی or ک; text without them is Arabic
    persian_score = 0
    arabic_score = 0
    for word in _WORD.findall(text):
        if word in PERSIAN_WORDS or any(c in _PERSIAN_ONLY for c in word):
            persian_score += 1
        elif word in ARABIC_WORDS:
            arabic_score += 1
    return "fa" if persian_score >= 2 and persian_score > arabic_score else "ar"
