"""Name and role runs: where a person's name or a title-headed role starts and ends in a token run.

The word-level judgements the speaker parser rests on: could this token be part of a name
(`namelike`, with corpus-mined given names as positive and not-names as negative evidence), where
a name ends (`name_run`: particles, family names with the article, family names that are common
words), where a role ends (`role_run`: `المتحدث باسم وزارة الصحة في غزة`, construct states,
nisba adjectives, `الرئيس التنفيذي لدورتموند`), and which adverbials a speaker phrase may carry
(`skip_adverbial`: `في بيان`, `لوكالة فرانس برس`, `أمس`).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from akhbar.extract.lexicon import Lexicon, fold, place_key
from akhbar.extract.tokens import QUOTE_OPEN, Tok

__all__ = [
    "BUSINESS",
    "NISBA_ENDS",
    "ROLE_PREPS",
    "STOP_PUNCT",
    "aged",
    "before_nisba",
    "closing",
    "ends_phrase",
    "gazetteer_words",
    "given",
    "is_title",
    "is_verb",
    "join",
    "name_run",
    "namelike",
    "person_words",
    "role_place",
    "role_run",
    "royal_body",
    "royal_named",
    "short_quote_end",
    "skip_adverbial",
    "titles_doc",
    "told",
]


STOP_PUNCT = frozenset(".:;!?؟()[]")

_MAX_NAME = 5

NISBA_ENDS = ("ي", "يه", "يون", "يين", "ون", "ين")

_IN = fold("في")

ROLE_PREPS = frozenset(fold(w) for w in ("في", "لدى", "إلى", "عن"))
_IN_AT = frozenset(fold(w) for w in ("في", "لدى"))  # (not إلى/عن: 'دعا الوزير إلى «...»' is the call)

_BISM = frozenset(fold(w) for w in ("باسم", "باسمه", "باسمها"))

_ALI = "علي"  # the name, not the preposition على (the two fold alike)
_IMAM = frozenset(("إمام", "وإمام"))  # 26A: the title as written, not the preposition أمام (they fold alike)

_THATS = frozenset(["ان", "انه", "انها", "انهم", "اننا", "بان", "بانه", "بانها"])

# statements as adverbials: 'في بيان'، 'في تصريحات'، 'في تغريدة' (not 'في وقت سابق')
_STATEMENT_ADVERBIALS = frozenset(
    fold(w)
    for w in (
        "بيان",
        "تصريح",
        "تصريحات",
        "مؤتمر",
        "تغريدة",
        "حديث",
        "مقابلة",
        "لقاء",
        "كلمة",
        "رسالة",
        "حوار",
    )
)


def join(toks: list[Tok], a: int, b: int, text: str) -> str:
    """The phrase toks[a:b] as written, without the marks of a hashtag (#مجلس_الغرف -> مجلس الغرف)."""
    if b <= a:
        return ""
    s = text[toks[a].start : toks[b - 1].end]
    if "#" in s or "_" in s:
        s = " ".join(s.replace("#", " ").replace("_", " ").split())
    return s


def is_title(lx: Lexicon, key: str) -> bool:
    return key in lx.title_heads  # (titles_m | titles_f | honorifics, by construction: one lookup)


_NEVER: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _never_names(lx: Lexicon) -> frozenset[str]:
    """Function words, adverbials, titles, heads, cues, states and media: never a name's word
    (one set, built once per lexicon, for `namelike`'s hot path)."""
    got = _NEVER.get(id(lx))
    if got is None or got[0] is not lx:
        got = _NEVER[id(lx)] = (
            lx,
            frozenset().union(
                lx.function_words,
                lx.adverbials,
                lx.adverbial_nouns,
                _BISM,
                lx.titles_m,
                lx.titles_f,
                lx.honorifics,
                lx.org_heads,
                lx.group_heads,
                lx.cues,
                lx.states,
                lx.media - lx.media_names,
                _BLESSING,
            ),
        )
    return got[1]


_BLESSING = frozenset(fold(w) for w in ("صلى", "رضي"))  # 'رسول الله صلى الله عليه وسلم': no name's


# namelike's answers by (text, key, continuing) for one lexicon: a word is tested again and again
_NAMELIKE: dict[int, tuple[Lexicon, dict[tuple[str, str, bool], bool]]] = {}


def namelike(lx: Lexicon, tok: Tok, cont: bool = False) -> bool:
    """Could this token start or continue a person's name?"""
    key = tok.key
    if len(key) < 2 or not key[0].isalpha() or tok.definite:
        return False
    if tok.text == _ALI:
        return True
    memo = _NAMELIKE.get(id(lx))
    if memo is None or memo[0] is not lx:
        memo = _NAMELIKE[id(lx)] = (lx, {})
    seen = memo[1]
    ask = (tok.text, key, cont)
    got = seen.get(ask)
    if got is None:
        got = _namelike(lx, tok, key, cont)
        if len(seen) >= 50_000:
            seen.clear()
        seen[ask] = got
    return got


def _namelike(lx: Lexicon, tok: Tok, key: str, cont: bool) -> bool:
    """`namelike` past its cheap tests (the token is not definite)."""
    if key in _never_names(lx):
        return False
    if key.endswith(lx.theophoric) and len(key) > 4:
        return True  # عبدالله، نصرالله، عبدالرحمن written as one word: a name, not a pronoun suffix
    if tok.text.endswith(("ًا", "اً", "ًً")):
        return False  # accusative tanween: a noun or participle, not a name
    if (
        len(key) > 3
        and tok.text.endswith(("ه", "ها", "هم", "هما"))
        and not (tok.text[-1] == "ه" and key in lx.given_names)
        and not (tok.text.endswith("ييه") and len(key) > 4 and key[0] not in "يت")
    ):
        return False  # a pronoun suffix (but جوزيه، ديدييه، أندريه، فاطمه are listed given names;
        # 22J: French names in -ier written ييه are no pronoun: فوكييه، بارنييه، فورنييه، غوتييه)
    if tok.text.startswith(("بأ", "بإ") if not cont else ("بأ", "بإ", "لأ", "لإ", "كأ")):
        return False  # 'خامنئي بأدولف هتلر': a preposition on the next phrase (26E: also the first
        # word, 'طالب بإيجاد مواقع': the cue's object; لإ may open a source 'وفقا لإبراهيم كالين')
    if key in lx.given_names:
        return True  # often opens a name after a title (باراك، محمود), whatever else it may mean
    if _particle_compound(lx, tok.text, key, cont):
        return False  # 'مما يؤكد'، 'حسبما أعلن'، 'وهذا يؤكد'، 'ولكن': a function word, never a name
    if len(key) == 6 and key.startswith("است") and not any(c in "اوي" for c in key[3:]):
        return False  # a perfect of form X (استعمل، استنكر، استبعد): a verb, never a name
    if _conjoined(lx, key):
        return False  # 'والباحث'، 'وأمين عام': و on an office or a definite word opens a new phrase
    if key[0] == "ف" and key in lx.cue_index and not (cont and key[1:] in lx.not_names):
        return False  # 'أما الوزير فقال'، 'أما الرئيس حسن روحاني فأكد': a cue after ف, not a
        # name's word (but inside a name one that reads as ف + a noun goes on: 'مارك فراي')
    if _accusative(lx, key):
        return False  # 'وجه الرئيس تحذيرا جديدا': a common noun in the accusative, its tanween unwritten
    if key in lx.not_names and not (cont and key.endswith("ي")):
        return False  # (a family name like قاسمي may double as a common adjective)
    stem = key[1:]
    return not (
        key[0] in ("بلو" if cont else "بلوف")  # ف does not glue to a noun inside a name (مارك فراي)
        and len(stem) >= 2
        and (
            stem in lx.not_names
            or stem in lx.media
            or stem in lx.org_heads
            or stem.startswith("ال")
            or (cont and stem in _DEMONSTRATIVES)  # 'الأمير سعود بما يحقق': بـ on ما (not بلان، لولا)
        )
    )


_AT = fold("ات")
_MA_HOSTS = frozenset(fold(w) for w in ("م", "ع", "حسب", "بعد", "قبل", "كل", "طال", "رب", "مثل", "بين", "في"))
# the words ما joins into one (مما = من + ما، عما، حسبما، بعدما، كلما، طالما، مثلما)
_LAMA = fold("لما")


@lru_cache(maxsize=1)
def _function_forms() -> frozenset[str]:
    """The function words as written (hamza kept: أي، أم، لأن), for a preposition glued to one."""
    return frozenset(titles_doc()["function_words"]["forms"])


def _particle_compound(lx: Lexicon, text: str, key: str, cont: bool) -> bool:
    """A function word with و/ف on it (وما، وهذا، ولكن، فهي، وبعدما), ما joined to its host (مما،
    حسبما، بعدما، مثلما), or, opening a phrase, a preposition on one as written (بكل، بذلك، لكل):
    never a name's word. (Not بلان، لاي، كام، لولا، لما: names, whose tail is a function word
    only once folded, or the given name Lama.)"""
    if len(key) < 3:
        return False
    if key[0] in "وف" and key[1:3] != "ال":
        key = key[1:]
        if key in lx.function_words:
            return True
    elif not cont and key[0] in "بلك" and key[1] != "و" and text[1:] in _function_forms():
        return key != _LAMA
    return key[-2:] == "ما" and (key[:-2] in _MA_HOSTS or (len(key) > 3 and key[:-2] in lx.function_words))


def _accusative(lx: Lexicon, key: str) -> bool:
    """A common noun with the accusative alef of an unwritten tanween (تحذيرا، مؤتمرا، رسميا)."""
    return (
        len(key) > 4
        and key[-1] == "ا"
        and key[:-1] in lx.not_names
        and key not in lx.given_names
        and key[:-1] not in lx.given_names
    )


def _conjoined(lx: Lexicon, key: str) -> bool:
    """و on a definite word, a title or an institution (والباحث، وأمين، ووزارة): a second phrase
    joined to the first, never a name's word."""
    if key[:1] != "و" or len(key) < 4:
        return False
    stem = key[1:]
    return (stem.startswith("ال") and len(stem) > 3) or is_title(lx, stem) or stem in lx.org_heads


@lru_cache(maxsize=1)
def titles_doc() -> dict[str, Any]:
    """titles.json, for the sections the lexicon does not load (read once)."""
    doc = json.loads(resources.files("akhbar.data").joinpath("titles.json").read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


@lru_cache(maxsize=1)
def _over_titles() -> frozenset[str]:
    """Titles whose office is over something (المشرف العام على ...: titles.json over_titles)."""
    return frozenset(fold(w) for w in titles_doc()["over_titles"]["forms"])


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Corpus-mined verbs (data/verbs.txt, tools/mine_speakers.py verbs), loaded once."""
    path = resources.files("akhbar.data").joinpath("verbs.txt")
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_verb(lx: Lexicon, key: str) -> bool:
    """A mined verb form (verbs.txt), with or without the future سـ."""
    return _verb(lx, key)


def _verb(lx: Lexicon, key: str) -> bool:
    """A mined verb, or the future سـ on one (سيغيب، ستعلن), and no given name."""
    verbs = _verbs()
    return key not in lx.given_names and (
        key in verbs or (key[:1] == "س" and len(key) > 3 and key[1:] in verbs)
    )


def name_run(lx: Lexicon, toks: list[Tok], i: int, limit: int, after_title: bool) -> int:
    """End index of a person's name starting at `i` (== i when there is none)."""
    j = i
    while j < limit and (
        j - i < _MAX_NAME or j - i < _MAX_NAME + min(3, sum(t.key in lx.particles for t in toks[i + 1 : j]))
    ):
        tok = toks[j]  # (name particles do not count: 'عبد اللطيف بن عبد الملك آل الشيخ')
        if j > i and tok.key in _WEEKDAYS:
            break  # 22F: 'وقال أوباما الثلاثاء إن': the day, no family name
        if (
            j == i
            and len(tok.key) == 4
            and tok.key[-1] == "ا"
            and tok.key[:-1] in lx.not_names
            and tok.key not in lx.given_names
            and tok.key not in person_words()  # (رينا روتيما)
            and j + 1 < limit
            and _accusative_goes_on(lx, toks[j + 1])
        ):
            break  # 25M: 'ووقع الحارس البرازيلي عقدا جديدا': a noun and its adjective in the accusative;
            # 26C: also right after the cue, or before its genitive in لـ ('وتوقع سعرا لخام برنت')
        if j > i and tok.key in _AGED and aged(toks, j, limit):
            break  # 25L: 'كيم البالغ من العمر 66 عاما': his age, no family name
        if j > i and tok.key == _NOT:
            if j == i + 1:
                return i  # 23E: 'فضل عدم الكشف عن هويته'، 'طلب عدم ذكر اسمه': a verb or a noun
            break  # governing 'not ...' (a source's request), never a name's words; after two
            # words the cue's object: 'الدكتور خالد مرغلاني عدم صحة التغريدات'
        if (
            j == i
            and after_title
            and tok.key == _LI
            and j + 2 < limit
            and namelike(lx, toks[j + 1], cont=True)
            and toks[j + 1].key not in lx.given_names
            and (namelike(lx, toks[j + 2], cont=True) or _ends_phrase(lx, toks, j + 2, limit))
        ):
            j += 1  # 'رئيس وزراء سنغافورة لي هسيين لونج': the family name Li/Lee, not 'to me'
            continue
        if (
            j == i
            and after_title
            and i > 0
            and toks[i - 1].key in lx.honorifics
            and tok.key in lx.given_names
        ):
            j += 1  # 25E: 'أمير الكويت الشيخ صباح الأحمد': a listed given name that is also an
            continue  # adverbial (صباح, morning) opens the name straight after an honorific
        if j == i and after_title and tok.text == _ALA and _ali_before(lx, toks, j, limit):
            j += 1  # 22I: 'آية الله على خامنئي'، 'الرئيس السابق على عبد الله صالح': the name علي
            continue  # spelt with ى (as Egyptian spelling writes it), not the preposition
        if (j - i >= 2 or (j - i == 1 and len(tok.key) > 3 and not _given(lx, toks[i]))) and _verb(
            lx, tok.key
        ):
            break  # 'محمد بن سلمان يرفض'، 'ترمب حدّد': the name's clause goes on with its verb
        if (
            j == i
            and after_title
            and tok.key[:1] in "يت"
            and len(tok.key) > 3
            and (_verb(lx, tok.key) or (tok.key[1:3] == "ست" and len(tok.key) >= 6))
            and not (j + 1 < limit and toks[j + 1].key in _BIN)  # (يزيد بن فهد: a name)
        ):  # (a present of form X, يستنكر، تستعد, whether mined or not)
            break  # 'لاعب أوليمبي يحمل ميدالية': a present verb after an office opens no name
        if (
            j == i
            and after_title
            and tok.text[:1] == "أ"  # (a form IV past: أصبحت، أكدت; not ساريت، مارغريت)
            and tok.key[-1:] == "ت"
            and len(tok.key) > 4
            and _verb(lx, tok.key[:-1])
            and not _given(lx, tok)
            and not (j + 1 < limit and toks[j + 1].key in _BIN)
        ):
            break  # 'إن الممثلة أصبحت حرة': a feminine past verb after an office opens no name
        prev = toks[j - 1].key if j > i else ""
        if (
            j - i >= 3
            and toks[j - 2].text in _AL
            and toks[j - 1].word
            and not (tok.definite and tok.key.endswith("ي"))  # (آل جرمان الشهراني: the tribe)
        ):
            break  # 'محمد بن سلمان آل سعود حرص': a family's name after آل ends the name
        if tok.text in _NOT_VAN:
            break  # 'علي حدادي فإن الفريق': the particle فإن, not the name particle فان (Van)
        if j > i and tok.key in lx.kin and tok.key not in lx.particles and not _given(lx, tok):
            break  # 22L: 'روى عايض عسيري شقيق العريف ...': the kin of another, after the name
        if (
            j > i
            and toks[j - 1].definite
            and prev not in lx.compound_seconds
            and not (j - 2 >= i and toks[j - 2].key in lx.particles)  # أبو الفضل شكارجي
            and tok.key not in lx.particles
            and tok.key not in _BIN
        ):
            break  # 'عبدالكريم المنصوري أولوية': after a family name with the article the name ends
        if j > i and (
            (tok.key in lx.particles and tok.text != _ABE)
            or (
                prev in lx.particles
                and toks[j - 1].text != _ABE
                and tok.word
                and tok.key not in lx.function_words
                # 'وانغ دي سفير الصين' (not آل الشيخ); after بن a name whatever it reads as
                # ('خالد بن مساعد'، 'أحمد بن مشرف': not a title there)
                and not (is_title(lx, tok.key) and not tok.definite and prev not in _BIN)
            )
        ):
            j += 1
            continue
        if tok.key in lx.particles and tok.text != _ABE and j + 1 < limit and toks[j + 1].word:
            j += 1
            continue
        if tok.key == _FIRST and j > i and j + 1 < limit and toks[j + 1].key in _DAY_BEFORE:
            break  # 'ديفيد كاميرون أول من أمس': the day before yesterday, no surname
        if (
            namelike(lx, tok, cont=j > i)
            or (after_title and j == i and before_nisba(lx, toks, j, limit))
            or _before_bin(lx, toks, j, limit)
        ):
            j += 1
            continue
        if (
            j > i
            and tok.word
            and tok.key in lx.not_names
            # a third word so only before a mark ('محروس بن أحمد غبان،'), a function word ('عبد
            # الغفار شكر من') or a title ('بدران جيا كرد المستشار'), not before the clause's next
            # word ('ألقى إياد مدني كلمة قال فيها'، 'أعلن دونالد ترامب انسحاب الولايات')
            and (j - i == 1 or len(tok.key) == 2 or tok.key.endswith("ي") or _name_end(lx, toks, j + 1))
            and not _ends_phrase(lx, toks, j, limit)
            and _before_boundary(lx, toks, j + 1, limit)
            and not (
                j - i >= 2 and (tok.text[-1:] == "ة" or tok.key[-2:] == _AT) and tok.key not in person_words()
            )
        ):  # (22K: not a third word in ة no person bears: 'وجه نتنياهو تهنئة إلى'، 'مدني كلمة أشار';
            # 24B: nor a plural in ات: 'انتقد الرئيس محمد علي تصريحات الوزير'، 'ترامب اتهامات')
            j += 1  # a family name that is also a common word (عدنان حزام، علي أكبر ولايتي)
            continue
        # the second half of a compound name (حسن نصر الله، صلاح الدين، عبد الرحمن)
        if j > i and tok.key in lx.compound_seconds and toks[j - 1].word:
            j += 1
            continue
        if j == i + 1 and tok.definite and _given(lx, toks[i]) and (k := _lineage(lx, toks, j, limit)) > j:
            j = k  # 25E: 'الشيخ صباح الأحمد الجابر الصباح': the father's and the family's names
            break
        # a family name with the article (مية الجريبي، محمود الهباش) continues a started name:
        # a nisba, or after a known given name or two name words (not 'منفذي الهجوم')
        if (
            j > i
            and tok.definite
            and not is_title(lx, tok.key)
            and tok.key not in lx.org_heads
            and tok.key not in lx.relatives
            and tok.key not in _TIME_NOUNS  # 25E: 'هاري العام الماضي'، 'محمد اليوم إن'
            and not (tok.text[:2] == "لل" and told(lx, tok))  # 25J: 'مهدي للصحفيين': whom he told
            and (
                tok.key.endswith("ي")
                or (
                    j - i >= 2
                    and toks[j - 2].key in _BIN
                    and (
                        tok.key.endswith("ي")
                        or tok.key[2:] not in lx.not_names
                        or tok.key in person_words()
                        or _ends_phrase(lx, toks, j + 1, limit)
                    )  # (not 'فهد بن معمر الاجتماع'، 'تركي بن فهد الشكر': the cue's object)
                )  # عبدالرحمن بن عبدالله العبدالجبار
                or (
                    j - i >= 2
                    and toks[j - 1].key in lx.compound_seconds
                    and toks[j - 2].word
                    and not tok.key.endswith("يه")  # (الرياضية: an adjective)
                    and not (tok.key[:3] == "الت" and tok.key[2:] in lx.not_names)  # (التحكم: a masdar)
                    and _ends_phrase(lx, toks, j + 1, limit)
                )  # 'الدكتور عبد الله الربيعة أن': a family name after a compound given name
                or (
                    j == i + 1
                    and _given(lx, toks[i])
                    and not (tok.text.endswith("ية") and tok.key[2:] in lx.not_names)  # 'عبدالله الاقتصادية'
                    and (
                        _ends_phrase(lx, toks, j + 1, limit)
                        or (tok.text[:2] != "لل" and _glued_preposition(lx, toks, j + 1, limit))
                        or (
                            tok.text[:2] != "لل"
                            and (tok.key[2:] not in lx.not_names or tok.key in person_words())
                            and _glued_article(lx, toks, j + 1, limit)
                        )  # (26B: not 'جيمس الملقب بالملك'، 'إبراهيم للالتحاق بالتنظيم')
                        or (
                            (tok.key in person_words() or tok.key[2:] in lx.given_names)
                            and _object_opens(lx, toks, j + 1, limit)
                        )  # (25F: a family name that is a given name's: 'حمد العمر استمرار')
                    )  # (24C: not 'الأمير سعود للكتابين بكلمة': لل is to whom, no family name)
                )
            )
        ):
            j += 1
            continue
        break
    while (
        j > i
        and toks[j - 1].key in lx.particles
        and toks[j - 1].text != _ABE
        and not (j < limit and is_title(lx, toks[j].key) and not toks[j].definite)
    ):
        j -= 1  # (but 'وانغ دي سفير الصين': a particle-like surname before the role stays)
    if (
        j > i
        and j < limit
        and toks[j].definite
        and not (j - i >= 2 and toks[j].text.startswith("لل"))  # 'هوغان جيدلي للصحفيين': to whom
        and not _boundary(lx, toks[j])
        and not (toks[j].key in _AGED and aged(toks, j, limit))  # 25L: 'كيم البالغ من العمر'
        and not (j - i >= 2 and (_given(lx, toks[i]) or toks[i].key == _LI))  # 'وصف ... دونالد ترامب الاتفاق'
        and not (after_title and _object_after(lx, toks, i, j))
    ):
        return i  # 'منفذي الهجوم', 'اكتمال مجمل الاستعدادات': a noun phrase, not a name
    return j


@lru_cache(maxsize=4)
def gazetteer_words(labels: frozenset[str]) -> frozenset[str]:
    """Folded words that the corpus-mined NER gazetteer (data/ner_gazetteer.tsv: word, label,
    share of its nearest neighbours) gives one of `labels` at least half the time."""
    try:
        lines = resources.files("akhbar.data").joinpath("ner_gazetteer.tsv").read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    out = set()
    for line in lines.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[1] in labels:
            try:
                if float(parts[2]) >= 0.5:
                    out.add(parts[0])
            except ValueError:
                continue
    return frozenset(out)


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Words the mined gazetteer calls a person's: family names with the article (الجبري،
    السديس، الشريم) that are also common words, and surnames written alone (ترامب، روحاني)."""
    return gazetteer_words(_PER)


_PER = frozenset(["PER"])


_AL = frozenset(["آل", "ال", "أل"])  # the family particle written alone (آل سعود)
_NOT_VAN = frozenset(["فإن", "فأن"])
_FIRST = fold("أول")
_DAY_BEFORE = frozenset(fold(w) for w in ("من", "أمس", "امس"))


def _name_end(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """May a name end before toks[k]? (the text's end, a mark but an opening quote - 'وسام حمدان
    جدارة "الأخضر"' -, a function word, a name particle, an adverbial or a title)"""
    if k >= len(toks):
        return True
    tok = toks[k]
    if not tok.word:
        return tok.text not in QUOTE_OPEN
    return (
        tok.key in lx.function_words
        or tok.key in lx.particles  # 'لويس إيناسيو لولا دا سيلفا'
        or tok.key in lx.adverbials
        or is_title(lx, tok.key)
    )


def _object_after(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """After a title, a two-word name (a word that is no common noun, then a family name with the
    article ending in ي that is no common adjective) followed by a common noun with the article:
    the noun is the cue's object ('كشف المتحدث الرسمي بمؤسسة النقد فادي العجاجي السبب وراء')."""
    return (
        j - i == 2
        and not toks[i].definite
        and toks[i].key not in lx.not_names
        and toks[i + 1].definite
        and toks[i + 1].key.endswith("ي")
        and toks[i + 1].key.removeprefix("ال") not in lx.not_names  # not 'مهرجان كام السينمائي الدولي'
        and toks[j].key.removeprefix("ال") in lx.not_names
    )


# After a name word, بـ/لـ/و on these opens the next phrase ('أشاد الأمير سعود بما يوليه').
_DEMONSTRATIVES = frozenset(fold(w) for w in ("ما", "هذا", "هذه", "ذلك", "تلك", "هؤلاء"))


def given(lx: Lexicon, tok: Tok) -> bool:
    """A mined given name (or علي as written): what opens a name written without a title."""
    return _given(lx, tok)


def _given(lx: Lexicon, tok: Tok) -> bool:
    """A mined given name, or علي as written (the mined list cannot hold it: its key is also the
    preposition على's), so that 'علي الشعيلان' reads as a name like 'محمد الشعيلان'."""
    return tok.key in lx.given_names or tok.text == _ALI


_BIN = frozenset(["بن", "ابن"])
# 22F: the days a role or a name never holds: the time of the statement (not الخميس، الجمعة
# after a name, which are family names too: 'محمد الخميس'، 'عادل الجمعة')
_WEEKDAYS = frozenset(fold(w) for w in ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء"))
_NAME_DAYS = frozenset(fold(w) for w in ("الخميس", "الجمعة"))
_ALL_DAYS = _WEEKDAYS | _NAME_DAYS
_THE_SERVANT = fold("العبد")
_AGED = frozenset(fold(w) for w in ("البالغ", "البالغة"))
_OF = fold("من")
_THE_AGE = fold("العمر")


def aged(toks: list[Tok], j: int, limit: int) -> bool:
    """25L: does an age apposition open at j ('البالغ/البالغة من العمر N عاما')?"""
    return toks[j].key in _AGED and j + 2 < limit and toks[j + 1].key == _OF and toks[j + 2].key == _THE_AGE


_ABE = "آبي"  # 25H: a name (شينزو آبي، آبي أحمد), not the particle أبي it folds like
# 25E: time nouns with the article that no family name is (not الماضي، المقبل: family names too)
_TIME_NOUNS = frozenset(fold(w) for w in ("اليوم", "الآن", "العام", "الليلة", "الأسبوع", "الشهر"))
_TODAY = fold("اليوم")
_DAY_KEYS = _ALL_DAYS | frozenset((_TODAY, fold("أمس")))  # (one set lookup before `_day`)


def _day(toks: list[Tok], j: int) -> bool:
    """22F: is toks[j] the statement's day inside a role ('مسؤول عراقي الجمعة'، 'اليوم السبت')?
    الخميس and الجمعة only after a nisba ('خطيب الجمعة' is an office, 'الجمعية' misspelt a body)."""
    key = toks[j].key
    return (
        key in _WEEKDAYS
        or key == _YESTERDAY
        or (key in _NAME_DAYS and toks[j - 1].key.endswith(_NISBA_KEYS))
        or (key == _TODAY and j + 1 < len(toks) and toks[j + 1].key in _ALL_DAYS)  # 'اليوم السبت'
    )


BUSINESS = fold("أعمال")  # مدير أعمال، وكيل أعمال: a business manager, an agent
_LI = fold("لي")  # Li, Lee: a family name that reads as the preposition لي
_ALA = "على"  # as written: the preposition, or the name علي spelt with ى
_ABD_ = fold("عبد")
_GOD = fold("الله")  # آية الله


def _ali_before(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """22I: is 'على' at j the name علي: after 'آية الله' and before a word the mined gazetteer
    calls a person's and no common noun (خامنئي، السيستاني), or before عبد... ('على عبد الله
    صالح')? Not 'ردت المتحدثة ... على ترامب' (replied to him)."""
    k = j + 1
    if k >= limit or not toks[k].word:
        return False
    key = toks[k].key
    return key.startswith(_ABD_) or (
        j > 0 and toks[j - 1].key == _GOD and key in person_words() and key not in lx.not_names
    )


def _before_bin(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """A plain word before بن/ابن and another word is a given name (فالح بن راجس), whatever
    else it may spell."""
    tok = toks[j]
    return (
        j + 2 < limit
        and toks[j + 1].key in _BIN
        and toks[j + 2].word
        and tok.word
        and not tok.definite
        and len(tok.key) > 2
        and tok.key not in lx.function_words
        and tok.key not in lx.cues
        and not is_title(lx, tok.key)
    )


def before_nisba(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """After a title, a plain word before a family nisba or a name word that ends the phrase opens
    a name (مية الجريبي، صائب عريقات)."""
    tok = toks[j]
    if (
        j + 1 >= limit
        or not tok.word
        or tok.definite
        or len(tok.key) < 3
        or _conjoined(lx, tok.key)
        or _accusative(lx, tok.key)
    ):
        return False
    stem = tok.key[1:]
    if (
        tok.key[0] in "بلفك"
        and len(stem) > 2
        and tok.key not in lx.given_names
        and (stem in lx.not_names or stem in lx.org_heads or stem.startswith("ال"))
    ):
        return False  # 'بجامعة كولومبيا': a preposition on a common word, not a given name
    nxt = toks[j + 1]
    return (
        (
            (nxt.definite and nxt.key.endswith("ي") and not _boundary(lx, nxt))
            or (not nxt.definite and namelike(lx, nxt, cont=True) and nxt.key not in lx.not_names)
        )
        and tok.key not in lx.function_words
        and tok.key not in lx.adverbials
        and tok.key not in lx.adverbial_nouns
        and tok.key not in lx.cues
        and not is_title(lx, tok.key)
        and tok.key not in lx.org_heads
        and (_ends_phrase(lx, toks, j + 2, limit) or told(lx, toks[j + 2]))
    )


def _accusative_goes_on(lx: Lexicon, tok: Tok) -> bool:
    """After a 4-letter noun in ا: its indefinite adjective in ا ('عقدا جديدا'، 'حقا بسيطا') or a
    phrase in لـ on a common noun ('سعرا لخام'، 'رمزا لقوة'), not whom one told ('لوكالة')."""
    key = tok.key
    if tok.definite or not tok.word:
        return False
    if key[-1:] == "ا":
        return True
    return key[:1] == "ل" and len(key) > 3 and key[1:] in lx.not_names and not told(lx, tok)


def told(lx: Lexicon, tok: Tok) -> bool:
    """Is tok whom the speaker told, after their name ('ليو دوبس لوسائل الإعلام'، 'للصحفيين'،
    'لوكالة')? لـ + a listed media noun or the press's people (not 'للبراكين'، 'للأبحاث')."""
    key = tok.key
    if not tok.word or key[:1] != "ل":
        return False
    if key[:2] == "لل":
        key = "ل" + key[2:]  # 'للصحفيين' is ل + 'الصحفيين': the noun as listed without the article
    return key[1:] in lx.media or key[1:] in lx.addressees or "ال" + key[1:] in lx.media


def _closing(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """Does the phrase stop at j whatever it holds: the end, a mark, a function word, a
    complementizer, an adverbial or a cue?"""
    if j >= limit or not toks[j].word:
        return True
    key = toks[j].key
    return key in lx.function_words or key in _THATS or key in lx.adverbials or key in lx.cues


def closing(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """`_closing` for the speaker parser: does a phrase stop at j whatever it holds?"""
    return _closing(lx, toks, j, limit)


def ends_phrase(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """`_ends_phrase` for the speaker parser: may a name end at j (`closing`, or a title, a
    state or an institution)?"""
    return _ends_phrase(lx, toks, j, limit)


def _ends_phrase(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    if _closing(lx, toks, j, limit):
        return True
    key = toks[j].key
    return is_title(lx, key) or key in lx.states or key in lx.org_heads or key in lx.group_heads


def _glued_preposition(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """24C: does a phrase open at j with بـ/لـ glued to a common noun ('خالد العمر بمشاركة
    المحافظ'، 'سامي الحسن لصحيفة')? After a given name and a family name with the article the
    name ends there."""
    if j >= limit or not toks[j].word:
        return False
    key = toks[j].key
    return key[:1] in "بل" and len(key) > 3 and key[1:] in lx.not_names


def _glued_article(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """26B: does a phrase open at j with بال/لل on a common noun ('السديس بالشباب'، 'الزيد
    بالمهرجان')? After a given name and a family name with the article the name ends there."""
    if j >= limit or not toks[j].word:
        return False
    key = toks[j].key
    if key[:3] == "بال":
        return len(key) > 5 and key[3:] in lx.not_names
    return key[:2] == "لل" and len(key) > 4 and key[2:] in lx.not_names


def _lineage(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> int:
    """25E: end of two or three family names with the article from j, each a given name's
    (الأحمد، الجابر، الصباح) or a person's (person_words), that close the phrase; else j. A Gulf
    name chains the father's and the family's names so ('الشيخ صباح الأحمد الجابر الصباح'،
    'صباح الخالد الحمد الصباح')."""
    k = j
    while k < limit and k - j < 3 and toks[k].definite and toks[k].word:
        key = toks[k].key
        if (
            not (key[2:] in lx.given_names or key in person_words())
            or key in lx.adverbials
            or key in lx.function_words
            or key in lx.relatives
            or (key in lx.compound_seconds and toks[k - 1].key != _THE_SERVANT)
        ):
            return j  # ('عبدالله العنزي التي'، 'يحيى الأحمري الحمد الله يرحم': no family names;
            # but 'محمد العبد الله الصباح')
        k += 1
        if k - j >= 2 and _ends_phrase(lx, toks, k, limit):
            return k
    return j


def _object_opens(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """25B: does the cue's object open at j with an indefinite common noun in construct ('خالد
    الفالح وجود مشروعين'، 'أنور البراك عدم تنفيذ'، 'رفعت قمصان إجراء الانتخابات')? After a given
    name and a family name persons bear (person_words) the name ends there."""
    if j + 1 >= limit or not toks[j].word or not toks[j + 1].word:
        return False
    tok = toks[j]
    return (
        (tok.key == _NOT or tok.key in lx.not_names)
        and not tok.definite
        and tok.key not in lx.given_names
        and tok.key[:1] not in "فبل"  # (a glued preposition or ف: another phrase)
        and not _verb(lx, tok.key)
    )


def _before_boundary(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """Does a phrase boundary come at j, or right after one more name word?"""
    if _ends_phrase(lx, toks, j, limit):
        return True
    return namelike(lx, toks[j], cont=True) and _ends_phrase(lx, toks, j + 1, limit)


def _boundary(lx: Lexicon, tok: Tok) -> bool:
    """May a definite word follow a name? (a title or institution may; a common noun may not)."""
    key = tok.key
    return (
        is_title(lx, key)
        or key in lx.org_heads
        or key in lx.group_heads
        or key in lx.adverbials
        or key in lx.relatives
    )


def conjunct_genitive(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """23B: و + a definite noun right after a definite genitive of the office or body headed at
    `i` is a second genitive of the same head ('وزير الصناعة والتجارة'، 'إدارة الغذاء والدواء'،
    'هيئة الأوراق المالية والبورصات'), not a second speaker: not a title ('والمتحدث'), a body
    head, a group, a state or a place ('والجيش'، 'والولايات'), nor a father ('والده')."""
    tok = toks[j]
    key = tok.key
    prev = toks[j - 1]
    if not (
        tok.word
        and tok.text[:3] == "وال"
        and len(key) > 5
        and j - 1 > i
        and (prev.definite or prev.text[:3] == "وال")  # ('الصناعة والتجارة والتموين': a chain)
        and not key.endswith(_NISBA_CONJ)  # (a nisba conjunct is the adjectives' business)
    ):
        return False
    noun = key[1:]
    bare = noun[2:]
    return not (
        noun in lx.title_heads
        or noun in lx.org_heads
        or bare in lx.org_heads
        or noun in lx.group_heads
        or bare in lx.group_heads
        or noun in lx.states
        or noun in lx.countries
        or place_key(noun) in lx.places
        or noun in lx.relatives
        or noun in lx.cues
        or key.startswith(_FATHER)
    )


_NISBA_CONJ = ("ي", "يه", "يين", "يون")  # (not ون/ين: 'والتموين'، 'والمواطنين')
_FATHER = fold("والده")  # (والدة، والده، والدها: a relation, never 'and the ...')


def role_run(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """End index of a role phrase headed by the title at `i`."""
    j = i + 1
    head_indef = not toks[i].definite
    while j < limit:
        tok = toks[j]
        key = tok.key
        if key in lx.relatives:
            break  # 'وقال المدافع الذي اعتزل ...': a relative clause about the office holder
        if key in _AGED and aged(toks, j, limit):
            break  # 25L: 'المتزلجة الفرنسية البالغة من العمر 22 عاما': her age, no office word
        if key in _DAY_KEYS and _day(toks, j):
            break  # 22F: 'وقال مسؤول كوري جنوبي الجمعة إن'، 'متحدث باسمه أمس': when, not the office
        if key[:1] == "ل" and (
            key[1:] in lx.media
            or (key[:2] == "لل" and "ا" + key[1:] in lx.media)
            or (key[:2] == "لل" and j > i + 1 and told(lx, tok))  # 25J: 'الناطق ... للوكالة'
        ):
            break  # 'مسؤول لـCNN'، 'مسؤول لرويترز', 'الوزير للصحافيين': who was told, not the office
        if (
            tok.definite
            and j > i + 1
            and (key in lx.titles_m or key in lx.titles_f)
            and key not in lx.honorifics
            and (toks[j - 1].definite or toks[j - 1].key in lx.states)
            and toks[j - 1].key not in _BISM
        ):
            break  # 'شبه ولي عهد السعودية المرشد الأعلى ...': the object, a second person
        if key == BUSINESS and is_title(lx, toks[j - 1].key) and not toks[j - 1].definite:
            j += 1  # 'مدير أعمال'، 'وكيل أعمال': an agent (whose client's name follows)
        elif key in lx.office_complements.get(toks[j - 1].key, ()):
            j += 1  # 22C: 'القائم بالأعمال الأميركي'، 'القائم بأعمال السفارة': the chargé d'affaires
        elif (
            key == lx.first
            and toks[j - 1].key in lx.first_class_ranks
            and j + 1 < limit
            and (toks[j + 1].key in lx.honorifics or namelike(lx, toks[j + 1]))
        ):
            j += 1  # 'الجندي أول محمد الشهري'، 'الفريق أول ركن': the rank's grade, not a name
        elif (
            key in lx.eponyms
            and (k := max(royal_named(lx, toks, j, limit), royal_body(lx, toks, j, limit))) > j
        ):
            j = k  # 'مدير مدينة الملك عبدالله الرياضية': an institution named after a king
        elif key in _GENERAL and j > i + 1 and not toks[j - 1].definite and is_title(lx, toks[j - 1].key):
            j += 1  # 23D: 'رئيس الهيئة ... أمين عام مجلس التنمية': a second office's 'general'
        elif is_title(lx, key) or key in _BISM or conjunct_genitive(lx, toks, i, j):
            j += 1
        elif toks[j - 1].key in _BISM and tok.word and key not in lx.function_words:
            j += 1  # المتحدث باسم وزارة ...
        elif (
            tok.definite
            or (key in lx.org_heads and not namelike(lx, tok))
            or (
                key.startswith("ل")
                and key[1:] not in lx.media
                and (key[1:] in lx.org_heads or key[1:] in lx.group_heads)
            )
        ):
            j += 1
        elif key in ROLE_PREPS and j + 1 < limit and role_place(lx, toks[j + 1], loose=True):
            j += 2
        elif (
            tok.text == "على"
            and j + 1 < limit
            and (
                toks[j + 1].definite
                or (  # 'المشرف على أعمال العيد': an indefinite noun in construct
                    j + 2 < limit
                    and toks[j + 2].definite
                    and not is_title(lx, toks[j + 2].key)  # (كرسي المهندس عبدالله بقشان: its name)
                    and toks[j + 1].word
                    and not given(lx, toks[j + 1])
                    and not is_title(lx, toks[j + 1].key)
                    and toks[j + 1].key not in lx.function_words
                    and not is_verb(lx, toks[j + 1].key)
                )
            )
            and (
                toks[j - 1].key in _over_titles()
                or (toks[j - 1].key in _GENERAL_DEF and toks[j - 2].key in _over_titles())
            )
        ):
            j += 2  # 'المشرف العام على البرنامج': what the office is over
        elif (
            key in ROLE_PREPS
            and j + 2 < limit
            and toks[j + 1].key in lx.org_heads
            and not toks[j + 1].definite
            and (toks[j + 2].definite or toks[j + 2].text in QUOTE_OPEN)
        ):
            j += 2  # 'رئيس الجانب السعودي في مجلس الأعمال ...'، 'الرقيب في شرطة «ويتشيتا»': the body
        elif (
            key in _IN_AT
            and j + 3 < limit
            and toks[j + 1].key in lx.org_heads
            and not toks[j + 1].definite
            and (toks[j + 2].key in lx.countries or place_key(toks[j + 2].key) in lx.places)
            and namelike(lx, toks[j + 3])
        ):
            j += 3  # 'الباحث في معهد واشنطن ديفيد شينكر': a body named by its place, then the name
        elif (
            key in _IN_AT
            and j + 2 < limit
            and toks[j + 1].text in QUOTE_OPEN
            and (close := short_quote_end(toks, j + 1, limit)) is not None
            and close + 1 < limit
            and (namelike(lx, toks[close + 1]) or toks[close + 1].definite)
        ):
            j = close + 1  # 'المسؤول في "جيش الإسلام" محمد علوش': a body by its quoted name
        elif (
            key[:1] == "و"
            and (place_key(key[1:]) in lx.places or key[1:] in lx.countries)
            and toks[j - 1].word
            and (toks[j - 1].key[:1] == "ل" or place_key(toks[j - 1].key) in lx.places)
        ):
            j += 1  # 'رئيس الهيئة الملكية للجبيل وينبع': a second place joined to the first
        elif (
            j - 1 > i
            and not toks[j - 1].definite
            and toks[j - 1].word
            and toks[j - 1].key not in lx.function_words
            and (key in lx.countries or place_key(key) in lx.places)
        ):
            j += 1  # 'رئيس وزراء بريطانيا بوريس جونسون': the construct's country, then the name
        elif (
            j == i + 1
            and head_indef
            and not tok.definite
            and tok.word
            and j + 1 < limit
            and key not in lx.function_words
            and key not in lx.given_names
            and (toks[j + 1].key in lx.countries or place_key(toks[j + 1].key) in lx.places)
        ):
            j += 2  # 'مدرب منتخب فرنسا، ديدييه ديشان': the title's genitive noun and its country
        elif (
            key[:1] == "ل"
            and len(key) > 3
            and toks[j - 1].definite
            and j + 1 < limit
            and not toks[j + 1].definite
            and (place_key(toks[j + 1].key) in lx.places or toks[j + 1].key in lx.countries)
            and (j + 2 >= limit or toks[j + 2].key[:1] != "و")  # (لريال مدريد وباريس ...: a list)
            and key[1:] not in lx.media
            and key not in lx.function_words
            and key not in lx.cues
            and not is_title(lx, key[1:])
            and not _given(lx, tok)
        ):
            j += 2  # 'المدرب السابق لمنتخب انجلترا': the body, then its country (not a name)
            while j < limit and toks[j].definite and toks[j].key.endswith(NISBA_ENDS):
                j += 1  # 'لفريق ليفربول الانجليزي'
            return j  # the office ends there ('لأتلتيكو مدريد المديح': the cue's object next)
        elif (
            key.startswith("ل")
            and len(key) > 3
            and toks[j - 1].definite
            and key[1:] not in lx.media
            and key not in lx.function_words
            and key not in lx.cues
            and (j + 1 >= limit or not namelike(lx, toks[j + 1]))
            and not (_given(lx, tok) and j + 1 < limit and toks[j + 1].definite)  # لطيفة الشعلان: a name
        ):
            j += 1  # الرئيس التنفيذي لدورتموند
        elif (
            key[:1] == "ل"
            and not tok.definite
            and toks[j - 1].definite
            and (key[1:] in lx.not_names or key[1:] in lx.org_heads)
            and key[1:] not in lx.media
            and j + 2 < limit
            and namelike(lx, toks[j + 1])
            and (not toks[j + 2].word or is_title(lx, toks[j + 2].key))
        ):
            j += 2  # 'المدير التنفيذي لسوق عكاظ:'، 'المدير العام لمخبز أشرز،': an institution's own name
        elif (
            key[:1] == "ب"
            and len(key) > 3
            and j > i + 1
            and (toks[j - 1].definite or toks[j - 1].text[:3] == "وال")
            and (place_key(key[1:]) in lx.places or key[1:] in lx.states)
        ):
            j += 1  # 23C: 'مدير جمعية الثقافة والفنون بجدة': the body's city, not a name
        elif key[:1] in ("ب", "ل") and key[1:] in PLACE_NOUNS and j + 1 < limit:
            j += 1  # 'مدير التعليم بمنطقة عسير': the place noun, its place after it
        elif (
            (toks[j - 1].key in PLACE_NOUNS or toks[j - 1].key[1:] in PLACE_NOUNS)
            and not toks[j - 1].definite
            and tok.word
            and key not in lx.function_words
            and key not in lx.cues
            and key not in lx.given_names
        ):
            j += 1  # 'أمير منطقة عسير'، 'محافظ محافظة جدة': a place noun takes its place's name
        elif tok.text in QUOTE_OPEN and (close := short_quote_end(toks, j, limit)) is not None:
            j = close + 1  # رئيس الشركة الوطنية السياحية "سياحية" صالح قدح
        elif key[:1] in ("ب", "و") and (k := _extended(lx, toks, i, j, limit)) > j:
            return k  # 'مدير التعليم بالقصيم عبدالله ...'، 'الخبير الاقتصادي ورئيس الجمعية ... عبدالله'
        elif (
            toks[j - 1].definite
            and len(key) > 4
            and tok.text.endswith(("ها", "ه"))
            and not key.endswith(lx.theophoric)  # 'المهندس عبدالله': a name, not a pronoun suffix
            and not (tok.text[-1] == "ه" and key in lx.given_names)  # 'المدرب جوزيه'
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
                (head_indef and _indef_chain(toks, i, j) and (key.endswith(NISBA_ENDS) or key in _GENERAL))
                or (
                    (
                        _construct_head(lx, toks[j - 1])
                        or (toks[j - 1].key in _GENERAL and j - 1 > i and _construct_head(lx, toks[j - 2]))
                    )
                    and (
                        not namelike(lx, tok)
                        or _genitive(lx, toks, j, limit)
                        or (j - 1 > i and toks[j - 1].key in lx.org_heads and key not in lx.given_names)
                    )
                )
            )
        ):
            j += 1  # construct state or adjective: متحدث التحالف، مسؤول إسرائيلي، وزير خارجية
        else:
            break
    return j


_ABD = fold("عبد")


def royal_named(lx: Lexicon, toks: list[Tok], j: int, limit: int, body: bool = False) -> int:
    """End of a royal's name (and the institution's adjectives after it) when the royal at j is
    the genitive of an indefinite institution or place noun ('مدينة الملك عبدالله الرياضية'،
    'مستشفى الملك فهد التخصصي'، 'جامعة الأمير سلطان'): an institution named after the royal,
    part of the office; else j (after a title it is another's office: 'مستشار الملك سلمان').
    `body`: inside a body's name already (speakers._org_end), any indefinite noun before the
    royal is the institution ('إدارة مطار الملك خالد الدولي'، 'إدارة مكتبة الملك عبدالعزيز')."""
    prev = toks[j - 1]
    head = prev.key[1:] if prev.key[:1] == "ل" and len(prev.key) > 3 else prev.key  # (لجامعة)
    if (
        not prev.word
        or prev.definite
        or not (body or head in lx.org_heads or head in PLACE_NOUNS or prev.key in lx.org_heads)
        or j + 1 >= limit
        or not (_given(lx, toks[j + 1]) or toks[j + 1].key == _ABD)
    ):
        return j  # ('حاكم دبي الشيخ محمد': after a place's name the royal is the office holder)
    e = max(j + 2, name_run(lx, toks, j + 1, limit, after_title=True))  # (a given name at least)
    while (
        e < limit and toks[e].definite and toks[e].key.endswith(NISBA_ENDS) and not is_title(lx, toks[e].key)
    ):
        e += 1  # الرياضية، التخصصي
    if e < limit and toks[e].text in QUOTE_OPEN and (close := short_quote_end(toks, e, limit)) is not None:
        e = close + 1  # «الجوهرة»
    return e


_ORDINALS = frozenset(fold(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس"))
_NISBA_SG_KEY = ("ي", "يه")  # (not ين: 'الأمير زيد بن رعد الحسين')


def royal_body(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> int:
    """25A: end of a body or a place named after the king or prince at j when the noun before
    him is none royal_named knows but a definite adjective closes the name ('مطار الملك خالد
    الدولي'، 'مكتبة الملك عبدالعزيز العامة'); else j (not 'أبناء الشيخ محمد بن راشد'، 'عهد الملك
    عبدالله الثاني'، 'وشجب الأمير زيد بن رعد الحسين'، 'حاكم دبي الشيخ محمد'; a sheikh's family
    name may end in ي: العريفي)."""
    prev = toks[j - 1]
    if (
        toks[j].key not in lx.eponyms_not_after_group
        or not prev.word
        or prev.key in lx.function_words
        or prev.key[:1] == "و"
        or is_title(lx, prev.key)
        or _verb(lx, prev.key)
    ):
        return j
    e = royal_named(lx, toks, j, limit, body=True)
    last = toks[e - 1]
    if (
        e > j + 2
        and last.definite
        and (last.key.endswith(_NISBA_SG_KEY) or last.key in lx.institution_adjectives)
        and last.key not in _ORDINALS
    ):
        return e
    return j


def _extended(lx: Lexicon, toks: list[Tok], i: int, j: int, limit: int) -> int:
    """End of the role headed at `i` read on over a prefixed word at `j`, when a name follows it
    (at once, after a comma or after a rank); `j` when none does ('أشاد الوزير بالجهود'):

    - ب on where the office is: بالقصيم، بوزارة الداخلية، بسوسة ('مدير التعليم بالقصيم ...');
    - و on a second office of the same person: 'الخبير الاقتصادي ورئيس الجمعية ... الدكتور
      عبدالله الشدادي'، 'الناشط المدني والفنان المسرحي علي الشيباني'."""
    tok = toks[j]
    stem = tok.key[1:]
    if len(stem) < 3:
        return j
    if tok.key[0] == "ب":
        if not (
            (stem.startswith("ال") and len(stem) > 3) or stem in lx.org_heads or place_key(stem) in lx.places
        ):
            return j
    elif stem in lx.honorifics or not (
        is_title(lx, stem) or (stem.startswith("ال") and len(stem) > 3 and toks[j - 1].definite)
    ):
        return j  # (a definite word only in a chain of them: 'نائب رئيس اللجنة الوطنية للحج والعمرة')
    bare = tok._replace(text=tok.text[1:], key=stem, start=tok.start + 1, definite=stem.startswith("ال"))
    end = min(limit, j + 16)  # (a role read on runs a few words: a short copy is enough)
    k = i + role_run(lx, [*toks[i:j], bare, *toks[j + 1 : end]], 0, end - i)
    n = k + 1 if k + 1 < limit and toks[k].text in ("،", ",") else k
    if n < limit and toks[n].key[:1] == "و" and not _given(lx, toks[n]) and toks[n].key not in lx.particles:
        rest = toks[n].key[1:]  # 'الأستاذ بجامعة مالمو، ومجدي عبد الهادي': a second person or a
        if rest in lx.given_names or rest in lx.not_names or _verb(lx, rest):  # clause joined by و
            return j  # ('، وترحيب السيسي'، 'وأصر'; not وانغ يي)
    if n < limit and is_title(lx, toks[n].key):
        n = role_run(lx, toks, n, limit)  # '...، العقيد دكتور عاطي القرشي'، '... والإعلام المتحدث
        # الرسمي بأمانة منطقة الرياض ابراهيم الدعيلج': the name after a second office or rank
    m = name_run(lx, toks, n, limit, after_title=True) if n < limit else n
    if m == n or (m < limit and toks[m].key in lx.org_heads):
        return j  # no name, or a word of an institution's name ('وعضو شرف نادي الرياض')
    if m - n >= 2 or _given(lx, toks[n]) or _name_ends(lx, toks, m, limit):
        # a name the parse is sure of (two words, a given name, or one word ending the phrase):
        # the role ends before it, or before the comma of an apposition ('بالباحة، عماد ...')
        return n if n > k and toks[k].text not in ("،", ",") else k
    return j


def _name_ends(lx: Lexicon, toks: list[Tok], m: int, limit: int) -> bool:
    """Does the speaker phrase end after a name at `m` (a mark, a complementizer, a cue, an
    adverbial, an addressee 'لـ...')? Not before an institution ('عضو شرف نادي الرياض')."""
    return _closing(lx, toks, m, limit) or (toks[m].key[:1] == "ل" and not toks[m].definite)


# Place nouns: with a place's name after them (منطقة عسير) a place, never a person's name.
PLACE_NOUNS = frozenset(
    fold(w) for w in ("منطقة", "محافظة", "مدينة", "ولاية", "إقليم", "مقاطعة", "قرية", "بلدة", "إمارة")
)

_GENERAL = frozenset(fold(w) for w in ("عام", "عامة"))  # 'مدير عام تعليم الخرج': the head still governs
_GENERAL_DEF = frozenset(fold(w) for w in ("العام", "العامة"))  # 'المشرف العام على ...'


def role_place(lx: Lexicon, tok: Tok, loose: bool = False) -> bool:
    """May this word follow في/لدى in a role? (المتحدث باسم وزارة الصحة في غزة)"""
    return (
        (tok.definite and tok.key not in lx.adverbial_nouns and tok.key not in lx.adverbials)
        or tok.key in lx.states
        or place_key(tok.key) in lx.places
        or (loose and namelike(lx, tok) and tok.key not in lx.given_names)  # زعيم المعارضة في زيمبابوي
    )


def _indef_chain(toks: list[Tok], i: int, j: int) -> bool:
    """Right after an indefinite title, or after an indefinite nisba that follows one
    (مسؤول حدودي فلسطيني، مصدر أمني عراقي): an adjective may go on."""
    return all(not toks[k].definite and toks[k].key.endswith("ي") for k in range(i + 1, j))


def _genitive(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> bool:
    """After an indefinite title, a plain word before a definite one is its genitive (أمين سر اللجنة)."""
    key = toks[j].key
    if key in lx.given_names or (key.endswith(lx.theophoric) and len(key) > 4):
        return False  # 'نقيب عبدالإله الجابري': a name after the title, not its genitive
    return j + 1 < limit and toks[j + 1].definite


def _construct_head(lx: Lexicon, tok: Tok) -> bool:
    """An indefinite title or institution that governs the next word (تحالف دعم، وزير خارجية)."""
    return not tok.definite and (is_title(lx, tok.key) or tok.key in lx.org_heads)


def skip_adverbial(lx: Lexicon, toks: list[Tok], i: int, limit: int) -> int:
    """Index after an adverbial that starts at `i` (i itself when none does).

    One-word adverbials (أمس، أيضا، الاثنين) are skipped alone; a phrase opener (في، خلال، على،
    لوكالة، وفقا) is skipped with the words that continue it, up to a comma, a title, a
    collective, a complementizer or a cue."""
    key = toks[i].key
    if toks[i].text == _ALI or toks[i].text in _IMAM:
        return i
    phrase = (
        key in lx.openers_adv
        or key == "ل"
        or (key.startswith("ل") and key[1:] in lx.media)
        or key in lx.adverbial_nouns
    )
    if not phrase:
        if key == _YESTERDAY and i + 1 < limit and toks[i + 1].key == _THE_FIRST:
            return i + 2  # 22D: 'قال أمس الأول إن' (the day before yesterday), not 'الأول' speaking
        return i + 1 if key in lx.adverbials else i
    if key in lx.openers_adv and i + 1 < limit and toks[i + 1].key in _STATEMENT_ADVERBIALS:
        return _statement_phrase(lx, toks, i + 2, limit)  # 'في بيان مقتل ...': the object follows
    j = i + 1
    while j < limit:
        k = toks[j]
        if k.text in ("،", ","):
            return j + 1
        if k.text in QUOTE_OPEN:
            close = short_quote_end(toks, j, limit)
            if close is None:
                return j
            j = close + 1
            continue
        if (
            not k.word
            or is_title(lx, k.key)
            or k.key in lx.group_heads
            or k.key in _THATS
            or k.key in lx.cues
        ):
            return j
        if k.key in lx.function_words and k.key not in lx.openers_adv and k.text != _ALI:
            return j
        if (
            i + 1 < j <= i + 3  # (an opener, its noun and an adjective)
            and key in lx.openers_adv
            and _new_phrase(lx, toks[j - 1], k)
            and all(_plain_noun(lx, t) for t in toks[i + 1 : j])
        ):
            return j  # 'عبر موقعها الإلكتروني عدم تسجيل إصابات': the object after the phrase
        j += 1
    return j


_YESTERDAY = fold("أمس")
_THE_FIRST = fold("الأول")
_OWN = ("ه", "ها", "هم", "هما", "هن")  # a possessive pronoun closes a noun phrase (موقعها)
_NOT = fold("عدم")  # the negating verbal noun (not a listed common noun: it opens names' objects)
_NISBA_KEYS = ("ي", "يه")


def _plain_noun(lx: Lexicon, tok: Tok) -> bool:
    """A noun of a plain noun phrase: no function word, relative or verb ('وفقا لما ذكره
    راديو فرنسا'، 'في مقال نشرته صحيفة': a clause inside the phrase, whose subject follows)."""
    return (
        tok.word
        and tok.key not in lx.function_words
        and tok.key not in lx.relatives
        and not is_verb(lx, tok.key)
        and (tok.definite or tok.key in lx.not_names or tok.text.endswith(_OWN))
    )


def _new_phrase(lx: Lexicon, prev: Tok, tok: Tok) -> bool:
    """Does `tok` open a new phrase after an adverbial's closed noun phrase? An indefinite common
    noun cannot follow a definite word or one with a possessive pronoun in the same phrase
    ('عبر موقعها الإلكتروني عدم'، 'في كلمته تمديد'); a place or a name can ('في العاصمة
    الأردنية عمان'), and so can an indefinite word after an indefinite one (في مؤتمر صحفي)."""
    return (
        tok.word
        and not tok.definite
        and (prev.definite or (prev.word and prev.text.endswith(_OWN) and len(prev.key) > 3))
        and tok.key[:1] not in ("ل", "ب")
        and not tok.text.endswith(_OWN)
        and (tok.key in lx.not_names or tok.key == _NOT)
        and tok.key not in lx.adverbials
        and tok.key not in lx.adverbial_nouns
        and not is_title(lx, tok.key)
        and not is_verb(lx, tok.key)
        and tok.key not in lx.org_heads  # 'في مقال نشرته صحيفة': a clause's subject, whom the
        and tok.key not in lx.media  # speaker parse would read
        and tok.key not in lx.group_heads
        and (prev.key.endswith(_NISBA_KEYS) if prev.definite else True)
    )


_JOINT = frozenset(fold(w) for w in ("مشترك", "مشتركة", "مشتراك"))  # 'في مؤتمر صحفي مشترك'


def _statement_phrase(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> int:
    """End of the words that qualify a statement noun: 'في بيان (صحفي) (مشترك) (له)، ...'."""
    first = j
    while j < limit:
        k = toks[j]
        if k.text in ("،", ","):
            return j + 1
        key = k.key
        if j == first and k.word and not k.definite and key.endswith(("ي", "يه")) and is_title(lx, key):
            j += 1  # 'في مؤتمر صحفي': the statement's adjective, not a journalist who speaks
            continue
        if not k.word or is_title(lx, key) or key in lx.group_heads or key in _THATS or key in lx.cues:
            return j
        if key in lx.adverbials or key in lx.openers_adv:
            j = skip_adverbial(lx, toks, j, limit)
            continue
        if key in lx.function_words:
            return j
        if k.definite or key.endswith(("ي", "يه")) or key in ("له", "لها", "لهم") or key in _JOINT:
            j += 1
            continue
        if key.startswith("ل") and (key[1:] in lx.media or key[1:] in lx.org_heads):
            j += 1
            continue
        return j
    return j


def short_quote_end(toks: list[Tok], i: int, limit: int) -> int | None:
    """The closing mark of a quoted name of at most three words, else None."""
    words = 0
    for j in range(i + 1, min(limit, i + 8)):
        if toks[j].text in '»"”':
            return j if words <= 3 else None
        words += toks[j].word
    return None
