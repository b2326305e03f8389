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


@dataclass(frozen=True)
class ReadOptions:
    """limits: resource limits per file (``Limits``).
    password: for encrypted PDFs.
    pdf_engine: which library reads a PDF's words: "pdfium" (pypdfium2, the default: about 15 times
        faster, the same blocks on the labelled corpus) or "pdfplumber". A file pdfium has to repair
        (damaged cross-reference table) is read by pdfplumber either way.
    """
    limits: Limits = DEFAULT_LIMITS
    password: str | None = None
    pdf_engine: PdfEngine = "pdfium"

    def __post_init__(self) -> None:
        if self.pdf_engine not in PDF_ENGINES:
            raise ValueError(f"pdf_engine must be one of {', '.join(PDF_ENGINES)}, not {self.pdf_engine!r}")


DEFAULT_OPTIONS = ReadOptions()
