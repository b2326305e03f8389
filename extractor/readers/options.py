"""How to read: one typed object passed by the caller through ``read``, ``extract`` and the batch runner.

Nothing here is read from the environment; the CLI turns its options (and their environment defaults)
into a ``ReadOptions``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .limits import DEFAULT_LIMITS, Limits

PdfEngine = Literal["pdfium", "pdfplumber"]
PDF_ENGINES: tuple[str, ...] = ("pdfium", "pdfplumber")
OcrMode = Literal["auto", "always", "never"]
OCR_MODES: tuple[str, ...] = ("auto", "always", "never")


@dataclass(frozen=True)
class ReadOptions:
    """limits: resource limits per file (``Limits``).
    password: for encrypted PDFs.
    pdf_engine: which library reads a PDF's words: "pdfium" (pypdfium2, the default: about 15 times
        faster, the same blocks on the labelled corpus) or "pdfplumber". A file pdfium has to repair
        (damaged cross-reference table) is read by pdfplumber either way.
    ocr: when pages are read by OCR (Tesseract): "auto" (the default) a PDF page without a usable text
        layer (no characters, only a few over a scanned image, or garbage) and every image file;
        "always" every page, its text layer ignored; "never" none (a scan is then ``no_text_layer``).
    ocr_lang: Tesseract's language(s), "+"-joined ("deu", "deu+eng").
    ocr_dpi: the resolution PDF pages are rendered at for OCR; image files above it are scaled down
        to it.
    """
    limits: Limits = DEFAULT_LIMITS
    password: str | None = None
    pdf_engine: PdfEngine = "pdfium"
    ocr: OcrMode = "auto"
    ocr_lang: str = "deu"
    ocr_dpi: int = 300

    def __post_init__(self) -> None:
        if self.pdf_engine not in PDF_ENGINES:
            raise ValueError(f"pdf_engine must be one of {', '.join(PDF_ENGINES)}, not {self.pdf_engine!r}")
        if self.ocr not in OCR_MODES:
            raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {self.ocr!r}")
        if not 50 <= self.ocr_dpi <= 1200:
            raise ValueError(f"ocr_dpi must be between 50 and 1200, not {self.ocr_dpi!r}")
        if not all(part.isidentifier() for part in self.ocr_lang.split("+")):
            raise ValueError(f"ocr_lang must be Tesseract language names joined by '+', not {self.ocr_lang!r}")


DEFAULT_OPTIONS = ReadOptions()
