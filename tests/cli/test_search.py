"""`akhbar ingest` then `akhbar search`: the command line over a real store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PAGES = [
    {"title": "الانتخابات", "text": "جرت الانتخابات في العراق وسط إقبال كبير", "published": "2015-07-01"},
    {
        "title": "اقتصاد",
        "text": "قال وزير المالية إن الانتخابات لن تؤثر في الموازنة",
        "published": "2015-07-09",
    },
    {"title": "طقس", "text": "أمطار غزيرة على العاصمة", "published": "2015-07-05"},
]


def akhbar(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "akhbar", *args], capture_output=True, text=True)


def test_search_best_first_and_newest_first(tmp_path: Path) -> None:
    src, db = tmp_path / "news.jsonl", str(tmp_path / "news.db")
    src.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PAGES), "utf-8")
    assert akhbar("ingest", str(src), "--db", db, "--no-entities", "-j", "1").returncode == 0
    best = json.loads(akhbar("search", "الانتخابات", "--db", db, "--json").stdout)
    newest = json.loads(akhbar("search", "الانتخابات", "--db", db, "--json", "--newest").stdout)
    assert (best["order"], newest["order"]) == ("relevance", "newest")
    assert [r["headline"] for r in best["results"]] == ["الانتخابات", "اقتصاد"]  # a headline match first
    assert [r["day"] for r in newest["results"]] == ["2015-07-09", "2015-07-01"]
    shown = akhbar("search", "الانتخابات", "--db", db, "--newest")
    assert shown.returncode == 0 and shown.stdout.index("اقتصاد") < shown.stdout.index("الانتخابات في")
