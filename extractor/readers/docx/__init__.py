"""Word .docx: body paragraphs and tables in reading order, style-based headings, lists, safe unzip.

Modules: ``package`` (python-docx: container rules, main and numbering parts), ``styles``, ``numbering``
(list markers), ``paragraphs`` (one paragraph's text), ``body`` (the walk), ``wordml`` (XML helpers);
container safety is ``readers.zipsafe``.

python-docx opens the package (parts, relationships, styles, headers); the body is
walked as XML because python-docx's ``iter_inner_content()`` and ``Paragraph.text``
skip content controls (``w:sdt``), tracked insertions and text boxes, which real
forms use for their answer fields.

Decisions the rest of the pipeline relies on:

- Headings come only from styles and outline levels: ``w:outlineLvl`` on the paragraph,
  else the first style in the ``basedOn`` chain that has an outline level or a heading
  name/id ("heading 2", "Überschrift 2", German Word's id "berschrift2"). Title styles
  ("Title"/"Titel") get ``level=0``, above every "Heading 1".
- A short, one-line, entirely bold paragraph stays a ``paragraph`` with ``bold=True``.
- List items: numbering (``w:numPr``, paragraph or style chain), a list style name, or a
  bullet typed as text. A list item's text starts with the marker Word draws from
  ``word/numbering.xml`` and one space, so docx reads like the same report as txt or pdf:
  every bullet glyph (Symbol/Wingdings private-use characters, "o", "§", ...) becomes "•",
  except a dash bullet, which stays "-"; numbers follow w:numFmt and w:lvlText ("1.",
  "a)", "1.2.", "iv."), counted per abstract list as Word does (see ``ListCounters``).
  No marker when the paragraph already starts with a typed bullet, when the level's format
  is "none" or its text empty, or when a list style has no numbering at all. Numbered
  headings are counted but keep their text. Table cells get the same markers per line.
- Tables: one ``table_cell`` block per cell (merged cells once), 0-based ``table``/``row``/
  ``col``; ``col`` is the grid column. Nested tables are flattened into their cell.
- Text boxes follow the paragraph they are anchored in; placeholder text of empty content
  controls ("Klicken Sie hier ...") and hidden or deleted text are dropped.
- Header and footer text is kept out of ``text`` and listed in ``meta.removed``.
"""
from __future__ import annotations

from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.parts.document import DocumentPart

from extractor.core.document import Document, DocumentBuilder, DocumentMeta

from ..files import sha256_of
from ..limits import Budget
from ..options import ReadOptions
from ..zipsafe import check_container, refuse
from .body import BodyReader
from .numbering import Numbering
from .package import WORD, numbering_root, open_document
from .styles import Styles
from .wordml import qn


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    limits = options.limits
    budget = Budget(limits, path)
    check_container(data, path, limits, WORD)
    part = open_document(data, path)
    try:
        styles_root = part.styles.element
    except Exception as exc:  # a styles part python-docx cannot use
        raise refuse("corrupt", f"unreadable styles ({type(exc).__name__}: {exc})", path) from None
    styles = Styles(styles_root)
    numbering = Numbering(numbering_root(part), styles)
    builder = DocumentBuilder()
    reader = BodyReader(styles, numbering, builder, budget)
    body = part.element.body
    try:
        if body is not None:
            reader.blocks(body)
        removed = _header_footer_texts(part, styles, numbering)
    except RecursionError:
        raise refuse("corrupt", "content nested too deeply", path) from None
    meta = DocumentMeta(path=str(path), format="docx", sha256=sha256_of(data), size=len(data), removed=removed)
    doc = builder.build(meta, reader.warnings)
    if len(doc.text) > limits.max_text_chars:
        raise refuse("too_large", f"{len(doc.text):,} characters exceed the limit of {limits.max_text_chars:,}",
                     path)
    return doc


def _header_footer_texts(part: DocumentPart, styles: Styles, numbering: Numbering) -> list[str]:
    """Text of the headers and footers the sections use, in section order, deduplicated."""
    removed: list[str] = []
    body = part.element.body
    if body is None:
        return removed
    refs = [ref.get(qn("r:id")) for sect in body.iter(qn("w:sectPr"))
            for tag in (qn("w:headerReference"), qn("w:footerReference")) for ref in sect.iterchildren(tag)]
    for rel_id in dict.fromkeys(r for r in refs if r):
        rel = part.rels.get(rel_id)
        if rel is None or rel.is_external or rel.reltype not in (RT.HEADER, RT.FOOTER):
            continue
        element = getattr(rel.target_part, "element", None)
        if element is None:
            continue
        builder = DocumentBuilder()
        BodyReader(styles, numbering, builder).blocks(element)
        for block in builder.blocks:
            if block.text not in removed:
                removed.append(block.text)
    return removed
