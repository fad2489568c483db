"""The corpus modules' `__all__`: every name exists, and every public function or class defined
in the module is listed (so the API is exactly what `__all__` says)."""

from __future__ import annotations

import importlib
import inspect

import pytest

MODULES = [
    "akhbar.corpus",
    "akhbar.corpus_export",
    "akhbar.store",
    "akhbar.store.base",
    "akhbar.store.corpus_sql",
    "akhbar.store.ingest",
    "akhbar.store.prepare",
    "akhbar.store.schema",
    "akhbar.store.sqlite",
    "akhbar.search.index",
    "akhbar.search.query",
    "akhbar.search.snippet",
    "akhbar.search.stem",
    "akhbar.search.tables",
    "akhbar.dedup",
    "akhbar.dedup.minhash",
    "akhbar.speakers",
    "akhbar.speakers.resolve",
    "akhbar.speakers.tables",
]


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist_and_public_definitions_are_listed(name: str) -> None:
    module = importlib.import_module(name)
    exported = set(module.__all__)
    assert len(exported) == len(module.__all__), f"{name}.__all__ repeats a name"
    for member in exported:
        assert hasattr(module, member), f"{name}.__all__ names missing {member}"
    defined = {
        n
        for n, obj in vars(module).items()
        if not n.startswith("_")
        and (inspect.isfunction(obj) or inspect.isclass(obj))
        and getattr(obj, "__module__", None) == name
    }
    assert defined <= exported, f"{name} defines public {sorted(defined - exported)} outside __all__"
