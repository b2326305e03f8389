"""PDF: words with font info -> visual lines -> paragraph blocks, without running headers/footers.

Three stages, only the first knows the PDF library:

1. ``_extract_pages`` opens the file with pdfplumber (pdfminer.six underneath) and returns,
   per page, the words with font size and weight (``_page_words``). Errors become
   ``ExtractionError``s here, and the work per page is bounded (``_WorkBudget``). The faster
   backend, pdfium (``pdf_pdfium.py``, the default: ``BACKEND``), produces the same ``_PageWords``.
2. ``_page_lines`` clusters words into visual lines; ``_strip_running_lines`` drops running
   headers, footers and page numbers (repetition across pages, page-number patterns).
3. ``_group_blocks`` groups lines into paragraphs, list items and heading candidates;
   ``_emit`` joins their lines, undoing end-of-line hyphenation (``_join``).

Decisions worth knowing:
- The body size is the most common font size of the whole document (not per page), so a
  title page in large type does not redefine "normal".
- A paragraph never spans pages. The one exception: a word hyphenated across a page break
  is completed in the block on the earlier page ("Verschrift-" | page break | "licht ...":
  the earlier block ends with "Verschriftlicht", the next page's block starts after it).
"""
from __future__ import annotations

import io
import math
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from extractor.core.document import Document, DocumentBuilder, DocumentMeta
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning
from extractor.core.textnorm import fold, normalise_inline
from . import pdf_tables
from .base import LIST_MARKER, Limits, sha256_of
from .options import ReadOptions

# --- Resource bounds live in ``Limits`` (max_page_objects, max_seconds; see base.py for why).

# --- Word extraction (pdfplumber defaults, except the horizontal tolerance scales with the
# font size, so small type without space glyphs still splits into words).
_X_TOLERANCE_RATIO = 0.2
_Y_TOLERANCE = 3

# --- Layout heuristics.
_SIZE_STEP = 0.5            # font sizes are compared rounded to half points
_HEADING_RATIO = 1.15       # "clearly above the body size"
_HEADING_MAX_WORDS = 20     # a long run of large type is a paragraph, not a heading
_BOLD_SHORT_WORDS = 12      # a bold line of at most this many words is a heading candidate
_GAP_RATIO = 1.25           # line pitch above normal * this starts a new block
_BAND = 0.12                # top/bottom share of the page height searched for headers/footers
_EDGE_LINES = 3             # at most this many outermost lines per side are header/footer candidates
_RUNNING_SHARE = 0.5        # a header/footer repeats on at least this share of the text pages

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold|,b\b", re.IGNORECASE)
_SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
# pdfminer's stand-in for a glyph without a Unicode mapping.
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_UNMAPPED_SHARE = 0.1       # more unmapped words than this: warn that the text may be garbled
# Hyphen variants PDFs emit for one visible hyphen (soft hyphen, U+2010, sometimes all three).
_HYPHEN_RUN = re.compile(r"-?[\u00ad\u2010\u2011]+-?")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:seite|page|s\.)\s*)?[-–—]?\s*\d{1,3}\s*[-–—]?(?:\s*(?:von|of|aus|/)\s*\d{1,3})?$", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")
_TRAILING_HYPHEN = re.compile(r"(\w+)-$")
# Words after a line-end hyphen that mark an elided compound ("Haupt- und Ehrenamtliche").
_CONJUNCTIONS = {"und", "oder", "bzw.", "bzw", "beziehungsweise", "sowie", "bis", "noch", "als", "wie", "&"}
# Bullets glued to the text ("•Text") get a space so the shared LIST_MARKER sees them.
_GLUED_BULLET = re.compile(r"^([•◦▪▫‣●○■□✓➢➤►◆➔])(?=\S)")
# A symbol bullet is a list item wherever it appears; a number or dash at the start of a
# wrapped line ("... am\n3. Oktober") may just be the sentence running on.
_AMBIGUOUS_MARKER = re.compile(r"^\s*(?:[-–—*·]|\(?[0-9a-zA-Z]|[IVX]{1,4}\.)")
# "a. Text": lettered items as in statutes (the shared LIST_MARKER only knows "a)").
_LETTER_ITEM = re.compile(r"^[a-z]\.\s+\S")
_DATE_LIKE = re.compile(r"^\s*\d{1,2}\.\s*\d")  # "30. 11 2017" is a date, not item 30


# ---------------------------------------------------------------------------------------------
# Stage 1: the PDF library.

@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class _PageWords:
    number: int
    height: float
    words: list[_Word]
    read: bool = True   # False: skipped or unreadable (a warning says why)
    rotated: int = 0    # words of rotated (not upright) text, which are not read


class _PageTooComplex(Exception):
    pass


class _OutOfTime(Exception):
    pass


class _WorkBudget:
    """Counts the objects a page draws and watches the file's deadline."""

    def __init__(self, max_objects: int, deadline: float):
        self.max_objects = max_objects
        self.deadline = deadline
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.count > self.max_objects:
            raise _PageTooComplex()
        if self.count % 256 == 0 and time.monotonic() > self.deadline:
            raise _OutOfTime()


class _TextDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, keeping only characters: vector paths and images are dropped
    (we read text), which also spares pdfplumber from converting thousands of them."""

    def __init__(self, rsrcmgr, pageno: int, budget: _WorkBudget):
        super().__init__(rsrcmgr, pageno=pageno, laparams=None)
        self._budget = budget

    def render_char(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._budget.tick()
        return super().render_char(*args, **kwargs)

    def paint_path(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._budget.tick()

    def render_image(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._budget.tick()

    def begin_figure(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._budget.tick()  # every form XObject use, so a form drawn a million times is counted
        super().begin_figure(*args, **kwargs)


class _TextPage(Page):
    """A pdfplumber page whose layout comes from ``_TextDevice`` under a work budget."""

    def __init__(self, pdf: pdfplumber.PDF, page_obj: PDFPage, page_number: int, budget: _WorkBudget):
        super().__init__(pdf, page_obj, page_number=page_number)
        self.budget = budget

    @property
    def layout(self):  # type: ignore[no-untyped-def]
        if not hasattr(self, "_layout"):
            device = _TextDevice(self.pdf.rsrcmgr, self.page_number, self.budget)
            PDFPageInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
            self._layout = device.get_result()
        return self._layout


def _extract_pages(path: Path, data: bytes, limits: Limits, password: str | None,
                   warnings: list[dict]) -> list[_PageWords]:
    """Words with font info for every page; raises ``ExtractionError``; appends page warnings."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        raise _open_error(exc.args[0] if exc.args else exc, path, password) from None
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise _open_error(exc, path, password) from None
    declared = _declared_page_count(pdf)
    if declared is not None and declared > limits.max_pages:
        raise ExtractionError("too_large", f"{declared:,} pages exceed the limit of {limits.max_pages:,}", path)
    deadline = time.monotonic() + limits.max_seconds
    pages: list[_PageWords] = []
    try:
        for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):
            if number > limits.max_pages:
                raise ExtractionError("too_large", f"more than {limits.max_pages:,} pages", path)
            try:  # library calls only: a damaged page costs that page, not the file
                page = _TextPage(pdf, page_obj, number, _WorkBudget(limits.max_page_objects, deadline))
                chars, height = page.chars, float(page.height)  # .chars interprets the page
            except _PageTooComplex:
                warnings.append(_warning("page_skipped", f"page {number} draws more than "
                                         f"{limits.max_page_objects:,} objects; its text was not read"))
                pages.append(_PageWords(number, 0.0, [], read=False))
            except _OutOfTime:
                raise ExtractionError("timeout", f"reading stopped at page {number} after "
                                      f"{limits.max_seconds:g} s", path) from None
            except Exception as exc:  # a damaged content stream; pdfminer raises many types
                warnings.append(_warning("page_unreadable", f"page {number} could not be read "
                                         f"({_describe(exc)})"))
                pages.append(_PageWords(number, 0.0, [], read=False))
            else:
                words, rotated = _page_words(chars)
                pages.append(_PageWords(number, height, words, rotated=rotated))
    except ExtractionError:
        raise
    except Exception as exc:  # a damaged page tree (PDFPage.create_pages)
        raise ExtractionError("corrupt", f"damaged PDF ({_describe(exc)})", path) from None
    if not pages:
        raise ExtractionError("corrupt", "the PDF has no pages", path)
    return pages


def _read_pages(path: Path, data: bytes, options: ReadOptions, warnings: list) -> list[_PageWords]:
    """Stage 1 through the chosen engine (``options.pdf_engine``)."""
    limits, password = options.limits, options.password
    if options.pdf_engine == "pdfium":
        from .pdf_pdfium import extract_pages
        pages = extract_pages(path, data, limits, password, warnings)
        if pages is not None:
            return pages
    return _extract_pages(path, data, limits, password, warnings)


def _page_words(chars: list[dict]) -> tuple[list[_Word], int]:
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
        # Hyphens first: normalisation would delete a soft hyphen that is drawn as a hyphen.
        text = normalise_inline(_HYPHEN_RUN.sub("-", w["text"]))
        if text:
            font = _SUBSET_PREFIX.sub("", w["fontname"] or "")
            words.append(_Word(text, float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]),
                               float(w["size"]), bool(_BOLD_FONT.search(font))))
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


def _declared_page_count(pdf: pdfplumber.PDF) -> int | None:
    try:
        return int(resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"]))
    except Exception:  # missing or malformed /Count: pages are counted while iterating
        return None


def _open_error(exc: BaseException, path: Path, password: str | None) -> ExtractionError:
    name = type(exc).__name__
    if name == "PDFPasswordIncorrect":
        if password:
            return ExtractionError("encrypted", "wrong password for this PDF", path)
        return ExtractionError("encrypted", "password protected; pass --password", path)
    if name.startswith("PDFEncryption") or "crypt" in str(exc).lower():
        return ExtractionError("encrypted", f"unsupported PDF encryption ({_describe(exc)})", path)
    return ExtractionError("corrupt", f"damaged PDF ({_describe(exc)})", path)


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _warning(code: str, message: str) -> RecordWarning:
    return RecordWarning(code=code, message=message)


# ---------------------------------------------------------------------------------------------
# Stage 2: lines, running headers and footers.

@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float               # dominant font size (by characters), rounded to _SIZE_STEP
    bold: bool                # most characters bold
    first_word_width: float
    marker: str | None        # "symbol" (a bullet), "ambiguous" (number, letter, dash) or None
    col: int | None = None    # column of a two-column table (pdf_tables), else None


def _page_lines(words: list[_Word]) -> list[_Line]:
    """Cluster words into visual lines: a word joins a line when their boxes overlap
    vertically by at least half the smaller height (tolerates superscripts)."""
    rows: list[list[_Word]] = []
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
    boundary = pdf_tables.column_boundary(rows)
    lines: list[_Line] = []
    for row in rows:
        cut = pdf_tables.split_row(row, boundary) if boundary is not None else None
        if cut:
            lines += [_make_line(cut[0], col=0), _make_line(cut[1], col=1)]
        else:
            lines.append(_make_line(row))
    if boundary is not None:
        _mark_table_continuations(lines, boundary)
    return lines


def _mark_table_continuations(lines: list[_Line], boundary: float) -> None:
    """A line alone in one column, right under a table line of the same size, continues the table
    (a wrapped label, or a value's further lines)."""
    last: _Line | None = None
    for line in lines:
        if line.col is not None:
            last = line
            continue
        if last is None or line.size != last.size or line.top - last.bottom > 0.6 * line.size:
            last = None
            continue
        if line.x1 <= boundary + 1:
            line.col = 0
        elif line.x0 >= boundary - pdf_tables.ALIGN:
            line.col = 1
        else:
            last = None
            continue
        last = line


def _make_line(words: list[_Word], col: int | None = None) -> _Line:
    first = words[0]
    # A lone private-use (Symbol/Wingdings) or unmapped glyph opening a line is a bullet.
    if len(words) > 1 and (len(first.text) == 1 and 0xE000 <= ord(first.text) <= 0xF8FF
                           or _UNMAPPED.fullmatch(first.text)):
        first = _Word("•", first.x0, first.x1, first.top, first.bottom, first.size, first.bold)
        words = [first, *words[1:]]
    parts = [first.text]
    for prev, w in zip(words, words[1:]):
        # Words split only by a font change touch each other: no space between them.
        parts.append(w.text if w.x0 - prev.x1 < 0.15 * max(w.size, 1.0) else " " + w.text)
    text = _GLUED_BULLET.sub(r"\1 ", "".join(parts))
    sizes: Counter[float] = Counter()
    bold = 0
    for w in words:
        sizes[_round_size(w.size)] += len(w.text)
        bold += len(w.text) if w.bold else 0
    size = sizes.most_common(1)[0][0]
    return _Line(text=text, x0=min(w.x0 for w in words), x1=max(w.x1 for w in words),
                 top=min(w.top for w in words), bottom=max(w.bottom for w in words),
                 size=size, bold=bold * 2 > sum(len(w.text) for w in words),
                 first_word_width=first.x1 - first.x0, marker=_marker(text, words, size), col=col)


def _marker(text: str, words: list[_Word], size: float) -> str | None:
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


def _round_size(size: float) -> float:
    return round(size / _SIZE_STEP) * _SIZE_STEP


def _edge_lines(lines: list[_Line], height: float) -> list[_Line]:
    """The outermost lines of a page lying in its top or bottom band."""
    top = []
    for line in lines[:_EDGE_LINES]:
        if line.top > height * _BAND:
            break
        top.append(line)
    bottom = []
    for line in reversed(lines[-_EDGE_LINES:]):
        if line.bottom < height * (1 - _BAND) or line in top:
            break
        bottom.append(line)
    return top + bottom


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", fold(text))


def _strip_running_lines(pages: list[tuple[_PageWords, list[_Line]]]) -> list[str]:
    """Remove running headers/footers and page numbers in place; return their distinct texts
    (one per pattern with digits ignored: "Seite 1 von 5" stands for all pages)."""
    text_pages = [(p, lines) for p, lines in pages if lines]
    seen_on: Counter[str] = Counter()
    for page, lines in text_pages:
        seen_on.update({_running_key(line.text) for line in _edge_lines(lines, page.height)})
    needed = max(2, math.ceil(_RUNNING_SHARE * len(text_pages)))
    running = {key for key, n in seen_on.items() if n >= needed} if len(text_pages) >= 2 else set()
    removed: dict[str, str] = {}
    for page, lines in text_pages:
        for line in _edge_lines(lines, page.height):
            key = _running_key(line.text)
            if key in running or _PAGE_NUMBER.match(line.text):
                lines.remove(line)
                removed.setdefault(key, line.text)
    return list(removed.values())


# ---------------------------------------------------------------------------------------------
# Stage 3: blocks.

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
    lines: list[_Line] = field(default_factory=list)
    kind: str = "paragraph"
    gap_before: bool = False
    level: int = 0                      # list nesting
    cell: tuple[int, int, int] | None = None  # (table, row, column) of a table cell
    right_edge: float = 0.0             # a table cell's right edge: its lines end short of it on purpose


def _measure(lines_by_page: list[list[_Line]]) -> _Style:
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
    large = sorted((s for s in sizes if s >= body * _HEADING_RATIO), reverse=True)
    cell_pitch: dict[float, float] = {}
    for lines in lines_by_page:
        for col in (0, 1):
            same = [line for line in lines if line.col == col]
            for a, b in zip(same, same[1:]):
                if a.size == b.size and 0 < b.top - a.top < 3 * a.size:
                    cell_pitch[a.size] = min(cell_pitch.get(a.size, b.top - a.top), b.top - a.top)
    return _Style(pitch=pitch, heading_levels={s: i + 1 for i, s in enumerate(large)}, cell_pitch=cell_pitch)


def _ends_short(prev: _Line, line: _Line, right_edge: float) -> bool:
    """True when ``line``'s first word would have fitted after ``prev``: the line break was
    deliberate (a paragraph end), not a wrap. ``right_edge``: where the page's full lines end."""
    if prev.text.endswith("-"):
        return False
    room = right_edge - prev.x1 - 0.3 * prev.size
    return line.first_word_width < room - 1.0


def _is_short_bold(line: _Line) -> bool:
    return line.bold and len(line.text.split()) <= _BOLD_SHORT_WORDS


class _BlockRules:
    """Decides, line by line on one page, where blocks start and what they are."""

    def __init__(self, style: _Style, lines: list[_Line]):
        self.style = style
        self.right_edge: dict[float, float] = {}
        for line in lines:
            self.right_edge[line.size] = max(self.right_edge.get(line.size, 0.0), line.x1)

    def breaks(self, prev: _Line | None, line: _Line, pending: _Pending) -> tuple[bool, bool]:
        """(new block?, visible gap before?) for ``line`` after ``prev`` on the same page."""
        if prev is None:
            return True, True
        normal = self.style.pitch.get(line.size, 1.2 * line.size)
        if line.top - prev.top > normal * _GAP_RATIO:
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

    def starts_list_item(self, prev: _Line | None, line: _Line, pending: _Pending, breaks: bool) -> bool:
        if line.marker is None or line.size in self.style.heading_levels:
            return False  # "1. Angaben zur Kommune" in large type is a numbered heading
        if line.marker == "symbol":
            return True
        if _is_short_bold(line) and not (pending.kind == "list_item" and pending.lines[0].bold):
            return False  # a numbered bold line: heading candidate
        # "1." or "-" at a line start: a list item unless a running sentence wrapped there.
        return (breaks or prev is None or pending.kind == "list_item" or prev.text.endswith(":")
                or _ends_short(prev, line, self.right_edge[line.size]))


def _group_blocks(lines_by_page: list[list[_Line]], style: _Style) -> list[tuple[_Pending, int]]:
    blocks: list[tuple[_Pending, int]] = []
    markers: list[float] = []  # x of the open list levels, outermost first
    tables: list[int] = []     # page of each table found so far
    for number, lines in enumerate(lines_by_page, start=1):
        rules = _BlockRules(style, lines)
        pending = _Pending()
        prev: _Line | None = None
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
                blocks += [(cell, number) for cell in _table_cells(lines[i:j], style, len(tables))]
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


def _table_cells(lines: list[_Line], style: _Style, table: int) -> list[_Pending]:
    """Cells of one table, row by row. A row ends at a wider gap, or where the left column's
    text (a label) ended short of the boundary and a new one begins."""
    boundary = min(line.x0 for line in lines if line.col == 1)
    right_edge = max(line.x1 for line in lines)
    rows: list[list[_Line]] = []
    last_top = None
    last_left: _Line | None = None
    for line in lines:
        new_row = not rows
        if rows and line.col == 0:
            pitch = min(style.pitch.get(line.size, 1.2 * line.size), style.cell_pitch.get(line.size, float("inf")))
            wide = line.top - last_top > pitch * _GAP_RATIO
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


def _emit(builder: DocumentBuilder, pending: _Pending, page: int, style: _Style) -> None:
    lines = pending.lines
    if not lines:
        return
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
    hints: dict = {"bold": bold * 2 > sum(len(line.text) for line in lines), "font_size": size}
    kind = pending.kind
    if pending.cell is not None:
        hints.update(table=pending.cell[0], row=pending.cell[1], col=pending.cell[2])
        builder.add(kind, text, page=page, gap_before=pending.gap_before, keep_newlines=True, **hints)
        return
    if kind == "list_item":
        hints["indent"] = pending.level
    elif size in style.heading_levels and len(text.split()) <= _HEADING_MAX_WORDS:
        kind = "heading"
        hints["level"] = style.heading_levels[size]
    builder.add(kind, text, page=page, gap_before=pending.gap_before, **hints)


# ---------------------------------------------------------------------------------------------

def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    limits = options.limits
    warnings: list[RecordWarning] = []
    pages = _read_pages(path, data, options, warnings)
    if not any(p.words for p in pages):
        if any(w.code == "page_skipped" for w in warnings):
            raise ExtractionError("too_large", "every page with content exceeds the object limit "
                                  f"({limits.max_page_objects:,} per page)", path)
        if any(w.code == "page_unreadable" for w in warnings):
            raise ExtractionError("corrupt", "no page could be read: " + warnings[0].message, path)
        if any(p.rotated for p in pages):
            raise ExtractionError("unsupported", "the only text in this PDF is rotated (vertical)", path)
        raise ExtractionError("no_text_layer", "no text layer (scanned?); OCR needed", path)
    text_chars = sum(len(w.text) for p in pages for w in p.words)
    if text_chars > limits.max_text_chars:
        raise ExtractionError("too_large", f"{text_chars:,} characters exceed the limit of "
                              f"{limits.max_text_chars:,}", path)
    unmapped = sum(1 for p in pages for w in p.words if _UNMAPPED.search(w.text))
    if unmapped > _UNMAPPED_SHARE * sum(len(p.words) for p in pages):
        warnings.append(_warning("unmapped_glyphs", f"{unmapped:,} words contain glyphs without a Unicode "
                                 "mapping (shown as '(cid:N)'); the text may be garbled"))
    turned = [str(p.number) for p in pages if p.rotated > len(p.words)]
    if turned:
        warnings.append(_warning("rotated_text", f"most text on page(s) {', '.join(turned)} is rotated "
                                 "and was not read"))
    empty = [str(p.number) for p in pages if p.read and not p.words and not p.rotated]
    if empty:
        warnings.append(_warning("page_without_text", f"no text on page(s) {', '.join(empty)} "
                                 "(scanned or image-only pages are not read)"))
    paged = [(p, _page_lines(p.words)) for p in pages]
    removed = _strip_running_lines(paged)
    lines_by_page = [lines for _, lines in paged]
    style = _measure(lines_by_page)
    blocks = _group_blocks(lines_by_page, style)
    _complete_words_across_pages(blocks)
    builder = DocumentBuilder()
    for pending, page in blocks:
        _emit(builder, pending, page, style)
    meta = DocumentMeta(path=str(path), format="pdf", sha256=sha256_of(data), size=len(data),
                        pages=len(pages), encoding=None, removed=removed)
    return builder.build(meta, warnings)
