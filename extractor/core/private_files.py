"""Files that hold report data (the database, exports, check pages, converted records) are written
readable and writable by their owner only (mode 0600), whatever the umask, because unredacted
reports name people. The commands take ``--file-mode`` to ask for another mode (e.g. 0640 for a group).

The mode is set on every file written, also when an existing file is overwritten (it now holds the
new data); a file owned by someone else keeps its mode (only its owner may change it).
"""
from __future__ import annotations

import io
import os
from pathlib import Path
from typing import IO

DEFAULT_MODE = 0o600


def _open(path: Path, mode: int) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0), mode)
    try:
        os.fchmod(fd, mode)  # the umask may have taken bits away, or the file existed with another mode
    except PermissionError:
        pass
    return fd


def open_text(path: Path, mode: int = DEFAULT_MODE, newline: str | None = "") -> IO[str]:
    """A text file (UTF-8) opened for writing with ``mode``."""
    return io.open(_open(path, mode), "w", encoding="utf-8", newline=newline)


def open_binary(path: Path, mode: int = DEFAULT_MODE) -> IO[bytes]:
    return io.open(_open(path, mode), "wb")


def write_bytes(path: Path, data: bytes, mode: int = DEFAULT_MODE) -> None:
    with open_binary(path, mode) as fh:
        fh.write(data)


def create_empty(path: Path, mode: int = DEFAULT_MODE) -> None:
    """Create ``path`` with ``mode`` if it does not exist (a database file before its engine opens it)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
    except FileExistsError:
        return
    try:
        os.fchmod(fd, mode)
    finally:
        os.close(fd)
