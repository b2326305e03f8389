"""Rule-based German entity recognition (spaCy). ``analyse(text)`` returns a spaCy ``Doc`` whose
``doc.ents`` carry normalised values in ``span._.value``.

spaCy is imported on first use, so that modules needing only the label table (``labels``) or the surface
patterns (``patterns``) stay light.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["analyse", "get_nlp"]


def get_nlp() -> "Language":
    """The pipeline, built once per process."""
    from .pipeline import get_nlp as build
    return build()


def analyse(text: str) -> "Doc":
    return get_nlp()(text)
