"""The display form: orthography repaired, meaning untouched (what a reader sees)."""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Literal

from akhbar.normalize.tables import (
    ARABIC_INDIC,
    ASCII_DIGITS,
    DELETED,
    DIGIT_SETS,
    PERSIAN_DIGITS,
    PERSIAN_TO_ARABIC,
    PERSIAN_YEH,
    PRESENTATION,
    SPACES,
    ZWNJ,
    alef_maqsura_words,
    char_class,
    final_yeh_context,
)

__all__ = ["DigitSet", "display_form"]

DigitSet = Literal["ascii", "arabic", "persian", "keep"]

# A word that ends in a Persian yeh: letters of the Arabic block (incl. ی itself) then ی.
_FINAL_YEH = re.compile(r"[\u0621-\u06FF]*\u06cc(?![\u0621-\u06FF])")
_CLITICS = ("و", "ف", "ب", "ل", "ك")
_PRESENTATION_CHARS = frozenset(map(chr, PRESENTATION))
_NEXT_WORD = re.compile(r"\s+([\u0621-\u06FF]+)")
_PREV_WORD = re.compile(r"([\u0621-\u06FF]+)\s+$")
# An HTML character reference left in scraped text (`&quot;`, `&#8220;`, `&nbsp;`): named ones
# need their semicolon, so a bare `&` in prose is never touched.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@cache
def _table(digits: DigitSet, persian: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = dict(PRESENTATION)
    for char in DELETED:
        if not (persian and char == ZWNJ):
            table[ord(char)] = None
    for char in SPACES:
        table[ord(char)] = " "
    if digits != "keep":
        target = DIGIT_SETS[digits]
        for source in (ASCII_DIGITS, ARABIC_INDIC, PERSIAN_DIGITS):
            for i, char in enumerate(source):
                if char != target[i]:
                    table[ord(char)] = target[i]
    if not persian:
        for char, arabic in PERSIAN_TO_ARABIC.items():
            table[ord(char)] = arabic
    return table


@cache
def _needs(digits: DigitSet, persian: bool) -> re.Pattern[str]:
    """A character class of everything the table maps, the carriage return and (unless Persian
    is kept) the Persian yeh, so one scan tells what a text needs."""
    extra = ["\r"] if persian else ["\r", PERSIAN_YEH]
    return re.compile(char_class([*(chr(c) for c in _table(digits, persian)), *extra]))


def _final_yeh(match: re.Match[str]) -> str:
    """ی at a word's end: ى where Arabic spells the word so, else ي; neighbours settle words
    written both ways (`علی خامنئی` → علي, `علی أن` → على)."""
    stem = match.group()[:-1].replace(PERSIAN_YEH, "ي")
    words = alef_maqsura_words()
    spelled = "ى" if stem + "ى" in words or (stem[:1] in _CLITICS and stem[1:] + "ى" in words) else "ي"
    context = final_yeh_context().get(stem + spelled)
    if context:
        text = match.string
        after = _NEXT_WORD.match(text, match.end())
        before = _PREV_WORD.search(text, max(0, match.start() - 40), match.start())
        if (after and after.group(1).replace(PERSIAN_YEH, "ي") in context[1]) or (
            before and before.group(1).replace(PERSIAN_YEH, "ي") in context[0]
        ):
            spelled = "ي" if spelled == "ى" else "ى"
    return stem + spelled


def display_form(text: str, *, digits: DigitSet = "ascii", persian: bool = False) -> str:
    """Repair orthography without changing meaning; `persian=True` keeps Persian letters and ZWNJ.

    Persian/Urdu letter forms become Arabic ones (ی at a word's end becomes ي or ى as Arabic
    spells the word), digits become one set, invisible controls, NBSP and tatweel go, and
    whitespace is tidied line by line (line breaks are kept), and HTML character references
    left by the scrape (`&quot;`, `&#8220;`, `&amp;quot;`) become the characters they stand for.
    """
    needs = _needs(digits, persian)
    found = needs.findall(text)
    yeh = False
    if found:  # most text has nothing to map: replace just the few chars present
        table = _table(digits, persian)
        present = set(found)
        if "\r" in present:  # CRLF and CR line ends become LF
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            present.discard("\r")
        yeh = PERSIAN_YEH in present
        present.discard(PERSIAN_YEH)  # decided word by word below
        for char in present:
            text = text.replace(char, table[ord(char)] or "")
        # A presentation form can expand to a Persian letter (ﮎ → ک, ﯼ → ی) that needs mapping again.
        if not present.isdisjoint(_PRESENTATION_CHARS):
            if needs.search(text):
                text = text.translate(table)
            yeh = not persian and PERSIAN_YEH in text
    if yeh:
        text = _FINAL_YEH.sub(_final_yeh, text).replace(PERSIAN_YEH, "ي")
    text = _tidy(text)
    if "&" in text:
        decoded = _ENTITY.sub(_unescape, text)
        if decoded != text:  # what a reference stood for is repaired like the rest; each round is
            return display_form(decoded, digits=digits, persian=persian)  # shorter, so it ends
    return text


def _unescape(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _tidy(text: str) -> str:
    """Single spaces, no spaces at line ends; untouched text is returned as is.

    After the table, the only whitespace left is the space and LF, so a few guarded replaces do
    what splitting every line would, at a fraction of the cost.
    """
    while "  " in text:
        text = text.replace("  ", " ")
    if "\n" in text:  # a line's edges checked one by one: cheaper than scanning for " \n" and "\n "
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line[:1] == " " or line[-1:] == " ":
                lines[i] = line.strip(" ")
        text = "\n".join(lines)
    return text.strip(" ")
