"""Tables in PDFs: ruled tables found from the page's ruling lines, and borderless two-column tables found
from the alignment of the words.

Ruled tables (``ruled_cells``): a Word form's table exported to PDF draws its borders; the cells they
enclose hold the words, whatever rows the words fall into. Read as rows, a label cell of three lines
beside a value cell of four interleaves the two; read as cells, each stays whole.

Borderless two-column tables (``column_boundary``, ``split_row``): a page's words come in visual rows; a row of such a table holds the label on the
left and the value on the right ("Name der Stadt oder   Bad Steinach → www..."), and a
wrapped label continues on the next row alone ("Gemeinde"). Read row by row, the two
columns interleave. Here a page's column boundary is found (many rows have a word
starting at the same x after a wide gap), rows are cut there, and the lines of one
table row are later emitted as two cells.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Protocol, Sequence

from pdfplumber.table import cells_to_tables, edges_to_intersections, intersections_to_cells, merge_edges
from pdfplumber.utils import filter_edges

from .settings import LayoutSettings
from .words import Rule


class WordLike(Protocol):
    x0: float
    x1: float
    top: float
    bottom: float
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


# ------------------------------------------------------------------------------------------ ruled tables

@dataclass(frozen=True)
class Cell:
    """A cell of a ruled table: its box, and its row and column in the table's grid (a merged cell: the
    first row and column it covers, as a Word table numbers them)."""
    table: int                      # the table's index on its page
    row: int
    col: int
    x0: float
    top: float
    x1: float
    bottom: float
    grid: tuple[float, ...]         # the table's column edges: a table continued on the next page repeats them

    def holds(self, word: WordLike) -> bool:
        x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        return self.x0 <= x <= self.x1 and self.top <= y <= self.bottom


def ruled_cells(rules: Sequence[Rule], settings: LayoutSettings) -> list[Cell]:
    """The cells of the tables the ruling lines draw, by pdfplumber's lines strategy (edges snapped and
    joined, their crossings, the smallest boxes between crossings, boxes that share corners grouped into
    tables), applied to the page's ``Rule``s. A table needs at least two columns: framed boxes stacked on a
    poster read as the paragraphs they are."""
    if len(rules) < 4:
        return []
    ts = settings.ruled
    edges = merge_edges([_edge(r) for r in rules], ts.snap_x_tolerance, ts.snap_y_tolerance,
                        ts.join_x_tolerance, ts.join_y_tolerance)
    edges = filter_edges(edges, min_length=ts.edge_min_length)
    boxes = intersections_to_cells(edges_to_intersections(edges, ts.intersection_x_tolerance,
                                                          ts.intersection_y_tolerance))
    cells = []
    for number, table in enumerate(cells_to_tables(boxes)):
        columns = _positions([b[0] for b in table], settings.column_align)
        rows = _positions([b[1] for b in table], settings.column_align)
        if len(columns) < 2:
            continue
        grid = (*columns, max(b[2] for b in table))
        for x0, top, x1, bottom in sorted(table, key=lambda b: (b[1], b[0])):
            cells.append(Cell(number, _index(rows, top), _index(columns, x0), x0, top, x1, bottom, grid))
    return cells


def _edge(r: Rule) -> dict:
    """A ruling line as pdfplumber's table functions take an edge."""
    return {"x0": r.x0, "x1": r.x1, "top": r.top, "bottom": r.bottom, "doctop": r.top, "width": r.x1 - r.x0,
            "height": r.bottom - r.top, "orientation": "h" if r.horizontal else "v", "object_type": "line"}


def _positions(values: list[float], tolerance: float) -> list[float]:
    """Distinct positions, values closer than ``tolerance`` counted as one."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _index(positions: list[float], value: float) -> int:
    return min(range(len(positions)), key=lambda i: abs(positions[i] - value))
