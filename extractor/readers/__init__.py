"""Readers: one module per format behind one entry point, ``read(path) -> Document``.

The format is chosen by content (magic bytes); the extension is only a hint,
so a .pdf that is really a .docx is still read (with a warning).
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from ..document import Document
from ..errors import ExtractionError
from .base import DEFAULT_LIMITS, MB, Limits, check_file, open_checked, read_at_most, read_chunk

SUPPORTED_SUFFIXES = {".txt": "txt", ".text": "txt", ".docx": "docx", ".pdf": "pdf"}

__all__ = ["read", "sniff", "Limits", "DEFAULT_LIMITS", "SUPPORTED_SUFFIXES"]


HEAD_BYTES = 1024  # where the magic bytes are looked for ("%PDF-" may follow some junk)
_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf")


def looks_like_text(head: bytes) -> bool:
    """False when the first bytes name a container format (pdf, zip, OLE, RTF); text is the rest."""
    return b"%PDF-" not in head[:HEAD_BYTES] and not head.startswith(_MAGIC)


def sniff(data: bytes, path: Path | str | None = None) -> str:
    """Return 'pdf', 'docx' or 'txt' from the content, or raise ``unsupported``/``encrypted``."""
    if b"%PDF-" in data[:HEAD_BYTES]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except Exception as exc:  # zipfile raises BadZipFile, NotImplementedError, EOFError, ... on damaged headers
            raise ExtractionError("corrupt", f"damaged zip container ({type(exc).__name__}: {exc})"[:300],
                                  path) from None
        if "word/document.xml" in names:
            return "docx"
        if "content.xml" in names:
            raise ExtractionError("unsupported", "OpenDocument file (.odt); save it as .docx", path)
        raise ExtractionError("unsupported", "a zip archive that is not a Word document", path)
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise ExtractionError("encrypted", "password-protected Word document", path)
        raise ExtractionError("unsupported", "legacy binary Word/Office file (.doc); save it as .docx", path)
    if data.startswith(b"{\\rtf"):
        raise ExtractionError("unsupported", "RTF document; save it as .docx", path)
    return "txt"


def read(path: str | Path, *, limits: Limits = DEFAULT_LIMITS, password: str | None = None) -> Document:
    """Read one file into a ``Document``; raise ``ExtractionError`` with a stable code on failure."""
    path = Path(path)
    check_file(path, limits)
    with open_checked(path, limits) as (fh, st):
        head = read_chunk(fh, HEAD_BYTES, path)
        # Plain text has its own, lower size limit, checked before the rest is read.
        if looks_like_text(head) and st.st_size > limits.max_txt_bytes:
            raise ExtractionError("too_large", f"{st.st_size / MB:.1f} MB of plain text exceeds the limit of "
                                               f"{limits.max_txt_bytes / MB:.0f} MB", path)
        data = head + read_at_most(fh, limits.max_file_bytes - len(head), path)
    if not data:  # emptied after stat()
        raise ExtractionError("empty", "the file is empty (0 bytes)", path)
    hinted = SUPPORTED_SUFFIXES.get(path.suffix.lower())
    fmt = sniff(data, path)
    if fmt == "txt" and hinted in ("pdf", "docx"):
        raise ExtractionError("corrupt", f"named .{hinted} but the content is not a {hinted.upper()} file", path)
    if fmt == "pdf":
        from . import pdf as reader
        doc = reader.read(path, data, limits, password=password)
    elif fmt == "docx":
        from . import docx as reader
        doc = reader.read(path, data, limits)
    else:
        from . import txt as reader
        doc = reader.read(path, data, limits)
    if hinted and hinted != fmt:
        doc.warnings.append({"code": "format_mismatch",
                             "message": f"named .{path.suffix.lstrip('.').lower()} but the content is {fmt}; "
                                        f"read as {fmt}", "section": None})
    return doc
