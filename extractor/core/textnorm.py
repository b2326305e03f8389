"""Pure text normalisation shared by all readers."""
from __future__ import annotations

import re
import unicodedata

# Characters that carry no text: soft hyphen, zero-width marks, BOM, word joiner.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Typographic ligatures that PDF fonts emit as one glyph.
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
              "\ufb05": "st", "\ufb06": "st"}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)
# Every horizontal space (tab, NBSP, thin space, ...) becomes one plain space.
_HSPACE = re.compile(r"[^\S\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")


def normalise_inline(text: str, *, keep_newlines: bool = False) -> str:
    """NFC, no invisible characters or ligatures, single spaces, stripped lines.

    With ``keep_newlines`` the line structure survives (empty lines dropped);
    otherwise the text becomes one line.
    """
    text = unicodedata.normalize("NFC", normalise_newlines(text))
    text = text.translate(_INVISIBLE).translate(_LIGATURE_TABLE)
    text = _CONTROL.sub(" ", text)
    if keep_newlines:
        lines = (_HSPACE.sub(" ", line).strip() for line in text.split("\n"))
        return "\n".join(line for line in lines if line)
    return _HSPACE.sub(" ", text.replace("\n", " ")).strip()


def fold(text: str) -> str:
    """Comparison key: lower case, umlauts kept, single spaces."""
    return " ".join(text.lower().split())
