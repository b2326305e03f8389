"""Two-column tables in PDFs: a Word form's "label | value" table printed to PDF.

A page's words come in visual rows; a row of such a table holds the label on the
left and the value on the right ("Name der Stadt oder   Bad Steinach → www..."), and a
wrapped label continues on the next row alone ("Gemeinde"). Read row by row, the two
columns interleave. Here a page's column boundary is found (many rows have a word
starting at the same x after a wide gap), rows are cut there, and the lines of one
table row are later emitted as two cells.
"""
from __future__ import annotations

from collections import Counter
from typing import Protocol, Sequence

from .settings import LayoutSettings


class WordLike(Protocol):
    x0: float
    x1: float
    size: float


def column_boundary(rows: Sequence[Sequence[WordLike]], settings: LayoutSettings) -> float | None:
    """The x where a second column starts on this page, or None. Rows are sorted by x."""
    align = settings.column_align
    if not rows:
        return None
    margin = min(row[0].x0 for row in rows if row)
    starts: Counter[int] = Counter()
    for row in rows:
        if len(row) < 2 or row[0].x0 > margin + settings.column_margin_align:
            continue
        seen = set()
        for a, b in zip(row, row[1:]):
            if b.x0 - a.x1 >= settings.column_gap_ratio * max(a.size, 1.0):
                key = round(b.x0 / align)
                if key not in seen:
                    starts[key] += 1
                    seen.add(key)
    if not starts:
        return None
    key, n = starts.most_common(1)[0]
    # neighbouring buckets are the same column start, split by rounding
    n += starts.get(key - 1, 0) + starts.get(key + 1, 0)
    return key * align - align / 2 if n >= settings.column_min_rows else None


def split_row(row: Sequence[WordLike], boundary: float, settings: LayoutSettings) -> tuple[list, list] | None:
    """(left words, right words) when the row has words on both sides of the boundary with a wide gap."""
    left = [w for w in row if w.x1 <= boundary]
    right = [w for w in row if w.x0 >= boundary - settings.column_align]
    if not left or not right or len(left) + len(right) != len(row):
        return None
    if right[0].x0 - left[-1].x1 < 0.6 * max(left[-1].size, 1.0):
        return None
    return left, right
