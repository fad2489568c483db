"""Pipeline benchmark: articles per second on one core and peak memory, stage by stage.

Every stage streams the same texts (both shared corpora, read with `akhbar.read.iter_pages`) in a
fresh single-process subprocess, so each stage's RSS high-water mark is its own. The parent runs
them one after another, prints a Rich table with the ratios the issue asks for, and writes JSON.

    .venv/bin/python bench/pipeline_bench.py [--limit N] [--json PATH] [--profile N]

Stages (see bench/README.md for what each column means):
  read           iter_pages alone: reading + gzip + JSON decode (the cost every stage pays first)
  bare           the floor: one str.replace per character fold, the same 15 folds camel's chain makes
  display        akhbar.normalize.display_form(text)
  search         akhbar.normalize.search_fold(text): the search normalisation (character folds)
  search_words   akhbar.normalize.search_form(text): the fold split into words (compare bare_words)
  camel          camel-tools: normalize_unicode, normalize_alef_ar, normalize_alef_maksura_ar,
                 normalize_teh_marbuta_ar, dediac_ar
  paired         bare, bare_words, display, search, search_words and camel timed back to back on each
                 page in one process:
                 the ratios the goals use, robust to load from other jobs drifting between stages
  pipeline       akhbar.pipeline.process_page(page, Options(quotes=False, entities=False))
  pipeline_full  process_page(page) with defaults (statements + entities), "n/a" when they fail
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
CORPORA = ("ant2018.jsonl.gz", "saudinewsnet2015.jsonl.gz")
RESULTS = ROOT / "bench" / "results" / "pipeline.json"
SAMPLE_EVERY = 5_000
STAGES = ("read", "bare", "display", "search", "search_words", "camel", "paired", "pipeline", "pipeline_full")
PAIRED = ("bare", "bare_words", "display", "search", "search_words", "camel")

# Goals from issue 2 ("Speed").
GOAL_NORMALISE_VS_BARE = 1.5
GOAL_PIPELINE_RATE = 1_500
GOAL_PEAK_MB = 300

# The folds camel-tools' chain makes (alef ×4, alef maksura, teh marbuta, 9 diacritics), one
# str.replace each: the floor of the same work done as plain passes in Python.
BARE_FOLDS: tuple[tuple[str, str], ...] = (
    ("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"),
    ("ى", "ي"), ("ة", "ه"),
    *((chr(c), "") for c in (*range(0x064B, 0x0653), 0x0670)),
)


# ---------------------------------------------------------------- the stages (run in a child)

def bare_chain(text: str) -> str:
    """One str.replace per fold: what a minimal pure-Python normaliser costs."""
    for old, new in BARE_FOLDS:
        text = text.replace(old, new)
    return text


def bare_words(text: str) -> str:
    """The bare folds, lower case and words split on whitespace: the floor of a search form,
    which must also tokenise (akhbar's search form also turns punctuation into separators)."""
    return " ".join(bare_chain(text).lower().split())


def _camel() -> Callable[[str], str]:
    from camel_tools.utils.dediac import dediac_ar
    from camel_tools.utils.normalize import (
        normalize_alef_ar,
        normalize_alef_maksura_ar,
        normalize_teh_marbuta_ar,
        normalize_unicode,
    )

    def chain(text: str) -> str:
        text = normalize_unicode(text)
        text = normalize_alef_ar(text)
        text = normalize_alef_maksura_ar(text)
        text = normalize_teh_marbuta_ar(text)
        return str(dediac_ar(text))

    return chain


def _full_pipeline_gaps() -> list[str]:
    """Why the default pipeline would not be statements + entities (empty when it would)."""
    return [f"{name} absent" for name in ("akhbar.extract.quotes", "akhbar.extract.entities")
            if importlib.util.find_spec(name) is None]


def stage_function(stage: str) -> Callable[[Any], object]:
    """The per-page callable a stage times; imports happen here, outside the timed loop."""
    if stage == "read":
        return lambda page: None
    if stage == "bare":
        return lambda page: bare_chain(page.text)
    if stage == "bare_words":
        return lambda page: bare_words(page.text)
    if stage in ("display", "search", "search_words"):
        from akhbar.normalize import display_form, search_fold, search_form

        form = {"display": display_form, "search": search_fold, "search_words": search_form}[stage]
        return lambda page: form(page.text)
    if stage == "camel":
        chain = _camel()
        return lambda page: chain(page.text)
    from akhbar.pipeline import Options, process_page

    options = Options(quotes=False, entities=False) if stage == "pipeline" else Options()
    return lambda page: process_page(page, options)


def iter_corpus_pages(shared: Path, limit: int | None) -> Iterator[Any]:
    """Pages of both corpora in a fixed order (the same texts for every stage); errors skipped."""
    from akhbar.errors import InputError
    from akhbar.read import iter_pages

    count = 0
    for page in iter_pages([str(shared / "corpora" / name) for name in CORPORA]):
        if isinstance(page, InputError):
            continue
        if limit is not None and count >= limit:
            return
        count += 1
        yield page


def _rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the high-water mark elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return _peak_mb()


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB on Linux


def run_paired(shared: Path, limit: int | None) -> dict[str, Any]:
    """Time the four normalisers on each page in turn; per-function seconds over the same texts."""
    funcs = [(name, stage_function(name)) for name in PAIRED]
    busy = dict.fromkeys(PAIRED, 0.0)  # CPU seconds: other jobs on the shared cores don't count
    n = chars = 0
    for page in iter_corpus_pages(shared, limit):
        for name, func in funcs:
            t0 = time.process_time()
            func(page)
            busy[name] += time.process_time() - t0
        n += 1
        chars += len(page.text)
    rates = {name: round(n / sec, 1) for name, sec in busy.items() if sec}
    return {"stage": "paired", "articles": n, "chars": chars, "paired_per_s": rates,
            "paired_x_bare": {name: round(rates["bare"] / r, 2) for name, r in rates.items()},
            "peak_rss_mb": round(_peak_mb(), 1)}


def run_stage(stage: str, shared: Path, limit: int | None) -> dict[str, Any]:
    """Time one stage over the corpora in this process; returns its figures."""
    if stage == "pipeline_full" and (gaps := _full_pipeline_gaps()):
        return {"stage": stage, "na": "; ".join(gaps)}
    if stage == "paired":
        return run_paired(shared, limit)
    func = stage_function(stage)
    baseline = _rss_mb()
    n = chars = 0
    busy = busy_cpu = 0.0
    samples: list[list[float]] = []
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for page in iter_corpus_pages(shared, limit):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            func(page)
        except Exception as exc:  # the one place a failing stage becomes "n/a" with its reason
            return {"stage": stage, "na": f"{type(exc).__name__}: {exc} (article {n + 1})"}
        busy_cpu += time.process_time() - c0
        busy += time.perf_counter() - t0
        n += 1
        chars += len(page.text)
        if n % SAMPLE_EVERY == 0:
            samples.append([n, round(_rss_mb(), 1)])
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {
        "stage": stage, "articles": n, "chars": chars, "seconds": round(busy, 3),
        "cpu_seconds": round(busy_cpu if stage != "read" else cpu, 3),
        "wall_seconds": round(wall, 3), "cpu_share": round(cpu / wall, 3) if wall else None,
        "baseline_rss_mb": round(baseline, 1), "peak_rss_mb": round(_peak_mb(), 1), "rss_samples": samples,
    }


# ---------------------------------------------------------------- the parent: run, compare, report

def run_child(stage: str, shared: Path, limit: int | None) -> dict[str, Any]:
    """Run one stage in a fresh interpreter so its peak RSS is its own."""
    cmd = [sys.executable, __file__, "--stage", stage, "--shared", str(shared)]
    if limit is not None:
        cmd += ["--limit", str(limit)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"stage": stage, "na": f"stage exited {done.returncode}: {tail}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def add_rates(results: dict[str, dict[str, Any]]) -> None:
    """Articles/s on the stage's own time, end-to-end rate (with reading) and × the bare pass."""
    bare = results.get("bare", {})
    bare_rate = bare["articles"] / bare["cpu_seconds"] if bare.get("cpu_seconds") else None
    for row in results.values():
        if "na" in row or not row.get("wall_seconds"):
            continue
        # Reading has no per-article work of its own: its rate is the whole loop's.
        seconds = row["wall_seconds"] if row["stage"] == "read" else row["seconds"]
        row["articles_per_s"] = round(row["articles"] / seconds, 1)
        row["mchars_per_s"] = round(row["chars"] / seconds / 1e6, 2)
        # Per core: the stage's own CPU time, so time lost to other jobs on the cores is left out.
        cpu = row["cpu_seconds"]
        row["cpu_articles_per_s"] = round(row["articles"] / cpu, 1) if cpu else None
        row["end_to_end_per_s"] = round(row["articles"] / row["wall_seconds"], 1)
        if bare_rate and row["stage"] != "read":
            row["x_bare"] = round(bare_rate / row["cpu_articles_per_s"], 2)
        row["rss_sampled_mb"] = [min((s[1] for s in row["rss_samples"]), default=None),
                                 max((s[1] for s in row["rss_samples"]), default=None)]


def summarise(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The issue's goals, each with the measured figure and whether it is met."""
    def rate(stage: str) -> float | None:
        return results.get(stage, {}).get("cpu_articles_per_s")

    out: dict[str, Any] = {}
    paired = results.get("paired", {}).get("paired_per_s")  # same texts, back to back: the fair ratio
    for stage in ("display", "search"):
        mine, bare, camel = (paired.get(s) for s in (stage, "bare", "camel")) if paired else (
            rate(stage), rate("bare"), rate("camel"))
        x = round(bare / mine, 2) if bare and mine else None
        out[f"{stage}_x_bare"] = {"value": x, "goal": f"<= {GOAL_NORMALISE_VS_BARE}",
                                  "met": x is not None and x <= GOAL_NORMALISE_VS_BARE}
        out[f"{stage}_speedup_vs_camel"] = round(mine / camel, 2) if camel and mine else None
    # The search form split into words, against the bare folds also split into words.
    words, floor = (paired.get(s) for s in ("search_words", "bare_words")) if paired else (
        rate("search_words"), None)
    out["search_words_x_bare_words"] = round(floor / words, 2) if floor and words else None
    pipe = rate("pipeline")
    out["pipeline_articles_per_s"] = {"value": pipe, "goal": f">= {GOAL_PIPELINE_RATE}",
                                      "met": pipe is not None and pipe >= GOAL_PIPELINE_RATE}
    peaks = {s: r["peak_rss_mb"] for s, r in results.items() if "peak_rss_mb" in r}
    worst = max(peaks.values(), default=None)
    out["peak_rss_mb_max"] = {"value": worst, "goal": f"< {GOAL_PEAK_MB}",
                              "met": worst is not None and worst < GOAL_PEAK_MB}
    return out


def _cells(stage: str, row: dict[str, Any]) -> list[str]:
    lo, hi = row["rss_sampled_mb"]
    return [stage, f"{row['articles']:,}", f"{row['cpu_articles_per_s']:,.0f}",
            f"{row['articles_per_s']:,.0f}", f"{row['mchars_per_s']:.1f}",
            f"{row.get('x_bare', '')}", f"{row['end_to_end_per_s']:,.0f}", f"{row['cpu_share']:.2f}",
            f"{row['peak_rss_mb']:.0f}", f"{lo}–{hi}" if lo is not None else ""]


def print_table(results: dict[str, dict[str, Any]], summary: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="akhbar pipeline bench (one core, single process per stage)")
    for col in ("stage", "articles", "art/s cpu", "art/s wall", "Mchar/s", "× bare", "e2e art/s", "cpu share",
                "peak RSS MB", "RSS every 5k (min–max)"):
        table.add_column(col, justify="left" if col == "stage" else "right")
    for stage, row in results.items():
        if "na" in row:
            table.add_row(stage, "n/a", row["na"], *[""] * 7)
        elif stage == "paired":
            for name, per_s in row["paired_per_s"].items():
                table.add_row(f"paired: {name}", f"{row['articles']:,}", f"{per_s:,.0f}", "", "",
                              f"{row['paired_x_bare'][name]}", "", "", f"{row['peak_rss_mb']:.0f}", "")
        else:
            table.add_row(*_cells(stage, row))
    console = Console(width=max(Console().width, 140))
    console.print(table)
    for key, goal in summary.items():
        console.print(f"  {key}: {goal}")


def profile(shared: Path, limit: int, top: int = 25) -> None:
    """cProfile the issue-2 pipeline over the first `limit` articles; print the hotspots."""
    import cProfile
    import pstats

    func = stage_function("pipeline")
    pages = list(iter_corpus_pages(shared, limit))
    prof = cProfile.Profile()
    prof.enable()
    for page in pages:
        func(page)
    prof.disable()
    stats = pstats.Stats(prof).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=None, help="articles per stage (default: all)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data directory")
    parser.add_argument("--stages", default=",".join(STAGES), help="comma-separated subset of stages")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile the pipeline over N articles")
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)  # internal: one child stage
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not all((args.shared / "corpora" / name).is_file() for name in CORPORA):
        print(f"pipeline bench skipped: shared corpora not found under {args.shared / 'corpora'}")
        return 0
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.shared, args.limit)))
        return 0
    if args.profile:
        profile(args.shared, args.profile)
        return 0
    results: dict[str, dict[str, Any]] = {}
    for stage in args.stages.split(","):
        print(f"… {stage}", file=sys.stderr, flush=True)
        results[stage] = run_child(stage, args.shared, args.limit)
    add_rates(results)
    summary = summarise(results)
    print_table(results, summary)
    report = {"machine": machine(), "limit": args.limit, "goals": summary, "stages": results}
    targets = [args.json] if args.json else []
    if args.limit is None and args.stages == ",".join(STAGES):
        targets.append(RESULTS)  # the last full run is the committed record
    for target in targets:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


def machine() -> dict[str, Any]:
    """Where the figures come from; the load average shows how busy the shared cores were."""
    import platform

    return {"python": platform.python_version(), "platform": platform.platform(),
            "cpus": os.cpu_count(), "loadavg_at_end": [round(x, 2) for x in os.getloadavg()],
            "date": time.strftime("%Y-%m-%d %H:%M")}


if __name__ == "__main__":
    sys.exit(main())
