"""The speech lexicon: reporting cues and speaker-phrase words, loaded once from package data.

`data/cues.json` holds the cue forms (verbs, participles, verbal nouns, after-content markers) and
`data/titles.json` the words that head a speaker phrase (titles, institutions, collectives,
states) and the small closed classes the speaker parser needs; `data/not_names.txt` lists the
corpus words that are never a person's name. Both are written in display
spelling; everything here is keyed by `fold`, a lossy matching form (hamza on alef, alef
maqsura, ta marbuta, diacritics and tatweel folded) that is used for matching only.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["CueForm", "Lexicon", "fold", "lexicon", "load_data", "place_key"]

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"})
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


_FOLDED: dict[str, str] = {}  # word -> its fold: the speaker parser folds the same words often


def fold(text: str) -> str:
    """A token's matching key: diacritics/tatweel dropped, alef/yeh/ta-marbuta variants folded."""
    got = _FOLDED.get(text)
    if got is None:
        got = _MARKS.sub("", text).translate(_FOLD)
        if len(text) <= 32:  # (words and short roles only; the memo is bounded)
            if len(_FOLDED) >= 50_000:
                _FOLDED.clear()
            _FOLDED[text] = got
    return got


@dataclass(frozen=True, slots=True)
class CueForm:
    """One reporting cue form, as listed in cues.json."""

    form: str
    lemma: str
    kind: str  # verb | participle | masdar
    tense: str  # past | present | -
    gender: str  # m | f
    number: str  # sg | pl
    complements: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded lookup tables built from the data files."""

    cues: dict[str, CueForm]
    cue_index: dict[str, CueForm]  # every cue key, also with a leading و or ف
    damaged: dict[str, CueForm]
    post: frozenset[str]
    impersonal: frozenset[str]
    subordinators: frozenset[str]
    titles_m: frozenset[str]
    titles_f: frozenset[str]
    honorifics: frozenset[str]
    eponyms: frozenset[str]  # honorifics that also name institutions (مدينة الملك عبدالله)
    eponyms_not_after_group: frozenset[str]  # never open the one person picked out of a group
    institution_adjectives: frozenset[str]  # continue an institution's name (الأعلى، الأبيض)
    plural_adjectives: frozenset[str]  # broken plurals qualifying people (مسؤولون أتراك)
    standing_adjectives: frozenset[str]  # كبير، بارز: an office's standing, dropped when named
    other_adjectives: frozenset[str]  # آخر، أخرى: someone other than the holder named
    first_class_ranks: frozenset[str]  # الفريق، الملازم ...: take أول as part of the rank
    first: str  # أول, folded
    head_synonyms: dict[str, str]  # folded head -> the head it is read as (عاهل -> ملك)
    head_compounds: dict[tuple[str, str], str]  # (head, qualifier) -> head (مدير، فني -> مدرب)
    loose_heads: frozenset[str]  # heads one office by sense only (لاعب، نجم): no lone-holder lookup
    player_heads: frozenset[str]  # 26I: a player described by nationality (اللاعب البرتغالي)
    office_synonyms: dict[str, frozenset[str]]  # folded, no article: وزراء -> {وزراء، حكومه}
    genitive_titles: frozenset[str]
    org_heads: frozenset[str]
    group_heads: frozenset[str]
    states: frozenset[str]
    countries: frozenset[str]  # states and the countries that only stand as an office's genitive
    particles: frozenset[str]
    compound_seconds: frozenset[str]
    theophoric: tuple[str, ...]
    media: frozenset[str]  # after ل: the medium told (media_nouns and media_name_words)
    media_names: frozenset[str]  # media words that a name phrase may still hold (فرانس)
    adverbial_nouns: frozenset[str]
    adverbials: frozenset[str]
    office_complements: dict[str, frozenset[str]]  # title word -> the words completing its office
    openers_adv: frozenset[str]
    function_words: frozenset[str]
    relatives: frozenset[str]
    openers: frozenset[str]
    not_names: frozenset[str]
    given_names: frozenset[str]
    places: frozenset[str]  # one-word place names (data/places.json), in the search form
    prayer: frozenset[str]  # God as the object of دعا: a prayer, not a statement
    document_verbs: frozenset[str]  # جاء/ورد في + document: the document's statement
    documents: frozenset[str]  # بيان، تقرير ...
    issued: frozenset[str]  # الصادر (عن X)
    thing_subjects: frozenset[str]  # cue lemmas whose subject is often a thing (تشير الصور)
    bare_not: frozenset[str]  # words that make a bare complement a sports object (الهدف الثاني)
    adjectives: frozenset[str]  # cue forms that are adjectives after a word and before لـ (تابع ل)
    clause_only: frozenset[str]  # cue forms that are cues without و/ف only at a clause start (نصح)
    cause: frozenset[str]  # lemmas whose object opens the statement (أرجع الحادث إلى)
    passive_prone: frozenset[str]  # lemmas whose present is mostly passive (يُتوقع، يُعتبر)
    cause_objects: frozenset[str]  # objects that open it after an elided speaker (وأرجع ذلك إلى)
    emotions: frozenset[str]  # nouns after عن that make no statement (أعرب عن سعادته)
    emotion_qualifiers: frozenset[str]  # بالغ، خالص ... before them
    svo_lemmas: frozenset[str]  # present cues read after a subject the parser reads (X يقول إن)
    svo_plural: frozenset[str]  # ... and in the plural after an unparsed group (معارضو القرار يقولون)
    svo_openers: frozenset[tuple[str, ...]]  # folded word sequences after which such a clause starts
    claim_lemmas: frozenset[str]  # cues that report only with a claim as object (رفض)
    claim_objects: frozenset[str]  # the claims (مزاعم، الاتهامات، رواية ...)
    claim_determiners: frozenset[str]  # words before the claim (هذه، كل)
    claim_what: frozenset[str]  # verbs after ما that make it a claim (ما جاء، ما ورد)
    object_then_prep: frozenset[str]  # lemmas with an object before their preposition (دعا X إلى)

    titles: frozenset[str]  # every person title, either gender
    addressees: frozenset[str]  # people told, after ل and a name (لوسائل الإعلام، لتلاميذ)
    nisba_places: dict[str, frozenset[str]]  # nisba -> words of its country (أمريكي -> ولايات)
    spokesmen: frozenset[str]  # متحدث، ناطق ... (باسم X: the spokesman for X)
    spokesman_adjectives: frozenset[str]  # الرسمي، الإعلامي between the noun and باسم
    state_heads: frozenset[str]  # رئيس، ملك ...: a nisba makes the office a country's own
    group_quantifiers: frozenset[str]  # open a group speaker (عدد من النواب، بعض السياسيين)
    partitives: frozenset[str]  # ... in construct with the group itself, no من (بعض السكان)
    quantifiers_f: frozenset[str]  # feminine singular ones (مجموعة، غالبية)
    quantity_sizes: frozenset[str]  # a size between quantifier and من (عدد كبير من)
    object_quantifiers: frozenset[str]  # may open the object of a call (دعت كل الدول إلى)
    subject_quantifiers: frozenset[str]  # may open a subject before a present cue (كثير من ... يقولون)
    kin: frozenset[str]  # kinship nouns: a name after one is someone else's relation (والد X)
    kin_speakers: frozenset[str]  # ... that open a speaker phrase of their own (the kin speaks)
    kin_f: frozenset[str]  # the feminine ones (والدة، زوجة)
    kin_child: frozenset[str]  # a son or daughter (نجل، ابنة)
    subject_stops: frozenset[str]  # function words, adverbials, clause openers and cue forms: a
    # subject phrase read after a cue ends before any of them
    title_heads: frozenset[str]  # titles and honorifics: words a person's name may follow
    person_nouns: frozenset[str]  # people named by what they are (الشاب، الطالبة), in titles too


def load_data(name: str) -> dict[str, Any]:
    """A JSON table of akhbar.data (cues.json, titles.json ...), parsed."""
    text = resources.files("akhbar.data").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def _forms(section: dict[str, Any], key: str = "forms") -> frozenset[str]:
    return frozenset(fold(f) for f in section[key])


def _synonyms(groups: list[list[str]]) -> dict[str, frozenset[str]]:
    """Each word of a synonym group (folded, without the article) -> the whole group."""
    out: dict[str, frozenset[str]] = {}
    for group in groups:
        keys = frozenset(fold(w).removeprefix("ال") for w in group)
        for k in keys:
            out[k] = keys
    return out


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _forms_where(section: dict[str, Any], field: str | None = None, value: object = True) -> frozenset[str]:
    """Folded forms of a section whose entries are objects, those with `field` equal to `value`."""
    return frozenset(fold(e["form"]) for e in section["forms"] if field is None or e.get(field) == value)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, built on first use (not at import) and shared afterwards."""
    cues_doc = load_data("cues.json")
    titles_doc = load_data("titles.json")
    lemmas = cues_doc["lemmas"]
    cues: dict[str, CueForm] = {}
    for entry in cues_doc["cues"]:
        comps = frozenset(lemmas[entry["lemma"]]["complements"])
        cue = CueForm(
            entry["form"],
            entry["lemma"],
            entry["kind"],
            entry["tense"],
            entry["gender"],
            entry["number"],
            comps,
        )
        cues.setdefault(fold(entry["form"]), cue)
    # A scrape sometimes loses a paragraph's first letter (كد المتحدث = أكد المتحدث): each cue
    # verb minus its first letter, unless that is itself a cue or too short to be telling.
    no_repair = set(cues_doc.get("no_repair", {}).get("lemmas", []))
    damaged = {
        key[1:]: cue
        for key, cue in cues.items()
        if cue.kind == "verb" and len(key) >= 3 and key[1:] not in cues and cue.lemma not in no_repair
    }
    titles = titles_doc["person_titles"]
    nouns = titles_doc["person_nouns"]  # read as titles; `person_nouns` keeps them apart too
    person_nouns = _forms(nouns, "m") | _forms(nouns, "f")
    every_title = _forms(titles, "m") | _forms(titles, "f") | person_nouns
    cue_index = {p + key: cue for key, cue in cues.items() for p in ("ف", "و", "")}
    # The purpose لـ before a present verb (خرج الوزير ليقول إن ...، لتؤكد أن): only for the
    # lemmas cues.json lists, as other لـ forms are common words (لترى النور، ليتهم).
    purpose = set(cues_doc.get("purpose", {}).get("lemmas", []))
    for key, cue in cues.items():
        if cue.lemma in purpose and cue.kind == "verb" and cue.tense == "present":
            for p in ("ل", "ول", "فل"):
                cue_index.setdefault(p + key, cue)
    return Lexicon(
        cues=cues,
        cue_index=cue_index,
        damaged=damaged,
        post=frozenset(fold(p["form"]) for p in cues_doc["post"]),
        impersonal=_forms(cues_doc["impersonal"]),
        subordinators=_forms(cues_doc["not_complementizer_before"]),
        titles_m=_forms(titles, "m") | _forms(nouns, "m"),
        titles_f=_forms(titles, "f") | _forms(nouns, "f"),
        titles=every_title,
        title_heads=every_title | _forms(titles_doc["honorifics"]),
        person_nouns=person_nouns,
        honorifics=_forms(titles_doc["honorifics"]),
        eponyms=_forms_where(titles_doc["eponym_honorifics"]),
        eponyms_not_after_group=_forms_where(titles_doc["eponym_honorifics"], "not_after_group"),
        institution_adjectives=_forms(titles_doc["institution_adjectives"]),
        plural_adjectives=_forms(titles_doc["plural_adjectives"]),
        standing_adjectives=_forms(titles_doc["standing_adjectives"]),
        other_adjectives=_forms(titles_doc["other_adjectives"]),
        first_class_ranks=_forms(titles_doc["first_class_ranks"]),
        first=fold(titles_doc["first_class_ranks"]["first"]),
        head_synonyms={
            fold(w): fold(group[0])
            for group in titles_doc["head_synonyms"]["heads"] + titles_doc["head_synonyms"]["loose"]
            for w in group[1:]
        },
        loose_heads=frozenset(fold(w) for group in titles_doc["head_synonyms"]["loose"] for w in group),
        player_heads=frozenset(fold(w) for w in titles_doc["head_synonyms"]["players"]),
        head_compounds={
            (fold(h), fold(q)): fold(as_head) for as_head, h, q in titles_doc["head_synonyms"]["compounds"]
        },
        office_synonyms=_synonyms(titles_doc["office_synonyms"]["groups"]),
        genitive_titles=_forms(titles_doc["genitive_titles"]),
        org_heads=_forms(titles_doc["org_heads"]),
        group_heads=_forms(titles_doc["group_heads"]),
        states=_forms(titles_doc["states"]),
        countries=_forms(titles_doc["states"]) | _forms(titles_doc["countries"]),
        particles=_forms(titles_doc["name_particles"]),
        compound_seconds=_forms(titles_doc["compound_name_seconds"]),
        theophoric=tuple(sorted(_forms(titles_doc["theophoric_endings"]))),
        media=_forms(titles_doc["media_nouns"]) | _forms(titles_doc["media_name_words"]),
        media_names=_forms(titles_doc["media_name_words"]),
        adverbial_nouns=_forms(titles_doc["adverbial_nouns"]),
        adverbials=_forms(titles_doc["adverbials"]) | _forms(titles_doc["adverbial_openers"]),
        office_complements={
            fold(w): frozenset(map(fold, rest))
            for w, rest in titles_doc["office_complements"]["pairs"].items()
        },
        openers_adv=_forms(titles_doc["adverbial_openers"]),
        function_words=_forms(titles_doc["function_words"]),
        relatives=_forms(titles_doc["relatives"]),
        openers=_forms(titles_doc["clause_openers"]),
        not_names=_word_list("not_names.txt"),
        given_names=_word_list("given_names.txt"),
        places=_places(),
        prayer=_forms(cues_doc.get("prayer_objects", {"forms": []})),
        document_verbs=_forms(cues_doc["document_verbs"]),
        documents=_forms(cues_doc["documents"]),
        issued=_forms(cues_doc["issued"]),
        thing_subjects=frozenset(cues_doc["thing_subjects"]["lemmas"]),
        bare_not=_forms(cues_doc["bare_not"]),
        adjectives=_forms(cues_doc["adjectives"]),
        clause_only=_forms(cues_doc["clause_only"]),
        cause=frozenset(cues_doc["cause"]["lemmas"]),
        passive_prone=frozenset(cues_doc["passive_prone"]["lemmas"]),
        cause_objects=_forms(cues_doc["cause"], "objects"),
        emotions=_forms(cues_doc["emotions"]),
        emotion_qualifiers=_forms(cues_doc["emotions"], "qualifiers"),
        svo_lemmas=frozenset(cues_doc["svo_present"]["lemmas"]),
        svo_plural=frozenset(cues_doc["svo_present"]["plural_lemmas"]),
        svo_openers=frozenset(tuple(fold(w) for w in o.split()) for o in cues_doc["svo_present"]["openers"]),
        claim_lemmas=frozenset(cues_doc["claims"]["lemmas"]),
        claim_objects=_forms(cues_doc["claims"], "objects"),
        claim_determiners=_forms(cues_doc["claims"], "determiners"),
        claim_what=_forms(cues_doc["claims"], "what"),
        object_then_prep=frozenset(cues_doc["object_then_prep"]["lemmas"]),
        addressees=_forms(titles_doc["addressees"]),
        nisba_places={
            fold(n): frozenset(fold(w) for w in words)
            for n, words in titles_doc["nisba_places"]["map"].items()
        },
        spokesmen=_forms(titles_doc["spokesmen"]),
        spokesman_adjectives=_forms(titles_doc["spokesmen"], "adjectives"),
        state_heads=_forms(titles_doc["state_heads"]),
        group_quantifiers=_forms_where(titles_doc["quantifiers"], "group"),
        partitives=_forms_where(titles_doc["quantifiers"], "partitive"),
        quantifiers_f=_forms_where(titles_doc["quantifiers"], "gender", "f"),
        quantity_sizes=_forms(titles_doc["quantifiers"], "sizes"),
        object_quantifiers=_forms_where(titles_doc["quantifiers"], "object"),
        subject_quantifiers=_forms_where(titles_doc["quantifiers"], "subject"),
        kin=_forms_where(titles_doc["kinship"]),
        kin_speakers=_forms_where(titles_doc["kinship"], "speaks"),
        kin_f=_forms_where(titles_doc["kinship"], "gender", "f"),
        kin_child=_forms_where(titles_doc["kinship"], "child"),
        subject_stops=frozenset(
            (
                _forms(titles_doc["function_words"])
                | _forms(titles_doc["adverbials"])
                | _forms(titles_doc["adverbial_openers"])
                | _forms(titles_doc["adverbial_nouns"])
                | _forms(titles_doc["clause_openers"])
            ).union(cue_index)
        ),
    )


def _places() -> frozenset[str]:
    """One-word dateline places mined from the corpora (tools/mine_places.py), e.g. غزه."""
    doc = load_data("places.json")
    return frozenset(p for p in doc["places"] if " " not in p)


def place_key(key: str) -> str:
    """A token key in the search form that places.json uses (hamza seats folded too)."""
    return key.replace("ئ", "ي").replace("ؤ", "و")


def _word_list(name: str) -> frozenset[str]:
    """A corpus-mined word list, one folded word a line (tools/mine_cues.py not-names /
    given-names): words that are never a person's name, and words that often open one."""
    path = resources.files("akhbar.data").joinpath(name)
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))
