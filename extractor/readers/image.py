"""Image files (PNG, JPEG, TIFF; a multi-page TIFF page by page): every page is read by OCR and its words
take the one layout path of PDF pages (``pdf.document.build_document``), so a scan sent as an image
splits into sections like the same report as a PDF."""
from __future__ import annotations

from pathlib import Path

from extractor.core.document import Document
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from .ocr.images import PILLOW_FORMATS, open_image, page_images
from .options import ReadOptions
from .pdf.document import build_document
from .pdf.ocr_run import OcrRun


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    image = open_image(data, path)
    if options.ocr == "never":
        raise ExtractionError("no_text_layer", "an image has no text layer, and OCR is off (--ocr never)", path)
    warnings: list[RecordWarning] = []
    run = OcrRun(path, options)
    with image:
        pages = [run.read(number, page, dpi)
                 for number, (page, dpi) in enumerate(page_images(image, path, options.limits, options.ocr_dpi), 1)]
    ocr = run.finish(warnings)
    return build_document(pages, warnings, path=path, data=data, fmt=PILLOW_FORMATS[image.format],
                          limits=options.limits, ocr=ocr)
