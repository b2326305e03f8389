"""Tesseract's lines into the page-words contract (``pdf.words``), so OCR words take the one layout path.

What the contract asks and how OCR answers it:
- coordinates in points from the top-left of the page as displayed: pixels times 72/dpi, on the page
  turned upright;
- a box one font size tall from the descent: every word of a line gets the line's box, from its
  baseline and its font size, so the line stage sees one line however the words' letters rise and fall;
- a font size: the line's x-height (Tesseract's measure of a line, steady across a line's letters)
  over ``X_HEIGHT_SHARE``. The sizes of the whole document are then snapped together
  (``snap_sizes``): lines of one type size measure a pixel apart, and the layout compares sizes for
  equality;
- bold: Tesseract's LSTM models do not tell it, but stroke widths do (``mark_bold``): bold type's
  strokes are some 1.6 times as wide, relative to its x-height, as regular type's (measured on the
  scanned set: 0.39-0.45 against 0.23-0.27).

And what OCR reads that is not print, or misreads in a way the layout would trip over: specks of dust
and drawn rules read as punctuation (left out), and the digit one read as a lowercase l ("Seite l von
3": l is no German word). List markers were put right before (``ocr.marks``).
"""
from __future__ import annotations

import re

from ..ocr.marks import BULLET, DASH
from ..ocr.result import OcrLine, OcrWord, RecognisedPage
from .words import PageWords, Word, word_text

X_HEIGHT_SHARE = 0.55   # x-height / font size as scanned (Arial 0.52, DejaVu 0.55, Times 0.45; ink spreads)
DESCENT_SHARE = 0.2     # how far a font's descent reaches below the baseline, in font sizes
SIZE_TOLERANCE = 1.05   # sizes within this factor of a common size are that size ...
SIZE_NOISE_PIXELS = 1.5  # ... or within this many pixels of x-height (Tesseract measures whole pixels)
# Not print: "words" without a letter or digit that are far wider than tall and longer than a dash (a
# rule), far taller than
# wide (a table or page edge), smaller than a dot of the line's type (dust) or that Tesseract is unsure
# of; and words of one or two characters it is very unsure of that are not as tall as print of their
# line ("j" from dust, "Sn" from a smudge; a real "12" may score 27 too, but stands cap-high).
_RULE_ASPECT = 4.0
_RULE_X_HEIGHTS = 3.0       # an em dash is two x-heights long
_EDGE_ASPECT = 10.0
_SPECK_X_HEIGHTS = 0.4
_SPECK_CONFIDENCE = 50.0
_SHORT_SPECK_CONFIDENCE = 30.0
_PRINT_HEIGHT = (0.8, 1.6)  # x-heights: from a lowercase letter to a capital, with some margin
# Digits with l, I or O among them ("2O17", "l0"), or a lone l: Tesseract's confusions of 1 and 0.
_DIGIT_LIKE = re.compile(r"[\dlIO]*\d[\dlIO]*|l")
_DIGITS = str.maketrans("lIO", "110")
BOLD_STROKE = 1.3       # strokes this many times as wide as the document's usual ones are bold


def page_words(number: int, page: RecognisedPage, dpi: float) -> tuple[PageWords, list[float]]:
    """The words of one recognised page, in points (bold not yet known), and each word's stroke width
    over its line's x-height, for ``mark_bold``."""
    scale = 72.0 / dpi
    words: list[Word] = []
    strokes: list[float] = []
    for line in page.lines:
        size = line.x_height / X_HEIGHT_SHARE
        if size <= 0:
            continue
        bottom = (line.baseline + DESCENT_SHARE * size) * scale
        top = bottom - size * scale
        for w in _printed(line):
            text = word_text(_read_right(w))
            if text:
                words.append(Word(text, w.box[0] * scale, w.box[2] * scale, top, bottom, size * scale, False,
                                  confidence=w.confidence))
                strokes.append(w.stroke / line.x_height)
    return PageWords(number, page.height * scale, words), strokes


def _printed(line: OcrLine):
    """The line's words without what ``_RULE_ASPECT`` and its neighbours describe as not print."""
    speck = _SPECK_X_HEIGHTS * line.x_height
    for i, w in enumerate(line.words):
        if i == 0 and w.text in (BULLET, DASH):
            yield w  # a list marker, checked by its shape (ocr.marks)
            continue
        x0, top, x1, bottom = w.box
        width, height = max(x1 - x0, 1), max(bottom - top, 1)
        if not any(c.isalnum() for c in w.text):
            rule = width > _RULE_ASPECT * height and width > _RULE_X_HEIGHTS * line.x_height
            if rule or height > _EDGE_ASPECT * width or max(width, height) < speck or w.confidence < _SPECK_CONFIDENCE:
                continue
        elif len(w.text) <= 2 and w.confidence < _SHORT_SPECK_CONFIDENCE:
            low, high = _PRINT_HEIGHT
            if not low * line.x_height <= height <= high * line.x_height:
                continue
        yield w


def _read_right(w: OcrWord) -> str:
    """The word's text with a misread digit put right."""
    if _DIGIT_LIKE.fullmatch(w.text.rstrip(".,:;)")):
        return w.text.translate(_DIGITS)
    return w.text


def snap_sizes(pages: list[PageWords], dpi: float) -> None:
    """Give lines of one type size one size (in place): the size most characters have takes every size
    within ``SIZE_TOLERANCE`` or ``SIZE_NOISE_PIXELS`` (at ``dpi``, the coarsest resolution read) of
    it, then the most common of the sizes left, and so on."""
    noise = SIZE_NOISE_PIXELS * 72.0 / dpi / X_HEIGHT_SHARE
    weight: dict[float, int] = {}
    for page in pages:
        for w in page.words:
            weight[w.size] = weight.get(w.size, 0) + len(w.text)
    snapped: dict[float, float] = {}
    for typical in sorted(weight, key=lambda s: (-weight[s], s)):
        if typical in snapped:
            continue
        reach = max(typical * (SIZE_TOLERANCE - 1), noise)
        snapped.update((s, typical) for s in weight if s not in snapped and abs(s - typical) <= reach)
    for page in pages:
        for w in page.words:
            w.size = snapped[w.size]


def mark_bold(pages: list[PageWords], strokes: list[list[float]]) -> None:
    """Mark bold the words (in place) whose strokes are ``BOLD_STROKE`` times as wide as the usual
    stroke of the document: the median, by characters (most text is regular)."""
    weighted = sorted((r, len(w.text)) for page, rs in zip(pages, strokes) for w, r in zip(page.words, rs))
    if not weighted:
        return
    half, seen = sum(n for _, n in weighted) / 2, 0
    for usual, n in weighted:
        seen += n
        if seen >= half:
            break
    for page, rs in zip(pages, strokes):
        for w, r in zip(page.words, rs):
            w.bold = r > usual * BOLD_STROKE


def scale_sizes(ocr_pages: list[PageWords], text_pages: list[PageWords]) -> None:
    """In a mixed PDF, put the OCR'd pages' sizes on the text layer's scale (in place): the body size
    measured by OCR becomes the text layer's body size (the most common size of each, by characters),
    so headings compare with one body size across the document."""
    ocr_body, text_body = _body_size(ocr_pages), _body_size(text_pages)
    if ocr_body and text_body:
        for page in ocr_pages:
            for w in page.words:
                w.size *= text_body / ocr_body


def _body_size(pages: list[PageWords]) -> float | None:
    weight: dict[float, int] = {}
    for page in pages:
        for w in page.words:
            weight[w.size] = weight.get(w.size, 0) + len(w.text)
    return max(weight, key=lambda s: weight[s]) if weight else None
