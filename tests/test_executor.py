"""The local executor: order kept in a pool, and a page that breaks a step is reported, not fatal."""

from __future__ import annotations

from akhbar.errors import InputError
from akhbar.executor import run_local
from akhbar.pipeline import Options
from akhbar.read import Page
from akhbar.records import Article, Source

FAST = Options(quotes=False, entities=False)


def pages(n: int) -> list[Page]:
    return [
        Page(text=f"عنوان {i}\n\nقال الوزير إن الخطة {i} جاهزة.", source=Source(path=f"{i}.txt"))
        for i in range(n)
    ]


def test_pool_keeps_input_order() -> None:
    got = list(run_local(pages(40), FAST, jobs=2, chunksize=3))
    assert [a.headline for a in got if isinstance(a, Article)] == [f"عنوان {i}" for i in range(40)]


def test_read_errors_pass_through() -> None:
    error = InputError("x.txt", "empty input")
    assert list(run_local([error], FAST)) == [error]


def test_a_page_that_breaks_a_step_becomes_an_error_naming_it() -> None:
    bad = Page(text=None, source=Source(path="bad.txt", record=7))  # type: ignore[arg-type]  # no step can read it
    (result,) = run_local([bad], FAST)
    assert isinstance(result, InputError)
    assert result.path == "bad.txt" and result.record == 7 and "processing failed" in result.reason
