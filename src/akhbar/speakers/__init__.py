"""Speakers across articles: one person per speaker, with aliases, dated roles and merge evidence."""

from __future__ import annotations

from akhbar.speakers.resolve import Resolution, resolve_mentions, resolve_store

__all__ = ["Resolution", "resolve_mentions", "resolve_store"]
