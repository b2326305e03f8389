"""``--ocr auto``: which PDF pages have no usable text layer and are read by OCR instead.

A page is OCR'd when its text layer has
- no characters (a scan, or text drawn as outlines);
- only a few (under ``FEW_CHARS``) over a scanned image (a scanner's stamp, a fax header line);
- garbage: under ``GARBAGE_SHARE`` of its words are plausible words (glyphs without a Unicode
  mapping, mojibake from a broken font encoding), or, for an invisible layer over a scanned image
  (what old scanners' OCR left behind), under ``INVISIBLE_SHARE``.
Pages whose only text is rotated keep their ``rotated_text`` warning; skipped and unreadable pages
keep theirs. What the page draws (``PageInk``) is looked at only for the few pages the words leave in
doubt, so born-digital pages cost one pass over their words.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .words import UNMAPPED, PageWords

FEW_CHARS = 40              # a text layer this thin over a scanned image is not the page's text
SCAN_IMAGE_SHARE = 0.5      # images covering this share of the page make it a scan
GARBAGE_SHARE = 0.5         # fewer plausible words than this: the text layer is garbage
INVISIBLE_SHARE = 0.9       # an invisible layer over a scan must be this clean to be kept
_MIN_TOKENS = 5             # too few words to judge a layer's quality by
_EDGE_PUNCT = "\"'„“”‚‘’»«()[]{}<>.,;:!?*•–—-"
_NUMBER = re.compile(r"^[+-]?\d[\d.,:/%€\-–]*$")
# Letters with digits only at the ends ("B27", "3a", "2017er"), dots and hyphens between ("z.B.",
# "e.V.", "Baden-Württemberg"), e-mail and web addresses.
_WORD = re.compile(r"^\d*[^\W\d_]+(?:[.\-'’/&@][^\W\d_]+)*\.?\d*$")
_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^(?:https?://|www\.)\S+$", re.IGNORECASE)
_VOWELS = set("aeiouyäöüàáâéèêëíìîïóòôúùûæœøå")
_CASE_FLIP = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
_REPEAT = re.compile(r"(.)\1{3,}")


@dataclass(frozen=True)
class PageInk:
    image_share: float          # share of the page that images cover (0-1)
    invisible_share: float      # share of the page's text objects drawn invisible (render mode 3)


def ocr_reason(page: PageWords, ink: Callable[[], PageInk]) -> str | None:
    """Why the page is read by OCR, or None: its text layer is usable (or it was not read at all)."""
    if not page.read or page.rotated:
        return None
    chars = sum(len(w.text) for w in page.words)
    if not chars:
        return "no text layer"
    share = plausible_share(page)
    if share is not None and share < GARBAGE_SHARE:
        return f"garbage text layer ({share:.0%} plausible words)"
    thin = chars < FEW_CHARS
    doubtful = share is not None and share < INVISIBLE_SHARE
    if thin or doubtful:
        drawn = ink()
        scan = drawn.image_share >= SCAN_IMAGE_SHARE
        if scan and thin:
            return f"only {chars} characters of text over a scanned image"
        if scan and doubtful and drawn.invisible_share > 0.5:
            return f"invisible text layer of poor quality over a scanned image ({share:.0%} plausible words)"
    return None


def plausible_share(page: PageWords) -> float | None:
    """The share of a page's words (of two characters or more) that could be words of a real text;
    None when there are too few to tell."""
    tokens = [t for t in (w.text.strip(_EDGE_PUNCT) for w in page.words) if len(t) >= 2]
    if len(tokens) < _MIN_TOKENS:
        return None
    return sum(map(_plausible, tokens)) / len(tokens)


def _plausible(token: str) -> bool:
    if UNMAPPED.search(token) or _REPEAT.search(token):
        return False
    if _NUMBER.match(token) or _ADDRESS.match(token):
        return True
    if not _WORD.match(token) or _CASE_FLIP.search(token):
        return False
    letters = [c for c in token.lower() if c.isalpha()]
    return len(letters) <= 3 or any(c in _VOWELS for c in letters)
