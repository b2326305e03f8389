"""Cells of the csv and xlsx files the project writes, made safe to open in a spreadsheet.

A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel
and LibreOffice as a formula ("formula injection": ``=HYPERLINK("http://…"&A1,"Klick")`` from a
report's Landkreis line would become a live link). OWASP's rule: such a cell gets a leading
apostrophe in csv. In xlsx every text cell is written as a text cell, never a formula, and those
cells are also marked "quote prefix" (Excel's own mark for text that looks like a formula), so the
value stays exactly the text. Control characters (which xlsx cannot hold and which a terminal
would obey) are written out as escapes; tabs and line breaks inside a text stay.

Where they apply: every csv row is written through ``writers.CsvStyle.writer`` (which calls
``csv_value`` for each cell), every xlsx row through ``append_xlsx_row``.
"""
from __future__ import annotations

from typing import Any

from extractor.core.filenames import shown

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_KEEP = "\t\n\r"


def csv_value(value: Any) -> Any:
    """A csv cell: text neutralised (apostrophe before a formula start, controls escaped); other values as they are."""
    if not isinstance(value, str):
        return value
    text = shown(value, keep=_KEEP)
    return "'" + text if text.startswith(FORMULA_START) else text


def append_xlsx_row(ws, values: list[Any]) -> None:
    """Append a row to an openpyxl worksheet with every text cell stored as text, never as a formula."""
    ws.append([shown(v, keep=_KEEP) if isinstance(v, str) else v for v in values])
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # openpyxl makes any text starting with "=" a formula cell
            if cell.value.startswith(FORMULA_START):
                cell.quotePrefix = True
