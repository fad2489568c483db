"""Anchors: the reporting cues of one paragraph, each with its speaker phrase and where its content starts.

A statement hangs on a reporting cue from the lexicon (`data/cues.json`): a verb (`وقال`,
`أكدت`, `يرى`), a participle (`مضيفا`, `مشيرة إلى`), a verbal noun (`عن X قوله`) or an
after-content marker (`..., حسب ما أعلن X`). For each cue `analyse` reads the speaker phrase
after it, then the complement that opens the content: `أن/إن/بأن`, a colon, a quotation mark, a
preposition the verb governs (`دعا إلى`) or a direct object (`أعلن اكتمال ...`). Scans are
bounded (`MAX_SENTENCE` tokens), so a run-on paragraph costs linear time.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from akhbar.extract.lexicon import CueForm, Lexicon, fold, load_data
from akhbar.extract.names import is_verb, skip_adverbial
from akhbar.extract.registry import Registry
from akhbar.extract.speakers import Mention, document_author, honorific_pronouns, parse_speaker
from akhbar.extract.tokens import QUOTE_CLOSE, QUOTE_OPEN, SENTENCE_END, Tok, closing_quote

__all__ = [
    "BY_SAYING",
    "DESCRIBING",
    "MAX_SENTENCE",
    "NEGATIONS",
    "POSTED",
    "Anchor",
    "Sentences",
    "analyse",
    "as_reported",
    "clause_initial",
    "cue_at",
    "document_source",
    "is_damaged",
    "is_heading",
    "post_anchor",
    "posted",
    "reporters",
    "same_sentence",
    "sentence_end",
    "subject_like",
    "was_at",
]


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
_PREP_VALUES = frozenset(_PREP_KEYS.values())

_MAX_SEGMENT = 28

# Longest statement, in tokens, that one cue can introduce within a paragraph.
MAX_SENTENCE = 400


@dataclass(slots=True)
class Anchor:
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
    silent: bool = False  # a cue that speaks (its speaker counts for later elisions) but states nothing
    main: int = -1  # after a statement in a fronted subordinate clause: where the main clause starts


def cue_at(lx: Lexicon, toks: list[Tok], i: int) -> CueForm | None:
    t = toks[i]
    cue = lx.cue_index.get(t.key)  # the form itself or after و/ف
    if cue is not None and cue.form.endswith("ه") and t.text.endswith("ة"):
        return None  # 'وصفة' (a recipe) folds onto 'وصفه' (described him)
    if cue is None:
        if i == 0 and t.word and t.key not in lx.function_words:
            return lx.damaged.get(t.key)  # first letter lost in the scrape: كد المتحدث = أكد المتحدث
        return None
    if (
        t.key in lx.adjectives
        and 0 < i < len(toks) - 1
        and toks[i - 1].word
        and toks[i + 1].key[0] == "ل"
        and len(toks[i + 1].key) > 2
    ):
        return None  # 'مقر تابع للحكومة': the adjective 'belonging to'
    if _DAMMA in t.text and cue.kind == "verb" and _passive(t.text, cue) and not _relay_from(toks, i, cue):
        return None  # 'وُصفت جراحهم بالطفيفة'، 'وأُعلن الحداد'، 'تُعتبر': vowelled as a passive
    if cue.kind == "verb" and _verbal_noun(toks, i):
        return None  # 'طالبا عدم ذكر اسمه'، 'بدون كشف مكان الوفاة'، 'بعد تعهد واشنطن': a verbal noun
    if t.key in lx.clause_only and not clause_initial(lx, toks, i):
        return None  # 'إعادة نصح الآخرين'، 'فقال ارجع إلى الطبيب': a verbal noun or another verb
    if cue.lemma == _WRITE and t.key == t.bare and i + 1 < len(toks) and toks[i + 1].key in _ON_IT:
        # 26f: 'يحمل عصا كتب عليها «...»'، 'لافتات كتب عليها "..."': written on it (the passive; with
        # و a subject wrote it: 'وكتبت عليها "..."')
        return None
    if t.bare == "بين" and not (t.key != t.bare or i == 0):
        return None  # بين is a preposition unless it opens a clause (وبين، بين at paragraph start)
    if (
        t.key[0] == "ف"
        and t.key not in lx.cues
        and _inside_phrase(lx, toks, i)
        and after_amma(toks, i) < 0
        and not _complement_next(toks, i)
    ):
        return None  # 'مارك فراي': a name, not ف + رأى (but '... كان من المكرمين فقال: "..."')
    return cue


# nouns and prepositions a verb never follows, so a cue form after them is its verbal noun (22f)
# 26e: also في, يمكن or على (as written: علي is also the name, 'بن علي يقول') right before the
# form ('في كشف التدخل'، 'على وصف X للمتهم'، 'لا يمكن ذكر'): no finite verb stands there
_BEFORE_MASDAR = frozenset(
    fold(w)
    for w in ("عدم", "دون", "بدون", "بعد", "قبل", "إثر", "عقب", "في", "يمكن", "ويمكن", "يمكنه", "يمكنها")
)
_ON = "على"
# 26g: the subjects a present اعتبر with an object mostly has when it is active ('وتعتبر إيران
# إسرائيل دولة احتلال'، 'تعتبر سويسرا حيازة الأسلحة من التقاليد'); any other is mostly the
# passive 'X is considered Y' (a person, a club, a company, a thing)
_CONSIDERING = frozenset(("state", "group"))
_WRITE = "كتب"  # cues.json's lemma
_ON_IT = frozenset(fold(w) for w in ("عليه", "عليها", "عليهما", "عليهم"))
_ADVERBIAL_BEFORE = frozenset(fold(w) for w in ("فيما", "من", "ما"))  # 'وفيما بعد قال': later
_LATER = frozenset(fold(w) for w in ("بعد", "قبل"))  # adverbs after those ('من قبل'), not 'من دون'


def _verbal_noun(toks: list[Tok], i: int) -> bool:
    """Is the cue form at i (no و/ف) right after عدم، دون، بعد، في ...: a verbal noun, not a verb?"""
    t = toks[i]
    return (
        i > 0
        and (toks[i - 1].key in _BEFORE_MASDAR or toks[i - 1].text == _ON)
        and t.key == t.bare
        and not (i > 1 and toks[i - 2].bare in _ADVERBIAL_BEFORE and toks[i - 1].key in _LATER)
    )


_DAMMA = "\u064f"
_VOWELS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")


def _passive(text: str, cue: CueForm) -> bool:
    """Does a damma mark this verb form as a passive (22b)? In the past, on the stem's first
    letter (ذُكر، وُصفت، أُعلن، كُتب) or, in a stem with a hamzat wasl, on its ت (اتُّهم، اعتُبرت،
    استُبعد); in the present, on the prefix of a form whose past opens with ا (تُعتبر، يُتهم), since
    the active present of أكد، أضاف، أعلن carries that damma too (يُضيف، يُعلن)."""
    letters = [c for c in text if c not in _VOWELS and c != "\u0640"]
    clitic = len(letters) - len(cue.form)  # و/ف (and a lam of purpose) before the form
    if clitic < 0:
        return False
    at = -1
    n = -1
    for c in text:
        if c == _DAMMA:
            at = n
            break
        if c not in _VOWELS and c != "\u0640":
            n += 1
    at -= clitic
    if cue.tense == "past":
        return at == 0 or (cue.form[0] == "ا" and 0 < at <= 2)
    return cue.tense == "present" and at == 0 and cue.lemma[0] == "ا"


def _relay_from(toks: list[Tok], i: int, cue: CueForm) -> bool:
    """'ونُقل عن X تأكيده أن': a passive relay still reports its source."""
    return cue.lemma == "نقل" and i + 1 < len(toks) and toks[i + 1].key == _ABOUT_KEY


def _complement_next(toks: list[Tok], i: int) -> bool:
    """Does a complement open right after the token at i (':', a mark, أن/إن)? Then a ف-form
    after a word is the cue ('الممثل ... كان من المكرمين فقال: "..."'), not a name."""
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.text == ":" or nxt.text in QUOTE_OPEN or nxt.key in _THAT


_AMMA = frozenset(["اما", "واما"])


def after_amma(toks: list[Tok], i: int) -> int:
    """For a ف-cue answering 'أما X' (أما الوزير فقال إن): the index of أما, else -1."""
    for j in range(i - 1, max(-1, i - 10), -1):
        t = toks[j]
        if t.key in _AMMA:
            return j
        if not t.word and t.text not in QUOTE_OPEN and t.text not in QUOTE_CLOSE:
            return -1
    return -1


def _inside_phrase(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Does token i follow a content word directly (so a ف on it cannot open a clause)?"""
    prev = toks[i - 1] if i > 0 else None
    return prev is not None and prev.word and prev.key not in lx.function_words


def _glued_name(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    return toks[j].key[0] == "ف" and _inside_phrase(lx, toks, j)


def clause_initial(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Does the cue open its sentence (after at most a fronted adverbial ending in a comma)?"""
    j = i - 1
    if (
        j >= 0
        and toks[j].key in _WHILE_HE
        and (cue := lx.cues.get(toks[i].key)) is not None
        and cue.tense == "present"
        and cue.lemma != _CONSIDER  # 'وهو يعتبر أكبر حقل': the passive يُعتبر
    ):
        return True  # 'وخرج الرئيس وهو يقول إن': the pronoun is the subject (a circumstantial clause)
    while j >= 0 and toks[j].text not in SENTENCE_END:
        if toks[j].text in ("،", ",") and j == i - 1:
            return _fronted(lx, toks, j)
        if toks[j].text in ("،", ",") and toks[j + 1].key in _BUT:
            return True  # '...، غير أنه اعترف بأن': a new clause with the same subject
        if toks[j].text in ("،", ","):
            return False
        if (
            toks[j].word
            and toks[j].key not in lx.openers
            and toks[j].key not in lx.adverbials
            and toks[j].key not in _BUT  # 'لكنه يقول إن': the pronoun is the subject
        ):
            return False
        j -= 1
    return True


# 'and he/she/they' before a present cue: a circumstantial clause (وهو يقول) whose pronoun is its subject
_WHILE_HE = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهما"))
_BUT = frozenset(fold(w) for w in ("غير", "إلا", "لكن", "ولكن", "لكنه", "لكنها", "ولكنه", "ولكنها"))


def _fronted(lx: Lexicon, toks: list[Tok], comma: int) -> bool:
    """Is the phrase before this comma a fronted adverbial (من جانبه، وفي تغريدة ...، بدوره)?"""
    j = comma - 1
    while j >= 0 and comma - j < 12 and toks[j].text not in SENTENCE_END and toks[j].text not in ("،", ","):
        j -= 1
    if comma - j >= 12:
        return False  # a whole clause, not a fronted adverbial
    first = toks[j + 1] if j + 1 < comma else None
    if sum(t.word for t in toks[j + 1 : comma]) > 7:
        return False  # a whole clause, not a fronted adverbial ('وفي بداية الأسبوع وضعت الحكومة ...،')
    return first is not None and (
        first.key in lx.adverbials
        or first.bare in lx.adverbials
        or first.key in ("من", "ومن", "وفي")
        or first.bare in lx.openers_adv
    )


def is_damaged(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    t = toks[i]
    return t.key not in lx.cues and t.bare not in lx.cues and t.key[1:] not in lx.cues and t.key not in POSTED


_ENDS_OR_OPENS = SENTENCE_END | QUOTE_OPEN


class Sentences:
    """The sentence ends of one paragraph, found in one pass, so that each cue's sentence end
    costs a binary search instead of a scan (a run-on paragraph with thousands of cues stays
    fast); only a quotation opening before the end needs the token-by-token walk."""

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.ends: list[int] = []
        self.opens: list[int] = []
        self._read = False  # found on first use: most paragraphs hold no cue at all

    def _find(self) -> None:
        toks = self.toks
        n = len(toks)
        ends = self.ends
        opens = self.opens
        for j in [j for j, t in enumerate(toks) if t.text in _ENDS_OR_OPENS]:  # one pass for both
            if toks[j].text in QUOTE_OPEN:
                opens.append(j)
            elif j + 1 == n or _full_stop(toks, j):
                ends.append(j)
        self._read = True

    def end(self, i: int) -> int:
        """Like `sentence_end(toks, i)`."""
        if not self._read:
            self._find()
        n = len(self.toks)
        k = bisect_left(self.ends, i)
        e = self.ends[k] if k < len(self.ends) else n
        k = bisect_left(self.opens, i)
        o = self.opens[k] if k < len(self.opens) else n
        if o < e and o < i + MAX_SENTENCE:
            return sentence_end(self.toks, i)
        return e if e < i + MAX_SENTENCE else min(n, i + MAX_SENTENCE)

    def start(self, i: int) -> int:
        """Index of the first token of the sentence holding token i (at most MAX_SENTENCE back)."""
        if not self._read:
            self._find()
        k = bisect_left(self.ends, i)
        s = self.ends[k - 1] + 1 if k > 0 else 0
        return max(s, i - MAX_SENTENCE)


_INITIALS = frozenset(("د", "ا"))  # د. (دكتور), أ. (أستاذ) before a name: 1,110 and 138 in the corpora


def _full_stop(toks: list[Tok], j: int) -> bool:
    """Does the mark at j (not the paragraph's last token) end a sentence? A space after it does;
    so does an Arabic word glued after a word ('البلديات.كانت'), but not a digit (1.5) nor a word
    after a one-letter abbreviation (د.محمد)."""
    t, nxt = toks[j], toks[j + 1]
    initial = j > 0 and toks[j - 1].key in _INITIALS and (j == 1 or toks[j - 2].end < toks[j - 1].start)
    if t.text == "." and initial:
        return not nxt.word  # 'هي د. هيشو ريبوار علي'، 'أ. محمد': an abbreviated title, not a full stop
    if nxt.start > t.end:
        return True
    return (
        t.text == "."
        and "\u0621" <= nxt.text[0] <= "\u064a"
        and j > 0
        and toks[j - 1].end == t.start
        and len(toks[j - 1].key) > 2
        and toks[j - 1].key[0].isalpha()
    )


def sentence_end(toks: list[Tok], i: int) -> int:
    """Index of the sentence-final token at or after `i`, skipping quoted spans (len if none).

    A run-on paragraph with no sentence end stops the scan after MAX_SENTENCE tokens, so a page
    of one huge line costs linear time, not quadratic.
    """
    j = i
    n = min(len(toks), i + MAX_SENTENCE)
    while j < n:
        t = toks[j]
        if t.text in QUOTE_OPEN:
            close = closing_quote(toks, j)
            if close is not None and close - j < 120:
                j = close + 1
                continue
        if t.text in SENTENCE_END and (j + 1 == n or _full_stop(toks, j)):
            return j
        j += 1
    return n


@lru_cache(maxsize=64)
def _preps(complements: frozenset[str]) -> frozenset[str]:
    """The folded prepositions a cue's complements allow (أشار إلى أن: 'الي')."""
    return frozenset(_PREP_KEYS[p] for p in complements if p in _PREP_KEYS)


_ASIDE_REACH = 20  # longest aside about the speaker, in tokens
_SPEAKER_REACH = 16  # an aside about the speaker opens within this many tokens after the cue


def _governed_between(lx: Lexicon, toks: list[Tok], i: int, j: int, comps: frozenset[str]) -> bool:
    """Does a preposition the cue governs stand in toks[i:j] ('تطالب X بمنع ماسك ...، وهي'):
    then the comma closes its content, not a speaker phrase."""
    preps, glued = _preps(comps), comps & _GLUED
    return any(toks[k].key in preps or (glued and _glued_prep(lx, toks, k, glued)) for k in range(i, j))


def _aside_end(lx: Lexicon, toks: list[Tok], j: int, limit: int) -> int:
    """After the comma at j, an aside about the speaker opened by a relative or 'وهو/وهي' and
    closed by the next comma, colon or quotation mark (22l: '، الذي سبق أن اجتمع مع كيم، إن'،
    '، التي كان يكتب فيها خاشقجي، إن'): the index of its closing token (the comma is passed
    over, a colon or a mark is left to the scan), else j. Its cues and complementizers are not
    the cue's."""
    if j + 1 >= limit:
        return j
    if not (
        toks[j + 1].key in lx.relatives or toks[j + 1].key in _WHILE_HE or _anonymous(toks, j + 1, limit)
    ):
        return j
    for k in range(j + 2, min(limit, j + _ASIDE_REACH)):
        t = toks[k]
        if t.text in ("،", ","):
            return k + 1
        if t.text == ":" or t.text in QUOTE_OPEN:
            return k
        if t.text in SENTENCE_END:
            return j
        if t.key in _THAT and not (is_verb(lx, toks[k - 1].key) or toks[k - 1].key in lx.cues):
            return k  # 'الذي أصدره البنك الدولي إن': the aside ended without its comma
    return j


def _anonymous(toks: list[Tok], k: int, limit: int) -> bool:
    """24c: a source's request at k ('شريطة عدم نشر اسمه'، 'فضل عدم كشف هويته'), or a verb and
    the request ('تحدث شريطة عدم ...'): an aside about the speaker, as a relative clause is."""
    for r in (k, k + 1):
        if r + 1 < limit and toks[r].key in _ANONYMITY and toks[r + 1].key == _NOT_KEY:
            return True
    return False


def _strong(lx: Lexicon, toks: list[Tok], i: int, limit: int, cue: CueForm) -> tuple[int, str] | None:
    """The first complementizer after a cue: (index, 'that'|'colon'|'quote'), or None.

    Another cue before it ends the search (`أردف ... قائلا "..."`: the participle reports)."""
    comps = cue.complements
    colon, quote, that = "colon" in comps, "quote" in comps, "that" in comps
    cues = lx.cues
    n = len(toks)
    j = i
    described = False  # a describing cue passed: 'ما وصفه بـ "..."' is its object, not ours
    while j < limit:
        t = toks[j]
        if t.text in SENTENCE_END and (j + 1 == n or _full_stop(toks, j)):
            return None
        if colon and t.text == ":":
            return j, "colon"
        if (
            t.text in ("،", ",")
            and j - i < _SPEAKER_REACH
            and not _governed_between(lx, toks, i, j, comps)
            and (k := _aside_end(lx, toks, j, limit)) > j
        ):
            j = k  # 'وقال الموظف، الذي لم يكشف عن اسمه، إنه': the aside about the speaker
            continue
        if quote and t.text in QUOTE_OPEN:
            close = closing_quote(toks, j)
            stop = close if close is not None else len(toks)
            words = sum(1 for k in toks[j + 1 : stop] if k.word)
            title = j > 0 and toks[j - 1].key in _NAMING  # 'في دراسته بعنوان "..."، إن'
            glued = title or (
                j > 0 and toks[j - 1].key in ("ل", "ب") and (described or toks[j - 1].end == t.start)
            )
            tail = close is not None and (close + 1 >= len(toks) or toks[close + 1].text in SENTENCE_END)
            named = close is not None and (
                _marks_follow(lx, toks, close + 1)
                or (words <= 4 and _name_in_marks(lx, toks, close + 1, limit, comps))
            )
            if (
                not glued
                and not named
                and (words >= 3 or (words >= 1 and tail) or (close is None and words >= 2))
            ):
                return j, "quote"
            if close is None:
                return None
            if (
                title
                and not named
                and not (comps <= _SAYING and _quote_after(toks, close + 1, limit))
                and not _name_in_marks(lx, toks, close + 1, limit, comps)
            ):
                # a title or a name and no complement of speech after it ('المعروفة باسم "..."'):
                # a verb of saying may still quote later ('الناطق باسم "الغرفة" X لوكالة "..."'),
                # one with an object reads it ('حذر الكتيب، المسمى "..."، الفتيات من ...')
                return None
            j = close + 1
            continue
        if that and t.key in _THAT and not (j + 1 < n and toks[j + 1].key == _WILLED):
            prev = toks[j - 1].key if j > i else ""
            if prev not in lx.subordinators or prev in _preps(comps) or _adverbial_before(toks, j - 1, i):
                return j, "that"
        if (
            j > i
            and t.word
            and (t.key in cues or (t.bare in cues and not _glued_name(lx, toks, j)))
            and not _via(lx, toks, j)
            and t.key != BY_SAYING  # 'وختم X كلامه بالقول:': the verb's own complement follows
            and not _verbal_noun(toks, j)  # 'الذي فضل عدم ذكر اسمه، أن'
        ):
            lemma = cues.get(t.bare, cues.get(t.key, cue)).lemma
            if lemma not in _NOT_CUTTING:  # 'انتقد X القانون ووصفه بأنه'
                return None  # 'وقالت X بعد أن علمت بوفاة Y "..."': learning is no saying
            # a quotation after the describing verb's ب written apart is that verb's object
            # ('أعلن اعتزاله بسبب ما وصفه بـ "العنصرية"'), as a glued ب always is
            described = described or lemma in DESCRIBING
        j += 1
    return None


# cues.json's words after which a quotation holds a title or a name (بعنوان، باسم، يدعى ...)
_NAMING = frozenset(fold(w) for w in load_data("cues.json")["naming"]["words"])

_WILLED = fold("شاء")  # 'إن شاء الله' (God willing) is no complementizer

BY_SAYING = fold("بالقول")  # the lemma (and folded form) cues.json gives the verbal noun 'by saying'
# cues.json's lemmas of وصف/اعتبر with an object pronoun (ووصفه بأنه): after a verb they describe
# its object, and the verb's own complement may follow them; inside a running statement of the
# same sentence they describe part of it and do not cut it (quotes)
DESCRIBING = frozenset(["وصفه", "اعتبره"])
_NOT_CUTTING = DESCRIBING | {"علم"}  # cues that do not end the search for another's complementizer


_BEFORE_AFTER = frozenset(fold(w) for w in ("قبل", "بعد"))
_FROM_KEY = fold("من")


def _adverbial_before(toks: list[Tok], k: int, i: int) -> bool:
    """Is the subordinator at k the adverbial 'من قبل' / 'من بعد' (previously, later), so that the
    أن after it is the cue's complementizer ('زعمت إيران من قبل أن'), not 'قبل أن' (before)?"""
    return k > i and toks[k].key in _BEFORE_AFTER and toks[k - 1].key == _FROM_KEY


def _via(lx: Lexicon, toks: list[Tok], j: int) -> bool:
    """Is the cue form at j a preposition or a name here: a cue read only with a preposition it
    governs (عبر عن) without that preposition after it ('وقالت "الأرصاد" عبر الإنذار المبكر:'),
    or a bare بين?"""
    if toks[j].key == "بين":
        return True  # بين is a cue only opening a clause (وبين، see cue_at): 'وقال بين ستانتون:'
    cue = lx.cues.get(toks[j].key) or lx.cues.get(toks[j].bare)
    if cue is not None and cue.lemma in lx.claim_lemmas:
        return not (
            j + 1 < len(toks) and _claim(lx, toks, j + 1, len(toks), cue.lemma)
        )  # 'رفض الكشف عن هويته'
    if cue is None or not cue.complements or not cue.complements <= _PREP_KEYS.keys():
        return False
    return j + 1 >= len(toks) or toks[j + 1].key not in _preps(cue.complements)


def _marks_follow(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Does another quotation open within three tokens after a closing mark, with no cue
    between ('حزب "الأمة" "..."': the first marks hold a name; not 'قال X «...»، مضيفا «...»')?"""
    for t in toks[k : k + 3]:
        if t.text in QUOTE_OPEN:
            return True
        if t.word and (t.key in lx.cue_index or t.key in lx.post or t.bare in lx.post):
            return False  # 25d: '"..."، وفق "فرانس برس"': the source's name, after a marker
    return False


_SAYING = frozenset(("bare", "colon", "quote", "that"))  # the complements of a verb of saying alone


def _quote_after(toks: list[Tok], k: int, limit: int) -> bool:
    """Does a quotation open after k in the same sentence ('الناطق باسم "غرفة العمليات" X
    لوكالة الأنباء "..."')?"""
    n = len(toks)
    for j in range(k, limit):
        t = toks[j]
        if t.text in SENTENCE_END and (j + 1 == n or _full_stop(toks, j)):
            return False
        if t.text in QUOTE_OPEN:
            return True
    return False


def _name_in_marks(lx: Lexicon, toks: list[Tok], k: int, limit: int, comps: frozenset[str]) -> bool:
    """After a short quotation at the speaker's place, does the cue's complement still follow
    in the same sentence ('وذكرت مجلة "درع الوطن"، الصادرة عن ...، أنه'، 'وقالت "الأرصاد" عبر
    الإنذار المبكر: "..."')? Then the marks hold a name, not the statement."""
    n = len(toks)
    for j in range(k, min(limit, k + 12)):
        t = toks[j]
        if t.text in SENTENCE_END and (j + 1 == n or _full_stop(toks, j)):
            return False
        if t.key in _THAT:  # 26b: 'وأشارت صحيفة "..." إلى أن': the governed إلى, not 'until'
            prev = toks[j - 1].key
            return "that" in comps and (prev not in lx.subordinators or prev in _preps(comps))
        if t.text == ":":
            return "colon" in comps
        if t.word and t.key in lx.cues and not _via(lx, toks, j):
            return False
    return False


def analyse(
    lx: Lexicon, toks: list[Tok], i: int, cue: CueForm, text: str, registry: Registry, sents: Sentences
) -> Anchor | None:
    """The anchor a cue at `i` makes, or None when no complement follows it."""
    end = sents.end(i)
    if cue.lemma == _EXPRESS and i + 1 < end and toks[i + 1].key in _VIA:
        return None  # 23f: 'تواصلت عبر وسائل الإعلام'، 'عبر الهاتف': the preposition via/across
    window = min(end, i + 1 + _MAX_SEGMENT)
    if cue.kind == "masdar":
        return _masdar(lx, toks, i, cue, window, text, registry)
    found = _strong(lx, toks, i + 1, window, cue)
    if found is not None:
        j, mode = found
        if mode == "quote" and _relayed_name(lx, toks, i, j):
            return None  # '...، وفق ما نقلت "رويترز".': the relaying medium's name, not a quotation
        if cue.kind == "participle" and j > i + 3 and mode != "that":
            return None
        if _prayer(lx, toks, i, j, cue):
            return None  # 'داعيا المولى أن يتغمده برحمته': a prayer
        mention = None
        if cue.kind == "verb" and cue.lemma in _RELAYS and j == i + 1 and cue.lemma != "نقل":
            return None  # 'عندما علمت أن': she learned, nobody said
        if cue.kind == "verb" and j > i + 1:
            if cue.lemma in _RELAYS:
                return _relayed(lx, toks, i, j, cue, mode, text, registry)
            if not _own_subject(cue):
                mention = parse_speaker(toks, i + 1, j, text, registry)
        # 23a: 'ودعا الدول العربية إلى وقفة "..."': a non-human plural is the object; the subject
        # is elided (not a noun in ة here: 'ويقول القادة العسكريون إن' is a human plural speaking)
        elided = toks[i + 1].key in _OBJECT_PLURALS and _object_read(
            lx, toks, i + 1, j, cue, mention, registry
        )
        a0 = i + 1
        if elided and mention is not None:
            a0 = mention.end
            mention = None
        if (
            mention is None
            and not elided
            and cue.kind == "verb"
            and j > i + 1
            and _content_like(lx, toks, i + 1, j)
        ):
            if _own_subject(cue):
                return None  # 'وأعلنوا التوصل إلى اتفاق ... بعد أن': content, no subject to read
            mention = _long_subject(lx, toks, i, j, text, registry)
            if mention is None and not clause_initial(lx, toks, i):
                return None  # 'من كشف تشكيلة المنتخب ...، وبات من المرجح أن': content, not a speaker
            if mention is None:
                read = _loose_subject(lx, toks, i, j, cue, text, registry)
                if read is None:
                    return None
                mention = read if isinstance(read, Mention) else None
        content = j if mode == "quote" else j + 1
        if mode == "colon" and mention is not None and cue.kind == "verb" and "object" in cue.complements:
            k = mention.end
            while k < j and (skipped := _skip(lx, toks, k, j)) > k:
                k = skipped
            after = toks[j + 1] if j + 1 < len(toks) else None
            if (
                k < j
                and toks[k].word
                and toks[k].key not in lx.function_words
                and toks[k].key not in lx.given_names  # 'المهندس | عبدالعظيم الخاطر': the name goes on
                and sum(t.word for t in toks[k:j]) >= 4
                and after is not None
                and after.text not in QUOTE_OPEN
                and after.key not in _THAT  # '...لـ "سبق": أن'، ': "...': the speech follows the colon
                and not any(
                    t.text in QUOTE_OPEN or t.text in QUOTE_CLOSE or t.key in lx.cue_index for t in toks[k:j]
                )  # 'فى تصريحات لـ»المدينة»:'، 'بقوله:': a source or a cue before the colon
            ):
                # 'وأكد الدكتور العبدالجبار أهمية إحضار المرشح المستندات الثبوتية، المتضمنة:':
                # the object is the statement; the colon opens a list inside it
                return Anchor(i, cue, i, k, "indirect", mention)
        if mode == "quote":
            a0 = mention.end if mention else a0
            gap = _gap_complement(lx, toks, a0, j, cue)
            if gap is not None:  # طالب X، بفتح "تحقيق ..."
                return Anchor(i, cue, i, gap, "indirect", mention)
            if cue.kind == "verb" and any(_new_clause(lx, toks, k) for k in range(a0, j - 1)):
                return None  # 'أعلنت الأسبوع الماضي، وحصل فيها حزب "..."': the mark is in a new clause
        elif mode == "that" and (gap := _gap_prep(toks, mention.end if mention else a0, j, cue)) is not None:
            content = gap  # 'أعرب X عن أمله بأن ...': the governed preposition opens the content
        elif mode == "that" and content < len(toks) and toks[content].text in QUOTE_OPEN:
            close = closing_quote(toks, content)
            if close is not None and (close + 1 == len(toks) or not toks[close + 1].word):
                mode = "quote"  # أن "..." : the marks hold the whole statement
        if mode == "that" and j > 0 and toks[j - 1].key == "الى" and cue.kind == "participle":
            content = j + 1
        if mode == "that" and content < j:
            content = _repeated_prep(lx, toks, content, j + 1)  # 'أصر على تويتر، على أن'
        return Anchor(i, cue, i, content, "indirect" if mode == "that" else mode, mention)
    weak = _weak(lx, toks, i, cue, end, text, registry)
    if weak is not None and "ل" in cue.complements and _prayer(lx, toks, i, max(weak.content, i + 2), cue):
        return None  # 'داعيا الله تعالى للشهداء بالرحمة': a prayer
    if weak is not None and weak.mode == "indirect":
        weak.content = _repeated_prep(lx, toks, weak.content, end)
    return weak


_REPEATED_REACH = 9  # the longest phrase a governed preposition opens before its repetition
_BESIDE = fold("جانب")  # 'إلى جانب' (besides): a list goes on, not the governed preposition


def _opens_content(lx: Lexicon, t: Tok) -> bool:
    """After a repeated preposition, a complementizer, a quotation or an indefinite verbal noun
    ('على أن'، 'إلى ضرورة'، 'عن إدانتها'، 'من "استغلال'); not 'من الممكن أن' (it is possible),
    'إلى جانب' (besides) nor a definite noun that goes on listing."""
    if t.key in _THAT or t.text in QUOTE_OPEN:
        return True
    return t.word and not t.definite and t.key != _BESIDE and t.key not in lx.function_words


def _repeated_prep(lx: Lexicon, toks: list[Tok], k: int, end: int) -> int:
    """25e: content that opens at a preposition the cue governs, whose short phrase a comma
    closes right before the same preposition again ('وأشار في حديثه إلى "الوطن"، إلى ضرورة'،
    'أصر على تويتر، على أن'، 'حذر من وصفهم بـ"..."، من استغلال'، 'أعربت مصر، في بيان صادر
    عن الخارجية، عن إدانتها'): the first was an adjunct (to whom, where, whom) and the content
    starts at the second; else k."""
    if k >= end or toks[k].key not in _PREP_VALUES:
        return k
    prep = toks[k].key
    for j in range(k + 1, min(end - 1, k + _REPEATED_REACH)):
        t = toks[j]
        if t.text in ("،", ","):
            after = toks[j + 2] if j + 2 < end else None
            if toks[j + 1].key == prep and after is not None and _opens_content(lx, after):
                return j + 1
            return k
        if t.text in SENTENCE_END or t.key in _THAT:
            return k
        if t.word and t.key in lx.cue_index and lx.cue_index[t.key].lemma not in DESCRIBING:
            return k  # not past a cue; 'من وصفهم بـ"..."' (whom he described) is a phrase
    return k


_WHAT_RELAYED = frozenset(fold(w) for w in ("ما", "لما"))  # 'حسب ما'، 'وفقا لما'، 'على ما'
_RELAY_OPENERS = frozenset(fold(w) for w in ("حسبما", "بحسبما", "وفقما", "على"))
_NAME_ENDS = frozenset("،,.؛;")


def _relayed_name(lx: Lexicon, toks: list[Tok], i: int, j: int) -> bool:
    """Is the quotation at j, after the cue at i of an after-content attribution ('حسب ما
    ذكرت'، 'وفقا لما أوردت'، 'حسبما أفادت به'، 'على ما أوردت'), a short name that ends the
    clause (22d: 'وفق ما نقلت "رويترز".'، 'بحسب ما ذكرت صحيفة "تليغراف"')? The source of the
    statement before, in marks, not a statement."""
    prev = toks[i - 1].key if i > 0 else ""
    if not (
        prev in _RELAY_OPENERS
        or (
            prev in _WHAT_RELAYED
            and i > 1
            and (toks[i - 2].key in lx.post or toks[i - 2].key in _RELAY_OPENERS)
        )
    ):
        return False
    close = closing_quote(toks, j)
    if close is None or not 0 < sum(t.word for t in toks[j + 1 : close]) <= 5:
        return False
    after = toks[close + 1] if close + 1 < len(toks) else None
    # not a clause about the medium ('ذكرت «ذي دايلي مايل» التي رأت أن': what it thinks)
    return after is None or after.text in _NAME_ENDS or (after.word and after.key not in lx.relatives)


def _prayer(lx: Lexicon, toks: list[Tok], i: int, j: int, cue: CueForm) -> bool:
    """Is the call at i, up to j, a prayer: God (right after the cue) or the Lord its object?"""
    return cue.lemma == "دعا" and any(
        t.key in lx.prayer and (t.key != "الله" or k == i + 1) for k, t in enumerate(toks[i + 1 : j], i + 1)
    )


def _by_word(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """A word opening with the preposition ب (بإدانة، بالعمل; not بل، بين), or the preposition
    written apart (with a tatweel the cleaner drops: بـ) before a word ('بـ 30 مليون') or
    before a quotation the phrase goes on after ('طالب مجلس الأمن بـ"العمل بقوة" على إنهاء');
    a quotation closed by a comma, a full stop or another cue is the statement by itself
    ('من وصفتهم بـ"الناشطين"، وهو ما اعتبرته')."""
    t = toks[k]
    key = t.key
    if key[:1] != "ب":
        return False
    if len(key) > 3:
        return True
    if key != "ب" or k + 1 >= len(toks):
        return False
    if toks[k + 1].word:
        return toks[k + 1].key not in lx.function_words  # not 'البند ب من'
    close = closing_quote(toks, k + 1) if toks[k + 1].text in QUOTE_OPEN else None
    if close is None or close + 1 >= len(toks) or close - k > 16:
        return False
    after = toks[close + 1]
    return after.word and after.key not in lx.cue_index


def _for_word(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """A word opening with the preposition ل that can be the verbal noun a call governs
    ('ودعا الجماهير للصفح عن'، 'دعت المجتمع الدولي لاتخاذ موقف'): not a function word, a
    pronoun (لهم), a connective (لذلك، لأنه), an adverbial (لقائه), a verb (لينشر), a name or
    a plural of people ('للصحافيين': whom he spoke to); nor a name going on, which a comma
    closes within three words or after which the call's own إلى follows ('دعا مكتب حقوق الإنسان
    التابع للأمم المتحدة، الثلاثاء،'، 'دعت المملكة مجلس الأمن التابع للأمم المتحدة إلى')."""
    key = toks[k].key
    if not (
        len(key) > 3
        and key[0] == "ل"
        and key not in _lam_words("not_calls")
        and key not in lx.function_words
        and key not in lx.adverbial_nouns
        and not key.startswith("لدي")  # لديه، لديها: who has
        and key[1] != "ي"  # a verb: 'لينشر أفكاره' (so that he spreads)
        and "ا" + key[1:] not in lx.relatives  # للذين، للتي
        and key[1:] not in lx.given_names
        and not key.endswith("يين")
        and key not in _lam_words("invitations")  # 'ودعا الأهالي لحضور الحفل': not a call
    ):
        return False
    if k + 1 < len(toks) and toks[k + 1].key in _lam_words("blessings"):
        return False  # 'دعا للجرحى بالشفاء': a prayer for someone
    for j in range(k + 1, min(len(toks), k + 7)):
        t = toks[j]
        if t.text in ("،", ","):
            return j > k + 3
        if t.text in SENTENCE_END:
            return True
        if t.key == _TO:
            return False
    return True


@lru_cache(maxsize=4)
def _lam_words(part: str) -> frozenset[str]:
    """cues.json's lam_calls lists, folded: the ل-words that open no call after دعا (not_calls,
    invitations) and the blessings that make 'دعا لـX بـ' a prayer."""
    return frozenset(fold(w) for w in load_data("cues.json")["lam_calls"][part])


def _glued_prep(lx: Lexicon, toks: list[Tok], k: int, glued: frozenset[str]) -> bool:
    """Does the word at k open with a preposition the cue governs glued to it (ب، ل)?"""
    return ("ب" in glued and _by_word(lx, toks, k)) or ("ل" in glued and _for_word(lx, toks, k))


_GLUED = frozenset(["ب", "ل"])  # cues.json's complements written glued to the next word


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
    if _new_clause(lx, toks, k - 1):
        return None  # 'أعلنت الأسبوع الماضي، وحصل فيها حزب "..."': a new clause
    preps = {_PREP_KEYS[p] for p in cue.complements if p in _PREP_KEYS}
    if key in preps or _glued_prep(lx, toks, k, cue.complements & _GLUED):
        return k
    if (
        "object" in cue.complements
        and (key not in lx.function_words or key == _WHAT)
        and key not in lx.adverbial_nouns
    ):
        # 'فاعتبرت ما حصل "أول عملية طرد ..."': what it considers opens the statement (blind8)
        return k if not _claiming(lx, cue.lemma) or _claim(lx, toks, k, b, cue.lemma) else None
    return None


_WHAT = fold("ما")  # a function word that opens an object as a noun does (ما حصل، ما جرى)
_WHAT_FROM = frozenset([_WHAT, fold("مما")])


def _new_clause(lx: Lexicon, toks: list[Tok], k: int) -> bool:
    """Does a coordinated clause start after the comma at k ('، وحصل فيها')? Not an adverbial
    (وفق الترجمة) nor a cue."""
    if k < 0 or k + 1 >= len(toks) or toks[k].text not in ("،", ","):
        return False
    key = toks[k + 1].key
    return (
        key[0] == "و"
        and len(key) > 3
        # 23b: a verbal noun whose و is its first root letter, never a conjunction + a verb
        # (فعول: '، السبت، وجود'، 'وصول'، 'وقوف'؛ فعاة: 'وفاة')
        and not (len(key) == 4 and (key[2] == "و" or (key[2] == "ا" and toks[k + 1].text[-1] == "ة")))
        and key not in lx.cue_index
        and key not in lx.adverbials
        and key[1:] not in lx.adverbials
        and key not in lx.post
        and key not in lx.function_words
    )


def _gap_prep(toks: list[Tok], a: int, b: int, cue: CueForm) -> int | None:
    """A preposition the cue governs between its speaker and a complementizer at b, with words
    between them (عن أمله بأن): where the content starts; not when it stands right before b (إلى أن)."""
    preps = {_PREP_KEYS[p] for p in cue.complements if p in _PREP_KEYS}
    if not preps:
        return None
    for k in range(a, b - 1):
        if toks[k].key in preps:
            return k
        if not toks[k].word and toks[k].text not in ("،", ","):
            return None
    return None


_TO_IT = frozenset(fold(w) for w in ("له", "لها", "لهم", "لهما"))
# a pronoun taking up the statement, document or meeting a cue was said in (بيانا نفت فيه)
_IN_IT = frozenset(fold(w) for w in ("فيه", "فيها", "خلاله", "خلالها"))
_CONSIDER = "اعتبر"  # cues.json's lemma; its present with فيه is mostly the passive يُعتبر


_TIME_ENDS = frozenset(fold(w) for w in load_data("cues.json")["time_ends"]["words"])


def _skip(lx: Lexicon, toks: list[Tok], k: int, b: int) -> int:
    """Past one comma or adverbial at k (also the pronoun-suffixed لـ that closes one: 'في تقرير
    حديث لها،')."""
    if toks[k].text in ("،", ",") or toks[k].key in _TO_IT:
        return k + 1
    j = skip_adverbial(lx, toks, k, b)
    if k < j < b - 1 and toks[j].text == "/" and toks[j + 1].word:
        # a month named twice ('في أيار/مايو الماضي'، 'في فبراير/شباط'): the phrase goes on
        j += 2
        if j < b and toks[j].text.isdigit():
            j += 1  # 'في كانون الأول/ديسمبر 2016'
        if j < b and toks[j].key in _TIME_ENDS:
            return j + 1
    # a time phrase ends with its adjective: 'أعلن في مايو الماضي سحب بلاده من الاتفاق'
    return next((m + 1 for m in range(k + 1, j - 1) if toks[m].key in _TIME_ENDS), j)


def _content_like(lx: Lexicon, toks: list[Tok], a: int, b: int) -> bool:
    """Does toks[a:b] read as content rather than a speaker with adverbials? (too long to be one)."""
    words = [
        t for t in toks[a:b] if t.word and t.key not in lx.adverbials and t.key not in lx.adverbial_nouns
    ]
    if len(words) > 6:
        for k in range(a + 1, b):  # a title in marks is no content: 'في افتتاحيتها بعنوان «...»، أن'
            if toks[k].text in QUOTE_OPEN and toks[k - 1].key in _NAMING:
                close = closing_quote(toks, k)
                if close is not None and close < b:
                    return len(words) - sum(t.word for t in toks[k + 1 : close]) > 6
    return len(words) > 6


_BRACKETS = {"(": ")", "-": "-", "–": "–", "—": "—"}


def _long_subject(
    lx: Lexicon, toks: list[Tok], i: int, j: int, text: str, registry: Registry
) -> Mention | None:
    """The speaker of a cue whose complement at j stands past more than six words the parser
    could not read as one phrase: a subject of at most six words ('ضابط الشرطة'، 'نجم المنتخب
    الأرجنتيني'، 'فيردر بريمن المنافس') followed only by adverbial phrases (في ...، لبي بي سي،
    أمس السبت), bracketed or dashed asides and comma-enclosed appositions (، مسؤول كبير في
    الشرطة ...،  ، الذي حضر ...،); the subject as written, else None (a new clause after a
    comma, a cue or a complementizer between: then the words are content, not a speaker)."""
    k = i + 1
    if toks[k].text in QUOTE_OPEN:
        return _marked_subject(lx, toks, k, j, text, registry)
    words: list[Tok] = []
    while k < j and len(words) < 6:
        t = toks[k]
        if (
            not t.word
            or t.key in lx.subject_stops
            or t.key in lx.relatives
            or t.key.startswith(("بال", "لل"))
            or (t.key[0] == "ل" and t.key[1:] in lx.media)
        ):
            break  # 'لوكالة'، 'للصحافيين'، 'بالعاصمة': the subject ends before a preposition
        words.append(t)
        k += 1
    if not words:
        return None  # 'وأوضح خلال جولته ...': no subject here
    kin: Mention | None = None
    if words[0].text.endswith(("ه", "ها", "هم")) and not words[0].definite:
        # 'وقال رئيسها': a pronoun refers back, unless a name follows ('وقال والدها اندي فانسيك')
        n = parse_speaker(toks, i + 2, i + 1 + len(words), text, registry) if len(words) > 1 else None
        if n is None or not n.name or n.role or n.end != i + 1 + len(words):
            return None
        kin = Mention("person", text[words[0].start : words[-1].end], n.name, words[0].text, n.gender, n.end)
    first = words[0].key
    if first[0] in "لب" and len(first) > 3 and first not in lx.given_names:
        return None  # 'تعهد بتطبيق إصلاحات، ...': the complement, not a subject
    if i and toks[i - 1].key in _PREP_KEYS.values():
        return None  # 'عن كشف تاريخي لهيئة ...': the cue form is a noun after a preposition
    aside: tuple[int, int] | None = None  # the first comma-enclosed aside
    while k < j:
        t = toks[k]
        if t.text in ("،", ","):
            k += 1
            continue
        close = _BRACKETS.get(t.text)
        if close is not None:
            end = next((m for m in range(k + 1, min(j, k + 16)) if toks[m].text == close), None)
            if end is None:
                return None
            k = end + 1
            continue
        if t.word and t.key in lx.cue_index:
            return None
        if toks[k - 1].text in ("،", ","):
            # a comma-enclosed aside (، مسؤول كبير في الشرطة ...، ، الذي حضر ...،): skipped whole;
            # an unclosed one before the complement must be adverbial ('، وبات من المرجح أن': a clause)
            end = next((m for m in range(k, j) if toks[m].text in ("،", ",")), None)
            if end is not None:
                if any(toks[m].key in lx.cue_index for m in range(k, end)):
                    return None
                if aside is None:
                    aside = (k, end)
                k = end
                continue
        skipped = _skip(lx, toks, k, j)
        if skipped == k:
            return None
        k = skipped
    if kin is not None:
        return kin
    chunk_end = i + 1 + len(words)
    m = parse_speaker(toks, i + 1, chunk_end, text, registry)
    if m is not None and m.end == chunk_end and m.name:
        return m
    role = text[words[0].start : words[-1].end]
    if aside is not None:
        # 'ضابط الشرطة، ويسانوساك سيوب، لبي بي سي إن'، 'كبير الاستراتيجيين السابق في البيت
        # الأبيض، ستيف بانون، إنه': a bare name in apposition speaks
        n = parse_speaker(toks, aside[0], aside[1], text, registry)
        if n is not None and n.name and not n.role and n.end == aside[1]:
            whole = text[words[0].start : toks[aside[1] - 1].end]
            return Mention("person", whole, n.name, role, n.gender, aside[1])
    if m is not None and m.end == chunk_end:
        return m
    return Mention("org", role, None, None, None, chunk_end)


# Words that open a subordinate or new clause: after a clause-initial cue they make the words
# before its complementizer a clause of their own, not its subject and adjuncts
_CLAUSE_BREAKS = frozenset(
    fold(w)
    for w in (
        "عندما",
        "حين",
        "حينما",
        "بينما",
        "لأن",
        "لان",
        "كي",
        "لكي",
        "إذا",
        "لو",
        "لما",
        "مما",
        "حيث",
        "كما",
    )
)
_TO_ME = frozenset(fold(w) for w in ("لي", "لنا"))  # after a cue: told me/us (a one-word name too)
_LOOSE_REACH = 20  # at most this many tokens between a loosely read cue and its complementizer
# cues.json loose: lemmas whose forms are as often other words, read only with a subject or an
# elision the grammar above is sure of
_LOOSE_NOT = frozenset(load_data("cues.json")["loose"]["lemmas"])


def _loose_subject(
    lx: Lexicon, toks: list[Tok], i: int, j: int, cue: CueForm, text: str, registry: Registry
) -> Mention | bool | None:
    """A cue opening its sentence whose words before the complement at j `_long_subject` could
    not read as a subject and adjuncts: a subject with a relative clause or a name deep in a
    title ('قال موظفون في فندق ... الذي يستضيف ... إن'، 'أكد نجم المنتخب الأرجنتيني لكرة القدم
    ليونيل ميسي، السبت، أنه'، 'كشف استطلاع حديث أجراه مركز ... عن أن'), or an elided subject
    before an adverbial phrase ('وقال في كلمة ألقاها خلال حفل ...: إن'). The person named from
    a given name on, else the head phrase as written; False for the elided subject; None (no
    statement) when a mark, a subordinating word or a cue outside a relative clause stands
    between (a clause of its own) or the phrase opens with no noun."""
    if j - i - 1 > _LOOSE_REACH or toks[i].key not in lx.cue_index:
        return None  # (nor a cue the scrape damaged)
    if cue.lemma in _LOOSE_NOT:
        return None  # 'وزاد إنتاج النفط'، 'يتابع الفلسطينيون أحداث غزة'، 'وبين X وY': other verbs
    relative = False
    k = i + 1
    while k < j:
        t = toks[k]
        if t.text in QUOTE_OPEN:
            close = closing_quote(toks, k)
            if close is None or close >= j or not 0 < close - k - 1 <= 4:
                return None
            k = close + 1  # 'بملتقى "وطن السلام"': a name in marks
            continue
        k += 1
        if t.text in QUOTE_CLOSE or t.key in _CLAUSE_BREAKS:
            return None
        if t.key in lx.relatives:
            relative = True
        elif t.word and t.key in lx.cue_index and not relative and lx.cue_index[t.key].lemma != _LEARN:
            return None  # (not 'بعد أن علمت بوفاة Y': learning is no clause of saying)
    s = i + 1
    if toks[s].key in _TO_ME and s + 1 < j and (toks[s + 1].definite or toks[s + 1].key in lx.subject_stops):
        s += 1  # 'قال لي أحد الإخوة': told me, then the subject (not 'قال لي بيونغ يونغ': a name)
    first = toks[s]
    if s >= j or not first.word:
        return None
    if first.key in _PREP_KEYS.values() or skip_adverbial(lx, toks, s, j) > s:
        return False  # 'وقال في مؤتمر صحافي عقده ...، إن': said (he), where and when
    if (
        first.key in lx.function_words
        or (first.text.endswith(("ه", "ها", "هم")) and not first.definite)
        or (first.key[0] in "لب" and len(first.key) > 3 and first.key not in lx.given_names)
        or first.text.endswith(("ً", "اً", "ًا"))
        or is_verb(lx, first.key)
    ):
        return None  # a pronoun, a governed phrase, an adverb or a verb: no subject opens here
    for p in range(s, j):
        if toks[p].key in lx.given_names and (p == s or toks[p - 1].key not in lx.honorifics):
            n = parse_speaker(toks, p, j, text, registry)
            if n is not None and n.name:
                role = text[first.start : toks[p - 1].end].strip(" ،,") if p > s else None
                return Mention(
                    "person", text[first.start : toks[n.end - 1].end], n.name, role, n.gender, n.end
                )
    k = s
    while k < j and toks[k].word and toks[k].key not in lx.subject_stops and toks[k].key not in lx.relatives:
        k += 1
    if k - s > 4:  # not a name-like run of plain words up to a comma, a relative or a particle:
        k = s + 1  # the head phrase, up to a word glued to a preposition ('استطلاع لرويترز')
        while k < j and k - s < 6 and not (toks[k].key[0] in "لب" and len(toks[k].key) > 3):
            k += 1
    return _unread_subject(toks, text, s, k)


def _unread_subject(toks: list[Tok], text: str, a: int, b: int) -> Mention:
    """A subject the parser could not read, as written, as a role: the most specific description
    the article gives (the gold conventions' unnamed speaker), which resolves to the person the
    article named in that office when it did ('وحث خطيب المسجد الحرام على' after 'إمام وخطيب
    المسجد الحرام الدكتور أسامة خياط'), else stays unresolved ('نجوم المسرحية'، 'قائدو المركبات')."""
    return Mention("role", text[toks[a].start : toks[b - 1].end], None, None, None, b)


def _marked_subject(
    lx: Lexicon, toks: list[Tok], k: int, j: int, text: str, registry: Registry
) -> Mention | None:
    """A subject of one to four words in quotation marks right after the cue ('وقال «الحذيفي» في
    اتصال هاتفي ب«عكاظ» والذي يزور عدن:'، 'وقال “جون كول” المدير التنفيذي للتكنولوجيا
    بالشركة: إن'), the rest up to the complement at j at most fourteen tokens with no cue or
    complementizer; else None."""
    close = closing_quote(toks, k)
    if close is None or not 1 <= close - k - 1 <= 4 or not all(t.word for t in toks[k + 1 : close]):
        return None
    if j - close > 15 or any(t.key in lx.cue_index or t.key in _THAT for t in toks[close + 1 : j]):
        return None
    m = parse_speaker(toks, k + 1, close, text, registry)
    if m is not None and m.end == close:
        return replace(m, end=close + 1)
    return Mention("org", text[toks[k + 1].start : toks[close - 1].end], None, None, None, close + 1)


def _weak(
    lx: Lexicon, toks: list[Tok], i: int, cue: CueForm, end: int, text: str, registry: Registry
) -> Anchor | None:
    """A cue whose content is a preposition phrase, a direct object or bare speech."""
    comps = cue.complements
    mention = None
    k = i + 1
    if (
        cue.kind == "verb"
        and k + 1 < end
        and toks[k].key in _IN_IT
        and not (cue.lemma == _CONSIDER and cue.tense == "present")
    ):  # not 'في بلد يعتبر فيه الطعام مكلفا' (passive)
        k += 1  # 'بيانا نفت فيه أي علاقة'، 'مؤتمرا دعا خلاله إلى': what it was said in, then the content
    own = _own_subject(cue) or _was_subject(lx, toks, i)
    k0 = k
    if cue.kind == "verb" and not own:
        mention = parse_speaker(toks, k, end, text, registry)
        if mention is not None and _object_then_for(lx, toks, k, mention, comps):
            return Anchor(i, cue, i, k, "indirect", None)  # 'ودعا الجماهير للصفح عن': whom he called
        if mention is not None and "ل" in comps:
            mention = _before_for(lx, toks, k, mention, text, registry)
        if mention is not None:
            k = mention.end
    if _object_read(lx, toks, k0, end, cue, mention, registry):
        mention, own, k = None, True, k0  # 'ودعا الدول العربية إلى': the object; the subject is elided
    if mention is not None and cue.lemma in lx.cause and _cause_to(lx, toks, k, end) is not None:
        return Anchor(i, cue, i, k, "indirect", mention)  # the object opens it: 'وأرجع X الحادث إلى'
    if (
        mention is None
        and cue.lemma in lx.cause
        and k < end
        and toks[k].key in lx.cause_objects
        and _cause_to(lx, toks, k, end) is not None
    ):
        return Anchor(i, cue, i, k, "indirect", None)  # 'وأرجع ذلك لعدة أسباب': an elided speaker
    governed = {_PREP_KEYS[p] for p in comps if p in _PREP_KEYS}
    glued = comps & _GLUED
    by = bool(glued)
    while k < end:
        if toks[k].key in governed or _glued_prep(lx, toks, k, glued):
            break  # 'حث X على تضافر الجهود': the preposition the cue governs opens the content
        skipped = _skip(lx, toks, k, end)
        if skipped == k:
            break
        k = skipped
    if (
        mention is not None
        and (governed or by)
        and "object" not in comps  # 'وأكدت الشركة حرصها على': the object is the content
        and not (k < end and (toks[k].key in governed or _glued_prep(lx, toks, k, glued)))
        and (cue.lemma not in lx.thing_subjects or mention.name or mention.kind in ("person", "role"))
    ):  # not 'ويشير الوشم تحديدا إلى': a thing shows
        far = _far_prep(lx, toks, mention.end, end, governed, glued)
        if far is None and mention.end < k < end:
            # 23c: the object after an adverbial between commas ('ودعا X، أمس، الحكومة إلى'،
            # 'وطالب X، المملكة المتحدة بالإسراع'): the preposition after it opens the content
            far = _far_prep(lx, toks, k, end, governed, glued)
        if far is None and (c := _aside_closed(lx, toks, mention.end, end)) is not None:
            # 23e: past a longer aside between commas ('ودعا X، في كلمة ألقاها أمام البرلمان،
            # الأحزاب إلى'، 'وطالب X، الذي يعمل في ...، الحكومة بـ')
            far = _far_prep(lx, toks, c, end, governed, glued)
        if far is not None:  # 'وحذر ترامب الصين من'، 'طالب المستثمر في قطاع استقدام العمالة يوسف باداود ب'
            k = far
        elif mention.kind in ("role", "org") and not mention.name:
            # 'طالب المستثمر في قطاع استقدام العمالة المنزلية يوسف باداود بإنشاء': up to eight
            # words on when a name stands right before the preposition; that person speaks
            further = _far_prep(lx, toks, mention.end, end, governed, glued, 9)
            named = _name_in_role(lx, toks, i, mention, further, text, registry) if further else mention
            if further is not None and named is not mention:
                mention, k = named, further
    elif (
        mention is None
        and governed
        and cue.lemma in lx.object_then_prep
        and k + 1 < end
        and toks[k].word
        and toks[k].key not in governed
        and (toks[k].key not in lx.function_words or toks[k].key in lx.object_quantifiers)
    ):
        # the object, then the preposition: 'داعيا الأمم المتحدة إلى'، 'فدعت كل الدول الأعضاء إلى'،
        # 'وحث سموه المتطوعين على' (after an honorific pronoun); a verb's other words may be its
        # unread subject ('ودعت حماس إلى'), so a verb needs a quantifier or the pronoun first
        honored = cue.kind != "participle" and toks[k].key in honorific_pronouns()
        start = k + 1 if honored else k
        if toks[start].key in governed and honored:
            return Anchor(i, cue, i, start, "indirect", None)
        if (cue.kind == "participle" or honored or toks[k].key in lx.object_quantifiers) and _far_prep(
            lx, toks, start, min(end, start + 5), governed, glued & {"ل"}
        ) is not None:
            return Anchor(i, cue, i, start, "indirect", None)  # the object is part of the call
    if (
        mention is None
        and own
        and (governed or by)
        and k + 1 < end
        and toks[k].word
        and toks[k].key not in lx.function_words
        and (
            _far_prep(lx, toks, k, min(end, k + 6), governed, glued) is not None
            or (not _own_subject(cue) and _past_asides(lx, toks, k, end, governed, glued))
        )
    ):
        return Anchor(i, cue, i, k, "indirect", None)  # 'وطالبوا الحكومة بفتح'، 'ودعوا المجتمع الدولي إلى'
    if (
        mention is None
        and k == i + 1
        and cue.kind == "verb"
        and not own
        and (governed or by)
        and "object" not in comps
        and k + 1 < end
        and subject_like(lx, toks[k])
        and not (cue.lemma in lx.object_then_prep and toks[k].key.endswith("ين"))  # 'ودعا المشاركين إلى'
        and (cue.lemma not in lx.thing_subjects or toks[k].key.removeprefix("ال") in reporters())
        and clause_initial(lx, toks, i)
        and (far := _far_prep(lx, toks, k, min(end, k + 5), governed, glued)) is not None
    ):
        # 'وحذّر نجوم المسرحية من'، 'وطالب قائدو المركبات بـ': a subject the parser cannot read
        # (VSO) as written, then the preposition the cue governs opens the content
        mention, k = _unread_subject(toks, text, k, far), far
    if mention is not None and cue.lemma in _renewed("lemmas") and k < end and toks[k].word:
        # 'وجددت وزارة الصحة ممثلة في الوكالة للصحة العامة التأكيد على': the rest of the
        # speaker phrase the parser left, then what is renewed
        k = next((j for j in range(k, min(end, k + 7)) if toks[j].key in _renewed("objects")), k)
    if k >= end or not toks[k].word:
        return None
    key = toks[k].key
    mode = ""
    for prep, pkey in _PREP_KEYS.items():
        if prep in comps and key == pkey:
            mode = "prep"
    if _glued_prep(lx, toks, k, glued):
        mode = "prep"
        if (
            i
            and toks[k].key[0] == "ل"
            and (toks[i - 1].key in lx.relatives or toks[i - 1].key in _WHAT_FROM)
            and not _by_word(lx, toks, k)
        ):
            return None  # 'لا يوجد ما يدعو روسيا للتدخل'، 'الأفكار التي تدعو للتركيز': no call made
    if (
        not mode
        and "object" in comps
        and not (
            cue.lemma == _CONSIDER
            and cue.tense == "present"
            and (mention is None or mention.kind not in _CONSIDERING)
        )  # 26c/26g: 'ويعتبر ميناء الحديدة منفذا'، 'ويعتبر الهلال الفريق الأكثر': the passive
        and (
            key not in lx.function_words
            or key == "ما"
            or (key == _ANY and toks[k - 1].key not in _CLAIM_NOT_AFTER)  # not 'على أي'
        )
        and not (mention is None and key.startswith("ب") and len(key) > 3 and "ب" not in comps)
    ):  # 'واتهم بالمر بقتل': a passive verb with its subject, not a direct object
        mode = "object"
    if (
        not mode
        and "bare" in comps
        and mention is not None
        and key not in lx.openers_adv
        and not any(
            t.key in lx.bare_not or t.bare in lx.bare_not or (cue.lemma == _ADD and t.key in _ADDED)
            for t in toks[(i + 1 if cue.lemma == _ADD else k) : k + 4]
        )
    ):  # not 'وأضاف الزمالك هدفه الثاني', nor, for أضاف (= scored, added), an object the parser
        # read into the speaker phrase ('وأضاف البايرن الهدف الثالث عند الدقيقة 84', 22e)
        mode = "bare"
    if not mode or end - k < 2:
        return None
    if (
        mode == "object"
        and _claiming(lx, cue.lemma)
        and (not _claim(lx, toks, k, end, cue.lemma) or toks[k - 1].key in _CLAIM_NOT_AFTER)
    ):
        return None  # 'رفض الكشف عن هويته'، 'رفض التعليق على التقارير': refusing an action
    if mode == "prep" and key == _ABOUT_KEY and _emotion(lx, toks, k + 1, end):
        # 'أعرب عن سعادته بالتكريم'، 'عن خالص حزنه لوفاته': no proposition, but the speaker spoke
        return Anchor(i, cue, i, k, "indirect", mention, silent=True)
    if mode != "prep" and _new_clause(lx, toks, k - 1):
        return None  # 'أعلنت الأسبوع الماضي، وحصل فيها': a new clause, not the object
    if (
        mention is None
        and cue.kind == "verb"
        and (key in lx.titles or key in lx.org_heads)
        and not own  # 'وطالبوا الحكومة بـ': the plural's object
    ):
        return None  # a speaker the parser could not read: better no statement than a wrong one
    return Anchor(i, cue, i, k, "indirect", mention)


_ADD = "أضاف"  # cues.json's lemma of 'add', also 'score' and 'add a feature' (bare_not)
_ADDED = frozenset(fold(w) for w in load_data("cues.json")["added_objects"]["forms"])


def _before_for(lx: Lexicon, toks: list[Tok], k: int, m: Mention, text: str, registry: Registry) -> Mention:
    """The speaker phrase without a call's indefinite ل-noun the parser read as its last word
    ('ودعت منظمة العفو الدولية لإجراء تحقيق': the name ends before لإجراء); a definite one
    (الهيئة العامة للرياضة) is mostly the name itself."""
    j = m.end - 1
    if j > k and toks[j].key[:2] != "لل" and _for_word(lx, toks, j):
        return parse_speaker(toks, k, j, text, registry) or m
    return m


def _object_then_for(lx: Lexicon, toks: list[Tok], k: int, m: Mention, comps: frozenset[str]) -> bool:
    """Is the 'speaker' the parser read after a call one definite noun before the call's ل-noun
    (or with it: 'ودعا الجماهير للصفح عن الحارس'، 'ودعا المستثمرين لاغتنام الفرص'): whom the
    elided subject calls, then what for? Not an institution or a title heading it (ودعت الحكومة
    للالتزام: the caller)."""
    return (
        "ل" in comps
        and m.kind == "org"
        and m.name is None
        and m.end in (k + 1, k + 2)
        and k + 1 < len(toks)
        and toks[k].definite
        and toks[k].key not in lx.org_heads
        and toks[k].key not in lx.titles
        and _for_word(lx, toks, k + 1)
    )


@lru_cache(maxsize=1)
def reporters() -> frozenset[str]:
    """cues.json's documents and reporting things (تقرير، تحقيق، استطلاع، تسريبات), folded: the
    subjects as written that speak after a cue whose subject is often a thing that shows."""
    doc = load_data("cues.json")
    return frozenset(fold(w) for w in [*doc["documents"]["forms"], *doc["thing_subjects"]["reporters"]])


def subject_like(lx: Lexicon, t: Tok) -> bool:
    """Can this word open a subject as written: a noun, not a function word, a pronoun-suffixed
    word (رئيسها), a word glued to a preposition (بتطبيق، للصحفيين), an accusative adverb
    (مجدداً) or a verb?"""
    return (
        t.word
        and t.key not in lx.subject_stops
        and not (t.text.endswith(("ه", "ها", "هم")) and not t.definite)
        and not (t.key[0] in "لب" and len(t.key) > 3 and t.key not in lx.given_names)
        and not t.text.endswith(("ً", "اً", "ًا"))
        and not is_verb(lx, t.key)
    )


_WAS = frozenset(fold(w) for w in ("كان", "وكان", "كانت", "وكانت", "كانوا", "وكانوا", "فكان", "فكانت"))
_HAD = fold("قد")


def _was_subject(lx: Lexicon, toks: list[Tok], i: int) -> bool:
    """Does the cue close 'كان X قد' ('وكان قسم حقوق الإنسان، قد دعا، الأربعاء، الولايات المتحدة
    إلى'): its subject stands before it, so the words after it are its object or content?"""
    return was_at(lx, toks, i) >= 0


def was_at(lx: Lexicon, toks: list[Tok], i: int) -> int:
    """Where the كان form stands when the cue at `i` closes 'كان X قد' (see `_was_subject`), else -1."""
    if i < 3 or toks[i - 1].key != _HAD:
        return -1
    for j in range(i - 3, max(-1, i - 16), -1):
        t = toks[j]
        if t.text in SENTENCE_END or (t.word and t.key in lx.cue_index):
            return -1
        if t.key in _WAS:
            return j
    return -1


def _aside_closed(lx: Lexicon, toks: list[Tok], j: int, end: int) -> int | None:
    """After the comma at j, an aside closed by the next comma within ten tokens (a relative
    clause, or words with no cue, complementizer or mark): the index after that comma, else None."""
    if j + 2 >= end or toks[j].text not in ("،", ","):
        return None
    closed = _aside_end(lx, toks, j, end)
    if closed > j:
        return closed if toks[closed - 1].text in ("،", ",") else None
    for k in range(j + 1, min(end, j + 11)):
        t = toks[k]
        if t.text in ("،", ","):
            return k + 1 if k > j + 1 else None
        if not t.word or t.key in lx.cue_index or t.key in _THAT or t.key in lx.relatives:
            return None
    return None


def _past_asides(
    lx: Lexicon, toks: list[Tok], k: int, end: int, governed: set[str], glued: frozenset[str]
) -> bool:
    """After 'كان X قد' and the cue, does the governed preposition follow the object within
    twelve tokens, past commas and adverbials ('وكان روحاني قد حذر نظيره الأميركي، دونالد
    ترامب، الأحد، من')? Not past a cue, a complementizer, a relative or a full stop."""
    for j in range(k + 1, min(end, k + 12)):
        t = toks[j]
        if t.text in SENTENCE_END:
            return False
        if not t.word:
            continue
        if t.key in governed or (glued and _glued_prep(lx, toks, j, glued)):
            return True
        if t.key in lx.cue_index or t.key in _THAT or t.key in lx.relatives:
            return False
    return False


def _object_read(
    lx: Lexicon, toks: list[Tok], k: int, end: int, cue: CueForm, mention: Mention | None, registry: Registry
) -> bool:
    """Is the body or group read as the speaker at k the cue's object (_feminine_object)?"""
    return (
        mention is not None
        and not mention.name
        and mention.kind in ("org", "group", "state")
        and _feminine_object(lx, toks, k, cue)
        and not any(t.key in lx.given_names for t in toks[k + 1 : min(end, k + 4)])  # 'أعلن النوخذة عيسى
        # حمود'، 'عبر النحات حسبان أحمد العنزي': a title before a name
        and (  # 'وأعرب الربيعة عن': a family name in ة; a plural is none ('جامعة الدول العربية')
            toks[k].key in _OBJECT_PLURALS or registry.by_name(toks[k].text) is None
        )
    )


def _feminine_object(lx: Lexicon, toks: list[Tok], k: int, cue: CueForm) -> bool:
    """A masculine singular verb right before a definite feminine noun ('ودعا الدول العربية إلى'،
    'وطالب الحكومة بـ'، 'وأكد الحاجة إلى'): a verb before its subject agrees with it in gender
    (دعت الحكومة), so the noun is the object and the subject is elided, as after a plural cue.
    Not a title or an honorific written with ة (الخليفة، العلامة) nor a given name."""
    if cue.kind != "verb" or cue.gender != "m" or cue.number != "sg" or k >= len(toks):
        return False
    t = toks[k]
    if t.key in _OBJECT_PLURALS:  # 23a: 'ودعا الدول العربية إلى'، 'ودعا وسائل الإعلام إلى'
        return t.definite or (k + 1 < len(toks) and toks[k + 1].definite)
    return (
        t.definite
        and t.text.endswith(("ة", "ات"))
        and t.key not in lx.titles
        and t.key not in lx.honorifics
        and t.key not in lx.given_names
        and t.key.removeprefix("ال") not in _COUNTS
    )


_EXPRESS = "عبر"  # cues.json's lemma of 'express', spelled as the preposition via/across
_ANONYMITY = frozenset(fold(w) for w in load_data("cues.json")["anonymity_requests"]["words"])
_NOT_KEY = fold("عدم")
_VIA = frozenset(fold(w) for w in load_data("cues.json")["via_objects"]["words"])

# Non-human broken plurals a masculine singular cue cannot agree with (cues.json object_plurals)
_OBJECT_PLURALS = frozenset(fold(w) for w in load_data("cues.json")["object_plurals"]["words"])

# Numbers written with ة count masculine nouns ('ونفى الثلاثة الاتهامات': the three men)
_COUNTS = frozenset(
    fold(w) for w in ("ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "الثلاثة")
)


def _own_subject(cue: CueForm) -> bool:
    """A plural or dual verb ('قالوا'، 'أكدا'، 'وطالبوا'، 'يقولون') carries its subject as a suffix:
    a verb before its noun subject stays singular (قال المسؤولون), so a noun right after it is
    its object or the content ('وأكدا العمل على'، 'وطالبوا الحكومة بفتح'), never the speaker."""
    return cue.kind == "verb" and cue.number == "pl"


_ANY = fold("أي")  # a function word that may open a direct object, as ما does: 'نفت أي علاقة مع'

_CLAIM_NOT_AFTER = frozenset(fold(w) for w in ("على", "عن", "في", "من", "إلى", "حول", "بشأن"))


@lru_cache(maxsize=2)
def _renewed(part: str) -> frozenset[str]:
    """cues.json's renewed lemmas (جدد) or objects (التأكيد، الدعوة، مطالبتها ...), folded."""
    return frozenset(fold(w) for w in load_data("cues.json")["renewed"][part])


def _claiming(lx: Lexicon, lemma: str) -> bool:
    """Does a cue of this lemma report only with a claim (رفض) or a renewed saying (جدد) as object?"""
    return lemma in lx.claim_lemmas or lemma in _renewed("lemmas")


def _claim(lx: Lexicon, toks: list[Tok], k: int, end: int, lemma: str = "") -> bool:
    """Is the object at k a claim (المزاعم، هذه الاتهامات، ما جاء في تقرير), or for a renewing
    cue what it renews (جددت الوزارة التأكيد على)? See cues.json claims and renewed."""
    if lemma in _renewed("lemmas"):
        return toks[k].key in _renewed("objects")
    if k + 1 < end and toks[k].key in lx.claim_determiners:
        k += 1
    key = toks[k].key
    if key == "ما":
        return k + 1 < end and toks[k + 1].key in lx.claim_what
    return key in lx.claim_objects


def _emotion(lx: Lexicon, toks: list[Tok], k: int, end: int) -> bool:
    """Does an emotion, thanks or condolences (after بالغ/خالص ...) stand at k with no
    complementizer in the eight words after it, before another cue?"""
    if k < end and toks[k].key in lx.emotion_qualifiers:
        k += 1
    if k >= end or toks[k].key not in lx.emotions:
        return False
    for t in toks[k + 1 : min(end, k + 9)]:
        if t.key in _THAT:
            return False
        if t.word and t.key in lx.cue_index:
            return True  # 'أعرب عن خالص حزنه لوفاته وقال إن': the أن is the next cue's
    return True


_ABOUT_KEY = fold("عن")


def _cause_to(lx: Lexicon, toks: list[Tok], k: int, end: int) -> int | None:
    """Where the cause stands after the object of أرجع: إلى or a word with لـ one to seven words
    after the speaker phrase ('وأرجع الوزير ذلك إلى'، 'أرجع سبب الحادث لتماس كهربائي'); None when
    a comma, a mark, a cue or a complementizer comes first."""
    for j in range(k + 1, min(end, k + 8)):
        t = toks[j]
        if not t.word or t.key in lx.cue_index or t.key in _THAT:
            return None
        if t.key == _TO or (t.key[0] == "ل" and len(t.key) > 3 and t.key not in lx.function_words):
            return j
    return None


_TO = fold("إلى")


def _name_in_role(
    lx: Lexicon, toks: list[Tok], i: int, mention: Mention, far: int, text: str, registry: Registry
) -> Mention:
    """A role the parser cut short before its prepositional phrase, with the person's name right
    before the governed preposition ('طالب المستثمر في قطاع استقدام العمالة المنزلية يوسف باداود
    بإنشاء'): that person, with the whole phrase as their role; else the role as read."""
    titles = lx.titles_m | lx.titles_f
    for j in range(mention.end, far):
        if toks[j].key in titles:
            break  # 'حذر رئيس المنظمة أكبر صالحي الرئيس الأمريكي دونالد ترامب من': the object
        if toks[j].key in lx.given_names and all(t.word for t in toks[mention.end : j]):
            m = parse_speaker(toks, j, far, text, registry)
            if m is not None and m.name and m.end == far and not m.role:
                role = text[toks[i + 1].start : toks[j - 1].end]
                return Mention(
                    "person", text[toks[i + 1].start : toks[far - 1].end], m.name, role, m.gender, far
                )
            break
    return mention


def _far_prep(
    lx: Lexicon,
    toks: list[Tok],
    k: int,
    end: int,
    governed: set[str],
    glued: frozenset[str],
    reach: int = 7,
) -> int | None:
    """The preposition a cue governs a few words after the speaker phrase the parser read,
    past the rest of that phrase or an object (a role the parser cut short: 'طالب المستثمر في
    قطاع استقدام العمالة يوسف باداود بإنشاء'; 'وحذر ترامب الصين من'): its index, or None when
    a cue, a complementizer, a mark or a comma comes first or it is more than six words on
    (`reach` - 1)."""
    for j in range(k, min(end, k + reach)):
        t = toks[j]
        if not t.word:
            return None
        if t.key in governed or (
            glued and _glued_prep(lx, toks, j, glued) and toks[j - 1].key not in lx.given_names
        ):  # not the surname after a given name (يوسف باداود)
            return j if j > k else None
        if t.key in lx.cue_index or t.key in _THAT or t.key in lx.relatives:
            return None
    return None


def _masdar(
    lx: Lexicon, toks: list[Tok], i: int, cue: CueForm, window: int, text: str, registry: Registry
) -> Anchor | None:
    """`نقلت X عن Y قوله إن ...`: Y is the speaker. The complement may follow a few
    adverbials (قوله، الجمعة، إن; قوله لكيم خلال اجتماع، إن), or a longer aside between commas
    ('ونُقل عن سيف قوله، خلال اجتماع للرؤساء التنفيذيين للبنوك، إن'); Y may be a role and a name in
    apposition (عن مروض الحيوانات، فيصل العسيري، قوله:), read from its first name-like part
    when the whole does not parse, else as written."""
    aside = i + 1 < len(toks) and toks[i + 1].text in ("،", ",")  # 'قوله، خلال لقاء مع ...، إن'
    found = _strong(lx, toks, i + 1, min(window, i + (18 if aside else 8)), cue)
    if found is None:
        return None
    if i and toks[i - 1].key in _ABOUT_HIM:  # 'ونقلت شبكة «سكاي سبورتس» عنه قوله:': elided
        j, mode = found
        return Anchor(
            i, cue, i, j if mode == "quote" else j + 1, "indirect" if mode == "that" else mode, None
        )
    src = next((j for j in range(i - 1, max(-1, i - 16), -1) if toks[j].key in _FROM), None)
    if src is None:
        return None
    mention = parse_speaker(toks, src + 1, i, text, registry)
    if mention is None:
        for k in range(src + 2, i):
            if toks[k - 1].text in ("،", ",") and toks[k].word:
                mention = parse_speaker(toks, k, i, text, registry)
                if mention is not None:
                    break
    if mention is None:
        words = [t for t in toks[src + 1 : i] if t.word]
        if 0 < len(words) <= 6 and all(t.word or t.text in ("،", ",") for t in toks[src + 1 : i]):
            mention = Mention("org", text[words[0].start : words[-1].end], None, None, None, i)
    j, mode = found
    return Anchor(i, cue, i, j if mode == "quote" else j + 1, "indirect" if mode == "that" else mode, mention)


_ABOUT_HIM = frozenset(fold(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))
_FROM = frozenset(fold(w) for w in ("عن", "لسان"))  # نقلت X عن Y / على لسان Y قوله


def _relayed(
    lx: Lexicon, toks: list[Tok], i: int, j: int, cue: CueForm, mode: str, text: str, registry: Registry
) -> Anchor | None:
    """`نقلت وكالة X عن Y أن ...`: Y speaks; with `قوله` the verbal noun makes the statement.
    `علمت X من Y أن ...` (X learned from Y): Y speaks; without a source, nobody quoted."""
    if any(lx.cues.get(t.key, cue).kind == "masdar" for t in toks[i + 1 : j]):
        return None
    if cue.lemma == "نقل":
        src = next((k for k in range(i + 1, j) if toks[k].key == "عن"), None)
    else:  # من right after the learner ('علمت "الوطن" من'، 'وعلمت الصحيفة من'; not 'من قبل')
        src = next((k for k in range(i + 2, min(j, i + 5)) if toks[k].key == _FROM_KEY), None)
        if src is None or toks[src + 1].key in _BEFORE_AFTER:
            return None
    mention = parse_speaker(toks, (src + 1) if src is not None else i + 1, j, text, registry)
    if mention is None and src is not None and cue.lemma != "نقل":
        mention = parse_speaker(toks, i + 1, src, text, registry)  # 'علمت "سبق" من مصادرها': the paper
    return Anchor(i, cue, i, j if mode == "quote" else j + 1, "indirect" if mode == "that" else mode, mention)


_LEARN = "علم"  # cues.json's lemma of 'learn' (علمت), a relay that reports nothing by itself
_RELAYS = frozenset(["نقل", _LEARN])  # cues.json's lemmas whose source, not subject, speaks

_POST_CUE = CueForm("حسب", "حسب", "post", "-", "m", "sg", frozenset())

NEGATIONS = frozenset(["لم", "ولم", "فلم", "لن", "ولن"])

_ABOUT = frozenset(["عن", "عنه", "عنها", "ما", "لما"])


def post_anchor(
    lx: Lexicon,
    toks: list[Tok],
    i: int,
    text: str,
    registry: Registry,
    anchors: list[Anchor],
    sents: Sentences,
) -> Anchor | None:
    """`..., حسب ما أعلن X` / `بحسب X` / `وفقا لما ذكرته X` / `نقلا عن X`: X said the clause before.

    Only when the clause has no cue of its own (then X merely relays that statement). A marker
    that opens its sentence (`وبحسب المنصة، فقد تصدرت ...`) attributes the clause after its comma."""
    if i == 0 or toks[i - 1].text in SENTENCE_END:
        return _fronted_source(lx, toks, i, text, registry, sents)
    if toks[i].key not in lx.post:
        # 'ووفقا' mid-sentence opens a new clause: a fronted source after a comma only with
        # فإن/فقد after it ('...، وحسب شهود عيان فإن القصف استهدف')
        if toks[i - 1].text in ("،", ",") and not (anchors and same_sentence(toks, anchors, i)):
            return _fronted_source(lx, toks, i, text, registry, sents, strong_only=True)
        return None
    if toks[i].key == "لسان" and not (i > 0 and toks[i - 1].key == "علي"):
        return None
    k = i - 1 if toks[i].key != "لسان" else i - 2
    if k >= 0 and toks[k].key == "وذلك":
        k -= 1
    bare = k >= 1 and toks[k].word  # 25b: no comma before the marker ('... وسط الهند حسبما قال')
    if k < 1 or (toks[k].text not in ("،", ",", "»", '"', "”") and not bare):
        return None
    start = sents.start(k)
    if start >= k or (anchors and anchors[-1].cue_at >= start):  # anchors come in reading order
        return None
    if (
        anchors
        and anchors[-1].mode == "quote"
        and (close := closing_quote(toks, anchors[-1].content)) is not None
        and close >= start
    ):
        return None  # 25d: 'وكتبت "... .. ..."، وفق "فرانس برس"': the quotation's speaker said it all
    if sum(t.word for t in toks[start:k]) < 3:
        return None  # 'وحصل، حسب النتائج الرسمية، على': no clause before the marker
    end = sents.end(i)
    if bare and toks[k].key in lx.cue_index:
        return None  # 'حيث قال وفقا لما نقلته الوكالة، حيث قال:': the cue's own clause goes on
    # without a comma before it, the source phrase ends at the next comma ('بحسب ما أعلنه المعهد
    # يوم الأربعاء، وسط مخاوف')
    cend = next((j for j in range(i + 1, end) if toks[j].text in ("،", ",")), end) if bare else end
    m, verb = _source(lx, toks, i + 1, cend, text, registry)
    if m is None:
        return None
    if bare and not _bare_source(lx, toks, i, cend, end, m, verb):
        return None
    return Anchor(i, _POST_CUE, start, start, "post", m, stop=k + 1 if bare else k)


def _bare_source(lx: Lexicon, toks: list[Tok], i: int, cend: int, end: int, m: Mention, verb: bool) -> bool:
    """25b: does a marker with no comma before it ('... وسط الهند حسبما قال مسؤول بالشرطة.')
    attribute the clause before it? With a reporting verb and its subject right after it, or a
    source that closes the sentence and is no rule ('بحسب الموقع الإلكتروني للمطار.'; not 'وفق
    أسس واضحة'، 'حسب فئة الترخيص، ...'، 'وفقا للقانون الدولي.'); and only when nothing after the
    source opens content of its own ('بحسب ما ذكره الوزير أنه: "..."'، 'وقال الوزير بحسب ما
    نقلت عنه يونهاب، إن': the clause is the cue's), unless a relative or a new clause with و
    comes first ('بحسب ما أكد مدربه الذي قال: "..."'، 'وفق ما ذكرته الهيئة وأضافت أن')."""
    if not (verb or (cend == end and m.end >= end and not _a_rule(lx, toks, m, verb, people=True))):
        return False
    j = i + 1
    while j < end and (toks[j].key in _ABOUT or toks[j].key == "ل" or _reporting(lx, toks[j].key)):
        j += 1
    if j < end and toks[j].key in _POST_PREPS:
        return False  # 'بحسب ما قال في إحدى مقابلاته': no subject after the verb
    for j in range(m.end, end):
        t = toks[j]
        if t.text in ("،", ","):
            return j + 1 >= end or toks[j + 1].key not in _THAT
        if t.key in lx.relatives or (
            t.word and t.key != t.bare and (t.bare in lx.cues or is_verb(lx, t.bare))
        ):
            return True
        if t.key in _THAT or t.text == ":" or (t.word and t.key in lx.cue_index and not _via(lx, toks, j)):
            return False
        if t.word and is_verb(lx, t.key):
            return False  # 'حسب بيان وزارة الداخلية يعد خطرا': the statement goes on after the source
        if t.text in QUOTE_OPEN and j + 1 < end and toks[j + 1].word:
            return False
    return True


_POSTED_DOC = load_data("cues.json")["posted"]
POSTED = frozenset(p + fold(w) for w in _POSTED_DOC["forms"] for p in ("", "و", "ف"))
_CHANNELS = frozenset(fold(w) for w in _POSTED_DOC["channels"])
_POST_PREPS = frozenset(fold(w) for w in ("على", "عبر", "في", "من", "عن"))
_POSTED_CUES = {
    fold(w): CueForm(w, "نشر", "verb", "past", g, "sg", frozenset(["colon"]))
    for w, g in zip(_POSTED_DOC["forms"], ("m", "f"), strict=True)
}


def _channel(t: Tok) -> bool:
    """An account, a page, a network or a post (cues.json posted channels), also after a glued
    ب/و ('بتويتر'، 'وفيسبوك')."""
    return t.key in _CHANNELS or (t.key[:1] in ("ب", "و") and t.key[1:] in _CHANNELS)


def posted(
    lx: Lexicon, toks: list[Tok], i: int, text: str, registry: Registry, sents: Sentences
) -> Anchor | None:
    """25a: 'ونشر X على حسابه في تويتر: ...'، 'ونشرت X تغريدة عبر صفحتها: "..."': the post
    quoted after the colon is X's statement. Only for نشر opening its clause, with a channel
    before the colon and no cue between ('ونشر صورة ... وكتب:' and '... قائلا:' report by their
    own cue); never 'قال في بيان نشر على موقعه إن' (the verb inside a phrase) nor 'نشر قوات'."""
    cue = _POSTED_CUES.get(toks[i].bare)
    if cue is None or not clause_initial(lx, toks, i):
        return None
    end = min(sents.end(i), i + 1 + _MAX_SEGMENT)
    colon = -1
    channel = False
    stop = -1  # where the subject ends: the first preposition, channel, comma or mark after it
    k = i + 1
    while k < end:
        t = toks[k]
        if t.text == ":":
            colon = k
            break
        if t.text in QUOTE_OPEN:
            close = closing_quote(toks, k)
            if close is None or close >= end or sum(w.word for w in toks[k + 1 : close]) > 3:
                return None  # a quotation before any colon: not a post introduced by one
            channel = channel or any(_channel(w) for w in toks[k + 1 : close])  # 'في "تويتر"'
            stop = k if stop < 0 else stop
            k = close + 1
            continue
        if t.word and t.key in lx.cue_index and not _via(lx, toks, k):
            return None  # 'ونشر صورة ... وعلق قائلا:': the other cue reports (not 'عبر حسابه')
        if _channel(t):
            channel = True
        if stop < 0 and k > i + 1 and (_channel(t) or t.key in _POST_PREPS or not t.word):
            stop = k  # 'ونشر حساب الاتحاد على': an account opening the phrase is its subject
        k += 1
    if colon < 0 or not channel or colon + 1 >= len(toks):
        return None
    if toks[colon + 1].text in QUOTE_OPEN:
        close = closing_quote(toks, colon + 1)
        if close is not None and sum(t.word and not t.key.isascii() for t in toks[colon + 2 : close]) < 3:
            return None  # 'على موقعه الإلكتروني: "www.edu.ipa.sa"': an address or a name, no post
    if _channel(toks[i + 1]) and toks[i + 1].definite:
        return None  # 'ونشر الحساب الرسمي لكأس السوبر': the owner is not the phrase's head
    stop = colon if stop < 0 else stop
    first = i + 2 if _channel(toks[i + 1]) else i + 1  # 'ونشر حساب الاتحاد': the account's owner
    mention = parse_speaker(toks, first, stop, text, registry) if stop > first else None
    if mention is None and stop > i + 1:
        return None  # words the parser reads as no speaker ('ونشر الجيش قوات في ...')
    return Anchor(i, cue, i, colon + 1, "colon", mention)


_AS = "كما"
_SAY = "قال"  # cues.json's lemma of 'say'; its present reports after 'كما' as the past does
_RELAY = fold("نقلا")


def as_reported(
    lx: Lexicon,
    toks: list[Tok],
    i: int,
    text: str,
    registry: Registry,
    anchors: list[Anchor],
    sents: Sentences,
) -> Anchor | None:
    """`...، كما أفاد التلفزيون الرسمي.`: a past cue after '، كما' whose speaker closes the
    sentence attributes the clause before the comma (as `post_anchor` does for حسب ما أعلن X).
    Not when a complement follows the speaker ('، كما أكد الوزير أن ...': a new statement)."""
    if i < 3 or toks[i - 1].key != _AS or not (toks[i - 2].text in ("،", ",") or toks[i - 2].word):
        return None
    cue = lx.cues.get(toks[i].bare)
    if (
        cue is None
        or cue.kind != "verb"
        or not (cue.tense == "past" or (cue.tense == "present" and cue.lemma == _SAY))
    ):
        return None  # 22k: 'كما يقول X' too (as X says; not 'كما يرى البعض': a belief)
    end = sents.end(i)
    if i + 1 >= end or (toks[i + 1].key[0] in "بل" and len(toks[i + 1].key) > 3):
        return None  # 'كما هددت بفرض رسوم أخرى': a complement, not a source
    m = parse_speaker(toks, i + 1, end, text, registry)
    if m is None:  # 'كما أعلن قصر الإليزيه.': the words up to the sentence end, as written
        words = toks[i + 1 : end]
        if not 0 < len(words) <= 4 or not all(t.word for t in words) or words[0].key in lx.function_words:
            return None
        m = Mention("org", text[words[0].start : words[-1].end], None, None, None, end)
    if m.kind not in ("person", "role", "org", "group", "state"):
        return None
    relay = next(
        (j for j in range(m.end, end - 2) if toks[j].key == _RELAY and toks[j + 1].key == "عن"), None
    )
    if relay is not None:  # '، كما أفاد التلفزيون الرسمي نقلا عن وزارة الصحة.': the ministry said it
        src = parse_speaker(toks, relay + 2, end, text, registry)
        if src is not None and src.kind in ("person", "role", "org", "group", "state"):
            m = src
    stop = end
    if (
        m.end + 1 < end
        and toks[m.end].text in ("،", ",")
        and (toks[m.end + 1].key in _WHILE_HE or toks[m.end + 1].key in lx.relatives)
    ):
        stop = m.end  # 'كما تقول جمانة حداد، وهي ناشطة حقوقية ...': an aside about the source
    rest = [t for t in toks[m.end : stop] if t.word]
    governed = _preps(cue.complements)
    if len(rest) > 4 or any(t.key in _THAT or t.key in lx.cue_index or t.key in governed for t in rest):
        return None  # more than a source: its own statement follows (كما دعت المجتمع الدولي إلى ...)
    if "ب" in cue.complements and any(t.key.startswith("ب") and len(t.key) > 3 for t in rest):
        return None  # 'كما هددت بفرض ...'
    if any(t.text == ":" or t.text in QUOTE_OPEN for t in toks[m.end : end] if not t.word) and rest:
        return None
    k = i - 2 if not toks[i - 2].word else i - 1
    start = sents.start(k)
    if start >= k or (anchors and anchors[-1].cue_at >= start):
        return None  # the clause reports its own statement: X merely relays it
    if sum(t.word for t in toks[start:k]) < 4:
        return None
    return Anchor(i, cue, start, start, "post", m, stop=k)


def _source(
    lx: Lexicon, toks: list[Tok], j: int, end: int, text: str, registry: Registry, loose: bool = False
) -> tuple[Mention | None, bool]:
    """The source after an attribution marker (`ما أعلن X`، `لوزارة الصحة`, `X`) and whether a
    reporting verb stood before it; `loose`: any phrase the parser reads (a bare surname, a
    plural nisba), as after a fronted marker with فإن/فقد."""
    verb = relay = False
    while j < end and (toks[j].key in _ABOUT or toks[j].key == "ل"):
        j += 1
    if j < end and _reporting(lx, toks[j].key):
        verb = True
        relay = toks[j].key.startswith(_CARRIED)
        found_in = toks[j].key in _FOUND_IN
        j += 1
        while j < end and toks[j].key in _ABOUT:
            j += 1
        if found_in and j + 1 < end and toks[j].key == _IN_KEY:
            j += 1  # 25j: 'بحسب ما ورد في بيان للهيئة': the document (its issuer) after في
    if j >= end:
        return None, verb
    if (doc := document_source(lx, toks, j, end, text, registry)) is not None:
        return doc, True  # the document reports as a verb would
    if toks[j].text in QUOTE_OPEN:  # 'وفق "رويترز"'، 'وبحسب "فوكس نيوز"،': a name in marks
        close = closing_quote(toks, j)
        if close is None or close > end or not 0 < close - j - 1 <= 5:
            return None, verb
        if not all(t.word for t in toks[j + 1 : close]):
            return None, verb
        name = text[toks[j + 1].start : toks[close - 1].end]
        return Mention("org", name, None, None, None, close + 1), verb
    seg = _without_to(lx, toks, j, end)
    m = parse_speaker(seg, j, end, text, registry)
    if m is None or not (
        verb or loose or m.role or m.kind in ("org", "group", "state", "role") or registry.by_name(m.text)
    ):
        return None, verb
    if relay and m.end + 1 < end and toks[m.end].key == _ABOUT_KEY:
        # 23d: 'حسبما نقلت صحيفة X عن مصدر أمني': the medium only relays; the one after عن said it
        src = parse_speaker(toks, m.end + 1, end, text, registry)
        if src is not None and src.kind in ("person", "role", "org", "group", "state"):
            return src, verb
    if m.text.startswith("لل") and seg is not toks:
        m = replace(
            m,
            text="ا" + m.text[1:],
            name=m.name and ("ا" + m.name[1:] if m.name.startswith("لل") else m.name),
        )
    return m, verb


_CARRIED = fold("نقل")  # نقلت، نقلته: a relaying verb whose medium names its source after عن
_FOUND_IN = frozenset(fold(w) for w in ("ورد", "جاء"))  # 'ما ورد في X': found in a document
_IN_KEY = fold("في")
_DOC_DATA = load_data("cues.json")
# documents, written things and figures that speak for their issuer after a marker (25c)
_ISSUED_THINGS = frozenset(
    fold(w) for part in ("documents", "written", "figures") for w in _DOC_DATA[part]["forms"]
)
_SPEAKING = frozenset(("org", "person", "role", "state", "group"))


def document_source(
    lx: Lexicon, toks: list[Tok], j: int, end: int, text: str, registry: Registry
) -> Mention | None:
    """25c: the issuer of a document or a figure after a marker ('بحسب بيان صادر عن الشرطة'،
    'وفقاً لبيان مشترك من مكتب المدعي العام'، 'وفق حصيلة للمرصد السوري'، 'حسب حصيلة جديدة
    أعلنتها السلطات'), who speaks; None when the phrase names none."""
    key = toks[j].key
    for glued in ("لل", "ل", "ال", ""):
        if key.startswith(glued) and key[len(glued) :] in _ISSUED_THINGS:
            break
    else:
        return None
    m = document_author(toks, j, end, text, registry)
    nxt = toks[j + 1] if j + 1 < end else None
    if m is None and nxt is not None and nxt.key.startswith("لل") and ("ا" + nxt.key[1:]) in lx.org_heads:
        # 'وفق حصيلة للمرصد السوري': لل is لـ + the article, the issuer is المرصد السوري
        u = nxt._replace(text="ا" + nxt.text[1:], key="ا" + nxt.key[1:])
        m = document_author([*toks[: j + 1], u, *toks[j + 2 :]], j, end, text, registry)
        if m is not None and m.text.startswith("لل"):
            m = replace(m, text="ا" + m.text[1:], name=None)
    if m is None and nxt is not None and nxt.key in lx.org_heads:
        stop = next((k for k in range(j + 1, end) if toks[k].text in _NAME_ENDS), end)
        m = parse_speaker(toks, j + 1, stop, text, registry)  # 'بحسب أرقام وزارة الصحة'
    if m is None:
        for k in range(j + 1, min(end, j + 4)):  # 'حصيلة جديدة أعلنتها السلطات'
            t = toks[k]
            if not t.word:
                break
            if t.key not in lx.cue_index and _reporting(lx, t.key):
                m = parse_speaker(toks, k + 1, end, text, registry)
                break
    return m if m is not None and m.kind in _SPEAKING else None


def _without_to(lx: Lexicon, toks: list[Tok], j: int, end: int) -> list[Tok]:
    """The tokens with the preposition لـ taken off the word at j (وفقا لوزارة الصحة، للشرطة)."""
    t = toks[j]
    if not (t.key.startswith("ل") and len(t.key) > 3 and t.key not in lx.cues):
        return toks
    if t.key.startswith("لل"):
        u = t._replace(text="ا" + t.text[1:], key="ا" + t.key[1:])
    else:
        u = t._replace(text=t.text[1:], key=t.key[1:], start=t.start + 1)
    return [*toks[:j], u, *toks[j + 1 : end]]


def _fronted_source(
    lx: Lexicon,
    toks: list[Tok],
    i: int,
    text: str,
    registry: Registry,
    sents: Sentences,
    strong_only: bool = False,
) -> Anchor | None:
    """`وبحسب المنصة، فقد تصدرت ...` / `ووفقا للشرطة، فإن ...`: the source, then a comma, then
    the statement (to the sentence end or the next cue). With فإن/فقد after the source
    (`strong`) any phrase is one: the parser's reading, else the words as written."""
    end = sents.end(i)
    comma = next(
        (
            k
            for k in range(i + 1, min(end, i + 14))
            if toks[k].text in ("،", ",") or toks[k].key in _THEN_THAT
        ),
        None,
    )
    if comma is None or sum(t.word for t in toks[comma + 1 : end]) < 4:
        return None if strong_only else _source_then_clause(lx, toks, i, end, text, registry)
    strong = toks[comma].key in _THEN_THAT or (comma + 1 < end and toks[comma + 1].key in _THEN_THAT)
    if strong_only and not strong:
        return None
    m, verb = _source(lx, toks, i + 1, comma, text, registry, loose=strong)
    if strong and (m is None or (m.end < comma and not (m.name or m.kind == "role"))):
        w = _as_written(lx, toks, i + 1, comma, text)
        m = w if w is not None and (m is None or w.end > m.end) else m
    if m is None or (m.end < comma - 2 and not strong and not _source_attribute(lx, toks, m.end, comma)):
        # the phrase before the comma is more than its source, unless a clause opens right
        # after the source ('وبحسب المصادر لم تتوصل الأطراف ... ، ...')
        return None if strong_only else _source_then_clause(lx, toks, i, end, text, registry)
    if _a_rule(lx, toks, m, verb, people=strong):
        return None  # 'ووفقا للقانون الجديد،': a rule, not a source
    return Anchor(i, _POST_CUE, i, comma + 1, "indirect", m)


_ATTRIBUTE_PREPS = frozenset(fold(w) for w in ("في", "من"))


def _source_attribute(lx: Lexicon, toks: list[Tok], k: int, comma: int) -> bool:
    """25i: do the words between a fronted source and its comma describe the source: a relative
    clause ('ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل') or a phrase in في/من with no verb
    ('وبحسب المتخصصين في السوق الموريتاني، يصل')?"""
    if toks[k].key in lx.relatives:
        return True
    return toks[k].key in _ATTRIBUTE_PREPS and not any(
        t.key in _THAT or (t.word and (is_verb(lx, t.key) or t.key in lx.cue_index))
        for t in toks[k + 1 : comma]
    )


def _a_rule(lx: Lexicon, toks: list[Tok], m: Mention, verb: bool, *, people: bool) -> bool:
    """Is a fronted source phrase a rule or a figure rather than someone who speaks: an
    institution-like phrase with no verb of its own, no institution head, no marks, and (when
    `people` allows it) not headed by people or an outlet (`_people_or_outlet`)?"""
    head = fold(m.text.split()[0])
    return (
        m.kind == "org"
        and not verb
        and head not in lx.org_heads
        and not _marked(toks, m)
        and not (people and _people_or_outlet(lx, head))
    )


def _people_or_outlet(lx: Lexicon, head: str) -> bool:
    """May the first word of a source phrase before فإن/فقد be a source although no institution
    head: indefinite (مراقبين، بيان النادي، مصادر), a definite masculine plural or nisba
    (الأميركيين، المحققين، الكندري), a title, or an institution or outlet head with the article
    (الموقع الرسمي)? Not a definite singular or feminine plural (القانون، الاتفاق، البيانات):
    rules and figures."""
    if not head.startswith("ال"):
        return True
    bare = head[2:]
    return (
        head.endswith(("ين", "يون", "ي"))  # and a nisba surname (الكندري)
        or head in lx.titles
        or bare in lx.titles
        or bare in lx.org_heads
        or bare in lx.group_heads
        or bare in lx.media
    )


# particles that open a verbal clause (negation, قد, the passive تم)
_CLAUSE_OPENERS = frozenset(fold(w) for w in ("لم", "لن", "قد", "تم", "سيتم"))


def _source_then_clause(
    lx: Lexicon, toks: list[Tok], i: int, end: int, text: str, registry: Registry
) -> Anchor | None:
    """`وبحسب المصادر لم تتوصل الأطراف ...`، `وبحسب مصادر "العربية.نت" سيقدم ...`: a fronted
    source with no comma or فإن after it, straight followed by a verb (verbs.txt, the future
    سـ) or a clause particle (لم، قد، تم): the statement starts at that verb."""
    m, verb = _source(lx, toks, i + 1, min(end, i + 14), text, registry, loose=True)
    if m is None or m.end >= end or sum(t.word for t in toks[m.end : end]) < 4:
        return None
    t = toks[m.end]
    if not t.word or not (t.key in _CLAUSE_OPENERS or is_verb(lx, t.key)):
        return None
    if _a_rule(lx, toks, m, verb, people=True):
        return None  # 'ووفقا للقانون الجديد تلتزم الشركات': a rule
    return Anchor(i, _POST_CUE, i, m.end, "indirect", m)


# where a source written out after a fronted marker stops (see `_as_written`)
_SOURCE_STOPS = frozenset(
    fold(w)
    for w in ("في", "من", "على", "عن", "إلى", "الى", "خلال", "حول", "مع", "نفسه", "نفسها", "ذاته", "ذاتها")
)  # and the emphatic نفسه/ذاته: 'المصادر نفسها' takes up the sources named before


def _as_written(lx: Lexicon, toks: list[Tok], j: int, end: int, text: str) -> Mention | None:
    """The source phrase after a fronted marker as written, when the parser read none or only its
    head (`الهيئة العامة للطيران المدني الإماراتي`، `مراقبين`): up to a comma, a relative, a
    preposition or a bracket, at most six words, without the لـ of وفقا لـ."""
    while j < end and (toks[j].key in _ABOUT or toks[j].key == "ل"):
        j += 1
    k = j
    while k < end and toks[k].word and toks[k].key not in lx.relatives and toks[k].key not in _SOURCE_STOPS:
        k += 1
    if not 0 < k - j <= 6 or toks[j].key in lx.function_words or _reporting(lx, toks[j].key):
        return None
    first = _without_to(lx, toks, j, end)[j]
    return Mention("org", first.text + text[toks[j].end : toks[k - 1].end], None, None, None, k)


# 'وبحسب الشرطة فإن ...'، 'وبحسب "فرانس برس" فقد': فإن/فقد end a fronted source as a comma does
_THEN_THAT = frozenset(fold(w) for w in ("فإن", "فإنه", "فإنها", "فإنهم", "فقد"))


def _marked(toks: list[Tok], m: Mention) -> bool:
    """Was the source written in quotation marks (a media name: وبحسب "فوكس نيوز")?"""
    return m.end > 0 and toks[m.end - 1].text in QUOTE_CLOSE


def _reporting(lx: Lexicon, key: str) -> bool:
    """A reporting verb, perhaps with an object pronoun (أعلن، ذكرته، نقلته، ورد)."""
    for cut in (0, 1, 2):
        stem = key[: len(key) - cut] if cut else key
        cue = lx.cues.get(stem)
        if cue is not None and cue.kind == "verb":
            return True
    return key in ("ورد", "اورد", "اوردت", "اوردته")


def same_sentence(toks: list[Tok], anchors: list[Anchor], i: int) -> bool:
    """Does an indirect statement earlier in this sentence still run at token i?"""
    if not anchors or anchors[-1].mode != "indirect" or not 0 < i - anchors[-1].cue_at < MAX_SENTENCE:
        return False
    return all(t.text not in SENTENCE_END for t in toks[anchors[-1].cue_at : i])


def is_heading(text: str, toks: list[Tok]) -> bool:
    """A subheading: a short line without final punctuation (a closing mark after it counts:
    'إن خطة الحكومة "ينبغي أن تنفذ."' ends a sentence)."""
    return len(toks) < 24 and not text.rstrip().rstrip('"»”').rstrip().endswith(
        (".", "!", "?", "؟", ":", ")")
    )
