"""What the normalisers of several labels do to a candidate span."""
from __future__ import annotations

from spacy.tokens import Doc, Span

# Punctuation that ends a sentence or a bracket, not a name or an address.
TRAILING_PUNCT = ".,;:!?)("


def relabel(doc: Doc, start: int, end: int, label: str) -> Span:
    """A new span over tokens ``start``..``end`` (the candidate trimmed or extended)."""
    return Span(doc, start, end, label=label)
