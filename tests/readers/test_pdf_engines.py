"""The pdfium backend (the default) against pdfplumber (the reference): the same blocks from the same
PDFs, on real files and on PDFs drawn here for the cases where the engines differ underneath."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.core.errors import ExtractionError
from extractor.readers import DEFAULT_OPTIONS, ReadOptions, read
from extractor.readers.pdf import ENGINES
from tests.conftest import ROOT

REAL = sorted((ROOT / "samples" / "real-pdf").glob("*.pdf"))
CORPUS = sorted((ROOT / "samples" / "corpus").glob("*.pdf"))[:4]
FORMS = sorted((ROOT / "samples" / "forms" / "pdf").glob("*.pdf"))[::4]  # one of each layout: LibreOffice exports
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # as testkit/pdf_parts.py


def _read_with(backend: str, path: Path):
    return read(path, ReadOptions(pdf_engine=backend))


def _blocks(doc) -> list[tuple]:
    return [(b.kind, b.text, b.bold, b.font_size, b.level, b.page, b.indent) for b in doc.blocks]


def test_pdfium_is_the_default():
    assert DEFAULT_OPTIONS.pdf_engine == "pdfium"


@pytest.mark.parametrize("path", [ROOT / "samples" / "plochingen.pdf", *REAL, *CORPUS, *FORMS], ids=lambda p: p.name)
def test_both_engines_give_the_same_blocks(path: Path):
    fast, reference = _read_with("pdfium", path), _read_with("pdfplumber", path)
    assert _blocks(fast) == _blocks(reference)
    assert fast.text == reference.text
    assert fast.meta.removed == reference.meta.removed  # running headers and footers
    assert [w.code for w in fast.warnings] == [w.code for w in reference.warnings]


@pytest.mark.parametrize("path", [ROOT / "samples" / "plochingen.pdf", *REAL, *CORPUS, *FORMS], ids=lambda p: p.name)
def test_both_engines_draw_the_same_ruling_lines(path: Path):
    """The ruling lines of the words contract: the same from pdfium's path objects and from the paths
    pdfminer paints (to float precision: pdfium computes in single precision)."""
    data = path.read_bytes()
    fast = ENGINES["pdfium"](path, data, DEFAULT_OPTIONS, [])
    reference = ENGINES["pdfplumber"](path, data, DEFAULT_OPTIONS, [])
    assert len(fast) == len(reference)
    for a, b in zip(fast, reference):
        key = lambda r: (round(r.top), round(r.x0), r.horizontal)  # noqa: E731
        assert len(a.rules) == len(b.rules)
        for x, y in zip(sorted(a.rules, key=key), sorted(b.rules, key=key)):
            assert x.horizontal == y.horizontal
            assert max(abs(x.x0 - y.x0), abs(x.x1 - y.x1), abs(x.top - y.top), abs(x.bottom - y.bottom)) < 0.05


def test_word_table_borders_come_as_ruling_lines():
    """LibreOffice exports of Word forms: a table drawn with borders gives vertical ruling lines, one
    drawn without gives none (the title's underline is a horizontal one)."""
    for name, vertical in (("pairs-mauchental.pdf", True), ("beside-burgweiler.pdf", False)):
        path = ROOT / "samples" / "forms" / "pdf" / name
        page = ENGINES["pdfium"](path, path.read_bytes(), DEFAULT_OPTIONS, [])[0]
        assert any(not r.horizontal for r in page.rules) is vertical, name


def test_page_turned_by_rotate_reads_upright(tmp_path: Path):
    """A landscape slide stored as a portrait page with /Rotate 90 and its text turned to match:
    upright on screen, so both engines read it (pdfium reports it in unrotated page space)."""
    path = tmp_path / "slide.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(90)
    width, _height = A4
    c.translate(width, 0)
    c.rotate(90)  # text runs up the portrait page, left to right on the turned display
    c.setFont("Helvetica-Bold", 20)
    c.drawString(72, width - 100, "Kommunaler Dialog im Rathaus")
    c.setFont("Helvetica", 12)
    c.drawString(72, width - 140, "Termin am 14. Mai 2018 um 18 Uhr")
    c.showPage()
    c.save()
    fast, reference = _read_with("pdfium", path), _read_with("pdfplumber", path)
    assert fast.text == "Kommunaler Dialog im Rathaus\n\nTermin am 14. Mai 2018 um 18 Uhr"
    assert _blocks(fast) == _blocks(reference)
    assert not fast.warnings


def test_glyphs_without_unicode_mapping_read_as_cid_like_pdfminer(tmp_path: Path):
    pdfmetrics.registerFont(TTFont("DejaVuBackendTest", str(DEJAVU)))
    path = tmp_path / "mapped.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("DejaVuBackendTest", 11)
    c.drawString(72, 700, "Zweite Zeile mit Umlauten äöü.")
    c.showPage()
    c.save()
    unmapped = tmp_path / "unmapped.pdf"  # same length, so the cross-reference offsets stay right
    unmapped.write_bytes(path.read_bytes().replace(b"/ToUnicode", b"/ToUnicodX"))
    fast, reference = _read_with("pdfium", unmapped), _read_with("pdfplumber", unmapped)
    assert "(cid:" in reference.text
    assert fast.text == reference.text


def test_damaged_file_falls_back_to_pdfplumber_errors(tmp_path: Path):
    data = (ROOT / "samples" / "plochingen.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ExtractionError) as fast:
        _read_with("pdfium", cut)
    with pytest.raises(ExtractionError) as reference:
        _read_with("pdfplumber", cut)
    assert fast.value.code == reference.value.code == "corrupt"
