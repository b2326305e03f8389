"""What every reader shares: limits, file checks, hashing, list-marker detection."""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..errors import ExtractionError

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Resource limits applied while reading one file (sane defaults, all overridable)."""
    max_file_bytes: int = 100 * MB + 1      # a raw file larger than this is refused
    max_text_chars: int = 50_000_000         # decoded text larger than this is refused
    max_pages: int = 2_000                  # pdf pages
    max_inflated_bytes: int = 200 * MB      # docx: total uncompressed size of the zip members read
    max_compression_ratio: int = 200        # docx: a member inflating more than this is a zip bomb
    max_xml_bytes: int = 100 * MB           # docx: one XML part, uncompressed


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
    """Refuse what is not a readable, non-empty regular file within the size limit."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise ExtractionError("not_found", "no such file", path) from None
    except PermissionError:
        raise ExtractionError("permission", "permission denied", path) from None
    except OSError as exc:  # symlink loops, name too long, ...
        raise ExtractionError("not_a_file", exc.strerror or str(exc), path) from None
    if not stat.S_ISREG(st.st_mode):
        raise ExtractionError("not_a_file", "not a regular file (directory, FIFO, device or socket)", path)
    if st.st_size == 0:
        raise ExtractionError("empty", "the file is empty (0 bytes)", path)
    if st.st_size > limits.max_file_bytes:
        raise ExtractionError(
            "too_large", f"{st.st_size / MB:.1f} MB exceeds the limit of {limits.max_file_bytes / MB:.0f} MB", path)
    if not os.access(path, os.R_OK):
        raise ExtractionError("permission", "permission denied", path)
    return st


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise ExtractionError("permission", "permission denied", path) from None
    except OSError as exc:
        raise ExtractionError("not_a_file", exc.strerror or str(exc), path) from None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
