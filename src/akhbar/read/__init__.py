"""Reading inputs into pages: files, directories, stdin, gzip; text and JSON records; encodings."""

from __future__ import annotations

from akhbar.read.decode import decode_bytes
from akhbar.read.sources import MAX_PAGE_BYTES, JsonFields, Page, iter_pages

__all__ = ["MAX_PAGE_BYTES", "JsonFields", "Page", "decode_bytes", "iter_pages"]
