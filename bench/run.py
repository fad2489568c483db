"""`make bench`: the pipeline bench first, then every other `bench/*_bench.py`, each in its own process.

Convention for a bench script: runnable as `python bench/NAME_bench.py [--limit N]`, prints its
own table, exits 0 with a skip message when the shared data is absent, non-zero only on failure.

    .venv/bin/python bench/run.py [--limit N] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIRST = "pipeline_bench.py"


def scripts(only: list[str] | None) -> list[Path]:
    """The pipeline bench, then the others in name order (optionally only those named)."""
    found = sorted(HERE.glob("*_bench.py"), key=lambda p: (p.name != FIRST, p.name))
    if only:
        wanted = {name.removesuffix(".py").removesuffix("_bench") for name in only}
        found = [p for p in found if p.stem.removesuffix("_bench") in wanted]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run akhbar's benchmarks, one process each.")
    parser.add_argument("--limit", type=int, default=None, help="articles per bench (default: all)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="e.g. pipeline corpus")
    args = parser.parse_args(argv)
    failed: list[str] = []
    for script in scripts(args.only):
        cmd = [sys.executable, str(script)]
        if args.limit is not None:
            cmd += ["--limit", str(args.limit)]
        print(f"\n== {script.name}", flush=True)
        if subprocess.run(cmd, check=False).returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"\nbench failures: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
