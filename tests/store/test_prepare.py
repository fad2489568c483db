"""What ingest computes per article (akhbar.store.prepare): derived forms equal the direct ones."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from akhbar.normalize import search_form
from akhbar.records import Article, Paragraph, Source
from akhbar.store.prepare import body_form

_TEXTS = st.lists(
    st.one_of(st.text(), st.sampled_from(["", "  ", "،", "Σ", "ΑΣ", "ﻷ", "قال: «نعم»", "#وسم_ما", "\u200c"])),
    max_size=6,
)


@given(_TEXTS)
def test_body_form_is_the_search_form_of_the_body(texts: list[str]) -> None:
    art = Article(
        source=Source(path="x"),
        paragraphs=tuple(Paragraph(kind="body", text=t, start=0, end=0) for t in texts),
    )
    assert body_form(art) == search_form(art.body_text)
