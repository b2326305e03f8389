"""Names of OpenDocument XML elements and attributes (Clark notation), shared by the odt modules."""
from __future__ import annotations

import re
from functools import lru_cache

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
_ENCODED = re.compile(r"_([0-9A-Fa-f]{2})_")


@lru_cache(maxsize=None)
def qn(name: str) -> str:
    """"text:p" -> "{urn:...:text:1.0}p"."""
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


def decode_style_name(name: str) -> str:
    """A style's display form from its encoded name: "Heading_20_1" -> "Heading 1"."""
    return _ENCODED.sub(lambda m: chr(int(m.group(1), 16)), name)


def bounded_int(value: str | None, default: int, low: int, high: int) -> int:
    """An integer attribute clamped to [low, high]; ``default`` when absent or not a number."""
    try:
        return max(low, min(int(value), high)) if value is not None else default
    except ValueError:
        return default
