"""Page words into a ``Document``, whoever read them (a PDF's text layer, OCR of a PDF page or of an
image file): the one layout path, the refusal of a file without text, and the warnings about what the
words do not cover."""
from __future__ import annotations

from pathlib import Path

from extractor.core.document import Document, DocumentBuilder, DocumentMeta, OcrInfo
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from ..files import sha256_of
from ..limits import Limits
from .layout import layout
from .words import UNMAPPED, PageWords

_UNMAPPED_SHARE = 0.1       # more unmapped words than this: warn that the text may be garbled


def build_document(pages: list[PageWords], warnings: list[RecordWarning], *, path: Path, data: bytes, fmt: str,
                   limits: Limits, ocr: OcrInfo | None) -> Document:
    _refuse_without_text(pages, warnings, limits, path, ocr)
    warnings += _coverage_warnings(pages, ocr)
    result = layout(pages)
    builder = DocumentBuilder()
    for b in result.blocks:
        builder.add(b.kind, b.text, page=b.page, gap_before=b.gap_before, keep_newlines=b.table is not None,
                    bold=b.bold, font_size=b.font_size, level=b.level, indent=b.indent, table=b.table, row=b.row,
                    col=b.col)
    meta = DocumentMeta(path=str(path), format=fmt, sha256=sha256_of(data), size=len(data),
                        pages=len(pages), encoding=None, removed=result.removed, ocr=ocr)
    return builder.build(meta, warnings)


def _refuse_without_text(pages: list[PageWords], warnings: list[RecordWarning], limits: Limits, path: Path,
                         ocr: OcrInfo | None) -> None:
    """Raise the reason when no page has words, or when they exceed the text limit."""
    if not any(p.words for p in pages):
        if any(w.code == "page_skipped" for w in warnings):
            raise ExtractionError("too_large", "every page with content exceeds the object limit "
                                  f"({limits.max_page_objects:,} per page)", path)
        if any(w.code == "page_unreadable" for w in warnings):
            raise ExtractionError("corrupt", "no page could be read: " + warnings[0].message, path)
        if any(p.rotated for p in pages):
            raise ExtractionError("unsupported", "the only text in this PDF is rotated (vertical)", path)
        if ocr is not None:
            raise ExtractionError("no_text_layer", "no text: OCR found none on any page", path)
        raise ExtractionError("no_text_layer", "no text layer (scanned?); OCR needed", path)
    text_chars = sum(len(w.text) for p in pages for w in p.words)
    if text_chars > limits.max_text_chars:
        raise ExtractionError("too_large", f"{text_chars:,} characters exceed the limit of "
                              f"{limits.max_text_chars:,}", path)


def _coverage_warnings(pages: list[PageWords], ocr: OcrInfo | None) -> list[RecordWarning]:
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
    read_by_ocr = set(ocr.pages) if ocr else set()
    empty = [p.number for p in pages if p.read and not p.words and not p.rotated]
    unread = [str(n) for n in empty if n not in read_by_ocr]
    if unread:
        warnings.append(RecordWarning(code="page_without_text", message=f"no text on page(s) {', '.join(unread)} "
                                      "(scanned or image-only pages are read only with OCR)"))
    blank = [str(n) for n in empty if n in read_by_ocr]
    if blank:
        warnings.append(RecordWarning(code="page_without_text", message=f"no text on page(s) {', '.join(blank)}, "
                                      "not even by OCR"))
    return warnings
