"""Rule-based German entity recognition (spaCy). ``analyse(text)`` returns a spaCy ``Doc`` whose
``doc.ents`` carry normalised values in ``span._.value``."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc

from .pipeline import get_nlp

__all__ = ["analyse", "analyse_many", "get_nlp"]


def analyse(text: str) -> Doc:
    return get_nlp()(text)


def analyse_many(texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    return get_nlp().pipe(texts, batch_size=batch_size)
