"""Stage 1 through pdfplumber (pdfminer.six underneath): the words of every page, with the work per page
bounded (``_WorkBudget``: objects drawn, and the file's deadline). Its handling of damaged files is the
tested one: the pdfium engine hands such files here."""
from __future__ import annotations

import io
import time
from pathlib import Path

import pdfplumber
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.utils import apply_matrix_pt
from pdfminer.pdfpage import PDFPage
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from extractor.core.errors import ExtractionError
from extractor.core.warnings import RecordWarning

from ..options import ReadOptions
from .chars import words_from_chars
from .failures import (check_page_count, damaged_error, encryption_error, no_pages_error, password_error,
                       skipped_page, timeout_error, unreadable_page)
from .page_tree import declared_page_count
from .words import MAX_RULES, PageWords, Rule, box_from_baseline, kept_rules, rule


class _PageTooComplex(Exception):
    pass


class _OutOfTime(Exception):
    pass


class _WorkBudget:
    """Counts the objects a page draws and watches the file's deadline."""

    def __init__(self, max_objects: int, deadline: float):
        self.max_objects = max_objects
        self.deadline = deadline
        self.count = 0

    def tick(self) -> None:
        self.count += 1
        if self.count > self.max_objects:
            raise _PageTooComplex()
        if self.count % 256 == 0 and time.monotonic() > self.deadline:
            raise _OutOfTime()


class _TextDevice(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's device, keeping characters and the ruling lines of painted paths (in device space,
    y upwards); images are dropped, and pdfplumber is spared from making objects of every path."""

    def __init__(self, rsrcmgr, pageno: int, budget: _WorkBudget):
        super().__init__(rsrcmgr, pageno=pageno, laparams=None)
        self._budget = budget
        self.rules: list[Rule] = []

    def render_char(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._budget.tick()
        return super().render_char(*args, **kwargs)

    def paint_path(self, gstate, stroke, fill, evenodd, path) -> None:  # type: ignore[no-untyped-def]
        self._budget.tick()
        if len(self.rules) <= MAX_RULES:  # one more than kept: the page has too many
            self.rules += _path_rules(path, self.ctm)

    def render_image(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._budget.tick()

    def begin_figure(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self._budget.tick()  # every form XObject use, so a form drawn a million times is counted
        super().begin_figure(*args, **kwargs)


def _path_rules(path, ctm) -> list[Rule]:
    """The ruling lines of a path (pdfminer's operators; "re" already drawn as m-l-l-l-h), in device
    space: "l" from the current point, "h" back to the start of its subpath; curves only move the point."""
    rules = []
    start = current = None
    for op in path:
        kind = op[0]
        if kind == "h":
            point = start
        else:
            point = apply_matrix_pt(ctm, (float(op[-2]), float(op[-1]))) if len(op) >= 3 else None
        if kind == "m":
            start = point
        elif kind in ("l", "h") and current is not None and point is not None:
            found = rule(current[0], current[1], point[0], point[1])
            if found is not None:
                rules.append(found)
        current = point
    return rules


class _TextPage(Page):
    """A pdfplumber page whose layout comes from ``_TextDevice`` under a work budget."""

    def __init__(self, pdf: pdfplumber.PDF, page_obj: PDFPage, page_number: int, budget: _WorkBudget):
        super().__init__(pdf, page_obj, page_number=page_number)
        self.budget = budget

    @property
    def layout(self):  # type: ignore[no-untyped-def]
        if not hasattr(self, "_layout"):
            device = _TextDevice(self.pdf.rsrcmgr, self.page_number, self.budget)
            PDFPageInterpreter(self.pdf.rsrcmgr, device).process_page(self.page_obj)
            self._layout = device.get_result()
            self.device_rules = device.rules
        return self._layout


def extract_pages(path: Path, data: bytes, options: ReadOptions,
                  warnings: list[RecordWarning]) -> list[PageWords]:
    """Words with font info for every page (the ``words.Engine`` contract; never declines a file)."""
    limits, password = options.limits, options.password
    try:
        pdf = pdfplumber.open(io.BytesIO(data), password=password or "")
    except PdfminerException as exc:
        raise _open_error(exc.args[0] if exc.args else exc, path, password) from None
    except Exception as exc:  # pdfminer raises many unrelated types for damaged files
        raise _open_error(exc, path, password) from None
    check_page_count(declared_page_count(pdf.doc), limits, path)
    deadline = time.monotonic() + limits.max_seconds
    pages: list[PageWords] = []
    try:
        for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):
            if number > limits.max_pages:
                raise ExtractionError("too_large", f"more than {limits.max_pages:,} pages", path)
            try:  # library calls only: a damaged page costs that page, not the file
                page = _TextPage(pdf, page_obj, number, _WorkBudget(limits.max_page_objects, deadline))
                chars, height = page.chars, float(page.height)  # .chars interprets the page
            except _PageTooComplex:
                warnings.append(skipped_page(number, limits))
                pages.append(PageWords.unread(number))
            except _OutOfTime:
                raise timeout_error(number, limits, path) from None
            except Exception as exc:  # a damaged content stream; pdfminer raises many types
                warnings.append(unreadable_page(number, exc))
                pages.append(PageWords.unread(number))
            else:
                words, rotated = words_from_chars(_on_baselines(chars))
                pages.append(PageWords(number, height, words, rotated=rotated, rules=_rules(page)))
    except ExtractionError:
        raise
    except Exception as exc:  # a damaged page tree (PDFPage.create_pages)
        raise damaged_error(exc, path) from None
    if not pages:
        raise no_pages_error(path)
    return pages


def _on_baselines(chars: list[dict]) -> list[dict]:
    """The characters with their boxes by the contract, from their baselines (pdfminer's boxes reach down
    to the descent its font descriptor declares). An upright character's baseline is its matrix's y,
    ``y0`` lies the descent below it."""
    out = []
    for c in chars:
        if c["upright"] and c["size"] > 0:
            top, bottom = box_from_baseline(c["bottom"] - (c["matrix"][5] - c["y0"]), c["size"])
            c = {**c, "top": top, "bottom": bottom}
        out.append(c)
    return out


def _rules(page: _TextPage) -> list[Rule]:
    """The page's ruling lines in pdfplumber's coordinates (its words' ``top`` and ``x0``)."""
    x0, top = page.mediabox[:2]
    height = page.height
    return kept_rules([Rule(r.x0 + x0, height - r.bottom + top, r.x1 + x0, height - r.top + top)
                       for r in page.device_rules])


def _open_error(exc: BaseException, path: Path, password: str | None) -> ExtractionError:
    name = type(exc).__name__
    if name == "PDFPasswordIncorrect":
        return password_error(path, password)
    if name.startswith("PDFEncryption") or "crypt" in str(exc).lower():
        return encryption_error(exc, path)
    return damaged_error(exc, path)
