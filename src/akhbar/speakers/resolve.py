"""Resolve statement speakers into people across the corpus, explaining every merge.

Rules, in order (each merge leaves an evidence line that `akhbar speakers NAME` shows):
0. Not every speaker is a person: unnamed sources and documents (`مصدر عسكري`، `البيان`), a title
   alone (`البروفسور`), words that are not names (`له فيه`, the extractor's not-name and
   function-word tables) and one-word definite nouns are left out; their statements stay
   searchable by the speaker text, they just join no person. A person needs MIN_STATEMENTS.
1. A name of two or more words is a person (search form: spelling variants fold together;
   transliterations that differ only by a medial alef, ترامب/ترمب, or that the search's variant
   table joins, بوتين/بوتن, are one person).
2. A one-word name (a surname: `كنعاني`) joins the full name ending in that word that the same
   article uses; else the only such full name in the corpus; else the one most quoted in the same
   role, or the most quoted. With no full name it stays a person of its own.
3. A role alone (`المتحدث باسم الخارجية الإيرانية`) is resolved by date: the person seen in that
   role on dates covering (or nearest to) the statement's date.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Protocol

from akhbar.normalize import search_form
from akhbar.search.stem import stem, variants
from akhbar.speakers.tables import NOT_SURNAMES, UNNAMED
from akhbar.store.corpus_sql import Mention

__all__ = ["MIN_STATEMENTS", "Resolution", "is_person_name", "resolve_mentions", "resolve_store"]

MIN_STATEMENTS = 2  # fewer, and the name is too weak evidence of a person to list


@cache
def _blocked() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words no name consists of only, heads of non-person speakers, words that are not a surname)."""
    from akhbar.extract.lexicon import lexicon  # the quote extractor's tables (folded like search form)

    lex = lexicon()

    def sf(*tables: frozenset[str]) -> frozenset[str]:  # the lexicon folds less than search_form (ؤ ئ)
        return frozenset(search_form(w) for t in tables for w in t)

    filler = sf(lex.function_words, lex.not_names, lex.particles)
    heads = sf(UNNAMED, lex.group_heads, lex.media, lex.org_heads, lex.states, lex.titles, lex.honorifics)
    return filler, heads, heads | filler | sf(lex.title_heads, NOT_SURNAMES)


@cache
def is_person_name(name: str) -> bool:
    """Whether a search-form speaker name can be a person (rule 0 of the module docstring);
    memoised, as every resolution function here: a corpus repeats a few thousand names."""
    words = name.split()
    if not words:
        return False
    filler, heads, not_surname = _blocked()
    if all(w in filler for w in words) or words[0] in heads or words[-1] in not_surname:
        return False
    if len(words) == 1:
        word = words[0]
        return len(word) >= 3 and not word.startswith("ال") and word not in not_surname
    return True


@cache
def _skeleton(name: str) -> str:
    """A name without medial alefs, each word first read as the search's spelling variants read it:
    ترامب and ترمب, بوتين and بوتن, كوشنر and كوشنير meet (transliteration variants)."""
    return " ".join(_one_spelling(w) for w in name.split())


def _one_spelling(word: str) -> str:
    group = variants(stem(word))
    if len(group) > 1:
        word = min(group)  # every spelling of the word gives the same one
    return word[0] + word[1:].replace("ا", "") if len(word) > 3 else word


@dataclass
class _Person:
    key: str
    aliases: Counter[str] = field(default_factory=Counter)
    roles: dict[str, list[str]] = field(default_factory=dict)  # role norm -> days seen
    role_text: dict[str, str] = field(default_factory=dict)
    evidence: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)  # -> (first article, n)
    statements: list[int] = field(default_factory=list)

    def note(self, kind: str, detail: str, article_id: int) -> None:
        first, n = self.evidence.get((kind, detail), (article_id, 0))
        self.evidence[(kind, detail)] = (first, n + 1)

    def add(self, m: Mention, role: str | None, role_text: str | None) -> None:
        self.aliases[m.speaker] += 1
        self.statements.append(m.statement_id)
        if role:
            self.roles.setdefault(role, []).append(m.day or "")
            self.role_text.setdefault(role, role_text or role)


@dataclass(frozen=True)
class Resolution:
    """The resolved speaker table, ready for `replace_speakers`."""

    speakers: list[tuple[int, str, str, int]]
    aliases: list[tuple[int, str, str, int]]
    roles: list[tuple[int, str, str, str | None, str | None, int]]
    evidence: list[tuple[int, str, str, int | None]]
    assignment: list[tuple[int | None, int]]


def _person(people: dict[str, _Person], key: str) -> _Person:
    """The person with this key, made on first use (most mentions find theirs made)."""
    person = people.get(key)
    if person is None:
        person = people[key] = _Person(key)
    return person


def _split(m: Mention) -> tuple[str, str | None]:
    """(name, role) in search form: the role's words are taken off the front of the speaker text."""
    role = _role_form(m.role) if m.role else None
    name = m.speaker_norm
    if role and name.startswith(role):
        name = name[len(role) :].strip()
    elif role and name == role:
        name = ""
    return name, role


@cache
def _role_form(role: str) -> str:
    return search_form(role)


@cache
def _ordinal(day: str) -> int | None:
    try:
        return date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def _days_apart(a: str, b: str) -> int:
    first, second = _ordinal(a), _ordinal(b)
    return 10**6 if first is None or second is None else abs(first - second)


def resolve_mentions(mentions: Iterable[Mention]) -> Resolution:
    """Group mentions into people (see the module docstring); pure, for tests and the store."""
    people: dict[str, _Person] = {}
    singles: list[tuple[Mention, str, str | None]] = []
    role_only: list[tuple[Mention, str]] = []
    by_article: dict[int, set[str]] = defaultdict(set)
    variants: dict[str, str] = {}
    for m in mentions:
        name, role = _split(m)
        if name and not is_person_name(name):
            name = ""  # an unnamed source, a document, a title alone: maybe a role, never a name
        if len(name.split()) >= 2:
            key = variants.setdefault(_skeleton(name), name)
            person = _person(people, key)
            person.add(m, role, m.role)
            if key != name:
                person.note("alias", f"«{name}» = «{key}»: the same name spelt otherwise", m.article_id)
            by_article[m.article_id].add(key)
        elif name:
            singles.append((m, name, role))
        elif role:
            role_only.append((m, role))
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_last[_skeleton(key.split()[-1])].append(key)
    for m, word, role in singles:
        target, why = _surname_target(word, role, m, people, by_last, by_article)
        person = _person(people, target)
        person.add(m, role, m.role)
        if why:
            person.note("alias", f"«{m.speaker}» → «{target}»: {why}", m.article_id)
    holders = _holders(people)  # role-only mentions add no roles: computed once, not per mention
    targets: dict[tuple[str, str | None], tuple[str | None, str]] = {}  # many share role and day
    for m, role in role_only:
        if (role, m.day) not in targets:
            targets[(role, m.day)] = _role_target(role, m.day, holders.get(role, []))
        found, why = targets[(role, m.day)]
        target = found if found is not None else role
        person = _person(people, target)
        person.add(m, None, None)
        if why:
            person.note("role", f"«{m.speaker}» ({m.day or 'undated'}) → «{target}»: {why}", m.article_id)
    return _table(people)


def _surname_target(
    word: str,
    role: str | None,
    m: Mention,
    people: dict[str, _Person],
    by_last: dict[str, list[str]],
    by_article: dict[int, set[str]],
) -> tuple[str, str]:
    candidates = by_last.get(_skeleton(word), [])
    same = [c for c in candidates if c in by_article.get(m.article_id, ())]
    if len(same) == 1:
        return same[0], "the same article names him/her in full"
    if len(candidates) == 1:
        return candidates[0], "the only full name in the corpus ending in this word"
    if role:
        in_role = [c for c in candidates if role in people[c].roles]
        if in_role:
            best = max(in_role, key=lambda c: people[c].roles[role].__len__())
            return best, f"the person most often quoted in the same role ({role})"
    if candidates:
        best = max(candidates, key=lambda c: len(people[c].statements))
        return best, f"the most quoted of {len(candidates)} full names ending in this word"
    return word, ""


_Holder = tuple[str, int, str, str]  # (person key, dated mentions in the role, first day, last day)


def _holders(people: dict[str, _Person]) -> dict[str, list[_Holder]]:
    """Who held each role: dated holders only when any is dated (the others cannot be placed)."""
    out: dict[str, list[_Holder]] = defaultdict(list)
    for key, person in people.items():
        for role, days in person.roles.items():
            dated = [d for d in days if d]
            out[role].append((key, len(dated), min(dated, default=""), max(dated, default="")))
    return {role: [h for h in hs if h[1]] or hs for role, hs in out.items()}


def _role_target(role: str, day: str | None, holders: list[_Holder]) -> tuple[str | None, str]:
    if not holders:
        return None, ""
    if not day:
        key, n = max(holders, key=lambda h: h[1])[:2]
        return key, f"undated; the person most often quoted in this role ({n})"
    scored = []
    for key, n, first, last in holders:
        gap = 0 if first and first <= day <= last else min(_days_apart(day, first), _days_apart(day, last))
        scored.append((gap, -n, key, first, last))
    gap, _, key, first, last = min(scored)
    span = f"seen in this role {first} … {last}"
    return key, (f"{span}, which covers the date" if gap == 0 else f"{span}, nearest holder ({gap} days)")


def _table(people: dict[str, _Person]) -> Resolution:
    listed = [p for p in people.values() if len(p.statements) >= MIN_STATEMENTS and is_person_name(p.key)]
    ranked = sorted(listed, key=lambda p: (-len(p.statements), p.key))
    res = Resolution([], [], [], [], [])
    for sid, person in enumerate(ranked, start=1):
        full = [a for a, _ in person.aliases.most_common() if len(search_form(a).split()) >= 2]
        name = full[0] if full else person.aliases.most_common(1)[0][0] if person.aliases else person.key
        res.speakers.append((sid, name, person.key, len(person.statements)))
        for alias, n in person.aliases.items():
            res.aliases.append((sid, alias, search_form(alias), n))
        for role, days in person.roles.items():
            dated = sorted(d for d in days if d)
            res.roles.append(
                (
                    sid,
                    person.role_text[role],
                    role,
                    dated[0] if dated else None,
                    dated[-1] if dated else None,
                    len(days),
                )
            )
        for (kind, detail), (first, n) in person.evidence.items():
            res.evidence.append((sid, kind, f"{detail} ({n}×)", first))
        res.assignment.extend((sid, st) for st in person.statements)
    return res


class _SpeakerStore(Protocol):
    def mentions(self) -> Iterable[Mention]: ...

    def replace_speakers(
        self,
        speakers: list[tuple[int, str, str, int]],
        aliases: list[tuple[int, str, str, int]],
        roles: list[tuple[int, str, str, str | None, str | None, int]],
        evidence: list[tuple[int, str, str, int | None]],
        assignment: list[tuple[int | None, int]],
    ) -> None: ...


def resolve_store(store: _SpeakerStore) -> int:
    """Resolve every stored statement's speaker and save the table; returns the number of people."""
    res = resolve_mentions(store.mentions())
    store.replace_speakers(res.speakers, res.aliases, res.roles, res.evidence, res.assignment)
    return len(res.speakers)
