"""Reading: every encoding and container we promise, and every kind of bad input."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from akhbar.errors import InputError, RecordError
from akhbar.read import JsonFields, Page, iter_pages

ARTICLE = (
    "طهران: العراق قادر على توفير أمنه\n\n"
    "وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن العراق لديه كافة الإمكانيات لتوفير الأمن.\n"
)


def pages(*paths: Path | str, **kw: object) -> list[Page | InputError]:
    return list(iter_pages([str(p) for p in paths], **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("utf-8", ARTICLE.encode("utf-8")),
        ("utf-8-sig", ARTICLE.encode("utf-8-sig")),
        ("utf-16", ARTICLE.encode("utf-16")),
        ("utf-16-le", ARTICLE.encode("utf-16-le")),
        ("cp1256", ARTICLE.encode("cp1256")),
        ("iso8859_6", ARTICLE.encode("iso8859_6")),
        ("crlf", ARTICLE.replace("\n", "\r\n").encode("utf-8")),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, encoding: str, data: bytes) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(data)
    (page,) = pages(path)
    assert isinstance(page, Page)
    assert page.text.replace("\r\n", "\n") == ARTICLE


def test_directory_mixing_encodings(tmp_path: Path) -> None:
    for enc in ("utf-8", "utf-16", "cp1256", "iso8859_6"):
        sub = tmp_path / enc
        sub.mkdir()
        (sub / "a.txt").write_bytes(ARTICLE.encode(enc))
    (tmp_path / "notes.md").write_text("not an input")
    got = pages(tmp_path)
    assert len(got) == 4
    assert all(isinstance(p, Page) and p.text == ARTICLE for p in got)


def test_explicit_encoding_wins(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    (page,) = pages(path, encoding="cp1256")
    assert isinstance(page, Page) and page.source.encoding == "cp1256"
    (bad,) = pages(path, encoding="utf-8")
    assert isinstance(bad, InputError) and "utf-8" in bad.reason


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n \r\n", "empty"),
        ("binary.txt", bytes(range(256)) * 64, "binary"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500), "binary"),
    ],
)
def test_bad_files_are_errors_naming_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (error,) = pages(path)
    assert isinstance(error, InputError)
    assert error.path == str(path) and reason in error.reason


def test_too_large_is_an_error_and_the_run_goes_on(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        line = ("كلمة " * 200 + "\n").encode()
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, "utf-8")
    error, page = pages(big, good)
    assert isinstance(error, InputError) and "too large" in error.reason
    assert isinstance(page, Page)


def test_invalid_utf8_bytes_are_replaced_not_fatal(tmp_path: Path) -> None:
    data = ARTICLE.encode()
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:41] + b"\xff" + data[41:])
    (page,) = pages(path)
    assert isinstance(page, Page) and page.source.encoding is not None
    assert "replaced" in page.source.encoding and "\ufffd" in page.text


def test_gzip_and_missing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    broken = tmp_path / "b.txt.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    ok, bad, missing = pages(path, broken, tmp_path / "nope.txt")
    assert isinstance(ok, Page) and ok.text == ARTICLE
    assert isinstance(bad, InputError) and "gzip" in bad.reason
    assert isinstance(missing, InputError) and "no such file" in missing.reason


def test_jsonl_with_a_broken_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    good = {
        "title": "عنوان",
        "text": "وقال الوزير إن الخطة جاهزة.",
        "url": "https://example.sa/a/1",
        "published": "2015-07-21 02:51:32",
    }
    path.write_text(
        "\n".join(
            [
                json.dumps(good, ensure_ascii=False),
                '{"title": "broken',
                "[1, 2]",
                json.dumps({"title": "no text"}),
                json.dumps(good, ensure_ascii=False),
            ]
        )
        + "\n",
        "utf-8",
    )
    got = pages(path)
    assert [type(p).__name__ for p in got] == ["Page", "RecordError", "RecordError", "RecordError", "Page"]
    assert [p.record for p in got if isinstance(p, RecordError)] == [2, 3, 4]
    first = got[0]
    assert isinstance(first, Page)
    assert first.text == "عنوان\n\nوقال الوزير إن الخطة جاهزة."
    assert first.source.site == "example.sa" and first.source.record == 1
    assert first.published == "2015-07-21 02:51:32"


def test_json_field_names_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text(json.dumps([{"head": "عنوان", "body": "نص الخبر هنا."}], ensure_ascii=False), "utf-8")
    (page,) = pages(path, fields=JsonFields(title="head", text="body"))
    assert isinstance(page, Page) and page.text.startswith("عنوان\n\n")


def test_html_and_warc_are_refused_clearly(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>نص</p></body></html>", "utf-8")
    (error,) = pages(page)
    assert isinstance(error, InputError) and "not read yet" in error.reason
