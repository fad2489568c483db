"""Inputs to pages: files, directories (recursive), `-` for stdin, `.gz`; plain text or JSON records.

A plain-text file is one article. A JSON Lines file (`.jsonl`, `.ndjson`) holds one article a
record, a `.json` file one record or a list of them; a record becomes the page
`title + "\\n\\n" + text` (field names configurable). Every failure is yielded as an
`InputError` naming the file (and record number), and reading goes on with the rest.
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import msgspec

from akhbar.errors import InputError, RecordError
from akhbar.read.decode import decode_bytes
from akhbar.records import Source

__all__ = ["MAX_PAGE_BYTES", "JsonFields", "Page", "iter_pages"]

# A single article larger than this is not an article; the limit is an option.
MAX_PAGE_BYTES = 5_000_000
_JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
# Containers that need their own reader (a later issue): refused with a clear reason, not read as text.
_NOT_YET = {".html", ".htm", ".xhtml", ".warc"}
# What a directory walk takes (named files are read whatever their suffix).
_PAGE_SUFFIXES = {".txt", ".text", "", *_JSON_SUFFIXES}


class JsonFields(msgspec.Struct, frozen=True, kw_only=True):
    """Which fields of a JSON record carry the page's parts (defaults fit ../shared/corpora)."""

    title: str = "title"
    text: str = "text"
    url: str = "url"
    published: str = "published"
    site: str = "source"


class Page(msgspec.Struct, frozen=True, kw_only=True):
    """One raw article as text, with where it came from; `published` is a hint from metadata."""

    text: str
    source: Source
    published: str | None = None
    title_known: bool = False


def iter_pages(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    fields: JsonFields | None = None,
    max_bytes: int = MAX_PAGE_BYTES,
) -> Iterator[Page | InputError]:
    """Yield a Page per article, or an InputError per input that cannot be read.

    Directories are walked recursively for `.txt`, `.jsonl`, `.ndjson` and `.json` files (also
    gzipped); gold files (`*.gold.json`) and hidden files are skipped.
    """
    fields = fields or JsonFields()
    for name in paths:
        for path in _expand(name):
            if isinstance(path, InputError):
                yield path
                continue
            yield from _read_one(path, encoding, fields, max_bytes)


def _expand(name: str) -> Iterator[str | InputError]:
    if name == "-":
        yield "-"
        return
    path = Path(name)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if (
                child.is_file()
                and not child.name.startswith(".")
                and not child.name.endswith(".gold.json")
                and _logical_suffix(str(child)) in _PAGE_SUFFIXES
            ):
                yield str(child)
    elif path.is_file():
        yield name
    else:
        yield InputError(name, "no such file or directory")


def _logical_suffix(path: str) -> str:
    """The suffix that says the format, looking through `.gz`."""
    p = Path(path)
    return Path(p.stem).suffix.lower() if p.suffix.lower() == ".gz" else p.suffix.lower()


def _read_bytes(path: str, max_bytes: int, whole: bool) -> bytes:
    raw: bytes
    if path == "-":
        raw = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as fh:
            raw = fh.read(max_bytes + 1) if whole else fh.read()
    if path.endswith(".gz"):
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as gz:
                raw = gz.read(max_bytes + 1) if whole else gz.read()
        except (OSError, EOFError, zlib.error) as exc:
            raise InputError(path, f"broken gzip data: {exc}") from exc
    return raw


def _read_one(
    path: str, encoding: str | None, fields: JsonFields, max_bytes: int
) -> Iterator[Page | InputError]:
    suffix = _logical_suffix(path)
    try:
        if suffix in _NOT_YET:
            raise InputError(
                path,
                f"{suffix} input is not read yet (HTML and WARC come in a later version); "
                "give the page's text instead",
            )
        if suffix in _JSON_SUFFIXES:
            yield from _read_json(path, suffix, encoding, fields)
            return
        data = _read_bytes(path, max_bytes, whole=True)
        if len(data) > max_bytes:
            raise InputError(
                path,
                f"larger than {max_bytes:,} bytes, too large for one article "
                "(raise the limit with --max-bytes)",
            )
        if not data.strip():
            raise InputError(path, "empty input")
        text, used = decode_bytes(data, path, encoding)
        yield Page(text=text, source=Source(path=path, encoding=used))
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(path, exc.strerror or str(exc))


def _lines(path: str) -> Iterator[bytes]:
    """Stream a JSON Lines file's lines (stdin and gzip included) without reading it whole."""
    if path == "-":
        yield from sys.stdin.buffer
    elif path.endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            yield from fh
    else:
        with open(path, "rb") as fh:
            yield from fh


def _read_json(
    path: str, suffix: str, encoding: str | None, fields: JsonFields
) -> Iterator[Page | InputError]:
    if suffix == ".json":
        text, _ = decode_bytes(_read_bytes(path, 0, whole=False), path, encoding)
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(path, f"not valid JSON: {exc}") from exc
        items = doc if isinstance(doc, list) else [doc]
        for n, item in enumerate(items, 1):
            yield _record_page(path, n, item, fields)
        return
    n = 0
    try:
        for n, line in enumerate(_lines(path), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(decode_bytes(line, f"{path}:{n}", encoding)[0])
            except json.JSONDecodeError as exc:
                yield RecordError(path, f"broken JSON line: {exc.msg} at column {exc.colno}", n)
                continue
            except InputError as exc:
                yield RecordError(path, exc.reason, n)
                continue
            yield _record_page(path, n, item, fields)
    except (OSError, EOFError, zlib.error) as exc:
        yield InputError(path, f"read failed after record {n}: {exc}")


def _record_page(path: str, n: int, item: object, fields: JsonFields) -> Page | InputError:
    if not isinstance(item, dict):
        return RecordError(path, "record is not a JSON object", n)
    body = item.get(fields.text)
    if not isinstance(body, str) or not body.strip():
        return RecordError(path, f"record has no text in field {fields.text!r}", n)
    title = item.get(fields.title)
    title = title.strip() if isinstance(title, str) else ""
    url = item.get(fields.url) if isinstance(item.get(fields.url), str) else None
    site = item.get(fields.site) if isinstance(item.get(fields.site), str) else None
    if site is None and url:
        site = urlsplit(url).hostname
    published = item.get(fields.published)
    return Page(
        text=f"{title}\n\n{body}" if title else body,
        source=Source(path=path, record=n, url=url, site=site, encoding="utf-8"),
        published=published if isinstance(published, str) else None,
        title_known=bool(title),
    )
