"""Stage 2: a page's words into visual lines (two-column table rows cut into cells), then running headers,
footers and page numbers removed by repetition across pages."""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from extractor.core.textnorm import fold

from ..markers import LIST_MARKER, SYMBOL_BULLETS
from .settings import LayoutSettings
from .tables import column_boundary, split_row
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


def page_lines(words: list[Word], settings: LayoutSettings) -> list[Line]:
    """Cluster words into visual lines: a word joins a line when their boxes overlap
    vertically by at least half the smaller height (tolerates superscripts)."""
    rows: list[list[Word]] = []
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
    rows = [sorted(row, key=lambda w: w.x0) for row in rows]
    boundary = column_boundary(rows, settings)
    lines: list[Line] = []
    for row in rows:
        cut = split_row(row, boundary, settings) if boundary is not None else None
        if cut:
            lines += [_make_line(cut[0], settings, col=0), _make_line(cut[1], settings, col=1)]
        else:
            lines.append(_make_line(row, settings))
    if boundary is not None:
        _mark_table_continuations(lines, boundary, settings)
    return lines


def _mark_table_continuations(lines: list[Line], boundary: float, settings: LayoutSettings) -> None:
    """A line alone in one column, right under a table line of the same size, continues the table
    (a wrapped label, or a value's further lines)."""
    last: Line | None = None
    for line in lines:
        if line.col is not None:
            last = line
            continue
        if last is None or line.size != last.size or line.top - last.bottom > 0.6 * line.size:
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


def _make_line(words: list[Word], settings: LayoutSettings, col: int | None = None) -> Line:
    first = words[0]
    # A lone private-use (Symbol/Wingdings) or unmapped glyph opening a line is a bullet.
    if len(words) > 1 and (len(first.text) == 1 and 0xE000 <= ord(first.text) <= 0xF8FF
                           or UNMAPPED.fullmatch(first.text)):
        first = Word("•", first.x0, first.x1, first.top, first.bottom, first.size, first.bold)
        words = [first, *words[1:]]
    parts = [first.text]
    for prev, w in zip(words, words[1:]):
        # Words split only by a font change touch each other: no space between them.
        parts.append(w.text if w.x0 - prev.x1 < 0.15 * max(w.size, 1.0) else " " + w.text)
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
                first_word_width=first.x1 - first.x0, marker=_marker(text, words, size), col=col)


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
    """The outermost lines of a page lying in its top or bottom band."""
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
