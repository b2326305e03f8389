"""Small helpers for WordprocessingML elements (the w: namespace), shared by the docx modules."""
from __future__ import annotations

from functools import lru_cache

from docx.oxml.ns import qn as _qn
from lxml import etree

qn = lru_cache(maxsize=None)(_qn)  # Clark names ("{ns}p") are looked up for every element
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_ILVL = 8                     # levels 0..8


def on_off(el: etree._Element | None) -> bool | None:
    """Value of an on/off element (``<w:b/>``, ``<w:b w:val="0"/>``), None when absent."""
    if el is None:
        return None
    return (el.get(qn("w:val")) or "true").lower() in ("1", "true", "on")


def w_val(el: etree._Element | None, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return found.get(qn("w:val")) if found is not None else None


def w_int(el: etree._Element | None, path: str, default: int) -> int:
    try:
        return max(0, min(int(w_val(el, path) or default), 1000))
    except ValueError:
        return default


def num_and_level(num_pr: etree._Element | None) -> tuple[str | None, int | None]:
    """``(numId, ilvl)`` of a ``w:numPr``, each None when not given; numId "0" switches numbering off."""
    num_id = w_val(num_pr, qn("w:numId"))
    ilvl = w_val(num_pr, qn("w:ilvl"))
    try:
        return num_id, None if ilvl is None else max(0, min(int(ilvl), MAX_ILVL))
    except ValueError:
        return num_id, None
