"""List items: one per bullet or numbered line; where the answer is prose, the items of an enumeration
after a colon ("Ergebnisse sind: A, B und C."), else one sentence each."""
from __future__ import annotations

import re

from extractor.pipeline.fieldkit import TextSpan, lines_between, strip_marker

_ENUM_SPLIT = re.compile(r"\s*(?:;|,\s*(?:sowie\s+)?|\s(?:sowie|und)\s)\s*")
# "Fahrerinnen und Fahrer" is one item, not two
_GENDER_PAIR = re.compile(r"\b(\w+)innen und \1(?:e|en|er|n)?\b")
_KEPT = "\x00"
MIN_ITEM_CHARS = 4


def section_items(ctx, key: str) -> list[str]:
    """The list items of a section's answer; none for a missing or unanswered section ("k. A.")."""
    sec = ctx.sections.sections.get(key)
    if sec is None or not sec.answer or not sec.answered:
        return []
    lines = [ln for piece in sec.answer for ln in lines_between(ctx.doc.text, piece.start, piece.end)]
    items = [item.text for ln in lines if (item := strip_marker(ln))]
    if items:
        return items
    for sent in (s for piece in sec.answer for s in _sentences(ctx, piece.start, piece.end)):
        head, colon, tail = sent.partition(":")
        if colon and tail.strip():
            parts = enumeration(tail)
            if len(parts) >= 2:
                return parts
    return [s for piece in sec.answer for s in _sentences(ctx, piece.start, piece.end)]


def value_items(lines: list[TextSpan]) -> list[str]:
    """The items of a labelled value: its lines (bullets stripped), or the parts of a one-line
    enumeration ("A, B und C")."""
    if len(lines) == 1 and not strip_marker(lines[0]):
        return enumeration(lines[0].text) or [lines[0].text]
    return [(strip_marker(ln) or ln).text for ln in lines]


def enumeration(text: str) -> list[str]:
    """"A, B sowie C." -> [A, B, C] (parts shorter than an item are dropped)."""
    kept = _GENDER_PAIR.sub(lambda m: m.group(0).replace(" und ", _KEPT), text.strip())
    parts = (p.replace(_KEPT, " und ").strip(" .") for p in _ENUM_SPLIT.split(kept))
    return [p for p in parts if len(p) >= MIN_ITEM_CHARS]


def _sentences(ctx, start: int, end: int) -> list[str]:
    span = ctx.span(start, end)
    if span is None:
        return []
    return [s.text.strip() for s in span.sents if len(s.text.strip()) >= MIN_ITEM_CHARS]
