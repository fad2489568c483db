"""Line rules: each says whether one line is page residue, and of which class.

A rule looks at the line alone (its display text, search form and shape); rules that need the
page (position, what follows) live in akhbar.clean.page. Every class is a removal reason kept in
the record, so nothing is silently lost.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from akhbar.data import residue
from akhbar.data.calendars import AGENCIES
from akhbar.normalize import SEARCH_VERSION, search_form
from akhbar.structure.dates import find_date
from akhbar.structure.lines import Line

__all__ = ["line_reason", "news_id_of", "template_lines"]

_ARABIC = re.compile(r"[\u0621-\u064A]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_BYLINE = re.compile(r"[،,]\s*(?:من|لـ|ل)\s*\S")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(.*)$")
_INITIALS = re.compile(r"^[\u0621-\u064A]{1,2}(?:\s*[./]\s*[\u0621-\u064A]{1,2}){1,4}\s*[./]?$")


@cache
def _news_id_pattern() -> re.Pattern[str]:
    labels = "|".join(sorted((re.escape(x) for x in residue.NEWS_ID_LABELS), key=len, reverse=True))
    return re.compile(rf"^(?:{labels})\s+(\d{{2,}})$")


@cache
def _agency_keys() -> frozenset[str]:
    return frozenset(search_form(a) for a in AGENCIES)


@cache
def _agency_pattern() -> re.Pattern[str]:
    """Any agency signature as whole words of the search form (longest first)."""
    names = sorted(_agency_keys(), key=len, reverse=True)
    return re.compile(r"(?<=\s)(?:" + "|".join(re.escape(n) for n in names) + r")(?=\s|\d)")


@cache
def _openings_by_word(openings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """Line openings by their first word, in their order: a line (single-spaced search form) can
    open with one only if its first word is that opening's first word."""
    out: dict[str, list[str]] = {}
    for opening in openings:
        out.setdefault(opening.partition(" ")[0], []).append(opening)
    return {word: tuple(found) for word, found in out.items()}


def _opening(key: str, openings: tuple[str, ...]) -> str | None:
    """The first of `openings` the line is or begins with (as whole words), if any."""
    for opening in _openings_by_word(openings).get(key.partition(" ")[0], ()):
        if key == opening or key.startswith(opening + " "):
            return opening
    return None


@cache
def _label_keys() -> frozenset[str]:
    return frozenset(search_form(x) for x in residue.LABELS)


@cache
def template_lines() -> frozenset[str]:
    """Lines (search form) that recur across many articles of a source in the shared corpora."""
    data = json.loads(resources.files("akhbar.data").joinpath("template_lines.json").read_text("utf-8"))
    if data["search_version"] != SEARCH_VERSION:
        return frozenset()  # mined with another search form: useless until re-mined
    return frozenset(data["lines"])


def news_id_of(line: Line) -> str | None:
    """The article id a labelled metadata line gives (`معرف الأخبار : ۱۴۵۰۳۸۸` → 1450388)."""
    match = _news_id_pattern().match(line.key)
    return match.group(1) if match else None


def _is_end_mark(line: Line) -> bool:
    words = line.key.split()
    if residue.END_MARK_WORD in words and len(words) <= 5:
        return all(len(w) <= 3 or w.isdigit() for w in words if w != residue.END_MARK_WORD)
    if _INITIALS.match(line.text):
        return True
    # Editor initials without dots: "ع ص", "ح ع م".
    return 2 <= len(words) <= 4 and all(len(w) == 1 for w in words) and bool(_ARABIC.search(line.text))


def _is_timestamp(line: Line) -> bool:
    match = _CLOCK.match(line.text)
    if not match:
        return False
    rest = search_form(match.group(1)).split()
    return all(w in residue.TIME_SUFFIXES for w in rest)


def _is_date_line(line: Line) -> bool:
    """A line that is a date, perhaps labelled, and little else."""
    found = find_date(line.text)
    if not found:
        return False
    start, end = found[1]
    rest = search_form(line.text[:start] + " " + line.text[end:]).split()
    label_words = {w for label in residue.DATE_LABELS for w in label.split()}
    return sum(1 for w in rest if w not in label_words and not w.isdigit()) <= 3


def _is_counter(key: str) -> bool:
    """`عدد الزيارات: 1234`, `1234 مشاهدة`, `منذ 3 ساعات`: page counters and relative times."""
    words = key.split()
    if not 1 < len(words) <= 5 or not any(w.isdigit() for w in words):
        return False
    rest = [w for w in words if not w.isdigit()]
    counter = all(w in residue.COUNTER_WORDS for w in rest)
    return counter or all(w in residue.RELATIVE_TIME_WORDS for w in rest)


def _is_tag_list(line: Line) -> bool:
    """`كلمات دلالية: إيران، العراق`: a labelled list of keywords."""
    key = line.key
    return key.startswith(_tag_openings()) and ":" in line.text and len(key.split()) <= 25


@cache
def _tag_openings() -> tuple[str, ...]:
    """The tag-list openings as whole words (str.startswith takes the tuple: one C call)."""
    return tuple(o + " " for o in residue.TAG_OPENINGS)


def _is_breadcrumb(line: Line) -> bool:
    """`الرئيسية > سياسة > عربي`: short section names joined by separators."""
    text = line.text
    if any(map(text.__contains__, ".:؛،")):
        return False
    for sep in residue.BREADCRUMB_SEPARATORS:
        parts = [p.strip() for p in text.split(sep)]
        if len(parts) >= 3 and all(0 < len(p.split()) <= 3 for p in parts):
            return sep != "/" or search_form(parts[0]) in residue.HOME_WORDS
    return False


def _is_label(key: str) -> bool:
    words = [w for w in key.split() if not w.isdigit()]
    if not words:
        return False
    return " ".join(words) in _label_keys() or (
        len(words) <= 4 and all(w in residue.LABEL_WORDS for w in words)
    )


def _is_teaser(line: Line) -> bool:
    key = line.key
    for opening in _openings_by_word(residue.TEASER_OPENINGS).get(key.partition(" ")[0], ()):
        if key == opening or key.startswith(opening + " "):
            head = line.text[: len(opening) + 6]
            if ":" in head or "：" in head:
                return True
            if len(opening.split()) >= 2 and len(key.split()) <= residue.TEASER_MAX_WORDS:
                return True
    return False


def _is_credit(line: Line) -> bool:
    words = line.key.split()
    key = line.key
    opening = _opening(key, residue.CREDIT_OPENINGS)
    # "كتب الرئيس على تويتر أن ..." is a sentence: a credit is short or says itself with a colon.
    if opening and (len(words) <= 5 or (len(words) <= 12 and ":" in line.text[: len(opening) + 8])):
        return True
    # A byline: "سيافش مهدي-أردالان، من بي بي سي فارسي".
    if len(words) <= 10 and _BYLINE.search(line.text) and _agency_pattern().search(f" {line.key} "):
        return True
    # A line of agency signatures only: "فرانس24/ أ ف ب".
    if len(words) > 8:
        return False
    rest = _agency_pattern().sub(" ", f" {line.key} ")
    leftover = [w for w in rest.split() if not w.isdigit() and w not in residue.AGENCY_FILLERS]
    return len(leftover) <= 1 and rest.split() != words


# Residue lines are short: past this many words only the promotion phrases are looked for.
_LONG_LINE = 40
_DIGIT = re.compile(r"\d")


def _is_promo(line: Line) -> bool:
    return any(map(line.key.__contains__, residue.PROMO_PHRASES))  # no generator frame per phrase


def _is_label_line(line: Line) -> bool:
    # a label is at most four words besides numbers, a counter at most five words: a longer line
    # without digits is neither, decided before splitting it
    if line.key.count(" ") >= 5 and _DIGIT.search(line.key) is None:
        return False
    return _is_label(line.key) or _is_counter(line.key)


def _is_template(line: Line) -> bool:
    return not _ARABIC.search(line.text)


# The line rules in the order they are tried, each with the most words a line it fires on can
# have (None: any length up to _LONG_LINE), so a body paragraph skips the rules bounded below
# its length. The bounds are the rules' own: an end mark has at most five words, a date line 14,
# a tag list 25, a credit 12, a template line 8.
_RULES: tuple[tuple[str, Callable[[Line], bool], int | None], ...] = (
    ("metadata:news_id", lambda line: news_id_of(line) is not None, None),
    ("end-mark", _is_end_mark, 5),
    ("timestamp", _is_timestamp, None),
    ("metadata:date", _is_date_line, 14),
    ("label", _is_label_line, None),  # bounded inside: numbers do not count as label words
    ("tags", _is_tag_list, 25),
    ("navigation", _is_breadcrumb, None),
    ("teaser", _is_teaser, None),
    ("promo", _is_promo, None),
    ("credit", _is_credit, 12),
    ("template", _is_template, 8),
)


def line_reason(line: Line) -> str | None:
    """Why this line is not article text, or None when it may be."""
    if not _LETTER_OR_DIGIT.search(line.text):
        return "separator"
    words = line.key.count(" ") + 1  # the search form is single-spaced
    if words > _LONG_LINE:
        return "promo" if _is_promo(line) else None
    for reason, rule, most in _RULES:
        if most is not None and words > most:
            continue
        if rule(line):
            return reason
    return None
