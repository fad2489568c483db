"""The per-article pipeline: invariants (nothing silently lost, spans point back) and behaviour."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.pipeline import Options, process_page
from akhbar.read import Page
from akhbar.records import Source

FAST = Options(quotes=False, entities=False)


def run(text: str, options: Options = FAST) -> object:
    return process_page(Page(text=text, source=Source(path="t.txt")), options)


def test_persian_passage_is_flagged_and_kept() -> None:
    persian = "وزیر امور خارجه ایران گفت که این سفر برای گسترش روابط دو کشور است و ما از آن استقبال می‌کنیم."
    page = f"عنوان عربي للخبر\n\nقال الوزير في طهران إن العلاقات جيدة.\n{persian}\n"
    article = process_page(Page(text=page, source=Source(path="t.txt")), FAST)
    lead, passage = article.paragraphs
    assert lead.language == "ar" and passage.language == "fa"
    assert passage.text == persian  # Persian letters and ZWNJ untouched


def test_arabic_typed_on_a_persian_keyboard_is_arabic() -> None:
    article = process_page(
        Page(
            text="عنوان\n\nقال إن العراق لدیه کافة الإمکانیات لتوفیر الأمن علی أراضیه.\n",
            source=Source(path="t"),
        ),
        FAST,
    )
    (para,) = article.paragraphs
    assert (
        para.language == "ar" and para.text == "قال إن العراق لديه كافة الإمكانيات لتوفير الأمن على أراضيه."
    )


def test_published_from_a_jalali_date_line() -> None:
    article = process_page(
        Page(
            text="عنوان الخبر\nتاريخ النشر: ۱۴۰۲/۱۱/۳۰ - ۱۴:۲۰\n\nقال الوزير إن الخطة جاهزة.\n",
            source=Source(path="t"),
        ),
        FAST,
    )
    assert article.published == "2024-02-19T14:20:00"
    assert [r.reason for r in article.removed] == ["metadata:date"]


def test_hashtags() -> None:
    article = process_page(
        Page(
            text="عنوان\n\nتحالفت #إليسا مع #عاصي_الحلاني في الحلقة الأخيرة من البرنامج.\n",
            source=Source(path="t"),
        ),
        FAST,
    )
    assert article.hashtags == ("إليسا", "عاصي_الحلاني")
    assert article.paragraphs[0].text == "تحالفت إليسا مع عاصي الحلاني في الحلقة الأخيرة من البرنامج."


LINE = st.text(
    alphabet=st.sampled_from([*list('وقال إن الخبر: «»"-/انتهى۱۲asd#_.،'), "\u200f", "ی", "ک"]), max_size=60
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, max_size=12), st.sampled_from(["\n", "\r\n", "\r"]))
def test_nothing_is_silently_lost(lines: list[str], eol: str) -> None:
    """Every non-blank raw line ends up as the headline, a paragraph, or a removal with a reason."""
    text = eol.join(lines)
    article = process_page(Page(text=text, source=Source(path="t")), FAST)
    raw_lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
    inside = [(p.start, p.end) for p in article.paragraphs]
    line_removals = [r for r in article.removed if not any(a <= r.start and r.end <= b for a, b in inside)]
    accounted = len(article.paragraphs) + len(line_removals) + (article.headline is not None)
    assert accounted == len(raw_lines)
    for p in article.paragraphs:
        assert 0 <= p.start < p.end <= len(text)


def test_a_dateline_line_moves_to_fields() -> None:
    page = (
        "عنوان الخبر\n\nجدة 25 شوال 1436ه الموافق 10 أغسطس 2015م واس\n\n"
        "أكد وزير الصحة أن الخدمات متاحة للجميع.\n"
    )
    article = process_page(Page(text=page, source=Source(path="t")), FAST)
    assert article.dateline == "جدة" and article.published == "2015-08-10"
    assert [r.reason for r in article.removed] == ["metadata:dateline"]
    assert article.paragraphs[0].kind == "lead" and article.paragraphs[0].text.startswith("أكد")


def test_a_page_without_final_periods_does_not_turn_short_paragraphs_into_subheadings() -> None:
    body = [
        "أعلن الوزير اليوم عن خطة جديدة لدعم الاقتصاد الوطني في السنوات المقبلة بمشاركة القطاع الخاص والعام",
        "وأضاف أن الخطة تبدأ الشهر المقبل",
        "مشاريع البنية التحتية",
        "وتشمل الخطة مشاريع كبيرة في قطاعات النقل والطاقة والمياه في كل مناطق البلاد خلال خمس سنوات قادمة",
    ]
    article = process_page(Page(text="عنوان\n\n" + "\n".join(body), source=Source(path="t")), FAST)
    assert [p.kind for p in article.paragraphs] == ["lead", "body", "subheading", "body"]
