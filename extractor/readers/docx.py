"""Word .docx: body paragraphs and tables in reading order, style-based headings, lists, safe unzip.

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
  "a)", "1.2.", "iv."), counted per abstract list as Word does (see ``_ListCounters``).
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

import io
import re
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterator

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import PartFactory
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml import etree

from extractor.core.document import Document, DocumentBuilder, DocumentMeta
from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning
from .files import sha256_of
from .limits import MB, Limits
from .markers import LIST_MARKER
from .options import ReadOptions
from .docx_numbering import _ListCounters, _Numbering
from .docx_xml import _MC_FALLBACK, _int_val, _numbering, _on, _val, qn

# -- container safety ---------------------------------------------------------------------

_RATIO_FLOOR = 1 * MB             # the ratio rule only matters for members that inflate to something big
# Word stores or deflates. zipfile inflates bzip2/lzma members without an output bound (only deflate
# is read in bounded steps), so a few KB of bzip2 under a false size would inflate to GBs at once.
_WORD_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_XML_SUFFIXES = (".xml", ".rels")
_DTD_MARKERS = tuple(m.encode(enc) for m in ("<!DOCTYPE", "<!ENTITY") for enc in ("utf-8", "utf-16-le", "utf-16-be"))
# Used only to find syntax errors and DTDs the byte scan missed (exotic encodings); it never
# loads a DTD, touches the network or expands entities.
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)

# Macro-enabled documents and templates have the same body; python-docx only registers .docx.
_WORD_MAIN_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
for _ct in _WORD_MAIN_TYPES:
    PartFactory.part_type_for.setdefault(_ct, DocumentPart)


def _refuse(code: str, message: str, path: Path) -> ExtractionError:
    return ExtractionError(code, " ".join(message.split())[:300], path)


def check_container(data: bytes, path: Path, limits: Limits) -> None:
    """Refuse zip bombs, damaged zips, malformed XML and DTDs before python-docx inflates anything."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as exc:  # zipfile raises BadZipFile, NotImplementedError, EOFError, ... on damaged headers
        raise _refuse("corrupt", f"damaged zip container ({type(exc).__name__}: {exc})", path) from None
    if len(infos) > limits.max_zip_members:
        raise _refuse("too_large", f"{len(infos):,} zip members exceed the limit of {limits.max_zip_members:,}",
                      path)
    total = 0
    for info in infos:
        if not info.filename:  # zipfile's own ZipInfo.is_dir() fails on it (found by fuzzing)
            raise _refuse("corrupt", "a zip member has no name", path)
        if info.compress_type not in _WORD_COMPRESSION:
            raise _refuse("unsupported", f"zip member {info.filename} uses compression method "
                                         f"{info.compress_type}, which Word never writes", path)
        total += info.file_size
        if total > limits.max_inflated_bytes:
            raise _refuse("too_large", f"the zip members inflate to more than {limits.max_inflated_bytes / MB:.0f} MB "
                                       "(zip bomb?)", path)
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > _RATIO_FLOOR and ratio > limits.max_compression_ratio:
            raise _refuse("too_large", f"zip member {info.filename} inflates {ratio} times "
                                       f"(limit {limits.max_compression_ratio}; zip bomb?)", path)
    for info in _xml_members(zf, infos, path):
        if info.file_size > limits.max_xml_bytes:
            raise _refuse("too_large", f"XML part {info.filename} is {info.file_size / MB:.0f} MB", path)
        blob = _read_member(zf, info, path)
        if _byte_scan_suffices(blob):
            _refuse_dtd_markers(blob, info.filename, path)  # python-docx parses it next, and reports bad syntax
        else:
            _check_xml(blob, info.filename, path)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> bytes:
    # zipfile stops inflating at the declared file_size and then checks the CRC, so a
    # member that lies about its size cannot inflate past what was checked above.
    try:
        return zf.read(info)
    except Exception as exc:  # BadZipFile, zlib.error, EOFError, NotImplementedError, ... for damaged members
        raise _refuse("corrupt", f"damaged zip member {info.filename} ({type(exc).__name__}: {exc})", path) from None


def _xml_members(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], path: Path) -> list[zipfile.ZipInfo]:
    """Members that are XML by name or by their declared content type (the type decides what gets parsed)."""
    by_name = {info.filename: info for info in infos}
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    ct_info = by_name.get("[Content_Types].xml")
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
        if name == "[Content_Types].xml" or name.endswith("/"):
            continue
        ctype = overrides.get(name.lower()) or defaults.get(PurePosixPath(name).suffix.lstrip(".").lower(), "")
        if name.lower().endswith(_XML_SUFFIXES) or ctype.endswith("xml"):
            result.append(info)
    return result


_XML_DECL_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


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
        raise _refuse("hostile", f"XML part {name} has a DOCTYPE or entity declaration (refused: entity expansion "
                                 "and external file access)", path)


def _check_xml(blob: bytes, name: str, path: Path) -> etree._Element:
    _refuse_dtd_markers(blob, name, path)
    try:
        root = etree.fromstring(blob, _SAFE_PARSER)
    except etree.XMLSyntaxError as exc:
        raise _refuse("corrupt", f"malformed XML in {name}: {exc.msg or exc}", path) from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _refuse("hostile", f"XML part {name} has a DOCTYPE (refused)", path)
    return root


def _name_malformed_part(data: bytes, path: Path) -> None:
    """Parse the XML parts one by one and raise ``corrupt`` naming the first malformed one."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    for info in _xml_members(zf, zf.infolist(), path):
        _check_xml(_read_member(zf, info, path), info.filename, path)


def _open(data: bytes, path: Path) -> DocumentPart:
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except etree.XMLSyntaxError as exc:
        _name_malformed_part(data, path)  # the slow path names the part; python-docx's error does not
        raise _refuse("corrupt", f"malformed XML: {exc.msg or exc}", path) from None
    except Exception as exc:  # python-docx raises KeyError/ValueError/... for broken packages
        raise _refuse("corrupt", f"not a readable Word document ({type(exc).__name__}: {exc})", path) from None
    if not isinstance(part, DocumentPart):
        raise _refuse("corrupt", f"the main part is {part.content_type!r}, not a Word document", path)
    return part


# -- styles ---------------------------------------------------------------------------------

_HEADING_NAME = re.compile(r"^(?:heading|überschrift|ueberschrift|berschrift)([1-9])$")
_TITLE_NAMES = {"title", "titel"}
# Keys are casefolded names or ids without spaces and digits ("List Bullet 2" -> "listbullet").
_LIST_STYLES = {"list", "listbullet", "listnumber", "listparagraph", "liste", "listenabsatz", "listennummer",
                "aufzählungszeichen", "aufzhlungszeichen", "aufzählung", "aufzhlung"}
_MAX_CHAIN = 32                   # basedOn chains are a handful deep; a hostile file may loop
_BOLD_MAX_CHARS = 120


def _key(name: str) -> str:
    return re.sub(r"[\s\d]+", "", name.casefold())


@dataclass
class _ParaStyle:
    name: str | None = None
    style_id: str | None = None
    level: int | None = None                          # heading level, 0 for titles
    num_id: str | None = None                         # w:numPr/w:numId in the chain (None: not said)
    ilvl: int | None = None                           # w:numPr/w:ilvl in the chain (None: not said)
    list_name: bool = False                           # a list style by name
    chain: list[etree._Element] = field(default_factory=list)


class _Styles:
    def __init__(self, styles_root: etree._Element | None):
        self._by_id: dict[tuple[str, str], etree._Element] = {}
        self._default: etree._Element | None = None
        self._doc_rpr: etree._Element | None = None
        self._para_cache: dict[str | None, _ParaStyle] = {}
        self._char_cache: dict[str, list[etree._Element]] = {}
        self._inherited: dict[tuple[str | None, int, str], etree._Element | None] = {}
        if styles_root is None:
            return
        for style in styles_root.iterchildren(qn("w:style")):
            stype = style.get(qn("w:type")) or "paragraph"
            self._by_id.setdefault((stype, style.get(qn("w:styleId")) or ""), style)
            if stype == "paragraph" and (style.get(qn("w:default")) or "").lower() in ("1", "true", "on"):
                self._default = style  # the last default wins, as in Word
        self._doc_rpr = styles_root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")

    def _chain(self, stype: str, style_id: str | None) -> list[etree._Element]:
        style = self._by_id.get((stype, style_id)) if style_id else None
        if style is None and stype == "paragraph":
            style = self._default
        chain: list[etree._Element] = []
        while style is not None and style not in chain and len(chain) < _MAX_CHAIN:
            chain.append(style)
            style = self._by_id.get((stype, _val(style, qn("w:basedOn")) or ""))
        return chain

    def numbering_style_num_pr(self, style_id: str) -> etree._Element | None:
        """``w:numPr`` of a numbering style, where a w:numStyleLink list keeps its definition."""
        style = self._by_id.get(("numbering", style_id))
        return style.find(f"{qn('w:pPr')}/{qn('w:numPr')}") if style is not None else None

    def char_chain(self, style_id: str) -> list[etree._Element]:
        if style_id not in self._char_cache:
            self._char_cache[style_id] = self._chain("character", style_id)
        return self._char_cache[style_id]

    def paragraph(self, style_id: str | None) -> _ParaStyle:
        if style_id in self._para_cache:
            return self._para_cache[style_id]
        chain = self._chain("paragraph", style_id)
        info = _ParaStyle(chain=chain)
        if chain:
            info.style_id = chain[0].get(qn("w:styleId"))
            info.name = _val(chain[0], qn("w:name")) or info.style_id
        for style in chain:
            outline = _val(style, f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
            if outline is not None:
                info.level = _outline_level(outline)
                break
            level = _heading_level_of_name(_val(style, qn("w:name")), style.get(qn("w:styleId")))
            if level is not None:
                info.level = level
                break
        for style in chain:  # the nearest style that says it wins, for numId and ilvl separately
            num_id, ilvl = _numbering(style.find(f"{qn('w:pPr')}/{qn('w:numPr')}"))
            info.num_id = info.num_id if info.num_id is not None else num_id
            info.ilvl = info.ilvl if info.ilvl is not None else ilvl
        info.list_name = any(_key(n) in _LIST_STYLES for s in chain
                             for n in (_val(s, qn("w:name")), s.get(qn("w:styleId"))) if n)
        self._para_cache[style_id] = info
        return info

    def run_prop(self, run: etree._Element, para: _ParaStyle, tag: str) -> etree._Element | None:
        """The element deciding a run property: direct, character style, paragraph style, defaults."""
        rpr = run.find(qn("w:rPr"))
        el = rpr.find(tag) if rpr is not None else None
        if el is not None:
            return el
        char_id = _val(rpr, qn("w:rStyle"))
        key = (char_id, id(para), tag)
        if key not in self._inherited:
            self._inherited[key] = self._inherited_prop(char_id, para, tag)
        return self._inherited[key]

    def _inherited_prop(self, char_id: str | None, para: _ParaStyle, tag: str) -> etree._Element | None:
        for style in (self.char_chain(char_id) if char_id else []) + para.chain:
            el = style.find(f"{qn('w:rPr')}/{tag}")
            if el is not None:
                return el
        return self._doc_rpr.find(tag) if self._doc_rpr is not None else None


def _outline_level(value: str) -> int | None:
    # w:outlineLvl 0..8 are outline levels 1..9; 9 means body text.
    try:
        number = int(value)
    except ValueError:
        return None
    return number + 1 if 0 <= number <= 8 else None


def _heading_level_of_name(*names: str | None) -> int | None:
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


# -- paragraph text -------------------------------------------------------------------------

# Subtrees that hold no visible text of this paragraph.
_SKIP = {qn(t) for t in ("w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:del", "w:moveFrom", "w:instrText",
                         "w:delText", "w:fldData", "w:footnoteReference", "w:endnoteReference")} | {_MC_FALLBACK}
_CHARS = {qn("w:tab"): "\t", qn("w:ptab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n",
          qn("w:noBreakHyphen"): "-", qn("w:softHyphen"): "\u00ad"}
# w:sym characters from symbol fonts that mean something in a form: bullets and check boxes.
_SYMBOLS = {"F0B7": "•", "F0A7": "▪", "F0FE": "☒", "F0FD": "☒", "F078": "☒", "F0A8": "☐", "F06F": "☐"}


def _is_placeholder(sdt: etree._Element) -> bool:
    return bool(_on(sdt.find(f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}")))


@dataclass
class _Para:
    text: str
    bold: bool
    font_size: float | None
    boxes: list[etree._Element]


def _read_paragraph(p: etree._Element, para: _ParaStyle, styles: _Styles) -> _Para:
    pieces: list[tuple[str, etree._Element]] = []
    boxes: list[etree._Element] = []
    stack = list(reversed(p))
    while stack:
        el = stack.pop()
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == qn("w:t"):
            pieces.append((el.text or "", el.getparent()))
        elif tag in _CHARS:
            pieces.append((_CHARS[tag], el.getparent()))
        elif tag == qn("w:sym"):
            pieces.append((_SYMBOLS.get((el.get(qn("w:char")) or "").upper(), ""), el.getparent()))
        elif tag == qn("w:txbxContent"):
            boxes.append(el)
        elif tag == qn("w:sdt") and _is_placeholder(el):
            continue
        else:
            stack.extend(reversed(el))
    visible = [(text, run) for text, run in pieces
               if run is None or run.tag != qn("w:r") or not _on(styles.run_prop(run, para, qn("w:vanish")))]
    text = "".join(text for text, _ in visible)
    inked = [(text, run) for text, run in visible if text.strip() and run is not None and run.tag == qn("w:r")]
    bold = bool(inked) and all(_on(styles.run_prop(run, para, qn("w:b"))) for _, run in inked)
    sizes: Counter[float] = Counter()
    for piece, run in inked:
        half_points = styles.run_prop(run, para, qn("w:sz"))
        try:
            sizes[int(half_points.get(qn("w:val"))) / 2] += len(piece.strip())
        except (AttributeError, TypeError, ValueError):  # no size anywhere, or not a number
            pass
    font_size = sizes.most_common(1)[0][0] if sizes else None
    return _Para(text=text, bold=bold, font_size=font_size, boxes=boxes)


def _short_bold_line(text: str, bold: bool) -> bool:
    line = " ".join(text.split())
    return bold and "\n" not in text.strip() and 0 < len(line) < _BOLD_MAX_CHARS and not line.endswith(".")


# -- body walk ------------------------------------------------------------------------------

_WRAPPERS = {qn("w:customXml"), qn("w:ins"), qn("w:moveTo"), qn("w:smartTag")}


def _block_items(container: etree._Element) -> Iterator[etree._Element]:
    """``w:p``, ``w:tbl`` and ``w:altChunk`` in order, looking through content controls and wrappers."""
    for child in container:
        tag = child.tag
        if tag in (qn("w:p"), qn("w:tbl"), qn("w:altChunk")):
            yield child
        elif tag == qn("w:sdt"):
            if not _is_placeholder(child):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from _block_items(content)
        elif tag in _WRAPPERS:
            yield from _block_items(child)


def _children(container: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Rows of a table or cells of a row, also when wrapped in content controls."""
    for child in container:
        if child.tag == tag:
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


@dataclass
class _Classified:
    style: _ParaStyle
    para: _Para
    kind: str
    level: int | None
    ilvl: int
    text: str                     # the paragraph text, a list item's with the marker Word draws


# A typed bullet glued to the text ("•Text") that LIST_MARKER, which wants a space, misses.
_SYMBOL_BULLETS = "•◦▪▫‣●○■□✓➢➤►◆➔"


def _typed_bullet(text: str) -> bool:
    match = LIST_MARKER.match(text)
    if match:
        return not any(ch.isalnum() for ch in match.group())  # "1." or "a)" typed is not a bullet
    first = text.lstrip()[:1]
    return bool(first) and first in _SYMBOL_BULLETS


def _with_marker(text: str, marker: str | None) -> str:
    if marker is None or _typed_bullet(text):
        return text
    return f"{marker} {text.lstrip()}"


class _Budget:
    """Stops a body walk past the text limit or the time limit, instead of checking at the end: a
    30 MB docx of short random paragraphs held 55 million characters and took 270 s to walk."""

    def __init__(self, limits: Limits, path: Path):
        self.max_chars = limits.max_text_chars
        self.max_seconds = limits.max_seconds
        self.deadline = time.monotonic() + limits.max_seconds
        self.path = path
        self.chars = 0
        self.items = 0

    def spend(self, chars: int) -> None:
        self.chars += chars
        self.items += 1
        if self.chars > self.max_chars:
            raise _refuse("too_large", f"more than {self.max_chars:,} characters of text", self.path)
        if self.items % 256 == 0 and time.monotonic() > self.deadline:
            raise _refuse("timeout", f"reading stopped after {self.max_seconds:g} s", self.path)


class _BodyReader:
    def __init__(self, styles: _Styles, numbering: _Numbering, builder: DocumentBuilder,
                 budget: _Budget | None = None):
        self.styles = styles
        self.counters = _ListCounters(numbering)
        self.builder = builder
        self.budget = budget
        self.tables = 0
        self.warnings: list[RecordWarning] = []

    def blocks(self, container: etree._Element) -> None:
        for el in _block_items(container):
            if el.tag == qn("w:p"):
                self.paragraph(el)
            elif el.tag == qn("w:tbl"):
                self.table(el)
            elif not any(w.code == "docx_alt_chunk" for w in self.warnings):
                self.warnings.append(RecordWarning(code="docx_alt_chunk", message="the document embeds another "
                                                   "file (altChunk) whose text was not read"))

    def classify(self, p: etree._Element) -> _Classified:
        """Read a paragraph and decide its kind; counts it in its list even when it is empty,
        as Word numbers empty list paragraphs too."""
        ppr = p.find(qn("w:pPr"))
        style = self.styles.paragraph(_val(ppr, qn("w:pStyle")))
        para = _read_paragraph(p, style, self.styles)
        level = style.level
        outline = _val(ppr, qn("w:outlineLvl"))
        if outline is not None:
            level = _outline_level(outline)
        num_id, ilvl = _numbering(ppr.find(qn("w:numPr")) if ppr is not None else None)
        num_id = num_id if num_id is not None else style.num_id
        ilvl = ilvl if ilvl is not None else style.ilvl
        numbered = None if num_id is None else num_id != "0"
        marker = None
        if numbered:
            if ilvl is None:
                ilvl = self.counters.ilvl_for_style(num_id, style.style_id)
            marker = self.counters.next_marker(num_id, ilvl)
        if level is not None:
            kind = "heading"  # counted above; a heading's outline number is not added (yet)
        elif numbered or (numbered is None and style.list_name) or LIST_MARKER.match(para.text):
            kind = "list_item"
        else:
            kind = "paragraph"
        text = _with_marker(para.text, marker) if kind == "list_item" else para.text
        return _Classified(style, para, kind, level, ilvl or 0, text)

    def paragraph(self, p: etree._Element) -> None:
        c = self.classify(p)
        para = c.para
        if self.budget:
            self.budget.spend(len(c.text))
        if para.text.strip():
            self.builder.add(c.kind, c.text, keep_newlines=True, level=c.level, style=c.style.name,
                             bold=_short_bold_line(para.text, para.bold), font_size=para.font_size,
                             indent=c.ilvl if c.kind == "list_item" else 0)
        elif not para.boxes:
            self.builder.gap()
        for box in para.boxes:
            self.blocks(box)

    def table(self, tbl: etree._Element) -> None:
        number = self.tables
        self.tables += 1
        for row_no, tr in enumerate(_children(tbl, qn("w:tr"))):
            col = _int_val(tr.find(qn("w:trPr")), qn("w:gridBefore"), 0)
            for tc in _children(tr, qn("w:tc")):
                tc_pr = tc.find(qn("w:tcPr"))
                span = max(1, _int_val(tc_pr, qn("w:gridSpan"), 1))
                if not _is_merge_continuation(tc_pr):
                    lines, bold = self.cell_lines(tc)
                    text = "\n".join(lines)
                    if self.budget:
                        self.budget.spend(len(text))
                    self.builder.add("table_cell", text, keep_newlines=True, table=number, row=row_no, col=col,
                                     bold=_short_bold_line(text, bold))
                col += span

    def cell_lines(self, container: etree._Element) -> tuple[list[str], bool]:
        """Text of a cell as lines, nested tables flattened; and whether all its text is bold."""
        lines: list[str] = []
        bold = True
        for el in _block_items(container):
            if el.tag == qn("w:p"):
                c = self.classify(el)
                para = c.para
                if para.text.strip():
                    lines.append(c.text)
                    bold = bold and para.bold
                for box in para.boxes:
                    box_lines, box_bold = self.cell_lines(box)
                    lines += box_lines
                    bold = bold and box_bold
            elif el.tag == qn("w:tbl"):
                for tr in _children(el, qn("w:tr")):
                    for tc in _children(tr, qn("w:tc")):
                        if not _is_merge_continuation(tc.find(qn("w:tcPr"))):
                            cell_lines, cell_bold = self.cell_lines(tc)
                            lines += cell_lines
                            bold = bold and cell_bold
        return lines, bold and bool(lines)


def _is_merge_continuation(tc_pr: etree._Element | None) -> bool:
    # A vertically merged cell repeats as an empty w:tc with <w:vMerge/> (val "continue");
    # the old w:hMerge works the same way across columns.
    if tc_pr is None:
        return False
    for tag in (qn("w:vMerge"), qn("w:hMerge")):
        merge = tc_pr.find(tag)
        if merge is not None and (merge.get(qn("w:val")) or "continue") == "continue":
            return True
    return False


def _header_footer_texts(part: DocumentPart, styles: _Styles, numbering: _Numbering) -> list[str]:
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
        _BodyReader(styles, numbering, builder).blocks(element)
        for block in builder.blocks:
            if block.text not in removed:
                removed.append(block.text)
    return removed


def _numbering_root(part: DocumentPart) -> etree._Element | None:
    # part_related_by, not python-docx's numbering_part, which adds an empty part when absent.
    try:
        numbering_part = part.part_related_by(RT.NUMBERING)
    except KeyError:
        return None
    root = getattr(numbering_part, "element", None)  # a part python-docx did not parse has none
    return root if isinstance(root, etree._Element) else None


def read(path: Path, data: bytes, options: ReadOptions) -> Document:
    limits = options.limits
    budget = _Budget(limits, path)
    check_container(data, path, limits)
    part = _open(data, path)
    try:
        styles_root = part.styles.element
    except Exception as exc:  # a styles part python-docx cannot use
        raise _refuse("corrupt", f"unreadable styles ({type(exc).__name__}: {exc})", path) from None
    styles = _Styles(styles_root)
    numbering = _Numbering(_numbering_root(part), styles)
    builder = DocumentBuilder()
    reader = _BodyReader(styles, numbering, builder, budget)
    body = part.element.body
    try:
        if body is not None:
            reader.blocks(body)
        removed = _header_footer_texts(part, styles, numbering)
    except RecursionError:
        raise _refuse("corrupt", "content nested too deeply", path) from None
    meta = DocumentMeta(path=str(path), format="docx", sha256=sha256_of(data), size=len(data), removed=removed)
    doc = builder.build(meta, reader.warnings)
    if len(doc.text) > limits.max_text_chars:
        raise _refuse("too_large", f"{len(doc.text):,} characters exceed the limit of {limits.max_text_chars:,}",
                      path)
    return doc
