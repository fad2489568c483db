"""The query language: parsed leniently, never raising, never reaching SQL or tantivy as syntax."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.search.index import SearchIndex
from akhbar.search.query import Term, parse


def test_words_phrases_or_not_prefix() -> None:
    q = parse('"وزير الخارجية" OR كنعاني -ترامب انتخ*')
    assert [c.negated for c in q.clauses] == [False, True, False]
    assert q.clauses[0].options == (Term(("وزير", "الخارجيه")), Term(("كنعاني",)))
    assert q.clauses[2].options == (Term(("انتخ",), prefix=True),)


def test_filters() -> None:
    q = parse('speaker:"ناصر كنعاني" entity:العراق source:SPA from:2015-07 to:2015-07-15')
    assert q.speakers == ("ناصر كنعاني",) and q.entities == ("العراق",) and q.sources == ("spa",)
    assert (q.day_from, q.day_to) == (20150701, 20150715)
    assert parse("to:2016-02").day_to == 20160229


def test_malformed_parts_are_dropped() -> None:
    q = parse('from:yesterday OR - "" * to:2015-13 ok')
    assert [t.words for t in q.positive_terms] == [("ok",)]
    assert ("from:yesterday" in q.dropped and "to:2015 13" in q.dropped) or "to:2015-13" in " ".join(
        q.dropped
    )


def test_sql_and_syntax_characters_are_only_text() -> None:
    q = parse("'; DROP TABLE articles; -- AND (x OR y) title:z")
    words = {w for t in q.positive_terms for w in t.words}
    assert "drop" in words and not any(set(w) & set("'();:") for w in words)


QUERY_CHARS = st.sampled_from(
    list("\"-*:() OR AND speaker source from to 2015-07 ال و إيران ایران ـ ًّ \\'%_;")
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(QUERY_CHARS, max_size=30).map("".join)))
def test_fuzz_parse_and_compile_never_raise(text: str) -> None:
    query = parse(text)
    SearchIndex("/nonexistent-never-opened").compile(query)  # builds tantivy objects, no I/O
