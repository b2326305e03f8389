"""OpenDocument text (.odt): read natively, as the zipped XML it is, into the same blocks the docx reader
makes of the same content.

Modules: ``package`` (container rules, mimetype/manifest, the two XML parts), ``styles``, ``lists``
(labels), ``paragraphs`` (one paragraph's text), ``body`` (the walk), ``odfxml`` (names); container
safety is ``readers.zipsafe``, exactly as for docx.

Plain lxml over content.xml and styles.xml, not odfpy or odfdo: both open the zip themselves (past
zipsafe's bounded reads) and neither draws list labels or resolves outline levels, which is most of
what this reader does; the body walk is the docx reader's, element for element.

Decisions (the docx reader's, in OpenDocument terms):

- Headings: ``text:h`` at its ``text:outline-level``; a paragraph whose style chain has a
  ``style:default-outline-level`` or a heading name ("Heading 2", "Überschrift 2"); title styles
  ("Title"/"Titel") give ``level=0``.
- List items: paragraphs in ``text:list-item`` (the first of each item gets its label), a list style
  name, or a typed bullet; labels as in ``lists``; headings in lists are counted but keep their text.
- Tables: one ``table_cell`` block per cell, 0-based ``table``/``row``/``col``; covered cells (the
  rest of a merged cell) give no block but take their column; nested tables flattened into the cell.
- Text boxes (``draw:frame``/``draw:text-box``) follow the paragraph they are anchored in; notes,
  comments, tracked deletions, placeholders and hidden text are dropped.
- Header and footer text (the master pages in styles.xml) is kept out of ``text`` and listed in
  ``meta.removed``.
- A package saved with a password is ``encrypted`` (the manifest gives its parts encryption data).
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from extractor.core.document import Document, DocumentBuilder, DocumentMeta

from ..files import sha256_of
from ..limits import Budget
from ..options import ReadOptions
from ..zipsafe import check_container, refuse
from .body import BodyReader
from .odfxml import qn
from .package import OPENDOCUMENT, open_parts
from .styles import Styles

_PAGE_PARTS = tuple(qn(f"style:{kind}{variant}") for kind in ("header", "footer")
                    for variant in ("", "-left", "-first"))


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    limits = options.limits
    budget = Budget(limits, path)
    check_container(data, path, limits, OPENDOCUMENT)
    parts = open_parts(data, path)
    common = parts.styles.find(qn("office:styles")) if parts.styles is not None else None
    styles = Styles(common, parts.content.find(qn("office:automatic-styles")))
    builder = DocumentBuilder()
    reader = BodyReader(styles, builder, budget)
    text_body = parts.content.find(f"{qn('office:body')}/{qn('office:text')}")
    if text_body is None:
        raise refuse("corrupt", "content.xml has no text body (office:body/office:text)", path)
    try:
        reader.blocks(text_body)
        removed = _header_footer_texts(parts.styles, common)
    except RecursionError:
        raise refuse("corrupt", "content nested too deeply", path) from None
    meta = DocumentMeta(path=str(path), format="odt", sha256=sha256_of(data), size=len(data), removed=removed)
    doc = builder.build(meta)
    if len(doc.text) > limits.max_text_chars:
        raise refuse("too_large", f"{len(doc.text):,} characters exceed the limit of {limits.max_text_chars:,}",
                     path)
    return doc


def _header_footer_texts(styles_root: etree._Element | None, common: etree._Element | None) -> list[str]:
    """Text of the master pages' headers and footers, in order, deduplicated. Their paragraphs use
    styles.xml's own automatic styles."""
    removed: list[str] = []
    if styles_root is None:
        return removed
    styles = Styles(common, styles_root.find(qn("office:automatic-styles")))
    master = styles_root.find(qn("office:master-styles"))
    for page in master if master is not None else ():
        for part in page:
            if part.tag not in _PAGE_PARTS or part.get(qn("style:display")) == "false":
                continue
            builder = DocumentBuilder()
            BodyReader(styles, builder).blocks(part)
            for block in builder.blocks:
                if block.text not in removed:
                    removed.append(block.text)
    return removed
