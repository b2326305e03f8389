"""Words from characters through pdfplumber's word grouping: every page the pdfplumber engine reads, and
the pages pdfium reads character by character (overprinted text)."""
from __future__ import annotations

import pdfplumber

from .words import Word, font_name, is_bold, word_text

# pdfplumber's defaults, except that the horizontal tolerance scales with the font size, so small type
# without space glyphs still splits into words.
_X_TOLERANCE_RATIO = 0.2
_Y_TOLERANCE = 3


def words_from_chars(chars: list[dict]) -> tuple[list[Word], int]:
    """pdfplumber's words (with font name and size) from a page's characters, and the number
    of rotated words left out (margin notes, stamps, vertical table headers)."""
    raw = pdfplumber.utils.extract_words(
        _drop_overprinted(chars), x_tolerance_ratio=_X_TOLERANCE_RATIO, y_tolerance=_Y_TOLERANCE,
        keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"])
    words = []
    rotated = 0
    for w in raw:
        if not w["upright"]:
            rotated += 1
            continue
        text = word_text(w["text"])
        if text:
            words.append(Word(text, float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]),
                              float(w["size"]), is_bold(font_name(w["fontname"] or ""))))
    return words, rotated


def _drop_overprinted(chars: list[dict], tolerance: float = 1.0) -> list[dict]:
    """Drop glyphs printed twice at (almost) the same spot, a fake-bold trick ("BBiissmmaarrcckk").

    pdfplumber's ``dedupe_chars`` does the same but restores order with ``list.index``:
    quadratic, 9 s for 10,000 glyphs. This keeps the first glyph of each spot in linear time.
    """
    kept: list[dict] = []
    seen: dict[tuple, list[dict]] = {}
    for c in chars:
        key = (c["text"], c["fontname"], round(c["size"], 1), c["upright"])
        row, col = int(c["top"] // tolerance), int(c["x0"] // tolerance)
        duplicate = any(abs(o["top"] - c["top"]) <= tolerance and abs(o["x0"] - c["x0"]) <= tolerance
                        for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                        for o in seen.get((key, row + dr, col + dc), ()))
        if not duplicate:
            kept.append(c)
            seen.setdefault((key, row, col), []).append(c)
    return kept
