"""One exception root for akhbar.

    AkhbarError
    ├── InputError          an input (file or record) cannot be read or decoded
    │   ├── DecodeError     bytes that no supported encoding explains
    │   └── RecordError     a JSON Lines record that is broken or lacks the text field
    ├── ConfigError         a bad setting or option value
    └── StoreError          the corpus store cannot do what was asked
"""

from __future__ import annotations

__all__ = ["AkhbarError", "ConfigError", "DecodeError", "InputError", "RecordError", "StoreError"]


class AkhbarError(Exception):
    """Root of every error akhbar raises on purpose."""


class InputError(AkhbarError):
    """An input cannot be read; names the file (and record) and the reason."""

    def __init__(self, path: str, reason: str, record: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.record = record
        where = f"{path}:{record}" if record is not None else path
        super().__init__(f"{where}: {reason}")


class DecodeError(InputError):
    """The bytes of an input fit no supported encoding."""


class RecordError(InputError):
    """A JSON Lines record is malformed or lacks its text."""


class ConfigError(AkhbarError):
    """An option or setting has a value akhbar cannot use."""


class StoreError(AkhbarError):
    """The corpus store failed or holds data of another version."""
