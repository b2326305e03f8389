"""Stage 3: lines into blocks: paragraphs, list items (with nesting), heading candidates and table cells;
a paragraph's lines joined with end-of-line hyphenation undone.

Decisions worth knowing:
- The body size is the most common font size of the whole document (not per page), so a
  title page in large type does not redefine "normal".
- A paragraph never spans pages. The one exception: a word hyphenated across a page break
  is completed in the block on the earlier page ("Verschrift-" | page break | "licht ...":
  the earlier block ends with "Verschriftlicht", the next page's block starts after it).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .lines import Line
from .settings import LayoutSettings

_TRAILING_HYPHEN = re.compile(r"(\w+)-$")
# Words after a line-end hyphen that mark an elided compound ("Haupt- und Ehrenamtliche").
_CONJUNCTIONS = {"und", "oder", "bzw.", "bzw", "beziehungsweise", "sowie", "bis", "noch", "als", "wie", "&"}


@dataclass(frozen=True)
class PageBlock:
    """A block as the layout found it; ``DocumentBuilder`` normalises its text and places it."""
    kind: str                   # heading, paragraph, list_item or table_cell
    text: str                   # a table cell's text keeps its line breaks
    page: int
    gap_before: bool
    bold: bool
    font_size: float
    level: int | None = None    # a heading's level (1: the largest size)
    indent: int = 0             # a list item's nesting
    table: int | None = None    # a table cell's table, row and column
    row: int | None = None
    col: int | None = None


def build_blocks(lines_by_page: list[list[Line]], settings: LayoutSettings) -> list[PageBlock]:
    """The blocks of a document, given its lines page by page (running headers and footers removed)."""
    style = _measure(lines_by_page, settings)
    pending = _group_blocks(lines_by_page, style, settings)
    _complete_words_across_pages(pending)
    blocks = (_page_block(p, page, style, settings) for p, page in pending)
    return [b for b in blocks if b is not None]


@dataclass
class _Style:
    """Document-wide measures the block rules compare against."""
    pitch: dict[float, float]           # normal line pitch per font size
    heading_levels: dict[float, int]    # font size clearly above the body size -> heading level
    # The leading inside table cells (a wrapped label or value) per font size, where a cell wraps: in a
    # document of mostly tables the normal pitch is the row pitch, and rows would run together.
    cell_pitch: dict[float, float] = field(default_factory=dict)


@dataclass
class _Pending:
    lines: list[Line] = field(default_factory=list)
    kind: str = "paragraph"
    gap_before: bool = False
    level: int = 0                      # list nesting
    cell: tuple[int, int, int] | None = None  # (table, row, column) of a table cell
    right_edge: float = 0.0             # a table cell's right edge: its lines end short of it on purpose


def _measure(lines_by_page: list[list[Line]], settings: LayoutSettings) -> _Style:
    sizes: Counter[float] = Counter()
    pitches: dict[float, Counter[float]] = {}
    for lines in lines_by_page:
        for prev, line in zip([None, *lines], lines):
            sizes[line.size] += len(line.text)
            if prev is not None and prev.size == line.size and 0 < line.top - prev.top < 3 * line.size:
                pitches.setdefault(line.size, Counter())[round(line.top - prev.top)] += 1
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    # The most frequent pitch per size (the smaller one on a tie): the leading inside paragraphs.
    pitch = {size: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for size, c in pitches.items()}
    large = sorted((s for s in sizes if s >= body * settings.heading_ratio), reverse=True)
    cell_pitch: dict[float, float] = {}
    for lines in lines_by_page:
        for col in (0, 1):
            same = [line for line in lines if line.col == col]
            for a, b in zip(same, same[1:]):
                if a.size == b.size and 0 < b.top - a.top < 3 * a.size:
                    cell_pitch[a.size] = min(cell_pitch.get(a.size, b.top - a.top), b.top - a.top)
    return _Style(pitch=pitch, heading_levels={s: i + 1 for i, s in enumerate(large)}, cell_pitch=cell_pitch)


def _ends_short(prev: Line, line: Line, right_edge: float) -> bool:
    """True when ``line``'s first word would have fitted after ``prev``: the line break was
    deliberate (a paragraph end), not a wrap. ``right_edge``: where the page's full lines end."""
    if prev.text.endswith("-"):
        return False
    room = right_edge - prev.x1 - 0.3 * prev.size
    return line.first_word_width < room - 1.0


def _is_short_bold(line: Line, settings: LayoutSettings) -> bool:
    return line.bold and len(line.text.split()) <= settings.bold_short_words


class _BlockRules:
    """Decides, line by line on one page, where blocks start and what they are."""

    def __init__(self, style: _Style, lines: list[Line], settings: LayoutSettings):
        self.style = style
        self.settings = settings
        self.right_edge: dict[float, float] = {}
        for line in lines:
            self.right_edge[line.size] = max(self.right_edge.get(line.size, 0.0), line.x1)

    def breaks(self, prev: Line | None, line: Line, pending: _Pending) -> tuple[bool, bool]:
        """(new block?, visible gap before?) for ``line`` after ``prev`` on the same page."""
        if prev is None:
            return True, True
        normal = self.style.pitch.get(line.size, 1.2 * line.size)
        if line.top - prev.top > normal * self.settings.gap_ratio:
            return True, True
        if line.size != prev.size or line.bold != prev.bold:
            return True, False
        if line.size in self.style.heading_levels:
            # A heading wrapped over two lines continues; a numbered line or one that would have fitted
            # after the previous line is the next heading (an unanswered section leaves two in a row).
            page_edge = max(self.right_edge.values())
            return line.marker is not None or _ends_short(prev, line, page_edge), False
        if pending.kind == "list_item":
            return line.x0 <= pending.lines[0].x0 + 2, False  # indented lines continue the item
        return _ends_short(prev, line, self.right_edge[line.size]), False

    def starts_list_item(self, prev: Line | None, line: Line, pending: _Pending, breaks: bool) -> bool:
        if line.marker is None or line.size in self.style.heading_levels:
            return False  # "1. Angaben zur Kommune" in large type is a numbered heading
        if line.marker == "symbol":
            return True
        if _is_short_bold(line, self.settings) and not (pending.kind == "list_item" and pending.lines[0].bold):
            return False  # a numbered bold line: heading candidate
        # "1." or "-" at a line start: a list item unless a running sentence wrapped there.
        return (breaks or prev is None or pending.kind == "list_item" or prev.text.endswith(":")
                or _ends_short(prev, line, self.right_edge[line.size]))


def _group_blocks(lines_by_page: list[list[Line]], style: _Style,
                  settings: LayoutSettings) -> list[tuple[_Pending, int]]:
    blocks: list[tuple[_Pending, int]] = []
    markers: list[float] = []  # x of the open list levels, outermost first
    tables: list[int] = []     # page of each table found so far
    for number, lines in enumerate(lines_by_page, start=1):
        rules = _BlockRules(style, lines, settings)
        pending = _Pending()
        prev: Line | None = None
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.col is not None:  # a run of table lines: emitted cell by cell
                j = i
                while j < len(lines) and lines[j].col is not None:
                    j += 1
                if pending.lines:
                    blocks.append((pending, number))
                pending = _Pending()
                blocks += [(cell, number) for cell in _table_cells(lines[i:j], style, len(tables), settings)]
                tables.append(number)
                prev, i = None, j
                markers.clear()
                continue
            i += 1
            new, gap = rules.breaks(prev, line, pending)
            is_item = rules.starts_list_item(prev, line, pending, new)
            if new or is_item:
                if pending.lines:
                    blocks.append((pending, number))
                pending = _Pending(kind="list_item" if is_item else "paragraph", gap_before=gap)
                if is_item:
                    while markers and line.x0 < markers[-1] - 3:
                        markers.pop()
                    if not markers or line.x0 > markers[-1] + 3:
                        markers.append(line.x0)
                    pending.level = len(markers) - 1
                else:
                    markers.clear()
            pending.lines.append(line)
            prev = line
        if pending.lines:
            blocks.append((pending, number))
    return blocks


def _table_cells(lines: list[Line], style: _Style, table: int, settings: LayoutSettings) -> list[_Pending]:
    """Cells of one table, row by row. A row ends at a wider gap, or where the left column's
    text (a label) ended short of the boundary and a new one begins."""
    boundary = min(line.x0 for line in lines if line.col == 1)
    right_edge = max(line.x1 for line in lines)
    rows: list[list[Line]] = []
    last_top = None
    last_left: Line | None = None
    for line in lines:
        new_row = not rows
        if rows and line.col == 0:
            pitch = min(style.pitch.get(line.size, 1.2 * line.size), style.cell_pitch.get(line.size, float("inf")))
            wide = line.top - last_top > pitch * settings.gap_ratio
            label_done = last_left is None or _ends_short(last_left, line, boundary)
            new_row = wide or label_done
        if new_row:
            rows.append([])
            last_left = None
        rows[-1].append(line)
        last_top = line.top if line.col == 0 or last_top is None else max(last_top, line.top)
        if line.col == 0:
            last_left = line
    cells = []
    for r, row in enumerate(rows):
        for col, edge in ((0, boundary), (1, right_edge)):
            col_lines = [line for line in row if line.col == col]
            if col_lines:
                cells.append(_Pending(lines=col_lines, kind="table_cell", gap_before=r == 0 and col == 0,
                                      cell=(table, r, col), right_edge=edge))
    return cells


def _join(prev: str, nxt: str) -> str:
    """Join two lines of one paragraph, undoing end-of-line hyphenation.

    "Verschrift-" + "licht" -> "Verschriftlicht"; kept: "Haupt- und", "Integrations-Konzept",
    "E-Mail", "10-jährig", "KFD-bericht" (abbreviations keep their hyphen).
    """
    m = _TRAILING_HYPHEN.search(prev)
    if not m or not nxt:
        return f"{prev} {nxt}".strip()
    first = nxt.split(" ", 1)[0]
    if first.lower().rstrip(",;") in _CONJUNCTIONS:
        return f"{prev} {nxt}"
    fragment = m.group(1)
    if len(fragment) >= 2 and fragment.isalpha() and not fragment.isupper() and first[:1].islower():
        return prev[:-1] + nxt
    return prev + nxt


def _complete_words_across_pages(blocks: list[tuple[_Pending, int]]) -> None:
    """Move the completing fragment of a word hyphenated across a page break back to the
    block on the earlier page (the only text that crosses a page boundary)."""
    for (before, page_a), (after, page_b) in zip(blocks, blocks[1:]):
        if page_b == page_a or after.kind != "paragraph" or not after.lines:
            continue
        tail, head = before.lines[-1], after.lines[0]
        if tail.size != head.size or not _TRAILING_HYPHEN.search(tail.text):
            continue
        first, _, rest = head.text.partition(" ")
        joined = _join(tail.text, first)
        if " " in joined[len(tail.text) - 1:]:
            continue  # "Haupt-" + "und": nothing to complete
        tail.text = joined
        head.text = rest
        if not rest:
            after.lines.pop(0)


def _page_block(pending: _Pending, page: int, style: _Style, settings: LayoutSettings) -> PageBlock | None:
    lines = pending.lines
    if not lines:
        return None
    text = lines[0].text
    for prev_line, line in zip(lines, lines[1:]):
        if pending.cell is not None and _ends_short(prev_line, line, pending.right_edge):
            text += "\n" + line.text  # a cell's lines that did not wrap ("Name", "Straße 1", "PLZ Ort")
        else:
            text = _join(text, line.text)
    sizes: Counter[float] = Counter()
    bold = 0
    for line in lines:
        sizes[line.size] += len(line.text)
        bold += len(line.text) if line.bold else 0
    size = sizes.most_common(1)[0][0]
    block = PageBlock(pending.kind, text, page, pending.gap_before,
                      bold=bold * 2 > sum(len(line.text) for line in lines), font_size=size)
    if pending.cell is not None:
        table, row, col = pending.cell
        return replace(block, table=table, row=row, col=col)
    if pending.kind == "list_item":
        return replace(block, indent=pending.level)
    if size in style.heading_levels and len(text.split()) <= settings.heading_max_words:
        return replace(block, kind="heading", level=style.heading_levels[size])
    return block
