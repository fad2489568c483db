"""Who said what: every statement an article attributes to a speaker, with its speaker.

A statement hangs on a reporting cue from the lexicon (`data/cues.json`): a verb (`وقال`,
`أكدت`, `يرى`), a participle (`مضيفا`, `مشيرة إلى`), a verbal noun (`عن X قوله`) or an
after-content marker (`..., حسب ما أعلن X`). For each cue the extractor reads the speaker phrase
after it (or the subject before it, `وكان X قال`), then the complement that opens the content:
`أن/إن/بأن`, a colon, a quotation mark, a preposition the verb governs (`دعا إلى`) or a direct
object (`أعلن اكتمال ...`). The content runs to its closing quotation mark, the end of the
sentence, or the next cue. Elided speakers (`وأضاف:`) take the previous speaker of the same
gender and number; role-only and surname-only mentions resolve through `speakers.Registry`.

Quotes spanning paragraphs: the first paragraph's part is one `Quote`; each continuation
paragraph up to the closing mark is another `Quote` with the same speaker and cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from akhbar.extract.lexicon import CueForm, Lexicon, fold, lexicon
from akhbar.extract.speakers import (
    Mention,
    Registry,
    Speaker,
    _Person,
    parse_backward,
    parse_speaker,
    skip_adverbial,
)
from akhbar.extract.tokens import QUOTE_OPEN, SENTENCE_END, Tok, closing_quote, tokenize
from akhbar.records import Quote

__all__ = ["extract_quotes"]

_THAT = frozenset(
    [
        "ان",
        "انه",
        "انها",
        "انهم",
        "انهما",
        "اننا",
        "انني",
        "اني",
        "انهن",
        "بان",
        "بانه",
        "بانها",
        "بانهم",
        "باننا",
    ]
)
_PREP_KEYS = {p: fold(p) for p in ("إلى", "على", "عن", "من")}
_MAX_SEGMENT = 28
_CONNECTIVES = frozenset(
    ["و", "ف", "كما", "ثم", "قد", "وقد", "فقد", "لكن", "لكنه", "لكنها", "ولكن", "فيما", "بينما", "حيث"]
)
_TRIM = ' \t\n،,:;.»«"“”-–—'


@dataclass(slots=True)
class _Anchor:
    """A cue whose complement was found: where its clause begins and its content starts."""

    cue_at: int
    cue: CueForm
    begin: int  # token index where the reporting clause begins (a boundary for earlier content)
    content: int  # token index where the content starts
    mode: str  # quote | colon | indirect
    mention: Mention | None
    backward: bool = False
    subject: bool = False  # elided mid-sentence: the sentence's subject speaks
    follow: bool = False  # elided after a statement in the same sentence: its speaker goes on
    stop: int = -1  # for an after-content attribution: the token the content ends before


@dataclass(slots=True)
class _Open:
    """A quotation left open at the end of a paragraph."""

    speaker: Speaker
    cue: str
    mark: str
    left: int


def _cue_at(lx: Lexicon, toks: list[Tok], i: int) -> CueForm | None:
    t = toks[i]
    cue = lx.cue_index.get(t.key)  # the form itself or after و/ف
    if cue is None:
        if i == 0 and t.word and t.key not in lx.function_words:
            return lx.damaged.get(t.key)  # first letter lost in the scrape: كد المتحدث = أكد المتحدث
        return None
    if cue.lemma == "بين" and not (t.key != t.bare or i == 0):
        return None  # بين is a preposition unless it opens a clause (وبين، بين at paragraph start)
    if t.key[0] == "ف" and t.key not in lx.cues and _inside_phrase(lx, toks, i):
        return None  # 'مارك فراي': a name, not ف + رأى
    return cue


def _inside_phrase(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Does token i follow a content word directly (so a ف on it cannot open a clause)?"""
    prev = toks[i - 1] if i > 0 else None
    return prev is not None and prev.word and prev.key not in lx.function_words


def _glued_name(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    return toks[j].key[0] == "ف" and _inside_phrase(lx, toks, j)


def _clause_initial(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Does the cue open its sentence (after at most a fronted adverbial ending in a comma)?"""
    j = i - 1
    while j >= 0 and toks[j].text not in SENTENCE_END:
        if toks[j].text in ("،", ",") and j == i - 1:
            return _fronted(lx, toks, j)
        if toks[j].word and toks[j].key not in lx.openers and toks[j].key not in lx.adverbials:
            return False
        j -= 1
    return True


def _fronted(lx: Lexicon, toks: list[Tok], comma: int) -> bool:
    """Is the phrase before this comma a fronted adverbial (من جانبه، وفي تغريدة ...، بدوره)?"""
    j = comma - 1
    while j >= 0 and toks[j].text not in SENTENCE_END and toks[j].text not in ("،", ","):
        j -= 1
    first = toks[j + 1] if j + 1 < comma else None
    if sum(t.word for t in toks[j + 1 : comma]) > 7:
        return False  # a whole clause, not a fronted adverbial ('وفي بداية الأسبوع وضعت الحكومة ...،')
    return first is not None and (
        first.key in lx.adverbials
        or first.bare in lx.adverbials
        or first.key in ("من", "ومن", "وفي")
        or first.bare in lx.openers_adv
    )


def _damaged(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    t = toks[i]
    return t.key not in lx.cues and t.bare not in lx.cues and t.key[1:] not in lx.cues


# Longest statement, in tokens, that one cue can introduce within a paragraph.
_MAX_SENTENCE = 400
# How many earlier speakers a mention or an elided subject may refer back to.
_HISTORY = 40


def _sentence_end(toks: list[Tok], i: int) -> int:
    """Index of the sentence-final token at or after `i`, skipping quoted spans (len if none).

    A run-on paragraph with no sentence end stops the scan after _MAX_SENTENCE tokens, so a page
    of one huge line costs linear time, not quadratic.
    """
    j = i
    n = min(len(toks), i + _MAX_SENTENCE)
    while j < n:
        t = toks[j]
        if t.text in QUOTE_OPEN:
            close = closing_quote(toks, j)
            if close is not None and close - j < 120:
                j = close + 1
                continue
        if t.text in SENTENCE_END and (j + 1 == n or toks[j + 1].start > t.end):
            return j
        j += 1
    return n


def _strong(lx: Lexicon, toks: list[Tok], i: int, limit: int, cue: CueForm) -> tuple[int, str] | None:
    """The first complementizer after a cue: (index, 'that'|'colon'|'quote'), or None.

    Another cue before it ends the search (`أردف ... قائلا "..."`: the participle reports)."""
    preps = {_PREP_KEYS[p] for p in cue.complements if p in _PREP_KEYS}
    j = i
    while j < limit:
        t = toks[j]
        if t.text in SENTENCE_END and (j + 1 == len(toks) or toks[j + 1].start > t.end):
            return None
        if t.text == ":":
            return j, "colon"
        if t.text in QUOTE_OPEN:
            close = closing_quote(toks, j)
            stop = close if close is not None else len(toks)
            words = sum(1 for k in toks[j + 1 : stop] if k.word)
            glued = j > 0 and toks[j - 1].end == t.start and toks[j - 1].key in ("ل", "ب")
            tail = close is not None and (close + 1 >= len(toks) or toks[close + 1].text in SENTENCE_END)
            named = close is not None and any(k.text in QUOTE_OPEN for k in toks[close + 1 : close + 4])
            if (
                not glued
                and not named
                and (words >= 3 or (words >= 1 and tail) or (close is None and words >= 2))
            ):
                return j, "quote"
            if close is None:
                return None
            j = close + 1
            continue
        if t.key in _THAT:
            prev = toks[j - 1].key if j > i else ""
            if prev in preps or prev not in lx.subordinators:
                return j, "that"
        if j > i and t.word and (t.key in lx.cues or (t.bare in lx.cues and not _glued_name(lx, toks, j))):
            return None
        j += 1
    return None


def _analyse(
    lx: Lexicon, toks: list[Tok], i: int, cue: CueForm, text: str, registry: Registry
) -> _Anchor | None:
    """The anchor a cue at `i` makes, or None when no complement follows it."""
    end = _sentence_end(toks, i)
    window = min(end, i + 1 + _MAX_SEGMENT)
    if cue.kind == "masdar":
        return _masdar(lx, toks, i, cue, window, text, registry)
    found = _strong(lx, toks, i + 1, window, cue)
    if found is not None:
        j, mode = found
        if cue.kind == "participle" and j > i + 3 and mode != "that":
            return None
        mention = None
        if cue.kind == "verb" and j > i + 1:
            mention = parse_speaker(toks, i + 1, j, text, registry)
            if cue.lemma == "نقل":
                return _relayed(lx, toks, i, j, cue, mode, text, registry)
        if mention is None and cue.kind == "verb" and j > i + 1 and _content_like(lx, toks, i + 1, j):
            return None
        content = j if mode == "quote" else j + 1
        if mode == "quote":
            gap = _gap_complement(lx, toks, mention.end if mention else i + 1, j, cue)
            if gap is not None:  # طالب X، بفتح "تحقيق ..."
                return _Anchor(i, cue, i, gap, "indirect", mention)
        elif mode == "that" and content < len(toks) and toks[content].text in QUOTE_OPEN:
            close = closing_quote(toks, content)
            if close is not None and (close + 1 == len(toks) or not toks[close + 1].word):
                mode = "quote"  # أن "..." : the marks hold the whole statement
        if mode == "that" and j > 0 and toks[j - 1].key == "الى" and cue.kind == "participle":
            content = j + 1
        return _Anchor(i, cue, i, content, "indirect" if mode == "that" else mode, mention)
    return _weak(lx, toks, i, cue, end, text, registry)


def _gap_complement(lx: Lexicon, toks: list[Tok], a: int, b: int, cue: CueForm) -> int | None:
    """Where content starts between a speaker and a quotation mark, when a complement stands there."""
    k = a
    while k < b:
        skipped = _skip(lx, toks, k, b)
        if skipped == k:
            break
        k = skipped
    if k >= b or not toks[k].word:
        return None
    key = toks[k].key
    preps = {_PREP_KEYS[p] for p in cue.complements if p in _PREP_KEYS}
    if key in preps or ("ب" in cue.complements and key.startswith("ب") and len(key) > 3):
        return k
    if "object" in cue.complements and key not in lx.function_words and key not in lx.adverbial_nouns:
        return k
    return None


def _skip(lx: Lexicon, toks: list[Tok], k: int, b: int) -> int:
    """Past one comma or adverbial at k."""
    if toks[k].text in ("،", ","):
        return k + 1
    return skip_adverbial(lx, toks, k, b)


def _content_like(lx: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Does toks[a:b] read as content rather than a speaker with adverbials? (too long to be one)."""
    words = [
        t for t in toks[a:b] if t.word and t.key not in lx.adverbials and t.key not in lx.adverbial_nouns
    ]
    return len(words) > 6


def _weak(
    lx: Lexicon, toks: list[Tok], i: int, cue: CueForm, end: int, text: str, registry: Registry
) -> _Anchor | None:
    """A cue whose content is a preposition phrase, a direct object or bare speech."""
    comps = cue.complements
    mention = None
    k = i + 1
    if cue.kind == "verb":
        mention = parse_speaker(toks, k, end, text, registry)
        if mention is not None:
            k = mention.end
    while k < end:
        skipped = _skip(lx, toks, k, end)
        if skipped == k:
            break
        k = skipped
    if k >= end or not toks[k].word:
        return None
    key = toks[k].key
    mode = ""
    for prep, pkey in _PREP_KEYS.items():
        if prep in comps and key == pkey:
            mode = "prep"
    if "ب" in comps and key.startswith("ب") and len(key) > 3:
        mode = "prep"
    if not mode and "object" in comps and (key not in lx.function_words or key == "ما"):
        mode = "object"
    if not mode and "bare" in comps and mention is not None and key not in lx.openers_adv:
        mode = "bare"
    if not mode or end - k < 2:
        return None
    if mention is None and cue.kind == "verb" and (key in lx.titles or key in lx.org_heads):
        return None  # a speaker the parser could not read: better no statement than a wrong one
    return _Anchor(i, cue, i, k, "indirect", mention)


def _masdar(
    lx: Lexicon, toks: list[Tok], i: int, cue: CueForm, window: int, text: str, registry: Registry
) -> _Anchor | None:
    """`نقلت X عن Y قوله إن ...`: Y is the speaker."""
    found = _strong(lx, toks, i + 1, min(window, i + 3), cue)
    if found is None:
        return None
    src = next((j for j in range(i - 1, max(-1, i - 10), -1) if toks[j].key == "عن"), None)
    if src is None:
        return None
    mention = parse_speaker(toks, src + 1, i, text, registry)
    j, mode = found
    return _Anchor(
        i, cue, i, j if mode == "quote" else j + 1, "indirect" if mode == "that" else mode, mention
    )


def _relayed(
    lx: Lexicon, toks: list[Tok], i: int, j: int, cue: CueForm, mode: str, text: str, registry: Registry
) -> _Anchor | None:
    """`نقلت وكالة X عن Y أن ...`: Y speaks; with `قوله` the verbal noun makes the statement."""
    if any(lx.cues.get(t.key, cue).kind == "masdar" for t in toks[i + 1 : j]):
        return None
    src = next((k for k in range(i + 1, j) if toks[k].key == "عن"), None)
    mention = parse_speaker(toks, (src + 1) if src is not None else i + 1, j, text, registry)
    return _Anchor(
        i, cue, i, j if mode == "quote" else j + 1, "indirect" if mode == "that" else mode, mention
    )


_POST_CUE = CueForm("حسب", "حسب", "post", "-", "m", "sg", frozenset())
_NEGATIONS = frozenset(["لم", "ولم", "فلم", "لن", "ولن"])
_ABOUT = frozenset(["عن", "عنه", "عنها", "ما", "لما"])


def _post(
    lx: Lexicon, toks: list[Tok], i: int, text: str, registry: Registry, anchors: list[_Anchor]
) -> _Anchor | None:
    """`..., حسب ما أعلن X` / `بحسب X` / `وفقا لما ذكرته X` / `نقلا عن X`: X said the clause before.

    Only when the clause has no cue of its own (then X merely relays that statement)."""
    if toks[i].key == "لسان" and not (i > 0 and toks[i - 1].key == "علي"):
        return None
    k = i - 1 if toks[i].key != "لسان" else i - 2
    if k >= 0 and toks[k].key == "وذلك":
        k -= 1
    if k < 1 or toks[k].text not in ("،", ",", "»", '"', "”"):
        return None
    start = k
    while start > 0 and k - start < _MAX_SENTENCE and toks[start - 1].text not in SENTENCE_END:
        start -= 1
    if start >= k or any(a.cue_at >= start for a in anchors):
        return None
    end = _sentence_end(toks, i)
    j, verb = i + 1, False
    while j < end and (toks[j].key in _ABOUT or toks[j].key == "ل"):
        j += 1
    if j < end and _reporting(lx, toks[j].key):
        verb = True
        j += 1
        while j < end and toks[j].key in _ABOUT:
            j += 1
    if j >= end:
        return None
    seg = toks
    if toks[j].key.startswith("ل") and len(toks[j].key) > 3 and toks[j].key not in lx.cues:
        t = toks[j]  # وفقا لوزارة الصحة: read the speaker without the preposition
        seg = [*toks[:j], t._replace(text=t.text[1:], key=t.key[1:], start=t.start + 1), *toks[j + 1 : end]]
    m = parse_speaker(seg, j, end, text, registry)
    if m is None or not (verb or m.role or m.kind in ("org", "group", "state", "role") or registry.by_name(m.text)):
        return None
    return _Anchor(i, _POST_CUE, start, start, "post", m, stop=k)


def _reporting(lx: Lexicon, key: str) -> bool:
    """A reporting verb, perhaps with an object pronoun (أعلن، ذكرته، نقلته، ورد)."""
    for cut in (0, 1, 2):
        stem = key[: len(key) - cut] if cut else key
        cue = lx.cues.get(stem)
        if cue is not None and cue.kind == "verb":
            return True
    return key in ("ورد", "اورد", "اوردت", "اوردته")


def _definite_role(text: str) -> bool:
    """'المتحدث باسم ...' or 'متحدث التحالف' name one known office; 'متحدث باسم ...' is anyone."""
    words = text.split()
    if len(words) > 1 and fold(words[1]) in ("باسم", "عن"):
        return words[0].startswith("ال")
    return any(w.startswith(("ال", "لل")) for w in words[:3])  # ولي عهد السعودية


_STATEMENTS = frozenset(fold(w) for w in ("البيان", "بيان", "البلاغ", "التقرير"))


def _undefined(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _same_sentence(toks: list[Tok], anchors: list[_Anchor], i: int) -> bool:
    """Does an indirect statement earlier in this sentence still run at token i?"""
    if not anchors or anchors[-1].mode != "indirect" or not 0 < i - anchors[-1].cue_at < _MAX_SENTENCE:
        return False
    return all(t.text not in SENTENCE_END for t in toks[anchors[-1].cue_at : i])


def _nominative(name: str) -> str:
    """A plural nisba group in its citation form: 'الحوثيين' (after a preposition) -> 'الحوثيون'."""
    if " " not in name and name.startswith("ال") and name.endswith("يين") and len(name) > 6:
        return name[:-2] + "ون"
    return name


def _heading(text: str, toks: list[Tok]) -> bool:
    """A subheading: a short line without final punctuation."""
    return len(toks) < 24 and not any(text.rstrip().endswith(c) for c in ".!?؟:)")


class _Article:
    """Extraction state across the paragraphs of one article."""

    def __init__(self, paragraphs: Sequence[str], headline: str | None) -> None:
        self.lx = lexicon()
        self.paragraphs = paragraphs
        self.toks = [tokenize(p) for p in paragraphs]
        self.registry = Registry()
        self.history: list[Speaker] = []
        self.out: list[Quote] = []
        self.open: _Open | None = None
        self._orgs: dict[str, list[tuple[int, str]]] | None = None  # built on first need
        self.pi = 0
        self._prepass(headline)

    def _prepass(self, headline: str | None) -> None:
        """Register every person the article names with a title, before reading statements."""
        lx = self.lx
        heads = lx.title_heads
        texts = [*self.paragraphs, headline] if headline else list(self.paragraphs)
        toks_all = [*self.toks, tokenize(headline)] if headline else self.toks
        for text, toks in zip(texts, toks_all, strict=True):
            i = 0
            while i < len(toks):
                if toks[i].key in heads:
                    m = parse_speaker(toks, i, min(len(toks), i + 16), text, None)
                    if m is not None and m.name:
                        self.registry.add(m.name, m.role, m.gender)
                        i = max(i + 1, m.end)
                        continue
                i += 1

    def _institutions(self) -> dict[str, list[tuple[int, str]]]:
        """The institutions the article names in full, under their head with the article
        ('الهيئه' -> [(paragraph, 'هيئة معايير الإعلان')]); read once, when first needed."""
        if self._orgs is None:
            self._orgs = {}
            heads = self.lx.org_heads
            for pi, (text, toks) in enumerate(zip(self.paragraphs, self.toks, strict=True)):
                for i, t in enumerate(toks):
                    if t.key in heads:
                        m = parse_speaker(toks, i, min(len(toks), i + 8), text, None)
                        if m is not None and m.kind == "org" and " " in m.text:
                            head = t.key if t.definite else "ال" + t.key
                            self._orgs.setdefault(head, []).append((pi, m.text))
        return self._orgs

    def _institution(self, mention: Mention) -> str | None:
        """The full name of an institution a bare definite head takes up (الهيئة -> هيئة معايير الإعلان)."""
        words = mention.text.split()
        if len(words) != 1:
            return None
        if not words[0].startswith("ال") or fold(words[0]) not in self.lx.org_heads:
            return None
        named = self._institutions().get(fold(words[0]))
        if not named:
            return None
        before = [name for pi, name in named if pi <= self.pi]
        return before[-1] if before else named[0][1]

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
                else self.registry.add(mention.name, mention.role, mention.gender or gender)
            )
            role = mention.role or (person.roles[0] if person.roles else None)
            sp = Speaker(person.name, role, person.name != mention.name, gender, cue.number)
        else:
            known: _Person | None = (
                self.registry.by_role(mention.text, mention.gender)
                if mention.kind == "role" and _definite_role(mention.text)
                else None
            )
            if known is None and mention.kind in ("org", "role"):
                known = self.registry.by_name(mention.text.split()[-1])
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
                    mention.text if mention.kind == "role" else None,
                    False,
                    gender,
                    number,
                )
        self.history.append(sp)
        return sp

    def _same_as(self, text: str) -> Speaker | None:
        """An earlier unnamed speaker that a definite mention takes up (المصادر المحلية -> مصادر محلية)."""
        words = [_undefined(w) for w in fold(text).split()]
        for sp in reversed(self.history[-_HISTORY:]):
            prior = [_undefined(w) for w in fold(sp.name).split()]
            if prior != words and (prior == words[: len(prior)] or words == prior[: len(words)]):
                return sp
        return None

    def _agreeing(self, cue: CueForm) -> Speaker | None:
        """The last speaker an elided subject can refer to, by gender and number."""
        for sp in reversed(self.history):
            if cue.number == "pl" and sp.number != "pl":
                continue
            if (cue.gender == "f") == (sp.gender == "f"):
                return sp
        return self.history[-1] if self.history else None

    def run(self) -> list[Quote]:
        for pi, text in enumerate(self.paragraphs):
            self.pi = pi
            self._paragraph(pi, text, self.toks[pi])
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
        heading = _heading(text, toks)
        anchors: list[_Anchor] = []
        covered = resume
        i = resume
        index = lx.cue_index
        post = lx.post
        while i < len(toks):
            key = toks[i].key
            if i and key not in index and key not in post:  # the common case, decided without a call
                i += 1
                continue
            if key in post:
                p = _post(lx, toks, i, text, self.registry, anchors) if i >= covered else None
                if p is not None:
                    anchors.append(p)
                i += 1
                continue
            if i and toks[i - 1].key in _NEGATIONS:
                i += 1  # 'ولم يؤكد مسؤولو النادي': nothing was said
                continue
            cue = _cue_at(lx, toks, i)
            a = _analyse(lx, toks, i, cue, text, self.registry) if cue is not None else None
            if a is None or (heading and (a.mode == "indirect" or (a.mention is None and i > 1))):
                i += 1
                continue
            if _damaged(lx, toks, i) and (a.mention is None or a.mention.kind not in ("person", "role")):
                i += 1
                continue
            if a.cue.kind == "verb" and a.mention is None:
                back = parse_backward(toks, i, text, self.registry)
                initial = _clause_initial(lx, toks, i)
                if back is not None:
                    a.mention, a.backward = back, True
                elif i > 0 and toks[i - 1].key in lx.relatives:
                    i += 1  # 'الادعاءات التي أشارت إلى': a relative clause about a thing
                    continue
                elif not initial and a.cue.tense == "present":
                    i += 1  # 'أي دليل يشير إلى': a present verb inside a noun phrase
                    continue
                elif not initial and _same_sentence(toks, anchors, i):
                    if toks[i].key == toks[i].bare:
                        i += 1  # 'ذكرت السلطة أن موظفين ... اتهموا': a verb inside the content
                        continue
                    a.follow = True  # 'أعلنت X ...، وقالت إن': the same speaker goes on
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
                i += 1
                continue
            anchors.append(a)
            if a.mode == "quote":
                close = closing_quote(toks, a.content)
                covered = max(covered, close if close is not None else len(toks))
            elif a.mode == "colon":
                covered = _sentence_end(toks, a.content)
            i = max(i + 1, a.content)
        self._emit_anchors(pi, text, toks, anchors)

    def _emit_anchors(self, pi: int, text: str, toks: list[Tok], anchors: list[_Anchor]) -> None:
        last: Speaker | None = None
        last_end = -1
        for n, a in enumerate(anchors):
            context = None
            if a.mention is None and a.cue.kind == "participle":
                context = (
                    last if last is not None and a.cue_at <= last_end + 2 else self._subject(toks, text, a)
                )
            elif a.mention is None and a.follow:
                context = last
            elif a.mention is None and a.subject:
                context = self._subject(toks, text, a)
            sp = self.speaker(a.mention, a.cue, context)
            if sp is None:
                continue
            limit = toks[anchors[n + 1].begin].start if n + 1 < len(anchors) else len(text)
            cue_text = toks[a.cue_at].text
            start_tok = a.content
            if start_tok >= len(toks):
                continue
            if a.mode == "post":
                self.emit(sp, cue_text, "indirect", pi, toks[start_tok].start, toks[a.stop].start)
                end_tok = a.stop
            elif a.mode == "quote":
                close = closing_quote(toks, start_tok)
                if close is None:
                    self.emit(sp, cue_text, "direct", pi, toks[start_tok].end, len(text))
                    self.open = _Open(sp, cue_text, toks[start_tok].text, 2)
                    end_tok = len(toks) - 1
                else:
                    after = close + 1
                    if after < len(toks) and toks[after].word:  # إن "دمى ..." تحاول "..." في إيران
                        e = _sentence_end(toks, after)
                        b = min(toks[e].start if e < len(toks) else len(text), limit)
                        self.emit(sp, cue_text, "indirect", pi, toks[start_tok].start, b)
                    else:
                        self.emit(sp, cue_text, "direct", pi, toks[start_tok].end, toks[close].start)
                    end_tok = close
            elif a.mode == "colon":
                if start_tok < len(toks) and toks[start_tok].text in QUOTE_OPEN:
                    a.mode = "quote"
                    a.content = start_tok
                    self._emit_anchors(pi, text, toks, [a])
                    self.history.pop()
                    last, last_end = sp, len(toks)
                    continue
                self.emit(sp, cue_text, "direct", pi, toks[start_tok].start, limit)
                end_tok = len(toks) - 1
            else:
                e = _sentence_end(toks, start_tok)
                b = min(toks[e].start if e < len(toks) else len(text), limit)
                self.emit(sp, cue_text, "indirect", pi, toks[start_tok].start, b)
                end_tok = e
            last, last_end = sp, end_tok

    def _subject(self, toks: list[Tok], text: str, a: _Anchor) -> Speaker | None:
        """For a participle with no statement before it: the sentence's first titled or known person."""
        lx = self.lx
        j = a.cue_at - 1
        while j > 0 and toks[j - 1].text not in SENTENCE_END:
            j -= 1
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


def extract_quotes(paragraphs: Sequence[str], headline: str | None = None) -> list[Quote]:
    """Every statement the article body attributes to a speaker, in reading order."""
    return _Article(paragraphs, headline).run()
