"""Word 97-2003 (.doc, OLE2 binary): converted to docx by LibreOffice (``converted``). Before LibreOffice
starts, olefile opens the container: a damaged one is ``corrupt``, an OLE2 file without a WordDocument
stream (Excel, PowerPoint) ``unsupported``, and a password-protected document ``encrypted`` (the FIB's
fEncrypted flag)."""
from __future__ import annotations

import io
import struct
from pathlib import Path

import olefile

from extractor.core.document import Document
from extractor.core.errors import ExtractionError

from .converted import read_converted
from .options import ReadOptions

_FIB_FLAGS = 0x0A                 # FibBase: wIdent, nFib, unused, lid, pnNext, then the flags word
_F_ENCRYPTED = 0x0100             # fEncrypted: the document is encrypted (RC4 or XOR obfuscation)
_WORD_IDENT = 0xA5EC


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    if _encrypted(data, path):
        raise ExtractionError("encrypted", "password-protected Word 97-2003 document", path)
    return read_converted(path, data, options, name="doc", title="Word 97-2003 document")


def _encrypted(data: bytes, path: Path) -> bool:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise ExtractionError("unsupported", "an Office 97-2003 file that is not a Word document "
                                                     "(Excel, PowerPoint ...)", path)
            with ole.openstream("WordDocument") as stream:
                fib = stream.read(_FIB_FLAGS + 2)
    except ExtractionError:
        raise
    except Exception as exc:  # olefile raises OSError, struct.error, IndexError, ... on damaged files
        raise ExtractionError("corrupt", f"damaged OLE2 container ({type(exc).__name__}: {exc})"[:300],
                              path) from None
    if len(fib) < _FIB_FLAGS + 2 or struct.unpack_from("<H", fib)[0] != _WORD_IDENT:
        raise ExtractionError("corrupt", "the WordDocument stream does not start with a Word FIB", path)
    return bool(struct.unpack_from("<H", fib, _FIB_FLAGS)[0] & _F_ENCRYPTED)
