"""What every reader shares: limits, file checks, hashing, list-marker detection."""
from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from extractor.core.errors import ExtractionError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits for reading one file. Each default is far above any real report and low enough
    that a hostile or broken file is refused within seconds and a few hundred MB of memory (measured on
    the 2-core, 24 GB development machine). All are settings: ``read(path, limits=Limits(max_pages=500))``,
    ``extract(..., limits=...)``, and the batch runner's ``limits``.

    max_file_bytes (100 MB): the raw file, checked with stat() before a byte is read. The whole file is
        held in memory while it is read, so this bounds the input's memory. Reports with photos are a
        few MB; a 200-page scan reaches 50-80 MB.
    max_txt_bytes (20 MB): a plain-text file (known from its first bytes) larger than this is refused
        before it is read. 20 MB is some 10,000 pages of text; decoding and analysing it would take
        minutes.
    max_text_chars (2,000,000): extracted text, any format (~800 dense pages; a KFD report has 10,000
        to 50,000). The NLP and field rules run at about 20 s and 50 MB per million characters, so this
        keeps one file under a minute, the import's default per-file timeout.
    max_pages (2,000): PDF pages, from the page tree's /Count before any page is read, then counted.
    max_page_objects (100,000): objects (glyphs, paths, images, form uses) one PDF page may draw.
        pdfminer interprets content streams in pure Python (~0.1 ms per object: 300,000 tiny rectangles
        took 29 s); a real text page draws a few thousand glyphs. A page over the limit is skipped
        with a warning; a file whose every page is over it is ``too_large``.
    max_seconds (120): wall-clock budget for reading one PDF's pages or one docx body (a real PDF page
        takes 0.05-0.5 s, a docx paragraph 0.2 ms, so 120 s is hundreds of pages). Text is bounded by
        its size.
    max_inflated_bytes (200 MB): docx, the declared uncompressed size of all zip members together.
    max_compression_ratio (200): docx, a member over 1 MB that inflates more than this is a zip bomb
        (XML deflates 5-20 times, images barely).
    max_xml_bytes (50 MB): docx, one XML part, uncompressed (large documents have 5-20 MB). Parsed,
        86 MB of XML took 1.3 GB of memory.
    max_zip_members (5,000): docx, zip members (tens of parts, a few hundred with many images).
    """
    max_file_bytes: int = 100 * MB
    max_txt_bytes: int = 20 * MB
    max_text_chars: int = 2_000_000
    max_pages: int = 2_000
    max_page_objects: int = 100_000
    max_seconds: float = 120.0
    max_inflated_bytes: int = 200 * MB
    max_compression_ratio: int = 200
    max_xml_bytes: int = 50 * MB
    max_zip_members: int = 5_000


DEFAULT_LIMITS = Limits()

# A list marker at the start of a line: bullets, dashes, "1.", "1)", "a)", "IV.".
LIST_MARKER = re.compile(
    r"^\s*(?:[•◦▪▫‣●○■□✓➢➤►–—\-*·]"      # bullets and dashes
    r"|\(?\d{1,2}(?:\.\d{1,2})*[.)]"         # 1.  1)  (1)  1.2.
    r"|\d{1,2}(?:\.\d{1,2})+"               # 1.2
    r"|\(?[a-zA-Z][.)]"                     # a)  a.  (c)
    r"|\(?(?:[IVX]{1,4}|[ivx]{1,4})[.)])"   # IV.  iv)
    r"\s+")


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
