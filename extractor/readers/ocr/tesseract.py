"""Tesseract through tesserocr: its C API in this process, one engine per language list for the life of the
process (loading the German model takes about half a second; an import worker pays it once). Why
tesserocr and not pytesseract, in figures: docs/ocr.md.

Per page: a layout pass on a copy at about 150 dpi finds the page's orientation (Tesseract's OSD) and
its skew; the page is turned upright and straightened (Pillow), then recognised. The result is lines
of words in pixels of the straightened image, each word with its box and confidence.

The language data comes from the system (Debian: ``tesseract-ocr-deu``, ``tesseract-ocr-osd``): first
where the library looks by itself (``TESSDATA_PREFIX`` included), then the usual install folders.
Without it, or without tesserocr, OCR raises ``ocr_unavailable`` with the install hint; nothing is
loaded before a page needs OCR, so born-digital files never notice.
"""
from __future__ import annotations

import math
import time
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image

from extractor.core.errors import ExtractionError

from .marks import put_right
from .result import OcrLine, OcrWord, RecognisedPage

# Where Debian/Ubuntu, Fedora, Homebrew and source builds put the language data.
TESSDATA_DIRS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
                 "/usr/share/tessdata", "/usr/local/share/tessdata", "/opt/homebrew/share/tessdata")
ANALYSIS_DPI = 150          # orientation and skew are measured on a copy at about this resolution
_MAX_TIMEOUT_S = 2_000_000  # Tesseract's timeout is a C int of milliseconds
MIN_SKEW_DEGREES = 0.1      # a smaller tilt is left as it is (half a pixel over a 300 dpi line of text)
# Page orientation as Tesseract reports it (the way the page's top points) -> the turn that makes it upright.
_UPRIGHT = {1: Image.Transpose.ROTATE_90, 2: Image.Transpose.ROTATE_180, 3: Image.Transpose.ROTATE_270}


def install_hint(lang: str) -> str:
    packages = " ".join(f"tesseract-ocr-{code}" for code in lang.split("+"))
    return f"install Tesseract's language data (Debian: apt-get install {packages} tesseract-ocr-osd)"


class TesseractEngine:
    """One initialised Tesseract API for a language list."""

    def __init__(self, lang: str):
        try:
            import tesserocr
        except ImportError as exc:
            raise ExtractionError("ocr_unavailable", f"this page needs OCR, but tesserocr cannot be loaded ({exc}); "
                                  "pip install tesserocr, and " + install_hint(lang)) from None
        self._tesserocr = tesserocr
        self.lang = lang
        self.version = tesserocr.PyTessBaseAPI.Version().split()[0]
        tessdata = _tessdata(tesserocr, lang)
        self.api = tesserocr.PyTessBaseAPI(path=tessdata, lang=lang, psm=tesserocr.PSM.AUTO)
        self.api.SetVariable("debug_file", "/dev/null")  # Tesseract's chatter ("Estimating resolution ...")

    def recognise(self, image: Image.Image, dpi: float, deadline: float) -> RecognisedPage | None:
        """The lines of a grayscale page image; None when ``deadline`` (monotonic) passed first."""
        image, turned, skew = self._straighten(image, dpi)
        api, psm, ril = self.api, self._tesserocr.PSM, self._tesserocr.RIL
        api.SetPageSegMode(psm.AUTO)
        api.SetImage(image)
        api.SetSourceResolution(round(dpi))
        left_ms = int(min(deadline - time.monotonic(), _MAX_TIMEOUT_S) * 1000)
        if left_ms <= 0 or not api.Recognize(timeout=left_ms):
            api.Clear()
            return None
        lines: list[OcrLine] = []
        ink = ~np.asarray(api.GetThresholdedImage().convert("1"))  # True where Tesseract saw ink
        it = api.GetIterator()
        words: list[OcrWord] = []
        baseline = x_height = 0.0
        while it is not None and not it.Empty(ril.WORD):
            if it.IsAtBeginningOf(ril.TEXTLINE):
                if words:
                    lines.append(OcrLine(words, baseline, x_height))
                words = []
                (x1, y1), (x2, y2) = it.Baseline(ril.TEXTLINE)
                baseline = (y1 + y2) / 2
                row = it.RowAttributes()
                x_height = row["row_height"] - row["ascenders"] + row["descenders"]
            text = (it.GetUTF8Text(ril.WORD) or "").strip()
            if text:
                box = it.BoundingBox(ril.WORD)
                words.append(OcrWord(text, box, it.Confidence(ril.WORD), stroke_width(ink, box)))
            if not it.Next(ril.WORD):
                break
        if words:
            lines.append(OcrLine(words, baseline, x_height))
        api.Clear()
        return RecognisedPage(put_right(lines, ink), image.width, image.height, turned, skew)

    def _straighten(self, image: Image.Image, dpi: float) -> tuple[Image.Image, int, float]:
        """The page turned upright and its tilt taken out, from Tesseract's layout analysis with OSD
        on a reduced copy (orientation and skew need no detail; it costs a quarter of recognition)."""
        api, psm = self.api, self._tesserocr.PSM
        factor = max(1, round(dpi / ANALYSIS_DPI))
        api.SetPageSegMode(psm.AUTO_OSD)
        api.SetImage(image.reduce(factor) if factor > 1 else image)
        api.SetSourceResolution(round(dpi / factor))
        layout = api.AnalyseLayout()
        orientation, skew = (0, 0.0)
        if layout is not None:
            orientation, _, _, angle = layout.Orientation()
            skew = math.degrees(angle)
        api.Clear()
        turned = 0
        if orientation in _UPRIGHT:
            image = image.transpose(_UPRIGHT[orientation])
            turned = {1: 270, 2: 180, 3: 90}[orientation]
        if abs(skew) < MIN_SKEW_DEGREES:
            return image, turned, 0.0
        # Tesseract's angle turns the text level anticlockwise, as Pillow's rotate does. The page keeps
        # its size: what a tilt of a degree or two pushes past the edge is margin.
        return image.rotate(skew, resample=Image.Resampling.BILINEAR, fillcolor=255), turned, skew


def stroke_width(ink: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """The mean width of a word's strokes: its ink over the ink runs along its rows (mostly the widths
    of its vertical stems). Bold type has strokes about 1.6 times as wide; Tesseract does not say."""
    x0, top, x1, bottom = box
    cell = ink[top:bottom, x0:x1]
    runs = int(np.count_nonzero(cell[:, 1:] & ~cell[:, :-1])) + int(np.count_nonzero(cell[:, :1]))
    return int(np.count_nonzero(cell)) / runs if runs else 0.0


def _tessdata(tesserocr, lang: str) -> str:
    """The first folder holding every language asked for (and the OSD model)."""
    wanted = set(lang.split("+")) | {"osd"}
    candidates = []
    try:
        candidates.append(tesserocr.get_languages()[0])  # the library's own default, TESSDATA_PREFIX honoured
    except RuntimeError:  # its default folder does not exist
        pass
    candidates += TESSDATA_DIRS
    for folder in candidates:
        if all((Path(folder) / f"{code}.traineddata").is_file() for code in wanted):
            return str(folder)
    missing = ", ".join(sorted(wanted))
    raise ExtractionError("ocr_unavailable", f"this page needs OCR, but Tesseract's language data ({missing}) "
                          "is not installed; " + install_hint(lang))


@lru_cache(maxsize=4)
def engine(lang: str) -> TesseractEngine:
    """The process's engine for ``lang`` (created on first use)."""
    return TesseractEngine(lang)
