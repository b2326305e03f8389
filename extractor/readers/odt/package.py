"""The .odt package: its container rules, the mimetype and manifest checks, and the two XML parts the
reader needs (content.xml, styles.xml), parsed only after ``zipsafe.check_container`` passed."""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from ..zipsafe import ContainerRules, read_xml, refuse
from .odfxml import qn

# What OpenDocument writers put in a package: stored or deflated members (the mimetype member stored,
# first); XML parts by name: no [Content_Types].xml, but RDF metadata (manifest.rdf) is XML too.
OPENDOCUMENT = ContainerRules(writer="LibreOffice", xml_suffixes=(".xml", ".rdf"))
TEXT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_MANIFEST = "META-INF/manifest.xml"


@dataclass
class Parts:
    content: etree._Element
    styles: etree._Element | None


def open_parts(data: bytes, path: Path) -> Parts:
    """content.xml and styles.xml of a checked package; ``encrypted`` for a package saved with a password
    (the manifest gives its parts encryption data), ``corrupt`` for one without content.xml."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    names = set(zf.namelist())
    if _MANIFEST in names and _encrypted(read_xml(zf, _MANIFEST, path)):
        raise refuse("encrypted", "password-protected OpenDocument file", path)
    if "content.xml" not in names:
        raise refuse("corrupt", "the OpenDocument package has no content.xml", path)
    content = read_xml(zf, "content.xml", path)
    styles = read_xml(zf, "styles.xml", path) if "styles.xml" in names else None
    return Parts(content, styles)


def _encrypted(manifest: etree._Element) -> bool:
    return manifest.find(f"{qn('manifest:file-entry')}/{qn('manifest:encryption-data')}") is not None
