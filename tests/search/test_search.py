"""Search end to end over a small store: Arabic analysis, operators, filters, ranking, snippets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.corpus import Corpus
from akhbar.records import Source
from corpus_support import Page, simple_process

DOCS = [
    ("spa", "2015-07-01", "الانتخابات البرلمانية في العراق", "جرت الانتخابات اليوم وسط إقبال كبير"),
    ("okaz", "2015-07-05", "اقتصاد", "قال وزير الخارجية إن والانتخابات المقبلة ستجري في موعدها"),
    ("bbc", "2015-07-09", "طهران", "زار الرئيس ایران أمس والتقى مسؤولين في مجموعة بريكس"),
    ("bbc", "2015-07-20", "ريكس", "فاز الحصان ريكس بالسباق"),
    ("spa", "2015-07-25", "النفط", "ارتفعت أسعار النفط بعد اجتماع انتخابي في إيران"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    db = tmp_path_factory.mktemp("search") / "a.db"
    pages = [
        Page(f"{head}\n\n{body}", Source(path="t.jsonl", record=i, site=site), day)
        for i, (site, day, head, body) in enumerate(DOCS)
    ]
    with Corpus(db) as c:
        c.ingest(["t.jsonl"], pages=pages, process=simple_process)
        yield c


def _ids(corpus: Corpus, query: str) -> list[int]:
    return [r.id for r in corpus.search(query, limit=20).results]


def test_morphological_variants_and_persian_spelling(corpus: Corpus) -> None:
    assert set(_ids(corpus, "انتخابات")) == {1, 2, 5}  # انتخابي (electoral) shares the stem
    assert set(_ids(corpus, "إيران")) == {3, 5}
    assert set(_ids(corpus, "بريكس")) == {3} and set(_ids(corpus, "ريكس")) == {4}


def test_headline_match_ranks_first(corpus: Corpus) -> None:
    assert _ids(corpus, "الانتخابات")[0] == 1


def test_operators(corpus: Corpus) -> None:
    assert _ids(corpus, '"وزير الخارجية"') == [2]
    assert set(_ids(corpus, "النفط OR بريكس")) == {3, 5}
    assert set(_ids(corpus, "إيران -النفط")) == {3}
    assert set(_ids(corpus, "انتخا*")) == {1, 2, 5}


def test_filters_and_pagination(corpus: Corpus) -> None:
    assert set(_ids(corpus, "إيران source:bbc")) == {3}
    assert set(_ids(corpus, "source:spa from:2015-07-10")) == {5}
    assert set(_ids(corpus, "to:2015-07-05")) == {1, 2}
    first = corpus.search("source:bbc OR source:spa from:2015-07", limit=2)
    second = corpus.search("source:bbc OR source:spa from:2015-07", limit=2, offset=2)
    assert first.total == second.total and not {r.id for r in first.results} & {r.id for r in second.results}


def test_snippet_highlights_display_words(corpus: Corpus) -> None:
    result = corpus.search("انتخابات", limit=5).results
    snippet = next(r.snippet for r in result if r.id == 2)
    assert "[والانتخابات]" in snippet.marked()


def test_quotes_are_found_by_speaker_and_topic_through_the_index(corpus: Corpus) -> None:
    rows = corpus.quotes(speaker="المتحدث", about="الانتخابات")
    assert [(r.article_id, r.speaker) for r in rows] == [(2, "المتحدث")]
    assert "والانتخابات" in rows[0].text
    assert corpus.quotes(speaker="المتحدث", about="النفط") == []
    assert corpus.quotes(speaker="كنعاني") == []
    assert len(corpus.quotes(about='"ستجري في موعدها"')) == 1


def test_article_and_statement_documents_never_mix(corpus: Corpus) -> None:
    """Article 2 also has a statement document in the index: words, names and filters alone must
    each find one kind only (articles for search, statements for quotes)."""
    assert corpus.search("source:okaz").total == 1
    assert corpus.search("to:2015-07-05").total == 2
    assert corpus.search("وزير").total == 1
    assert corpus.search("speaker:المتحدث").total == 1
    assert len(corpus.quotes(about="وزير")) == 1
    assert len(corpus.quotes(about="source:okaz")) == 1
    assert corpus.quotes(about="source:spa") == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('"-*: ORspeakr()الانتخباتإيرنی2015-07')), max_size=40))
def test_fuzz_search_never_raises(corpus: Corpus, text: str) -> None:
    page = corpus.search(text, limit=3)
    assert page.total >= len(page.results)


def test_index_follows_replacements(tmp_path: Path) -> None:
    with Corpus(tmp_path / "a.db") as c:
        page = Page("عنوان\n\nخبر عن النفط", Source(path="x", record=0))
        c.ingest(["x"], pages=[page], process=simple_process)
        assert c.search("النفط").total == 1
        c.ingest(
            ["x"], pages=[Page("عنوان\n\nخبر عن الذهب", Source(path="x", record=0))], process=simple_process
        )
        assert c.search("النفط").total == 0 and c.search("الذهب").total == 1
        assert c.index.is_current(c.store)


def test_words_standing_together_rank_first(tmp_path: Path) -> None:
    # Page 1 holds both words, one of them often, but apart: plain BM25 puts it first.
    # Page 2 says وزير الخارجية once; the words together, in order, rank it above page 1.
    docs = [
        (
            "المظهر",
            "الوزيرات يهتممن بالمظهر في كل مكان وتقول الوزيرات والوزيرات السابقات إن اللباس مهم. "
            "والمظهر الخارجي مهم",
        ),
        ("زيارة", "قال وزير الخارجية إن الزيارة ناجحة وإن المحادثات تناولت ملفات عدة في المنطقة"),
    ]
    docs += [(f"خبر {i}", f"ارتفعت أسعار النفط {i} مرة بعد اجتماع في المنطقة") for i in range(8)]
    pages = [
        Page(f"{head}\n\n{body}", Source(path="p.jsonl", record=i, site="spa"), "2015-07-01")
        for i, (head, body) in enumerate(docs)
    ]
    with Corpus(tmp_path / "p.db") as c:
        c.ingest(["p.jsonl"], pages=pages, process=simple_process)
        first, second = c.search("وزير الخارجية").results  # both match; the phrase only ranks
        assert (first.id, second.id) == (2, 1)
        bonus = c.search('"وزير الخارجية"').results[0].score
        assert first.score - bonus < second.score  # without the bonus page 1 would lead
        assert [r.id for r in c.search("وزير الخارجية", limit=1, offset=1).results] == [1]  # page 2
        assert _ids(c, "وزير الخارجية -زيارة") == [1]


def test_a_foreign_name_is_found_in_every_spelling(tmp_path: Path) -> None:
    docs = [
        ("زيارة", "وصل الرئيس الأميركي دونالد ترمب إلى لندن"),
        ("قمة", "التقى الرئيس الأمريكي دونالد ترامب نظيره الروسي"),
        ("طقس", "أمطار غزيرة على العاصمة"),
    ]
    pages = [
        Page(f"{head}\n\n{body}", Source(path="v.jsonl", record=i, site="spa"), "2015-07-01")
        for i, (head, body) in enumerate(docs)
    ]
    with Corpus(tmp_path / "v.db") as c:
        c.ingest(["v.jsonl"], pages=pages, process=simple_process)
        for query in ("ترامب", "ترمب", "الأمريكي", '"الرئيس الأميركي"', "الأمريكي ترمب"):
            assert set(_ids(c, query)) == {1, 2}, query
        marked = {r.id: r.snippet.marked() for r in c.search("ترامب").results}
        assert "[ترمب]" in marked[1] and "[ترامب]" in marked[2]


def test_newest_first(corpus: Corpus) -> None:
    page = corpus.search("انتخابات", newest=True)
    assert [r.id for r in page.results] == [5, 2, 1]  # 07-25, 07-05, 07-01; best first is 1 first
    assert page.total == 3 and {r.score for r in page.results} == {0.0}
    assert [r.id for r in corpus.search("انتخابات", newest=True, limit=1, offset=1).results] == [2]
