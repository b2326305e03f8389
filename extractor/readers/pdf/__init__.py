"""PDF: words with font info -> visual lines -> paragraph blocks, without running headers/footers.

Three stages; only the first knows a PDF library:

1. An engine reads every page's words (``words.PageWords``, the contract both share): pdfium
   (``engine_pdfium``, the default) or pdfplumber (``engine_pdfplumber``), chosen by
   ``ReadOptions.pdf_engine``. A file pdfium declines (a damaged cross-reference table) is read by
   pdfplumber. Errors become ``ExtractionError``s there, and the work per page is bounded.
2. ``lines``: words into visual lines (``tables``: two-column table rows cut into cells);
   running headers, footers and page numbers removed.
3. ``blocks``: lines into paragraphs, list items, heading candidates and table cells, with
   end-of-line hyphenation undone.

``layout.layout`` runs stages 2 and 3 for any ``PageWords``; their thresholds are ``LayoutSettings``.
"""
from __future__ import annotations

from pathlib import Path

from extractor.core.document import Document, DocumentBuilder, DocumentMeta
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from ..files import sha256_of
from ..limits import Limits
from ..options import ReadOptions
from . import engine_pdfium, engine_pdfplumber
from .layout import layout
from .words import UNMAPPED, Engine, PageWords

ENGINES: dict[str, Engine] = {"pdfium": engine_pdfium.extract_pages, "pdfplumber": engine_pdfplumber.extract_pages}
_UNMAPPED_SHARE = 0.1       # more unmapped words than this: warn that the text may be garbled


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    warnings: list[RecordWarning] = []
    pages = ENGINES[options.pdf_engine](path, data, options, warnings)
    if pages is None:  # declined: the pdfplumber engine's handling of damaged files takes it
        pages = engine_pdfplumber.extract_pages(path, data, options, warnings)
    _refuse_without_text(pages, warnings, options.limits, path)
    warnings += _coverage_warnings(pages)
    result = layout(pages)
    builder = DocumentBuilder()
    for b in result.blocks:
        builder.add(b.kind, b.text, page=b.page, gap_before=b.gap_before, keep_newlines=b.table is not None,
                    bold=b.bold, font_size=b.font_size, level=b.level, indent=b.indent, table=b.table, row=b.row,
                    col=b.col)
    meta = DocumentMeta(path=str(path), format="pdf", sha256=sha256_of(data), size=len(data),
                        pages=len(pages), encoding=None, removed=result.removed)
    return builder.build(meta, warnings)


def _refuse_without_text(pages: list[PageWords], warnings: list[RecordWarning], limits: Limits, path: Path) -> None:
    """Raise the reason when no page has words, or when they exceed the text limit."""
    if not any(p.words for p in pages):
        if any(w.code == "page_skipped" for w in warnings):
            raise ExtractionError("too_large", "every page with content exceeds the object limit "
                                  f"({limits.max_page_objects:,} per page)", path)
        if any(w.code == "page_unreadable" for w in warnings):
            raise ExtractionError("corrupt", "no page could be read: " + warnings[0].message, path)
        if any(p.rotated for p in pages):
            raise ExtractionError("unsupported", "the only text in this PDF is rotated (vertical)", path)
        raise ExtractionError("no_text_layer", "no text layer (scanned?); OCR needed", path)
    text_chars = sum(len(w.text) for p in pages for w in p.words)
    if text_chars > limits.max_text_chars:
        raise ExtractionError("too_large", f"{text_chars:,} characters exceed the limit of "
                              f"{limits.max_text_chars:,}", path)


def _coverage_warnings(pages: list[PageWords]) -> list[RecordWarning]:
    """What the words do not cover: garbled glyphs, rotated text, pages without text."""
    warnings = []
    unmapped = sum(1 for p in pages for w in p.words if UNMAPPED.search(w.text))
    if unmapped > _UNMAPPED_SHARE * sum(len(p.words) for p in pages):
        warnings.append(RecordWarning(code="unmapped_glyphs", message=f"{unmapped:,} words contain glyphs without "
                                      "a Unicode mapping (shown as '(cid:N)'); the text may be garbled"))
    turned = [str(p.number) for p in pages if p.rotated > len(p.words)]
    if turned:
        warnings.append(RecordWarning(code="rotated_text", message=f"most text on page(s) {', '.join(turned)} "
                                      "is rotated and was not read"))
    empty = [str(p.number) for p in pages if p.read and not p.words and not p.rotated]
    if empty:
        warnings.append(RecordWarning(code="page_without_text", message=f"no text on page(s) {', '.join(empty)} "
                                      "(scanned or image-only pages are not read)"))
    return warnings
