"""One paragraph's visible text (runs, tabs, breaks, symbols; hidden, deleted and placeholder text left out),
whether it is all bold, its font size, and the text boxes anchored in it."""
from __future__ import annotations

from collections import Counter

from lxml import etree

from ..wordproc import ParagraphText
from .styles import ParaStyle, Styles
from .wordml import MC_FALLBACK, on_off, qn

# Subtrees that hold no visible text of this paragraph.
_SKIP = {qn(t) for t in ("w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:del", "w:moveFrom", "w:instrText",
                         "w:delText", "w:fldData", "w:footnoteReference", "w:endnoteReference")} | {MC_FALLBACK}
_CHARS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
          qn("w:noBreakHyphen"): "-", qn("w:softHyphen"): "\u00ad"}
# w:sym characters from symbol fonts that mean something in a form: bullets and check boxes.
_SYMBOLS = {"F0B7": "•", "F0A7": "▪", "F0FE": "☒", "F0FD": "☒", "F078": "☒", "F0A8": "☐", "F06F": "☐"}


def is_placeholder(sdt: etree._Element) -> bool:
    return bool(on_off(sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}")))


def read_paragraph(p: etree._Element, para: ParaStyle, styles: Styles) -> ParagraphText:
    pieces: list[tuple[str, etree._Element]] = []
    boxes: list[etree._Element] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == qn("w:t"):
            pieces.append((el.text or "", el.getparent()))
        elif tag in _CHARS:
            pieces.append((_CHARS[tag], el.getparent()))
        elif tag == qn("w:sym"):
            pieces.append((_SYMBOLS.get((el.get(qn("w:char")) or "").upper(), ""), el.getparent()))
        elif tag == qn("w:txbxContent"):
            boxes.append(el)
        elif tag == qn("w:sdt") and is_placeholder(el):
            continue
        else:
            stack.extend(reversed(el))
    visible = [(text, run) for text, run in pieces
               if run is None or run.tag != qn("w:r") or not on_off(styles.run_prop(run, para, qn("w:vanish")))]
    text = "".join(text for text, _ in visible)
    inked = [(text, run) for text, run in visible if text.strip() and run is not None and run.tag == qn("w:r")]
    bold = bool(inked) and all(on_off(styles.run_prop(run, para, qn("w:b"))) for _, run in inked)
    sizes: Counter[float] = Counter()
    for piece, run in inked:
        half_points = styles.run_prop(run, para, qn("w:sz"))
        try:
            sizes[int(half_points.get(qn("w:val"))) / 2] += len(piece.strip())
        except (AttributeError, TypeError, ValueError):  # no size anywhere, or not a number
            pass
    font_size = sizes.most_common(1)[0][0] if sizes else None
    return ParagraphText(text=text, bold=bold, font_size=font_size, boxes=boxes)
