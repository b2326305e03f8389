"""The page-words contract: what every engine (pdfplumber, pdfium, OCR) hands to the layout stages,
and the word conventions they share, so that lines and blocks never know which engine read a page.

A word's coordinates are points from the top-left of the page as displayed; its box is one font size tall,
reaching ``DESCENT`` font sizes below the baseline, whatever the font file or its descriptor say about
descents (LibreOffice writes 0 into the descriptor, pdfium reads the font file: boxes from either would
put a heading and its text at other distances in each engine); ``size`` is the font size times the text
matrix's vertical scale; ``bold`` comes from the font name. Rotated (not upright) words are
counted, not returned. A glyph without a Unicode mapping is written "(cid:N)", as pdfminer writes it.

A page's ruling lines (``Rule``) are the straight pieces of its painted paths (stroked or filled) that run
horizontally or vertically, in the same coordinates: a stroked line gives one, a rectangle (a cell border,
a filled hairline, a shaded cell) its four sides. Curves, slanted pieces and paths painted neither way
give none. A page with more than ``MAX_RULES`` of them is a drawing, not a form: it has none.

OCR words carry Tesseract's confidence (0-100); text-layer words have none. An OCR word is a whole word:
two of them are never joined without a space, however close they are.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from extractor.core.textnorm import normalise_inline
from extractor.core.warnings import RecordWarning

from ..options import ReadOptions

UNMAPPED = re.compile(r"\(cid:\d+\)")  # pdfminer's stand-in for a glyph without a Unicode mapping
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|,b\b", re.IGNORECASE)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
# Hyphen variants PDFs emit for one visible hyphen (soft hyphen, U+2010, sometimes all three).
_HYPHEN_RUN = re.compile(r"-?[\u00ad\u2010\u2011]+-?")
DESCENT = 0.2          # font sizes a word's box reaches below its baseline
MAX_RULES = 2000        # more ruling lines than this on one page: a chart or drawing; none are kept
_RULE_SLANT = 0.5       # points a ruling line's ends may differ across its direction
_RULE_MIN_LENGTH = 1.0  # points; the short sides of a filled hairline are no ruling lines


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    confidence: float | None = None


@dataclass(frozen=True)
class Rule:
    """A horizontal (``top == bottom``) or vertical (``x0 == x1``) ruling line."""
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return self.top == self.bottom


@dataclass
class PageWords:
    number: int
    height: float
    words: list[Word]
    read: bool = True   # False: skipped or unreadable (a warning says why)
    rotated: int = 0    # words of rotated (not upright) text, which are not read
    rules: list[Rule] = field(default_factory=list)

    @classmethod
    def unread(cls, number: int) -> PageWords:
        return cls(number, 0.0, [], read=False)


class Engine(Protocol):
    """Stage 1: the words of every page; raises ``ExtractionError`` for the file and appends page warnings.
    ``None``: this engine declines the file, which is then read by pdfplumber."""

    def __call__(self, path: Path, data: bytes, options: ReadOptions,
                 warnings: list[RecordWarning]) -> list[PageWords] | None: ...


def rule(x0: float, top: float, x1: float, bottom: float) -> Rule | None:
    """The ruling line along one straight piece of a path (page coordinates as displayed), or None when the
    piece is slanted or too short."""
    if abs(top - bottom) <= _RULE_SLANT and abs(x1 - x0) >= _RULE_MIN_LENGTH:
        y = (top + bottom) / 2
        return Rule(min(x0, x1), y, max(x0, x1), y)
    if abs(x1 - x0) <= _RULE_SLANT and abs(bottom - top) >= _RULE_MIN_LENGTH:
        x = (x0 + x1) / 2
        return Rule(x, min(top, bottom), x, max(top, bottom))
    return None


def box_from_baseline(baseline: float, size: float) -> tuple[float, float]:
    """(top, bottom) of a word on ``baseline`` (top-down) in type of ``size``."""
    bottom = baseline + DESCENT * size
    return bottom - size, bottom


def kept_rules(rules: list[Rule]) -> list[Rule]:
    """A page's ruling lines as the contract keeps them: none on a page with more than ``MAX_RULES``."""
    return rules if len(rules) <= MAX_RULES else []


def font_name(name: str) -> str:
    """The font name without a subset prefix ("ABCDEF+Arial-Bold" -> "Arial-Bold")."""
    return _SUBSET_PREFIX.sub("", name)


def is_bold(font: str) -> bool:
    return bool(_BOLD_FONT.search(font))


def word_text(raw: str) -> str:
    """A word's text as the layout sees it. Hyphens first: normalisation would delete a soft hyphen
    that is drawn as a hyphen."""
    return normalise_inline(_HYPHEN_RUN.sub("-", raw))
