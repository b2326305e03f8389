"""The body walk: paragraphs, tables, content controls and text boxes in reading order, each paragraph
classified as heading, list item (with the marker Word draws) or paragraph, into a ``DocumentBuilder``."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from lxml import etree

from extractor.core.document import DocumentBuilder
from extractor.core.warnings import RecordWarning

from ..limits import Budget
from ..markers import LIST_MARKER, with_marker
from ..wordproc import ParagraphText, add_cell, add_paragraph
from .numbering import ListCounters, Numbering
from .paragraphs import is_placeholder, read_paragraph
from .styles import ParaStyle, Styles, outline_level
from .wordml import num_and_level, qn, w_int, w_val

_WRAPPERS = {qn("w:customXml"), qn("w:ins"), qn("w:moveTo"), qn("w:smartTag")}


def _block_items(container: etree._Element) -> Iterator[etree._Element]:
    """``w:p``, ``w:tbl`` and ``w:altChunk`` in order, looking through content controls and wrappers."""
    for child in container:
        tag = child.tag
        if tag in (qn("w:p"), qn("w:tbl"), qn("w:altChunk")):
            yield child
        elif tag == qn("w:sdt"):
            if not is_placeholder(child):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from _block_items(content)
        elif tag in _WRAPPERS:
            yield from _block_items(child)


def _children(container: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, also when wrapped in content controls."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


@dataclass
class _Classified:
    style: ParaStyle
    para: ParagraphText
    kind: str
    level: int | None
    ilvl: int
    text: str                     # the paragraph text, a list item's with the marker Word draws


class BodyReader:
    def __init__(self, styles: Styles, numbering: Numbering, builder: DocumentBuilder,
                 budget: Budget | None = None):
        self.styles = styles
        self.counters = ListCounters(numbering)
        self.builder = builder
        self.budget = budget
        self.tables = 0
        self.warnings: list[RecordWarning] = []

    def blocks(self, container: etree._Element) -> None:
        for el in _block_items(container):
            if el.tag == qn("w:p"):
                self.paragraph(el)
            elif el.tag == qn("w:tbl"):
                self.table(el)
            elif not any(w.code == "docx_alt_chunk" for w in self.warnings):
                self.warnings.append(RecordWarning(code="docx_alt_chunk", message="the document embeds another "
                                                   "file (altChunk) whose text was not read"))

    def classify(self, p: etree._Element) -> _Classified:
        """Read a paragraph and decide its kind; counts it in its list even when it is empty,
        as Word numbers empty list paragraphs too."""
        ppr = p.find(qn("w:pPr"))
        style = self.styles.paragraph(w_val(ppr, qn("w:pStyle")))
        para = read_paragraph(p, style, self.styles)
        level = style.level
        outline = w_val(ppr, qn("w:outlineLvl"))
        if outline is not None:
            level = outline_level(outline)
        num_id, ilvl = num_and_level(ppr.find(qn("w:numPr")) if ppr is not None else None)
        num_id = num_id if num_id is not None else style.num_id
        ilvl = ilvl if ilvl is not None else style.ilvl
        numbered = None if num_id is None else num_id != "0"
        marker = None
        if numbered:
            if ilvl is None:
                ilvl = self.counters.ilvl_for_style(num_id, style.style_id)
            marker = self.counters.next_marker(num_id, ilvl)
        if level is not None:
            kind = "heading"  # counted above; a heading's outline number is not added (yet)
        elif numbered or (numbered is None and style.list_name) or LIST_MARKER.match(para.text):
            kind = "list_item"
        else:
            kind = "paragraph"
        text = with_marker(para.text, marker) if kind == "list_item" else para.text
        return _Classified(style, para, kind, level, ilvl or 0, text)

    def paragraph(self, p: etree._Element) -> None:
        c = self.classify(p)
        add_paragraph(self.builder, self.budget, c.para, kind=c.kind, text=c.text, level=c.level,
                      style=c.style.name, indent=c.ilvl)
        for box in c.para.boxes:
            self.blocks(box)

    def table(self, tbl: etree._Element) -> None:
        number = self.tables
        self.tables += 1
        for row_no, tr in enumerate(_children(tbl, qn("w:tr"))):
            col = w_int(tr.find(qn("w:trPr")), qn("w:gridBefore"), 0)
            for tc in _children(tr, qn("w:tc")):
                tc_pr = tc.find(qn("w:tcPr"))
                span = max(1, w_int(tc_pr, qn("w:gridSpan"), 1))
                if not _is_merge_continuation(tc_pr):
                    add_cell(self.builder, self.budget, *self.cell_lines(tc), table=number, row=row_no, col=col)
                col += span

    def cell_lines(self, container: etree._Element) -> tuple[list[str], bool]:
        """Text of a cell as lines, nested tables flattened; and whether all its text is bold."""
        lines: list[str] = []
        bold = True
        for el in _block_items(container):
            if el.tag == qn("w:p"):
                c = self.classify(el)
                para = c.para
                if para.text.strip():
                    lines.append(c.text)
                    bold = bold and para.bold
                for box in para.boxes:
                    box_lines, box_bold = self.cell_lines(box)
                    lines += box_lines
                    bold = bold and box_bold
            elif el.tag == qn("w:tbl"):
                for tr in _children(el, qn("w:tr")):
                    for tc in _children(tr, qn("w:tc")):
                        if not _is_merge_continuation(tc.find(qn("w:tcPr"))):
                            cell_lines, cell_bold = self.cell_lines(tc)
                            lines += cell_lines
                            bold = bold and cell_bold
        return lines, bold and bool(lines)


def _is_merge_continuation(tc_pr: etree._Element | None) -> bool:
    # A vertically merged cell repeats as an empty w:tc with <w:vMerge/> (val "continue");
    # the old w:hMerge works the same way across columns.
    if tc_pr is None:
        return False
    for tag in (qn("w:vMerge"), qn("w:hMerge")):
        merge = tc_pr.find(tag)
        if merge is not None and (merge.get(qn("w:val")) or "continue") == "continue":
            return True
    return False
