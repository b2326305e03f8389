"""Opening an input file safely: stat checks before a byte is read, bounded reads, the content hash."""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from extractor.core.errors import ExtractionError

from .limits import MB, Limits


def check_file(path: Path, limits: Limits) -> os.stat_result:
    """Refuse what is not a readable, non-empty regular file within the size limit (from stat alone)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ExtractionError("not_found", "no such file", path) from None
    except PermissionError:
        raise ExtractionError("permission", "permission denied", path) from None
    except OSError as exc:  # symlink loops, name too long, ...
        raise ExtractionError("not_a_file", exc.strerror or str(exc), path) from None
    _check_stat(st, path, limits)
    if not os.access(path, os.R_OK):
        raise ExtractionError("permission", "permission denied", path)
    return st


def _check_stat(st: os.stat_result, path: Path, limits: Limits) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise ExtractionError("not_a_file", "not a regular file (directory, FIFO, device or socket)", path)
    if st.st_size == 0:
        raise ExtractionError("empty", "the file is empty (0 bytes)", path)
    if st.st_size > limits.max_file_bytes:
        raise ExtractionError("too_large", f"{st.st_size / MB:.1f} MB exceeds the limit of "
                                           f"{limits.max_file_bytes / MB:.0f} MB", path)


@contextmanager
def open_checked(path: Path, limits: Limits) -> Iterator[tuple[BinaryIO, os.stat_result]]:
    """Open a file for reading and check what was opened (it may have changed since ``check_file``).

    O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise ExtractionError("not_found", "no such file", path) from None
    except PermissionError:
        raise ExtractionError("permission", "permission denied", path) from None
    except OSError as exc:
        raise ExtractionError("not_a_file", exc.strerror or str(exc), path) from None
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        _check_stat(st, path, limits)
        yield fh, st


def read_chunk(fh: BinaryIO, size: int, path: Path) -> bytes:
    """Up to ``size`` bytes from ``fh``; an I/O error becomes an ``ExtractionError``."""
    try:
        return fh.read(size)
    except OSError as exc:
        raise ExtractionError("permission" if isinstance(exc, PermissionError) else "not_a_file",
                              exc.strerror or str(exc), path) from None


def read_at_most(fh: BinaryIO, limit: int, path: Path) -> bytes:
    """The rest of ``fh``, refusing (without reading on) a file that grew past ``limit`` bytes."""
    data = read_chunk(fh, limit + 1, path)
    if len(data) > limit:
        raise ExtractionError("too_large", f"the file exceeds the limit of {limit / MB:.0f} MB", path)
    return data


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
