"""Formats read by converting them to .docx with LibreOffice and reading that with the docx reader, so
headings, lists and tables survive (a text-only route loses what the section splitter needs)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from extractor.core.document import Document

from . import docx
from .files import sha256_of
from .libreoffice import convert
from .options import ReadOptions


def read_converted(path: Path, data: bytes, options: ReadOptions, *, name: str, title: str) -> Document:
    """The Document of a .doc/.rtf: LibreOffice's docx, read by the docx reader, with ``meta`` naming the
    original file (format ``name``, its hash and size)."""
    converted = convert(data, f".{name}", "docx", title, path, options.limits)
    doc = docx.read(path, converted, options)
    doc.meta = dataclasses.replace(doc.meta, format=name, sha256=sha256_of(data), size=len(data))
    return doc
