"""Character tables for the two normal forms, built once at import from small explicit ranges.

Sources: Unicode blocks Arabic (0600–06FF) and Arabic Presentation Forms A/B (FB50–FDFF,
FE70–FEFF); the Persian/Urdu letter forms are those a Persian or Urdu keyboard produces where
an Arabic one would give another code point.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

# Persian/Urdu letter forms typed into Arabic text -> the Arabic letter (display form).
# ی (U+06CC) is handled apart: at a word's end it becomes ي or ى by the word (final_yeh.json).
PERSIAN_TO_ARABIC = {
    "\u06a9": "\u0643",  # ک keheh -> ك
    "\u06aa": "\u0643",  # ڪ swash kaf -> ك
    "\u06d5": "\u0647",  # ە ae -> ه
    "\u06c0": "\u0629",  # ۀ heh with yeh above (Persian ezafe) -> ة
    "\u06c1": "\u0647",  # ہ heh goal (Urdu) -> ه
    "\u06be": "\u0647",  # ھ heh doachashmee -> ه
    "\u06c3": "\u0629",  # ۃ teh marbuta goal -> ة
    "\u06d0": "\u064a",  # ې e -> ي
    "\u06ce": "\u064a",  # ێ yeh with small v -> ي
    "\u06cd": "\u064a",  # ۍ yeh with tail -> ي
}
PERSIAN_YEH = "\u06cc"

# Invisible format characters that carry no meaning in the text: zero-width, bidi controls,
# soft hyphen, BOM, tatweel. ZWNJ (200C) is meaningful in Persian and kept there.
DELETED = (
    "\u200b\u200c\u200d\u200e\u200f"  # zero-width space, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"  # bidi embeddings, isolates, ALM
    "\ufeff\u00ad\u0640"  # BOM, soft hyphen, tatweel
)
ZWNJ = "\u200c"

# Space-like characters that become a plain space.
# Every char Python's str.isspace() accepts but the plain space and line ends.
SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c"
    "\x1c\x1d\x1e\x1f\x85\u1680\u2028\u2029"
)

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ASCII_DIGITS = "0123456789"
DIGIT_SETS = {"ascii": ASCII_DIGITS, "arabic": ARABIC_INDIC, "persian": PERSIAN_DIGITS}

# Diacritics (harakat, tanwin, shadda, sukun, dagger alef, Quranic marks) dropped by the search form.
DIACRITICS = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE) if c not in (0x06E5, 0x06E6))
)

# Lossy folds that belong to the search form only.
SEARCH_FOLDS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",
    "ة": "ه",
    "ؤ": "و",
}


def _presentation_forms() -> dict[int, str]:
    """Arabic presentation forms (contextual glyphs pasted from PDFs) -> their letters."""
    table: dict[int, str] = {}
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF)):
        for code in block:
            char = chr(code)
            folded = unicodedata.normalize("NFKC", char)
            if folded != char and unicodedata.category(char) != "Cn":
                table[code] = folded
    return table


PRESENTATION = _presentation_forms()


def char_class(chars: Iterable[str]) -> str:
    """A regex character class of these chars, written as ranges (far faster to match than a
    class of thousands of single chars)."""
    codes = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


@cache
def _final_yeh_table() -> dict[str, object]:
    table: dict[str, object] = json.loads(
        resources.files("akhbar.data").joinpath("final_yeh.json").read_text("utf-8")
    )
    return table


@cache
def alef_maqsura_words() -> frozenset[str]:
    """Words spelled with a final ى in Arabic (mined from the shared corpora)."""
    words = _final_yeh_table()["alef_maqsura"]
    assert isinstance(words, list)
    return frozenset(words)


@cache
def final_yeh_context() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """For words written both ways: (previous words, next words) after which the other spelling wins."""
    context = _final_yeh_table()["context"]
    assert isinstance(context, dict)
    return {
        word: (frozenset(sides.get("prev", ())), frozenset(sides.get("next", ())))
        for word, sides in context.items()
    }
