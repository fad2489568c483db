"""Speaker phrases: parse who a cue names, as the article wrote it.

A speaker phrase is read as a short run of chunks (`Mention`): a title-headed role with or
without a name (`المتحدث باسم الخارجية الإيرانية ناصر كنعاني`), a name with or without a role
after it (`أنور قرقاش، وزير الدولة ...`), an institution or collective (`وزارة الدفاع الروسية`,
`مصادر محلية`), a state (`إيران`) or a statement's issuer (`بيان صدر عن المنظمة`). Adverbials
inside the phrase are skipped (`names.skip_adverbial`); word-level decisions live in `names`,
and the people an article names in `registry`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import msgspec

from akhbar.extract.lexicon import Lexicon, fold, lexicon
from akhbar.extract.names import (
    BUSINESS,
    NISBA_ENDS,
    PLACE_NOUNS,
    ROLE_PREPS,
    STOP_PUNCT,
    aged,
    before_nisba,
    closing,
    conjunct_genitive,
    ends_phrase,
    gazetteer_words,
    given,
    is_title,
    is_verb,
    join,
    name_run,
    namelike,
    person_words,
    role_place,
    role_run,
    royal_body,
    royal_named,
    short_quote_end,
    skip_adverbial,
    titles_doc,
    told,
)
from akhbar.extract.registry import Registry
from akhbar.extract.tokens import QUOTE_CLOSE, QUOTE_OPEN, SENTENCE_END, Tok, tokenize
from akhbar.records import Quote

__all__ = [
    "Mention",
    "Speaker",
    "document_author",
    "document_issuers",
    "honor_words",
    "honorific_pronouns",
    "issued_documents",
    "parse_backward",
    "parse_speaker",
    "titled_mention",
]


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


def _chunk(
    lx: Lexicon, toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None
) -> Mention | None:
    """One chunk of a speaker phrase starting at token `i`."""
    key = toks[i].key
    if (
        key[-1:] == "ا"
        and len(key) > 3
        and i > 0
        and toks[i - 1].key in _ACCUSING
        and (is_title(lx, key[:-1]) or key[:-1] in lx.group_heads)
    ):
        toks = _nominative(toks, i, limit)  # 'بيد أن مسؤولا إيرانيا'، 'لكن مصدرا مطلعا': after أن/لكن
        key = toks[i].key
    if toks[i].text in QUOTE_OPEN:
        close = short_quote_end(toks, i, limit)
        if close is None or close == i + 1:
            return None
        return Mention("org", join(toks, i + 1, close, text), end=close + 1)  # قالت "إيرنا"
    if key[:2] == "ال" and key[2:] in lx.kin_speakers and i + 1 < limit:
        s = i + 2 if toks[i + 1].key in _CALLED else i + 1  # 'الوالدة وتدعى إليزابيث أوسبورن'
        if (n := name_run(lx, toks, s, limit, True)) > s + 1:
            gender = "f" if key[2:] in lx.kin_f else None  # 'وأكد الزوج فيصل العمراني': the husband
            return Mention("person", join(toks, i, n, text), join(toks, s, n, text), toks[i].text, gender, n)
    if key in lx.kin_speakers and (k := _kin_end(lx, toks, i, limit)) > i + 1:
        k = next((m for m in range(i + 2, k) if toks[m].key in _CALLED), k)  # 'شقيق عبد الفتاح ويدعى علاء'
        if (
            k < limit
            and toks[k].key[:1] == "و"
            and toks[k].key[1:] in lx.kin
            and (k2 := _kin_end(lx, toks, k, limit)) > k + 1
        ):
            k = k2  # 'زوج المعلمة ووالد الطالبة فيصل العمراني': one person, two relations
        role = join(toks, i, k, text)  # 'وقال والد مايكل براون'، 'والد الشهيد سعيد الزهراني': the kin
        gender = "f" if key in lx.kin_f else None  # speaks, unnamed unless the article named them
        held = _kin_holder(lx, toks, i, k, registry) if registry is not None else None
        # (a person, not an office: no registered name or role answers for the relative's)
        return Mention("person", role, held, role, gender, k)
    if (is_title(lx, key) and not (i > 0 and toks[i - 1].key == _ABD)) or (
        key in _CHIEF and _chief(lx, toks, i, limit)
    ):
        # (عبد الرقيب، عبد الأمير: a name)
        r = role_run(lx, toks, i, limit)
        n = name_run(lx, toks, r, limit, after_title=True)
        if n <= r + 1 and (h := _rank_after(lx, toks, i, r, n, limit)) > r:
            r2 = role_run(lx, toks, h, limit)
            n2 = name_run(lx, toks, r2, limit, after_title=True)
            if n2 > r2:
                r, n = r2, n2
        if n - r >= 3 and (g := _glued_genitive(lx, toks, r, n)) > r:
            r = g  # 'رئيس نيكاراغوا دانيال أورتيغا'، 'الرئيس التنفيذي لتويتر جاك دورسي'
        elif (
            n > r
            and (r - i >= 2 or (is_title(lx, key) and key not in lx.honorifics))
            and not toks[r - 1].definite
            and toks[r - 1].word
            and not toks[r - 1].key.endswith(NISBA_ENDS)
            and not given(lx, toks[r])
            and _late_name(lx, toks, n - 1 if toks[n - 1].definite else n, limit) is not None
        ):
            n = r  # 'رئيس عمليات لواء حسم في الجيش الوطني العقيد عبدالله مطوان': the construct's
            # genitive (the brigade), then the office goes on to a name opening with a given name
        if n == r + 1 and key not in lx.honorifics and not any(toks[k].definite for k in range(i, r)):
            r = n  # 'مسؤول أمني عراقي رفيع'، 'مسؤول كبير': an indefinite office takes adjectives, no name
        elif (
            n == r + 1
            and not ends_phrase(lx, toks, n, limit)
            and not _known_word(lx, toks, r, registry)
            and not _name_tail(lx, toks[n])
        ):
            n = r  # 'وأكد المسؤول الأممي مواصلة مساعيه': the cue's object, not a one-word name
        gender = "f" if key == _CHIEF_F else None
        for k in range(i, r):
            if toks[k].key in lx.titles_f:
                gender = "f"
                break
        if n > r and _possessed(lx, toks, i, r):
            role = join(toks, i, r, text)  # 'المتحدث باسم الرئيس الروسي فلاديمير بوتين': Putin's
            return Mention("role", role, None, role, gender, n)  # spokesman speaks, not Putin
        if n == r and (late := _late_name(lx, toks, r, limit)) is not None:
            s, e = late  # 'الخبير والمستشار الاقتصادي د. طارق كوشك'، 'مدير مطار أبها فهد العدواني'
            ends = s
            while ends > r and not toks[ends - 1].word:
                ends -= 1
            role = join(toks, i, ends, text)
            end = e + 1 if ends < s and e < limit and toks[e].text in ("،", ",") else e  # '، محمود تانال،'
            return Mention("person", join(toks, i, e, text), join(toks, s, e, text), role, gender, end)
        if n <= r + 1 and (named := _named_body(lx, toks, r, limit)) is not None:
            s, e = named  # 'المدير الفني لمنتخب بلجيكا روبرتو مارتينيز': the body's own name, then his
            ends = s
            while ends > r and not toks[ends - 1].word:
                ends -= 1
            role = join(toks, i, ends, text)
            return Mention("person", join(toks, i, e, text), join(toks, s, e, text), role, gender, e)
        if n == r and r == i + 1 and _rank(lx, key) and (c := _apposed_name_end(lx, toks, r, limit)) > r:
            return Mention("person", join(toks, i, c, text), join(toks, r, c, text), toks[i].text, gender, c)
            # 'الشيخ خميس الخنجر، الأمين العام ...': a rank, then two or three words before
            # a comma and an office are the name, whatever its words (خميس، مال)
        if (
            n == r
            and r > i
            and toks[r - 1].key in lx.honorifics
            and toks[r - 1].key not in lx.eponyms  # ('كلية الملك عبدالعزيز الحربية': its name)
            and (r < 2 or toks[r - 2].key not in lx.particles)  # ('آل الشيخ': a family name)
            and (c := _ranked_name_end(lx, toks, r, limit)) > r
        ):
            # 'مدير أمن عدن اللواء الركن شلال علي شائع إن': after a rank, two or three plain words
            # that close the phrase are the name, whatever its words (شلال، شائع are nouns too)
            return Mention(
                "person", join(toks, i, c, text), join(toks, r, c, text), join(toks, i, r, text), gender, c
            )
        if n == r and r - i >= 2 and _ranked_surname(lx, toks, i, r, registry):
            role = join(toks, i, r - 1, text)  # 'الوزير الجبري'، 'د. السديس': a rank and a family name
            return Mention("person", join(toks, i, r, text), toks[r - 1].text, role, gender, r)
        role = join(toks, i, r, text)
        if n > r:
            return Mention("person", join(toks, i, n, text), join(toks, r, n, text), role, gender, n)
        if registry is not None and not toks[i].definite:
            if (
                r - i >= 2
                and (not toks[i + 1].key.endswith(NISBA_ENDS) or toks[i + 1].key in lx.org_heads)
                and not any(toks[k].definite or toks[k].key[:2] == "لل" for k in range(i, min(r, i + 3)))
            ):  # (an office with the article early on resolves by its role: `Registry.by_role`)
                holder = registry.by_office(role)  # 'محافظ بيشة' after 'محافظ بيشة محمد بن سعيد'
                if holder is not None:
                    return Mention("person", role, holder.name, role, gender, r)
            holder = (
                registry.by_indefinite(role)  # 'متحدثة باسم وزارة المالية' ... 'المتحدثة فلورانس
                if r >= len(toks) or toks[r].key not in lx.other_adjectives  # إنجيليسي'; not 'آخر'
                else None
            )
            if holder is not None:
                return Mention("person", role, holder.name, role, gender, r)
            registry.note_unnamed(key)  # 'مسؤول يمني': someone the article does not name
        return Mention("role", role, None, role, gender, r)
    if registry is not None:
        known = registry.match_name(toks, i, limit)
        if known > i:
            return _after_name(lx, toks, i, known, limit, text)
    if key in lx.group_quantifiers and (q := _quantified(lx, toks, i, limit)) > i:
        kind = "org" if key in lx.quantifiers_f else "group"  # (a feminine singular takes its cue's number)
        return Mention(kind, join(toks, i, q, text), end=q)  # 'عدد من النواب'، 'بعض السياسيين الألمان'
    if key in lx.org_heads or key in lx.group_heads:
        j = _org_end(lx, toks, i, limit)
        if j < limit and toks[j].text in QUOTE_OPEN:
            close = short_quote_end(toks, j, limit)
            if close is not None:
                j = close + 1  # منظمة "الخوذ البيضاء"
        elif (n := _titled_after_body(lx, toks, i, j, limit)) > j:
            name = join(toks, j, n, text)
            return Mention("person", join(toks, i, n, text), name, join(toks, i, j, text), end=n)
        elif key in lx.group_heads and (n := _called_name(lx, toks, j, limit)) > j + 1:
            role = join(toks, i, j, text)  # 22G: 'أحد سكان سوروتش ويدعى محمد جيليك': the one named
            gender = "f" if toks[j].key[1:2] == "ت" or key == _ONE_OF_F else None
            return Mention("person", join(toks, i, n, text), join(toks, j + 1, n, text), role, gender, n)
        kind = "group" if key in lx.group_heads else "org"
        return Mention(kind, join(toks, i, j, text), end=j)
    if key in lx.states:
        return Mention("state", toks[i].text, end=i + 1)
    opens = before_nisba(lx, toks, i, limit)  # (read once: the condition and the run both need it)
    if namelike(lx, toks[i]) or opens:
        n = name_run(lx, toks, i, limit, after_title=opens)
        if (
            n == i + 1
            and _governs(lx, toks, n, limit)
            and toks[i].key not in _gazetteer_names()
            and not _known_word(lx, toks, i, registry)
        ):
            return None  # 'وأكد حرص بلاده'، 'أكد عدم علمه': a noun in construct the cue governs
        return _after_name(lx, toks, i, n, limit, text) if n > i else None
    if toks[i].definite and toks[i].word and key not in lx.adverbials and key not in lx.relatives:
        j = i + 1
        while (
            j < limit
            and j - i < 4
            and toks[j].definite
            and not _bare_to(toks, i, j)
            and toks[j].key not in lx.adverbials
            and toks[j].key not in lx.relatives  # 'وأضاف الموظف الذي طلب ...'
            and not aged(toks, j, limit)  # 25L: 'المتزلجة الفرنسية البالغة من العمر 22 عاما'
        ):
            j += 1
        if j - i <= 2 and toks[j - 1].key.endswith(NISBA_ENDS):
            n = name_run(lx, toks, j, limit, after_title=True)
            if n > j and n - j >= 2:  # 'الديمقراطي ديفيد بريلي': an adjective before a name
                m = _after_name(lx, toks, j, n, limit, text)
                return Mention("person", m.text, m.name, m.role or join(toks, i, j, text), m.gender, m.end)
        if j - i >= 2 and j < limit and toks[j].text in QUOTE_OPEN:
            close = short_quote_end(toks, j, limit)
            if close is not None and close > j + 1:
                j = close + 1  # 'المصرف الأميركي "مورغان ستانلي"': the institution named in marks
        return Mention("org", join(toks, i, j, text), end=j)
    return None


_CHIEF_F = fold("كبيرة")
_CHIEF = frozenset((fold("كبير"), _CHIEF_F))
_PLURAL_ENDS = ("ين", "ون", "ات", "اء")  # a sound plural or one in اء (الخبراء، العلماء)


def _chief(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> bool:
    """22M: كبير/كبيرة before a definite plural or body heads an office like a title ('كبير
    المفاوضين الفلسطينيين صائب عريقات'، 'كبيرة الباحثين'، 'كبير الاقتصاديين في البنك'): read as
    a name, its holder's name and every later كبير resolved to one person."""
    if toks[i].key not in _CHIEF or i + 1 >= limit:
        return False
    nxt = toks[i + 1]
    return nxt.definite and nxt.word and nxt.key not in lx.adverbials and nxt.key.endswith(_PLURAL_ENDS)


def _kin_end(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End of a kinship phrase at toks[i] (والد، شقيقة، زوجة) and the relative it is in construct
    with: a name ('والد مايكل براون'), a definite noun with its adjectives, an office or a
    name ('والدة الطفلين'، 'والد الشهيد العريف عيد الشهراني'), or an office ('زوجة الرئيس
    السوري بشار الأسد'); the kin speaks, not the relative. i + 1 when there is none."""
    j = i + 1
    if j >= limit or not toks[j].word or toks[j].key in lx.function_words or toks[j].key in lx.adverbials:
        return i + 1
    if is_title(lx, toks[j].key):
        r = role_run(lx, toks, j, limit)
        return max(r, name_run(lx, toks, r, limit, after_title=True))
    if toks[j].definite:
        if toks[j].key in lx.relatives or toks[j].key in lx.cues:
            return i + 1
        j += 1
        while j < limit and toks[j].definite and toks[j].key.endswith(NISBA_ENDS):
            if is_title(lx, toks[j].key):
                break
            j += 1
        if j < limit and is_title(lx, toks[j].key):
            r = role_run(lx, toks, j, limit)
            return max(r, name_run(lx, toks, r, limit, after_title=True))
        return max(j, name_run(lx, toks, j, limit, after_title=True))
    if namelike(lx, toks[j]):
        return name_run(lx, toks, j, limit, after_title=True)
    return i + 1


_CALLED = frozenset(fold(w) for w in ("ويدعى", "وتدعى", "ويسمى", "وتسمى", "واسمه", "واسمها"))


def _kin_holder(lx: Lexicon, toks: list[Tok], i: int, k: int, registry: Registry) -> str | None:
    """The registered person a kinship phrase toks[i:k] names: one registered with a role the
    phrase opens with ('فلان، ابنة الرئيس' for 'ابنة الرئيس الأميركي دونالد ترامب'); for a
    child, one whose name is a given name and then the relative's name, which ends the phrase
    ('قوباد جلال الطالباني' for 'نجل رئيس الجمهورية السابق جلال الطالباني'), else the one person
    of the child's gender with the relative's family name ('إيفانكا ترامب'); else None."""
    keys = tuple(t.key for t in toks[i:k])
    for p in reversed(registry.people):
        for r in p.roles:
            rk = tuple(fold(w) for w in r.split())
            if (len(rk) >= 2 and (keys[: len(rk)] == rk or rk[: len(keys)] == keys)) or rk == (
                "ال" + keys[0],
            ):
                return p.name  # (or a fuller role: 'زوج المعلمة' after 'فيصل العمراني زوج المعلمة
                # المتوفاة')
    if keys[0] not in lx.kin_child:
        return None
    for p in reversed(registry.people):
        n = len(p.keys) - 1
        if n >= 2 and len(keys) > n + 1 and keys[-n:] == p.keys[1:]:
            return p.name
    kin = [  # a child bears the family name: 'إيفانكا ترامب' for 'ابنة الرئيس الأميركي دونالد ترامب'
        p
        for p in registry.people
        if len(p.keys) >= 2
        and p.keys[-1] == keys[-1]
        and p.keys[0] not in keys
        and p.gender == ("f" if keys[0] in lx.kin_f else "m")
    ]
    return kin[0].name if len(kin) == 1 else None


def _known_word(lx: Lexicon, toks: list[Tok], r: int, registry: Registry | None) -> bool:
    """Is the one word at r after an office surely a name: a given name, a word the mined NER
    gazetteer calls a person's (ترامب، روحاني), a name the article gave, or after a rank or a
    title that is also a given name ('الشاعر المصري أمير طعيمة')?"""
    tok = toks[r]
    return (
        given(lx, tok)
        or (r > 0 and given(lx, toks[r - 1]))
        or (r >= 2 and not toks[r - 1].definite and is_title(lx, toks[r - 1].key) and toks[r - 2].definite)
        or tok.key in person_words()
        or (r > 0 and _rank(lx, toks[r - 1].key))
        or (registry is not None and registry.match_name(toks, r, r + 1) > r)
    )


def _governs(lx: Lexicon, toks: list[Tok], n: int, limit: int) -> bool:
    """Is toks[n] the genitive of a noun in construct before it: a noun with a pronoun suffix
    (بلاده، علمه، جهوده) or a definite common noun (حرص الحكومة), which a name is not followed by?"""
    if (
        n >= limit
        or not toks[n].word
        or ends_phrase(lx, toks, n, limit)
        or (toks[n].key[:1] == "ل" and told(lx, toks[n]))
    ):
        return False  # (25J: 'وقال مهدي للصحفيين': whom the name told)
    tok = toks[n]
    if tok.definite:
        return tok.key[2:] in lx.not_names and not tok.key.endswith("ي")  # (not a family name: الحربي)
    return (
        len(tok.key) > 3
        and tok.text.endswith(("ه", "ها", "هم", "هما"))
        and tok.key[:1] != "ل"  # 'قال لقمان لابنه': whom he told
        and not given(lx, tok)
    )


def _name_tail(lx: Lexicon, tok: Tok) -> bool:
    """Could tok be the rest of a name the name parser cut after one word ('هايدي بروك'،
    'نوربرت لامرت'، 'مارغوت والشتروم')? A plain word: no article, number, pronoun suffix or
    accusative, no common noun, function word or cue (a verb may read as a surname: سينج)."""
    key = tok.key
    return (
        tok.word
        and not tok.definite
        and len(key) > 2
        and key[0].isalpha()
        and not tok.text.endswith(("ًا", "اً"))
        and not (len(key) > 3 and tok.text.endswith(("ه", "ها", "هم", "هما")))  # (شاه: a name)
        and key not in lx.not_names
        and key not in lx.function_words
        and key not in lx.adverbials
        and key not in lx.cues
    )


_ABD = fold("عبد")
_ALLAH = fold("الله")


@lru_cache(maxsize=1)
def _gazetteer_names() -> frozenset[str]:
    """Folded words the mined NER gazetteer labels a person's, an organisation's or a place's at
    least half the time: names (ترامب، نتفليكس), not common nouns."""
    return gazetteer_words(_NAME_LABELS)


_NAME_LABELS = frozenset(["PER", "ORG", "LOC"])


def _ranked_surname(lx: Lexicon, toks: list[Tok], i: int, r: int, registry: Registry | None) -> bool:
    """Is toks[i:r] ranks and titles, then one family name with the article ('الوزير الجبري'،
    'الشيخ السديس'، 'د. الزهراني')? The last word must be a person's in the mined gazetteer or
    the last word of a name the article gave, and no title or known common word (الأمريكي،
    الإعلامي stay the office's)."""
    last = toks[r - 1]
    key = last.key
    if not last.definite or is_title(lx, key) or key in lx.not_names or key in lx.states or key == _ALLAH:
        return False  # (not its stem: الرميح، الحربي are names whose stems are words; 'آية الله')
    if key not in person_words() and (registry is None or registry.match_name(toks, r - 1, r) < r):
        return False
    return all(
        t.key in lx.honorifics or is_title(lx, t.key) or t.key in _ABBREVIATED or t.text == "."
        for t in toks[i : r - 1]
    )


_MIN = fold("من")


def _quantified(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End of a group named by a quantifier at toks[i] ('عدد كبير من سكان الحديدة'، 'بعض
    السياسيين الألمان'), or i: the quantifier, a size, من (which only بعض، معظم، جميع ... may
    go without), then a definite plural of people or a collective (سكان، نواب) with its
    definite genitive, and the nisbas that qualify it."""
    j = i + 1
    if j < limit and toks[j].key in lx.quantity_sizes:
        j += 1
    if j < limit and toks[j].key == _MIN:
        j += 1
    elif toks[i].key not in lx.partitives:
        return i  # 'عدد الضحايا'، 'مجموعة الأزمات الدولية': a count or a name, no group
    if j >= limit or not toks[j].word:
        return i
    head = toks[j]
    plural_construct = (  # 'كثير من مستخدمي وسائل التواصل'، 'عدد من موظفي الشركة': a sound
        not head.definite  # plural of people in construct (its ن dropped) before its genitive
        and len(head.key) > 4
        and head.key[:1] == "م"
        and head.key[-1:] in ("ي", "و")
        and j + 1 < limit
        and (toks[j + 1].definite or _chain(lx, toks, j + 1, limit))
        and not is_title(lx, head.key)
    )
    if (
        head.key not in lx.group_heads
        and not plural_construct
        and (
            not head.definite
            or head.key.endswith("ات")  # 'عدد من التغريدات': things, not people
            or head.key in lx.adverbials
            or head.key in lx.relatives
            or is_title(lx, head.key)
        )
    ):
        return i
    j += 1
    if not head.definite and j < limit and toks[j].definite:
        j += 1  # 'عدد من سكان الحديدة': a collective in construct
    elif plural_construct and _chain(lx, toks, j, limit):
        j += 2  # 'مستخدمي وسائل التواصل': its genitive itself in construct
    while (
        j < limit
        and j - i < 8
        and toks[j].definite
        and toks[j].key.endswith(NISBA_ENDS)
        and toks[j].key not in lx.relatives  # (الذين)
    ):
        j += 1  # 'عدد من النواب الديمقراطيين' (not 'البيت الأبيض' after it: the object)
    return j


def _chain(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """An indefinite noun in construct with a definite one at toks[j:j + 2] (وسائل التواصل)."""
    tok = toks[j]
    return (
        j + 1 < limit
        and tok.word
        and not tok.definite
        and toks[j + 1].definite
        and tok.key not in lx.function_words
        and tok.key not in lx.cues
        and not is_verb(lx, tok.key)
    )


_AN = fold("عن")
_ALI = "علي"  # given(): the name as written (its key is also the preposition على's)
_LATE_GAP = 10  # words of an office read on before the name that ends it
_GAP_MARKS = frozenset(["،", ",", *QUOTE_OPEN, *QUOTE_CLOSE])  # marks the scan may pass
_ABBREVIATED = frozenset(["د", "ا"])  # د. (دكتور)، أ. (أستاذ)
_DEFINITE_AFTER = frozenset(["بال", "وال", "فال", "كال"])  # بالمنطقة: the article after a particle


def _late_name(lx: Lexicon, toks: list[Tok], r: int, limit: int) -> tuple[int, int] | None:
    """A name opening with a given name (two words or more) that ends the office phrase which
    the role parser left at `r`, a few words of the office later ('الخبير والمستشار الاقتصادي
    د. طارق كوشك'، 'مدير مطار أبها فهد العدواني'، 'المتحدث الرسمي لمركز الملك سلمان للإغاثة
    رأفت الصباغ'): (start, end) of the name, or None. The words between go on naming the office
    (nouns, nisbas, titles after a definite word, في/لدى/إلى + a place, a short quoted name);
    never a verb, a function word, an adverbial, a cue, a number, a noun in the accusative or
    with a pronoun (عمره، لمواطنه), an addressee (للنجم), a name particle or another name, and
    the name must end the phrase (a mark, a function word, a complementizer, an adverbial, a
    cue, a title, a و-joined phrase or لـ)."""
    k = r
    names = lx.given_names
    for t in toks[r + 1 : min(limit, r + _LATE_GAP + 2)]:
        if t.key in names or t.text == _ALI:
            break
        if not t.word and t.text not in _GAP_MARKS:
            return None  # (the scan stops at this mark)
    else:
        return None  # (most offices: no given name in reach)
    if 0 < r < limit and toks[r].definite and is_title(lx, toks[r].key) and toks[r - 1].key in lx.states:
        return None  # 'وشبه ولي عهد السعودية المرشد الأعلى علي خامنئي': a second person, the object
    placed = False
    while k < limit and k - r <= _LATE_GAP:
        tok = toks[k]
        if not tok.word:
            if tok.text in QUOTE_OPEN:
                close = short_quote_end(toks, k, limit)
                if close is None:
                    return None
                k = close + 1
                continue
            if (
                tok.text in ("،", ",")
                and not placed
                and k + 1 < limit
                and (given(lx, toks[k + 1]) or is_title(lx, toks[k + 1].key))
            ):
                k += 1
                continue
            return None
        key = tok.key
        if k > r and given(lx, tok):
            e = name_run(lx, toks, k, limit, after_title=True)
            if (
                e - k < 2
                and k + 2 <= limit
                and toks[k + 1].definite
                and toks[k + 1].key[2:] not in lx.not_names
                and not is_title(lx, toks[k + 1].key)
                and toks[k + 1].key not in lx.org_heads
                and (k + 2 >= limit or _late_end(lx, toks[k + 2]))
            ):
                e = k + 2  # 'ابراهيم الدعيلج عدم قبول': a family name before the cue's object
            if e - k >= 2:
                if (
                    e >= limit
                    or closing(lx, toks, e, limit)
                    or _late_end(lx, toks[e])
                    or skip_adverbial(lx, toks, e, limit) > e  # '... العقيد عبدالله مطوان في تصريح'
                ):
                    return k, e
                return None  # 'ديفيد ديفيس ووزير الخارجية بوريس جونسون' read on: another person
        if key in _ABBREVIATED and k + 1 < limit and toks[k + 1].text == ".":
            k += 2
            continue
        if key in ROLE_PREPS and k + 1 < limit and toks[k + 1].definite and role_place(lx, toks[k + 1]):
            k += 2  # '... لواء حسم في الجيش الوطني العقيد عبدالله مطوان': where the body is
            placed = True  # (then no comma: 'باحث متخصص في التراث، وزير التعليم ...' is the object)
            continue
        if (
            key[:1] in "بك"
            and len(key) > 3
            and (
                is_title(lx, key[1:])
                or (
                    not tok.definite
                    and k + 1 < limit
                    and (is_title(lx, toks[k + 1].key) or given(lx, toks[k + 1]))
                )
            )
        ):
            return None  # 'وأشاد الرئيس بجهود الأمير خالد الفيصل': a preposition's object
        if key == _AN and not (
            k + 1 < limit and (toks[k + 1].key in PLACE_NOUNS or role_place(lx, toks[k + 1], loose=True))
        ):
            return None  # 'دبلوماسي ... عن قرار فيليب لوجليز': what about, not whose office
        if (
            key in lx.particles
            or (key in lx.function_words and key not in ROLE_PREPS)
            or (
                key in lx.adverbials
                and not (key in lx.institution_adjectives and _office_word(lx, toks[k - 1]))
            )
            or key in lx.adverbial_nouns
            or key in lx.cues
            or key in lx.relatives
            or key[:1].isdigit()
            or is_verb(lx, key)
            or tok.text.endswith(("ًا", "اً"))
            or (len(key) > 4 and key[-1] == "ا" and key[:-1] in lx.not_names)  # عاما، تحذيرا
            or (
                not tok.definite
                and len(key) > 3
                and tok.text.endswith(("ه", "ها", "هم", "هما"))
                and not role_place(lx, tok)  # (أبها: a place)
            )
            or (key[:1] == "ل" and (is_title(lx, key[1:]) or is_title(lx, "ا" + key[1:])))  # للنجم
        ):
            return None
        prev = toks[k - 1]
        if (
            prev.word
            and prev.definite
            and not tok.definite
            and key in lx.not_names
            and key[:1] not in "بلوفك"
            and key not in lx.org_heads
            and key not in PLACE_NOUNS
            and not is_title(lx, key)
        ):
            return None  # 'وأكد الوزير دعم المملكة الأمير خالد': after a definite word, the cue's object
        if (
            prev.word
            and prev.definite
            and not is_title(lx, prev.key)
            and not given(lx, tok)
            and key[:1] not in "بلكوف"  # (بحائل، بجوتن: a place or a firm after a preposition)
            and namelike(lx, tok)
            and key not in lx.not_names
            and key not in lx.states
            and not role_place(lx, tok)
        ):
            return None  # 'رئيس الاتحاد الفلسطيني لكرة القدم جبريل الرجوب': an unknown given name
        if k > r and is_title(lx, key):
            nxt = toks[k + 1] if k + 1 < limit else None
            if (
                nxt is not None
                and nxt.word
                and not (given(lx, nxt) or is_title(lx, nxt.key))
                and (_rank(lx, key) or (namelike(lx, nxt) and nxt.key not in lx.not_names))
            ):
                return None  # 'الفنان نمير عبد الحسين'، 'الدكتورة عهود عبد العزيز عويضة': a name
                # whose given name is unknown (after a rank, whatever the word)
            if (
                key not in lx.honorifics
                and prev.word
                and not prev.definite
                and prev.key[:3] not in _DEFINITE_AFTER
            ):
                return None  # 'مرشحة ضمن قائمة رئيس الوزراء حيدر العبادي': another's office
        k += 1
    return None


def _office_word(lx: Lexicon, tok: Tok) -> bool:
    """A definite title, which an adjective like العام qualifies ('المدير العام'، 'الأمين العام'),
    where the same word elsewhere is a time adverbial ('هذا العام')."""
    return tok.definite and is_title(lx, tok.key)


def _stacks(lx: Lexicon, toks: list[Tok], r: int) -> bool:
    """Does a second office of the same person start at r, where the role parser stopped? (a
    definite title after a definite word that is no state: 'رئيس اللجنة التنفيذية المتحدث
    الرسمي'; not 'ولي عهد السعودية المرشد الأعلى', the object)"""
    tok, prev = toks[r], toks[r - 1]
    return (
        tok.definite
        and is_title(lx, tok.key)
        and tok.key not in lx.honorifics
        and prev.definite
        and prev.key not in lx.states
    )


_BISM = frozenset(fold(w) for w in ("باسم", "باسمه", "باسمها"))


def _possessed(lx: Lexicon, toks: list[Tok], i: int, r: int) -> bool:
    """Is the office toks[i:r] another person's, whose name follows it? A spokesman for an
    office ('المتحدث باسم الرئيس الروسي'، 'الناطقة باسم رئيسة الوزراء') or an indefinite office
    to one (لـ: 'مستشار للرئيس الإيراني'; not 'مؤتمر صحفي للرئيس التنفيذي إيلون ماسك'), the
    inner office then only its definite genitive and adjectives: the name
    after it is the inner office holder's, and the speaker is unnamed."""
    if r - i >= 2 and toks[i + 1].key == BUSINESS:
        # 'مدير أعمال محمد منير'، 'مديرة أعمال ممثلة الأفلام الإباحية ستورمي دانييلز': an agent,
        # the name his client's (not after a plural: 'وكيل أعمال اللاعبين المعروف غرم ...': his)
        rest = toks[i + 2 : r]
        if not rest:
            return True
        return (
            (rest[0].definite or is_title(lx, rest[0].key))
            and not rest[0].key.endswith(("ين", "ون"))
            and all(t.definite and not is_title(lx, t.key) for t in rest[1:])
        )
    k = i + 1
    while k < r and toks[k].key in lx.spokesman_adjectives:
        k += 1
    if k + 1 < r and toks[i].key in lx.spokesmen and toks[k].key in _BISM:
        inner = toks[k + 1]
    elif k < r and toks[i].key in lx.genitive_titles:
        while k < r - 1 and toks[k].definite and toks[k].key[:2] != "لل" and not is_title(lx, toks[k].key):
            k += 1  # 'مستشار الأمن القومي للرئيس الكوري الجنوبي': the office's own complement first
        if toks[k].key[:2] != "لل":
            return False
        inner = toks[k]._replace(key="ا" + toks[k].key[1:])
    else:
        return False
    if not is_title(lx, inner.key) or inner.key in lx.honorifics:
        return False
    rest = toks[k + 2 if inner is not toks[k] else k + 1 : r]
    return all(t.definite and not is_title(lx, t.key) for t in rest)  # 'رئيسة الوزراء البريطانية'


def _named_body(lx: Lexicon, toks: list[Tok], r: int, limit: int) -> tuple[int, int] | None:
    """A name after an office that ends with an indefinite body in construct (لمنتخب، لمنظمة،
    لمهرجان) and the body's own name of one or two words ('لمنتخب بلجيكا روبرتو مارتينيز'،
    'لمنظمة يونيسيف، جيرت كابيلير'): (start, end) of the person's name, two words or more and
    ending the phrase, or None. One word of the body's name unless only two make the person's
    name open with a given name ('لنادي ريال مدريد كارلو أنشيلوتي')."""
    if r < 1 or r >= limit:
        return None
    body = toks[r - 1].key
    if (
        body[:1] != "ل"
        or toks[r - 1].definite
        or len(body) < 4
        or body in lx.function_words
        or body in lx.cues
        or body[1:] in lx.media
    ):
        return None
    found: list[tuple[int, int]] = []
    for o in (1, 2):
        if r + o >= limit or not all(
            toks[k].word
            and not toks[k].definite
            and not given(lx, toks[k])
            and not is_title(lx, toks[k].key)
            and not is_verb(lx, toks[k].key)
            and toks[k].key not in lx.function_words
            and toks[k].key not in lx.adverbials
            and not toks[k].key[:1].isdigit()
            for k in range(r, r + o)
        ):
            break
        s = r + o
        if toks[s].text in ("،", ",") and s + 1 < limit:
            s += 1
        e = name_run(lx, toks, s, limit, after_title=True)
        if (
            e - s >= 2
            and (e >= limit or closing(lx, toks, e, limit) or _late_end(lx, toks[e]))
            and (given(lx, toks[s]) or not toks[e - 1].definite)  # (not 'وست بروميتش الإنجليزي')
        ):
            found.append((s, e))
    if not found:
        return None
    if len(found) == 2 and given(lx, toks[found[1][0]]) and not given(lx, toks[found[0][0]]):
        return found[1]
    return found[0]


def _apposed_name_end(lx: Lexicon, toks: list[Tok], r: int, limit: int) -> int:
    """End of two or three plain words at r that a comma and an office follow ('خميس الخنجر،
    الأمين العام'), or r: no function word, cue, verb, adverbial, number, title or word in the
    accusative among them, and the first without the article (an adjective of the rank)."""
    if r >= limit or toks[r].definite:
        return r
    for c in range(r, min(limit, r + 4)):
        tok = toks[c]
        if not tok.word:
            if c - r >= 2 and tok.text in ("،", ",") and c + 1 < limit and is_title(lx, toks[c + 1].key):
                return c
            return r
        if _outside_name(lx, tok) or tok.key in lx.particles or is_verb(lx, tok.key):
            return r
    return r


def _ranked_name_end(lx: Lexicon, toks: list[Tok], r: int, limit: int) -> int:
    """End of two or three plain words at r right before the phrase closes (a complementizer,
    a mark, a cue), or r. A word `namelike` rejects may still be a listed common noun (شلال،
    شائع) if it carries no clitic (وجود، بأنها، غيره), no feminine nisba (أهمية) and no verb's ت
    (أصبحت); no function word, cue, verb, adverbial, title, body or state among them; the
    article only on the last word, and not on a feminine nisba ('دانفورد العملية')."""
    for c in range(r, min(limit, r + 3)):
        tok = toks[c]
        key = tok.key
        if c > r and tok.text == _ALI:  # 25C: 'شلال علي شائع': the name علي (spelt with ي), not
            if closing(lx, toks, c + 1, limit):  # the preposition على, which folds alike
                return c + 1
            continue
        if (
            not tok.word
            or not key.isalpha()
            or _outside_name(lx, tok)
            or key in lx.particles
            or is_verb(lx, key)
            or is_title(lx, key)
            or key in lx.org_heads
            or key in lx.states
            or key in lx.group_heads
            or key.endswith("يه")
            or (key not in lx.given_names and (key[0] == "ي" or (c == r and key[-1] == "ت")))
        ):
            return r  # (a verb: 'يقترح'، 'أصبحت'; listed names are names: يوسف، مدحت)
        if tok.definite:
            if c == r or not closing(lx, toks, c + 1, limit):
                return r
        elif not namelike(lx, tok, cont=c > r) and (
            key not in lx.not_names or key[0] in "وبلف" or key.endswith(("ه", "ها", "هم", "ت"))
        ):
            return r
        if c > r and closing(lx, toks, c + 1, limit):
            return c + 1
    return r


def _outside_name(lx: Lexicon, tok: Tok) -> bool:
    """A word no name holds, whatever the scan: a function word, cue, adverbial, relative,
    number, title, or a word in the accusative (ـًا)."""
    key = tok.key
    return (
        key in lx.function_words
        or key in lx.cues
        or key in lx.adverbials
        or key in lx.relatives
        or key[:1].isdigit()
        or is_title(lx, key)
        or tok.text.endswith(("ًا", "اً"))
    )


def _name_before_office(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End of two to five plain words at i that a comma and an office follow ('فراس الخطيب، لاعب
    منتخب سوريا'، 'يزيد بن فهد الرشيد، مدير عام التسويق'), or i: a name whose given name the
    lists lack (فراس reads as ف + راس, يزيد as a verb), which the apposed office vouches for.
    No function word, cue, adverbial, relative, number, title or accusative among the words; a
    name particle inside only (بن، أبو), a verb only before one (يزيد بن); the first word no
    verbal noun."""
    if i >= limit or toks[i].definite or not any(t.text in ("،", ",") for t in toks[i + 2 : i + 6]):
        return i  # (most phrases: no comma in reach)
    if _masdar(lx, toks[i].key):
        return i  # 'انتقد ظهور جوزيف بلاتر، رئيس ...': a verbal noun opens the cue's object
    for c in range(i, min(limit, i + 6)):
        tok = toks[c]
        if not tok.word:
            if c - i >= 2 and tok.text in ("،", ",") and c + 1 < limit and is_title(lx, toks[c + 1].key):
                return c if toks[c - 1].key not in lx.particles else i
            return i
        key = tok.key
        if key in lx.particles:
            if c == i:
                return i
            continue
        if (
            _outside_name(lx, tok)
            or key in lx.states
            or key in lx.org_heads
            or (key[:1] == "ل" and (is_title(lx, key[1:]) or is_title(lx, "ا" + key[1:])))  # للرئيس
            or (
                is_verb(lx, key)
                and not ((c + 1 < limit and toks[c + 1].key in lx.particles) or _verb_name(lx, toks, i, c))
            )
        ):
            return i
    return i


def _verb_name(lx: Lexicon, toks: list[Tok], i: int, c: int) -> bool:
    """A foreign given name spelt like a listed verb form (برات) opening two words a comma closes:
    the second a plain name-like word, no verb; not ي/و/ف, a verb's ('وقال برات آلبيراق، وزير')."""
    return (
        c == i
        and c + 2 < len(toks)
        and toks[c + 2].text in ("،", ",")
        and not toks[c].text.startswith(("ي", "و", "ف"))
        and namelike(lx, toks[c + 1], cont=True)
        and not is_verb(lx, toks[c + 1].key)
    )


def _masdar(lx: Lexicon, key: str) -> bool:
    """A common verbal noun of the patterns تفعيل or فعول (تعبير، تأكيد; ظهور، حضور), which opens
    an object or an adverbial, not a name (a given name of that shape is listed: تيسير)."""
    if key in lx.given_names or key not in lx.not_names:
        return False
    return (len(key) == 5 and key[0] == "ت" and key[3] == "ي") or (len(key) == 4 and key[2] == "و")


_VOCATIVE = fold("يا")


def _apposed_name(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End of two or three plain words at i closed by a comma or a word that ends the phrase (a
    complementizer, a function word, an adverbial, a cue): a name apposed to an unnamed office
    whatever the name lists say of its words ('، أسماء الأسد،'), or i. The first without the
    article or a name particle; no function word, cue, adverbial, relative, number, title, state,
    institution, verb or accusative among them."""
    first = toks[i] if i < limit else None
    if (
        first is None
        or first.definite
        or first.key in lx.particles
        or (first.key[:1] in "ولب" and len(first.key) > 2 + (first.key[0] != "ل") and not given(lx, first))
        or first.key == _VOCATIVE  # ('ووصف'، 'لبي بي سي'، 'بسبب'، 'يا محترم')
        or _masdar(lx, first.key)
        or (len(first.key) == 6 and first.key[0] == "ا" and first.key[2] == "ت")  # احتجاز: افتعال
    ):
        return i
    for c in range(i, min(limit, i + 4)):
        tok = toks[c]
        if not tok.word or (c - i >= 2 and closing(lx, toks, c, limit)):
            return c if c - i >= 2 and (tok.word or tok.text in ("،", ",")) else i
        key = tok.key
        if (
            (c > i and tok.definite and key not in lx.compound_seconds and key not in person_words())
            or key == _NOT
            or (key[-1:] == "ا" and key[:-1] in lx.not_names)  # تحسبا
            or _outside_name(lx, tok)
            or key in lx.states
            or key in lx.org_heads
            or is_verb(lx, key)
        ):
            return i
    return i


def _glued_genitive(lx: Lexicon, toks: list[Tok], r: int, n: int) -> int:
    """Where the name toks[r:n] read after an office really starts, when its first word or two
    are the office's genitive: after an indefinite title in construct, which always takes one
    ('رئيس نيكاراغوا دانيال أورتيغا'، 'مدرب يونايتد لويس فان غال'، 'مدير أعمال محمد منير'), or
    a word with لـ/بـ after a definite office ('الرئيس التنفيذي لتويتر جاك دورسي'، 'المتحدث
    الإعلامي ... بتبوك خالد مرضي العنزي'); the name then opens with a listed given name and
    holds two words at least. r when there is no such genitive."""
    last = toks[r - 1]
    g = next((k for k in range(r + 1, min(n - 1, r + 3)) if given(lx, toks[k])), r)
    if g == r or any(given(lx, toks[k]) or not toks[k].word or toks[k].definite for k in range(r, g)):
        return r
    if not last.definite:
        ok = (
            last.word
            and len(last.key) > 2
            and is_title(lx, last.key)
            and last.key not in lx.honorifics
            and not last.key.endswith(NISBA_ENDS)
        )
    else:
        stem = toks[r].key[1:]
        ok = g == r + 1 and toks[r].key[:1] in "لب" and len(stem) > 2 and stem not in lx.not_names
    return g if ok else r


def _rank(lx: Lexicon, key: str) -> bool:
    """A rank written right before a name (الدكتور، المهندس), or its feminine (الدكتورة)."""
    return key in lx.honorifics or (key[-1:] == "ه" and key[:-1] in lx.honorifics)


def _late_end(lx: Lexicon, tok: Tok) -> bool:
    """May a late name end before this word? (a title, a و-joined office or definite word, لـ, or
    an indefinite common noun: the cue's object, 'إبراهيم الدعيلج عدم قبول')"""
    key = tok.key
    return (
        (not tok.definite and (key in lx.not_names or key == _NOT))  # (عدم: a negated object)
        or is_title(lx, key)
        or key[:1] == "ل"
        or (key[:1] == "و" and len(key) > 3 and (key[1:].startswith("ال") or is_title(lx, key[1:])))
    )


# Particles that put the subject after them in the accusative (إن مسؤولا، لكن مصدرا، بيد أن).
_ACCUSING = frozenset(fold(w) for w in ("أن", "إن", "بأن", "فإن", "وإن", "لكن", "ولكن", "لكنّ"))


def _nominative(toks: list[Tok], i: int, limit: int) -> list[Tok]:
    """The tokens with the accusative alef taken off the keys of the words from `i` that carry it
    (مسؤولا حدوديا فلسطينيا -> مسؤول حدودي فلسطيني), so that a title or a collective in the
    accusative reads as in the nominative; the text and offsets stay as written."""
    out = list(toks[:limit])
    k = i
    while (
        k < limit and out[k].word and out[k].key[-1:] == "ا" and len(out[k].key) > 3 and not out[k].definite
    ):
        out[k] = out[k]._replace(key=out[k].key[:-1])
        k += 1
    return out


def _rank_after(lx: Lexicon, toks: list[Tok], i: int, r: int, n: int, limit: int) -> int:
    """Where a rank and a name follow the role toks[i:r] after a few words that still name the
    institution (أمين سوق عكاظ الدكتور جريدي المنصوري، مدير مصنع كسوة الكعبة المشرفة الدكتور
    محمد باجودة، رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ ...), else r.
    The words between continue the role's last word: a genitive after an indefinite one, else a
    definite or و-joined word; never a preposition's object ('أشاد الرئيس بجهود الأمير ...')."""
    if n == r + 1 and (toks[r].key in lx.given_names or n >= limit or not is_title(lx, toks[n].key)):
        return r  # one word and no rank after it: a name of its own
    first = toks[r] if r < limit else None
    if first is None or not (
        not toks[r - 1].definite or first.definite or (first.key[:1] == "و" and len(first.key) > 3)
    ):
        return r
    for k in range(r, min(limit, r + 6)):
        tok = toks[k]
        key = tok.key
        if k > r and key in lx.honorifics:
            return k
        if (
            not tok.word
            or key in lx.function_words
            or key in lx.cues
            or key in lx.adverbials
            or key in lx.adverbial_nouns
            or (key[:1] in "بلفك" and (key[1:] in lx.not_names or key[1:].startswith("ال")))
            or is_title(lx, key)
        ):
            return r
    return r


_SOUND_M = ("ين", "ون")  # the masculine sound plural (المصابين، المواطنون)
_ONE_OF = frozenset(fold(w) for w in ("أحد", "إحدى"))  # one of (a group in construct after it)
_ONE_OF_F = fold("إحدى")
_CONNECTIVES = frozenset(fold(w) for w in ("بالتالي", "بذلك", "بعد", "قبل"))  # (after و: a clause)


def _governing(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Is the plain word at j a noun governing the next ('ارتفاع أرباح الشركة'، 'تراجع الجنيه'،
    'عدم ...'), not an adjective ('أتراك'، 'أجانب') or a phrase with a prefix ('بحزب'، 'وخبراء')?"""
    tok = toks[j]
    if tok.key == _NOT:
        return True
    if tok.key[:1] in "وبلفك" or tok.key in lx.plural_adjectives or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.definite:
        return nxt.word and nxt.key not in lx.adverbials and not nxt.key.endswith(NISBA_ENDS)
    return (
        nxt.word
        and nxt.key in lx.not_names
        and not nxt.key.endswith(NISBA_ENDS)
        and j + 2 < len(toks)
        and toks[j + 2].definite
    )


def _construct_noun(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """22H: a verbal noun of the pattern تفعيل before a definite noun that is no nisba nor an
    adverbial: a noun in construct, the cue's object ('أعلن مدعون أمريكيون توجيه الاتهام'), not
    an adjective (a nisba governs nothing: 'مصادر عسكرية تركية')."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.definite
        and nxt.word
        and not nxt.key.endswith(NISBA_ENDS)
        and nxt.key not in lx.adverbials
        and _masdar(lx, toks[j].key)
    )


def _org_end(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End of the institution or group named from its head at toks[i] (at most seven words)."""
    j = i + 1
    genitive = 0  # 22B: where a لل-genitive after the body's adjective was read on
    while j < limit and j - i < 7:
        tok = toks[j]
        if (
            tok.key in ROLE_PREPS
            and (tok.key != _AN or _governs_an(toks[j - 1].key))
            and j + 1 < limit
            and role_place(lx, toks[j + 1])
        ):
            j += 2  # وزارة الصحة في غزة (and there the name ends, with the place's adjectives:
            while j < limit and _place_adjective(lx, toks[j]):  # 22N: 'مصدر في المقاومة الشعبية'
                j += 1
            break
        if tok.key in lx.eponyms and (k := royal_named(lx, toks, j, limit, body=True)) > j:
            j = k  # 25A: 'جامعة الملك سعود'، 'إدارة مطار الملك خالد الدولي': the body's own name
        elif _org_word(lx, toks, i, j) and not (genitive and _plural_after(toks, j)):
            j += 1
        elif not genitive and _adjective_genitive(lx, toks, i, j):
            genitive = j
            j += 1
        elif genitive and tok.text[:3] == "وال" and tok.word:
            j += 1  # 'الهيئة العامة للغذاء والدواء': a conjunct genitive
        elif genitive and tok.key[:1] == "و" and j + 1 < limit and toks[j + 1].definite:
            j += 2  # 'الرئاسة العامة للأرصاد وحماية البيئة'
        else:
            break
    if genitive and not _genitive_closes(lx, toks, j, limit):
        return genitive  # ('ودعت المديرية العامة للجوازات المقيمين': for whom, the object next)
    return j


_DEFENCE = frozenset(fold(w) for w in ("الدفاع", "دفاع"))


def _governs_an(key: str) -> bool:
    """26K: does the body's last word govern عن (a participle in م: المسؤولة، المنبثقة، ممثلون،
    منشقون; الدفاع)? Otherwise عن is the cue's ('وكشفت الشركة عن النتائج'، 'أعلن صندوق النقد
    الدولي عن القرض'), not part of the body's name."""
    return key.removeprefix("ال")[:1] == "م" or key in _DEFENCE


def _plural_after(toks: list[Tok], j: int) -> bool:
    """A definite masculine sound plural after a definite word: no adjective of a genitive (the
    cue's object: 'ودعت الهيئة العامة للجوازات المقيمين إلى'), unlike a construct's own
    genitive ('لشؤون اللاجئين')."""
    return toks[j].definite and toks[j - 1].definite and toks[j].key.endswith(_SOUND_M)


def _place_adjective(lx: Lexicon, tok: Tok) -> bool:
    """22N: a definite adjective of the place or body after في ('في الحكومة اليمنية'، 'في البيت
    الأبيض'، 'في المملكة العربية السعودية'): a nisba in ي/ية as written or a listed institution
    adjective, no relative (التي), plural in ى (الشكاوى) or masculine plural (the cue's object)."""
    key = tok.key
    return (
        tok.definite
        and tok.word
        and (tok.text.endswith(_NISBA_SG) or key in lx.institution_adjectives)
        and key not in lx.relatives
    )


_NISBA_SG = ("ي", "ية")  # as written: not ى ('هيئة معايير الإعلان في بريطانيا الشكاوى': the object)


def _org_word(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """Does toks[j] continue the institution named at toks[i]? (المرصد السوري لحقوق الإنسان)"""
    tok = toks[j]
    key = tok.key
    if (
        not tok.word
        or key in lx.function_words
        or key in lx.adverbials
        or key in lx.cues
        or key in lx.relatives
        or _bare_to(toks, i, j)
    ):
        return False
    if key[:1] == "ل" and told(lx, tok) and key[1:] not in lx.addressees and key[2:] not in lx.addressees:
        return False  # 25J: 'مصادر لرويترز'، 'شرطة دار السلام للصحفيين': whom the body told (but
        # 'الهيئة المنظمة لوسائل الإعلام': its genitive)
    if (
        tok.definite
        and toks[j - 1].definite
        and not (key.endswith(NISBA_ENDS) or key.startswith("الم") or key in lx.institution_adjectives)
    ):
        return False  # 'لجنة مراقبة الانتخابات النتائج': after a definite genitive only an adjective follows
    if (
        tok.text[:2] == "ال"
        and tok.text.endswith(_SOUND_M)
        and toks[j - 1].text[-1:] == "ة"
        and toks[j - 1].text[:2] == "ال"
        and (toks[j - 1].key in lx.org_heads or toks[j - 1].key[2:] in lx.org_heads)
    ):
        return False  # 'ونصحت الوزارة المصابين': a masculine plural never qualifies a feminine
        # singular (but 'المنظمة الدولية للمهاجرين'، 'القادة العسكريين': a genitive, a plural)
    if tok.definite or conjunct_genitive(lx, toks, i, j):
        return True
    if key[:1] == "و" and (key[1:] in lx.function_words or key[1:] in _CONNECTIVES or key in _CALLED):
        return False  # 22A: 'الشركة والتي'، 'الكونغرس والذي'، 'الشركة وبالتالي': a clause goes on
        # (22G: 'أحد سكان المدينة ويدعى ...': the member's name follows)
    if (
        key.endswith(NISBA_ENDS)
        and (key[:1] in "وبل" or not toks[j - 1].definite)
        and not _construct_noun(lx, toks, j)
    ):
        return True  # (a definite word takes no indefinite adjective: 'مدير المرصد رامي'،
        # 'الكرملين ديمتري' (a name), 'مجلس الوزراء أهمية' (the object); a conjunct or a
        # prepositional word goes on: 'وزارة الشؤون البلدية والقروية'، 'كلية التربية بالدوادمي';
        # 22H: a noun in يه governing a definite noun is the object: 'أعلن مدعون أمريكيون
        # توجيه الاتهام')
    if key.startswith("ل") and key[1:] not in lx.media and len(key) > 3:
        return not tok.text.endswith(
            ("ها", "هم", "هما")
        )  # 'السلطات الإيرانية لموقفها': a pronoun, not a name
    if _li_construct(lx, toks, i, j):
        return True  # 25I: 'اللجنة الإعلامية لسوق عكاظ': the genitive of the لـ-noun, the body's name
    if toks[i].definite:
        return False
    if j == i + 1:
        # construct state: وكالة إيرنا، حلف شمال; not after a sound plural keeping its ن, which
        # drops it in construct ('توقع محللون ارتفاع أرباح الشركة': the object, cf. محللو البنوك)
        sound = toks[i].text.endswith(_SOUND_M) and toks[i].key in lx.group_heads
        return not (sound and _governing(lx, toks, j))
    if j == i + 2 and toks[i + 1].key in PLACE_NOUNS and namelike(lx, tok, cont=True):
        return True  # 'شرطة مدينة زيوريخ': a place noun takes its place's name
    if (
        j == i + 2
        and toks[i].key in _ONE_OF
        and not toks[i + 1].definite
        and (key in lx.org_heads or namelike(lx, tok, cont=True))
    ):
        return True  # 22G: 'أحد سكان سوروتش'، 'أحد أعضاء هيئة المحلفين': the plural's genitive
    if given(lx, toks[i + 1]) and all(namelike(lx, toks[k], cont=True) for k in range(i + 2, j + 1)):
        return j - i <= 3  # 'مؤسسة كوفي أنان': a foundation named after a person, the whole name
    return _media_name(lx, toks, i, j)


def _li_construct(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """25I: a proper noun right after an indefinite لـ-noun inside a body's name is that noun's
    genitive ('النقابة الأساسية لموظفي رئاسة ...'، 'اللجنة الإعلامية لسوق عكاظ'): no verb, cue,
    common noun (the call's object: 'دعت الوزارة لتقديم طلبات') or state (whom it speaks to)."""
    prev = toks[j - 1]
    tok = toks[j]
    return (
        j - 1 > i
        and prev.word
        and not prev.definite
        and prev.key[:1] == "ل"
        and prev.text[:2] != "لل"
        and len(prev.key) > 3
        and (prev.key[1:] in lx.not_names or prev.key[1:] in lx.org_heads or is_title(lx, prev.key[1:]))
        and tok.word
        and not tok.definite
        and (namelike(lx, tok) or tok.key in lx.org_heads)
        and tok.key not in lx.given_names
        and not is_verb(lx, tok.key)
        and not _masdar(lx, prev.key[1:])
    )  # (a common noun after ل: not 'صحيفة لوموند تتحدث'، 'إدارة النصر ليست مجبرة')


def _adjective_genitive(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """22B: a لل-genitive after a definite body's adjective names what the body is for ('الهيئة
    العامة للإحصاء'، 'المؤسسة العامة للتدريب التقني'، 'الشركة السعودية للكهرباء')."""
    prev = toks[j - 1].key
    return (
        toks[j].text[:2] == "لل"
        and j >= i + 2
        and toks[i].definite
        and toks[j].word
        and (prev.endswith(NISBA_ENDS) or prev in lx.institution_adjectives)
    )


_AT_OR_ASIDE = frozenset(("في", "("))


def _genitive_closes(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """22B: does the body's name end at j where its content or the cue's complement opens (the
    end, a mark, a complementizer, a function word, an adverbial, a cue)? Not في, after which the
    object may follow an adverbial ('توقعت الرئاسة العامة للأرصاد في تقريرها سماء غائمة'), nor an
    aside in brackets, nor a plain word (the object: whom the لل-word was for)."""
    if j < limit and toks[j].word and not toks[j].definite and toks[j].key in lx.not_names:
        return toks[j].key[:1] not in "وبلف"  # 'أعلنت ... للانتخابات البلدية اكتمال': the object
    return closing(lx, toks, j, limit) and not (j < limit and toks[j].text in _AT_OR_ASIDE)


def _titled_after_body(lx: Lexicon, toks: list[Tok], i: int, j: int, limit: int) -> int:
    """22A: the end of a name in ي/ون/ين (read as a nisba before) after a body whose last word
    is a definite title ('في نادي تشلسي المهاجم أوليفييه جيرو': the forward, named), where
    `_org_word` stopped; j when none. Not a title in construct with the head ('حكومة الرئيس
    ...': whose government) nor an eponym ('جامعة الملك ...': the body's own name)."""
    if (
        i + 2 < j < limit
        and toks[j - 1].definite
        and is_title(lx, toks[j - 1].key)
        and toks[j - 1].key not in lx.eponyms
        and not toks[j].definite
        and toks[j].key.endswith(NISBA_ENDS)
    ):
        n = name_run(lx, toks, j, limit, after_title=True)
        return n if n > j else j
    return j


def _called_name(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> int:
    """22G: the end of the name after 'ويدعى/وتدعى' at j, or j when there is none."""
    if j + 1 >= limit or toks[j].key not in _CALLED:
        return j
    n = name_run(lx, toks, j + 1, limit, after_title=True)
    return n if n > j + 1 else j


def _bare_to(toks: list[Tok], i: int, j: int) -> bool:
    """Is toks[j] a ل-word right after a bare definite head? Then it is the cue's object or its
    addressee, never the body's name: 'ودعت المنظمة لإجراء تحقيق'، 'وأوضحت الهيئة لتصحيح أوضاع'،
    'وقالت الفتاة للشرطة' (a body's ل-genitive follows its qualifier: 'المرصد السوري لحقوق
    الإنسان'، 'الاتحاد الدولي لكرة القدم')."""
    text = toks[j].text
    return j == i + 1 and toks[i].definite and text[:1] == "ل" and len(text) > 3


def _media_name(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """A medium's name read on over up to four words without the article, each of which could be
    a name's (صحيفة وول ستريت جورنال، صحيفة نيويورك تايمز، موقع ميدل إيست آي); not a common
    noun, a verb or a noun in the accusative (وذكرت صحيفة تلغراف تقريرا)."""
    tok = toks[j]
    return (
        toks[i].key in lx.media
        and j - i <= 4
        and not any(toks[k].definite for k in range(i + 1, j))
        and namelike(lx, tok, cont=True)
        and not is_verb(lx, tok.key)
    )


def _after_name(lx: Lexicon, toks: list[Tok], i: int, n: int, limit: int, text: str) -> Mention:
    """A name, and the role written straight after it (جديع القحطاني رئيس اللجنة ...)."""
    name = join(toks, i, n, text)
    if n < limit and is_title(lx, toks[n].key):
        r = role_run(lx, toks, n, limit)
        while r < limit and _stacks(lx, toks, r):
            r = role_run(lx, toks, r, limit)  # 'جديع القحطاني رئيس اللجنة التنفيذية المتحدث الرسمي ...'
        gender = "f" if any(toks[k].key in lx.titles_f for k in range(n, r)) else None
        return Mention("person", join(toks, i, r, text), name, join(toks, n, r, text), gender, r)
    return Mention("person", name, name, None, None, n)


_ANONYMITY = frozenset(  # 23E: a source's request before عدم (ذكر اسمه، نشر اسمه، الكشف عن هويته)
    fold(w) for w in ("شريطة", "شرط", "بشرط", "طلب", "طالبا", "فضل", "مفضلا", "رفض", "رافضا")
)

_ATTENTION = frozenset(fold(w) for w in ("النظر", "الانتباه", "الأنظار"))
_ILA = fold("إلى")


def parse_speaker(
    toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None = None
) -> Mention | None:
    """The speaker phrase in toks[i:limit] (after a cue), or None when it names nobody."""
    lx = lexicon()
    if i + 1 < limit and toks[i].key in _ATTENTION and toks[i + 1].key == _ILA:
        return None  # 'ولفت النظر إلى أن': the cue's object (draw attention to), the subject elided
    if i + 1 < limit and toks[i + 1].key == _NOT and toks[i].key in _ANONYMITY:
        return None  # 23E: 'تحدث شريطة عدم نشر اسمه'، 'طلب عدم ذكر اسمه': a source's request
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
                    is_title(lx, toks[nxt].key)
                    or namelike(lx, toks[nxt])
                    or before_nisba(lx, toks, nxt, limit)
                )
            ):
                j = nxt
                apposed = _chunk(lx, toks, j, limit, text, registry)
                if apposed is None or apposed.kind not in ("person", "role"):
                    break
                chunks.append(apposed)
                j = apposed.end
                continue
            if (
                chunks[-1].name is None
                and chunks[-1].kind in ("person", "role")
                and (e := _apposed_name(lx, toks, nxt, limit)) > nxt
            ):
                name = join(toks, nxt, e, text)  # 'زوجة الرئيس السوري بشار الأسد، أسماء الأسد،': the
                chunks.append(Mention("person", name, name, None, None, e))  # office's holder
                j = e
                continue
            break
        if t.text in STOP_PUNCT or t.text in SENTENCE_END:
            break
        if (
            j == i
            and j + 1 < limit
            and toks[j + 1].key in _PRESS
            and fold(t.text) in _STATEMENT_NOUNS
            and (author := _author(lx, toks, j, limit, text, registry)) is not None
        ):
            return author  # 25K: 'وأوضح بيان صحفي صدر عن المنظمة أن': the issuer, no journalist
        skipped = skip_adverbial(lx, toks, j, limit)
        if skipped == j and t.text.startswith("لل") and len(t.key) > 4:
            skipped = j + 1  # 'وقال للصحفيين': an addressee after لـ is never the speaker
            while skipped < limit and toks[skipped].definite and toks[skipped].key.endswith(NISBA_ENDS):
                skipped += 1
        if skipped > j:
            if chunks and chunks[-1].kind == "person":
                break
            j = skipped
            continue
        if (
            chunks
            and chunks[-1].kind == "group"
            and t.key in lx.honorifics
            and t.key not in lx.eponyms_not_after_group
        ):
            ranked = _chunk(lx, toks, j, limit, text, registry)  # 'أحد المشاركين في المسرحية
            if ranked is not None and ranked.kind == "person":  # الدكتور فهد غزولي': the one named
                chunks.append(ranked)
                j = ranked.end
                continue
        if chunks:
            break
        if t.key.endswith("ا") and len(t.key) > 3 and j + 1 < len(toks) and toks[j + 1].text == ":":
            break  # 'وأضاف مازحا:': a circumstantial accusative, not a speaker
        m = _chunk(lx, toks, j, limit, text, registry)
        if m is not None and j == i and fold(toks[j].text.removeprefix("ال")) in _STATEMENT_NOUNS:
            m = _author(lx, toks, j, limit, text, registry) or m
        if m is None and j == i:
            m = _untitled_office(lx, toks, j, limit, text)
        if m is None and j == i and (e := _name_before_office(lx, toks, j, limit)) > j:
            # 'أكد فراس الخطيب، لاعب منتخب سوريا، أن': a name whose given name the lists lack,
            # vouched for by its apposed office; an office before a listed given name is its role
            k = next(
                (
                    k
                    for k in range(j + 1, e - 1)
                    if given(lx, toks[k])
                    and toks[k - 1].key not in lx.particles
                    and all(t.definite or t.key in lx.not_names for t in toks[j:k])  # office words
                ),
                j,
            )
            name = join(toks, k, e, text)
            m = Mention("person", join(toks, j, e, text), name, join(toks, j, k, text) or None, None, e)
        if m is None:
            break
        chunks.append(m)
        j = m.end
    if not chunks:
        return None
    m = _combine(lx, chunks)
    r = m.end + 1 if m.end < limit and toks[m.end].text in ("،", ",") else m.end
    if r + 2 < limit and toks[r].key == _RELAY and toks[r + 1].key == _FROM:
        src = parse_speaker(toks, r + 2, limit, text, registry)  # 'وقالت الصحيفة نقلا عن مسؤولين':
        if (
            src is not None
            and src.kind in _SOURCES  # the officials said it, the paper relays
            and not (m.kind in ("person", "role") and toks[r + 2].key in lx.media)  # ('وصرح زلاتان
        ):  # نقلا عن شبكة ESPN': he spoke, the network reported it)
            return src
    return m


_RELAY = fold("نقلا")
_FROM = fold("عن")
_SOURCES = frozenset(("person", "role", "org", "group", "state"))


_STATEMENT_NOUNS = frozenset(fold(w) for w in ("بيان", "بيانا", "بلاغ", "تقرير"))
_PRESS = frozenset(
    fold(w) for w in ("صحفي", "صحافي", "إعلامي", "رسمي", "مشترك")
)  # (a statement's adjectives)


def document_author(
    toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None
) -> Mention | None:
    """Who issued the document named at toks[i] (بيان للوزارة، التقرير الصادر عن الهيئة), or None."""
    return _author(lexicon(), toks, i, limit, text, registry)


def _author(
    lx: Lexicon, toks: list[Tok], i: int, limit: int, text: str, registry: Registry | None
) -> Mention | None:
    """Who issued the statement: 'بيان صحفي صدر عن المنظمة'، 'بيان للشرطة'، 'بيان الجيش'."""
    for k in range(i + 1, min(limit, i + 7)):
        tok = toks[k]
        if not tok.word:
            return None
        if tok.key == "عن" and k + 1 < limit and (k < i + 5 or _issued(toks, i, k)):
            m = _chunk(lx, toks, k + 1, limit, text, registry)
        elif tok.key in _ISSUED_IT and k < i + 4 and k + 1 < limit:
            m = _chunk(lx, toks, k + 1, limit, text, registry)  # 25K: 'بيان صحفي أصدره المعهد'
        elif (
            tok.key[:1] == "ل"
            and tok.key[1:] in lx.org_heads
            and toks[k - 1].definite
            and any(toks[h].key in _SITE for h in range(i + 1, k))
        ):
            t = tok._replace(text=tok.text[1:], key=tok.key[1:], start=tok.start + 1)  # 'البيان
            m = _chunk(lx, [*toks[:k], t, *toks[k + 1 : limit]], k, limit, text, registry)  # المنشور
            # على الموقع الرسمي لمكتب العبادي': the owner of the site that published it
        elif k >= i + 5:
            continue
        elif tok.key.startswith("لل") and tok.key[1:] in lx.org_heads:
            t = tok._replace(text=tok.text[1:], key=tok.key[1:], start=tok.start + 1)
            m = _chunk(lx, [*toks[:k], t, *toks[k + 1 : limit]], k, limit, text, registry)
        elif k == i + 1 and tok.key.startswith("ل") and tok.key[1:] in lx.org_heads:
            t = tok._replace(text=tok.text[1:], key=tok.key[1:], start=tok.start + 1)  # بيان لوزارة الخارجية
            m = _chunk(lx, [*toks[:k], t, *toks[k + 1 : limit]], k, limit, text, registry)
        elif k == i + 1 and tok.definite and tok.key in lx.org_heads:
            m = _chunk(lx, toks, k, limit, text, registry)
        else:
            continue
        return m
    return None


_ISSUED = frozenset(fold(w) for w in ("الصادر", "صادر", "صدر", "الصادرة", "صادرة", "صدرت"))
_ISSUED_IT = frozenset(fold(w) for w in ("أصدره", "أصدرته", "أصدرها", "أصدرتها"))  # (not نشره: a medium
# that published another's statement, 'بيان نشرته وكالة الأنباء', is no author)
_NOT_ISSUED = frozenset(fold(w) for w in ("إلى", "على", "في", "من", "عن", "بشأن", "حول"))


def _issued(toks: list[Tok], i: int, k: int) -> bool:
    """'التقرير الـ 51 الصادر حديثا عن المؤسسة': an issuing word before عن at k, and no
    preposition between the document and it ('ويشير التقرير إلى أمر صادر عن محكمة': the court
    issued the order, not the report)."""
    return any(toks[h].key in _ISSUED for h in range(k - 2, k)) and not any(
        toks[h].key in _NOT_ISSUED for h in range(i + 1, k)
    )


_SITE = frozenset(fold(w) for w in ("الموقع", "موقع", "الصفحة", "صفحة", "الحساب", "حساب"))


def _negating(name: str) -> bool:
    """'فضل عدم'، 'طلب عدم': a verb and the negating masdar of its object read as a name (in
    'مسؤول، فضل عدم الكشف عن هويته'), never a person."""
    if not name.endswith(_NOT):
        return False  # (nearly every name: no fold, no split)
    words = name.split()
    return len(words) == 2 and words[1] == _NOT


_NOT = fold("عدم")


def _combine(lx: Lexicon, chunks: list[Mention]) -> Mention:
    """Fold appositions into one mention: the person named, with every role written about them."""
    first = chunks[0]
    if len(chunks) == 1:  # (most phrases: one chunk, its own role)
        if not first.name or _negating(first.name):
            return first
        role1 = first.role or None
        if first.kind == "role" and first.text and first.text != first.role:
            role1 = first.text if role1 is None else role1 + "، " + first.text
        return Mention("person", first.name, first.name, role1, first.gender or None, first.end)
    named = [c for c in chunks if c.name]
    persons = [c for c in named if not _negating(c.name or "")]
    if not persons:
        if named and first is not named[0]:
            return replace(first, end=chunks[-1].end)  # 'مسؤول ...، فضل عدم': the role speaks
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
    if j > 0 and toks[j].key in _QAD:
        j -= 1  # 'كانت أمانة المنطقة قد أعلنت'
    relative = j >= 0 and toks[j].key in lx.relatives
    if relative:
        j -= 1
        if j >= 0 and toks[j].text in ("،", ","):
            j -= 1
    end = j + 1
    while (
        j >= 0
        and toks[j].text not in ("،", ",")
        and toks[j].text not in STOP_PUNCT
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
        return _antecedent(lx, toks, start + 1, end, text, registry) if relative else None
    if m.kind == "role" and start == j + 1 and j > 0 and toks[j].text in ("،", ","):
        return _apposed_before(lx, toks, j, end, text, registry) or m
    return m


def _apposed_before(
    lx: Lexicon, toks: list[Tok], comma: int, end: int, text: str, registry: Registry | None
) -> Mention | None:
    """The named person an office before a cue is apposed to, written before its comma ('وكان
    ديمتري بيسكوف، الناطق باسم الكرملين قد صرح'): the phrase from the clause start (after its
    openers) must parse whole, through the comma, as a person with a name."""
    k = comma - 1
    while k >= 0 and comma - k <= 6 and toks[k].word and toks[k].key not in lx.openers:
        k -= 1
    if k >= 0 and toks[k].word and toks[k].key not in lx.openers:
        return None  # (more than a name before the comma: not an apposition)
    s = k + 1
    while s < comma and (toks[s].key in lx.adverbials or toks[s].key in lx.function_words):
        s += 1
    if s >= comma:
        return None
    m = parse_speaker(toks, s, end, text, registry)
    if m is None or m.end < end or not m.name or m.kind != "person":
        return None
    return m


def _antecedent(
    lx: Lexicon, toks: list[Tok], start: int, end: int, text: str, registry: Registry | None
) -> Mention | None:
    """The speaker a relative pronoun takes up when the words before it are more than the
    speaker ('ومنهم الخبير الاقتصادي عبد الخالق فاروق الذي يرى'، 'استند إليها المسؤولون الذين
    قالوا'): the longest phrase ending at the relative that parses whole as a person (named or
    titled), an institution, a group or a state."""
    for s in range(start, end):
        key = toks[s].key
        if not toks[s].word or key in lx.function_words or key in lx.adverbials:
            continue
        m = parse_speaker(toks, s, end, text, registry)
        if m is None or m.end < end:
            continue
        if m.name or m.role or m.kind in ("group", "state") or (m.kind == "org" and _is_speakerish(lx, key)):
            return m
    return None


_QAD = frozenset(["قد", "لقد"])


def _is_speakerish(lx: Lexicon, key: str) -> bool:
    return key in lx.org_heads or key in lx.group_heads or key in lx.states


@lru_cache(maxsize=1)
def honorific_pronouns() -> dict[str, frozenset[str]]:
    """Honorific pronouns after a cue (سموه، معاليه، سعادتها; titles.json honorific_pronouns),
    folded with either suffix, each with the folded honorific words it takes up."""
    doc = titles_doc()
    return {
        fold(stem + suffix): frozenset(fold(w) for w in words)
        for stem, words in doc["honorific_pronouns"]["forms"].items()
        for suffix in ("ه", "ها")
    }


@lru_cache(maxsize=1)
def honor_words() -> frozenset[str]:
    """Every honorific word an honorific pronoun takes up (سمو، معالي، فخامة ...), folded."""
    return frozenset().union(*honorific_pronouns().values())


# Round 8: the issuer an article names for its documents (تقرير، بيان ...), so that a
# document speaking alone (كشف تقرير حقوقي، وأشار التقرير) is spoken by its issuer.
_ISSUE_VERBS = frozenset(
    fold(p + w)
    for w in ("أصدر", "أصدرت", "نشر", "نشرت", "أعد", "أعدت", "وزع", "وزعت")
    for p in ("", "و", "ف")
)
_ISSUED_BY = frozenset(  # 'التقرير الذي أعدته الهيئة'، 'بيان أصدرته الوزارة'
    fold(w + s) for w in ("أصدرت", "أصدر", "نشرت", "نشر", "أعدت", "أعد", "وزعت", "وزع") for s in ("ه", "ها")
)
_OWN = frozenset(fold(w) for w in ("له", "لها", "لهم"))
_WHICH = frozenset(fold(w) for w in ("الذي", "التي"))
_ISSUER_KINDS = frozenset(("org", "person", "state"))


def document_stem(word: str) -> str | None:
    """The document a word names (التقرير، تقريرا، والبيان -> تقرير، بيان), folded, or None
    (only the documents of `_DOC_SPELLINGS` have issuers to find)."""
    if "تقرير" not in word and "بيان" not in word and "بلاغ" not in word:
        return None
    lx = lexicon()
    key = fold(word)
    for pre in ("", "و", "ب", "ف"):
        if pre and not key.startswith(pre):
            continue
        k = key[len(pre) :]
        k = k.removeprefix("ال")
        if k in lx.documents:
            return k
        if k.endswith("ا") and k[:-1] in lx.documents:
            return k[:-1]
    return None


def _issuer(m: Mention | None) -> str | None:
    if m is None or m.kind not in _ISSUER_KINDS:
        return None
    words = m.text.split()
    if m.kind == "org" and (
        document_stem(words[0]) is not None or (len(words) == 1 and not words[0].startswith("ال"))
    ):
        return None  # (nor a bare indefinite head: 'تقرير حديث لموقع "9 تو 5 ماك"' -> موقع)
    return m.name or m.text


def document_issuers(toks: list[Tok], text: str) -> list[tuple[str, str]]:
    """(document, issuer) for each document of the paragraph whose issuer it names: 'التقرير
    الصادر عن مركز X'، 'التقرير الذي أعدته الهيئة'، 'أصدرت وزارة X بيانا'، 'وتوقعت مؤسسة X في
    تقرير حديث لها'. Only issuers the speaker parser reads whole as an institution, a person or a
    state; a report about something (تقرير عن X) names no issuer."""
    lx = lexicon()
    n = len(toks)
    out: list[tuple[str, str]] = []
    for i, t in enumerate(toks):
        if not t.word:
            continue
        if t.key in _ISSUE_VERBS and i + 2 < n:
            m = parse_speaker(toks, i + 1, min(n, i + 12), text, None)
            j = m.end if m is not None else n
            while j < min(n, m.end + 3 if m is not None else n) and (
                toks[j].key in lx.adverbials or toks[j].text in ("،", ",")
            ):
                j += 1  # 'نشرت منظمة العفو الدولية الاثنين، تقريرا'
            if j < n:
                stem = document_stem(toks[j].text)
                who = _issuer(m)
                if stem is not None and who is not None and toks[j].key.endswith("ا"):
                    out.append((stem, who))  # 'أصدرت وزارة الداخلية بيانا'
            continue
        stem = document_stem(t.text)
        if stem is None:
            continue
        for k in range(i + 1, min(n, i + 5)):
            tk = toks[k]
            if not tk.word:
                break
            if tk.key in lx.issued and k + 2 < n and toks[k + 1].key == "عن":
                who = _issuer(parse_speaker(toks, k + 2, min(n, k + 12), text, None))
                if who is not None:
                    out.append((stem, who))
                break
            nxt = toks[k + 1] if k + 1 < n else None
            named = nxt is not None and nxt.word and nxt.key not in lx.adverbials
            if tk.key in _ISSUED_BY and named:
                who = _issuer(parse_speaker(toks, k + 1, min(n, k + 12), text, None))
                if who is not None:
                    out.append((stem, who))
                break
            if (tk.key in _OWN or tk.key in _ISSUED_BY) and i > 1 and toks[i - 1].key == "في":
                s = i - 2  # 'وتوقعت مؤسسة X في تقرير حديث لها': the clause's subject
                while s > 0 and toks[s - 1].text not in SENTENCE_END and toks[s - 1].text not in ("،", ","):
                    s -= 1
                who = _issuer(_antecedent(lx, toks, s + 1, i - 1, text, None))
                if who is not None:
                    out.append((stem, who))
                break
            if tk.key == "عن":
                break  # 'تقرير عن الأوضاع': what it is about, not who issued it
            if tk.key[:1] == "ل" and len(tk.key) > 3:
                who = _issuer(_of_issuer(lx, toks, k, n, text))
                if who is not None:
                    out.append((stem, who))  # 'في تقرير حديث لمؤسسة X'، 'بيان للجيش الإسرائيلي'
                break
    return out


def _of_issuer(lx: Lexicon, toks: list[Tok], k: int, n: int, text: str) -> Mention | None:
    """The institution after لـ at toks[k] ('لمؤسسة X'، 'للجيش' = لـ + الجيش), or None."""
    tok = toks[k]
    if tok.key[1:] in lx.org_heads:
        t = tok._replace(text=tok.text[1:], key=tok.key[1:], start=tok.start + 1)
    elif tok.key.startswith("لل") and ("ا" + tok.key[1:]) in lx.org_heads:
        t = tok._replace(text="ا" + tok.text[1:], key="ا" + tok.key[1:], definite=True)
    else:
        return None
    limit = min(n, k + 12)
    m = parse_speaker([*toks[:k], t, *toks[k + 1 : limit]], k, limit, text, None)
    if m is not None and m.kind == "org" and t.text.startswith("ا") and tok.text.startswith("لل"):
        m = replace(m, text="ا" + m.text[1:], name=None)  # (join reads the original text: لل -> ال)
    return m


_DOC_SPELLINGS = ("تقرير", "بيان", "بلاغ")  # a paragraph without these names no document's issuer


def issued_documents(quotes: list[Quote], paragraphs: Sequence[str]) -> list[Quote]:
    """Statements a document speaks alone ('كشف تقرير حقوقي'، 'وأشار التقرير'، 'وقال البيان')
    given to the document's issuer when the article names one (`document_issuers`): the last
    named at or before the statement's paragraph, else the first named after it; the document
    stays the speaker when the article names no issuer for it."""
    docs = [k for k, q in enumerate(quotes) if _document_speaker(q.speaker) is not None]
    if not docs:
        return quotes
    found: dict[str, list[tuple[int, str]]] = {}
    for pi, text in enumerate(paragraphs):
        if any(w in text for w in _DOC_SPELLINGS):
            for stem, who in document_issuers(tokenize(text), text):
                found.setdefault(stem, []).append((pi, who))
    if not found:
        return quotes
    out = list(quotes)
    for k in docs:
        q = out[k]
        named = found.get(_document_speaker(q.speaker) or "")
        if not named:
            continue
        before = [who for pi, who in named if pi <= q.paragraph]
        who = before[-1] if before else named[0][1]
        own = _issuer_words(q.speaker)
        if own and not own <= {fold(w).removeprefix("ال") for w in who.replace('"', " ").split()}:
            continue  # 'تقرير اليونيسكو' names its issuer already (not: 'المنظمة')
        out[k] = msgspec.structs.replace(q, speaker=who, resolved=True)
    return out


def _issuer_words(name: str) -> set[str]:
    """The words of a document speaker that may name its issuer (تقرير اليونيسكو، تقرير مؤسسة
    النقد، تقرير «ساما»), folded without the article; not its adjectives (حقوقي، الحادي
    والخمسون، حديث) nor the verb of a relative clause (تقرير أصدره)."""
    lx = lexicon()
    out: set[str] = set()
    for w in name.split()[1:]:
        key = fold(w.strip('"«»“”'))
        bare = key.removeprefix("و").removeprefix("ال")
        named = bare in lx.org_heads or ("ال" + bare) in lx.org_heads or w[:1] in '"«“'
        if named or (key.startswith(("ال", "وال")) and not bare.endswith(("ي", "يه", "ون", "ين"))):
            out.add(bare)
    return out


def _document_speaker(name: str) -> str | None:
    """The document a speaker name is (تقرير حقوقي، التقرير، البيان -> تقرير، بيان), else None."""
    if "تقرير" not in name and "بيان" not in name and "بلاغ" not in name:
        return None  # (most speakers: no document's spelling at all; _DOC_SPELLINGS)
    words = name.split()
    if not words or len(words) > 3:
        return None
    return document_stem(words[0])


def titled_mention(toks: list[Tok], i: int, limit: int, text: str) -> Mention | None:
    """The person a title at toks[i] names, for the first pass over an article: the name after
    the title (`parse_speaker`), else a name written just before it, opening with a given name
    and running up to the title ('كانت بداية ضاحي خلفان نائب رئيس شرطة دبي مع ...'), so that
    later surname-only or role-only mentions resolve to that person."""
    lx = lexicon()
    if i > 0 and toks[i].key in lx.person_nouns and (toks[i - 1].key in lx.kin or toks[i - 1].bare in lx.kin):
        return None  # 'والد الطالبة فيصل العمراني': the father's name or the student's
    if i > 0 and toks[i].key in lx.eponyms and _eponym(lx, toks, i, limit):
        return None  # 25A: 'مستشفى الملك فهد'، 'مطار الملك خالد الدولي': a body's name, no person
    m = parse_speaker(toks, i, limit, text, None)
    if m is not None and m.name and m.role and _governs_office(m.role):
        role = m.role  # 'حميد أبو طالبي مستشار الرئيس الإيراني حسن روحاني': the name before the
        office = Mention("role", role, None, role, m.gender, m.end)  # adviser is the adviser's
        named = _name_before(lexicon(), toks, i, text, office)
        return named if named is not office else m  # (else the phrase as parsed: parse_speaker is pure here)
    if m is None or m.name or m.kind != "role":
        return m
    return _name_before(lexicon(), toks, i, text, m)


def _eponym(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> bool:
    """25A: the royal at toks[i] names a body or a place after him ('مستشفى الملك فهد'،
    'مطار الملك خالد الدولي'): no person to register."""
    return royal_named(lx, toks, i, limit) > i or royal_body(lx, toks, i, limit) > i


def _governs_office(role: str) -> bool:
    """Does a role open with a title governing another office in the genitive, right after it
    ('مستشار الرئيس الإيراني'، 'مساعد وزير الخارجية')?"""
    head, _, rest = role.partition(" ")
    if not rest:
        return False
    lx = lexicon()
    return fold(head) in lx.genitive_titles and is_title(lx, fold(rest.split(" ", 1)[0]))


def _name_before(lx: Lexicon, toks: list[Tok], i: int, text: str, m: Mention) -> Mention:
    """The name written just before the title at toks[i], with the role `m`, else `m`."""
    end = i
    if i >= 3 and toks[i - 1].key in _HE_SHE and toks[i - 2].text in ("،", ","):
        end = i - 2  # 'د. انتظار جاسم، وهي أستاذة جامعية': the name before the comma
    for s in range(end - 2, max(-1, end - 7), -1):
        ranked = (
            s > 0
            and not given(lx, toks[s])
            and _rank(lx, toks[s - 1].key)
            and toks[s].word
            and not toks[s].definite
            and toks[s].key not in lx.function_words
            and end - s >= 2
        )
        cued = (
            s > 0
            and 2 <= end - s <= 3
            and toks[i].definite
            and (cue := lx.cue_index.get(toks[s - 1].key)) is not None
            and cue.kind == "verb"
            and cue.tense == "past"
            and all(namelike(lx, t) and t.key != _NOT for t in toks[s:end])
            and not any(given(lx, t) for t in toks[s + 1 : end])  # ('ودعا مادورو خليفة الرئيس')
        )
        if not (given(lx, toks[s]) or ranked or cued) or (s > 0 and toks[s - 1].key in _BIN):
            continue  # (after a rank the name's first word need not be a listed given name:
            # 'د. انتظار جاسم، وهي أستاذة جامعية'; nor right after a cue, the name its
            # subject: 'وقال كورت بوك الرئيس التنفيذي للشركة إنه')
        if any(not toks[k].word for k in range(s, end)):
            return m
        if any(
            toks[k].key[:1] == "و" and given(lx, toks[k]._replace(key=toks[k].key[1:]))
            for k in range(s + 1, end)
        ):
            return m  # 'أحمد خواجة وحامد الأحمدي عضو نادي أحد': two people
        if name_run(lx, toks, s, end, False) == end or (
            ranked and name_run(lx, toks, s + 1, end, True) == end
        ):
            name = join(toks, s, end, text)
            return Mention("person", name, name, m.text, m.gender, m.end)
    return m


_BIN = frozenset(fold(w) for w in ("بن", "ابن", "بنت", "أبو", "ابو", "آل"))
_HE_SHE = frozenset(fold(w) for w in ("وهو", "وهي"))


def _untitled_office(lx: Lexicon, toks: list[Tok], i: int, limit: int, text: str) -> Mention | None:
    """An office the title lists do not hold, in construct with a definite noun, before a name
    opening with a given name: 'مؤلف المسرحية فاروق الشعيبي'، 'مخرج الفيلم محمد ...'."""
    if i + 3 >= limit:
        return None
    head, obj = toks[i], toks[i + 1]
    if (
        not head.word
        or head.definite
        or head.key in lx.function_words
        or head.key in lx.adverbials
        or is_verb(lx, head.key)
        or given(lx, head)
        or head.key[:1] in ("ل", "ب", "ك")  # 'قال لنظيره الروسي فلاديمير بوتن': an addressee
        or not obj.definite
        or obj.key in lx.org_heads
        or is_title(lx, obj.key)  # 'مجمع الملك عبد الله الطبي'، 'كلماتها الشاعر كريم العراقي'
        or obj.key in lx.honorifics
        or not given(lx, toks[i + 2])
    ):
        return None
    n = name_run(lx, toks, i + 2, limit, after_title=True)
    if n - (i + 2) < 2:
        return None
    role = join(toks, i, i + 2, text)
    name = join(toks, i + 2, n, text)
    return Mention("person", join(toks, i, n, text), name, role, None, n)
