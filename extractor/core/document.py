"""The format-neutral document every reader produces.

``Document.text`` is the one normalised string that every offset points into;
``blocks`` are its structural pieces (heading, paragraph, list item, table cell)
with offsets, page numbers and style hints. Readers never know about schemas.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from .textnorm import normalise_inline
from .warnings import RecordWarning

BLOCK_KINDS = ("heading", "paragraph", "list_item", "table_cell")


@dataclass
class Block:
    kind: str
    text: str
    start: int
    end: int
    page: int | None = None
    # Style hints: what the source format says about this block.
    level: int | None = None        # heading level (1 = top) when known
    bold: bool = False
    font_size: float | None = None  # points, pdf/docx
    style: str | None = None        # style name as written in the source (docx)
    indent: int = 0                 # leading spaces (txt) or indentation level
    table: int | None = None        # table cells: table number, row, column
    row: int | None = None
    col: int | None = None

    def to_dict(self) -> dict[str, Any]:
        # 0 is a real value for level/table/row/col; only absent hints are dropped
        return {k: v for k, v in self.__dict__.items() if v is not None and v is not False}


@dataclass(frozen=True)
class OcrInfo:
    """Which pages OCR read, with what, and how sure it was (the record's ``source.ocr``)."""
    engine: str                     # "tesseract"
    version: str                    # the engine's version, "5.5.4"
    language: str                   # the language data used, "deu"
    dpi: int                        # the resolution pages were read at (PDF pages: rendered at)
    pages: list[int]                # 1-based numbers of the pages read by OCR
    mean_confidence: float | None   # mean word confidence over those pages, 0-100 (None: no words)


@dataclass
class DocumentMeta:
    path: str
    format: str                     # a name from extractor.readers.formats
    sha256: str
    size: int
    pages: int | None = None
    encoding: str | None = None
    removed: list[str] = field(default_factory=list)  # running headers/footers dropped by the reader
    ocr: OcrInfo | None = None      # None: no page was read by OCR


@dataclass
class Document:
    text: str
    blocks: list[Block]
    meta: DocumentMeta
    warnings: list[RecordWarning] = field(default_factory=list)
    _block_starts: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def page_at(self, offset: int) -> int | None:
        """Page of the block containing ``offset`` (pdf), else None."""
        # Blocks are in text order and do not overlap: a binary search over their starts
        # (asked once per entity; a linear scan made long documents quadratic).
        starts = self._block_starts
        if starts is None or len(starts) != len(self.blocks):
            starts = self._block_starts = [b.start for b in self.blocks]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0:
            b = self.blocks[i]
            if offset < max(b.end, b.start + 1):
                return b.page
        return None


class DocumentBuilder:
    """Accumulates blocks and builds ``text`` so that ``text[b.start:b.end] == b.text``.

    Blocks are separated by one newline; ``gap_before`` inserts a blank line
    (a paragraph break in the source). Block text is normalised here, once,
    so every reader gets the same treatment.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.blocks: list[Block] = []
        self._pending_gap = False

    def gap(self) -> None:
        """Mark a paragraph break before the next block."""
        if self.blocks:
            self._pending_gap = True

    def add(self, kind: str, text: str, *, page: int | None = None, gap_before: bool = False,
            keep_newlines: bool = False, **hints: Any) -> Block | None:
        if kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        text = normalise_inline(text, keep_newlines=keep_newlines)
        if not text:
            return None
        if self.blocks:
            sep = "\n\n" if (gap_before or self._pending_gap) else "\n"
            self._parts.append(sep)
            self._len += len(sep)
        self._pending_gap = False
        start = self._len
        self._parts.append(text)
        self._len += len(text)
        block = Block(kind=kind, text=text, start=start, end=self._len, page=page, **hints)
        self.blocks.append(block)
        return block

    def build(self, meta: DocumentMeta, warnings: list[RecordWarning] | None = None) -> Document:
        return Document(text="".join(self._parts), blocks=self.blocks, meta=meta, warnings=warnings or [])
