"""List markers every reader and the field rules recognise at the start of a line."""
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
