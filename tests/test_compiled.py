"""The opt-in compiled build (setup.py, `make compiled`) gives the pure build's records, byte for byte.

Both sides run in `.venv-compiled`: once with its installed package (the mypyc-compiled modules),
once with a copy of that package's own `.py` files without the `.so` files, so the comparison is
of the same source whatever the working tree holds now. `make test-compiled` builds and runs this
(and then the whole suite on the compiled install); without `.venv-compiled` it is skipped, unless
AKHBAR_TEST_COMPILED=1 says it must run.
"""

from __future__ import annotations

import ast
import dataclasses
import gzip
import importlib.util
import itertools
import json
import os
import pickle
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from tests.conftest import CORPORA, ROOT, need

from akhbar.pipeline import Options, process_page
from akhbar.read import iter_pages
from akhbar.store.prepare import IndexTerms, Prepared, prepare

COMPILED_PYTHON = ROOT / ".venv-compiled" / "bin" / "python"
PAGES_PER_CORPUS = 300  # every 97th record of each corpus: 600 pages, ~10 s a side

# Prints, per page, what ingest's workers hand the writer (`prepare`: rows, compressed record,
# MinHash signature, index terms) as one JSON line; ingest pickles these, so a pool round trip too.
DUMP = """
import base64, json, pickle, sys
from akhbar.pipeline import Options, process_page
from akhbar.errors import InputError
from akhbar.read import iter_pages
from akhbar.store.prepare import prepare

def plain(value):
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    return value

options = Options(entities=False)
for page in iter_pages([sys.argv[1]]):
    if isinstance(page, InputError):
        continue
    p = pickle.loads(pickle.dumps(prepare(process_page(page, options))))
    t = p.terms
    fields = [p.site, p.article_row, p.statements, p.entities, p.signature,
              t.headline, t.body, t.speakers, t.entities, t.quotes]
    print(json.dumps(plain(fields), ensure_ascii=False))
"""


def _compiled_python() -> Path:
    if not COMPILED_PYTHON.exists():
        if os.environ.get("AKHBAR_TEST_COMPILED") == "1":
            pytest.fail("AKHBAR_TEST_COMPILED=1 but there is no .venv-compiled: run make compiled")
        pytest.skip("no .venv-compiled: `make test-compiled` builds the compiled install and runs this")
    return COMPILED_PYTHON


def _compiled_modules() -> list[str]:
    """setup.py's COMPILED list, as module names."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "COMPILED":
            paths: list[str] = ast.literal_eval(node.value)
            return ["akhbar." + p.removesuffix(".py").replace("/", ".") for p in paths]
    raise AssertionError("setup.py has no COMPILED list")


def _run(python: Path, args: list[str], pythonpath: Path | None = None, ok: tuple[int, ...] = (0,)) -> str:
    """stdout of `python args` run outside the repository (so only the installed package or
    `pythonpath` can be imported), after checking its exit code."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    done = subprocess.run(
        [str(python), *args], capture_output=True, text=True, env=env, cwd=ROOT.parent, check=False
    )
    assert done.returncode in ok, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def pure_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled install's package as pure Python: its .py files, no extension modules."""
    python = _compiled_python()
    package = Path(_run(python, ["-c", "import akhbar, os; print(os.path.dirname(akhbar.__file__))"]).strip())
    root = tmp_path_factory.mktemp("pure")
    shutil.copytree(package, root / "akhbar", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    return root


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every 97th record of both shared corpora, as one JSON Lines file."""
    lines: list[str] = []
    for name in ("ant2018.jsonl.gz", "saudinewsnet2015.jsonl.gz"):
        with gzip.open(need(CORPORA / name), "rt", encoding="utf-8") as f:
            lines += itertools.islice(itertools.islice(f, 0, None, 97), PAGES_PER_CORPUS)
    path = tmp_path_factory.mktemp("sample") / "pages.jsonl"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_hot_modules_are_compiled() -> None:
    """Every module setup.py lists is an extension module in the compiled install."""
    modules = _compiled_modules()
    script = (
        "import importlib, json, sys; "
        "print(json.dumps([importlib.import_module(m).__file__ for m in sys.argv[1:]]))"
    )
    files = json.loads(_run(_compiled_python(), ["-c", script, *modules]))
    assert len(modules) >= 20
    assert [m for m, f in zip(modules, files, strict=True) if not f.endswith(".so")] == []


def test_same_records(pure_copy: Path, sample: Path) -> None:
    """`akhbar process` (statements on, entities off) writes the same bytes compiled and pure."""
    python = _compiled_python()
    args = ["-m", "akhbar", "process", str(sample), "--no-entities"]
    compiled = _run(python, args, ok=(0, 1))  # 1: some records have no text (reported on stderr)
    pure = _run(python, args, pythonpath=pure_copy, ok=(0, 1))
    assert compiled.count("\n") >= 580  # a few records have no text
    assert compiled.count('"speaker"') >= 1000  # statements were extracted
    assert compiled == pure


def test_same_prepared_rows(pure_copy: Path, sample: Path) -> None:
    """What ingest's workers hand the writer (rows, compressed record, signature, stems) is the same."""
    python = _compiled_python()
    compiled = _run(python, ["-c", DUMP, str(sample)])
    pure = _run(python, ["-c", DUMP, str(sample)], pythonpath=pure_copy)
    assert compiled.count("\n") >= 580
    assert compiled == pure


# Both normal forms and the stems of texts a corpus rarely holds: every script's capitals (the
# final sigma that mypyc's own str.lower loses), presentation forms, digits, controls, marks.
FORMS = """
import json, random, sys
from akhbar.normalize import display_form, search_fold, search_form
from akhbar.search.stem import analyze

rng = random.Random(7)
pools = [range(0x20, 0x250), range(0x370, 0x530), range(0x600, 0x700), range(0x750, 0x780),
         range(0x2000, 0x2070), range(0xFB50, 0xFE00), range(0xFE70, 0xFF00)]
texts = ["ΟΔΟΣ ΑΣ", "CNN، İstanbul", "ﻷ ﻹ", "والانتخابات ایران", "۱۴۵۰ ٣٢", "a\\u00a0b\\u200bc"]
for _ in range(3000):
    pool = rng.choice(pools)
    size = rng.randint(1, 40)
    texts.append("".join(chr(rng.choice(pool)) if rng.random() < 0.8 else " " for _ in range(size)))
for text in texts:
    row = [search_fold(text), search_form(text), analyze(search_form(text))]
    for digits in ("ascii", "arabic", "persian", "keep"):
        row += [display_form(text, digits=digits, persian=persian) for persian in (False, True)]
    print(json.dumps(row, ensure_ascii=False))
"""


def test_same_forms(pure_copy: Path) -> None:
    """display_form, search_fold, search_form and the stems agree on 3,000 random texts of many scripts."""
    python = _compiled_python()
    compiled = _run(python, ["-c", FORMS])
    assert compiled.count("\n") == 3006
    assert '"οδος ας"' in compiled  # the final sigma, lowered in context
    assert compiled == _run(python, ["-c", FORMS], pythonpath=pure_copy)


def test_prepared_pickles_every_field(seed_page: Path) -> None:
    """What a pool worker sends the writer comes back equal (its __reduce__ names every field):
    runs in every build, so a field added to Prepared or IndexTerms cannot be lost in the pool."""
    page = next(iter(iter_pages([str(seed_page)])))
    assert not isinstance(page, Exception)
    prepared = prepare(process_page(page, Options(entities=False)))
    assert prepared.statements and prepared.terms.quotes
    back = pickle.loads(pickle.dumps(prepared))
    assert back == prepared and back is not prepared
    for cls, obj in ((Prepared, prepared), (IndexTerms, prepared.terms)):
        assert len(obj.__reduce__()[1]) == len(dataclasses.fields(cls))


# -- which build `pip install .` gives (setup.py) ------------------------------------------------


def _setup_module() -> ModuleType:
    """setup.py as a module (not run as __main__, so it builds nothing)."""
    spec = importlib.util.spec_from_file_location("akhbar_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv", "env", "mode"),
    [
        (["setup.py", "bdist_wheel", "--dist-dir", "x"], {}, "try"),  # pip install ., pip wheel .
        (["setup.py", "bdist_wheel"], {"AKHBAR_COMPILE": "1"}, "must"),  # make compiled, make dist
        (["setup.py", "bdist_wheel"], {"AKHBAR_COMPILE": "0"}, "pure"),
        (["setup.py", "editable_wheel", "--dist-dir", "x"], {}, "pure"),  # pip install -e ., make install
        (["setup.py", "dist_info", "--output-dir", "x"], {"AKHBAR_COMPILE": "1"}, "pure"),  # metadata
        (["setup.py", "egg_info"], {}, "pure"),
        (["setup.py", "sdist"], {}, "pure"),  # the sources only; installing the sdist compiles
    ],
)
def test_build_choice(argv: list[str], env: dict[str, str], mode: str) -> None:
    """A wheel compiles when it can; editable installs, metadata and sdists never compile."""
    assert _setup_module().choose(argv, env) == mode


@pytest.mark.parametrize(
    ("argv", "env"),
    [
        (["setup.py", "editable_wheel"], {"AKHBAR_COMPILE": "1"}),  # would put .so files in src/
        (["setup.py", "bdist_wheel"], {"AKHBAR_COMPILE": "yes"}),
    ],
)
def test_build_choice_refuses(argv: list[str], env: dict[str, str]) -> None:
    with pytest.raises(SystemExit, match="AKHBAR_COMPILE"):
        _setup_module().choose(argv, env)


def _wheel_without_compiler(tmp_path: Path, env_extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`pip wheel .` of a copy of the project with no working C compiler (CC=false)."""
    try:
        import setuptools
    except ImportError:
        pytest.skip("setuptools is not installed in this venv")
    if int(setuptools.__version__.split(".")[0]) < 77:
        pytest.skip(f"setuptools {setuptools.__version__} here; the project needs >= 77 to build")
    tree = tmp_path / "tree"
    tree.mkdir()
    for name in ("setup.py", "pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(
        ROOT / "src", tree / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "*.so")
    )
    env = {k: v for k, v in os.environ.items() if k != "AKHBAR_COMPILE"} | {"CC": "false", **env_extra}
    args = [
        "-m",
        "pip",
        "wheel",
        "-v",
        "--no-build-isolation",
        "--no-deps",
        "-w",
        str(tmp_path / "dist"),
        ".",
    ]
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, cwd=tree, check=False
    )


def test_wheel_falls_back_to_pure_python(tmp_path: Path) -> None:
    """Without a C compiler `pip install .` still works: a pure wheel, and one line saying why."""
    done = _wheel_without_compiler(tmp_path, {})
    assert done.returncode == 0, done.stderr[-2000:]
    notices = [line for line in (done.stdout + done.stderr).splitlines() if "akhbar: building pure" in line]
    assert len(notices) == 1 and "C compiler" in notices[0]
    wheels = list((tmp_path / "dist").glob("akhbar-*.whl"))
    assert [w.name.endswith("-py3-none-any.whl") for w in wheels] == [True]
    with zipfile.ZipFile(wheels[0]) as whl:
        names = whl.namelist()
    assert "akhbar/store/prepare.py" in names and "akhbar/data/titles.json" in names
    assert [n for n in names if n.endswith((".so", ".pyd"))] == []


def test_wheel_asked_compiled_fails_without_compiler(tmp_path: Path) -> None:
    """AKHBAR_COMPILE=1 (make compiled, make dist, CI) is an error when it cannot compile."""
    done = _wheel_without_compiler(tmp_path, {"AKHBAR_COMPILE": "1"})
    assert done.returncode != 0
    assert "AKHBAR_COMPILE=1 but the compiled build is not possible" in done.stdout + done.stderr
    assert not list((tmp_path / "dist").glob("*.whl"))
