"""The build: a wheel compiles the hot per-article modules with mypyc; editable installs stay pure.

`AKHBAR_COMPILE` decides, for a wheel build (`pip install .`, `pip wheel .`, `python -m build`):
- unset: compile when mypy (a build requirement in pyproject.toml) and a working C compiler with
  Python headers are there; otherwise build pure Python, with one line on stderr saying why;
- `1`: compile, or fail with the reason (`make compiled`, `make dist`, CI: a release or a test of
  the compiled build must never turn out pure by accident);
- `0`: pure Python.
An editable install (`pip install -e .`, `make install`: what developers run while editing) and
the metadata steps never compile, so no .so file ever lands in src/. docs/corpus-bench.md ("The
compiled build", "The default build") has the modules, the figures and how identity with the pure
build is checked (tests/test_compiled.py).
"""

from __future__ import annotations

import glob
import os
import sys
import tempfile
from collections.abc import Mapping, Sequence

from setuptools import setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

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

# setup.py commands that build what goes into a wheel (pip and `build` run bdist_wheel).
_BUILDS = {"bdist_wheel", "build", "build_ext", "install", "bdist"}
_EDITABLE = {"editable_wheel", "develop"}
_ENV = "AKHBAR_COMPILE"
# mypyc reads pyproject's [tool.mypy] (strict). `make lint` holds the sources to that; a build only
# needs the types, so a library whose types are missing where it runs (a build environment without
# msgspec or numpy) is Any there instead of an error that would leave the wheel pure.
_LENIENT = [
    "--ignore-missing-imports",
    "--allow-subclassing-any",
    "--no-warn-return-any",
    "--no-warn-unused-ignores",
]


def choose(argv: Sequence[str], env: Mapping[str, str]) -> str:
    """'pure', 'try' (compile if possible, else pure) or 'must' (compile or fail) for this run."""
    value = env.get(_ENV, "")
    if value not in ("", "0", "1"):
        raise SystemExit(f"{_ENV} must be 0 (pure Python) or 1 (compiled), not {value!r}")
    commands = set(argv[1:])
    if commands & _EDITABLE:
        if value == "1":
            raise SystemExit(
                f"{_ENV}=1: an editable install is pure Python (a compiled one would put .so files"
                " in src/); build a wheel instead: make compiled, or pip install ."
            )
        return "pure"
    if value == "0" or not commands & _BUILDS:
        return "pure"
    return "must" if value == "1" else "try"


def _notice(reason: str) -> None:
    """The one line a fallback to pure Python prints (pip shows it with -v)."""
    reason = " ".join(reason.split())[:240]
    print(
        f"akhbar: building pure Python, not compiled ({reason}); it works the same, ingest is"
        f" ~15% slower; {_ENV}=0 skips this attempt, {_ENV}=1 makes it an error",
        file=sys.stderr,
        flush=True,
    )


def _compiler_problem() -> str | None:
    """Why a C extension cannot be built here (compiler, Python headers, linker), or None."""
    from setuptools import Distribution, Extension

    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "akhbar_probe.c")
        with open(source, "w", encoding="ascii") as fh:
            fh.write(
                "#include <Python.h>\n"
                'static struct PyModuleDef m = {PyModuleDef_HEAD_INIT, "akhbar_probe", 0, -1, 0};\n'
                "PyMODINIT_FUNC PyInit_akhbar_probe(void) { return PyModule_Create(&m); }\n"
            )
        dist = Distribution({"name": "akhbar_probe", "ext_modules": [Extension("akhbar_probe", [source])]})
        cmd = build_ext(dist)
        cmd.build_lib, cmd.build_temp = tmp, tmp
        try:
            cmd.ensure_finalized()
            cmd.run()
        except Exception as exc:  # any failure to build the probe means: no compiled build here
            detail = (str(exc).splitlines() or [""])[0][:160]
            return f"no working C compiler or Python headers: {type(exc).__name__}: {detail}"
    return None


def _ext_modules(mode: str) -> list[object]:
    if mode == "pure":
        return []
    problem = _build_problem()
    if problem is None:
        from mypyc.build import mypycify

        chosen = os.environ.get("AKHBAR_COMPILE_ONLY", "").split() or COMPILED  # to bisect a module
        paths = [os.path.join("src", "akhbar", path) for path in chosen]
        try:
            return list(mypycify(paths + _LENIENT, opt_level="3", target_dir=os.path.join("build", "mypyc")))
        except (Exception, SystemExit) as exc:  # mypyc reports type errors by exiting
            problem = f"mypyc failed: {type(exc).__name__}: {exc}"
    if mode == "must":
        raise SystemExit(f"{_ENV}=1 but the compiled build is not possible: {problem}")
    _notice(problem)
    return []


def _build_problem() -> str | None:
    """Why mypyc cannot compile here (no mypy, no compiler), or None."""
    try:
        import mypyc.build  # noqa: F401  (a build requirement; absent with --no-build-isolation)
    except ImportError as exc:
        return f"mypy (mypyc) is not installed where the build runs: {exc}"
    return _compiler_problem()


class BuildPy(build_py):
    """Copies the sources, then drops extension modules an earlier build left in the build
    directory (an in-tree `pip install .` reuses build/): a pure wheel holds no .so file, and a
    compiled one only those this build makes."""

    def run(self) -> None:
        super().run()
        for pattern in ("akhbar/**/*.so", "akhbar/**/*.pyd", "*__mypyc*.so", "*__mypyc*.pyd"):
            for path in glob.glob(os.path.join(self.build_lib, pattern), recursive=True):
                os.remove(path)


class BuildExt(build_ext):
    """In the 'try' mode, a compile that fails after the probe passed (out of memory on mypyc's
    large C file, say) still gives a pure wheel: the half-built modules are removed."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # only in 'try' mode; 'must' and pure builds re-raise or never get here
            if MODE != "try":
                raise
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)
            self.distribution.ext_modules = []
            _notice(f"compiling failed: {type(exc).__name__}: {exc}")


MODE = "pure"  # this run's choice, set below

if __name__ == "__main__":  # setuptools runs this file as __main__; tests import `choose`
    MODE = choose(sys.argv, os.environ)
    setup(ext_modules=_ext_modules(MODE), cmdclass={"build_py": BuildPy, "build_ext": BuildExt})
