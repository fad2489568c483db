"""Template lines learned from a collection: recurring lines of one source, not one-off lines."""

from __future__ import annotations

from akhbar.clean.templates import learn_templates
from akhbar.normalize import search_form
from akhbar.pipeline import Options, process_page
from akhbar.read import Page
from akhbar.records import Source

PROMO = "مراسلنا في المنطقة الشرقية يتابع التطورات أولا بأول"


def page(n: int, site: str = "paper.example", extra: str = PROMO) -> Page:
    text = (
        f"عنوان الخبر رقم {n} عن الاقتصاد\n\n"
        f"أعلن الوزير في اليوم {n} عن خطة جديدة لدعم الاقتصاد الوطني في السنوات المقبلة.\n"
        f"وقال إن الخطة رقم {n} تشمل مشاريع كبيرة في قطاعات عدة.\n{extra}\n"
    )
    return Page(text=text, source=Source(path=f"{site}/{n}.txt", site=site))


def test_a_line_in_five_pages_of_one_source_is_template() -> None:
    learned = learn_templates([page(n) for n in range(5)])
    assert learned == {search_form(PROMO)}


def test_fewer_pages_other_sources_or_duplicate_stories_do_not_count() -> None:
    assert learn_templates([page(n) for n in range(4)]) == frozenset()
    assert learn_templates([page(n, site=f"s{n}") for n in range(6)]) == frozenset()
    assert learn_templates([page(1) for _ in range(6)]) == frozenset()  # one story filed six times


def test_the_pipeline_removes_learned_lines_with_their_reason() -> None:
    pages = [page(n) for n in range(6)]
    article = process_page(pages[0], Options(quotes=False, entities=False, templates=learn_templates(pages)))
    assert [r.reason for r in article.removed] == ["template:recurrent"]
    assert all(PROMO not in p.text for p in article.paragraphs)
