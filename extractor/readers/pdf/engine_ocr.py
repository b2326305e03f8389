"""OCR for PDF pages, beside the two text-layer engines: the pages without a usable text layer
(``ocr_decision``; every page with ``--ocr always``) are rendered with pdfium, one at a time, at
``ReadOptions.ocr_dpi`` (lower for a page too large for ``Limits.max_image_pixels``), read by Tesseract,
and their words replace the page's text-layer words. A mixed PDF is read page by page: born-digital
pages keep their text layer, and the sizes OCR measured are put on the text layer's scale. The file is
opened with pdfium only when a page needs it.
"""
from __future__ import annotations

import math
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c

from extractor.core.document import OcrInfo
from extractor.core.warnings import RecordWarning

from ..limits import Limits
from ..options import ReadOptions
from .failures import unreadable_page
from .ocr_decision import PageInk, ocr_reason
from .ocr_run import OcrRun
from .ocr_words import scale_sizes
from .words import PageWords


class _LazyPdf:
    """The document, opened with pdfium on first use (``None`` if pdfium cannot open it)."""

    def __init__(self, data: bytes, password: str | None):
        self.data, self.password = data, password
        self.doc: pypdfium2.PdfDocument | None = None
        self.failed = False

    def get(self) -> pypdfium2.PdfDocument | None:
        if self.doc is None and not self.failed:
            try:
                self.doc = pypdfium2.PdfDocument(self.data, password=self.password or None)
            except pypdfium2.PdfiumError:
                self.failed = True  # the pdfplumber engine read what pdfium cannot open
        return self.doc

    def close(self) -> None:
        if self.doc is not None:
            self.doc.close()


def ocr_pages(path: Path, data: bytes, pages: list[PageWords], options: ReadOptions,
              warnings: list[RecordWarning]) -> OcrInfo | None:
    """Replace, in ``pages``, the words of every page that needs OCR with the words OCR reads there."""
    if options.ocr == "never":
        return None
    pdf = _LazyPdf(data, options.password)
    run = OcrRun(path, options)
    try:
        for i, page in enumerate(pages):
            if options.ocr != "always" and ocr_reason(page, lambda: _ink(pdf.get(), i)) is None:
                continue
            doc = pdf.get()
            if doc is None:
                break
            try:
                pdf_page = doc[i]
                try:
                    image, dpi = _render(pdf_page, options.ocr_dpi, options.limits)
                finally:
                    pdf_page.close()
            except Exception as exc:  # a page pdfium cannot load or draw costs that page, not the file
                warnings.append(unreadable_page(page.number, exc))
                continue
            pages[i] = run.read(page.number, image, dpi)
            image.close()
    finally:
        pdf.close()
    info = run.finish(warnings)
    if info is not None:
        done = set(info.pages)
        scale_sizes([p for p in pages if p.number in done], [p for p in pages if p.number not in done])
    return info


def _render(page: pypdfium2.PdfPage, dpi: int, limits: Limits):
    """The page as displayed, grayscale, at ``dpi`` or at the highest resolution within the pixel cap."""
    width, height = page.get_size()
    scale = dpi / 72
    if width * height * scale * scale > limits.max_image_pixels:
        scale = math.sqrt(limits.max_image_pixels / (width * height))
    bitmap = page.render(scale=scale, grayscale=True)
    image = bitmap.to_pil().copy()  # to_pil shares the bitmap's buffer, freed with it
    bitmap.close()
    return image.convert("L"), scale * 72


def _ink(doc: pypdfium2.PdfDocument | None, index: int) -> PageInk:
    """What page ``index`` draws: how much of it images cover, and how much of its text is invisible."""
    if doc is None:
        return PageInk(0.0, 0.0)
    page = doc[index]
    try:
        left, bottom, right, top = page.get_bbox()
        area = max((right - left) * (top - bottom), 1.0)
        covered = 0.0
        text = invisible = 0
        for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_TEXT]):
            if obj.type == pdfium_c.FPDF_PAGEOBJ_TEXT:
                text += 1
                invisible += pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw) == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE
                continue
            x0, y0, x1, y1 = obj.get_bounds()
            covered += max(0.0, min(x1, right) - max(x0, left)) * max(0.0, min(y1, top) - max(y0, bottom))
        return PageInk(min(covered / area, 1.0), invisible / text if text else 0.0)
    finally:
        page.close()
