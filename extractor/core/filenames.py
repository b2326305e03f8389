"""File names as the system stores and shows them.

A POSIX file name is bytes; Python hands a name that is not valid UTF-8 to us with lone surrogates
("\\udcfc" for a Latin-1 "ü"), which no database, JSON file or terminal accepts. So:

- ``as_text`` is the name as valid Unicode text: what is stored in ``path`` columns, records and
  exports. Undecodable bytes appear as ``\\xNN``; every other character is kept as it is.
- ``raw_name`` is the name's exact bytes, kept beside the text where the two differ (lossless).
- ``shown`` is what goes to a terminal, a one-line message, a spreadsheet cell or a page: control
  characters (an ESC starting a terminal escape sequence, a newline, a NUL) and the bidirectional
  overrides that can make "gnp.exe" look like "exe.png" are written out as ``\\x1b``, ``\\u202e``.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

# C0 controls, DEL, C1 controls, and the Unicode bidirectional embedding/override/isolate controls.
_CONTROLS = "\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(f"[{_CONTROLS}]")


def _bytes(path: str | os.PathLike[str] | bytes) -> bytes:
    value = os.fspath(path)
    if isinstance(value, bytes):
        return value
    try:
        return value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that no byte stands for (from a message, not a name)
        return value.encode("utf-8", "surrogatepass")


def as_text(path: str | os.PathLike[str] | bytes) -> str:
    """The name as valid Unicode text; bytes that are not UTF-8 become ``\\xNN``."""
    return _bytes(path).decode("utf-8", "backslashreplace")


def raw_name(path: str | os.PathLike[str] | bytes) -> bytes | None:
    """The name's bytes when ``as_text`` cannot give them back (not valid UTF-8), else None."""
    raw = _bytes(path)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    return None


def fs_path(text: str, raw: bytes | None = None) -> Path:
    """The path to open for a stored name (its bytes when they were kept)."""
    return Path(os.fsdecode(raw)) if raw is not None else Path(text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str | os.PathLike[str], keep: str = "") -> str:
    """``text`` safe to print or to put in a cell: control characters written out as escapes, except
    those in ``keep`` (e.g. "\\n\\t" for multi-line cell text). Names are first made valid text."""
    value = as_text(text) if not isinstance(text, str) or _has_surrogates(text) else text
    if keep:
        return _CONTROL.sub(lambda m: m.group(0) if m.group(0) in keep else _escape(m), value)
    return _CONTROL.sub(_escape, value)


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)
