"""`akhbar quotes PATH...`: who said what in files, as a table or one JSON line per statement."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PAGE = (
    "عنوان الخبر\n\n"
    "قال وزير الخارجية الإيراني محمد جواد ظريف إن المفاوضات مستمرة مع الأطراف الأوروبية.\n"
    "وأضاف: لن نتخلى عن حقوقنا في البرنامج النووي السلمي.\n"
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "akhbar", "quotes", *args], capture_output=True, text=True)


def test_table_and_jsonl(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(PAGE, "utf-8")
    table = run(str(page))
    assert table.returncode == 0 and "محمد جواد ظريف" in table.stdout and "who said what" in table.stdout
    lines = [json.loads(line) for line in run(str(page), "--format", "jsonl").stdout.splitlines()]
    assert [q["speaker"] for q in lines] == ["محمد جواد ظريف", "محمد جواد ظريف"]
    assert [q["resolved"] for q in lines] == [False, True]
    assert lines[1]["text"].startswith("لن نتخلى")


def test_bad_format_and_missing_file(tmp_path: Path) -> None:
    assert run(str(tmp_path / "p.txt"), "--format", "xml").returncode == 2
    missing = run(str(tmp_path / "nope.txt"))
    assert missing.returncode == 3 and "no such file" in missing.stderr
