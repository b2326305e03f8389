"""Money amounts of a section with what each was for, and the total.

The total is the first amount marked as one ("insgesamt" in its qualifier, "Gesamtkosten" or "Summe" in
its label), else the first whose sentence speaks of a total, else the only amount there is. What an amount was for is asked of a
label function: by default the words in front of it on its line ("Personalkosten: 32.000 €") or the
first cell of its table row; a type may bring its own (KFD names the cost nouns of the sentence).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from spacy.tokens import Span

from extractor.readers.base import LIST_MARKER

TOTAL_WORDS = ("gesamtkosten", "insgesamt", "gesamtsumme", "summe", "gesamt", "gesamtaufwand", "gesamtbetrag",
               "zusammen")
LABEL_MAX_WORDS = 6             # longer text in front of an amount is a sentence, not a label
_LABEL_STRIP = " \t:=–—-.,;|"
_TOTAL = re.compile(r"\b(?:" + "|".join(TOTAL_WORDS) + r"|gesamt\w*)\b", re.I)


def amounts(ctx, spans: list[tuple[int, int]], label: Callable | None = None) -> dict:
    """``{"amounts": [Money...], "total": Money | None}`` of the MONEY entities inside ``spans``;
    ``label(ctx, ent)`` says what an amount was for (default: ``line_label``)."""
    label = label or line_label
    found = []
    for start, end in spans:
        for ent in ctx.entities("MONEY", start=start, end=end):
            money = dict(ent._.value)
            money["label"] = label(ctx, ent)
            found.append((money, ent))
    # the amount that says it is the total, before one whose sentence merely mentions a total
    total = next((m for m, _ in found if _marked_total(m)), None) \
        or next((m for m, ent in found if _in_total_sentence(ent)), None)
    if total is None and len(found) == 1:
        total = found[0][0]
    return {"amounts": [m for m, _ in found], "total": total}


def _marked_total(money: dict) -> bool:
    q = (money.get("qualifier") or "").lower()
    return "gesamt" in q or bool(money.get("label") and _TOTAL.search(money["label"]))


def _in_total_sentence(ent: Span) -> bool:
    return any(t.lower_ in TOTAL_WORDS or t.lower_.startswith("gesamt") for t in ent.sent)


def line_label(ctx, ent: Span) -> str | None:
    """The words in front of an amount on its line, when the line is a "label: amount" line (the amount
    ends it, or a colon stands before it); in a table, the row's first cell."""
    doc = ctx.doc
    block = _block_at(doc, ent.start_char)
    if block is not None and block.kind == "table_cell" and block.col:
        first = next((b for b in doc.blocks if b.kind == "table_cell" and b.table == block.table
                      and b.row == block.row and b.col == 0), None)
        return _clean(first.text) if first is not None else None
    text = doc.text
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    before = text[line_start:ent.start_char]
    after = text[ent.end_char:len(text) if line_end < 0 else line_end]
    # a line with several amounts ("Personal 12.000 €, Sachkosten 3.000 €"): only what follows the previous
    previous = [e for e in ctx.entities("MONEY", start=line_start, end=ent.start_char)]
    if previous:
        before = text[previous[-1].end_char:ent.start_char]
    colon = before.rstrip().endswith((":", "=")) or "\t" in before
    ends_line = not re.search(r"\w", re.sub(r"\([^)]*\)", "", after.split(",")[0]))
    if not (colon or ends_line):
        return None
    before = LIST_MARKER.sub("", before.strip(), count=1)
    cleaned = _clean(before)
    if not cleaned or len(cleaned.split()) > LABEL_MAX_WORDS:
        return None
    return cleaned


def _clean(text: str) -> str | None:
    return " ".join(text.strip(_LABEL_STRIP).split()) or None


def _block_at(doc, offset: int):
    starts = [b.start for b in doc.blocks]
    i = bisect.bisect_right(starts, offset) - 1
    return doc.blocks[i] if i >= 0 and offset < doc.blocks[i].end else None
