"""The OCR of one file, page by page: each page image is recognised, turned into page words and let go
(only the words stay: memory does not grow with the page count), within the file's OCR budget; at the
end, what the record says about it: ``source.ocr`` and the warnings ``ocr_used`` and
``ocr_low_confidence``."""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from PIL import Image

from extractor.core.document import OcrInfo
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from ..ocr.tesseract import TesseractEngine, engine
from ..options import ReadOptions
from .ocr_words import mark_bold, page_words, snap_sizes
from .words import PageWords

# A page whose words Tesseract is on average less sure of than this (0-100) is named in the warning
# ocr_low_confidence: the scanned set (tilted, blurred, noisy) averages 95, the real scanned letter 89
# (docs/ocr.md); below 70 a good share of the words is wrong.
LOW_CONFIDENCE = 70.0


class OcrRun:
    def __init__(self, path: Path, options: ReadOptions):
        self.path = path
        self.lang = options.ocr_lang
        self.max_seconds = options.limits.max_ocr_seconds
        self.deadline = time.monotonic() + self.max_seconds
        self._engine: TesseractEngine | None = None
        self.pages: list[PageWords] = []
        self.strokes: list[list[float]] = []  # per page: each word's stroke width over its x-height
        self.dpi: dict[int, int] = {}       # page -> the resolution it was read at
        self.turned: dict[int, int] = {}    # page -> degrees it was turned to be upright

    @property
    def engine(self) -> TesseractEngine:
        if self._engine is None:
            try:
                self._engine = engine(self.lang)
            except ExtractionError as exc:
                raise ExtractionError(exc.code, exc.message, self.path) from None
        return self._engine

    def read(self, number: int, image: Image.Image, dpi: float) -> PageWords:
        """The words of page ``number`` from its grayscale image at ``dpi``."""
        recognised = self.engine.recognise(image, dpi, self.deadline)
        if recognised is None:
            raise ExtractionError("timeout", f"OCR stopped at page {number} after {self.max_seconds:g} s", self.path)
        page, strokes = page_words(number, recognised, dpi)
        self.pages.append(page)
        self.strokes.append(strokes)
        self.dpi[number] = round(dpi)
        if recognised.turned:
            self.turned[number] = recognised.turned
        return page

    def finish(self, warnings: list[RecordWarning]) -> OcrInfo | None:
        """Sizes made consistent and bold marked across the pages read; the warnings; what
        ``source.ocr`` says."""
        if not self.pages:
            return None
        snap_sizes(self.pages, min(self.dpi.values()))
        mark_bold(self.pages, self.strokes)
        numbers = [p.number for p in self.pages]
        confidences = [w.confidence for p in self.pages for w in p.words if w.confidence is not None]
        mean = round(statistics.fmean(confidences), 1) if confidences else None
        dpi = statistics.mode(self.dpi.values())
        message = (f"{_pages(numbers)} read by OCR (Tesseract {self.engine.version}, {self.lang}, {dpi} dpi"
                   + (f"; mean word confidence {mean:.0f}" if mean is not None else "") + ")")
        other_dpi = {n: d for n, d in self.dpi.items() if d != dpi}
        if other_dpi:
            message += "; " + ", ".join(f"page {n} at {d} dpi" for n, d in other_dpi.items())
        if self.turned:
            message += "; " + ", ".join(f"page {n} turned {d}° clockwise to be upright" for n, d in self.turned.items())
        warnings.append(RecordWarning(code="ocr_used", message=message))
        low = {}
        for page in self.pages:
            scores = [w.confidence for w in page.words if w.confidence is not None]
            if scores and statistics.fmean(scores) < LOW_CONFIDENCE:
                low[page.number] = statistics.fmean(scores)
        if low:
            warnings.append(RecordWarning(code="ocr_low_confidence", message=(
                "OCR is unsure of " + ", ".join(f"page {n} (mean word confidence {c:.0f})" for n, c in low.items())
                + f", below {LOW_CONFIDENCE:.0f}: check the text against the page")))
        return OcrInfo(engine="tesseract", version=self.engine.version, language=self.lang, dpi=dpi,
                       pages=numbers, mean_confidence=mean)


def _pages(numbers: list[int]) -> str:
    """"page 3", "pages 1-4, 7": runs of consecutive pages as ranges (a 200-page scan is one range)."""
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    text = ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs)
    return ("page " if len(numbers) == 1 else "pages ") + text
