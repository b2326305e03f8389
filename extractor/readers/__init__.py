"""Readers: one module per format behind one entry point, ``read(path, options) -> Document`` (which is
``load``, the file's bytes, then ``decode``, those bytes into a Document).

The format is chosen by content (``formats.sniff``); the extension is only a hint, so a .pdf that is
really a .docx is still read (with a ``format_mismatch`` warning). Each reader module has
``read(path, data, options) -> Document``; ``formats.FORMATS`` says which module reads what.
"""
from __future__ import annotations

from importlib import import_module
from pathlib import Path

from extractor.core.document import Document
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from .files import check_file, open_checked, read_at_most, read_chunk
from .limits import DEFAULT_LIMITS, MB, Limits
from .formats import HEAD_BYTES, TEXT, by_suffix, looks_like_text, sniff
from .options import DEFAULT_OPTIONS, ReadOptions

__all__ = ["read", "load", "decode", "ReadOptions", "DEFAULT_OPTIONS", "Limits", "DEFAULT_LIMITS"]


def read(path: str | Path, options: ReadOptions = DEFAULT_OPTIONS) -> Document:
    """Read one file into a ``Document``; raise ``ExtractionError`` with a stable code on failure."""
    return decode(path, load(path, options), options)


def load(path: str | Path, options: ReadOptions = DEFAULT_OPTIONS) -> bytes:
    """The file's bytes, within the size limits (the filesystem half of ``read``: a cluster import loads
    a file on one machine and decodes it on another)."""
    path = Path(path)
    limits = options.limits
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
    return data


def decode(path: str | Path, data: bytes, options: ReadOptions = DEFAULT_OPTIONS) -> Document:
    """A ``Document`` from the bytes ``load`` returned; ``path`` names the file (its suffix is a hint,
    and it becomes the record's ``source.file``)."""
    path = Path(path)
    hinted = by_suffix(path)
    fmt = sniff(data, path)
    if fmt is TEXT and hinted is not None and hinted is not TEXT:
        raise ExtractionError("corrupt", f"named .{hinted.name} but the content is not a {hinted.name.upper()} file",
                              path)
    doc = import_module(f"{__name__}.{fmt.reader}").read(path, data, options)
    if hinted is not None and hinted is not fmt:
        doc.warnings.append(RecordWarning(
            code="format_mismatch",
            message=f"named .{path.suffix.lstrip('.').lower()} but the content is {fmt.name}; read as {fmt.name}"))
    return doc
