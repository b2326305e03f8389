"""The .docx package through python-docx: its container rules, the main document part and the
numbering part."""
from __future__ import annotations

import io
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml import etree

from ..zipsafe import ContainerRules, name_malformed_part, refuse

# What Word writes: stored or deflated members; XML parts by name or by [Content_Types].xml.
WORD = ContainerRules(writer="Word", xml_suffixes=(".xml", ".rels"), content_types="[Content_Types].xml")

# Macro-enabled documents and templates have the same body; python-docx only registers .docx.
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
for _ct in _WORD_MAIN_TYPES:
    PartFactory.part_type_for.setdefault(_ct, DocumentPart)


def open_document(data: bytes, path: Path) -> DocumentPart:
    """The main document part; raises ``corrupt`` for a package python-docx cannot open."""
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except etree.XMLSyntaxError as exc:
        name_malformed_part(data, path, WORD)  # the slow path names the part; python-docx's error does not
        raise refuse("corrupt", f"malformed XML: {exc.msg or exc}", path) from None
    except Exception as exc:  # python-docx raises KeyError/ValueError/... for broken packages
        raise refuse("corrupt", f"not a readable Word document ({type(exc).__name__}: {exc})", path) from None
    if not isinstance(part, DocumentPart):
        raise refuse("corrupt", f"the main part is {part.content_type!r}, not a Word document", path)
    return part


def numbering_root(part: DocumentPart) -> etree._Element | None:
    # part_related_by, not python-docx's numbering_part, which adds an empty part when absent.
    try:
        numbering_part = part.part_related_by(RT.NUMBERING)
    except KeyError:
        return None
    root = getattr(numbering_part, "element", None)  # a part python-docx did not parse has none
    return root if isinstance(root, etree._Element) else None
