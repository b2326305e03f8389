"""One paragraph's visible text (spans, links and fields; ``text:s``, tabs and line breaks; notes,
comments, tracked deletions, placeholders and hidden text left out), whether it is all bold, its font
size, and the text boxes anchored in it."""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from ..wordproc import ParagraphText
from .odfxml import bounded_int, qn
from .styles import ParaStyle, Styles

_XML_SPACE = re.compile(r"[ \t\r\n]+")     # ODF collapses XML white space in text to one space
# Elements whose content is not this paragraph's visible text.
_SKIP = {qn(t) for t in ("text:note", "office:annotation", "office:annotation-end", "text:tracked-changes",
                         "text:change", "text:change-start", "text:change-end", "text:placeholder",
                         "text:hidden-text", "text:bookmark", "text:bookmark-start", "text:bookmark-end",
                         "text:reference-mark", "text:reference-mark-start", "text:reference-mark-end",
                         "text:soft-page-break", "text:ruby-text", "text:toc-mark", "text:alphabetical-index-mark",
                         "text:user-index-mark", "text:sequence-ref")}
_SPAN = qn("text:span")
_FRAMES = {qn("draw:frame"), qn("draw:a"), qn("draw:g"), qn("draw:custom-shape"), qn("draw:rect")}
_TEXT_BOX = qn("draw:text-box")


def _is_bold(weight: str | None) -> bool:
    if weight == "bold":
        return True
    return bounded_int(weight, 0, 0, 1000) >= 600


def _points(size: str | None) -> float | None:
    if size and size.endswith("pt"):
        try:
            return float(size[:-2])
        except ValueError:
            return None
    return None


def read_paragraph(p: etree._Element, para: ParaStyle, styles: Styles) -> ParagraphText:
    pieces: list[tuple[str, tuple[str, ...]]] = []
    boxes: list[etree._Element] = []

    def add(text: str | None, spans: tuple[str, ...]) -> None:
        if text:
            pieces.append((_XML_SPACE.sub(" ", text), spans))

    def walk(el: etree._Element, spans: tuple[str, ...]) -> None:
        add(el.text, spans)
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                pass
            elif tag == _SPAN:
                walk(child, spans + (child.get(qn("text:style-name")) or "",))
            elif tag == qn("text:s"):
                pieces.append((" " * bounded_int(child.get(qn("text:c")), 1, 1, 1000), spans))
            elif tag == qn("text:tab"):
                pieces.append(("\t", spans))
            elif tag == qn("text:line-break"):
                pieces.append(("\n", spans))
            elif tag in _FRAMES:
                boxes.extend(child.iter(_TEXT_BOX))
            else:  # links, fields (page number, date, ...), ruby base, meta: their text is shown
                walk(child, spans)
            add(child.tail, spans)

    walk(p, ())
    visible = [(text, spans) for text, spans in pieces
               if styles.text_prop(spans, para, qn("text:display")) != "none"]
    text = "".join(text for text, _ in visible)
    inked = [(text, spans) for text, spans in visible if text.strip()]
    bold = bool(inked) and all(_is_bold(styles.text_prop(spans, para, qn("fo:font-weight"))) for _, spans in inked)
    sizes: Counter[float] = Counter()
    for piece, spans in inked:
        size = _points(styles.text_prop(spans, para, qn("fo:font-size")))
        if size is not None:
            sizes[size] += len(piece.strip())
    font_size = sizes.most_common(1)[0][0] if sizes else None
    return ParagraphText(text=text, bold=bold, font_size=font_size, boxes=boxes)
