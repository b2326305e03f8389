"""The body walk: paragraphs, headings, lists, tables, sections and text boxes in reading order, each
paragraph classified as heading, list item (with the label LibreOffice draws) or paragraph, into a
``DocumentBuilder`` — the same blocks the docx reader makes of the same content."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lxml import etree

from extractor.core.document import DocumentBuilder

from ..limits import Budget
from ..markers import LIST_MARKER, with_marker
from ..wordproc import ParagraphText, add_cell, add_paragraph
from .lists import ListCounters
from .odfxml import bounded_int, qn
from .paragraphs import read_paragraph
from .styles import ParaStyle, Styles, outline_level

_PARAGRAPHS = {qn("text:p"), qn("text:h")}
_LIST, _TABLE = qn("text:list"), qn("table:table")
# Containers whose children are body content: sections, the bodies and titles of indexes (a table of
# contents shows its entries), header/footer regions.
_CONTAINERS = {qn(t) for t in ("text:section", "text:index-body", "text:index-title", "text:table-of-content",
                               "text:illustration-index", "text:table-index", "text:object-index",
                               "text:user-index", "text:alphabetical-index", "text:bibliography",
                               "style:region-left", "style:region-center", "style:region-right")}
_FRAMES = {qn("draw:frame"), qn("draw:a"), qn("draw:g")}
_ROW_GROUPS = {qn(t) for t in ("table:table-header-rows", "table:table-rows", "table:table-row-group")}
_MAX_REPEAT = 1000                # table:number-*-repeated; a hostile file may claim millions


@dataclass
class _Item:
    """Where a paragraph sits in a list: counters key, list style, depth (1-based), start value."""
    key: int
    style: str | None
    depth: int
    start_value: int | None


@dataclass
class _Classified:
    style: ParaStyle
    para: ParagraphText
    kind: str
    level: int | None
    depth: int
    text: str


def _rows(container: etree._Element) -> Iterator[etree._Element]:
    for child in container:
        if child.tag == qn("table:table-row"):
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _rows(child)


def _repeat(el: etree._Element, attr: str) -> int:
    return bounded_int(el.get(qn(attr)), 1, 1, _MAX_REPEAT)


class BodyReader:
    def __init__(self, styles: Styles, builder: DocumentBuilder, budget: Budget | None = None):
        self.styles = styles
        self.counters = ListCounters(styles.list_styles)
        self.builder = builder
        self.budget = budget
        self.tables = 0

    # ---- block level

    def blocks(self, container: etree._Element) -> None:
        for el in container:
            if el.tag in _PARAGRAPHS:
                self.paragraph(el, None)
            elif el.tag == _LIST:
                self.list(el, None, 1)
            elif el.tag == _TABLE:
                self.table(el)
            elif el.tag in _CONTAINERS:
                self.blocks(el)
            elif el.tag in _FRAMES:  # anchored to the page
                for box in el.iter(qn("draw:text-box")):
                    self.blocks(box)

    def _list_children(self, lst: etree._Element, outer: _Item | None,
                       depth: int) -> Iterator[tuple[etree._Element, _Item, _Item | None]]:
        """Every child of every item of ``lst``: (child, its item's place, the item to label it with:
        the first paragraph of a ``text:list-item`` only; a list header has no label)."""
        style = lst.get(qn("text:style-name")) or (outer.style if outer else None)
        key = outer.key if outer else self.counters.begin(lst, style)
        for item in lst:
            if item.tag not in (qn("text:list-item"), qn("text:list-header")):
                continue
            start = item.get(qn("text:start-value"))
            here = _Item(key, style, depth, bounded_int(start, 1, 0, 10**9) if start is not None else None)
            labelled = item.tag == qn("text:list-item")
            for child in item:
                yield child, here, here if labelled and child.tag in _PARAGRAPHS else None
                labelled = labelled and child.tag not in _PARAGRAPHS and child.tag != _LIST

    def list(self, lst: etree._Element, outer: _Item | None, depth: int) -> None:
        for child, here, label in self._list_children(lst, outer, depth):
            if child.tag in _PARAGRAPHS:
                self.paragraph(child, label)
            elif child.tag == _LIST:
                self.list(child, here, depth + 1)
            elif child.tag == _TABLE:
                self.table(child)

    def classify(self, p: etree._Element, item: _Item | None) -> _Classified:
        """Read a paragraph and decide its kind; a list item is counted even when it is empty."""
        style = self.styles.paragraph(p.get(qn("text:style-name")))
        para = read_paragraph(p, style, self.styles)
        level = style.level
        if p.tag == qn("text:h"):
            level = outline_level(p.get(qn("text:outline-level")) or "1")
        marker = None
        if item is not None:
            list_style = item.style or style.list_style
            marker = self.counters.next_marker(item.key, list_style, item.depth, item.start_value)
        if level is not None:
            kind = "heading"  # counted above; a heading's outline number is not added (as in docx)
        elif item is not None or style.list_name or LIST_MARKER.match(para.text):
            kind = "list_item"
        else:
            kind = "paragraph"
        text = with_marker(para.text, marker) if kind == "list_item" else para.text
        return _Classified(style, para, kind, level, item.depth - 1 if item else 0, text)

    def paragraph(self, p: etree._Element, item: _Item | None) -> None:
        c = self.classify(p, item)
        add_paragraph(self.builder, self.budget, c.para, kind=c.kind, text=c.text, level=c.level,
                      style=c.style.name, indent=c.depth)
        for box in c.para.boxes:
            self.blocks(box)

    # ---- tables

    def table(self, tbl: etree._Element) -> None:
        number = self.tables
        self.tables += 1
        row_no = 0
        for tr in _rows(tbl):
            col = 0
            for tc in tr:
                if tc.tag == qn("table:table-cell"):
                    add_cell(self.builder, self.budget, *self.cell_lines(tc), table=number, row=row_no, col=col)
                    col += _repeat(tc, "table:number-columns-repeated")
                elif tc.tag == qn("table:covered-table-cell"):  # the rest of a merged cell
                    col += _repeat(tc, "table:number-columns-repeated")
            row_no += _repeat(tr, "table:number-rows-repeated")

    def cell_lines(self, elements: Iterable[etree._Element], item: _Item | None = None) -> tuple[list[str], bool]:
        """Text of cell content as lines (list items with their labels; ``item`` labels the first
        paragraph), nested tables flattened; and whether all its text is bold."""
        lines: list[str] = []
        bold = True

        def take(more: tuple[list[str], bool]) -> None:
            nonlocal bold
            lines.extend(more[0])
            bold = bold and more[1]

        for el in elements:
            if el.tag in _PARAGRAPHS:
                c = self.classify(el, item)
                item = None
                if c.para.text.strip():
                    lines.append(c.text)
                    bold = bold and c.para.bold
                for box in c.para.boxes:
                    take(self.cell_lines(box))
            elif el.tag == _LIST:
                take(self._list_lines(el, None, 1))
            elif el.tag == _TABLE:
                for tr in _rows(el):
                    for tc in tr:
                        if tc.tag == qn("table:table-cell"):
                            take(self.cell_lines(tc))
            elif el.tag in _CONTAINERS:
                take(self.cell_lines(el))
        return lines, bold and bool(lines)

    def _list_lines(self, lst: etree._Element, outer: _Item | None, depth: int) -> tuple[list[str], bool]:
        lines: list[str] = []
        bold = True
        for child, here, label in self._list_children(lst, outer, depth):
            more = self._list_lines(child, here, depth + 1) if child.tag == _LIST else self.cell_lines([child], label)
            lines.extend(more[0])
            bold = bold and more[1]
        return lines, bold
