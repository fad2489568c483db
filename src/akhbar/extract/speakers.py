"""Speaker phrases: parse who a cue names, and resolve roles, surnames and elisions to a person.

A speaker phrase is read as a short run of chunks (`Mention`): a title-headed role with or
without a name (`المتحدث باسم الخارجية الإيرانية ناصر كنعاني`), a name with or without a role
after it (`أنور قرقاش، وزير الدولة ...`), an institution or collective (`وزارة الدفاع الروسية`,
`مصادر محلية`) or a state (`إيران`). Adverbials inside the phrase (`في بيان`, `لوكالة فرانس برس`,
`أمس`) are skipped. `Registry` remembers the people an article names so that a later role-only
or surname-only mention resolves to them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from akhbar.extract.lexicon import Lexicon, fold, lexicon, place_key
from akhbar.extract.tokens import QUOTE_OPEN, SENTENCE_END, Tok

__all__ = ["Mention", "Registry", "Speaker", "parse_backward", "parse_speaker", "skip_adverbial"]

_STOP_PUNCT = frozenset(".:;!?؟()[]")
_MAX_NAME = 5
_NISBA_ENDS = ("ي", "يه", "يون", "يين", "ون", "ين")


@dataclass(slots=True)
class Mention:
    """A speaker phrase as the article wrote it."""

    kind: str  # person | role | org | group | state
    text: str
    name: str | None = None
    role: str | None = None
    gender: str | None = None
    end: int = 0  # token index just after the phrase


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to."""

    name: str
    role: str | None
    resolved: bool
    gender: str | None
    number: str = "sg"


def _join(toks: list[Tok], a: int, b: int, text: str) -> str:
    return text[toks[a].start : toks[b - 1].end] if b > a else ""


def _definite(key: str) -> bool:
    return len(key) > 3 and (key.startswith("ال") or key.startswith("لل"))


_IN = fold("في")
_ROLE_PREPS = frozenset(fold(w) for w in ("في", "لدى", "إلى", "عن"))
_BISM = frozenset(fold(w) for w in ("باسم", "باسمه", "باسمها"))
_ALI = "علي"  # the name, not the preposition على (the two fold alike)


def _is_title(lx: Lexicon, key: str) -> bool:
    return key in lx.titles_m or key in lx.titles_f or key in lx.honorifics


def _namelike(lx: Lexicon, tok: Tok, cont: bool = False) -> bool:
    """Could this token start or continue a person's name?"""
    key = tok.key
    if len(key) < 2 or not key[0].isalpha() or tok.definite:
        return False
    if tok.text == _ALI:
        return True
    if key in lx.function_words or key in lx.adverbials or key in lx.adverbial_nouns or key in _BISM:
        return False
    if (
        _is_title(lx, key)
        or key in lx.org_heads
        or key in lx.group_heads
        or key in lx.cues
        or key in lx.states
        or key in lx.media
    ):
        return False
    if tok.text.endswith(("ًا", "اً", "ًً")) or (len(key) > 3 and tok.text.endswith(("ه", "ها", "هم", "هما"))):
        return False  # accusative tanween or a pronoun suffix: a noun or participle, not a name
    if cont and tok.text.startswith(("بأ", "بإ", "لأ", "لإ", "كأ")):
        return False  # 'خامنئي بأدولف هتلر': a preposition on the next phrase
    if key in lx.given_names:
        return True  # often opens a name after a title (باراك، محمود), whatever else it may mean
    if key in lx.not_names and not (cont and key.endswith("ي")):
        return False  # (a family name like قاسمي may double as a common adjective)
    stem = key[1:]
    return not (
        key[0] in ("بلو" if cont else "بلوف")  # ف does not glue to a noun inside a name (مارك فراي)
        and len(stem) >= 2
        and (stem in lx.not_names or stem in lx.media or stem.startswith("ال"))
    )


def _name_run(lx: Lexicon, toks: list[Tok], i: int, limit: int, after_title: bool) -> int:
    """End index of a person's name starting at `i` (== i when there is none)."""
    j = i
    while j < limit and j - i < _MAX_NAME:
        tok = toks[j]
        prev = toks[j - 1].key if j > i else ""
        if j > i and (
            tok.key in lx.particles
            or (prev in lx.particles and tok.word and tok.key not in lx.function_words)
        ):
            j += 1
            continue
        if tok.key in lx.particles and j + 1 < limit and toks[j + 1].word:
            j += 1
            continue
        if _namelike(lx, tok, cont=j > i) or (after_title and j == i and _before_nisba(lx, toks, j, limit)):
            j += 1
            continue
        if (
            j > i
            and tok.word
            and tok.key in lx.not_names
            and not _ends_phrase(lx, toks, j, limit)
            and _before_boundary(lx, toks, j + 1, limit)
        ):
            j += 1  # a family name that is also a common word (عدنان حزام، علي أكبر ولايتي)
            continue
        # a family name with the article (مية الجريبي، محمود الهباش) continues a started name:
        # a nisba, or after a known given name or two name words (not 'منفذي الهجوم')
        if (
            j > i
            and tok.definite
            and not _is_title(lx, tok.key)
            and tok.key not in lx.org_heads
            and (
                tok.key.endswith("ي")
                or (j == i + 1 and toks[i].key in lx.given_names and _ends_phrase(lx, toks, j + 1, limit))
            )
        ):
            j += 1
            continue
        break
    while j > i and toks[j - 1].key in lx.particles:
        j -= 1
    if (
        j > i
        and j < limit
        and toks[j].definite
        and not _boundary(lx, toks[j])
        and not (j - i >= 2 and toks[i].key in lx.given_names)  # 'وصف ... دونالد ترامب الاتفاق'
    ):
        return i  # 'منفذي الهجوم', 'اكتمال مجمل الاستعدادات': a noun phrase, not a name
    return j


def _before_nisba(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """After a title, a plain word before a family nisba or a name word that ends the phrase opens
    a name (مية الجريبي، صائب عريقات)."""
    tok = toks[j]
    if j + 1 >= limit or not tok.word or tok.definite or len(tok.key) < 3:
        return False
    nxt = toks[j + 1]
    return (
        (
            (nxt.definite and nxt.key.endswith("ي") and not _boundary(lx, nxt))
            or (not nxt.definite and _namelike(lx, nxt, cont=True) and nxt.key not in lx.not_names)
        )
        and tok.key not in lx.function_words
        and tok.key not in lx.adverbials
        and tok.key not in lx.adverbial_nouns
        and tok.key not in lx.cues
        and not _is_title(lx, tok.key)
        and tok.key not in lx.org_heads
        and _ends_phrase(lx, toks, j + 2, limit)
    )


def _ends_phrase(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    if j >= limit or not toks[j].word:
        return True
    key = toks[j].key
    return (
        key in lx.function_words
        or key in _THATS
        or _is_title(lx, key)
        or key in lx.adverbials
        or key in lx.cues
        or key in lx.states
        or key in lx.org_heads
        or key in lx.group_heads
    )


def _before_boundary(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """Does a phrase boundary come at j, or right after one more name word?"""
    if _ends_phrase(lx, toks, j, limit):
        return True
    return _namelike(lx, toks[j], cont=True) and _ends_phrase(lx, toks, j + 1, limit)


def _boundary(lx: Lexicon, tok: Tok) -> bool:
    """May a definite word follow a name? (a title or institution may; a common noun may not)."""
    key = tok.key
    return _is_title(lx, key) or key in lx.org_heads or key in lx.group_heads or key in lx.adverbials


def _role_run(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End index of a role phrase headed by the title at `i`."""
    j = i + 1
    head_indef = not toks[i].definite
    while j < limit:
        tok = toks[j]
        key = tok.key
        if (
            tok.definite
            and j > i + 1
            and (key in lx.titles_m or key in lx.titles_f)
            and key not in lx.honorifics
            and (toks[j - 1].definite or toks[j - 1].key in lx.states)
            and toks[j - 1].key not in _BISM
        ):
            break  # 'شبه ولي عهد السعودية المرشد الأعلى ...': the object, a second person
        if _is_title(lx, key) or key in _BISM:
            j += 1
        elif toks[j - 1].key in _BISM and tok.word and key not in lx.function_words:
            j += 1  # المتحدث باسم وزارة ...
        elif (
            tok.definite
            or (key in lx.org_heads and not _namelike(lx, tok))
            or (
                key.startswith("ل")
                and key[1:] not in lx.media
                and (key[1:] in lx.org_heads or key[1:] in lx.group_heads)
            )
        ):
            j += 1
        elif key in _ROLE_PREPS and j + 1 < limit and _role_place(lx, toks[j + 1]):
            j += 2
        elif (
            key.startswith("ل")
            and len(key) > 3
            and toks[j - 1].definite
            and key[1:] not in lx.media
            and key not in lx.function_words
            and key not in lx.cues
            and (j + 1 >= limit or not _namelike(lx, toks[j + 1]))
        ):
            j += 1  # الرئيس التنفيذي لدورتموند
        elif tok.text in QUOTE_OPEN and (close := _short_quote_end(toks, j, limit)) is not None:
            j = close + 1  # رئيس الشركة الوطنية السياحية "سياحية" صالح قدح
        elif (
            toks[j - 1].definite
            and len(key) > 4
            and tok.text.endswith(("ها", "ه"))
            and toks[j - 1].key.startswith("الم")
            and key not in lx.adverbials
            and key not in lx.function_words
        ):
            j += 1  # الأمينة العامة المنتهية ولايتها
        elif (
            tok.word
            and key not in lx.function_words
            and key not in lx.adverbials
            and key not in lx.cues
            and (
                (head_indef and j == i + 1 and key.endswith(_NISBA_ENDS))
                or (_construct_head(lx, toks[j - 1]) and (not _namelike(lx, tok) or _genitive(lx, toks, j, limit)))
            )
        ):
            j += 1  # construct state or adjective: متحدث التحالف، مسؤول إسرائيلي، وزير خارجية
        else:
            break
    return j


def _role_place(lx: Lexicon, tok: Tok) -> bool:
    """May this word follow في/لدى in a role? (المتحدث باسم وزارة الصحة في غزة)"""
    return tok.definite or tok.key in lx.states or place_key(tok.key) in lx.places


def _genitive(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """After an indefinite title, a plain word before a definite one is its genitive (أمين سر اللجنة)."""
    return toks[j].key not in lx.given_names and j + 1 < limit and toks[j + 1].definite


def _construct_head(lx: Lexicon, tok: Tok) -> bool:
    """An indefinite title or institution that governs the next word (تحالف دعم، وزير خارجية)."""
    return not tok.definite and (_is_title(lx, tok.key) or tok.key in lx.org_heads)


def _chunk(
    lx: Lexicon, toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None
) -> Mention | None:
    """One chunk of a speaker phrase starting at token `i`."""
    key = toks[i].key
    if toks[i].text in QUOTE_OPEN:
        close = _short_quote_end(toks, i, limit)
        if close is None or close == i + 1:
            return None
        return Mention("org", _join(toks, i + 1, close, text), end=close + 1)  # قالت "إيرنا"
    if _is_title(lx, key):
        r = _role_run(lx, toks, i, limit)
        n = _name_run(lx, toks, r, limit, after_title=True)
        gender = "f" if any(toks[k].key in lx.titles_f for k in range(i, r)) else None
        role = _join(toks, i, r, text)
        if n > r:
            return Mention("person", _join(toks, i, n, text), _join(toks, r, n, text), role, gender, n)
        return Mention("role", role, None, role, gender, r)
    if registry is not None:
        known = registry.match_name(toks, i, limit)
        if known > i:
            return _after_name(lx, toks, i, known, limit, text)
    if key in lx.org_heads or key in lx.group_heads:
        j = i + 1
        while j < limit and j - i < 7 and _org_word(lx, toks, i, j):
            j += 1
        if j < limit and toks[j].text in QUOTE_OPEN:
            close = _short_quote_end(toks, j, limit)
            if close is not None:
                j = close + 1  # منظمة "الخوذ البيضاء"
        kind = "group" if key in lx.group_heads else "org"
        return Mention(kind, _join(toks, i, j, text), end=j)
    if key in lx.states:
        return Mention("state", toks[i].text, end=i + 1)
    if _namelike(lx, toks[i]) or _before_nisba(lx, toks, i, limit):
        n = _name_run(lx, toks, i, limit, after_title=_before_nisba(lx, toks, i, limit))
        return _after_name(lx, toks, i, n, limit, text) if n > i else None
    if toks[i].definite and toks[i].word and key not in lx.adverbials:
        j = i + 1
        while j < limit and j - i < 4 and toks[j].definite and toks[j].key not in lx.adverbials:
            j += 1
        return Mention("org", _join(toks, i, j, text), end=j)
    return None


def _org_word(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """Does toks[j] continue the institution named at toks[i]? (المرصد السوري لحقوق الإنسان)"""
    tok = toks[j]
    key = tok.key
    if not tok.word or key in lx.function_words or key in lx.adverbials or key in lx.cues:
        return False
    if tok.definite or key.endswith(_NISBA_ENDS):
        return True
    if key.startswith("ل") and key[1:] not in lx.media and len(key) > 3:
        return True
    return j == i + 1 and not toks[i].definite  # construct state: وكالة إيرنا، حلف شمال


def _after_name(lx: Lexicon, toks: list[Tok], i: int, n: int, limit: int, text: str) -> Mention:
    """A name, and the role written straight after it (جديع القحطاني رئيس اللجنة ...)."""
    name = _join(toks, i, n, text)
    if n < limit and _is_title(lx, toks[n].key):
        r = _role_run(lx, toks, n, limit)
        gender = "f" if any(toks[k].key in lx.titles_f for k in range(n, r)) else None
        return Mention("person", _join(toks, i, r, text), name, _join(toks, n, r, text), gender, r)
    return Mention("person", name, name, None, None, n)


def skip_adverbial(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """Index after an adverbial that starts at `i` (i itself when none does).

    One-word adverbials (أمس، أيضا، الاثنين) are skipped alone; a phrase opener (في، خلال، على،
    لوكالة، وفقا) is skipped with the words that continue it, up to a comma, a title, a
    collective, a complementizer or a cue."""
    key = toks[i].key
    if toks[i].text == _ALI:
        return i
    phrase = (
        key in lx.openers_adv
        or key == "ل"
        or (key.startswith("ل") and key[1:] in lx.media)
        or key in lx.adverbial_nouns
    )
    if not phrase:
        return i + 1 if key in lx.adverbials else i
    if key in lx.openers_adv and i + 1 < limit and toks[i + 1].key in _STATEMENT_ADVERBIALS:
        return _statement_phrase(lx, toks, i + 2, limit)  # 'في بيان مقتل ...': the object follows
    j = i + 1
    while j < limit:
        k = toks[j]
        if k.text in ("،", ","):
            return j + 1
        if k.text in QUOTE_OPEN:
            close = _short_quote_end(toks, j, limit)
            if close is None:
                return j
            j = close + 1
            continue
        if (
            not k.word
            or _is_title(lx, k.key)
            or k.key in lx.group_heads
            or k.key in _THATS
            or k.key in lx.cues
        ):
            return j
        if k.key in lx.function_words and k.key not in lx.openers_adv and k.text != _ALI:
            return j
        j += 1
    return j


_THATS = frozenset(["ان", "انه", "انها", "انهم", "اننا", "بان", "بانه", "بانها"])


# statements as adverbials: 'في بيان'، 'في تصريحات'، 'في تغريدة' (not 'في وقت سابق')
_STATEMENT_ADVERBIALS = frozenset(
    fold(w)
    for w in ("بيان", "تصريح", "تصريحات", "مؤتمر", "تغريدة", "حديث", "مقابلة", "لقاء", "كلمة", "رسالة")
)


def _statement_phrase(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> int:
    """End of the words that qualify a statement noun: 'في بيان (صحفي) (مشترك) (له)، ...'."""
    while j < limit:
        k = toks[j]
        if k.text in ("،", ","):
            return j + 1
        key = k.key
        if not k.word or _is_title(lx, key) or key in lx.group_heads or key in _THATS or key in lx.cues:
            return j
        if key in lx.adverbials or key in lx.openers_adv:
            j = skip_adverbial(lx, toks, j, limit)
            continue
        if key in lx.function_words:
            return j
        if k.definite or key.endswith(("ي", "يه")) or key in ("له", "لها", "لهم"):
            j += 1
            continue
        if key.startswith("ل") and (key[1:] in lx.media or key[1:] in lx.org_heads):
            j += 1
            continue
        return j
    return j


def _short_quote_end(toks: list[Tok], i: int, limit: int) -> int | None:
    """The closing mark of a quoted name of at most three words, else None."""
    words = 0
    for j in range(i + 1, min(limit, i + 8)):
        if toks[j].text in '»"”':
            return j if words <= 3 else None
        words += toks[j].word
    return None


def parse_speaker(
    toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None = None
) -> Mention | None:
    """The speaker phrase in toks[i:limit] (after a cue), or None when it names nobody."""
    lx = lexicon()
    chunks: list[Mention] = []
    j = i
    while j < limit and len(chunks) < 3:
        t = toks[j]
        if t.text in ("،", ","):
            if not chunks:
                j += 1
                continue
            nxt = j + 1
            conj = toks[nxt].key[:1] == "و" and toks[nxt].key[1:] in lx.adverbials if nxt < limit else False
            if (
                nxt < limit
                and not conj
                and (
                    _is_title(lx, toks[nxt].key)
                    or _namelike(lx, toks[nxt])
                    or _before_nisba(lx, toks, nxt, limit)
                )
            ):
                j = nxt
                apposed = _chunk(lx, toks, j, limit, text, registry)
                if apposed is None or apposed.kind not in ("person", "role"):
                    break
                chunks.append(apposed)
                j = apposed.end
                continue
            break
        if t.text in _STOP_PUNCT or t.text in SENTENCE_END:
            break
        skipped = skip_adverbial(lx, toks, j, limit)
        if skipped > j:
            if chunks and chunks[-1].kind == "person":
                break
            j = skipped
            continue
        if chunks:
            break
        m = _chunk(lx, toks, j, limit, text, registry)
        if m is not None and j == i and fold(toks[j].text.removeprefix("ال")) in _STATEMENT_NOUNS:
            m = _author(lx, toks, j, limit, text, registry) or m
        if m is None:
            break
        chunks.append(m)
        j = m.end
    if not chunks:
        return None
    return _combine(lx, chunks)


_STATEMENT_NOUNS = frozenset(fold(w) for w in ("بيان", "بيانا", "بلاغ", "تقرير"))


def _author(
    lx: Lexicon, toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None
) -> Mention | None:
    """Who issued the statement: 'بيان صحفي صدر عن المنظمة'، 'بيان للشرطة'، 'بيان الجيش'."""
    for k in range(i + 1, min(limit, i + 5)):
        tok = toks[k]
        if not tok.word:
            return None
        if tok.key == "عن" and k + 1 < limit:
            m = _chunk(lx, toks, k + 1, limit, text, registry)
        elif tok.key.startswith("لل") and tok.key[1:] in lx.org_heads:
            t = tok._replace(text=tok.text[1:], key=tok.key[1:], start=tok.start + 1)
            m = _chunk(lx, [*toks[:k], t, *toks[k + 1 : limit]], k, limit, text, registry)
        elif k == i + 1 and tok.definite and tok.key in lx.org_heads:
            m = _chunk(lx, toks, k, limit, text, registry)
        else:
            continue
        return m
    return None


def _combine(lx: Lexicon, chunks: list[Mention]) -> Mention:
    """Fold appositions into one mention: the person named, with every role written about them."""
    first = chunks[0]
    persons = [c for c in chunks if c.name]
    if not persons:
        return first
    pick = persons[0]
    if len(persons) > 1 and first.role and fold(first.role.split()[0]) in lx.genitive_titles:
        pick = persons[1]  # مستشار الرئيس الإيراني حسن روحاني، حميد أبو طالبي
        roles = [first.text] + [c.role for c in chunks[2:] if c.role]
    else:
        roles = [c.role for c in chunks if c.role]
        roles += [c.text for c in chunks if c.kind == "role" and c.text not in roles]
    gender = next((c.gender for c in chunks if c.gender), None)
    role = "، ".join(dict.fromkeys(r for r in roles if r)) or None
    return Mention("person", pick.name or "", pick.name, role, gender, chunks[-1].end)


def parse_backward(toks: list[Tok], i: int, text: str, registry: Registry | None) -> Mention | None:
    """A subject written before the cue at `i` (وكان X قال، لكن X قال، X، الذي قال)."""
    lx = lexicon()
    j = i - 1
    if j >= 0 and toks[j].key in lx.relatives:
        j -= 1
        if j >= 0 and toks[j].text in ("،", ","):
            j -= 1
    end = j + 1
    while (
        j >= 0
        and toks[j].text not in ("،", ",")
        and toks[j].text not in _STOP_PUNCT
        and toks[j].text not in SENTENCE_END
        and end - j <= 10
    ):
        if toks[j].key in lx.openers or toks[j].bare in lx.openers:
            break
        j -= 1
    start = j + 1
    while start < end and (toks[start].key in lx.adverbials or toks[start].key in lx.function_words):
        start += 1
    if start >= end:
        return None
    m = parse_speaker(toks, start, end, text, registry)
    if (
        m is None
        or m.end < end
        or (m.kind == "org" and m.name is None and not _is_speakerish(lx, toks[start].key))
    ):
        return None
    return m


def _is_speakerish(lx: Lexicon, key: str) -> bool:
    return key in lx.org_heads or key in lx.group_heads or key in lx.states


@dataclass
class _Person:
    name: str
    keys: tuple[str, ...]
    roles: list[str] = field(default_factory=list)
    gender: str | None = None


class Registry:
    """The people one article names, for resolving later mentions of them."""

    def __init__(self) -> None:
        self.people: list[_Person] = []

    def add(self, name: str, role: str | None, gender: str | None) -> _Person:
        """Remember a named person (merging a shorter or longer form of a known name)."""
        keys = tuple(fold(w) for w in name.split())
        for p in self.people:
            if _contains(p.keys, keys) or _contains(keys, p.keys):
                if len(keys) > len(p.keys):
                    p.name, p.keys = name, keys
                if role and role not in p.roles:
                    p.roles.append(role)
                p.gender = p.gender or gender
                return p
        p = _Person(name, keys, [role] if role else [], gender)
        self.people.append(p)
        return p

    def match_name(self, toks: list[Tok], i: int, limit: int) -> int:
        """End of a known name (or its last word) written at toks[i:], or i when there is none."""
        best = i
        for p in self.people:
            for n in range(len(p.keys), 0, -1):
                if (
                    i + n <= limit
                    and tuple(t.key for t in toks[i : i + n]) == p.keys[-n:]
                    and (n > 1 or len(p.keys[-1]) > 2)
                ):
                    best = max(best, i + n)
                    break
        return best

    def by_name(self, name: str) -> _Person | None:
        """The fullest known person whose name contains `name`'s words."""
        keys = tuple(fold(w) for w in name.split())
        for p in self.people:
            if _contains(p.keys, keys):
                return p
        if len(keys) == 1 and len(keys[0]) >= 5:
            for p in self.people:
                if any(_near(keys[0], k) for k in p.keys):
                    return p  # a variant spelling of a known surname (غوتيرش / غوتيريش)
        return None

    def by_role(self, role: str, gender: str | None = None) -> _Person | None:
        """The last named person whose role agrees with a role-only mention."""
        q = _role_words(role)
        if q is None:
            return None
        head, words = q
        people = [p for p in self.people if not (gender and p.gender and p.gender != gender)]
        for p in reversed(people):
            for r in p.roles:
                c = _role_words(r)
                if c and c[0] == head and (words & c[1] or not words) and not _nisba_clash(words, c[1]):
                    return p
        for p in reversed(people):  # 'الرئيس ترمب' answers to a later 'الرئيس الأميركي'
            for r in p.roles:
                c = _role_words(r)
                if c and c[0] == head and not c[1]:
                    return p
        return None


def _near(a: str, b: str) -> bool:
    """One letter inserted, dropped or changed (and both long enough for that to be telling)."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return n > 0 and any(big[k : k + n] == small for k in range(len(big) - n + 1))


_GENERIC = frozenset(fold(w) for w in ["باسم", "الرسمي", "وزارة", "العام", "العامة", "الرسمية"])


def _role_words(role: str) -> tuple[str, frozenset[str]] | None:
    words = [fold(w) for w in role.replace("،", " ").split()]
    if not words:
        return None
    head = words[0].removeprefix("ال")
    if head.endswith("ه"):
        head = head[:-1]  # المتحدثة -> متحدث
    rest = frozenset(w.removeprefix("ال") for w in words[1:] if w not in _GENERIC and w not in _ROLE_PREPS)
    return ("ناطق" if head == "متحدث" else head), rest


def _nisba_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two roles that name different countries' offices (الأميركي vs الفرنسي) never agree."""
    na = {w for w in a if w.endswith("ي") and w not in b}
    nb = {w for w in b if w.endswith("ي") and w not in a}
    return bool(na and nb)
