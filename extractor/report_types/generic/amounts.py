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

from extractor.readers.markers import LIST_MARKER

TOTAL_WORDS = ("gesamtkosten", "insgesamt", "gesamtsumme", "summe", "gesamt", "gesamtaufwand", "gesamtbetrag",
               "zusammen")
LABEL_MAX_WORDS = 6             # longer text in front of an amount is a sentence, not a label
_LABEL_STRIP = " \t:=–—-.,;|"
_SEPARATOR = re.compile(r"[,;.]\s|[,;]")                   # between the positions of a line
_CLAUSE_END = re.compile(r"[,;.]\s|[,;]|\s(?:und|sowie)\s")  # after an amount: where its clause ends
_LEADING = ("und", "sowie", "für", "davon", "der", "die", "das", "den", "dem", "des")  # "und für die Schulung"
_JOINING = ("und", "sowie", "für", "inkl.", "zzgl.", "-", "–")
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
    """What an amount was for, from the words in front of it: "Personalkosten: 32.000 €", "Sonnensegel
    900 €", "..., für Bücher und Material 1.900 €,"; in a table, the first cell of its row. Words in front
    of it that are not a name for a cost ("Die Ausgaben betrugen 900 €") give none."""
    doc = ctx.doc
    block = _block_at(doc, ent.start_char)
    if block is not None and block.kind == "table_cell" and block.col:
        first = next((b for b in doc.blocks if b.kind == "table_cell" and b.table == block.table
                      and b.row == block.row and b.col == 0), None)
        return _clean(first.text) if first is not None else None
    text = doc.text
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char)
    previous = ctx.entities("MONEY", start=line_start, end=ent.start_char)  # "A 12.000 €, B 3.000 €"
    before = text[previous[-1].end_char if previous else line_start:ent.start_char]
    after = text[ent.end_char:len(text) if line_end < 0 else line_end]
    colon = before.rstrip().endswith((":", "=")) or "\t" in before
    ends_clause = not re.search(r"\w", _CLAUSE_END.split(re.sub(r"\([^)]*\)", "", after), maxsplit=1)[0])
    if not (colon or ends_clause):
        return None
    before = LIST_MARKER.sub("", _SEPARATOR.split(before)[-1].strip(), count=1)
    words = before.strip(_LABEL_STRIP).split()
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    if not words or len(words) > LABEL_MAX_WORDS:
        return None
    if not colon and not all(w[:1].isupper() or w[:1] in "(&/" or w.lower() in _JOINING for w in words):
        return None
    return _clean(" ".join(words))


def _clean(text: str) -> str | None:
    return " ".join(text.strip(_LABEL_STRIP).split()) or None


def _block_at(doc, offset: int):
    starts = [b.start for b in doc.blocks]
    i = bisect.bisect_right(starts, offset) - 1
    return doc.blocks[i] if i >= 0 and offset < doc.blocks[i].end else None
