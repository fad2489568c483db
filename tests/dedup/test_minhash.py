"""Story clusters: lightly edited and Persian-typed copies cluster; different stories do not."""

from __future__ import annotations

from akhbar.dedup import cluster_signatures, signature
from akhbar.normalize import search_form

STORY = (
    "أكد وزير الخارجية السعودي أن المملكة ماضية في دعم الحكومة الشرعية في اليمن وأن التحالف سيواصل"
    " عملياته حتى استعادة الأمن والاستقرار في جميع المحافظات اليمنية وقال في مؤتمر صحفي عقده اليوم"
    " في الرياض إن الحل السياسي يبقى الخيار الأول وإن المملكة ترحب بكل جهد دولي يفضي إلى السلام"
)
EDITED = STORY.replace("اليوم", "أمس").replace("مؤتمر صحفي", "لقاء صحفي") + " // انتهى //"
PERSIAN = STORY.replace("ي", "ی").replace("ك", "ک")
OTHER = (
    "ارتفعت أسعار النفط في التعاملات الآسيوية المبكرة بعد أن أظهرت بيانات رسمية تراجع المخزونات"
    " الأمريكية للأسبوع الثالث على التوالي فيما يترقب المستثمرون اجتماع منظمة أوبك الشهر المقبل"
)


def test_copies_cluster_and_other_stories_do_not() -> None:
    sigs = {i: signature(search_form(t)) for i, t in enumerate([STORY, EDITED, PERSIAN, OTHER], start=1)}
    assert cluster_signatures(sigs) == [[1, 2, 3]]


def test_empty_and_short_texts() -> None:
    sigs = {1: signature(""), 2: signature("خبر"), 3: signature(search_form(OTHER))}
    assert cluster_signatures(sigs) == []
