"""The page count a PDF declares (its page tree's /Count), read with pdfminer before any page is, so a
file claiming a billion pages is refused at once (pdfium only counts the pages it finds)."""
from __future__ import annotations

from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import resolve1


def declared_page_count(doc: PDFDocument) -> int | None:
    try:
        return int(resolve1(resolve1(doc.catalog["Pages"])["Count"]))
    except Exception:  # missing or malformed /Count: the pages counted while reading decide
        return None
