"""What word processors' style names and formatting say about a block, for the docx and odt readers:
heading and title styles, list styles (English and German names, as Word and LibreOffice write them),
and the short-bold-line hint."""
from __future__ import annotations

import re

_HEADING_NAME = re.compile(r"^(?:heading|überschrift|ueberschrift|berschrift)([1-9])$")
_TITLE_NAMES = {"title", "titel"}
# Keys are casefolded names or ids without spaces and digits ("List Bullet 2" -> "listbullet").
_LIST_STYLES = {"list", "listbullet", "listnumber", "listparagraph", "liste", "listenabsatz", "listennummer",
                "aufzählungszeichen", "aufzhlungszeichen", "aufzählung", "aufzhlung"}
_BOLD_MAX_CHARS = 120


def heading_level_of_name(*names: str | None) -> int | None:
    """Heading level a style name or id stands for ("heading 2", "Überschrift 2", Word's German id
    "berschrift2"): 1-9, 0 for a title style, None for any other name. The first name that says wins."""
    for name in names:
        if not name:
            continue
        key = re.sub(r"\s+", "", name.casefold())
        if key in _TITLE_NAMES:
            return 0
        match = _HEADING_NAME.match(key)
        if match:
            return int(match.group(1))
    return None


def is_list_style_name(name: str) -> bool:
    """A paragraph style named for list items ("List Bullet 2", "Listenabsatz", "Aufzählungszeichen")."""
    return re.sub(r"[\s\d]+", "", name.casefold()) in _LIST_STYLES


def short_bold_line(text: str, bold: bool) -> bool:
    """The ``bold`` hint: an entirely bold, short, single line that does not end like a sentence."""
    line = " ".join(text.split())
    return bold and "\n" not in text.strip() and 0 < len(line) < _BOLD_MAX_CHARS and not line.endswith(".")
