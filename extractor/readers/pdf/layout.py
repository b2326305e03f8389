"""Stages 2 and 3 for the words of any engine: lines, running headers and footers, blocks. It knows no PDF
library, so words from OCR (or any other source of ``PageWords``) take exactly the same path."""
from __future__ import annotations

from dataclasses import dataclass

from .blocks import PageBlock, build_blocks
from .columns import ColumnFinder
from .lines import page_lines, strip_running_lines
from .settings import DEFAULT_LAYOUT, LayoutSettings
from .words import PageWords


@dataclass
class Layout:
    blocks: list[PageBlock]
    removed: list[str]          # running headers, footers and page numbers, one text per pattern


def layout(pages: list[PageWords], settings: LayoutSettings = DEFAULT_LAYOUT) -> Layout:
    columns = ColumnFinder(settings)
    paged = [(page, page_lines(page, settings, columns)) for page in pages]
    removed = strip_running_lines(paged, settings)
    return Layout(build_blocks([lines for _, lines in paged], settings), removed)
