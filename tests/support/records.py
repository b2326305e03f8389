"""Records extracted once per process for in-process tests of what reads records (redaction, exports).

Cached on purpose: mutation testing forks its test runs from a process that has run the tests once,
so every mutant finds the record made and only the code under test runs again."""
from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from extractor.pipeline.engine import extract
from tests.conftest import SAMPLES

# Planted in the Plochingen report's answers, in spellings the extractor does not find as entities.
PLANTED = ("Rückfragen an felix.u (at) example (punkt) org oder Tel. 07153 7005104 oder 07153.7005.104. "
           "Herr Unseld dankte; Unselds Team und UNSELD selbst. ")
PLANTED_BEFORE = "Die Konzeption und Durchführung"   # the answer the sentences go in front of
FILE_NAME = "bericht_unseld.txt"                     # the contact's surname in the file name too


@functools.cache
def plochingen_planted() -> dict:
    """The record of samples/plochingen.txt with ``PLANTED`` in one answer, read from ``FILE_NAME``."""
    text = (SAMPLES / "plochingen.txt").read_text(encoding="utf-8")
    assert PLANTED_BEFORE in text
    text = text.replace(PLANTED_BEFORE, PLANTED + PLANTED_BEFORE, 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / FILE_NAME
        path.write_text(text, encoding="utf-8")
        return extract(path)


def strings(value) -> list[str]:
    """Every string in a record (keys too), as plain text: a JSON dump would escape backslashes."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []
