"""Imports every command module so that each registers its commands on the app."""

from __future__ import annotations

from akhbar.cli import (
    corpus,  # noqa: F401
    process,  # noqa: F401
)
