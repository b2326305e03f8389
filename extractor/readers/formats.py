"""The format table: every input format the readers know, in the order content is sniffed.

Everything else about formats comes from here: which files a folder walk takes (``suffixes``), how
content is recognised (``magic`` on the first bytes, ``member`` for zip containers), which module
reads it, the record's ``source.format`` values (the names of readable formats), and the message for
a format that is recognised but not read.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from extractor.core.errors import ExtractionError

HEAD_BYTES = 1024  # where magic bytes are looked for ("%PDF-" may follow some junk)
_MEMBER_HEAD = 256
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")[:-1]  # the stream of an OOXML file saved with a password


@dataclass(frozen=True)
class Format:
    name: str                             # "pdf": the record's source.format
    title: str                            # for messages: "PDF"
    suffixes: tuple[str, ...]             # file names a folder walk takes (readable formats only)
    magic: Callable[[bytes], bool]        # do the first HEAD_BYTES bytes name this format?
    member: str | None = None             # zip containers: the member that tells this format apart
    member_content: bytes | None = None   # ... and what it must hold (OpenDocument's "mimetype" member)
    marker: bytes | None = None           # bytes the content must also hold somewhere
    reader: str | None = None             # module of extractor.readers with read(path, data, options)
    refusal: tuple[str, str] | None = None  # (error code, message) for a format recognised but not read

    @property
    def readable(self) -> bool:
        return self.reader is not None


def _is_pdf(head: bytes) -> bool:
    return b"%PDF-" in head


def _is_zip(head: bytes) -> bool:
    return head.startswith(_ZIP)


def _is_ole(head: bytes) -> bool:
    return head.startswith(_OLE)


def _is_rtf(head: bytes) -> bool:
    return head.startswith(b"{\\rtf")


def _is_png(head: bytes) -> bool:
    return head.startswith(b"\x89PNG\r\n\x1a\n")


def _is_jpeg(head: bytes) -> bool:
    return head.startswith(b"\xff\xd8\xff")


def _is_tiff(head: bytes) -> bool:
    return head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")  # classic and BigTIFF


FORMATS: tuple[Format, ...] = (
    Format("pdf", "PDF", (".pdf",), _is_pdf, reader="pdf"),
    Format("docx", "Word document", (".docx",), _is_zip, member="word/document.xml", reader="docx"),
    Format("odt", "OpenDocument text", (".odt",), _is_zip, member="mimetype",
           member_content=b"application/vnd.oasis.opendocument.text", reader="odt"),
    Format("opendocument", "OpenDocument file", (), _is_zip, member="mimetype",
           refusal=("unsupported", "an OpenDocument file that is not text (spreadsheet, presentation, drawing ...)")),
    Format("zip", "zip archive", (), _is_zip,
           refusal=("unsupported", "a zip archive that is not a Word or OpenDocument text document")),
    Format("encrypted-office", "encrypted Office document", (), _is_ole, marker=_ENCRYPTED_PACKAGE,
           refusal=("encrypted", "password-protected Word document")),
    # Any other OLE2 file: the doc reader tells Word from Excel/PowerPoint by the streams inside.
    Format("doc", "Word 97-2003 document", (".doc",), _is_ole, reader="doc"),
    Format("rtf", "RTF document", (".rtf",), _is_rtf, reader="rtf"),
    # Scans sent as images: every page is read by OCR.
    Format("png", "PNG image", (".png",), _is_png, reader="image"),
    Format("jpeg", "JPEG image", (".jpg", ".jpeg"), _is_jpeg, reader="image"),
    Format("tiff", "TIFF image", (".tif", ".tiff"), _is_tiff, reader="image"),
    # Plain text is what no other format claims; it comes last.
    Format("txt", "text", (".txt", ".text"), lambda head: True, reader="txt"),
)
TEXT = FORMATS[-1]

BY_NAME: dict[str, Format] = {f.name: f for f in FORMATS}
READABLE: tuple[str, ...] = tuple(f.name for f in FORMATS if f.readable)
SUFFIXES: dict[str, Format] = {s: f for f in FORMATS if f.readable for s in f.suffixes}


def by_suffix(path: Path | str) -> Format | None:
    """The readable format a file name suggests, or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def looks_like_text(head: bytes) -> bool:
    """True when the first bytes name no container format: the file is read as text."""
    return not any(f.magic(head) for f in FORMATS if f is not TEXT)


class _Probe:
    """The content as the sniffers see it; a zip's member names are read once, when first asked."""

    def __init__(self, data: bytes, path: Path | str | None):
        self.data = data
        self.head = data[:HEAD_BYTES]
        self.path = path

    @cached_property
    def zip_members(self) -> frozenset[str]:
        try:
            return frozenset(zipfile.ZipFile(io.BytesIO(self.data)).namelist())
        except Exception as exc:  # zipfile raises BadZipFile, NotImplementedError, EOFError, ... on damaged headers
            raise ExtractionError("corrupt", f"damaged zip container ({type(exc).__name__}: {exc})"[:300],
                                  self.path) from None

    def member_head(self, name: str) -> bytes:
        """The first bytes of a zip member (an OpenDocument mimetype is 39 bytes; only that much is read)."""
        try:
            with zipfile.ZipFile(io.BytesIO(self.data)).open(name) as fh:
                return fh.read(_MEMBER_HEAD)
        except Exception as exc:  # as above, and zlib.error for a damaged member
            raise ExtractionError("corrupt", f"damaged zip member {name} ({type(exc).__name__}: {exc})"[:300],
                                  self.path) from None

    def matches(self, fmt: Format) -> bool:
        if not fmt.magic(self.head):
            return False
        if fmt.member is not None and fmt.member not in self.zip_members:
            return False
        if fmt.member_content is not None and self.member_head(fmt.member).strip() != fmt.member_content:
            return False
        return fmt.marker is None or fmt.marker in self.data


def sniff(data: bytes, path: Path | str | None = None) -> Format:
    """The format of ``data`` by content; raises ``unsupported``/``encrypted`` for formats not read and
    ``corrupt`` for a damaged container."""
    probe = _Probe(data, path)
    fmt = next(f for f in FORMATS if probe.matches(f))
    if fmt.refusal is not None:
        code, message = fmt.refusal
        raise ExtractionError(code, message, path)
    return fmt
