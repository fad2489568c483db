"""Who said what: every statement an article attributes to a speaker, with its speaker.

`extract_quotes` reads an article paragraph by paragraph: `anchors` finds each reporting cue and
where its content starts; this module turns anchors into `Quote` records (content up to the
closing mark, the sentence end or the next cue) and resolves speakers across the article: elided
speakers (`وأضاف:`) take the previous speaker of the same gender and number, mid-sentence cues
the sentence's subject, role-only and surname-only mentions the person `registry` knows, a bare
institution head (`الهيئة`) the institution named in full, and `البيان` its issuer.

Quotes spanning paragraphs: the first paragraph's part is one `Quote`; each continuation
paragraph up to the closing mark is another `Quote` with the same speaker and cue.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache

from akhbar.extract.anchors import (
    BY_SAYING,
    DESCRIBING,
    MAX_SENTENCE,
    NEGATIONS,
    POSTED,
    Anchor,
    Sentences,
    after_amma,
    analyse,
    as_reported,
    clause_initial,
    cue_at,
    document_source,
    is_damaged,
    is_heading,
    post_anchor,
    posted,
    reporters,
    same_sentence,
    subject_like,
    was_at,
)
from akhbar.extract.lexicon import CueForm, Lexicon, fold, lexicon, load_data
from akhbar.extract.names import BUSINESS, is_verb
from akhbar.extract.registry import Person, Registry
from akhbar.extract.speakers import (
    Mention,
    Speaker,
    document_author,
    honor_words,
    honorific_pronouns,
    issued_documents,
    parse_backward,
    parse_speaker,
    titled_mention,
)
from akhbar.extract.tokens import (
    QUOTE_CLOSE,
    QUOTE_OPEN,
    SENTENCE_END,
    Tok,
    closing_quote,
    first_key,
    keys,
    tokenize,
)
from akhbar.records import Quote

__all__ = ["extract_quotes"]


_CONNECTIVES = frozenset(
    """و ف كما ثم قد وقد فقد لكن لكنه لكنها لكنهم ولكن ولكنه ولكنها ولكنهم فيما بينما حيث""".split()
)

_TRIM = ' \t\n،,:;.»«"“”-–—'

# How many earlier speakers a mention or an elided subject may refer back to.
_HISTORY = 40
_WITH = fold("مع")


def _nested(toks: list[Tok], anchors: list[Anchor], i: int, a: Anchor) -> bool:
    """Is the cue at i (no و/ف) the verb of the that-clause the last statement opened, right
    after its complementizer or one or two words on ('إنها تطالب المطارات بـ'، 'بأن كوشنر أبلغ'،
    'أن كوشنر يحث ترامب على')? Then it is reported inside that statement, not a statement of
    its own. Three or four words on too when the parse reads a subject after the verb (22a): the
    words before it are already the clause's subject, so what follows is the verb's object, not a
    speaker ('مؤكدا أن هذا العمل الإرهابي يكشف الوجه القبيح'، 'أن قرار نقل سفارة بلاده ...')."""
    if not anchors or toks[i].key != toks[i].bare:
        return False
    c = anchors[-1].content
    if not (0 < c <= i <= c + 4) or toks[c - 1].key not in _THAT_KEYS:
        return False
    if i > c + 2 and (a.mention is None or any(t.key in _CONNECTIVES for t in toks[c:i])):
        return False  # 'أن الميزانية ارتفعت لكنه يؤكد': a clause of its own
    return all(t.word for t in toks[c:i])


@dataclass(slots=True)
class _Open:
    """A quotation left open at the end of a paragraph."""

    speaker: Speaker
    cue: str
    mark: str
    left: int


_DASHES = frozenset("-–—")


def _definite_role(text: str) -> bool:
    """'المتحدث باسم ...' or 'متحدث التحالف' name one known office; 'متحدث باسم ...' is anyone."""
    words = text.split()
    if len(words) > 1 and fold(words[1]) in ("باسم", "عن"):
        return words[0].startswith("ال")
    return any(w.startswith(("ال", "لل")) for w in words[:3])  # ولي عهد السعودية


_EMPHATIC = frozenset(fold(w) for w in ("نفسه", "نفسها", "نفسهم", "أنفسهم", "ذاته", "ذاتها", "عينه", "عينها"))
_OFFICIAL_HEAD = fold("مسؤول")
_OFFICIAL = frozenset(fold(w) for w in ("المسؤول", "المسؤولة"))
_SOURCE_ONE = fold("مصدر")
_SOURCE = frozenset((_SOURCE_ONE, fold("مصادر")))
_STATEMENTS = frozenset(fold(w) for w in ("البيان", "بيان", "البلاغ", "التقرير"))


def _undefined(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _nominative(name: str) -> str:
    """A plural nisba group in its citation form: 'الحوثيين' (after a preposition) -> 'الحوثيون'."""
    if " " not in name and name.startswith("ال") and name.endswith("يين") and len(name) > 6:
        return name[:-2] + "ون"
    return name


@dataclass(frozen=True, slots=True)
class _Triggers:
    """Token keys without which a paragraph yields no statement (`cues`: cue forms and
    after-content markers; `first`: keys that are a cue only as the paragraph's first token,
    a damaged cue or a bare بين) and the titles the prepass registers names after."""

    cues: frozenset[str]
    first: frozenset[str]
    titles: frozenset[str]
    governed: frozenset[str]  # cue keys that report only with a preposition (عبر عن): need it too
    preps: frozenset[str]
    looks: frozenset[str]  # every key `_paragraph` looks at: cue forms, markers, fronted markers
    damaged: frozenset[str]  # first-letter-lost cue forms (a cue only as the first token)
    relevant: frozenset[str]  # all of the above and the institution heads: the keys worth keeping


_PREPS = {"إلى": "الي", "على": "علي", "عن": "عن", "من": "من"}


@lru_cache(maxsize=1)
def _triggers() -> _Triggers:
    lx = lexicon()
    opening = {"بين"}  # the preposition unless it opens a clause (وبين، بين at paragraph start)
    governed = {k for k, cue in lx.cue_index.items() if cue.complements and cue.complements <= _PREPS.keys()}
    return _Triggers(
        cues=frozenset(lx.cue_index.keys() - opening - governed)
        | lx.post
        | {"و" + k for k in lx.post}
        | lx.document_verbs,
        first=frozenset(opening | (lx.damaged.keys() - lx.function_words)),
        titles=lx.title_heads,
        governed=frozenset(governed),
        preps=frozenset(_PREPS.values()),
        looks=frozenset(lx.cue_index.keys())
        | lx.post
        | {"و" + k for k in lx.post}
        | lx.document_verbs
        | POSTED,
        damaged=frozenset(lx.damaged.keys() - lx.function_words),
        relevant=frozenset().union(
            lx.cue_index,
            lx.post,
            ("و" + k for k in lx.post),
            opening,
            lx.damaged,
            lx.title_heads,
            _PREPS.values(),
            lx.org_heads,
            lx.document_verbs,
            POSTED,
        ),
    )


_MARKS = frozenset(QUOTE_OPEN | QUOTE_CLOSE)


_IN_WHICH = frozenset(fold(w) for w in ("فيه", "فيها"))
_WRITTEN_NOT_AFTER = frozenset(fold(w) for w in ("في", "عبر", "من", "على"))


@lru_cache(maxsize=1)
def _issued() -> frozenset[str]:
    """cues.json's written things and figures, folded: subjects that speak for an issuer (25f)."""
    doc = load_data("cues.json")
    return frozenset(fold(w) for w in [*doc["written"]["forms"], *doc["figures"]["forms"]])


@lru_cache(maxsize=1)
def _written() -> frozenset[str]:
    """cues.json's documents and written things that speak (نشرة، تغريدة، لافتة ...), folded."""
    doc = load_data("cues.json")
    return frozenset(fold(w) for w in [*doc["documents"]["forms"], *doc["written"]["forms"]])


def _written_before(lx: Lexicon, toks: list[Tok], i: int, a: Anchor, text: str) -> Mention | None:
    """An indefinite document or written thing right before a present cue, with at most four
    words describing it (a clause describing the noun: 'تداول المشجعون نشرة غير رسمية تقول إن'،
    'أصدرت المنظمة تقريرا يتهم الشرطة بـ'، 'تحقيق في صحيفة التايمز يقول إن'): the document
    speaks. The cue agrees with it in gender; not after في/عبر/من/على ('كتب في
    تغريدة يقول فيها': the writer speaks) nor with فيه/فيها after the cue (what it was said in)."""
    if toks[i].key != toks[i].bare or (i + 1 < len(toks) and toks[i + 1].key in _IN_WHICH):
        return None  # 'ويؤكد': a clause of its own; 'يقول فيها': what it was said in
    written = _written()
    for k in range(i - 1, max(-1, i - 6), -1):
        t = toks[k]
        if (
            not t.word
            or t.key != t.bare  # 'وعن هذا تقول': a new clause
            or t.key in lx.cue_index
            or t.key in lx.relatives
            or (k < i - 1 and is_verb(lx, t.key))
        ):
            return None
        key = t.key[:-1] if t.key.endswith("ا") and t.key[:-1] in written else t.key
        if key in written and not t.definite:
            feminine = key.endswith(("ه", "ات"))  # ة folds onto ه
            if (
                (a.cue.gender == "f") != feminine
                or (k and toks[k - 1].key in _WRITTEN_NOT_AFTER)
                or (k + 1 < i and toks[k + 1].definite)  # 'تحقيق الأمن'، 'بيان الخارجية': a construct
            ):
                return None
            # named by its definite head, as the article names it later ('ودعت النشرة'), so that
            # an unnamed document is one speaker however it is described
            head = "ال" + (t.text[:-1] if key != t.key else t.text)
            return Mention("group", head, None, None, "f" if feminine else "m", i)
    return None


def _purpose(lx: Lexicon, t: Tok) -> bool:
    """A present cue after the purpose لـ (خرج الوزير ليؤكد أن): the sentence's subject reports."""
    return t.key not in lx.cues and t.bare not in lx.cues and t.key[0] in "لوف"


def _reads(text: str, words: AbstractSet[str]) -> tuple[bool, bool, list[Tok] | None]:
    """(may hold a statement, may name a titled person, the tokens if they had to be built):
    decided on the paragraph's word keys, without tokens, so that paragraphs with neither are
    never tokenized."""
    tr = _triggers()
    titled = not tr.titles.isdisjoint(words)
    if not _MARKS.isdisjoint(text) or not tr.cues.isdisjoint(words):
        return True, titled, None
    if ":" in text and not POSTED.isdisjoint(words):
        return True, titled, None  # 25a: 'ونشر X على حسابه: ...'
    if not tr.governed.isdisjoint(words) and not tr.preps.isdisjoint(words):
        return True, titled, None
    if tr.first.isdisjoint(words):
        return False, titled, None
    # a damaged cue or a bare بين somewhere: it counts only as the first token, read without
    # tokenizing the paragraph (1 in 25 paragraphs, nearly all of them with none there)
    first = first_key(text)
    if first is not None:
        return first in tr.first, titled, None
    toks = tokenize(text)
    return bool(toks) and toks[0].key in tr.first, titled, toks


class _Tokens:
    """The paragraphs' token lists, each built on first use (most paragraphs are never read)."""

    def __init__(self, paragraphs: Sequence[str]) -> None:
        self.paragraphs = paragraphs
        self._toks: list[list[Tok] | None] = [None] * len(paragraphs)

    def __getitem__(self, pi: int) -> list[Tok]:
        toks = self._toks[pi]
        if toks is None:
            toks = self._toks[pi] = tokenize(self.paragraphs[pi])
        return toks

    def __iter__(self) -> Iterator[list[Tok]]:
        return (self[pi] for pi in range(len(self.paragraphs)))


class _Article:
    """Extraction state across the paragraphs of one article."""

    def __init__(self, paragraphs: Sequence[str], headline: str | None) -> None:
        self.lx = lexicon()
        self.fronted = frozenset("و" + k for k in self.lx.post)
        self.paragraphs = paragraphs
        self.toks = _Tokens(paragraphs)
        # A paragraph without a cue, a title or a quotation mark is never tokenized.
        tr = _triggers()
        self.words = [keys(p, tr.relevant) for p in paragraphs]  # only the keys tested below
        self.live: list[bool] = []
        self.titled: list[bool] = []
        # A live paragraph with quotation marks but no key `_paragraph` looks at (nor a damaged
        # cue) yields nothing unless a quotation runs on into it: `run` skips it then.
        self.quiet: list[bool] = []
        for pi, (text, words) in enumerate(zip(paragraphs, self.words, strict=True)):
            speaks, titled, built = _reads(text, words)
            self.live.append(speaks)
            self.titled.append(titled)
            self.quiet.append(tr.looks.isdisjoint(words) and tr.damaged.isdisjoint(words))
            if built is not None:
                self.toks._toks[pi] = built
        self.registry = Registry()
        self.history: list[Speaker] = []
        self._folded: dict[str, list[str]] = {}
        self.out: list[Quote] = []
        self.open: _Open | None = None
        self._orgs: dict[str, list[tuple[int, str]]] | None = None  # built on first need
        self.pi = 0
        # people named with an honorific (صاحب السمو، معالي) by paragraph, for 'وقال سموه'
        self._honored: list[tuple[int, Person, frozenset[str]]] = []
        # every person the prepass registers, by paragraph (-1: the headline), for `_orphan`
        self._named: list[tuple[int, Person]] = []
        # run before the first paragraph `run` reads: only there are the registry and the lists
        # above consulted, so an article with nothing to read (1 in 12) never pays for it
        self._headline: str | None = headline
        self._registered = False

    def _prepass(self, headline: str | None) -> None:
        """Register every person the article names with a title, before reading statements."""
        lx = self.lx
        heads = lx.title_heads
        live = [pi for pi, ok in enumerate(self.titled) if ok]
        texts = [self.paragraphs[pi] for pi in live]
        toks_all = [self.toks[pi] for pi in live]
        if headline and not heads.isdisjoint(keys(headline)):
            texts.append(headline)
            toks_all.append(tokenize(headline))
            live.append(-1)  # the headline stands before the body
        for pi, text, toks in zip(live, texts, toks_all, strict=True):
            after = 0  # a registered name's phrase is not read again for a title inside it
            for i in [j for j, t in enumerate(toks) if t.key in heads]:
                if i < after:
                    continue
                m = titled_mention(toks, i, min(len(toks), i + 16), text)
                if m is not None and m.name:
                    person = self.registry.add(m.name, m.role, m.gender, pi)
                    self._named.append((pi, person))
                    after = max(i + 1, m.end)
                    if m.role and not honor_words().isdisjoint(fold(m.role).split()):
                        self._honored.append((pi, person, frozenset(fold(m.role).split())))

    def _institutions(self) -> dict[str, list[tuple[int, str]]]:
        """The institutions the article names in full, under their head with the article
        ('الهيئه' -> [(paragraph, 'هيئة معايير الإعلان')]); read once, when first needed."""
        if self._orgs is None:
            self._orgs = {}
            heads = self.lx.org_heads
            for pi, text in enumerate(self.paragraphs):
                if heads.isdisjoint(self.words[pi]):
                    continue  # no head: nothing to find, and no tokens to build
                toks = self.toks[pi]
                for i, t in enumerate(toks):
                    if t.key in heads:
                        m = parse_speaker(toks, i, min(len(toks), i + 8), text, None)
                        if (
                            m is not None
                            and m.kind == "org"
                            and " " in m.text
                            and not (
                                not t.definite
                                and i > 0
                                and toks[i - 1].key == _WITH
                                and all(self._adjective(w) for w in m.text.split()[1:])
                            )
                        ):  # not 'ولاية جديدة مع سلطات معززة': an indefinite head with adjectives after مع
                            head = t.key if t.definite else "ال" + t.key
                            self._orgs.setdefault(head, []).append((pi, m.text))
        return self._orgs

    def _adjective(self, word: str) -> bool:
        """An indefinite common word (an adjective after an indefinite head: معززة، جديدة)."""
        key = fold(word)
        return not key.startswith("ال") and key in self.lx.not_names

    def _institution(self, mention: Mention) -> str | None:
        """The full name of an institution a bare definite head takes up (الهيئة -> هيئة معايير الإعلان)."""
        words = mention.text.split()
        if not words[0].startswith("ال") or fold(words[0]) not in self.lx.org_heads:
            return None
        named = self._institutions().get(fold(words[0]))
        if named and len(words) > 1:
            # a head with one or two nisbas ('المتحف المحلي'، 'الوزارة الأمريكية') takes up the
            # longer name the article gave that holds them all (`_extends`); only nisbas: 'الأمم
            # المتحدة' is a name of its own
            if len(words) > 3 or not all(
                w.startswith("ال") and fold(w).endswith(("ي", "يه")) for w in words[1:]
            ):
                return None
            named = [
                (pi, name) for pi, name in named if _extends(self._words(name), self._words(mention.text))
            ]
        if not named:
            return None
        before = [name for pi, name in named if pi <= self.pi]
        return before[-1] if before else named[0][1]

    def _of_named(self, role: str) -> bool:
        """A title in construct with a person the article names ('محامي ترامب'، 'مستشار بوتين')
        is definite: one known office, whoever the article named in it."""
        words = role.split()
        return len(words) == 2 and words[1][:2] != "ال" and self.registry.by_name(words[1]) is not None

    def speaker(self, mention: Mention | None, cue: CueForm, context: Speaker | None) -> Speaker | None:
        """Resolve a mention (or an elision) to a speaker and remember it for later elisions."""
        gender = "f" if cue.gender == "f" else (mention.gender if mention else None) or "m"
        if mention is None:
            found = context or self._agreeing(cue)
            if found is None:
                return None
            sp = Speaker(found.name, found.role, True, found.gender, found.number)
        elif mention.name:
            near = self.registry.by_name(mention.name) if " " not in mention.name else None
            person = (
                near
                if near is not None
                else self.registry.add(mention.name, mention.role, mention.gender or gender, self.pi)
            )
            role = mention.role or (person.roles[0] if person.roles else None)
            sp = Speaker(person.name, role, person.name != mention.name, gender, cue.number)
        else:
            known: Person | None = (
                self.registry.by_role(mention.text, mention.gender or self._masculine(mention, cue), self.pi)
                if mention.kind == "role" and (_definite_role(mention.text) or self._of_named(mention.text))
                else None
            )
            if (
                known is None
                and mention.kind == "role"
                and " " in mention.text
                and not self._speaks_for(mention)
                and not any(w[:1] == "ل" for w in mention.text.split()[1:])
            ):  # not 'متحدث باسم رئيسة الوزراء تيريزا ماي'، 'مستشار للمرشد': whom the role serves
                known = self._named_after(mention.text)
            words = mention.text.split()
            if (
                known is None
                and mention.kind in ("org", "role")
                and not self._speaks_for(mention)
                and (len(words) < 2 or fold(words[-2]) not in self.lx.eponyms)
                and not (mention.kind == "org" and self._body_word(words))
            ):  # 24a: not 'جامعة الملك سعود': the body's eponym is no speaker
                known = self.registry.by_name(words[-1])
                if known is not None and len(known.keys[-1]) < 4:
                    known = None
            earlier = self._same_as(mention.text)
            full = self._institution(mention) if mention.kind == "org" else None
            if mention.kind == "org" and fold(mention.text) in _STATEMENTS and self.history:
                last = self.history[-1]  # 'وقال البيان': the author of the statement just reported
                sp = Speaker(last.name, last.role, True, last.gender, last.number)
            elif full is not None:
                sp = Speaker(full, None, True, gender, cue.number)
            elif known is not None:
                sp = Speaker(known.name, mention.text, True, gender, cue.number)
            elif earlier is not None:
                sp = Speaker(earlier.name, earlier.role, True, gender, earlier.number)
            else:
                number = "pl" if mention.kind == "group" else cue.number
                sp = Speaker(
                    _nominative(mention.text),
                    # an unnamed office, or a relation ('والد مايكل براون'، 'شقيقة الضحية'): the kin
                    # phrase is its role as an office's text is
                    (
                        mention.text
                        if mention.kind == "role"
                        else mention.role
                        if mention.kind == "person"
                        else None
                    ),
                    False,
                    gender,
                    number,
                )
        self.history.append(sp)
        return sp

    def _body_word(self, words: list[str]) -> bool:
        """26a: a body's last word that is its second adjective ('الائتلاف الوطني الأحوازي') or
        the genitive of a noun after ل ('اللجنة الإعلامية لسوق عكاظ') names no person; the head's
        own genitive ('مكتب هنية'، 'المكتب الإعلامي للعبادي') may, and so may a lone adjective
        ('النادي الفرنسي': the club the article named with it, 'سان جرمان الفرنسي')."""
        if len(words) < 3:
            return False
        head = fold(words[0])
        if _undefined(head) not in self.lx.org_heads:
            return False
        last = fold(words[-1])
        before = fold(words[-2])
        if head[:2] == "ال" and before[:2] == "ال" and last[:2] == "ال":
            return True
        return (
            before[:1] == "ل"
            and before[:2] != "لل"
            and before[1:] not in self.lx.titles
            and before[1:] not in self.lx.honorifics
            and last[:1] != "ل"
            and last[:2] != "ال"
        )

    def _named_after(self, role: str) -> Person | None:
        """A role the parser did not register, written earlier right before a name it did ('أكد
        إمام وخطيب المسجد الحرام الدكتور أسامة خياط' ... 'وحث خطيب المسجد الحرام على'): that
        person (at most one title word between)."""
        for pi, person in self._named:
            if pi > self.pi or pi < 0:
                continue
            para = self.paragraphs[pi]
            at = para.find(role)
            name = person.name.split()
            while at >= 0:
                after = para[at + len(role) : at + len(role) + len(person.name) + 16].split()
                if after[: len(name)] == name or after[1 : 1 + len(name)] == name:
                    return person
                at = para.find(role, at + 1)
        return None

    def _masculine(self, mention: Mention, cue: CueForm) -> str | None:
        """'m' for a role headed by a masculine title with a masculine cue ('وقال الوزير'), so that
        it never resolves to a woman named with the feminine title ('وزيرة المالية'); None when the
        cue is feminine ('قالت الرئيس' is written of women too)."""
        head = fold(mention.text.split()[0])
        titles = self.lx.titles_m
        return "m" if cue.gender != "f" and (head in titles or head.removeprefix("ال") in titles) else None

    def _speaks_for(self, mention: Mention) -> bool:
        """A role whose last word is whom it serves, not its holder's surname: 'متحدثة باسم فيشر'
        (and 'باسم لجنة دعم عهد التميمي'), an agent's ('وكيل أعمال رونالدو'), 'محامي ترامب'،
        'محافظ بيشة'، 'صحفي للمالكي' (a prefixed form of a registered surname)."""
        if mention.kind != "role":
            return False
        keys = [fold(w) for w in mention.text.split()]
        lx = self.lx
        if any(k == _ON_BEHALF and j > 0 and keys[j - 1] not in lx.honorifics for j, k in enumerate(keys)):
            return True
        if len(keys) > 2 and keys[1] == BUSINESS:
            return True  # 'مديرة أعمال الممثلة'، 'وكيل أعمال رونالدو': an agent, not the client
        if (
            len(keys) == 2
            and keys[0] not in lx.honorifics
            and (keys[0] in lx.titles_m or keys[0] in lx.titles_f)
        ):
            return True
        known = self.registry.by_name(keys[-1])
        return known is not None and keys[-1] not in known.keys

    def _same_as(self, text: str) -> Speaker | None:
        """An earlier unnamed speaker that a definite mention takes up (المصادر المحلية -> مصادر محلية)."""
        words = self._words(text)
        for sp in reversed(self.history[-_HISTORY:]):
            prior = self._words(sp.name)
            if prior != words and (prior == words[: len(prior)] or words == prior[: len(words)]):
                return sp
        return None

    def _words(self, name: str) -> list[str]:
        """A name's folded words without the article, computed once per distinct name."""
        words = self._folded.get(name)
        if words is None:
            words = self._folded[name] = [_undefined(w) for w in fold(name).split()]
        return words

    def _agreeing(self, cue: CueForm) -> Speaker | None:
        """The last speaker an elided subject can refer to, by gender and number."""
        for sp in reversed(self.history[-_HISTORY:]):
            if cue.number == "pl" and sp.number != "pl":
                continue
            if (cue.gender == "f") == (sp.gender == "f"):
                return sp
        return self.history[-1] if self.history else None

    def run(self) -> list[Quote]:
        for pi, text in enumerate(self.paragraphs):
            self.pi = pi
            if self.live[pi] and not (self.quiet[pi] and self.open is None):
                if not self._registered:
                    self._registered = True
                    self._prepass(self._headline)
                self._paragraph(pi, text, self.toks[pi])
            else:
                self.open = None  # as `_continuation` does: a quotation does not run on past it
        return self.out

    def emit(self, sp: Speaker, cue: str, kind: str, pi: int, a: int, b: int) -> bool:
        """Add a quote for paragraphs[pi][a:b] trimmed of marks and connectives; False if empty."""
        text = self.paragraphs[pi]
        while a < b and text[a] in _TRIM:
            a += 1
        while b > a and text[b - 1] in _TRIM:
            b -= 1
        tail = text[a:b].rsplit(" ", 1)
        while len(tail) == 2 and tail[1] in _CONNECTIVES:
            b = a + len(tail[0])
            while b > a and text[b - 1] in _TRIM:
                b -= 1
            tail = text[a:b].rsplit(" ", 1)
        if b - a < 2 or not any(c.isalpha() for c in text[a:b]):
            return False
        self.out.append(
            Quote(
                speaker=sp.name,
                role=sp.role,
                resolved=sp.resolved,
                cue=cue,
                kind=kind,  # type: ignore[arg-type]
                text=text[a:b],
                paragraph=pi,
                start=a,
                end=b,
            )
        )
        return True

    def _continuation(self, pi: int, text: str, toks: list[Tok]) -> int:
        """Carry an open quotation into this paragraph; the token index where reading resumes."""
        op = self.open
        self.open = None
        if op is None or not toks:
            return 0
        marks = [k for k, t in enumerate(toks) if t.text in QUOTE_OPEN or t.text in "»”"]
        if not marks:
            return 0
        first = marks[0]
        closes = toks[first].text in "»”" or (
            toks[first].text == '"' and len([k for k in marks if toks[k].text == '"']) % 2 == 1
        )
        if not closes:
            return 0
        self.emit(op.speaker, op.cue, "direct", pi, 0, toks[first].start)
        return first + 1

    def _paragraph(self, pi: int, text: str, toks: list[Tok]) -> None:
        lx = self.lx
        resume = self._continuation(pi, text, toks)
        heading = is_heading(text, toks)
        long_line = heading and sum(t.word for t in toks) >= _LONG_LINE
        sents = Sentences(toks)
        anchors: list[Anchor] = []
        covered = resume
        i = resume
        post = lx.post
        # Only a cue or an after-content marker can anchor a statement, and the paragraph's first
        # token (a damaged cue): the positions worth a look, found in one comprehension.
        fronted = self.fronted
        keyed = _triggers().looks
        looks = [j for j, t in enumerate(toks) if t.key in keyed]
        if i == 0 and toks and looks[:1] != [0]:
            looks.insert(0, 0)
        at = 0
        while True:
            at = bisect_left(looks, i, at)
            if at == len(looks):
                break
            i = looks[at]
            key = toks[i].key
            if key in post or key in fronted:
                p = post_anchor(lx, toks, i, text, self.registry, anchors, sents) if i >= covered else None
                if p is None and anchors and anchors[-1].cue.lemma in lx.claim_lemmas and i >= covered:
                    # 'رفضت الوزيرة اتهامات ...، وفق "رويترز"': a rejection the source reports
                    p = post_anchor(lx, toks, i, text, self.registry, anchors[:-1], sents)
                    if p is not None and p.begin <= anchors[-1].cue_at:
                        anchors.pop()
                    else:
                        p = None
                if p is not None:
                    anchors.append(p)
                    i = max(i, p.mention.end - 1 if p.mention else i)  # its own verb is no new cue
                i += 1
                continue
            if key in POSTED:
                a = posted(lx, toks, i, text, self.registry, sents) if i >= covered else None
                if a is not None:  # 25a: 'ونشر X على حسابه في تويتر: ...'
                    anchors.append(a)
                    close = closing_quote(toks, a.content) if a.content < len(toks) else None
                    covered = close if close is not None else sents.end(a.content)
                    i = a.content
                else:
                    i += 1
                continue
            if key in lx.document_verbs:
                came = self._came(toks, i, text) if i >= covered else None
                if came is not None:
                    anchors.append(came)
                    i = came.content
                else:
                    i += 1
                continue
            if i and toks[i - 1].key in NEGATIONS:
                i += 1  # 'ولم يؤكد مسؤولو النادي': nothing was said
                continue
            if i >= covered and (p := as_reported(lx, toks, i, text, self.registry, anchors, sents)):
                anchors.append(p)  # '...، كما أفاد التلفزيون الرسمي.'
                i = max(i + 1, p.mention.end if p.mention else i)
                continue
            cue = cue_at(lx, toks, i)
            a = analyse(lx, toks, i, cue, text, self.registry, sents) if cue is not None else None
            if (
                a is not None
                and a.cue.tense == "present"
                and a.mode not in ("colon", "quote")
                and i
                and toks[i - 1].key == _AN
            ):
                a = None  # 'من المتوقع أن يعلن'، 'قبل أن يعلن الحكم': to announce (not 'قبل أن يضيف: "..."')
            if a is not None and a.mention is not None and fold(a.mention.text) in _NOT_SPEAKERS:
                a.mention = None  # 'صرح مرارا أنه'، 'حسبما أفادت': an adverb or a particle, no subject
            if a is not None and a.cue.lemma == BY_SAYING:
                a = self._by_saying(toks, i, a, text)
            if a is None or (
                heading
                and not (i == 0 and long_line)  # 'قالت خمسة مصادر مطلعة إن ...' without its full stop
                and (a.mode == "indirect" or (a.mention is None and i > 1))
            ):
                i += 1
                continue
            if is_damaged(lx, toks, i) and (a.mention is None or a.mention.kind not in ("person", "role")):
                i += 1
                continue
            if a.cue.kind == "verb" and _nested(toks, anchors, i, a) and same_sentence(toks, anchors, i):
                i += 1  # 'وأفاد مصدر مطلع بأن كوشنر أبلغ حماه ...': a report inside the statement
                continue
            if (
                a.cue.lemma in DESCRIBING
                and same_sentence(toks, anchors, i)
                and (anchors[-1].content < i - 1 or toks[i - 1].bare not in lx.relatives)
            ):
                # 'وقال إن الحصار، والذي وصفه بأنه "الأطول"، يعتبر ...'، 'انتقد X ولي العهد ووصفه
                # بأنه "ساذج"': the pronoun takes up a word of the running statement, which goes on
                i += 1
                continue
            if (
                a.cue.kind == "verb"
                and a.mention is None
                and toks[i].key[0] == "ف"
                and (amma := after_amma(toks, i)) >= 0
            ):  # 'أما الوزير فقال إن': the topic before ف speaks
                m = parse_speaker(toks, amma + 1, i, text, self.registry)
                if m is not None and (m.name or m.kind in ("role", "org", "group", "state")):
                    a.mention, a.backward = m, True
            if a.cue.kind == "verb" and a.mention is None and not a.backward:
                a.mention = self._document(toks, i, a, text)  # 'وأوضح بيان للجيش الإسرائيلي، أن'
            if a.cue.kind == "verb" and a.mention is None and not a.backward:
                back = parse_backward(toks, i, text, self.registry)
                initial = clause_initial(lx, toks, i)
                if back is not None:
                    a.mention, a.backward = back, True
                elif (was := self._was_named(toks, i, text)) is not None:
                    a.mention, a.backward = was, True  # 'وكان الأهلي قد طالب اتحاد الكرة بالسماح'
                elif i > 0 and toks[i - 1].key in lx.relatives:
                    i += 1  # 'الادعاءات التي أشارت إلى': a relative clause about a thing
                    continue
                elif toks[i].key != toks[i].bare and _after_quotation(toks, anchors, i):
                    # 25g: 'وقال X: «...»، ويضيف: «...»': و and a comma right after the quotation
                    # open a clause whose speaker goes on (a present cue too, as 'وأضاف' does)
                    a.follow = True
                elif (
                    not initial
                    and i
                    and a.cue.tense == "present"
                    and _pronoun_agrees(toks[i - 1].key, a.cue)
                    and not same_sentence(toks, anchors, i)  # 'قال X إنه ...، فهو يرى أنه': X goes on
                    and (a.mode in ("colon", "quote") or toks[a.content - 1].key in _THAT_KEYS)
                ):
                    # 'فهي ترى أن'، 'وهو يقول إنه': the pronoun takes up the last speaker of its
                    # gender (and number), whom speaker() finds with no mention and no context;
                    # not 'وهو يعتبر أكبر حقل'، 'فهي تشير إلى' (is considered, points to: no speech)
                    a.backward = True
                elif (
                    not initial
                    and (a.cue.tense == "present" or (a.cue.number == "pl" and a.cue.kind == "verb"))
                    and (front := self._front_subject(toks, i, text, a, raw=a.cue.tense == "present"))
                ):
                    # 'ولكن معارضي القرار يقولون إن'، 'لكن الخبراء في المتحف أكدوا الآن أنه' (a
                    # plural verb follows its subject)
                    a.mention, a.backward = front, True
                elif (
                    not initial and a.cue.tense == "present" and (vso := self._vso_subject(toks, i, a, text))
                ):
                    a.mention = vso  # 'وبنيت القرية من دون تصاريح يقول فلسطينيون إن'
                elif (
                    not initial
                    and a.cue.tense == "present"
                    and not same_sentence(toks, anchors, i)  # 'قالوا إن X منعت تبني بيان يدعو إلى'
                    and (doc := _written_before(lx, toks, i, a, text))
                ):
                    a.mention, a.backward = doc, True  # 'تداول المشجعون نشرة غير رسمية تقول إن'
                elif (
                    not initial
                    and a.cue.tense == "present"
                    and not _purpose(lx, toks[i])
                    and not _goes_on(lx, toks, anchors, i, a.cue)
                ):
                    i += 1  # 'أي دليل يشير إلى': a present verb inside a noun phrase
                    continue
                elif not initial and same_sentence(toks, anchors, i):
                    if toks[i].key != toks[i].bare:
                        a.follow = True  # 'أعلنت X ...، وقالت إن': the same speaker goes on
                    elif (main := _main_clause(toks, anchors[-1], i)) >= 0:
                        a.begin = a.main = main  # 'وبعد أن قال X إن ...، نشرت Y بيانا قالت فيه إن'
                    else:
                        i += 1  # 'ذكرت السلطة أن موظفين ... اتهموا': a verb inside the content
                        continue
                elif not initial:
                    a.subject = True
                elif (
                    (lx.cues.get(toks[i].bare, a.cue).tense == "present" and toks[i].bare in lx.impersonal)
                    or toks[i].key in lx.impersonal
                    or toks[i].bare in lx.impersonal
                ):
                    i += 1
                    continue
            if i < covered and not (i == 0 or toks[i - 1].text in SENTENCE_END):
                if not _colon_again(toks, i, a, anchors):
                    i += 1
                    continue
                a.follow, a.subject = True, False  # '...، وتابع قائلاً:': the same speaker goes on
            anchors.append(a)
            if a.mode == "quote":
                close = closing_quote(toks, a.content)
                covered = max(covered, close if close is not None else len(toks))
            elif a.mode == "colon":
                close = closing_quote(toks, a.content) if a.content < len(toks) else None
                # 'قال X: "..."، وقال Y: "..."': a quotation after the colon ends where it closes
                covered = close if close is not None else sents.end(a.content)
            i = max(i + 1, a.content)
        self._emit_anchors(pi, text, toks, anchors, sents)

    def _emit_anchors(
        self, pi: int, text: str, toks: list[Tok], anchors: list[Anchor], sents: Sentences
    ) -> None:
        last: Speaker | None = None
        last_end = -1
        carry: Speaker | None = None
        carry_cue = ""
        for n, a in enumerate(anchors):
            outer = None
            if carry is not None:  # a cue right after 'X، الذي': X is its subject (see below)
                sp = self.speaker(None, a.cue, carry)
                carry, outer = None, carry_cue
            else:
                context = None
                if a.mention is None and (honored := self._honored_pronoun(toks, a)) is not None:
                    context = honored  # 'وقال سموه': the last person named with that honorific
                elif a.mention is None and a.cue.kind == "participle":
                    context = (
                        last
                        if last is not None and a.cue_at <= last_end + 2
                        else self._subject(toks, text, a)
                    )
                elif a.mention is None and a.follow:
                    context = last
                elif a.mention is None and a.main >= 0:  # the main clause's subject, else as elided
                    context = self._subject(toks, text, a, a.main) if a.main < a.cue_at else last
                elif a.mention is None and a.subject:
                    context = self._subject(toks, text, a)
                elif a.mention is None and a.cue.kind == "verb" and not a.backward:
                    context = self._previous_subject(toks, text, a, sents, last_end)
                    if context is None and a.cue_at < 2 and last is None:
                        context = self._new_subject(pi, toks, a)
                sp = (
                    (
                        self._same_source(toks, a.mention)
                        if a.mention.end < len(toks) and toks[a.mention.end].key in _EMPHATIC
                        else self._official_goes_on(pi, toks, a, a.mention)
                    )
                    if a.mention is not None
                    else None
                ) or self.speaker(a.mention, a.cue, context)
                if sp is None and a.mention is None and a.cue.kind == "verb" and not a.backward:
                    sp = self._raw_subject(toks, text, a)
                if sp is None and a.mention is None:
                    sp = self._orphan(toks, a)
                if sp is None and a.mention is None and a.cue.kind == "verb" and not self.history and pi:
                    sp = self._paragraph_before(pi, toks, a)
                if sp is None and a.mention is None and a.cue.kind in ("verb", "participle"):
                    sp = self._opening_subject(toks, text, a, sents)
                if sp is None and a.mention is None and a.cue.kind == "verb" and not a.backward:
                    sp = self._sentence_before(pi, toks, a, sents)
            if sp is None:
                continue
            if n + 1 < len(anchors) and self._relative_next(toks, a, anchors[n + 1]):
                # 'وقال زائيف الذي تحدث في مؤتمر صحفي ... أن': 'الذي' alone is no statement; the
                # content after the relative clause is X's, under the outer cue
                carry = last = sp
                carry_cue = toks[a.cue_at].text
                last_end = a.content
                continue
            if a.silent:  # 'وأعرب X عن سعادته': X spoke (for what follows), but stated nothing
                last, last_end = sp, sents.end(a.content)
                continue
            limit = toks[anchors[n + 1].begin].start if n + 1 < len(anchors) else len(text)
            cue_text = toks[a.cue_at].text if outer is None else outer
            if outer is None and is_damaged(self.lx, toks, a.cue_at):
                cue_text = a.cue.form  # report the cue the scrape damaged as it is spelled: كد → أكد
            start_tok = a.content
            if start_tok >= len(toks):
                continue
            if a.mode == "post":
                self.emit(sp, cue_text, "indirect", pi, toks[start_tok].start, toks[a.stop].start)
                # the source phrase ends it ('...، حسب ما أعلن المتحدث ... كيم إيو كيوم، مضيفا أنه':
                # a participle right after it goes on for that source)
                end_tok = max(a.stop, a.mention.end - 1) if a.mention is not None else a.stop
            elif a.mode == "quote":
                close = closing_quote(toks, start_tok)
                if close is None:
                    self.emit(sp, cue_text, "direct", pi, toks[start_tok].end, len(text))
                    self.open = _Open(sp, cue_text, toks[start_tok].text, 2)
                    end_tok = len(toks) - 1
                else:
                    after = close + 1
                    if after < len(toks) and toks[after].word:  # إن "دمى ..." تحاول "..." في إيران
                        e = sents.end(after)
                        b = min(toks[e].start if e < len(toks) else len(text), limit)
                        self.emit(sp, cue_text, "indirect", pi, toks[start_tok].start, b)
                    else:
                        self.emit(sp, cue_text, "direct", pi, toks[start_tok].end, toks[close].start)
                    end_tok = close
            elif a.mode == "colon":
                if start_tok < len(toks) and toks[start_tok].text in QUOTE_OPEN:
                    a.mode = "quote"
                    a.content = start_tok
                    self._emit_anchors(pi, text, toks, [a], sents)
                    self.history.pop()
                    last, last_end = sp, len(toks)
                    continue
                self.emit(sp, cue_text, "direct", pi, toks[start_tok].start, limit)
                end_tok = len(toks) - 1
            else:
                e = sents.end(start_tok)
                b = min(toks[e].start if e < len(toks) else len(text), limit)
                # not 'وبحسب "رويترز"، فقد ذكرت الوزارة أن': a connective alone before the next cue
                if toks[start_tok].key not in _LINKS_ONLY or any(
                    fold(w) not in _LINKS_ONLY for w in text[toks[start_tok].start : b].split()
                ):
                    self.emit(sp, cue_text, "indirect", pi, toks[start_tok].start, b)
                end_tok = e
            last, last_end = sp, end_tok

    def _came(self, toks: list[Tok], i: int, text: str) -> Anchor | None:
        """'وجاء في البيان أن ...'، 'وورد في تقرير للوزارة أن ...': a statement of the document,
        spoken by its issuer when the phrase or the article names one (else the document)."""
        n = len(toks)
        if i + 3 >= n or toks[i + 1].key != _IN:
            return None
        if fold(toks[i + 2].text.removeprefix("ال")) not in self.lx.documents:
            return None
        if i and toks[i - 1].text not in SENTENCE_END and toks[i - 1].text not in ("،", ","):
            return None
        that = None
        k = i + 3
        while k < min(n, i + 12):
            t = toks[k]
            if t.key in _CAME_THAT or t.text in SENTENCE_END or t.text == ":":
                that = k
                break
            if t.text in QUOTE_OPEN:
                close = closing_quote(toks, k)
                named = close is not None and (
                    sum(w.word for w in toks[k + 1 : close]) < 3
                    or toks[k - 1].text.endswith("ـ")
                    or any(w.text in QUOTE_OPEN for w in toks[close + 1 : close + 4])
                )
                if not named:
                    that = k
                    break
                assert close is not None
                k = close  # 'بيان لشركة "آبل" أن'، 'ما يسمى بـ "مركز اعلام الغوطة"، "...': a name
            k += 1
        if that is None or toks[that].text in SENTENCE_END or that + 1 >= n:
            return None
        if toks[that].text in QUOTE_OPEN or toks[that].text == ":":
            # 'وجاء في بيان الجيش: «قتل ثلاثة من عسكريينا ...»': the document's words in marks
            mark = that if toks[that].text in QUOTE_OPEN else that + 1
            close = closing_quote(toks, mark) if toks[mark].text in QUOTE_OPEN else None
            if close is None or sum(t.word for t in toks[mark + 1 : close]) < 3:
                return None
            m = document_author(toks, i + 2, that, text, self.registry)
            if m is None or m.kind not in ("org", "person", "role", "state"):
                m = Mention("org", toks[i + 2].text, None, None, None, i + 3)
            return Anchor(i, _CAME_CUE, i, mark, "quote", m)
        inner = (self.lx.cue_index.get(toks[k].key) for k in range(that + 1, min(n, that + 6)))
        if any(c is not None and c.lemma not in self.lx.claim_lemmas for c in inner):
            return None  # 'وجاء في بيان للرئاسة أن مون قال: ...': the inner cue reports it
        m = document_author(toks, i + 2, that, text, self.registry)
        about = any(toks[k].key == "عن" and toks[k - 1].key not in self.lx.issued for k in range(i + 3, that))
        if m is None or about or m.kind not in ("org", "person", "role", "state"):
            m = Mention("org", toks[i + 2].text, None, None, None, i + 3)  # the document itself
        return Anchor(i, _CAME_CUE, i, that + 1, "indirect", m)

    def _by_saying(self, toks: list[Tok], i: int, a: Anchor, text: str) -> Anchor | None:
        """'بالقول' after the verb that opens its clause ('ومضت المصادر بالقول إن'، 'وجادل لافروف
        بالقول'، 'واكتفت بالقول إن'): the verb's subject speaks, the phrase right after the verb
        (as the parser reads it, else at most three plain words as written); a verb straight
        before it has an elided subject (the previous speaker of its gender). None when no verb
        opens the clause within twelve words. (A cue verb's own anchor, when it reads the
        complement, has already taken the content: 'وتابع X بالقول:' never reaches here.)"""
        lx = self.lx
        s = i - 1
        while s > 0 and i - s < 12 and toks[s - 1].word and toks[s - 1].key not in lx.relatives:
            s -= 1
        verb = toks[s] if s < i else None
        if (
            verb is None
            or not verb.word
            or verb.key in lx.function_words
            or verb.key in lx.adverbials
            or not (s == 0 or not toks[s - 1].word)
        ):
            return None
        a.backward = True  # no subject after the cue: never read one there
        a.begin = s  # the reporting clause begins at the verb
        if verb.key.endswith("ت") and a.cue.gender != "f":
            a.cue = replace(a.cue, gender="f")  # 'واكتفت بالقول': a feminine subject
        # the subject stands between the verb and its object or prepositional phrase ('وأنهى
        # ترامب خطابه بالقول'، 'وعلق على ذلك بالقول': none, an elided subject)
        stop = s + 1
        while stop < i and not _after_subject(lx, toks[stop]):
            stop += 1
        m = parse_speaker(toks, s + 1, stop, text, self.registry) if s + 1 < stop else None
        if m is None and s + 1 < stop:  # the words as written
            if stop - s - 1 > 3:
                return None
            m = Mention("group", text[toks[s + 1].start : toks[stop - 1].end], None, None, None, stop)
        a.mention = m  # None: the previous speaker of the verb's gender, or after a comma the
        # sentence's subject ('وتجنب رضائي تأكيد ذلك، واكتفى بالقول إن')
        a.subject = m is None and s > 0 and toks[s - 1].text in ("،", ",")
        return a

    def _was_named(self, toks: list[Tok], i: int, text: str) -> Mention | None:
        """The subject between كان and قد when the cue closes 'كان X قد' and parse_backward did not
        take it (a club, a body: 'وكان الأهلي قد طالب'، 'وكانت الهيئة قد أعلنت'): one to four plain
        words, the parser's reading when it covers them, else as written."""
        lx = self.lx
        w = was_at(lx, toks, i)
        if w < 0 or not 1 <= i - 2 - w <= 4:
            return None
        words = toks[w + 1 : i - 1]
        if not all(t.word and t.key not in lx.function_words and t.key not in lx.adverbials for t in words):
            return None  # 'وكان قد أعلن'، 'وكان في وقت سابق قد': no subject here
        if not subject_like(lx, words[0]):
            return None  # 'وكان رئيسها قد'، 'وكان بإمكانه قد': a pronoun or a governed phrase
        m = parse_speaker(toks, w + 1, i - 1, text, self.registry)
        if m is not None and m.end == i - 1:
            return m
        return Mention("role", text[words[0].start : words[-1].end], None, None, None, i - 1)

    def _honored_pronoun(self, toks: list[Tok], a: Anchor) -> Speaker | None:
        """For a cue followed by an honorific pronoun (وقال سموه، وأكد معاليه): the last person
        named up to this paragraph with that honorific (صاحب السمو الأمير ...، معالي الوزير ...)."""
        k = a.cue_at + 1
        if k >= len(toks) or k >= a.content or not self._honored:
            return None
        honors = honorific_pronouns().get(toks[k].key)
        if honors is None:
            return None
        for pi, person, words in reversed(self._honored):
            if pi <= self.pi and not honors.isdisjoint(words):
                role = person.roles[0] if person.roles else None
                gender = "f" if toks[k].key.endswith("ها") else "m"
                return Speaker(person.name, role, True, gender, "sg")
        return None

    def _document(self, toks: list[Tok], i: int, a: Anchor, text: str) -> Mention | None:
        """A document as the subject of a VSO cue ('وأوضح بيان للجيش الإسرائيلي الأحد، أن'،
        'ذكر بيان صادر عن الوزارة أن'، 'وقال بيان أصدرته الوزارة إن'): its issuer when the
        phrase names one, else the document (a bare 'بيان' then speaks for the last speaker,
        as 'وقال البيان' does)."""
        k = i + 1
        if k >= a.content or not toks[k].word or toks[k].definite:
            return None  # 'وأكد البيان الختامي': the parser reads a definite document itself
        if fold(toks[k].text) not in self.lx.documents and fold(toks[k].text) not in _issued():
            return None  # 25f: also a written thing or a figure ('وأشارت إحصائيات إلى أن')
        # its issuer: 'بيان صادر عن الوزارة'، 'بيان للجيش'، 'تقديرات وكالة الفضاء'، 'أرقام أعلنتها الوزارة'
        m = document_source(self.lx, toks, k, a.content, text, self.registry)
        if m is not None and m.kind in ("org", "person", "role", "state"):
            return m
        return Mention(
            "org", "بيان" if fold(toks[k].text) == fold("بيان") else toks[k].text, None, None, None, k + 1
        )

    def _front_subject(
        self, toks: list[Tok], i: int, text: str, a: Anchor, raw: bool = True
    ) -> Mention | None:
        """The subject before a present cue that opens its clause after it (SVO): 'ولكن معارضي
        القرار يقولون إن'، 'غير أن ناشطين من المعارضة يقولون إن'، 'الكوري الجنوبي تشونج يقول
        إنه'. The phrase runs from the sentence start or a clause opener (cues.json
        svo_present) to the cue; the parser must read it whole, except that a plural cue takes
        an unparsed phrase of at most five words as written (a group)."""
        lx = self.lx
        lemma = a.cue.lemma
        plural = a.cue.number == "pl" and lemma in lx.svo_plural
        if lemma not in lx.svo_lemmas and not plural:
            return None
        j = i - 1
        while j >= 0 and i - j <= 6 and toks[j].word and toks[j].key not in lx.relatives:
            if any(tuple(t.key for t in toks[j - len(o) + 1 : j + 1]) == o for o in lx.svo_openers):
                break
            j -= 1
        start = j + 1
        if not (j < 0 or toks[j].text in SENTENCE_END or (toks[j].word and toks[j].key in _SVO_LAST)):
            return None
        if start >= i or (
            toks[start].key in lx.function_words and toks[start].key not in lx.subject_quantifiers
        ):
            return None
        if any(t.key in lx.cue_index or t.key in lx.relatives for t in toks[start:i]):
            return None
        m = parse_speaker(toks, start, i, text, self.registry)
        if (
            m is not None
            and m.end == i
            and (plural or m.name or m.kind in ("role", "state") or _headed(lx, m))
        ):
            return m
        if not plural or i - start > 5:
            return None
        first = toks[start]
        if not raw and (
            first.key[0] == "و" or first.key.endswith(("هم", "ه", "ها")) or first.text.endswith("اً")
        ):
            return None  # a past plural: not 'وأصدر أقارب ...'، 'لكنهم'، 'وقديماً' (a clause, a pronoun)
        return Mention("group", text[toks[start].start : toks[i - 1].end], None, None, None, i)

    def _vso_subject(self, toks: list[Tok], i: int, a: Anchor, text: str) -> Mention | None:
        """A present cue inside a sentence with one to three plain words and then its
        complementizer right after it ('تصاريح إسرائيلية يقول فلسطينيون إن الحصول عليها مستحيل'):
        a new clause, those words its subject as written; else None."""
        lx = self.lx
        c = a.content - 1
        n = c - i - 1
        if a.mode != "indirect" or not 1 <= n <= 3 or toks[c].key not in _THAT_KEYS:
            return None
        words = toks[i + 1 : c]
        if not all(t.word for t in words) or any(
            t.key in lx.function_words
            or t.key in lx.adverbials
            or t.key in lx.adverbial_nouns
            or t.key in lx.relatives
            or t.key in lx.cue_index
            or t.key.endswith(("ه", "ها", "هم"))
            or (t.key[0] in "لب" and len(t.key) > 1)  # 'يقول لنا'، 'للتحالف': to whom, not who
            or t.text.endswith(("ً", "اً", "ًا"))  # 'يؤكد دائماً': an adverb
            for t in words
        ):
            return None
        return Mention("group", text[words[0].start : words[-1].end], None, None, None, c)

    def _orphan(self, toks: list[Tok], a: Anchor) -> Speaker | None:
        """An elided speaker with nobody reported before ('التقت فرانس24 بفراز القزاز ... قال:
        "..."'): the last person the article named with a title up to this paragraph (the
        headline counts), of the cue's gender when known, one whose name opens with a given
        name first. Only for a cue whose content follows a complementizer, a colon, a mark or
        a governed preposition at most six tokens after the cue (not 'وتعتبر وثيقة ...': an impersonal verb
        and its object), and a participle only after a comma or a closing mark."""
        cue = a.cue
        if a.content >= len(toks) or a.content - a.cue_at > 6:
            return None
        opener = toks[a.content - 1]
        if not (
            opener.key in _THAT_KEYS or opener.text in _ORPHAN_MARKS or toks[a.content].text in QUOTE_OPEN
        ):
            prep = toks[a.content].key
            if prep not in _ORPHAN_PREPS:
                return None
        if cue.kind == "participle" and not (a.cue_at and toks[a.cue_at - 1].text in _ORPHAN_AFTER):
            return None
        candidates = [
            person
            for pi, person in self._named
            if pi <= self.pi and not (person.gender and (person.gender == "f") != (cue.gender == "f"))
        ]
        sure = [p for p in candidates if p.keys and p.keys[0] in self.lx.given_names]
        if not (sure or candidates):
            return None
        person = (sure or candidates)[-1]
        role = person.roles[0] if person.roles else None
        sp = Speaker(person.name, role, True, "f" if cue.gender == "f" else "m", cue.number)
        self.history.append(sp)
        return sp

    def _same_source(self, toks: list[Tok], m: Mention) -> Speaker | None:
        """'حسب المصدر نفسه'، 'وقالت المصادر ذاتها': the emphatic takes up the last speaker."""
        if not self.history or m.name or " " in m.text or not m.text.startswith("ال"):
            return None  # (not 'لويس نفسه': the person himself)
        head = self._words(m.text)
        recent = self.history[-_HISTORY:]
        last = next((sp for sp in reversed(recent) if self._words(sp.name)[:1] == head), None)
        if last is None and head[0] in _SOURCE:
            last = recent[-1]  # 'the same source': whoever was quoted last; 'the same sources' are
            if head[0] != _SOURCE_ONE and last.number != "pl" and self.registry.by_name(last.name):
                return None  # not one named person ('وفقا لرئيس الوزراء مانويل فالس' ... 'بحسب ما
                # تقدره المخابرات' ... 'وبحسب المصادر نفسها')
        if last is None:
            return None
        sp = Speaker(last.name, last.role, True, last.gender, last.number)
        self.history.append(sp)
        return sp

    def _official_goes_on(self, pi: int, toks: list[Tok], a: Anchor, m: Mention) -> Speaker | None:
        """'وقال مصطفى الصغير، مدير عام آثار الكرنك، إن ...' then 'وأضاف المسؤول أن': a bare
        'the official' opening the next sentence of a titled person's statements is that person
        (elsewhere, or after an unnamed 'مسؤول ...', it is a source the article does not name)."""
        if fold(m.text) not in _OFFICIAL or not self.out or not self.history or a.cue.kind != "verb":
            return None
        last, prior = self.out[-1], self.history[-1]
        if (
            last.paragraph < pi - 1
            or last.speaker != prior.name
            or not prior.role
            or " " not in prior.name
            or self.registry.by_name(prior.name) is None
            or _OFFICIAL_HEAD in self.registry.unnamed
            or not toks[a.cue_at].text.startswith("و")
            or (a.cue_at > 0 and toks[a.cue_at - 1].word)
        ):
            return None
        since = last.end if last.paragraph == pi else 0
        if any(_OFFICIAL_HEAD in t.key and t.start >= since for t in toks[: a.cue_at]):
            return None  # '... مع تصريحات مسؤول دفاعي أميركي كبير. وقال المسؤول إن': that one
        if (prior.gender == "f") != (a.cue.gender == "f"):
            return None
        sp = Speaker(prior.name, prior.role, True, prior.gender, prior.number)
        self.history.append(sp)
        return sp

    def _relative_next(self, toks: list[Tok], a: Anchor, b: Anchor) -> bool:
        """Does the statement `a` opened hold only the relative pronoun before the next cue
        ('وقال زائيف الذي تحدث ... أن'، 'قالت ريتشيل كروكس، التي اتهمت ترامب ...، إنها')?"""
        return (
            a.mode != "post"
            and b.cue_at >= 1
            and toks[b.cue_at - 1].key in self.lx.relatives
            and a.content == b.cue_at - 1
        )

    def _paragraph_before(self, pi: int, toks: list[Tok], a: Anchor) -> Speaker | None:
        """A و-cue opening a paragraph with nobody reported before ('وقال في مقطع فيديو: ...' after
        'وجّه فنان العرب محمد عبده نصيحة للشباب ...'): the subject of the previous paragraph's
        last sentence, a named person (`_clause_subject`) or an institution right after its verb,
        of the cue's gender and number."""
        m = self._paragraph_subject(pi, toks, a)
        return None if m is None else self.speaker(m, a.cue, None)

    def _new_subject(self, pi: int, toks: list[Tok], a: Anchor) -> Speaker | None:
        """A و-cue opening a paragraph with no subject, after a last sentence of the previous
        paragraph that reports nothing and has a named person as its subject other than the last
        speaker ('بدوره، حدد ... عبدالكريم المنصوري أولوية ...' then 'وأشار إلى أن'): that person."""
        if not self.out or not self.history or pi == 0:
            return None
        last = self.out[-1]
        ptoks = self.toks[pi - 1]
        if (
            last.paragraph == pi - 1
            and ptoks
            and last.end > ptoks[Sentences(ptoks).start(len(ptoks) - 1)].start
        ):
            return None  # the last sentence reports a statement: its speaker goes on
        m = self._paragraph_subject(pi, toks, a)
        if m is None or m.kind != "person" or not m.name or m.name == self.history[-1].name:
            return None
        if " " not in m.name or not (m.role or self.registry.by_name(m.name) is not None):
            return None  # a full name, titled or known ('كرر التعبير'، 'قام' are junk parses)
        ptext = self.paragraphs[pi - 1]
        at = ptext.rfind(m.role) if m.role and m.role in ptext else ptext.rfind(m.text)
        before = ptext[:at].split() if at > 0 else []
        if before and fold(before[-1]) in _ORPHAN_PREPS | {_WITH}:
            return None  # 'وتحدث عبر الهاتف مع الرئيس الروسي فلاديمير بوتن': an object
        return self.speaker(m, a.cue, None)

    def _paragraph_subject(self, pi: int, toks: list[Tok], a: Anchor) -> Mention | None:
        """The subject `_paragraph_before` takes up, or None."""
        cue = a.cue
        if toks[a.cue_at].key[:1] not in ("و", "ف") or any(t.word for t in toks[: a.cue_at]):
            return None
        nxt = toks[a.cue_at + 1] if a.cue_at + 1 < len(toks) else None
        if nxt is None or (nxt.word and nxt.key not in _THAT_KEYS and nxt.key not in _AFTER_ELIDED):
            return None  # 'وقال خلف إنه': a subject the parse missed, not an elided one
        ptoks = self.toks[pi - 1]
        if len(ptoks) < 4:
            return None
        ptext = self.paragraphs[pi - 1]
        e = len(ptoks) - 1 if not ptoks[-1].word else len(ptoks)
        s = Sentences(ptoks).start(len(ptoks) - 1)
        m = self._clause_subject(ptoks, ptext, s, e)
        if m is None:
            k = s
            lx = self.lx
            while k < e and (
                not ptoks[k].word or ptoks[k].key in lx.openers or ptoks[k].key in lx.adverbials
            ):
                k += 1
            if k + 1 < e and ptoks[k + 1].key.removeprefix("ال") in lx.org_heads:
                o = parse_speaker(ptoks, k + 1, e, ptext, self.registry)
                if o is not None and o.kind == "org" and " " in o.text:
                    m = o  # a full name: a bare 'المجلس' may be taken up by another council
        if m is None or (m.kind == "person" and (m.gender == "f") != (cue.gender == "f")):
            return None  # a woman only when the parse says so: not 'فيصل' for 'أم فيصل'
        if m.name and (at := ptext.find(m.name, ptoks[s].start)) > 0:
            before = ptext[:at].split()
            if before and fold(before[-1]) in self.lx.kin:
                return None  # 'وقال والد مايكل براون': the father, whom the parse did not take
        if any(t.key in _REPORTED_FROM for t in ptoks[s : min(e, s + 3)]):
            return None  # 'ونقلت وكالة أنباء الصين عن لي تشونغ أن ...': the agency only reports
        lead = (m.text[: m.text.find(m.name)] if m.name and m.name in m.text else "") + " " + (m.role or "")
        if any(w[:1] == "و" and w not in self.lx.given_names for w in fold(lead).split()):
            return None  # 'الكاتبة كوثر الأربش ووالدة الشهيد محمد العيسى': the name of another
        if (cue.number == "pl") != (m.kind == "group"):
            return None
        return m

    def _raw_subject(self, toks: list[Tok], text: str, a: Anchor) -> Speaker | None:
        """The words between a VSO cue and its complementizer when the parser read no speaker
        there and nobody spoke before ('أعلن مطار الملك خالد الدولي أن'، 'كشفت تسريبات جديدة
        أن'، 'دعا مشاركون في «ملتقى ...» الدول'): that phrase is the subject, as written (up to
        a preposition, a comma or an adverbial, at most four words); not a pronoun title
        (سموه، معاليه), an adverbial phrase (في تصريح، لوكالة) or a participle (قائلا). After a
        cue whose subject is often a thing that shows (تشير، بينت) only a document or a thing that
        reports speaks ('كشف تحقيق لبي بي سي أن'، 'أفاد استطلاع للرأي أن'، 'كشفت تسريبات أن')."""
        lx = self.lx
        k = a.cue_at + 1
        if a.cue.lemma in lx.thing_subjects and (
            k >= len(toks) or _undefined(toks[k].key) not in reporters()
        ):
            return None  # 'وتشير صور الأقمار الصناعية إلى أن'، 'وبينت وثائق المحكمة أن': things show
        stop = a.content  # the complementizer (a function word) or the mark ends the phrase too
        close = closing_quote(toks, k) if k < stop and toks[k].text in QUOTE_OPEN else None
        if (
            close is not None
            and close < stop
            and 0 < close - k - 1 <= 4
            and all(t.word for t in toks[k + 1 : close])
        ):
            name = text[
                toks[k + 1].start : toks[close - 1].end
            ]  # 'وقالت "الأرصاد" عبر ...:': a name in marks
            sp = Speaker(name, None, False, "f" if a.cue.gender == "f" else "m", a.cue.number)
            self.history.append(sp)
            return sp
        words: list[Tok] = []
        if (
            k + 1 < stop
            and toks[k].key in _KUNYA
            and toks[k + 1].word
            and toks[k + 1].key not in lx.subject_stops
        ):
            words.append(toks[k])  # 'قالت أم فيصل «...»': أم is no 'or' here
            k += 1
        while k < stop and len(words) < 4:
            t = toks[k]
            if (
                not t.word
                or t.key in lx.subject_stops
                or (
                    t.key[0] in "لب"
                    and len(t.key) > 3
                    and not t.key.startswith("ال")
                    and not (words and t.text[-1] == "ة" and words[-1].text[-1] == "ة")
                )  # 'مشرعة بارزة': a feminine adjective agreeing with its noun, not بـ + a noun
            ):
                break
            words.append(t)
            k += 1
        if not words or (words[0].text.endswith(("ه", "ها", "هم")) and not words[0].definite):
            return None  # 'وقال سموه'، 'وأضاف رئيسها': a pronoun refers back, to nobody here
        if k < stop and words and _addressee(lx, toks[k]):
            k += 1  # 'وقال يانجر للصحفيين "..."': the subject, then whom it spoke to
        elif (
            k < stop and toks[k].word and toks[k].key not in lx.subject_stops and "that" in a.cue.complements
        ):
            # 'قال معاون للرئيس الإيراني حسن روحاني إن'، 'أعلن تشيلسي لكرة القدم اليوم أن': a
            # لـ/بـ phrase in the subject, then at most adverbials before أن/إن, a colon or a mark
            more = k
            while (
                more < stop
                and toks[more].word
                and toks[more].key not in lx.subject_stops
                and toks[more].key not in _THAT_KEYS
            ):
                more += 1
            rest = more
            while (
                rest < stop
                and toks[rest].word
                and (toks[rest].key in lx.subject_stops or toks[rest].key in _THAT_KEYS)
            ):
                rest += 1
            if rest == stop and more - a.cue_at - 1 <= 6 and a.mode != "post":
                words, k = toks[a.cue_at + 1 : more], stop
        if (
            k < stop
            and toks[k].word
            and toks[k].key not in lx.function_words
            and not _adjuncts(lx, toks, k, stop)
        ):
            return None  # more than a subject stands before the complement
        name = text[words[0].start : words[-1].end]
        sp = Speaker(name, None, False, "f" if a.cue.gender == "f" else "m", a.cue.number)
        self.history.append(sp)
        return sp

    def _opening_subject(self, toks: list[Tok], text: str, a: Anchor, sents: Sentences) -> Speaker | None:
        """Last resort for an elided subject nobody else resolves: the sentence opens with another
        verb (VSO) whose subject the parser reads right after it ('وذكر الخلف تفاصيل كفاحه في
        تغريدات، وقال: "..."'، 'أبدى سكان قرى غرب القصيم استياءهم ...، موضحين أنهم'): that
        subject, of the cue's gender and number when the parse says."""
        lx = self.lx
        if not (a.cue_at > 1 and toks[a.cue_at - 1].text in ("،", ",")):
            return None  # only a clause of its own after a comma (not 'عن وصف'، 'بعد أن كشف')
        if a.cue.kind == "verb" and toks[a.cue_at].key == toks[a.cue_at].bare:
            return None  # a verb after a comma without و is no new clause of the subject's
        s = sents.start(a.cue_at)
        while s < a.cue_at and (
            not toks[s].word or toks[s].key in lx.openers or toks[s].key in lx.adverbials
        ):
            s += 1
        if s + 1 >= a.cue_at or s == a.cue_at or toks[s].key in lx.cue_index:
            return None  # the cue opens its sentence (nothing before), or another cue does
        verb = toks[s]
        if (
            not (is_verb(lx, verb.key.removeprefix("و")) or is_verb(lx, verb.key))
            or verb.key in lx.function_words
        ):
            return None
        m = parse_speaker(toks, s + 1, a.cue_at, text, self.registry)
        if m is None or not (m.name or m.kind in ("role", "org", "group", "state")):
            return None
        if m.kind == "person" and m.gender and (m.gender == "f") != (a.cue.gender == "f"):
            return None
        if (a.cue.number == "pl") != (m.kind == "group") and a.cue.kind == "participle":
            return None
        return self.speaker(m, a.cue, None)

    def _sentence_before(self, pi: int, toks: list[Tok], a: Anchor, sents: Sentences) -> Speaker | None:
        """Last resort for a و-cue opening its sentence with an elided subject and nobody to take
        it from ('تندر أوباما نفسه على ستيوارت. وقال إنه «...»'، 'وتفقد وزير الصحة أمس المستشفى.
        وقال إن'): the subject right after the (non-cue) verb opening the sentence before (in this
        paragraph, else the last of the previous one), whatever the parser reads there (a name,
        a role, an institution, a group), of the cue's gender when the parse says."""
        lx = self.lx
        cue_tok = toks[a.cue_at]
        if cue_tok.key == cue_tok.bare or a.cue_at + 1 >= len(toks):
            return None  # only 'وقال'، 'فقال' (a new clause of the same subject)
        nxt = toks[a.cue_at + 1]
        if nxt.word and nxt.key not in _THAT_KEYS and nxt.key not in _AFTER_ELIDED:
            return None  # 'وقال أم إن'، 'وبين أحمد وخالد': a word the parse missed, not an elision
        s0 = sents.start(a.cue_at)
        if any(t.word for t in toks[s0 : a.cue_at]):
            return None  # the cue must open its sentence
        if s0 >= 2:
            ptoks, ptext, s, e = toks, self.paragraphs[pi], sents.start(s0 - 1), s0 - 1
        elif pi > 0 and len(self.toks[pi - 1]) > 3:
            ptoks, ptext = self.toks[pi - 1], self.paragraphs[pi - 1]
            e = len(ptoks) - 1 if not ptoks[-1].word else len(ptoks)
            s = Sentences(ptoks).start(len(ptoks) - 1)
        else:
            return None
        while s < e and (not ptoks[s].word or ptoks[s].key in lx.openers or ptoks[s].key in lx.adverbials):
            s += 1
        if s + 1 >= e:
            return None
        verb = ptoks[s]
        if (
            verb.key in lx.function_words
            or verb.key in lx.cue_index  # a sentence with a cue reported, or said nothing of its subject
            or not (is_verb(lx, verb.key) or is_verb(lx, verb.key.removeprefix("و")))
        ):
            return None
        m = parse_speaker(ptoks, s + 1, e, ptext, self.registry)
        if m is None or not (m.name or m.kind in ("role", "org", "group", "state")):
            return None
        if m.kind == "person" and m.gender and (m.gender == "f") != (a.cue.gender == "f"):
            return None
        if (a.cue.number == "pl") != (m.kind == "group"):
            return None
        return self.speaker(m, a.cue, None)

    def _subject(self, toks: list[Tok], text: str, a: Anchor, clause: int = -1) -> Speaker | None:
        """For a participle with no statement before it: the sentence's first titled or known
        person (of the clause from token `clause` on, when given)."""
        lx = self.lx
        j = a.cue_at - 1
        floor = max(0, clause)
        while j > floor and a.cue_at - j < MAX_SENTENCE and toks[j - 1].text not in SENTENCE_END:
            j -= 1
        # a dateline opening the sentence ('دبي، الإمارات العربية المتحدة (CNN) --') names no speaker
        j = max([j, *(k + 1 for k in range(j, min(j + 15, a.cue_at)) if toks[k].text in _DASHES)])
        m = self._clause_subject(toks, text, j, a.cue_at)
        if m is not None:  # 'أعاد الإعلامي السعودي، جمال خاشقجي، نشر ... الحوثيون ...، مؤكدا'
            return self.speaker(m, a.cue, None)
        rel = max((k for k in range(j, a.cue_at) if toks[k].key in lx.relatives), default=None)
        if rel is not None:  # X، الذي وضع شروطا ... مشددا على أن: X speaks
            m = parse_backward(toks, rel + 1, text, self.registry)
            if m is not None and (m.name or m.kind in ("role", "org", "group", "state")):
                return self.speaker(m, a.cue, None)
        for k in range(j, a.cue_at):
            key = toks[k].key
            if (
                key in lx.titles_m
                or key in lx.titles_f
                or key in lx.org_heads
                or key in lx.states
                or self.registry.match_name(toks, k, a.cue_at) > k
            ):
                m = parse_speaker(toks, k, a.cue_at, text, self.registry)
                if m is not None and (m.name or m.kind in ("role", "org", "state")):
                    return self.speaker(m, a.cue, None)
        return None

    def _clause_subject(self, toks: list[Tok], text: str, s: int, e: int) -> Mention | None:
        """The named person who is the subject of the clause toks[s:e], or None.

        After the clause's openers (لكن، ورغم أن، وكان) the subject stands first; otherwise the
        clause opens with its verb (VSO) and the subject is the first phrase after it
        (وتلقى بالمر ...، من جهته أثنى الحكم الدولي نبيل الشمردل ...). Only a person the parse
        is sure of counts: a name with a role, of two words, opening with a given name, or
        known to the article (after أن any name-like word: ورغم أن أرزاني استفاد)."""
        lx = self.lx
        k = s
        while k < e and (
            not toks[k].word
            or toks[k].key in lx.openers
            or toks[k].key in lx.adverbials
            or toks[k].key in lx.function_words
            or toks[k].key in _SUBJECT_SKIP
        ):
            k += 1
        if k >= e:
            return None
        opened = k > s and toks[k - 1].key in _SUBJECT_NEXT
        after_that = k > s and toks[k - 1].key == "ان"  # أن/إن + a noun: its subject
        start = k if opened else k + 1
        for p in range(start, min(e, start + 3)):
            if not toks[p].word:
                return None
            m = parse_speaker(toks, p, e, text, self.registry)
            if m is None:
                continue
            if m.name and (self._sure(m) or (after_that and p == k)):
                return m
            return None
        return None

    def _sure(self, m: Mention) -> bool:
        """Is this parsed name surely a person's? (see `_clause_subject`)"""
        name = m.name or ""
        return bool(
            m.role or fold(name.split()[0]) in self.lx.given_names or self.registry.by_name(name) is not None
        )

    def _previous_subject(
        self, toks: list[Tok], text: str, a: Anchor, sents: Sentences, last_end: int
    ) -> Speaker | None:
        """For a clause-initial cue with no subject ('... منيابوليس. وقال إنه'): the named subject
        of the sentence before, when that sentence reports no statement."""
        s0 = sents.start(a.cue_at)
        if s0 < 2:
            return None
        ps = sents.start(s0 - 1)
        if ps <= last_end:
            return None
        m = self._clause_subject(toks, text, ps, s0 - 1)
        if m is None or (m.gender and (m.gender == "f") != (a.cue.gender == "f")):
            return None
        return self.speaker(m, a.cue, None)


# A subject pronoun right before a present cue ('فهي ترى'، 'وهو يؤكد'، 'وهم يقولون'), with
# the gender and number the cue must agree in
_PRONOUN_SUBJECTS = {
    p + fold(w): gn
    for w, gn in (("هو", ("m", "sg")), ("هي", ("f", "sg")), ("هم", ("m", "pl")))
    for p in ("", "و", "ف")
}


def _goes_on(lx: Lexicon, toks: list[Tok], anchors: list[Anchor], i: int, cue: CueForm) -> bool:
    """25i: a present cue with و after a comma, in the sentence of an indirect statement whose
    cue agrees with it in gender and number ('قالت الوزارة إن ...، وتؤكد أن'، 'وتنفي باكستان
    ...، وتصر على أن'): the speaker goes on, as after 'وأضاف'; not a verb the content's own
    subject governs, which mostly disagrees ('تحقيق موثوق ...، ويكشف عن' after 'طالبت الدول')."""
    if toks[i].key == toks[i].bare or toks[i - 1].text not in ("،", ",") or cue.lemma in lx.passive_prone:
        return False
    if not same_sentence(toks, anchors, i):
        return False
    prev = anchors[-1].cue
    return prev.gender == cue.gender and prev.number == cue.number and prev.kind == "verb"


def _after_quotation(toks: list[Tok], anchors: list[Anchor], i: int) -> bool:
    """Does a comma right after the closing mark of the last anchor's quotation stand before i
    ('قال X: «...»، ويضيف')?"""
    if not anchors or i < 2 or toks[i - 1].text not in ("،", ",") or toks[i - 2].text not in QUOTE_CLOSE:
        return False
    a = anchors[-1]
    if a.mode not in ("quote", "colon") or a.content >= len(toks) or toks[a.content].text not in QUOTE_OPEN:
        return False
    if "object" in a.cue.complements or a.cue.lemma in DESCRIBING:
        return False  # 'وصف الرئيس X بأنه "تاجر"، وقال': the object may have been read as its subject
    return closing_quote(toks, a.content) == i - 2


def _pronoun_agrees(key: str, cue: CueForm) -> bool:
    """Is `key` a subject pronoun that agrees with the present cue after it?"""
    gn = _PRONOUN_SUBJECTS.get(key)
    return gn is not None and gn == ("f" if cue.gender == "f" else "m", "pl" if cue.number == "pl" else "sg")


# 'وجاء في البيان أن' (the verbs, documents and issuers are in cues.json): the complementizers.
_IN = fold("في")
_AN = fold("أن")  # also إن (the folds meet): before a present verb the subjunctive 'to', or 'if'
_CAME_THAT = frozenset(fold(w) for w in ("أن", "أنه", "أنها", "بأن"))
_CAME_CUE = CueForm("جاء", "جاء", "verb", "past", "m", "sg", frozenset())


# A fronted subordinate clause opens with one of these right before its verb (وبعد أن قال،
# عندما أكد): a statement reported in it ends where the main clause begins.
_SUBORDINATE = frozenset(
    p + fold(w) for w in ("بعدما", "عندما", "حينما", "لما", "كلما", "حين") for p in ("", "و")
)
_BEFORE_THAT = frozenset(fold(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ"))


def _main_clause(toks: list[Tok], prev: Anchor, i: int) -> int:
    """The token where the main clause begins when the statement `prev` opened was reported in a
    fronted subordinate clause ('وبعد أن قال كثيرون إن ...، نشرت الأستاذة بيانا قالت فيه إن')
    and the cue at i stands in that main clause: after the last comma before i, with no
    complementizer between; else -1 (the cue at i is inside the statement)."""
    c = prev.cue_at
    if not (
        (c > 0 and toks[c - 1].key in _SUBORDINATE)
        or (c > 1 and toks[c - 1].key == "ان" and toks[c - 2].key in _BEFORE_THAT)
    ):
        return -1
    for k in range(i - 1, prev.content, -1):
        t = toks[k]
        if t.text in ("،", ","):
            return k + 1
        if t.key in _THAT_KEYS or not t.word or i - k > 8:
            return -1
    return -1


def _colon_again(toks: list[Tok], i: int, a: Anchor, anchors: list[Anchor]) -> bool:
    """Inside unmarked speech after a colon, does a و-cue after a comma open the next one with a
    colon of its own ('وقال: خير الخطائين التوابون ...، وتابع قائلاً: هذه أول مشاركة'), or a
    participle after a comma a statement of its own (22g: 'وقال X: إن الأسعار ارتفعت، مضيفا
    أنها كانت أقل'، '...، مطالبا بإعادة النظر'، '...، مضيفا: ...'; the narrator's participle, not
    the speaker's words)?"""
    n = len(anchors)
    while n and anchors[n - 1].follow and anchors[n - 1].cue.kind == "participle":
        n -= 1  # a participle split off the colon speech (22g) leaves that speech running
    if not n or anchors[n - 1].mode != "colon":
        return False
    if a.mention is not None:
        # 22i: 'وقال X: إن تبديد الفرصة خطأ تاريخي، وحذر أوباما أنه ...': a و-cue naming its
        # speaker in the third person with a that-clause is the narrator's again
        c = anchors[n - 1].content
        return (
            a.mention.kind in ("person", "role")
            and toks[i].key != toks[i].bare
            and a.mode == "indirect"
            and toks[a.content - 1].key in _THAT_KEYS
            and c < len(toks)
            and toks[c].text not in QUOTE_OPEN
        )
    if toks[i - 1].text not in ("،", ","):
        return False
    if a.cue.kind == "participle":
        c = anchors[n - 1].content
        return c < len(toks) and toks[c].text not in QUOTE_OPEN
    return a.mode == "colon" and toks[i].key != toks[i].bare and a.content - i <= 3


# what may follow a و-cue whose subject is elided, besides a complementizer: a prepositional phrase
_AFTER_ELIDED = frozenset(
    fold(w) for w in ("في", "عبر", "من", "خلال", "بحسب", "حسب", "على", "إلى", "الى", "أيضا", "أيضاً")
)

_LINKS_ONLY = frozenset(fold(w) for w in ("فقد", "وقد", "فإن", "فان", "ف", "و"))
_REPORTED_FROM = frozenset(p + fold(w) for w in ("نقل", "نقلت", "نقلا") for p in ("", "و"))

_ON_BEHALF = fold("باسم")  # 'المتحدث باسم X': X is whom the speaker speaks for


def _extends(full: list[str], short: list[str]) -> bool:
    """A full institution name a head with nisbas takes up: the same head, every nisba in it, and
    ending with the last nisba ('وزارة الخارجية الأمريكية' for 'الوزارة الأمريكية'). Not a name
    that goes on with a ل-phrase: 'الحكومة المصرية لإصلاح الاقتصاد' is a clause in 3 of 4."""
    return (
        len(full) > len(short) and full[0] == short[0] and full[-1] == short[-1] and set(short) <= set(full)
    )


def _headed(lx: Lexicon, m: Mention) -> bool:
    """An institution named with its head noun (العفو الدولية is not; وزارة الصحة، الشرطة are)."""
    return m.kind in ("org", "group") and fold(m.text.split()[0]) in lx.org_heads | lx.group_heads


# The last word of an SVO clause opener (لكن، غير أن ...: see `_Article._front_subject`) and
# quantifiers that may open a subject phrase (كثيرا من الاقتصاديين، عدد من الأهالي).
_SVO_LAST = frozenset(
    fold(w) for w in ("لكن", "ولكن", "أن", "بينما", "فيما", "حين", "إذ", "حيث", "لأن", "بل")
)

# A line without final punctuation that opens with a cue and runs this many words is a
# statement whose full stop the scrape lost, not a subheading (see `is_heading`).
_LONG_LINE = 12

# The complementizers: what an orphan cue's content may follow (see `_Article._orphan`) and what
# makes a cue right after it a nested report (`_nested`).
_THAT_KEYS = frozenset(
    fold(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "أنهم", "إنهم")
)
_ORPHAN_MARKS = frozenset(":") | QUOTE_OPEN
_ORPHAN_PREPS = frozenset(fold(w) for w in ("إلى", "على", "عن", "من"))
_ORPHAN_AFTER = frozenset("،,") | QUOTE_CLOSE

_SUBJECT_SKIP = frozenset(
    fold(w) for w in ("رغم", "ورغم", "برغم", "وبرغم", "جهته", "جهتها", "ناحيته", "ناحيتها", "جانبه", "جانبها")
)
_SUBJECT_NEXT = frozenset(fold(w) for w in ("أن", "إن", "لكن", "ولكن", "كان", "وكان", "كانت", "وكانت"))


def extract_quotes(paragraphs: Sequence[str], headline: str | None = None) -> list[Quote]:
    """Every statement the article body attributes to a speaker, in reading order."""
    return issued_documents(_Article(paragraphs, headline).run(), paragraphs)


def _after_subject(lx: Lexicon, t: Tok) -> bool:
    """Does this word end a subject phrase after its verb: a mark, a function word, an adverbial,
    a preposition with the article (بالـ، للـ) or a noun with a pronoun suffix (an object:
    خطابه، كلامه، عليها)?"""
    return (
        not t.word
        or t.key in lx.function_words
        or t.key in lx.adverbials
        or t.key.startswith(("بال", "لل"))
        or (t.text.endswith(("ه", "ها", "هم")) and t.key not in lx.given_names)  # not ة: البلدية
    )


def _adjuncts(lx: Lexicon, toks: list[Tok], k: int, stop: int) -> bool:
    """Do only adjuncts stand between a subject and its complementizer: adverbials (أمس،
    الخميس), prepositional phrases of at most three words each (في بيان، بمجلس النواب، في
    الدوري الإنجليزي الممتاز) and commas, at most twelve tokens ('قال تجار أمس إن'، 'وأكد 32
    عضو بمجلس النواب، الخميس، في بيان أن')? Only before أن/إن (`stop` after it)."""
    if stop - k > 12 or stop < 1 or toks[stop - 1].key not in _THAT_KEYS:
        return False
    j, run = k, 0  # run: words since the last preposition (its object)
    while j < stop - 1:
        t = toks[j]
        if not t.word:
            if t.text not in ("،", ","):
                return False
            run = 3
        elif t.key in _PREPOSITIONS or (t.key[0] in "لب" and len(t.key) > 3 and t.key not in lx.adverbials):
            run = 0 if t.key in _PREPOSITIONS else 1  # (في is an adverbial opener too: a phrase here)
        elif t.key in lx.adverbials or t.key in lx.adverbial_nouns:
            run = 3
        elif run < 3 and t.key not in lx.cue_index and t.key not in lx.relatives:
            run += 1
        else:
            return False
        j += 1
    return True


# not عن: 'نقلت الوكالة أمس عن X أن' names the speaker after it
_PREPOSITIONS = frozenset(fold(w) for w in ("في", "من", "على", "خلال", "عبر", "أمام", "لدى", "مع"))


_KUNYA = frozenset(fold(w) for w in ("أم", "أبو", "ابو"))  # 'أم فيصل': mother of, a name's first word


def _addressee(lx: Lexicon, t: Tok) -> bool:
    """Is the word whom a statement is made to ('للصحفيين'، 'لرويترز'), not part of the subject?"""
    key = t.key
    return (key.startswith("لل") and key[2:] in lx.media) or (key[0] == "ل" and key[1:] in lx.media)


# one-word phrases the speaker parse reads after a cue that are adverbs or particles, never a
# subject ('صرح مرارا'، 'نفت علنا'، '، حسبما أفادت'، 'مما حدا'): the cue's subject is elsewhere
_NOT_SPEAKERS = frozenset(
    fold(w)
    for w in (
        "مما",
        "حسبما",
        "ما",
        "وما",
        "بعدما",
        "وبعدما",
        "حينما",
        "عندما",
        "لما",
        "كلما",
        "إنما",
        "وإنما",
        "لذا",
        "هذا",
        "وهذا",
        "مرارا",
        "مراراً",
        "علنا",
        "علناً",
        "عفوا",
        "أيضا",
        "أيضاً",
    )
)
