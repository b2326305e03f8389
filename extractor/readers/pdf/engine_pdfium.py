"""Stage 1 through pdfium (pypdfium2): per-page words with font size and weight, more than ten
times faster than pdfminer, which interprets content streams in pure Python.

It produces what the pdfplumber engine produces -- ``PageWords`` of ``Word``s with the same
coordinates (points from the page top), the same size (font size times the text matrix's vertical
scale), bold from the font name, rotated words counted and left out (the ``words`` contract) -- so
the layout (lines, running headers, blocks, hyphenation) does not know which engine read the page. On
the labelled corpus, the real samples and plochingen.pdf the blocks come out identical (kind, text,
bold, size, level, page) in all but three files, where chart labels and the spaces around a dash
differ (docs/performance.md).

How words are found. pdfium's text page already orders characters and inserts spaces and line breaks
("generated" characters), so one call fetches the page text and words are its runs of non-space
characters. A word is then described from its first and last character (pdfium's "loose" boxes span
the font's descent upwards, like pdfminer's), which keeps per-character library calls out of the
common case. Characters are looked at one by one only where a run is not one plain word: two text
objects (a font change inside the run: split where font name or size change, as pdfplumber does),
or a run that leaves its line (pdfium joins a word hyphenated at a line end into one run, marking the
hyphen U+FFFE; the run is split back at the line break). A page where words overlap (text drawn
twice for a bold or shadow effect) is read character by character through pdfplumber's own word
grouping, which drops the doubled glyphs.

A document whose cross-reference table pdfium had to rebuild (truncated or damaged) returns ``None``:
the caller reads it with the pdfplumber engine, whose error handling for damaged files is tested.
"""
from __future__ import annotations

import ctypes
import io
import math
import re
import time
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfparser import PDFParser

from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from ..options import ReadOptions
from .chars import words_from_chars
from .failures import (check_page_count, damaged_error, encryption_error, no_pages_error, password_error,
                       skipped_page, timeout_error, unreadable_page)
from .page_tree import declared_page_count
from .words import MAX_RULES, PageWords, Rule, Word, box_from_baseline, font_name, is_bold, kept_rules, rule, word_text

# Cast once: these return handles as plain ints (cheap to compare and to use as cache keys).
_get_text_object = ctypes.cast(pdfium_c.FPDFText_GetTextObject,
                               ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
_get_object = ctypes.cast(pdfium_c.FPDFPage_GetObject,
                          ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
_form_get_object = ctypes.cast(pdfium_c.FPDFFormObj_GetObject,
                               ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong))
_loose_box = ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox,
                         ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p))
_obj_type = ctypes.cast(pdfium_c.FPDFPageObj_GetType, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))
_form_count = ctypes.cast(pdfium_c.FPDFFormObj_CountObjects, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))
_char_origin = ctypes.cast(pdfium_c.FPDFText_GetCharOrigin, ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.POINTER(ctypes.c_double), ctypes.POINTER(ctypes.c_double)))
_obj_matrix = ctypes.cast(pdfium_c.FPDFPageObj_GetMatrix,
                          ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(pdfium_c.FS_MATRIX)))
_draw_mode = ctypes.cast(pdfium_c.FPDFPath_GetDrawMode, ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)))
_count_segments = ctypes.cast(pdfium_c.FPDFPath_CountSegments, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))
_get_segment = ctypes.cast(pdfium_c.FPDFPath_GetPathSegment,
                           ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int))
_segment_point = ctypes.cast(pdfium_c.FPDFPathSegment_GetPoint, ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_float), ctypes.POINTER(ctypes.c_float)))
_segment_type = ctypes.cast(pdfium_c.FPDFPathSegment_GetType, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))
_segment_close = ctypes.cast(pdfium_c.FPDFPathSegment_GetClose, ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p))
_obj_font_size = ctypes.cast(pdfium_c.FPDFTextObj_GetFontSize,
                             ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(ctypes.c_float)))

# A run of non-space characters; pdfium's U+FFFE (a line-end hyphen whose line break it removed)
# ends a run, so a hyphenated word's halves are never one word.
_RUN = re.compile(r"[^\s\ufffe]+\ufffe?|\ufffe")
_OVERPRINT_TOLERANCE = 1.0  # points two words on one line may overlap (kerning) before it is overprint


class _Font:
    """What a text object says about its characters."""
    __slots__ = ("name", "size", "bold", "upright", "unmapped")

    def __init__(self, name: str, size: float, upright: bool, unmapped: bool):
        self.name = name
        self.size = size
        self.bold = is_bold(name)
        self.upright = upright
        self.unmapped = unmapped  # its glyphs lack a Unicode mapping (checked on its first character)


class _PageReader:
    """Words of one pdfium text page, in the page's displayed orientation (``/Rotate``), top-down."""

    def __init__(self, textpage, mediabox: tuple[float, float, float, float], rotation: int):
        self.tp = textpage
        self.tp_ptr = ctypes.cast(textpage, ctypes.c_void_p).value
        self.x0, self.y0, self.x1, self.y1 = mediabox
        self.rotation = rotation if rotation in (90, 180, 270) else 0
        self.rect = pdfium_c.FS_RECTF()
        self._rect_ptr = ctypes.addressof(self.rect)
        self.fonts: dict[int, _Font] = {}
        self._name_buf = ctypes.create_string_buffer(256)
        self._flags = ctypes.c_int()
        self._size = ctypes.c_float()
        self._matrix = pdfium_c.FS_MATRIX()
        self._ox, self._oy = ctypes.c_double(), ctypes.c_double()

    @property
    def height(self) -> float:
        return self.x1 - self.x0 if self.rotation in (90, 270) else self.y1 - self.y0

    def font(self, index: int, obj: int | None = None) -> _Font | None:
        """The font of character ``index`` (``obj``: its text object, when already known)."""
        if obj is None:
            obj = _get_text_object(self.tp_ptr, index)
        if not obj:
            return None
        font = self.fonts.get(obj)
        if font is None:
            n = pdfium_c.FPDFText_GetFontInfo(self.tp, index, self._name_buf, 256, self._flags)
            name = self._name_buf.raw[:max(0, n - 1)].decode("utf-8", "replace") if n else ""
            name = font_name(name)
            size = self._size.value if _obj_font_size(obj, self._size) else 0.0
            m = self._matrix
            if pdfium_c.FPDFText_GetMatrix(self.tp, index, m):  # the character's matrix, forms included
                a, b, c, d = _rotate(m.a, m.b, self.rotation) + _rotate(m.c, m.d, self.rotation)
                # pdfminer's test: not turned and not mirrored
                scale, upright = math.hypot(c, d), a * d > 0 and b * c <= 0
            else:
                scale, upright = 1.0, True
            unmapped = bool(pdfium_c.FPDFText_HasUnicodeMapError(self.tp, index))
            font = self.fonts[obj] = _Font(name, size * scale, upright, unmapped)
        return font

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(x0, x1, top, bottom) of a character as displayed, top-down like pdfplumber."""
        r = self.rect
        _loose_box(self.tp_ptr, index, self._rect_ptr)
        rot = self.rotation
        if rot == 0:
            return r.left - self.x0, r.right - self.x0, self.y1 - r.top, self.y1 - r.bottom
        if rot == 90:   # turned clockwise: the page's bottom edge is now on the left
            return r.bottom - self.y0, r.top - self.y0, r.left - self.x0, r.right - self.x0
        if rot == 180:
            return self.x1 - r.right, self.x1 - r.left, r.bottom - self.y0, r.top - self.y0
        return self.y1 - r.top, self.y1 - r.bottom, self.x1 - r.right, self.x1 - r.left

    def point(self, x: float, y: float) -> tuple[float, float]:
        """(x, top) of a point in page space as displayed, like ``box``."""
        rot = self.rotation
        if rot == 0:
            return x - self.x0, self.y1 - y
        if rot == 90:
            return y - self.y0, x - self.x0
        if rot == 180:
            return self.x1 - x, y - self.y0
        return self.y1 - y, self.x1 - x

    def baseline(self, index: int) -> float | None:
        """The baseline of a character as displayed (top-down), or None where pdfium has no origin."""
        if not _char_origin(self.tp_ptr, index, self._ox, self._oy):
            return None
        return self.point(self._ox.value, self._oy.value)[1]

    def vertical(self, index: int, size: float, top: float, bottom: float) -> tuple[float, float]:
        """(top, bottom) of a character's box by the contract (from its baseline); pdfium's loose box where
        the size or the origin is unknown."""
        baseline = self.baseline(index) if size > 0 else None
        return (top, bottom) if baseline is None else box_from_baseline(baseline, size)

    def words(self, text: str) -> tuple[list[Word], int]:
        """The page's words and the number of rotated words left out."""
        words, rotated = self._fast_words(text)
        if _overprinted(words):
            return self._char_words(text)
        return words, rotated

    def _fast_words(self, text: str) -> tuple[list[Word], int]:
        """Words from runs of non-space characters, each described by its first and last character."""
        words: list[Word] = []
        rotated = 0
        tp, box = self.tp_ptr, self.box
        for m in _RUN.finditer(text):
            start, end = m.span()
            obj = _get_text_object(tp, start)
            if end - start > 1 and _get_text_object(tp, end - 1) != obj:
                pieces = self._split_fonts(start, end)
            else:
                pieces = ((start, end, obj),)
            for s, e, o in pieces:
                font = self.fonts.get(o) or self.font(s, o)
                if font is None:
                    continue
                if not font.upright:
                    rotated += 1
                    continue
                x0, x1, top, bottom = box(s)
                if e - s > 1:
                    _, x1_e, top_e, bottom_e = box(e - 1)
                    overlap = min(bottom, bottom_e) - max(top, top_e)
                    if x1_e < x0 or overlap < 0.5 * min(bottom - top, bottom_e - top_e):
                        for part in self._split_lines(s, e):
                            self._add(words, text, font, *part)
                        continue
                    if x1_e > x1:
                        x1 = x1_e
                    if bottom_e > bottom:
                        bottom = bottom_e
                self._add(words, text, font, s, e, x0, x1, top, bottom)
        return words, rotated

    def _char_words(self, text: str) -> tuple[list[Word], int]:
        """Character by character, through pdfplumber's own word grouping (``chars.words_from_chars``):
        the slow, exact path for a page with overprinted text, where glyphs must be deduplicated
        one by one before words can be formed."""
        chars = []
        for i, ch in enumerate(text):
            if ch.isspace() and pdfium_c.FPDFText_IsGenerated(self.tp, i):
                continue  # a space or line break pdfium inserted; pdfplumber measures gaps itself
            font = self.font(i)
            if font is None:
                continue
            x0, x1, top, bottom = self.box(i)
            top, bottom = self.vertical(i, font.size, top, bottom)
            if font.unmapped or not ch.isprintable():
                ch = self._cid_text(text, i, i + 1)
            chars.append({"text": "-" if ch == "\ufffe" else ch, "x0": x0, "x1": x1, "top": top,
                          "bottom": bottom, "doctop": top, "upright": font.upright, "fontname": font.name,
                          "size": font.size})
        return words_from_chars(chars)

    def _cid_text(self, text: str, s: int, e: int) -> str:
        """Glyphs without a Unicode mapping written as pdfminer writes them, "(cid:N)" (pdfium
        returns the character code itself), so the reader warns about garbled text alike."""
        return "".join(f"(cid:{ord(text[i])})" if pdfium_c.FPDFText_HasUnicodeMapError(self.tp, i) else text[i]
                       for i in range(s, e))

    def _split_fonts(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Split a run where the font name or size changes (pdfplumber's word attributes):
        (start, end, text object of the start) per piece."""
        pieces = []
        s, key, first = start, None, None
        for i in range(start, end):
            obj = _get_text_object(self.tp_ptr, i)
            f = self.font(i, obj)
            k = (f.name, round(f.size, 3), f.upright) if f is not None else None
            if i == start:
                first = obj
            elif k != key:
                pieces.append((s, i, first))
                s, first = i, obj
            key = k
        pieces.append((s, end, first))
        return pieces

    def _split_lines(self, start: int, end: int):
        """Split a run where its characters leave the line they started on (or go back left)."""
        s = start
        x0, x1, top, bottom = self.box(start)
        for i in range(start + 1, end):
            cx0, cx1, ctop, cbottom = self.box(i)
            overlap = min(bottom, cbottom) - max(top, ctop)
            if cx1 < x0 or overlap < 0.5 * min(bottom - top, cbottom - ctop):
                yield s, i, x0, x1, top, bottom
                s, x0, x1, top, bottom = i, cx0, cx1, ctop, cbottom
            else:
                x1, top, bottom = max(x1, cx1), min(top, ctop), max(bottom, cbottom)
        yield s, end, x0, x1, top, bottom

    def _add(self, words: list[Word], text: str, font: _Font, s: int, e: int, x0: float, x1: float,
             top: float, bottom: float) -> None:
        raw = text[s:e]
        if font.unmapped or not raw.isprintable():  # pdfium gives an unmapped glyph's code: often a control
            raw = self._cid_text(text, s, e)
        word = raw if raw.isascii() and raw.isprintable() else _normalised(raw)  # ASCII: nothing to do
        if word:
            top, bottom = self.vertical(s, font.size, top, bottom)
            words.append(Word(word, x0, x1, top, bottom, font.size, font.bold))


_NORMALISED: dict[str, str] = {}  # raw word -> word, for words that are not plain ASCII
_NORMALISED_LIMIT = 20_000


def _normalised(raw: str) -> str:
    word = _NORMALISED.get(raw)
    if word is None:
        word = word_text(raw.replace("\ufffe", "-"))
        if len(_NORMALISED) >= _NORMALISED_LIMIT:
            _NORMALISED.clear()
        _NORMALISED[raw] = word
    return word


def _rotate(x: float, y: float, rotation: int) -> tuple[float, float]:
    """A direction in page space as it points on the displayed page (``/Rotate`` turns clockwise)."""
    if rotation == 90:
        return y, -x
    if rotation == 180:
        return -x, -y
    if rotation == 270:
        return -y, x
    return x, y


def _overprinted(words: list[Word]) -> bool:
    """True when two words on one line overlap by more than a point: text drawn twice (fake bold,
    shadow effects), which only the character-level path can take apart."""
    ordered = sorted(words, key=lambda w: (round(w.bottom), w.x0))
    for prev, w in zip(ordered, ordered[1:]):
        if round(prev.bottom) == round(w.bottom) and w.x0 < prev.x1 - _OVERPRINT_TOLERANCE:
            return True
    return False


_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _then(inner: _Matrix, outer: _Matrix) -> _Matrix:
    """The matrix applying ``inner`` first, then ``outer`` (PDF's a b c d e f)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _object_matrix(obj: int, m: pdfium_c.FS_MATRIX) -> _Matrix:
    if not _obj_matrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _page_rules(page, reader: _PageReader) -> list[Rule]:
    """The ruling lines of a page's painted paths (the ``words`` contract), form XObjects opened: per path,
    its straight pieces -- a line-to from the current point, a close back to the subpath's start."""
    rules: list[Rule] = []
    m = pdfium_c.FS_MATRIX()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    px, py = ctypes.c_float(), ctypes.c_float()
    stack = [(ctypes.cast(page, ctypes.c_void_p).value, False, _IDENTITY)]
    while stack and len(rules) <= MAX_RULES:
        holder, is_form, outer = stack.pop()
        n = _form_count(holder) if is_form else pdfium_c.FPDFPage_CountObjects(page)
        for i in range(n):
            obj = _form_get_object(holder, i) if is_form else _get_object(holder, i)
            kind = _obj_type(obj) if obj else None
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((obj, True, _then(_object_matrix(obj, m), outer)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                if not _draw_mode(obj, fill, stroke) or (fill.value == 0 and not stroke.value):
                    continue  # painted neither way: a clipping path
                a, b, c, d, e, f = _then(_object_matrix(obj, m), outer)
                start = current = None
                for k in range(_count_segments(obj)):
                    seg = _get_segment(obj, k)
                    if not seg or not _segment_point(seg, px, py):
                        continue
                    x, y = px.value, py.value
                    point = reader.point(a * x + c * y + e, b * x + d * y + f)
                    kind = _segment_type(seg)
                    if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                        start = point
                    elif kind == pdfium_c.FPDF_SEGMENT_LINETO and current is not None:
                        _add_rule(rules, current, point)
                    current = point
                    if _segment_close(seg) and start is not None:
                        _add_rule(rules, current, start)
                        current = start
    return kept_rules(rules)


def _add_rule(rules: list[Rule], a: tuple[float, float], b: tuple[float, float]) -> None:
    found = rule(a[0], a[1], b[0], b[1])
    if found is not None:
        rules.append(found)


def _page_text(textpage, n: int) -> str:
    """The page's characters, one Python character per pdfium character index."""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = pdfium_c.FPDFText_GetText(textpage, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    text = buf.raw[:max(0, got - 1) * 2].decode("utf-16-le", "replace")
    if len(text) != n:  # characters outside the BMP came as surrogate pairs: fetch one by one
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD) for i in range(n))
    return text


def _count_objects(page, limit: int) -> int:
    """Objects the page draws, form XObjects opened (stops counting past ``limit``)."""
    total = 0
    stack = [(ctypes.cast(page, ctypes.c_void_p).value, False)]
    while stack and total <= limit:
        holder, is_form = stack.pop()
        n = _form_count(holder) if is_form else pdfium_c.FPDFPage_CountObjects(page)
        total += n
        if total > limit:
            break
        for i in range(n):
            obj = _form_get_object(holder, i) if is_form else _get_object(holder, i)
            if obj and _obj_type(obj) == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((obj, True))
    return total


def _declared_page_count(data: bytes, password: str | None) -> int | None:
    """The page tree's /Count as written; pdfminer reads just the catalog for it (about a millisecond)."""
    try:
        doc = PDFDocument(PDFParser(io.BytesIO(data)), password=password or "")
    except Exception:  # unreadable: the pages pdfium counts decide
        return None
    return declared_page_count(doc)


def _open(data: bytes, path: Path, password: str | None):
    try:
        return pypdfium2.PdfDocument(data, password=password or None)
    except pypdfium2.PdfiumError as exc:
        code = exc.err_code
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise password_error(path, password) from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise encryption_error(exc, path) from None
        raise damaged_error(exc, path) from None


def extract_pages(path: Path, data: bytes, options: ReadOptions,
                  warnings: list[RecordWarning]) -> list[PageWords] | None:
    """Words with font info for every page (the ``words.Engine`` contract). ``None``: the file is
    damaged; read it with the pdfplumber engine instead."""
    limits, password = options.limits, options.password
    pdf = _open(data, path, password)
    try:
        if not pdfium_c.FPDF_DocumentHasValidCrossReferenceTable(pdf.raw):
            return None
        count = len(pdf)
        check_page_count(_declared_page_count(data, password), limits, path)
        check_page_count(count, limits, path)
        if count == 0:
            raise no_pages_error(path)
        deadline = time.monotonic() + limits.max_seconds
        object_limit = limits.max_page_objects
        pages: list[PageWords] = []
        page_warnings: list[RecordWarning] = []
        for number in range(1, count + 1):
            if time.monotonic() > deadline:
                raise timeout_error(number, limits, path)
            page = textpage = None
            try:
                page = pdf[number - 1]
                textpage = page.get_textpage()
                n = pdfium_c.FPDFText_CountChars(textpage.raw)
                if n < 0:
                    raise RuntimeError("no text page")
                drawn = n + _count_objects(page.raw, object_limit - n) if n <= object_limit else n
                if drawn > object_limit:
                    page_warnings.append(skipped_page(number, limits))
                    pages.append(PageWords.unread(number))
                    continue
                reader = _PageReader(textpage.raw, page.get_mediabox(), page.get_rotation())
                words, rotated = reader.words(_page_text(textpage.raw, n)) if n else ([], 0)
                pages.append(PageWords(number, reader.height, words, rotated=rotated,
                                       rules=_page_rules(page.raw, reader)))
            except ExtractionError:
                raise
            except Exception as exc:  # a page pdfium cannot load costs that page, not the file
                page_warnings.append(unreadable_page(number, exc))
                pages.append(PageWords.unread(number))
            finally:
                if textpage is not None:
                    textpage.close()
                if page is not None:
                    page.close()
        warnings.extend(page_warnings)
        return pages
    finally:
        pdf.close()
