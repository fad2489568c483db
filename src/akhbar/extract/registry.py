"""The people one article names, so that a later role-only or surname-only mention resolves to them.

`Registry.add` merges shorter and longer forms of one name (`روحاني` / `حسن روحاني`);
`by_name` also accepts a one-letter variant spelling of a long surname; `by_role` finds the last
person named with an agreeing role (same head noun, a shared qualifier, no clashing nisba, same
gender), falling back to a person named with the bare title (`الرئيس ترمب`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from akhbar.extract.lexicon import fold, lexicon
from akhbar.extract.names import ROLE_PREPS, is_title
from akhbar.extract.tokens import Tok

__all__ = ["Person", "Registry"]


@dataclass
class Person:
    name: str
    keys: tuple[str, ...]
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    at: int = -1  # the paragraph where the article first names them (-1: the headline or unknown)


class Registry:
    """The people one article names, for resolving later mentions of them."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.unnamed: set[str] = set()  # heads of indefinite offices the article wrote (مسؤول يمني)

    def note_unnamed(self, head: str) -> None:
        """An unnamed office holder spoke or was written ('وأوضح مسؤول يمني'): a later 'المسؤول
        اليمني' is most likely them, not a named person."""
        self.unnamed.add(head.removesuffix("ه"))

    def add(self, name: str, role: str | None, gender: str | None, at: int = -1) -> Person:
        """Remember a named person (merging a shorter or longer form of a known name), named
        first at paragraph `at`."""
        keys = tuple(fold(w) for w in name.split())
        for p in self.people:
            if _contains(p.keys, keys) or _contains(keys, p.keys):
                if len(keys) > len(p.keys):
                    p.name, p.keys = name, keys
                if role and role not in p.roles:
                    p.roles.append(role)
                    p.roles.extend(r for r in _stacked(role) if r not in p.roles)
                p.gender = p.gender or gender
                p.at = min(p.at, at)
                return p
        if role and not fold(role.split()[-1]).startswith("ال"):
            office = (*_words(role), *keys)  # an indefinite office in construct with the 'name'
            for p in self.people:
                if any(_words(r)[: len(office)] == office for r in p.roles):
                    return p  # 'محافظ خميس مشيط' after 'محافظ خميس مشيط سعيد بن مشيط': the place
                    # the office governs, not a name: the holder named with that office
                if any(office[: len(w) + len(p.keys)] == (*w, *p.keys) for w in map(_words, p.roles)):
                    p.name, p.keys = name, keys  # the same, read in the other order
                    p.roles.insert(0, role)
                    p.gender = p.gender or gender
                    p.at = min(p.at, at)
                    return p
        p = Person(name, keys, [role, *_stacked(role)] if role else [], gender, at)
        self.people.append(p)
        return p

    def match_name(self, toks: list[Tok], i: int, limit: int) -> int:
        """End of a known name (or its last word) written at toks[i:], or i when there is none."""
        best = i
        if i >= limit or i >= len(toks):
            return best
        first = toks[i].key
        for p in self.people:
            if first not in p.keys:
                continue  # a match opens with one of the name's words
            for n in range(len(p.keys), 0, -1):
                if (
                    i + n <= limit
                    and p.keys[-n] == first
                    and tuple(t.key for t in toks[i : i + n]) == p.keys[-n:]
                    and (n > 1 or len(p.keys[-1]) > 2)
                ):
                    best = max(best, i + n)
                    break
        return best

    def by_name(self, name: str) -> Person | None:
        """The fullest known person whose name contains `name`'s words."""
        keys = tuple(fold(w) for w in name.split())
        for p in self.people:
            if _contains(p.keys, keys):
                return p
        if len(keys) == 1 and len(keys[0]) >= 6 and keys[0].startswith("ال"):
            glued = _ABD + keys[0]  # 'نومان عبدالزوبعي' then 'الزوبعي': a family name glued to عبد
            for p in self.people:
                if len(p.keys) > 1 and p.keys[-1] == glued:
                    return p
        if len(keys) == 1 and len(keys[0]) >= 5 and not keys[0].startswith("ال"):
            for p in self.people:
                if any(_near(keys[0], k) for k in p.keys):
                    return p  # a variant spelling of a known surname (غوتيرش / غوتيريش), not of
                    # an adjective with the article (الإسبانية / الإسباني: 'صحيفة سبورت الإسبانية')
        return None

    def by_office(self, role: str) -> Person | None:
        """The one person named with exactly this office ('محافظ بيشة' after 'محافظ بيشة محمد
        بن سعيد بن سبرة': an office in construct with a place or body's name is definite)."""
        office = _words(role)
        found = [p for p in self.people if len(p.keys) > 1 and any(_words(r) == office for r in p.roles)]
        return found[0] if len(found) == 1 else None

    def by_indefinite(self, role: str) -> Person | None:
        """The one person the article names with the definite form of an indefinite office
        ('متحدثة باسم وزارة المالية' ... 'المتحدثة فلورانس إنجيليسي'; 'ناشط سياسي موصلي' ...
        'الناشط السياسي الموصلي غانم العابد'): same head and gender, and every qualifier but
        one of standing (كبير، بارز) found in that office, or a bare definite spokesman's title
        (it takes up the spokesman the article spoke of). Not an official's or a source's
        office: those the article leaves unnamed on purpose."""
        q = _role_words(role, synonyms=False)
        if q is None or q[0] in _ANONYMOUS:
            return None
        head = q[0]
        lx = lexicon()
        words = [
            w
            for w in (fold(x).removeprefix("ال") for x in role.replace("،", " ").split()[1:])
            if w not in _GENERIC and w not in ROLE_PREPS
        ]
        own = [w for w in words if w not in lx.standing_adjectives]
        if not own and head != "ناطق":
            own = words  # 'محام بارز' is 'المحامي البريطاني البارز', not any lawyer
            if not own:
                return None  # 'محام': nothing tells which holder
        feminine = fold(role.split()[0]).endswith("ه")
        found: Person | None = None
        for p in self.people:
            if len(p.keys) < 2 or not all(k.isalpha() for k in p.keys):
                continue
            for r in p.roles:
                c = _role_words(r, synonyms=False)
                if (
                    c is None
                    or c[0] != head
                    or r[:2] != "ال"
                    or fold(r.split()[0]).endswith("ه") != feminine
                    or not ((not c[1] and head == "ناطق") or all(_found_in(w, c[1]) for w in own))
                ):
                    continue
                if found is not None and found is not p:
                    return None  # two holders: which one is unclear
                found = p
                break
        return found

    def by_role(self, role: str, gender: str | None = None, at: int | None = None) -> Person | None:
        """The last named person whose role agrees with a role-only mention (at paragraph `at`:
        among those the article named by then, when any agrees)."""
        if at is not None:
            found = self._by_role(role, gender, at)
            if found is not None:
                return found
        return self._by_role(role, gender, None)

    def _by_role(self, role: str, gender: str | None, at: int | None) -> Person | None:
        q = _role_words(role)
        if q is None:
            return None
        head, words = q
        people = [
            p
            for p in self.people
            if not (gender and p.gender and p.gender != gender) and (at is None or p.at <= at)
        ]
        same = fold(role)
        for p in reversed(people):  # a named person with exactly this role first: 'رئيس الجامعة' is
            # who was named so, not whoever heads another university (a name of 2+ words only)
            if (
                len(p.keys) > 1
                and all(k.isalpha() for k in p.keys)
                and any(same in _role_parts(r) for r in p.roles)
            ):
                return p
        office = _construct_genitive(role, self)  # 'رئيس الوزراء الصيني' is not 'الرئيس الصيني
        weak = _weak_head(role, head)  # (a loose head as written where no qualifier agrees)
        synonyms = weak not in lexicon().loose_heads
        bare = head if words else weak  # (a bare 'النجم' is no other player the article named)
        for p in reversed(people):  # شي جين بينغ': the office its genitive names, if any
            for r in p.roles:
                c = _role_words(r, synonyms or bool(words))
                agree = (
                    c is not None
                    and c[0] == bare
                    and (not words or _agree(words, c[1]))
                    and (office is None or _holds(office, c[1]))
                )
                if (
                    agree
                    and c is not None
                    and not _nisba_clash(_nisbas(role), _nisbas(r))
                    and not _title_clash(words, c[1])
                ):
                    return p
        if office is not None and head in lexicon().state_heads:
            return None  # 'الرئيس ماكرون' is not 'رئيس البرلمان الأوروبي'
        for p in reversed(people):  # 'الرئيس ترمب' answers to a later 'الرئيس الأميركي'
            for r in p.roles:
                c = _role_words(r, synonyms)
                if c and c[0] == weak and not c[1]:
                    return p
        if head in _OFFICIAL and words and same[:2] == "ال" and head not in self.unnamed:
            return _only_official(people, words)  # (not 'مسؤول تركي': someone unnamed)
        if (
            len(words) == 1
            and (nisba := next(iter(words))).endswith("ي")
            and len(nisba) > 3
            and head not in lexicon().state_heads  # 'الرئيس الروسي': Russia's
        ):
            if weak in lexicon().player_heads and (player := _only_national(people, nisba)) is not None:
                return player  # 26I: 'اللاعب البرتغالي' after 'البرتغالي أندري غوميش، لاعب وسط برشلونة'
            return _only_holder(people, weak, nisba)
        if words and _described(role):
            return _sole_holder(people, weak)
        return None


def _weak_head(role: str, head: str) -> str:
    """The head a lone holder of an office is looked up by: a head that is one office only by a
    word's sense (titles.json head_synonyms 'loose': النجم = اللاعب) as written, since with no
    qualifier to agree the synonym would take up any player the article named ('النجم السويدي'
    -> 'لاعب لوس أنجلوس غالاكسي')."""
    raw = _role_words(role, synonyms=False)
    if raw is not None and raw[0] in lexicon().loose_heads:
        return raw[0]
    return head


def _only_holder(people: list[Person], head: str, nisba: str) -> Person | None:
    """The one person the article named with an office of this head, for a title + nisba
    ('المدرب الألماني' -> the only coach named, 'مدرب ليفربول يورغن كلوب'; 'القائد الأميركي'
    -> 'قائد القيادة المركزية الأمريكية جوزيف فوتيل'), unless their role names another country
    (الفرنسي، فرنسا)."""
    states = lexicon().states
    found: Person | None = None
    for p in people:
        if len(p.keys) < 2 or not all(k.isalpha() for k in p.keys):
            continue
        for r in p.roles:
            c = _role_words(r, synonyms=head not in lexicon().loose_heads)
            if c is None or c[0] != head:
                continue
            if any(
                w != nisba and (w in states or (w.endswith("ي") and w[:-1] in states) or w + "ا" in states)
                for w in c[1]
            ) and not any(_nisba_of(nisba, w) for w in c[1]):
                return None  # another country's office
            if found is not None and found is not p:
                return None  # two holders: which one is unclear
            found = p
    return found


def _only_national(people: list[Person], nisba: str) -> Person | None:
    """26I: the one person the article gave this nationality, named as a player or by the nisba
    alone ('المدافع الفرنسي صامويل أومتيتي'، 'الأرجنتيني غابرييل ميركادو'), for a player
    described by it ('اللاعب الفرنسي'); none when two people have it or its holder is no player
    (a coach, a president)."""
    lx = lexicon()
    found: Person | None = None
    for p in people:
        if len(p.keys) < 2 or not all(k.isalpha() for k in p.keys):
            continue
        for r in p.roles:
            words = [fold(w).removeprefix("ال") for w in r.replace("،", " ").split()]
            if nisba not in words:
                continue
            if found is not None and found is not p:
                return None
            head = words[0].removesuffix("ه")
            if head != nisba and head not in lx.player_heads:
                return None
            found = p
    return found


_NISBA = ("ي", "يه", "يون", "يين")  # folded nisba endings (a country's: الأسترالية، الأمريكي)


def _described(role: str) -> bool:
    """A definite title with only definite adjectives after it ('المهاجم الشهير'، 'الوزيرة
    المستقيلة'، 'الممثلة البالغة'): a description of someone, naming no body or country (not a
    genitive, 'وزير الاستخبارات', nor a nisba, 'السفيرة الأسترالية')."""
    words = [fold(w) for w in role.split()]
    lx = lexicon()
    return (
        len(words) >= 2
        and words[0][:2] == "ال"
        and all(w[:2] == "ال" and not w.endswith(_NISBA) and not is_title(lx, w) for w in words[1:])
    )


def _sole_holder(people: list[Person], head: str) -> Person | None:
    """The one person the article named with an office of this head, for a title described by
    adjectives ('المهاجم الشهير' -> 'مهاجم برشلونة أنطوان غريزمان'); none for a head many offices
    share (a state's, a spokesman's, an official's) or when two people hold one."""
    lx = lexicon()
    if head in lx.state_heads or head in lx.spokesmen or head in _OFFICIAL or head == "ناطق":
        return None
    found: Person | None = None
    synonyms = head not in lx.loose_heads  # (a loose head by its written form)
    for p in people:
        if len(p.keys) < 2 or not all(k.isalpha() for k in p.keys):
            continue
        if (p.keys[0][:1] == "ل" and p.keys[0] not in lx.given_names) or all(k[-1] == "ا" for k in p.keys):
            continue  # ('لباريس سان جرمان'، 'عقدا جديدا': a misread name is no one to resolve to)
        if any((c := _role_words(r, synonyms)) is not None and c[0] == head for r in p.roles):
            if found is not None and found is not p:
                return None
            found = p
    return found


_OFFICIAL = frozenset(fold(w) for w in ("مسؤول", "مسئول"))
_ANONYMOUS = _OFFICIAL | frozenset(fold(w) for w in ("مصدر", "مصادر"))


def _only_official(people: list[Person], words: frozenset[str]) -> Person | None:
    """'المسؤول العسكري الإسرائيلي' after 'قائد سلاح الجو الإسرائيلي، عميكام نوركين': the one
    person named with an office that shares a qualifier and names no other country (none when
    two or more do: which one is unclear)."""
    lx = lexicon()
    found: Person | None = None
    for p in people:
        if len(p.keys) < 2 or not all(k.isalpha() for k in p.keys):
            continue
        roles = [c for r in p.roles if (c := _role_words(r)) is not None]
        if any(h in lx.state_heads and all(w.endswith("ي") or w in lx.states for w in q) for h, q in roles):
            continue  # 'الرئيس الأميركي'، 'الزعيم الكوري الشمالي': a country's head is not 'the official'
        for c in roles:
            if _agree(words, c[1]) and not _nisba_clash(words, c[1]):
                if found is not None and found is not p:
                    return None
                found = p
                break
    return found


@lru_cache(maxsize=4096)
def _stacked(role: str) -> tuple[str, ...]:
    """The offices stacked inside one role, each from its own definite title on ('رئيس اللجنة
    التنفيذية المتحدث الرسمي باسم الانتخابات البلدية' -> 'المتحدث الرسمي باسم الانتخابات
    البلدية'; 'مدير العلاقات العامة والمتحدث الرسمي بأمانة المنطقة' -> 'المتحدث الرسمي بأمانة
    المنطقة'), so that a later mention by any of them resolves to the person."""
    words = role.replace("،", " ").split()
    if len(words) < 3:
        return ()
    lx = lexicon()
    out: list[str] = []
    for k in range(1, len(words) - 1):
        word = words[k]
        if not word.startswith(("ال", "وال")):
            continue  # (no office opens without the article: most words, no fold)
        key = fold(word)
        if key[:3] == "وال":
            word, key = word[1:], key[1:]  # والمتحدث: a second office joined by و
        elif not fold(words[k - 1]).startswith(("ال", "وال", "بال", "لل")):
            continue  # 'قائمة رئيس الوزراء': a title in construct is another's office
        if key[:2] == "ال" and is_title(lx, key) and key not in lx.honorifics:
            out.append(" ".join([word, *words[k + 1 :]]))
    return tuple(out)


@lru_cache(maxsize=4096)
def _words(role: str) -> tuple[str, ...]:
    """A role's folded words ('محافظ خميس مشيط' -> محافظ، خميس، مشيط)."""
    return tuple(fold(w) for w in role.replace("،", " ").split())


@lru_cache(maxsize=4096)
def _role_parts(role: str) -> frozenset[str]:
    """A role's comma-separated parts, folded ('الدكتور، رئيس الجامعة' -> الدكتور، رئيس الجامعه)."""
    return frozenset(fold(x.strip()) for x in role.split("،"))


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
    if n == 0 or n > len(big) or small[0] not in big:
        return False  # (most pairs: no word in common, no slicing)
    return n == 1 or any(big[k : k + n] == small for k in range(len(big) - n + 1))


_ABD = fold("عبد")
_GENERIC = frozenset(fold(w) for w in ["باسم", "الرسمي", "وزارة", "العام", "العامة", "الرسمية"])


def _role_words(role: str, synonyms: bool = True) -> tuple[str, frozenset[str]] | None:
    """A role's head (its synonyms read as one: متحدث = ناطق، عاهل = ملك، 'المدير الفني' = مدرب,
    unless `synonyms` is False: then only متحدث = ناطق) and its qualifiers, folded."""
    words = [fold(w) for w in role.replace("،", " ").replace("#", "").split()]
    if not words:
        return None
    head = words[0].removeprefix("ال")
    if head.endswith("ه"):
        head = head[:-1]  # المتحدثة -> متحدث
    rest = frozenset(w.removeprefix("ال") for w in words[1:] if w not in _GENERIC and w not in ROLE_PREPS)
    if any(w[:1] == "ل" for w in rest):
        rest = rest | _without_li(rest)
    if not synonyms:
        return ("ناطق" if head == "متحدث" else head), rest
    lx = lexicon()
    if len(words) > 1 and (as_head := lx.head_compounds.get((head, words[1].removeprefix("ال")))):
        return as_head, rest  # 'المدير الفني' is the coach (فني stays: a shared qualifier)
    return lx.head_synonyms.get(head, head), rest


def _without_li(words: frozenset[str]) -> frozenset[str]:
    """The words after a genitive لـ, so that 'المدير العام للمطار' and 'المدير العام لمطار
    إسطنبول' share مطار (للـ = لـ + الـ; a word's own ل, as in لجنة، stays a form too)."""
    lx = lexicon()
    out = set()
    for w in words:
        bare = w[2:] if w[:2] == "لل" and len(w) > 4 else w[1:] if w[:1] == "ل" and len(w) > 3 else ""
        if bare and not is_title(lx, bare):
            out.add(bare)  # (not 'لرئيس': another's office, which the title clash test reads)
    return frozenset(out)


_SAME_OFFICE = frozenset(fold(w) for w in ("الجمهورية", "الدولة", "البلاد"))  # = الرئيس


def _construct_genitive(role: str, registry: Registry) -> str | None:
    """The definite common noun an indefinite title governs, which makes it another office than
    the bare title ('رئيس الوزراء'، 'رئيس البرلمان'، 'رئيس الأركان': الوزراء، البرلمان، الأركان),
    folded without the article; None for a nisba, a country or a person (ملك المغرب، نائب
    البشير: the title's own holder) and 'رئيس الجمهورية' (the president)."""
    words = role.split()
    if len(words) < 2 or words[0][:2] == "ال" or words[1][:2] != "ال":
        return None
    key = fold(words[1])
    lx = lexicon()
    if (
        key in _SAME_OFFICE
        or key in _GENERIC
        or key.endswith(_NISBA)
        or key in lx.countries
        or key in lx.places
        or key[2:] in lx.given_names  # البشير
        or registry.by_name(words[1]) is not None
    ):
        return None
    return key.removeprefix("ال")


def _holds(office: str, words: frozenset[str]) -> bool:
    """A named office's words hold the genitive of another's: the same word or its synonym
    (الوزراء ~ الحكومة), joined by و ('وزير الثقافة والإعلام'), or a one-letter variant spelling
    (الشئون ~ الشؤون)."""
    same = lexicon().office_synonyms.get(office, frozenset((office,)))
    for w in words:
        w = w[3:] if w[:3] == "وال" else w  # (the conjunct keeps its article: والاعلام)
        if w in same or (
            len(w) == len(office) > 3 and sum(a != b for a, b in zip(w, office, strict=True)) == 1
        ):
            return True
    return False


def _found_in(word: str, words: frozenset[str]) -> bool:
    """A qualifier of one office found among another's: the same word, its nisba or country
    (روسي ~ روسيا), or the word after a genitive لـ."""
    bare = word[2:] if word[:2] == "لل" else word[1:] if word[:1] == "ل" else word
    return any(w in words or any(_nisba_of(w, c) or _nisba_of(c, w) for c in words) for w in {word, bare})


def _title_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two roles governing different offices ('نائب الأمين العام' vs 'نائب رئيس مجلس الإدارة')
    are two people's, whatever else they share."""
    lx = lexicon()
    ta = {w for w in a if is_title(lx, w)}
    tb = {w for w in b if is_title(lx, w)}
    return bool(ta and tb and not ta & tb)


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """A shared qualifier, a nisba taking up its country (السفير الصيني ~ سفير الصين) included."""
    if a & b:
        return True
    return any(_nisba_of(w, c) for w in a for c in b) or any(_nisba_of(w, c) for w in b for c in a)


def _nisba_of(nisba: str, place: str) -> bool:
    """الصيني/الصين، الفرنسي/فرنسا، التركي/تركيا، الأمريكي/الولايات المتحدة
    (folded, without the article)."""
    if len(nisba) < 4 or not nisba.endswith("ي"):
        return False
    stem = nisba[:-1]
    return (
        place == stem
        or (place.endswith("ا") and place[:-1] in (stem, nisba))
        or place in lexicon().nisba_places.get(nisba, ())  # 'الأمريكي' ~ 'الولايات المتحدة'
    )


@lru_cache(maxsize=4096)
def _nisbas(role: str) -> frozenset[str]:
    """A role's nisba adjectives, folded without the article: words in ي written with the article
    (الفرنسي), or any after an indefinite title ('مسؤول أمريكي'); not a name in the genitive
    ('المدير الفني لنادي تشيلسي': Chelsea is no nisba to clash with 'المدير الفني الإيطالي')."""
    words = [fold(w) for w in role.replace("،", " ").split()]
    indefinite = bool(words) and words[0][:2] != "ال"
    function_words = lexicon().function_words
    return frozenset(
        bare
        for w in words[1:]
        if w.endswith("ي")
        and (w[:2] == "ال" or indefinite)
        and len(bare := w.removeprefix("ال")) > 2
        and bare not in _GENERIC
        and w not in function_words
        and w not in ROLE_PREPS
    )


def _nisba_clash(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two roles that name different countries' offices (الأميركي vs الفرنسي) never agree."""
    na = {w for w in a if w.endswith("ي") and w not in b}
    nb = {w for w in b if w.endswith("ي") and w not in a}
    return bool(na and nb)
