"""PDF: words with font info -> visual lines -> paragraph blocks, without running headers/footers.

Three stages; only the first knows a PDF library:

1. An engine reads every page's words and ruling lines (``words.PageWords``, the contract both share):
   pdfium (``engine_pdfium``, the default) or pdfplumber (``engine_pdfplumber``), chosen by
   ``ReadOptions.pdf_engine``. A file pdfium declines (a damaged cross-reference table) is read by
   pdfplumber. Errors become ``ExtractionError``s there, and the work per page is bounded. Then
   ``engine_ocr`` reads the pages without a usable text layer by OCR (``ReadOptions.ocr``), into
   the same ``PageWords``.
2. ``lines``: words into visual lines in reading order: ruled tables cell by cell (``tables``),
   pages set in columns column by column (``columns``), two-column table rows cut into cells, a
   heading run into a line's end cut off; running headers, footers and page numbers removed.
3. ``blocks``: lines into paragraphs, list items, heading candidates and table cells, with
   end-of-line hyphenation undone.

``layout.layout`` runs stages 2 and 3 for any ``PageWords``; their thresholds are ``LayoutSettings``.
``document.build_document`` makes the ``Document`` from them, for PDFs and image files alike.
"""
from __future__ import annotations

from pathlib import Path

from extractor.core.document import Document
from extractor.core.warnings import RecordWarning

from ..options import ReadOptions
from . import engine_ocr, engine_pdfium, engine_pdfplumber
from .document import build_document
from .words import Engine

ENGINES: dict[str, Engine] = {"pdfium": engine_pdfium.extract_pages, "pdfplumber": engine_pdfplumber.extract_pages}


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    warnings: list[RecordWarning] = []
    pages = ENGINES[options.pdf_engine](path, data, options, warnings)
    if pages is None:  # declined: the pdfplumber engine's handling of damaged files takes it
        pages = engine_pdfplumber.extract_pages(path, data, options, warnings)
    ocr = engine_ocr.ocr_pages(path, data, pages, options, warnings)
    return build_document(pages, warnings, path=path, data=data, fmt="pdf", limits=options.limits, ocr=ocr)
