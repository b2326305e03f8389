"""What the word-processor readers (docx, odt) share: what style names say (heading and title styles, list
styles; English and German names, as Word and LibreOffice write them), a paragraph's text with its
hints, and how a classified paragraph becomes a block."""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from extractor.core.document import DocumentBuilder

from .limits import Budget

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


@dataclass
class ParagraphText:
    """A paragraph's visible text, whether all of it is bold, its most used font size (points) and the
    text boxes anchored in it (read after it)."""
    text: str
    bold: bool
    font_size: float | None
    boxes: list[etree._Element]


def add_paragraph(builder: DocumentBuilder, budget: Budget | None, para: ParagraphText, *, kind: str, text: str,
                  level: int | None, style: str | None, indent: int) -> None:
    """Add a classified paragraph (``text``: with its list marker) as a block; an empty one without text
    boxes marks a paragraph break. Spends the text from the budget either way."""
    if budget:
        budget.spend(len(text))
    if para.text.strip():
        builder.add(kind, text, keep_newlines=True, level=level, style=style,
                    bold=short_bold_line(para.text, para.bold), font_size=para.font_size,
                    indent=indent if kind == "list_item" else 0)
    elif not para.boxes:
        builder.gap()


def add_cell(builder: DocumentBuilder, budget: Budget | None, lines: list[str], bold: bool, *, table: int,
             row: int, col: int) -> None:
    """Add a table cell's lines as one ``table_cell`` block (none for an empty cell)."""
    text = "\n".join(lines)
    if budget:
        budget.spend(len(text))
    builder.add("table_cell", text, keep_newlines=True, table=table, row=row, col=col,
                bold=short_bold_line(text, bold))
