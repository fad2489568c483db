"""Terminal renderings: long texts are cut at a word boundary and marked, roles shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from akhbar.cli.render import clip, quotes_table
from akhbar.pipeline import process_page
from akhbar.read import Page
from akhbar.records import Source


def test_clip_cuts_at_a_word_boundary_with_an_ellipsis() -> None:
    text = "قال الوزير إن المفاوضات مستمرة مع الأطراف الأوروبية"
    assert clip(text, 200) == text
    assert clip(text, 20) == "قال الوزير إن…"
    assert clip("ا" * 30, 10) == "ا" * 9 + "…"  # one long word: cut inside it


@given(st.text(), st.integers(min_value=2, max_value=300))
def test_clip_is_a_marked_prefix_within_the_limit(text: str, limit: int) -> None:
    out = clip(text, limit)
    assert len(out) <= limit
    assert out == text or (out.endswith("…") and text.startswith(out[:-1]))


def test_quotes_table_shows_the_role_under_the_speaker() -> None:
    text = "عنوان الخبر\n\nقال وزير الخارجية الإيراني محمد جواد ظريف إن المفاوضات مستمرة مع الأطراف.\n"
    article = process_page(Page(text=text, source=Source(path="t.txt")))
    console = Console(width=160, record=True)
    console.print(quotes_table(article))
    shown = console.export_text()
    assert "محمد جواد ظريف" in shown and "وزير الخارجية الإيراني" in shown
