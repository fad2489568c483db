"""Opt-in compiled build: `AKHBAR_COMPILE=1` compiles the hot per-article modules with mypyc.

Without the variable this is a plain setuptools build (pyproject.toml holds the metadata), so
`make install` stays an editable pure-Python install. `make compiled` builds the wheel out of
tree (build/compiled, never .so files in src/) into its own venv, `.venv-compiled`; see
docs/corpus-bench.md ("The compiled build") for the modules, the figures and how identity with
the pure build is checked.
"""

from __future__ import annotations

import os

from setuptools import setup

# Chosen by profile (py-spy on a --jobs 2 ingest with statements): the statement extractor, the
# pipeline's line/clean/structure steps, both normal forms, the stemmer and the store's per-article
# preparation. Left out: records.py (its dataclasses are the public record: pickled, replaced,
# serialised), pipeline.py (msgspec.Struct options), the entity tagger (numpy and pycrfsuite do
# its work), the SQLite writer and the index (their time is in C already).
COMPILED = [
    "extract/tokens.py",
    "extract/lexicon.py",
    "extract/registry.py",
    "extract/names.py",
    "extract/anchors.py",
    "extract/speakers.py",
    "extract/quotes.py",
    "structure/lines.py",
    "structure/build.py",
    "structure/dateline.py",
    "structure/dates.py",
    "structure/language.py",
    "clean/page.py",
    "clean/rules.py",
    "clean/templates.py",
    "normalize/display.py",
    "normalize/search.py",
    "normalize/tables.py",
    "search/stem.py",
    "search/tables.py",
    "store/prepare.py",
]


def _ext_modules() -> list[object]:
    if os.environ.get("AKHBAR_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify  # only the opt-in build needs mypy
    except ImportError as exc:
        raise SystemExit(
            "AKHBAR_COMPILE=1 needs mypy (mypyc) where the build runs: `make compiled`, or"
            " pip install mypy setuptools wheel, then pip wheel --no-build-isolation ."
        ) from exc

    chosen = os.environ.get("AKHBAR_COMPILE_ONLY", "").split() or COMPILED  # e.g. to bisect a module
    paths = [os.path.join("src", "akhbar", path) for path in chosen]
    return list(mypycify(paths, opt_level="3", target_dir=os.path.join("build", "mypyc")))


setup(ext_modules=_ext_modules())
