"""Zip-container safety for office formats: refuse zip bombs, damaged zips, unusual compression, too many
members, oversized or malformed XML parts and DTDs (entity expansion, external files) before the format's
library inflates or parses anything.

A format states what it allows in ``ContainerRules`` (docx: ``WORD`` in ``readers.docx.package``, odt:
``OPENDOCUMENT`` in ``readers.odt.package``); the limits come from ``Limits``. A reader that parses the
XML itself (odt) takes its parts through ``read_xml``, after ``check_container``.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from lxml import etree

from extractor.core.errors import ExtractionError

from .limits import MB, Limits

_RATIO_FLOOR = 1 * MB             # the ratio rule only matters for members that inflate to something big
_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
# Used only to find syntax errors and DTDs the byte scan missed (exotic encodings); it never
# loads a DTD, touches the network or expands entities.
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)
_XML_DECL_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


@dataclass(frozen=True)
class ContainerRules:
    """What one zip-based format may contain.

    writer: the program that writes the format, for messages ("... which Word never writes").
    compression: the zip compression methods accepted. Office programs store or deflate. zipfile inflates
        bzip2/lzma members without an output bound (only deflate is read in bounded steps), so a few KB
        of bzip2 under a false size would inflate to GBs at once.
    xml_suffixes: member names that are XML parts, checked before the format's library parses them.
    content_types: OOXML's content-types member ("[Content_Types].xml"): parts whose declared type is
        XML are checked too, whatever their name, because the type decides what gets parsed.
    """
    writer: str
    compression: tuple[int, ...] = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
    xml_suffixes: tuple[str, ...] = (".xml",)
    content_types: str | None = None


def refuse(code: str, message: str, path: Path) -> ExtractionError:
    """An ``ExtractionError`` with the message on one line, at most 300 characters (library messages
    quoted in it can be long)."""
    return ExtractionError(code, " ".join(message.split())[:300], path)


def check_container(data: bytes, path: Path, limits: Limits, rules: ContainerRules) -> None:
    """Refuse zip bombs, damaged zips, malformed XML and DTDs before anything is inflated for parsing."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # zipfile raises BadZipFile, NotImplementedError, EOFError, ... on damaged headers
        raise refuse("corrupt", f"damaged zip container ({type(exc).__name__}: {exc})", path) from None
    if len(infos) > limits.max_zip_members:
        raise refuse("too_large", f"{len(infos):,} zip members exceed the limit of {limits.max_zip_members:,}",
                     path)
    total = 0
    for info in infos:
        if not info.filename:  # zipfile's own ZipInfo.is_dir() fails on it (found by fuzzing)
            raise refuse("corrupt", "a zip member has no name", path)
        if info.compress_type not in rules.compression:
            raise refuse("unsupported", f"zip member {info.filename} uses compression method "
                                        f"{info.compress_type}, which {rules.writer} never writes", path)
        total += info.file_size
        if total > limits.max_inflated_bytes:
            raise refuse("too_large", f"the zip members inflate to more than {limits.max_inflated_bytes / MB:.0f} MB "
                                      "(zip bomb?)", path)
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.max_compression_ratio:
            raise refuse("too_large", f"zip member {info.filename} inflates {ratio} times "
                                      f"(limit {limits.max_compression_ratio}; zip bomb?)", path)
    for info in _xml_members(zf, infos, path, rules):
        if info.file_size > limits.max_xml_bytes:
            raise refuse("too_large", f"XML part {info.filename} is {info.file_size / MB:.0f} MB", path)
        blob = _read_member(zf, info, path)
        if _byte_scan_suffices(blob):
            _refuse_dtd_markers(blob, info.filename, path)  # the format's library parses it next and reports bad syntax
        else:
            _check_xml(blob, info.filename, path)


def name_malformed_part(data: bytes, path: Path, rules: ContainerRules) -> None:
    """Parse the XML parts one by one and raise ``corrupt`` naming the first malformed one (for when the
    format's library reports bad XML without saying where)."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    for info in _xml_members(zf, zf.infolist(), path, rules):
        _check_xml(_read_member(zf, info, path), info.filename, path)


def read_xml(zf: zipfile.ZipFile, name: str, path: Path) -> etree._Element:
    """One XML member, parsed without DTDs, entities or network (call ``check_container`` first: it
    bounds the member's size)."""
    return _check_xml(_read_member(zf, zf.getinfo(name), path), name, path)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    # zipfile stops inflating at the declared file_size and then checks the CRC, so a
    # member that lies about its size cannot inflate past what was checked above.
    try:
        return zf.read(info)
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, NotImplementedError, ... for damaged members
        raise refuse("corrupt", f"damaged zip member {info.filename} ({type(exc).__name__}: {exc})", path) from None


def _xml_members(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], path: Path,
                 rules: ContainerRules) -> list[zipfile.ZipInfo]:
    """Members that are XML by name or by their declared content type."""
    by_name = {info.filename: info for info in infos}
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    ct_info = by_name.get(rules.content_types) if rules.content_types else None
    if ct_info is not None:
        root = _check_xml(_read_member(zf, ct_info, path), ct_info.filename, path)
        for el in root:
            if not isinstance(el.tag, str):
                continue
            local = etree.QName(el).localname
            if local == "Default":
                defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
            elif local == "Override":
                overrides[(el.get("PartName") or "").lstrip("/").lower()] = el.get("ContentType") or ""
    result = []
    for info in infos:
        name = info.filename
        if name == rules.content_types or name.endswith("/"):
            continue
        ctype = overrides.get(name.lower()) or defaults.get(PurePosixPath(name).suffix.lstrip(".").lower(), "")
        if name.lower().endswith(rules.xml_suffixes) or ctype.endswith("xml"):
            result.append(info)
    return result


def _byte_scan_suffices(blob: bytes) -> bool:
    """True when the part is UTF-8 or UTF-16, where the byte scan for DTD markers is certain; any other
    declared encoding is parsed in full (safely) to find a DOCTYPE the scan could not see."""
    if blob.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return True
    m = _XML_DECL_ENCODING.match(blob[:200])
    return m is None or m.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8", b"utf-16", b"us-ascii",
                                                                     b"ascii")


def _refuse_dtd_markers(blob: bytes, name: str, path: Path) -> None:
    if any(marker in blob for marker in _DTD_MARKERS):
        raise refuse("hostile", f"XML part {name} has a DOCTYPE or entity declaration (refused: entity expansion "
                                "and external file access)", path)


def _check_xml(blob: bytes, name: str, path: Path) -> etree._Element:
    _refuse_dtd_markers(blob, name, path)
    try:
        root = etree.fromstring(blob, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise refuse("corrupt", f"malformed XML in {name}: {exc.msg or exc}", path) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise refuse("hostile", f"XML part {name} has a DOCTYPE (refused)", path)
    return root
