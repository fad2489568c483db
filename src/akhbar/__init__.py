"""akhbar: raw scraped Arabic news in, clean structured records and who said what out."""

from __future__ import annotations

import logging

from akhbar.records import SCHEMA_VERSION, Article, Entity, Paragraph, Quote, Removed, Source

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Entity",
    "Paragraph",
    "Quote",
    "Removed",
    "Source",
    "__version__",
]

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
