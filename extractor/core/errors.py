"""Typed errors: one stable ``code`` shared by the CLI, the batch runner and the database."""
from __future__ import annotations

from pathlib import Path

from .filenames import as_text, shown

# Stable error codes. Add new ones here; never rename an existing one (they are stored in databases).
CODES = {
    "not_found": "the file does not exist",
    "permission": "the file cannot be read (permission denied)",
    "not_a_file": "the path is not a regular file",
    "empty": "the file is empty",
    "unsupported": "the file format is not supported",
    "corrupt": "the file is damaged or not what its name says",
    "encrypted": "the file is password protected",
    "no_text_layer": "the PDF has no text layer (scanned image); OCR needed",
    "too_large": "the file exceeds a size limit",
    "timeout": "the file took longer than the time limit",
    "decode": "the text encoding could not be determined",
    "hostile": "the file contains constructs refused for safety",
    "invalid_record": "the extracted record failed validation",
    "internal": "unexpected internal error",
    "ocr_unavailable": "a page needs OCR but Tesseract or its language data is not installed",
    "write_failed": "the output file could not be written",
    "converter_unavailable": "the program that converts this format (LibreOffice) is not installed",
}


class ExtractionError(Exception):
    """An error tied to one input file, with a stable ``code``."""

    def __init__(self, code: str, message: str, path: str | Path | None = None):
        if code not in CODES:
            raise ValueError(f"unknown error code {code!r}")
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = as_text(path) if path is not None else None  # valid text, whatever bytes the name has

    def one_line(self) -> str:
        """One line for a terminal or a log: the name and message with control characters escaped."""
        where = f"{shown(self.path)}: " if self.path else ""
        return f"{where}error [{self.code}]: {shown(' '.join(self.message.split()))}"

    def __str__(self) -> str:
        return self.one_line()
