"""Tokens with character offsets, the unit the statement extractor reads a paragraph in."""

from __future__ import annotations

import re
from itertools import accumulate
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

__all__ = [
    "QUOTE_CLOSE",
    "QUOTE_OPEN",
    "SENTENCE_END",
    "Tok",
    "closing_quote",
    "first_key",
    "keys",
    "tokenize",
]

# A word is letters/digits with any Arabic diacritics inside it; anything else is one character,
# except the marks of a hashtag (#مجلس_الغرف_السعودية reads as the words it joins).
_TOKEN = re.compile(r"((?:[^\W_]|[\u064b-\u065f\u0670])+|[^\s#_])")
# The same tokens for a text without an underscore (nearly all): \w is [^\W_] plus the underscore,
# and one character class per run matches twice as fast as the alternation above. Both capture,
# so `split` gives the gaps and the tokens in turn and their offsets add up in C.
_TOKEN_PLAIN = re.compile(r"([\w\u064b-\u065f\u0670]+|[^\s#])")
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
    found = within.intersection(_WORD.findall(folded)) if within is not None else set(_WORD.findall(folded))
    if "." in folded and (" د." in folded or " ا." in folded or folded[:2] in _INITIALS):
        # an abbreviated title (د. خالد) is one token, as `tokenize` joins it
        found = found | {k for k in _INITIALS if (within is None or k in within) and _initial_in(folded, k)}
    return found


def _initial_in(folded: str, key: str) -> bool:
    return folded.startswith(key) or (" " + key) in folded


def tokenize(text: str) -> list[Tok]:
    """Split a paragraph into word and punctuation tokens with offsets.

    The paragraph is folded once letter for letter (offsets stay put) and split once into gaps and
    tokens, whose running lengths are the offsets; diacritics are stripped from the keys of the
    tokens that hold any (a diacritic is not alphanumeric; tatweel is)."""
    folded = _fold_letters(text)
    marks = _MARKS.search(text) is not None
    out: list[Tok] = []
    append = out.append
    parts = (_TOKEN if "_" in folded else _TOKEN_PLAIN).split(folded)  # gap, token, gap, ..., gap
    # one iterator read twice per token (its start, its end); it holds the last gap's end besides
    offsets = accumulate(map(len, parts))
    for start, end, key in zip(offsets, offsets, parts[1::2], strict=False):
        if marks and (not key.isalnum() or "\u0640" in key):
            key = _MARKS.sub("", key)
            if not key:
                continue  # a lone diacritic or tatweel: nothing to read
        t = text[start:end]
        append(_new_tok(Tok, (t, key, start, end, key[0].isalnum(), len(key) > 3 and t[:2] in _DEFINITE)))
    if "." in text and (" د." in folded or " ا." in folded or folded[:2] in _INITIALS):
        return _join_initials(out)
    return out


def first_key(text: str) -> str | None:
    """The key of the first token `tokenize` would give ('' for none), without building the
    tokens; None when a one-letter word opens the text (it may join an abbreviated title)."""
    folded = _fold_letters(text)
    for m in (_TOKEN if "_" in folded else _TOKEN_PLAIN).finditer(folded):
        key = m.group()
        if not key.isalnum() or "\u0640" in key:
            key = _MARKS.sub("", key)
            if not key:
                continue
        return None if key in _ONE_LETTER else key
    return ""


# One-letter abbreviations of a title written before a name: د. (دكتور, 1,110 times in the
# corpora), أ. (أستاذ, 138). Keys as folded (أ reads ا).
_INITIALS = frozenset(("د.", "ا."))


def _join_initials(toks: list[Tok]) -> list[Tok]:
    """`د. خالد` / `أ.د. محمد`: a one-letter word, its full stop and a word after them read as
    one title token (`د.`, key `د.`, an honorific in titles.json), so the full stop neither ends the
    sentence nor cuts the speaker phrase. The stop stays a stop when no word follows."""
    n = len(toks)
    joined = [
        i
        for i in [i for i, t in enumerate(toks) if t.key in _ONE_LETTER]  # the few candidates
        if i + 2 < n
        and toks[i + 1].text == "."
        and toks[i + 1].start == toks[i].end
        and toks[i + 2].word
        and (i == 0 or toks[i - 1].end < toks[i].start or toks[i - 1].text == ".")
    ]
    if not joined:
        return toks
    out: list[Tok] = []
    last = 0
    for i in joined:
        t = toks[i]
        out += toks[last:i]
        out.append(_new_tok(Tok, (t.text + ".", t.key + ".", t.start, toks[i + 1].end, True, False)))
        last = i + 2
    out += toks[last:]
    return out


_ONE_LETTER = frozenset(k[0] for k in _INITIALS)


def closing_quote(toks: list[Tok], i: int) -> int | None:
    """Index of the mark that closes the quotation opened at `i`, or None if it stays open."""
    want = _PAIRS.get(toks[i].text)
    if want is None:
        return None
    if want == '"':
        return _closing_straight(toks, i)
    depth = 0
    for j in range(i + 1, len(toks)):
        t = toks[j].text
        if t == want and depth == 0:
            return j
        if t == toks[i].text:
            depth += 1
        elif t == want:
            depth -= 1
    return None


def _closing_straight(toks: list[Tok], i: int) -> int | None:
    """The straight mark closing the one at `i`. After three words, a mark with a space before it
    and a word glued after it opens a nested quotation ('"... أعضاء "المرابطين" في مصر ..."'),
    closed by the next mark: before, the outer quotation ended at the nested one's opening. Not
    when the opening mark stands apart from its first word (a scrape's misplaced marks)."""
    n = len(toks)
    nested = False
    glued = i + 1 < n and toks[i + 1].word and toks[i + 1].start == toks[i].end  # not '" إن'
    words = 0
    j = i + 1
    while j < n:
        t = toks[j]
        if t.word:
            words += 1
        elif t.text == '"':
            if nested:
                nested = False
            elif (
                glued
                and words >= 3
                and j + 1 < n
                and toks[j + 1].word
                and toks[j + 1].start == t.end
                and toks[j - 1].end < t.start
                and toks[j - 1].word
            ):
                nested = True
            else:
                return j
        j += 1
    return None
