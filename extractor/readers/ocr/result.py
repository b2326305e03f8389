"""What Tesseract read on a page: lines of words with their boxes, in pixels of the page turned upright
and straightened."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OcrWord:
    text: str
    box: tuple[int, int, int, int]      # x0, top, x1, bottom in pixels of the straightened page
    confidence: float                   # Tesseract's word confidence, 0-100
    stroke: float                       # pixels: the mean width of its strokes (``stroke_width``)


@dataclass(frozen=True)
class OcrLine:
    words: list[OcrWord]
    baseline: float                     # y of the baseline, pixels
    x_height: float                     # pixels: the line's measure of its font size


@dataclass(frozen=True)
class RecognisedPage:
    lines: list[OcrLine]
    width: int                          # pixels of the straightened page
    height: int
    turned: int                         # degrees the page was turned to be upright (0, 90, 180, 270)
    skew: float                         # degrees it was straightened by
