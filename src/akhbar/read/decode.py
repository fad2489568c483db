"""Bytes to text: BOMs first, then strict UTF-8, then charset-normalizer among Arabic code pages."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from akhbar.errors import DecodeError

__all__ = ["decode_bytes"]

# Legacy encodings Arabic pages come in; charset-normalizer chooses among these when UTF-8 fails.
ARABIC_CODEPAGES = ["cp1256", "iso8859_6", "utf_16_le", "utf_16_be", "cp720", "mac_arabic"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# C0 controls that text does not hold (tab, newlines, form feed and carriage return are text).
_CONTROLS = bytes(b for b in range(32) if b < 9 or b > 13)


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 controls in the first 8 KiB mean a binary file (UTF-16 has a BOM)."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))  # counted in C: once per JSONL line
    return controls > max(8, len(head) // 100)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes almost all at one parity (ASCII spaces and digits)."""
    head = data[:8192]
    nuls = head.count(b"\x00")
    if len(head) < 4 or nuls < len(head) // 20:
        return None
    even = head[0::2].count(b"\x00")
    if even >= 0.9 * nuls:
        return "utf-16-be"
    if nuls - even >= 0.9 * nuls:
        return "utf-16-le"
    return None


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode an input's bytes; returns (text, encoding used) or raises DecodeError naming path."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(path, f"cannot decode as {encoding}: {exc}") from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(path, f"broken {name} after its byte-order mark: {exc}") from exc
    utf16 = _bomless_utf16(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise DecodeError(path, "binary data, not text (NUL or control bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Scrapes cut pages mid-character: UTF-8 with a few broken bytes is still UTF-8.
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if broken <= max(3, len(data) // 10_000) and data.count(b"\xef\xbf\xbd") < broken:
        return text, f"utf-8 ({broken} invalid bytes replaced)"
    guess = from_bytes(data[:1_000_000], cp_isolation=ARABIC_CODEPAGES).best()
    if guess is None or guess.encoding is None:
        raise DecodeError(
            path,
            f"invalid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) "
            "and no Arabic code page fits; pass --encoding",
        )
    try:
        return data.decode(guess.encoding), guess.encoding
    except UnicodeDecodeError as exc:
        raise DecodeError(path, f"invalid UTF-8 and not {guess.encoding} either: {exc}") from exc
