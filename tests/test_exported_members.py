"""Each public module's `__all__` names exactly what it exports, and everything in it exists."""

from __future__ import annotations

import importlib

import pytest

MODULES = ["akhbar", "akhbar.records", "akhbar.errors", "akhbar.normalize", "akhbar.read", "akhbar.pipeline"]


@pytest.mark.parametrize("name", MODULES)
def test_all_names_exist(name: str) -> None:
    module = importlib.import_module(name)
    for member in module.__all__:
        assert hasattr(module, member), f"{name}.__all__ names missing {member}"


def test_package_exports_the_record_types() -> None:
    import akhbar

    assert {"Article", "Paragraph", "Quote", "Entity", "Removed", "Source"} <= set(akhbar.__all__)
