"""RTF: converted to docx by LibreOffice (``converted``) after a pre-check that refuses, before LibreOffice
starts, what would make it run away: groups nested absurdly deep, and binary data (``\\binN``) declared
longer than the file (a 60-byte RTF declaring 2 GB kept LibreOffice busy past a minute). Everything
else is bounded by the conversion's time and memory limits."""
from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from extractor.core.document import Document
from extractor.core.errors import ExtractionError

from .converted import read_converted
from .options import ReadOptions

_BIN = re.compile(rb"\\bin(-?\d{1,12})")
_ESCAPED = re.compile(rb"\\[\\{}]")
_BRACES = bytes(range(256)).translate(None, b"{}")   # every byte but the two braces, for deletion
_CHUNK = 1 << 22


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    check(data, path, options.limits.max_rtf_depth)
    return read_converted(path, data, options, name="rtf", title="RTF document")


def check(data: bytes, path: Path, max_depth: int) -> None:
    """Refuse (``hostile``) groups nested deeper than ``max_depth`` and ``\\binN`` running past the end."""
    for match in _BIN.finditer(data):
        declared = int(match.group(1))
        left = len(data) - match.end()
        if declared > left:
            raise ExtractionError("hostile", f"declares {declared:,} bytes of binary data (\\bin) but only "
                                             f"{left:,} bytes follow", path)
    depth = _max_depth(_ESCAPED.sub(b"", data).translate(None, _BRACES))
    if depth > max_depth:
        raise ExtractionError("hostile", f"groups nested {depth:,} deep (limit {max_depth:,})", path)


def _max_depth(braces: bytes) -> int:
    """The deepest nesting in a string of braces (running sum of +1 per "{", -1 per "}"), in chunks."""
    deepest, level = 0, 0
    for at in range(0, len(braces), _CHUNK):
        steps = np.frombuffer(braces[at:at + _CHUNK], dtype=np.uint8).astype(np.int32)
        running = np.cumsum(np.where(steps == ord("{"), 1, -1)) + level
        deepest = max(deepest, int(running.max()))
        level = int(running[-1])
    return deepest
