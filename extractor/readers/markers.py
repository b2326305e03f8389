"""List markers: the ones every reader and the field rules recognise at the start of a line, and how the
word-processor readers (docx, odt) draw the marker a list level defines."""
from __future__ import annotations

import re

# A list marker at the start of a line: bullets, dashes, "1.", "1)", "a)", "IV.".
LIST_MARKER = re.compile(
    r"^\s*(?:[•◦▪▫‣●○■□✓➢➤►–—\-*·]"      # bullets and dashes
    r"|\(?\d{1,2}(?:\.\d{1,2})*[.)]"         # 1.  1)  (1)  1.2.
    r"|\d{1,2}(?:\.\d{1,2})+"               # 1.2
    r"|\(?[a-zA-Z][.)]"                     # a)  a.  (c)
    r"|\(?(?:[IVX]{1,4}|[ivx]{1,4})[.)])"   # IV.  iv)
    r"\s+")

# Bullet glyphs that mark a list item even glued to the text ("•Text"), which LIST_MARKER, wanting a
# space after the marker, misses.
SYMBOL_BULLETS = "•◦▪▫‣●○■□✓➢➤►◆➔"

# Bullet glyphs all read as "•" (Symbol "\uf0b7", Wingdings "\uf0a7" and "§", Courier "o", ...),
# except a dash, which a reader sees as a dash and a txt writer types as "-".
_DASH_BULLETS = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uf02d"}
_MAX_LETTER_REPEAT = 30           # Word writes 27 as "aa", 53 as "aaa"; beyond this, digits
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def bullet_marker(glyph: str) -> str | None:
    """The marker a bullet level draws: "-" for a dash, "•" for any other glyph, None for none."""
    glyph = glyph.strip()
    if not glyph:
        return None
    return "-" if glyph in _DASH_BULLETS else "•"


def format_number(value: int, fmt: str) -> str:
    """A list number in a Word number format (decimal, decimalZero, lower/upperLetter, lower/upperRoman);
    every other format is written in digits. "none" and "bullet" give ""."""
    if fmt in ("none", "bullet"):
        return ""
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt in ("lowerLetter", "upperLetter") and 0 < value <= 26 * _MAX_LETTER_REPEAT:
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman") and 0 < value < 4000:
        roman = ""
        for amount, digits in _ROMAN:
            count, value = divmod(value, amount)
            roman += digits * count
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)  # decimal, and every format not rendered here (ordinal, enclosed, CJK ...)


def typed_bullet(text: str) -> bool:
    """True when the text starts with a bullet the writer typed (not "1." or "a)", which are numbers)."""
    match = LIST_MARKER.match(text)
    if match:
        return not any(ch.isalnum() for ch in match.group())
    first = text.lstrip()[:1]
    return bool(first) and first in SYMBOL_BULLETS


def with_marker(text: str, marker: str | None) -> str:
    """A list item's text with the marker its list draws and one space; unchanged when there is no
    marker or the text already starts with a typed bullet."""
    if marker is None or typed_bullet(text):
        return text
    return f"{marker} {text.lstrip()}"
