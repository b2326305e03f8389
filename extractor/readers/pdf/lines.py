"""Stage 2: a page's words into visual lines (the lines of each ruled table cell kept apart, two-column
table rows cut into cells), then running headers, footers and page numbers removed by repetition across
pages."""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import groupby
from dataclasses import dataclass

from extractor.core.textnorm import fold

from ..markers import LIST_MARKER, SYMBOL_BULLETS
from .settings import LayoutSettings
from .columns import Column, ColumnFinder, visual_rows
from .tables import Cell, column_boundary, ruled_cells, split_row
from .words import UNMAPPED, PageWords, Word

_PAGE_NUMBER = re.compile(
    r"^(?:(?:seite|page|s\.)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:von|of|aus|/)\s*\d{1,3})?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
# Bullets glued to the text ("•Text") get a space so the shared LIST_MARKER sees them.
_GLUED_BULLET = re.compile(rf"^([{SYMBOL_BULLETS}])(?=\S)")
# A symbol bullet is a list item wherever it appears; a number or dash at the start of a
# wrapped line ("... am\n3. Oktober") may just be the sentence running on.
_AMBIGUOUS_MARKER = re.compile(r"^\s*(?:[-–—*·]|\(?[0-9a-zA-Z]|[IVX]{1,4}\.)")
# "a. Text": lettered items as in statutes (the shared LIST_MARKER only knows "a)").
_LETTER_ITEM = re.compile(r"^[a-z]\.\s+\S")
_DATE_LIKE = re.compile(r"^\s*\d{1,2}\.\s*\d")  # "30. 11 2017" is a date, not item 30


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float               # dominant font size (by characters), rounded to the settings' size_step
    bold: bool                # most characters bold
    first_word_width: float
    marker: str | None        # "symbol" (a bullet), "ambiguous" (number, letter, dash) or None
    col: int | None = None    # column of a two-column table (tables.py), else None
    cell: Cell | None = None  # the ruled table cell the line is in, else None
    frame: Column | None = None  # the column of a page set in columns (columns.py), else None


def page_lines(page: PageWords, settings: LayoutSettings, columns: ColumnFinder) -> list[Line]:
    """A page's lines in reading order: a ruled table's lines cell by cell, row by row, where the table
    starts; the other words as visual lines (column by column where the page is set in columns)."""
    cells = ruled_cells(page.rules, settings) if page.rules else []
    if not cells:
        return _flow_lines(page.words, settings, columns)
    tables: dict[int, list[Cell]] = {}
    for cell in cells:
        tables.setdefault(cell.table, []).append(cell)
    boxes = [(min(c.x0 for c in t), min(c.top for c in t), max(c.x1 for c in t), max(c.bottom for c in t), t)
             for t in tables.values()]
    held: dict[Cell, list[Word]] = {}
    free = []
    for w in page.words:
        x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        table = next((t for x0, top, x1, bottom, t in boxes if x0 <= x <= x1 and top <= y <= bottom), ())
        cell = next((c for c in table if c.holds(w)), None)
        if cell is None:
            free.append(w)
        else:
            held.setdefault(cell, []).append(w)
    # A table whose words all stand in one column is a frame round the text (a poster's page border with
    # thin margin boxes beside it): its words are running text, its headings and list items kept.
    filled: dict[int, set[int]] = {}
    for cell in held:
        filled.setdefault(cell.table, set()).add(cell.col)
    for cell in [c for c in held if len(filled[c.table]) < 2]:
        free += held.pop(cell)
    cells = [c for c in cells if len(filled.get(c.table, ())) >= 2]
    lines = _flow_lines(free, settings, columns)
    table_lines: dict[int, list[Line]] = {}
    for cell in cells:  # row by row, left to right
        for row in visual_rows(held.get(cell, [])):
            line = _make_line(row, settings)
            line.cell = cell
            table_lines.setdefault(cell.table, []).append(line)
    for table in sorted(table_lines.values(), key=lambda t: t[0].cell.top, reverse=True):
        at = next((i for i, line in enumerate(lines) if line.top >= table[0].cell.top), len(lines))
        lines[at:at] = table
    return lines


def _flow_lines(words: list[Word], settings: LayoutSettings, columns: ColumnFinder) -> list[Line]:
    """Words outside ruled tables as visual lines in reading order: where the page is set in columns,
    column by column; elsewhere two-column table rows cut into cells."""
    lines: list[Line] = []
    for frame, run in groupby(columns.order(words), key=lambda row_frame: row_frame[1]):
        rows = [row for row, _ in run]
        if frame is None:
            lines += _table_rows(rows, settings)
        else:
            lines += [_make_line(part, settings, frame=frame) for row in rows for part in _run_in_heading(row, settings)]
    return lines


def _run_in_heading(row: list[Word], settings: LayoutSettings) -> list[list[Word]]:
    """A row cut before a heading that the text layer ran into the end of a paragraph's last line ("...
    letzter Satz. Ausgangssituation / Anlass"): after the end of a sentence, a run of larger or bold type
    that lasts to the end of the row and is short enough for a heading."""
    for i in range(len(row) - 1, 0, -1):
        before, run = row[i - 1], row[i:]
        size = settings.round_size(run[0].size)
        if any(settings.round_size(w.size) != size or w.bold != run[0].bold for w in run[1:]):
            break  # the type changes within what follows: no run of one style to the end
        larger = size >= settings.heading_ratio * settings.round_size(before.size)
        bolder = run[0].bold and not before.bold
        if (larger or bolder) and before.text.endswith((".", "!", "?")) and len(run) <= settings.heading_max_words:
            return [row[:i], run]
    return [row]


def _table_rows(rows: list[list[Word]], settings: LayoutSettings) -> list[Line]:
    """Rows as lines, the rows of a two-column table cut into cells."""
    boundary = column_boundary(rows, settings)
    lines: list[Line] = []
    for row in rows:
        cut = split_row(row, boundary, settings) if boundary is not None else None
        if cut:
            lines += [_make_line(cut[0], settings, col=0), _make_line(cut[1], settings, col=1)]
        else:
            lines += [_make_line(part, settings) for part in _run_in_heading(row, settings)]
    if boundary is not None:
        _mark_table_continuations(lines, boundary, settings)
    return lines


def _mark_table_continuations(lines: list[Line], boundary: float, settings: LayoutSettings) -> None:
    """A line alone in one column, right under a table line of the same size (at most a paragraph's
    spacing below it), continues the table (a wrapped label, or a value's further lines)."""
    last: Line | None = None
    for line in lines:
        if line.col is not None:
            last = line
            continue
        if last is None or line.size != last.size or line.top - last.bottom > 1.5 * line.size:
            last = None
            continue
        if line.x1 <= boundary + 1:
            line.col = 0
        elif line.x0 >= boundary - settings.column_align:
            line.col = 1
        else:
            last = None
            continue
        last = line


def _make_line(words: list[Word], settings: LayoutSettings, col: int | None = None,
               frame: Column | None = None) -> Line:
    first = words[0]
    # A lone private-use (Symbol/Wingdings) or unmapped glyph opening a line is a bullet.
    if len(words) > 1 and (len(first.text) == 1 and 0xE000 <= ord(first.text) <= 0xF8FF
                           or UNMAPPED.fullmatch(first.text)):
        first = Word("•", first.x0, first.x1, first.top, first.bottom, first.size, first.bold)
        words = [first, *words[1:]]
    parts = [first.text]
    for prev, w in zip(words, words[1:]):
        # Text-layer words split only by a font change touch each other: no space between them. OCR
        # words (they have a confidence) are whole words, however close Tesseract found them.
        touching = w.confidence is None and w.x0 - prev.x1 < 0.1 * max(w.size, 1.0)
        parts.append(w.text if touching else " " + w.text)
    text = _GLUED_BULLET.sub(r"\1 ", "".join(parts))
    sizes: Counter[float] = Counter()
    bold = 0
    for w in words:
        sizes[settings.round_size(w.size)] += len(w.text)
        bold += len(w.text) if w.bold else 0
    size = sizes.most_common(1)[0][0]
    return Line(text=text, x0=min(w.x0 for w in words), x1=max(w.x1 for w in words),
                top=min(w.top for w in words), bottom=max(w.bottom for w in words),
                size=size, bold=bold * 2 > sum(len(w.text) for w in words),
                first_word_width=first.x1 - first.x0, marker=_marker(text, words, size), col=col, frame=frame)


def _marker(text: str, words: list[Word], size: float) -> str | None:
    if _LETTER_ITEM.match(text):
        return "ambiguous"
    if LIST_MARKER.match(text):
        if _DATE_LIKE.match(text):
            return None
        return "ambiguous" if _AMBIGUOUS_MARKER.match(text) else "symbol"
    # Any single non-alphanumeric glyph (or Word's Courier "o") followed by a tab-wide gap.
    first = words[0].text
    if len(words) > 1 and len(first) == 1 and (not first.isalnum() or first == "o") \
            and words[1].x0 - words[0].x1 >= 0.6 * size:
        return "symbol"
    return None


def _edge_lines(lines: list[Line], height: float, settings: LayoutSettings) -> list[Line]:
    """The outermost lines of a page (by position: the reading order of a page in columns is not) lying in
    its top or bottom band. Ruled table cells are none: a header row repeated on every page of a table is
    dropped as such, in ``blocks``."""
    lines = sorted((line for line in lines if line.cell is None), key=lambda line: line.top)
    top = []
    for line in lines[:settings.edge_lines]:
        if line.top > height * settings.band:
            break
        top.append(line)
    bottom = []
    for line in reversed(lines[-settings.edge_lines:]):
        if line.bottom < height * (1 - settings.band) or line in top:
            break
        bottom.append(line)
    return top + bottom


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", fold(text))


def strip_running_lines(pages: list[tuple[PageWords, list[Line]]], settings: LayoutSettings) -> list[str]:
    """Remove running headers/footers and page numbers in place; return their distinct texts
    (one per pattern with digits ignored: "Seite 1 von 5" stands for all pages)."""
    text_pages = [(p, lines) for p, lines in pages if lines]
    seen_on: Counter[str] = Counter()
    for page, lines in text_pages:
        seen_on.update({_running_key(line.text) for line in _edge_lines(lines, page.height, settings)})
    needed = max(2, math.ceil(settings.running_share * len(text_pages)))
    running = {key for key, n in seen_on.items() if n >= needed} if len(text_pages) >= 2 else set()
    removed: dict[str, str] = {}
    for page, lines in text_pages:
        for line in _edge_lines(lines, page.height, settings):
            key = _running_key(line.text)
            if key in running or _PAGE_NUMBER.match(line.text):
                lines.remove(line)
                removed.setdefault(key, line.text)
    return list(removed.values())
