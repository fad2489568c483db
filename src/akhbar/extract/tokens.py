"""Tokens with character offsets, the unit the statement extractor reads a paragraph in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from akhbar.extract.lexicon import fold

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")

__all__ = ["QUOTE_CLOSE", "QUOTE_OPEN", "SENTENCE_END", "Tok", "closing_quote", "tokenize"]

# A word is letters/digits with any Arabic diacritics inside it; anything else is one character.
_TOKEN = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+|\S")
QUOTE_OPEN = frozenset('«"“„‹')
QUOTE_CLOSE = frozenset('»"”‹›')
_PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"', "‹": "›"}
SENTENCE_END = frozenset(".!?؟")


@dataclass(frozen=True, slots=True)
class Tok:
    """One token: its text, its folded key and its span in the paragraph."""

    text: str
    key: str
    start: int
    end: int
    word: bool
    definite: bool  # written with the article (ال/لل), judged on the unfolded spelling

    @property
    def bare(self) -> str:
        """The key without a leading conjunction و/ف (وقال -> قال)."""
        key = self.key
        if len(key) > 3 and key[0] in "وف":
            return key[1:]
        return key


def tokenize(text: str) -> list[Tok]:
    """Split a paragraph into word and punctuation tokens with offsets."""
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        plain = _MARKS.sub("", t)
        definite = len(plain) > 3 and (plain.startswith("ال") or plain.startswith("لل"))
        out.append(Tok(t, fold(t), m.start(), m.end(), t[0].isalnum(), definite))
    return out


def closing_quote(toks: list[Tok], i: int) -> int | None:
    """Index of the mark that closes the quotation opened at `i`, or None if it stays open."""
    want = _PAIRS.get(toks[i].text)
    if want is None:
        return None
    depth = 0
    for j in range(i + 1, len(toks)):
        t = toks[j].text
        if t == want and depth == 0:
            return j
        if want != '"' and t == toks[i].text:
            depth += 1
        elif t == want:
            depth -= 1
    return None
