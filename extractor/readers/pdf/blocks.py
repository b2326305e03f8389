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

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from .columns import Column
from .lines import Line
from .settings import LayoutSettings

_TRAILING_HYPHEN = re.compile(r"(\w+)-$")
# Words after a line-end hyphen that mark an elided compound ("Haupt- und Ehrenamtliche").
# A web or e-mail address: its line-end hyphen is its own (the word processor broke the line there).
_ADDRESS_MARK = re.compile(r"[./@]")
# A line ending in a web or e-mail address without its top-level domain yet ("www.muehlbronn",
# "integration@mauchental"), and what may continue it on the next line (".de", "mingen.de").
_UNFINISHED_ADDRESS = re.compile(r"(?:(?<![\w/.])(?:https?://)?www\.[\w-]*|[\w.+-]+@[\w-]*)\.?$")
# Punctuation never opens a line of running text: a line starting with it was cut off from its word.
_CLOSING = set(",.;:!?)]")
_ADDRESS_GLUE = set(".-_@/abcdefghijklmnopqrstuvwxyz0123456789")
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
    # The leading inside borderless table cells (a wrapped label or value) per font size, over all of the
    # document's tables: in a document of mostly tables the normal pitch is the row pitch, and rows would
    # run together, also in a table none of whose cells wraps.
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
                pitches.setdefault(line.size, Counter())[_whole_points(line.top - prev.top)] += 1
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    # The most frequent pitch per size (the smaller one on a tie): the leading inside paragraphs.
    pitch = {size: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for size, c in pitches.items()}
    large = sorted((s for s in sizes if s >= body * settings.heading_ratio), reverse=True)
    cell_pitch: dict[float, float] = {}
    for lines in lines_by_page:
        for size, step in _cell_pitch(lines).items():
            cell_pitch[size] = min(cell_pitch.get(size, step), step)
    return _Style(pitch=pitch, heading_levels={s: i + 1 for i, s in enumerate(large)}, cell_pitch=cell_pitch)


def _whole_points(step: float) -> int:
    """A pitch to the nearest point, halves up. Word and LibreOffice set lines on half points, and the
    engines give 24.5 as 24.4999 or 24.5001: ``round`` would split one pitch into 24 and 25 (and round
    halves to even), so the two engines would find different line pitches in one file."""
    return math.floor(step + 0.5 + 1e-3)


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
        # Where full lines end, per column of the page (a page in columns) and font size.
        self.right_edge: dict[tuple[Column | None, float], float] = {}
        self.frame_edge: dict[Column | None, float] = {}
        for line in lines:
            key = (line.frame, line.size)
            self.right_edge[key] = max(self.right_edge.get(key, 0.0), line.x1)
            self.frame_edge[line.frame] = max(self.frame_edge.get(line.frame, 0.0), line.x1)

    def edge(self, line: Line, size: float) -> float:
        return self.right_edge.get((line.frame, size), self.frame_edge[line.frame])

    def breaks(self, prev: Line | None, line: Line, pending: _Pending) -> tuple[bool, bool]:
        """(new block?, visible gap before?) for ``line`` after ``prev`` on the same page. From the foot of
        one column to the head of the next, running text runs on."""
        if prev is None:
            return True, True
        normal = self.style.pitch.get(line.size, 1.2 * line.size)
        if line.top - prev.top > normal * self.settings.gap_ratio:
            return True, True
        wraps = not _ends_short(prev, line, self.edge(prev, line.size))
        # A change of size or weight starts a block; a line mostly in bold ("Regierungsbezirk: Reg.-Bez.")
        # wrapped into plain type ("Stuttgart") is a label with its value, not a heading.
        if line.size != prev.size or (line.bold != prev.bold and not (prev.bold and wraps)):
            return True, False
        if line.size in self.style.heading_levels:
            # A heading wrapped over two lines continues; a numbered line or one that would have fitted
            # after the previous line is the next heading (an unanswered section leaves two in a row).
            return line.marker is not None or _ends_short(prev, line, self.frame_edge[prev.frame]), False
        if pending.kind == "list_item":
            # Indented lines continue the item, and so does a wrapped line under an item typed without a
            # hanging indent ("a) Lotsenprojekt für" | "Behördengänge").
            indented = line.x0 > pending.lines[0].x0 + 2
            return not (indented or (line.marker is None and wraps)), False
        return not wraps, False

    def starts_list_item(self, prev: Line | None, line: Line, pending: _Pending, breaks: bool) -> bool:
        if line.marker is None or line.size in self.style.heading_levels:
            return False  # "1. Angaben zur Kommune" in large type is a numbered heading
        if line.marker == "symbol":
            return True
        if _is_short_bold(line, self.settings) and not (pending.kind == "list_item" and pending.lines[0].bold):
            return False  # a numbered bold line: heading candidate
        # "1." or "-" at a line start: a list item unless a running sentence wrapped there.
        return (breaks or prev is None or pending.kind == "list_item" or prev.text.endswith(":")
                or _ends_short(prev, line, self.edge(prev, line.size)))


def _group_blocks(lines_by_page: list[list[Line]], style: _Style,
                  settings: LayoutSettings) -> list[tuple[_Pending, int]]:
    blocks: list[tuple[_Pending, int]] = []
    markers: list[float] = []  # x of the open list levels, outermost first
    tables = _Tables()
    for number, lines in enumerate(lines_by_page, start=1):
        rules = _BlockRules(style, lines, settings)
        pending = _Pending()
        prev: Line | None = None
        page_start = len(blocks)
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.col is not None or line.cell is not None:  # a run of table lines: emitted cell by cell
                j = i + 1
                if line.cell is not None:
                    while j < len(lines) and lines[j].cell is not None and lines[j].cell.table == line.cell.table:
                        j += 1
                else:
                    while j < len(lines) and lines[j].col is not None:
                        j += 1
                if pending.lines:
                    blocks.append((pending, number))
                pending = _Pending()
                first = len(blocks) == page_start
                if line.cell is not None:
                    cells = tables.ruled(lines[i:j], number, first and tables.open_at(len(blocks)))
                else:
                    cells = _table_cells(lines[i:j], style, tables.new(), settings)
                blocks += [(cell, number) for cell in cells]
                tables.ended_at(len(blocks))
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


@dataclass
class _OpenTable:
    """The last ruled table emitted: a table that runs on at the top of the next page continues it."""
    number: int
    grid: tuple[float, ...]
    page: int
    header: list[str]                   # its first row's cell texts (a header row repeats on every page)
    last_row: int
    last_cells: dict[int, _Pending]     # the last row's cells by column
    end: int = -1                       # number of blocks when it was emitted


class _Tables:
    """Numbers the document's tables in order, ruled and borderless alike, and joins a ruled table's parts
    across page breaks."""

    def __init__(self) -> None:
        self.count = 0
        self.last: _OpenTable | None = None

    def new(self) -> int:
        self.count += 1
        self.last = None
        return self.count - 1

    def open_at(self, n_blocks: int) -> bool:
        """True when the last table emitted is still the last block (nothing came after it)."""
        return self.last is not None and self.last.end == n_blocks

    def ended_at(self, n_blocks: int) -> None:
        if self.last is not None and self.last.end == -1:
            self.last.end = n_blocks

    def ruled(self, lines: list[Line], page: int, may_continue: bool) -> list[_Pending]:
        """The cells of one ruled table's lines (cell by cell, row by row). A table that opens a page
        with the grid of the table that closed the page before continues it: its rows are numbered on, a
        repeated header row is dropped, and a first row with nothing in its first column, or with a
        sentence running on there, is the rest of the row the page break cut (its lines join that row's
        cells)."""
        grid = lines[0].cell.grid
        by_cell: dict[tuple[int, int], list[Line]] = {}
        for line in lines:
            by_cell.setdefault((line.cell.row, line.cell.col), []).append(line)
        rows = sorted({row for row, _ in by_cell})
        last = self.last
        cells: list[_Pending] = []
        if may_continue and last is not None and last.page == page - 1 and _same_grid(last.grid, grid):
            number = last.number
            if _row_texts(by_cell, rows[0]) == last.header:
                rows.pop(0)
            if rows and 0 in last.last_cells and _runs_on(by_cell.get((rows[0], 0))):
                for (row, col), cell_lines in by_cell.items():
                    if row == rows[0]:
                        if col in last.last_cells:
                            last.last_cells[col].lines += cell_lines
                        else:
                            cells.append(_cell(cell_lines, number, last.last_row, col, first=False))
                rows.pop(0)
            offset = last.last_row + 1 - (rows[0] if rows else 0)
            header = last.header
        else:
            number = self.new()
            offset = 0
            header = _row_texts(by_cell, rows[0])
        for (row, col), cell_lines in by_cell.items():
            if row in rows:
                cells.append(_cell(cell_lines, number, row + offset, col, first=not cells and offset == 0))
        if rows:
            last_row = rows[-1] + offset
            last_cells = {p.cell[2]: p for p in cells if p.cell[1] == last_row}
        else:  # nothing but a header or the rest of a cut row: the open table stays as it was
            last_row, last_cells = last.last_row, last.last_cells
        self.last = _OpenTable(number, grid, page, header, last_row, last_cells)
        return cells


def _runs_on(first_column: list[Line] | None) -> bool:
    """True for the first column of a row that continues a row cut by a page break: empty, or opening in
    lower case ("wurden." under "... erarbeitet")."""
    return first_column is None or first_column[0].text[:1].islower()


def _same_grid(a: tuple[float, ...], b: tuple[float, ...], tolerance: float = 3.0) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= tolerance for x, y in zip(a, b))


def _row_texts(by_cell: dict[tuple[int, int], list[Line]], row: int) -> list[str]:
    return [" ".join(line.text for line in by_cell[key]) for key in sorted(k for k in by_cell if k[0] == row)]


def _cell(lines: list[Line], table: int, row: int, col: int, first: bool) -> _Pending:
    """A ruled cell's block; its lines end short of the cell's border by its padding (taken as on the left)."""
    box = lines[0].cell
    right_edge = box.x1 - (min(line.x0 for line in lines) - box.x0)
    return _Pending(lines=lines, kind="table_cell", gap_before=first, cell=(table, row, col), right_edge=right_edge)


def _table_cells(lines: list[Line], style: _Style, table: int, settings: LayoutSettings) -> list[_Pending]:
    """Cells of one table, row by row. A row ends at a wider gap (than the document's line pitch, or the
    pitch of a cell's own lines where that is smaller: paragraph spacing in the cells), or where the left
    column's text (a label) ended -- with a colon, or short of where the longest label line ends -- and
    a new one begins."""
    boundary = min(line.x0 for line in lines if line.col == 1)
    right_edge = max(line.x1 for line in lines)
    label_edge = max((line.x1 for line in lines if line.col == 0), default=boundary)  # a run of values only
    inner = _cell_pitch(lines)
    rows: list[list[Line]] = []
    last_top = None
    last_left: Line | None = None
    for line in lines:
        new_row = not rows
        if rows and line.col == 0:
            # the leading of this table's own wrapped cells, else of the document's tables
            leading = inner.get(line.size, style.cell_pitch.get(line.size, math.inf))
            pitch = min(style.pitch.get(line.size, 1.2 * line.size), leading)
            wide = line.top - last_top > pitch * settings.gap_ratio
            label_done = (last_left is None or last_left.text.endswith(":")
                          or _ends_short(last_left, line, label_edge))
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
        for col, edge in ((0, label_edge), (1, right_edge)):
            col_lines = [line for line in row if line.col == col]
            if col_lines:
                cells.append(_Pending(lines=col_lines, kind="table_cell", gap_before=r == 0 and col == 0,
                                      cell=(table, r, col), right_edge=edge))
    return cells


def _cell_pitch(lines: list[Line]) -> dict[float, float]:
    """The smallest pitch between consecutive lines of one column of borderless tables, per font size
    (steps of three sizes and more are rows apart, not a cell's leading)."""
    pitch: dict[float, float] = {}
    for col in (0, 1):
        column = [line for line in lines if line.col == col]
        for prev, line in zip(column, column[1:]):
            step = line.top - prev.top
            if line.size == prev.size and 0.8 * line.size <= step < 3 * line.size:
                pitch[line.size] = min(pitch.get(line.size, math.inf), step)
    return pitch


def _cell_text(lines: list[Line], right_edge: float) -> str:
    """A table cell's text: lines that end short of the cell's edge, lines after a paragraph's spacing and
    lines opening a list item keep their line break ("Name", "Straße 1", "PLZ Ort"); wrapped lines are
    joined."""
    text = lines[0].text
    in_list = lines[0].marker is not None
    for prev, line in zip(lines, lines[1:]):
        spaced = line.top - prev.bottom > 0.5 * line.size
        if _continues_word(text, line.text):
            text += line.text
        elif spaced or line.marker == "symbol" or (line.marker is not None and in_list) or _ends_short(
                prev, line, right_edge):
            text += "\n" + line.text
        else:
            text = _join(text, line.text)
        in_list = in_list or line.marker is not None
    return text


def _continues_word(prev: str, nxt: str) -> bool:
    """"integration@mauchental" + ".de", "www.obersul" + "mingen.de": a web or e-mail address the line
    break cut before its top-level domain (at a dot, or inside a word too long for the line); and
    "Regierungsbezirk" + ":", punctuation a narrow cell pushed onto the next line."""
    return nxt[:1] in _CLOSING or bool(_UNFINISHED_ADDRESS.search(prev[-120:])) and nxt[:1] in _ADDRESS_GLUE


def _join(prev: str, nxt: str) -> str:
    """Join two lines of one paragraph, undoing end-of-line hyphenation.

    "Verschrift-" + "licht" -> "Verschriftlicht"; kept: "Haupt- und", "Integrations-Konzept",
    "E-Mail", "10-jährig", "KFD-bericht" (abbreviations keep their hyphen), "www.bad-steinach.de".
    """
    if _continues_word(prev, nxt):
        return prev + nxt
    m = _TRAILING_HYPHEN.search(prev)
    if not m or not nxt:
        return f"{prev} {nxt}".strip()
    first = nxt.split(" ", 1)[0]
    if first.lower().rstrip(",;") in _CONJUNCTIONS:
        return f"{prev} {nxt}"
    if _ADDRESS_MARK.search(prev[prev.rfind(" ") + 1:-1]):
        return prev + nxt  # "www.bad-" + "steinach.de": an address broken at its own hyphen
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
    if pending.cell is not None:
        text = _cell_text(lines, pending.right_edge)
    else:
        text = lines[0].text
        for line in lines[1:]:
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
