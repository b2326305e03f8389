"""Reading order: words into visual rows, and pages set in columns (newsletter style) read column by column.

Read row by row, a page in columns interleaves them: the first line of the left column, then the first
line of the right one; where the columns' baselines differ (a title in large type beside body text), one
visual row even takes words of several lines. So columns are found among the words, before rows: a
gutter is an x that no word covers over a stretch of the page, with text on both sides. That stretch is
read column by column (each column searched again, for a third column), the words above and below it as
they are (searched again below, for the next stretch in columns).

A two-column *table* has such a gutter too (label | value), and it must stay one row per label: it is
told apart by its text. Columns hold running text, so most of their lines are full, ending near the
column's right edge; a table's labels and values mostly are short.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence, TypeVar

from .settings import LayoutSettings
from .tables import WordLike

W = TypeVar("W", bound=WordLike)


@dataclass(frozen=True)
class Column:
    """The x extent of one column of a page in columns (its words' extent)."""
    x0: float
    x1: float


def visual_rows(words: Sequence[W]) -> list[list[W]]:
    """Cluster words into visual rows, each sorted by x: a word joins a row when their boxes overlap
    vertically by at least half the smaller height (tolerates superscripts)."""
    rows: list[list[W]] = []
    row_top = row_bottom = 0.0
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows:
            overlap = min(row_bottom, w.bottom) - max(row_top, w.top)
            if overlap >= 0.5 * min(row_bottom - row_top, w.bottom - w.top):
                rows[-1].append(w)
                row_top, row_bottom = min(row_top, w.top), max(row_bottom, w.bottom)
                continue
        rows.append([w])
        row_top, row_bottom = w.top, w.bottom
    return [sorted(row, key=lambda w: w.x0) for row in rows]


class ColumnFinder:
    """Reads a document's pages in columns where they are set so, page by page. A gutter found on one page
    is taken on the pages after it wherever nothing crosses it, however few lines lie beside it: the
    last page of a newsletter may hold only a line or two in its last column."""

    def __init__(self, settings: LayoutSettings):
        self.settings = settings
        self.gutters: list[tuple[float, float]] = []  # white space between columns, (x0, x1)

    def order(self, words: Sequence[W]) -> list[tuple[list[W], Column | None]]:
        """The words' visual rows in reading order, each with the column it lies in (None: not in columns)."""
        return self._order(words, None)

    def _order(self, words: Sequence[W], column: Column | None) -> list[tuple[list[W], Column | None]]:
        rows = visual_rows(words)
        band = _band(words, rows, self.settings, self.gutters)
        if band is None:
            return [(row, column) for row in rows]
        y0, y1, cut = band
        above: list[W] = []
        below: list[W] = []
        sides: tuple[list[W], list[W]] = ([], [])
        for w in words:
            middle = (w.top + w.bottom) / 2
            if middle <= y0:
                above.append(w)
            elif middle >= y1:
                below.append(w)
            else:
                sides[w.x0 >= cut].append(w)
        gutter = (max(w.x1 for w in sides[0]), min(w.x0 for w in sides[1]))
        if not any(g0 <= cut <= g1 for g0, g1 in self.gutters):
            self.gutters.append(gutter)
        out = [(row, column) for row in visual_rows(above)]
        for side in sides:
            out += self._order(side, Column(min(w.x0 for w in side), max(w.x1 for w in side)))
        return out + self._order(below, column)


def _band(words: Sequence[W], rows: list[list[W]], settings: LayoutSettings,
          gutters: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """(top, bottom, x of the gutter) of the topmost stretch of the page set in columns, or None. At a
    gutter found before (``gutters``), a line on each side will do."""
    if len(rows) < 2:
        return None
    best: tuple[float, float, float] | None = None
    half = settings.gutter / 2
    for cut in _gutter_candidates(rows, settings):
        known = any(g0 <= cut <= g1 for g0, g1 in gutters)
        if not known and len(rows) < 2 * settings.column_min_lines:
            continue
        blocked = sorted((w.top, w.bottom) for w in words if w.x0 < cut + half and w.x1 > cut - half)
        y = -math.inf
        for top, bottom in [*blocked, (math.inf, math.inf)]:
            # the topmost stretch; of two as high, the longer (a gutter nothing crosses further down)
            if top > y and (best is None or (y, -top) < (best[0], -best[1])):
                inside = [w for w in words if y < (w.top + w.bottom) / 2 < top]
                left = [w for w in inside if w.x1 <= cut]
                right = [w for w in inside if w.x0 >= cut]
                if (left and right and known) or _is_columns(left, right, settings):
                    best = (y, top, cut)
            y = max(y, bottom)
    return best


def _gutter_candidates(rows: list[list[W]], settings: LayoutSettings) -> list[float]:
    """Where a gutter may run, one x per few points: the middles of wide gaps between neighbouring words
    of a row, and of wide stretches of x that few rows' words cover (columns whose lines never stand
    level with each other share no row)."""
    cuts = [(a.x1 + b.x0) / 2 for row in rows for a, b in zip(row, row[1:]) if b.x0 - a.x1 >= settings.gutter]
    events = sorted((x, d) for row in rows for w in row for x, d in ((w.x0, 1), (w.x1, -1)))
    covering, since = 0, None
    for x, d in events:
        covering += d
        sparse = covering <= settings.gutter_crossings * len(rows)
        if sparse and since is None:
            since = x
        elif not sparse and since is not None:
            if x - since >= settings.gutter and since > events[0][0]:
                cuts.append((since + x) / 2)
            since = None
    seen: set[int] = set()
    out = []
    for cut in cuts:
        key = round(cut / settings.column_align)
        if key not in seen:
            seen.add(key)
            out.append(cut)
    return out


def _is_columns(left: list[W], right: list[W], settings: LayoutSettings) -> bool:
    """Both sides hold enough lines, side by side, neither side is narrow (list markers set apart from
    their items by a tab are no column), and the text is running text: most lines full; or, where the
    two sides' lines do not start level with each other (as a table's label and value do), many."""
    if len(left) < settings.column_min_lines or len(right) < settings.column_min_lines:
        return False
    sides = [visual_rows(side) for side in (left, right)]
    if any(len(rows) < settings.column_min_lines for rows in sides):
        return False
    extents = [(min(r[0].x0 for r in rows), max(r[-1].x1 for r in rows)) for rows in sides]
    width = extents[1][1] - extents[0][0]
    if any(x1 - x0 < settings.column_min_share * width for x0, x1 in extents):
        return False
    spans = [(min(r[0].top for r in rows), max(r[-1].bottom for r in rows)) for rows in sides]
    if min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0]) < 0.5 * min(b - a for a, b in spans):
        return False
    full = sum(1 for rows, (x0, x1) in zip(sides, extents) for r in rows if r[-1].x1 >= x1 - 0.25 * (x1 - x0))
    share = full / (len(sides[0]) + len(sides[1]))
    if share >= settings.column_full_share:
        return True
    few, many = sorted(sides, key=len)
    tops = [r[0].top for r in many]
    level = sum(1 for r in few if any(abs(r[0].top - t) < 1.0 for t in tops))
    return share >= settings.column_unaligned_full_share and level < 0.5 * len(few)
