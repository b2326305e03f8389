"""How counts and paths are written for people, in every command's messages and tables."""
from __future__ import annotations

ELLIPSIS = "…"


def plural(n: int, word: str, words: str | None = None) -> str:
    """"1 file", "2 files"; ``words`` for an irregular plural ("1 copy", "2 copies")."""
    return f"{n} {word if n == 1 else words or word + 's'}"


def shorten_middle(text: str, width: int) -> str:
    """``text`` in at most ``width`` characters: the middle is cut out and marked with "…", so both the
    start of a path and the file name at its end stay readable."""
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    keep = width - 1
    name = len(text) - text.replace("\\", "/").rfind("/") - 1
    tail = keep - keep // 3
    if tail < name <= keep - 3:                          # the file name whole when it fits
        tail = name
    return text[:keep - tail] + ELLIPSIS + text[len(text) - tail:]
