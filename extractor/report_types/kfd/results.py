"""results: the measures and results the report lists, one item per bullet or numbered line;
where the answer is prose, the items of an enumeration after a colon, else one sentence each."""
from __future__ import annotations

import re

from extractor.pipeline.fieldkit import lines_between, strip_marker

_ENUM_SPLIT = re.compile(r"\s*(?:;|,\s*(?:sowie\s+)?|\s(?:sowie|und)\s)\s*")
MIN_ITEM_CHARS = 4


def results(ctx) -> list[str]:
    sec = ctx.sections.sections.get("results")
    if sec is None or not sec.answer or not sec.answered:
        return []  # a placeholder ("k. A.") is no result
    lines = [ln for piece in sec.answer for ln in lines_between(ctx.doc.text, piece.start, piece.end)]
    items = [item.text for ln in lines if (item := strip_marker(ln))]
    if items:
        return items
    # prose: "Ergebnisse sind: A, B und C." -> A, B, C
    for sent in (s for piece in sec.answer for s in _sentences(ctx, piece.start, piece.end)):
        head, colon, tail = sent.partition(":")
        if colon and tail.strip():
            parts = [p.strip(" .") for p in _ENUM_SPLIT.split(tail.strip()) if len(p.strip(" .")) >= MIN_ITEM_CHARS]
            if len(parts) >= 2:
                return parts
    return [s for piece in sec.answer for s in _sentences(ctx, piece.start, piece.end)]


def _sentences(ctx, start: int, end: int) -> list[str]:
    span = ctx.span(start, end)
    if span is None:
        return []
    return [s.text.strip() for s in span.sents if len(s.text.strip()) >= MIN_ITEM_CHARS]
