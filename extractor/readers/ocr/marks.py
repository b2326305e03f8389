"""List markers on scanned pages, put right from the ink. Tesseract reads a bullet or a dash at the start of
a line as a letter or two ("e", "«e", "u", "_"), or leaves it out altogether (its line finder drops a
short mark standing apart as noise): then a list reads as prose. A marker is told from a letter by its
shape and place -- smaller than an x-height, and floating above the baseline or followed by a tab-wide
gap -- and from dust by its size. It becomes "•" (round) or "–" (flat), which the layout knows.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from .result import OcrLine, OcrWord

MARK_MAX_HEIGHT = 0.75      # x-heights: a marker is shorter than a lowercase letter
MARK_LIFT = 0.15            # x-heights its foot floats above the baseline (a bullet, a dash)
MARK_GAP = 1.0              # x-heights of gap after it (a tab), where it does not float
MARK_WIDTH = (0.25, 1.2)    # x-heights: wider than dust, narrower than a word
SEARCH = (0.5, 3.0)         # x-heights left of a line's first word where a dropped marker is looked for
FLAT = 1.8                  # width over height above which a marker is a dash
BULLET, DASH = "•", "–"


def put_right(lines: list[OcrLine], ink: np.ndarray) -> list[OcrLine]:
    """The lines with misread markers replaced and dropped ones added (``ink``: True where ink is)."""
    out = []
    for line in lines:
        first = line.words[0]
        if _misread(first, line):
            line = replace(line, words=[_as_mark(first), *line.words[1:]])
        else:
            dropped = _dropped(line, ink)
            if dropped is not None:
                line = replace(line, words=[dropped, *line.words])
        out.append(line)
    return out


def _misread(word: OcrWord, line: OcrLine) -> bool:
    if len(word.text) > 2 or any(c.isdigit() for c in word.text) or word.text[-1] in ").:":
        return False
    x0, top, x1, bottom = word.box
    if bottom - top > MARK_MAX_HEIGHT * line.x_height:
        return False
    if bottom < line.baseline - MARK_LIFT * line.x_height:
        return True
    following = line.words[1] if len(line.words) > 1 else None
    return following is not None and following.box[0] - x1 >= MARK_GAP * line.x_height


def _as_mark(word: OcrWord) -> OcrWord:
    x0, top, x1, bottom = word.box
    return replace(word, text=DASH if x1 - x0 > FLAT * max(bottom - top, 1) else BULLET)


def _dropped(line: OcrLine, ink: np.ndarray) -> OcrWord | None:
    """A marker left of the line's first word that Tesseract left out: ink in the line's x-height band,
    the size of a marker, with blank space around it."""
    xh = line.x_height
    first = line.words[0]
    near, far = SEARCH
    left, right = max(0, int(first.box[0] - far * xh)), int(first.box[0] - near * xh)
    top, bottom = max(0, int(line.baseline - xh)), int(line.baseline + 0.2 * xh)
    if right - left < MARK_WIDTH[0] * xh or bottom <= top:
        return None
    band = ink[top:bottom, left:right]
    columns = np.flatnonzero(band.any(axis=0))
    if columns.size == 0:
        return None
    runs = np.flatnonzero(np.diff(columns) > 1)         # where one run of ink columns ends
    start, end = (int(columns[runs[-1] + 1]) if runs.size else int(columns[0])), int(columns[-1])
    if runs.size and start - int(columns[runs[-1]]) <= near * xh:
        return None  # more ink just left of it: the end of something else, not a marker
    width = end - start + 1
    if not MARK_WIDTH[0] * xh <= width <= MARK_WIDTH[1] * xh:
        return None
    rows = np.flatnonzero(band[:, start:end + 1].any(axis=1))
    if rows[-1] - rows[0] + 1 > MARK_MAX_HEIGHT * xh:
        return None
    box = (left + int(start), top + int(rows[0]), left + int(end) + 1, top + int(rows[-1]) + 1)
    return _as_mark(OcrWord(BULLET, box, first.confidence, first.stroke))
