"""Tokens with character offsets, the unit the statement extractor reads a paragraph in."""

from __future__ import annotations

import re
from typing import NamedTuple

_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
# the letter-for-letter half of lexicon.fold (hamza on alef, alef maqsura, ta marbuta, Persian letters)
_LETTER_FOLDS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ی", "ي"),
    ("ک", "ك"),
)

__all__ = ["QUOTE_CLOSE", "QUOTE_OPEN", "SENTENCE_END", "Tok", "closing_quote", "keys", "tokenize"]

# A word is letters/digits with any Arabic diacritics inside it; anything else is one character,
# except the marks of a hashtag (#مجلس_الغرف_السعودية reads as the words it joins).
_TOKEN = re.compile(r"(?:[^\W_]|[\u064b-\u065f\u0670])+|[^\s#_]")
QUOTE_OPEN = frozenset('«"“„‹')
QUOTE_CLOSE = frozenset('»"”‹›')
_PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"', "‹": "›"}
SENTENCE_END = frozenset(".!?؟")


class Tok(NamedTuple):
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


_DEFINITE = ("ال", "لل")
_new_tok = tuple.__new__  # builds a Tok without NamedTuple's Python-level __new__ (the hot loop)


def _fold_letters(text: str) -> str:
    for char, letter in _LETTER_FOLDS:  # guarded replaces: far cheaper than str.translate here
        if char in text:
            text = text.replace(char, letter)
    return text


_WORD = re.compile(r"[^\W_]+")


def keys(text: str, within: frozenset[str] | None = None) -> set[str] | frozenset[str]:
    """The keys of the word tokens `tokenize` would give, without building the tokens (C speed):
    what a reader needs to decide that a paragraph cannot hold what it looks for (only those in
    `within` when given: a small set any number of tests against it stay cheap)."""
    folded = _fold_letters(text)
    if _MARKS.search(folded) is not None:
        folded = _MARKS.sub("", folded)
    if within is not None:
        return within.intersection(_WORD.findall(folded))
    return set(_WORD.findall(folded))


def tokenize(text: str) -> list[Tok]:
    """Split a paragraph into word and punctuation tokens with offsets.

    The paragraph is folded once letter for letter (offsets stay put); diacritics are stripped
    from the keys of the tokens that hold any (a diacritic is not alphanumeric; tatweel is)."""
    folded = _fold_letters(text)
    marks = _MARKS.search(text) is not None
    out: list[Tok] = []
    append = out.append
    find = folded.find
    end = 0
    for key in _TOKEN.findall(folded):  # keys in one C call; offsets by a running find
        start = find(key, end)
        end = start + len(key)
        if marks and (not key.isalnum() or "\u0640" in key):
            key = _MARKS.sub("", key)
            if not key:
                continue  # a lone diacritic or tatweel: nothing to read
        t = text[start:end]
        append(_new_tok(Tok, (t, key, start, end, key[0].isalnum(), len(key) > 3 and t[:2] in _DEFINITE)))
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
