"""The page-words contract: what every engine (pdfplumber, pdfium, later OCR) hands to the layout stages,
and the word conventions they share, so that lines and blocks never know which engine read a page.

A word's coordinates are points from the top-left of the page as displayed; its box is one font size tall
from the descent (pdfminer's convention, so line pitches compare alike); ``size`` is the font size times
the text matrix's vertical scale; ``bold`` comes from the font name. Rotated (not upright) words are
counted, not returned. A glyph without a Unicode mapping is written "(cid:N)", as pdfminer writes it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
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


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class PageWords:
    number: int
    height: float
    words: list[Word]
    read: bool = True   # False: skipped or unreadable (a warning says why)
    rotated: int = 0    # words of rotated (not upright) text, which are not read

    @classmethod
    def unread(cls, number: int) -> PageWords:
        return cls(number, 0.0, [], read=False)


class Engine(Protocol):
    """Stage 1: the words of every page; raises ``ExtractionError`` for the file and appends page warnings.
    ``None``: this engine declines the file, which is then read by pdfplumber."""

    def __call__(self, path: Path, data: bytes, options: ReadOptions,
                 warnings: list[RecordWarning]) -> list[PageWords] | None: ...


def font_name(name: str) -> str:
    """The font name without a subset prefix ("ABCDEF+Arial-Bold" -> "Arial-Bold")."""
    return _SUBSET_PREFIX.sub("", name)


def is_bold(font: str) -> bool:
    return bool(_BOLD_FONT.search(font))


def word_text(raw: str) -> str:
    """A word's text as the layout sees it. Hyphens first: normalisation would delete a soft hyphen
    that is drawn as a hyphen."""
    return normalise_inline(_HYPHEN_RUN.sub("-", raw))
