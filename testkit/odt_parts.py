"""Small .odt files written as LibreOffice writes them (mimetype first and stored, manifest, content.xml,
styles.xml), for the odt reader's tests and the bad-file corpus."""
from __future__ import annotations

import io
import zipfile

MIMETYPE = b"application/vnd.oasis.opendocument.text"
_NS = " ".join(f'xmlns:{p}="{u}"' for p, u in (
    ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
    ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
    ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
    ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
    ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
    ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
    ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"),
    ("xlink", "http://www.w3.org/1999/xlink"),
))
MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
ZIP_TIME = (2017, 7, 18, 15, 40, 0)


_CONTENT_ENTRY = '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'


def manifest(content_entry: str = _CONTENT_ENTRY) -> bytes:
    """META-INF/manifest.xml listing the parts (``content_entry``: content.xml's file-entry)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="{MANIFEST_NS}" '
            'manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            f'{content_entry}'
            '</manifest:manifest>').encode()


def content_xml(body: str, automatic: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS} office:version="1.3">'
            f'<office:automatic-styles>{automatic}</office:automatic-styles>'
            f'<office:body><office:text>{body}</office:text></office:body></office:document-content>').encode()


def styles_xml(styles: str = "", master: str = "", automatic: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {_NS} office:version="1.3">'
            f'<office:styles>{styles}</office:styles><office:automatic-styles>{automatic}</office:automatic-styles>'
            f'<office:master-styles>{master}</office:master-styles></office:document-styles>').encode()


def package(members: list[tuple[str, bytes]]) -> bytes:
    """A zip with fixed timestamps; the mimetype member, when given first, is stored (not deflated)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, blob in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, blob)
    return buf.getvalue()


def odt(body: str, *, automatic: str = "", styles: str = "", master: str = "", styles_automatic: str = "") -> bytes:
    """An .odt whose office:text is ``body``, with common ``styles``, content ``automatic`` styles and
    master pages ``master`` (headers and footers)."""
    return package([("mimetype", MIMETYPE), ("content.xml", content_xml(body, automatic)),
                    ("styles.xml", styles_xml(styles, master, styles_automatic)),
                    ("META-INF/manifest.xml", manifest())])
