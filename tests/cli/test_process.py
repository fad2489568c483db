"""`akhbar process` as a user runs it: formats, errors named per input, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "عنوان الخبر\n\nوقال الوزير إن الخطة جاهزة للتنفيذ في الأسابيع المقبلة.\n"


def akhbar(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "akhbar", *args], input=stdin, capture_output=True, timeout=300
    )


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def test_jsonl_one_record_per_article(good: Path) -> None:
    result = akhbar("process", str(good), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.decode().splitlines()
    record = json.loads(line)
    assert record["schema"] == "akhbar.article.v1"
    assert record["headline"] == "عنوان الخبر"
    assert record["source"]["path"] == str(good)
    assert [p["kind"] for p in record["paragraphs"]] == ["lead"]


def test_json_and_text_formats(good: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert akhbar("process", str(good), "--format", "json", "--output", str(out)).returncode == 0
    assert json.loads(out.read_text("utf-8"))[0]["headline"] == "عنوان الخبر"
    text = akhbar("process", str(good), "--format", "text")
    assert text.returncode == 0 and "عنوان الخبر" in text.stdout.decode()


def test_stdin(good: Path) -> None:
    result = akhbar("process", "-", stdin=good.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["source"]["path"] == "-"


def test_partial_failure_exit_1_names_the_input(good: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = akhbar("process", str(good), str(empty), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert len(result.stdout.decode().splitlines()) == 1
    err = result.stderr.decode()
    assert f"{empty}: empty input" in err and "missing.txt: no such file" in err


def test_total_failure_exit_3(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    result = akhbar("process", str(binary))
    assert result.returncode == 3 and "binary" in result.stderr.decode()


def test_usage_error_exit_2(good: Path) -> None:
    assert akhbar("process", str(good), "--digits", "roman").returncode == 2
    assert akhbar("process", str(good), "--field", "nonsense").returncode == 2


def test_broken_jsonl_line_named_with_record_number(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    rec = json.dumps({"title": "عنوان", "text": "وقال الوزير إن الخطة جاهزة."}, ensure_ascii=False)
    path.write_text(f"{rec}\n{{broken\n{rec}\n", "utf-8")
    result = akhbar("process", str(path))
    assert result.returncode == 1
    assert len(result.stdout.decode().splitlines()) == 2
    assert f"{path}:2: broken JSON line" in result.stderr.decode()


def test_a_one_megabyte_line_gives_a_record(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    sentence = "وقال المتحدث إن الحكومة تعمل على تطوير العلاقات مع دول الجوار، "
    path.write_text(sentence * (1_000_000 // len(sentence.encode())), "utf-8")
    result = akhbar("process", str(path))
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["headline"] is None and len(record["paragraphs"]) == 1


def test_jobs_keep_order(tmp_path: Path) -> None:
    paths = []
    for n in range(6):
        path = tmp_path / f"{n}.txt"
        path.write_text(f"عنوان رقم {n}\n\nوقال الوزير إن الخطة رقم {n} جاهزة.\n", "utf-8")
        paths.append(str(path))
    result = akhbar("process", *paths, "--jobs", "2")
    assert result.returncode == 0
    heads = [json.loads(line)["headline"] for line in result.stdout.decode().splitlines()]
    assert heads == [f"عنوان رقم {n}" for n in range(6)]
