"""The pdf reader on PDFs drawn here with reportlab, and on four real PDFs in samples/real-pdf/.

Lines are placed with explicit canvas calls, so every line break, hyphen, header and footer
in the test input is known; justified lines are spread to the right margin word by word.
"""
from __future__ import annotations

import hashlib
import re
import time
from pathlib import Path

import pypdfium2
import pytest
import reportlab
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.core.errors import ExtractionError
from extractor.pipeline.engine import extract
from extractor.readers import Limits, ReadOptions, read
from tests.conftest import ROOT, SCANNED_PDF

REAL_PDFS = ROOT / "samples" / "real-pdf"

WIDTH, HEIGHT = A4
LEFT, RIGHT = 72.0, 492.0
BODY, PITCH = 11, 15
HEADER = "Kommunaler Dialog – Musterstadt"


# --- drawing helpers --------------------------------------------------------------------------

def _top(y_from_top: float) -> float:
    return HEIGHT - y_from_top


def _line(c: canvas.Canvas, y: float, text: str, *, font: str = "Helvetica", size: float = BODY,
          x: float = LEFT, justify: bool = False) -> None:
    """Draw one line at ``y`` (points from the top); ``justify`` spreads the words to RIGHT."""
    words = text.split()
    widths = [pdfmetrics.stringWidth(w, font, size) for w in words]
    space = pdfmetrics.stringWidth(" ", font, size)
    gap = (RIGHT - x - sum(widths)) / (len(words) - 1) if justify else space
    assert space * 0.9 <= gap <= space * 3, f"line does not justify well: {text!r}"
    c.setFont(font, size)
    pos = x
    for word, width in zip(words, widths):
        c.drawString(pos, _top(y), word)
        pos += width + gap


def _paragraph(c: canvas.Canvas, y: float, lines: list[str], *, last_full: bool = False) -> float:
    """Justified lines, the last one ragged unless ``last_full``; returns the next free y."""
    for i, text in enumerate(lines):
        _line(c, y, text, justify=last_full or i < len(lines) - 1)
        y += PITCH
    return y + PITCH  # one blank line after the paragraph


def _running(c: canvas.Canvas, page: int, pages: int) -> None:
    _line(c, 40, HEADER, size=9)
    c.setFont("Helvetica", 9)
    c.drawCentredString(WIDTH / 2, 30, f"Seite {page} von {pages}")


def _report(path: Path) -> Path:
    """Three pages with a running header, "Seite N von 3" footers, headings, lists, hyphenation."""
    c = canvas.Canvas(str(path), pagesize=A4)
    # Page 1
    _running(c, 1, 3)
    _line(c, 90, "Ausgangssituation / Anlass", font="Helvetica-Bold", size=16)
    _line(c, 120, "Durchführung:", font="Helvetica-Bold")
    _line(c, 135, "Bürgerdialog am 07.06.2017 von 18:00 - 20:30")
    y = _paragraph(c, 165, [
        "Ziel des Dialogs war es, die Grundlagen für ein gemeinsames Integrations-",
        "Konzept der Stadt zu erarbeiten. Wichtig war dabei die Vernetzung der Haupt-",
        "und Ehrenamtlichen. Die Ergebnisse wurden anschließend ausführlich verschrift-",
        "licht und dem Gemeinderat in einer öffentlichen Sitzung vorgestellt.",
    ])
    _line(c, y, "Vereinbart wurden:")
    _line(c, y + PITCH, "• Einrichtung einer zentralen Anlaufstelle für Geflüchtete im Rathaus mit festen")
    _line(c, y + 2 * PITCH, "Sprechzeiten am Dienstag und Donnerstag", x=LEFT + 12)
    _line(c, y + 3 * PITCH, "• Gründung eines Beirats")
    _line(c, y + 5 * PITCH, "1. Bürgerdialog im Juni")
    _line(c, y + 6 * PITCH, "2. Expertenworkshop im Juli")
    _paragraph(c, 700, [
        "Die Stadtverwaltung hat die Empfehlungen des Workshops gesammelt, geordnet und",
        "anschließend in einer ausführlichen und gut lesbaren Fassung für die Verwal-",
    ], last_full=True)
    c.showPage()
    # Page 2: the paragraph goes on with the rest of the hyphenated word.
    _running(c, 2, 3)
    y = _paragraph(c, 90, [
        "tungsvorlage zusammengefasst, die der Gemeinderat im Herbst beraten hat.",
    ])
    _line(c, y, "Themenfelder", font="Helvetica-Bold", size=16)
    _paragraph(c, y + 30, [
        "Zahlreiche Ehrenamtliche aus Vereinen und Kirchengemeinden bringen ihre 10-",
        "jährige Erfahrung ein.",
    ])
    c.showPage()
    # Page 3: a date at the start of a wrapped line is not a list item.
    _running(c, 3, 3)
    _paragraph(c, 90, [
        "Die zweite Veranstaltung mit rund sechzig Bürgerinnen und Bürgern fand am",
        "3. Oktober 2017 im großen Saal des Rathauses statt.",
    ])
    c.showPage()
    c.save()
    return path


def _single_page(path: Path, draw, **canvas_args) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, **canvas_args)
    draw(c)
    c.showPage()
    c.save()
    return path


def _rects(c: canvas.Canvas, n: int) -> None:
    for i in range(n):
        c.rect(50 + (i * 7) % 450, 100 + (i * 3) % 600, 2, 2)


def _read(path: Path, **kwargs):
    doc = read(path, ReadOptions(**kwargs))
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    return doc


def _error(path: Path, **kwargs) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        read(path, ReadOptions(**kwargs))
    return info.value


def _block(doc, start: str):
    found = [b for b in doc.blocks if b.text.startswith(start)]
    assert len(found) == 1, [b.text for b in doc.blocks]
    return found[0]


@pytest.fixture
def report(tmp_path: Path):
    return _read(_report(tmp_path / "report.pdf"))


# --- structure ---------------------------------------------------------------------------------

def test_meta(tmp_path: Path):
    path = _report(tmp_path / "report.pdf")
    doc = _read(path)
    assert doc.meta.format == "pdf"
    assert doc.meta.pages == 3
    assert doc.meta.encoding is None
    assert doc.meta.size == path.stat().st_size
    assert doc.meta.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_running_header_and_page_footer_are_removed(report):
    assert HEADER not in report.text
    assert "Seite" not in report.text
    assert HEADER in report.meta.removed
    assert any(re.fullmatch(r"Seite \d von 3", text) for text in report.meta.removed)
    assert len(report.meta.removed) == 2  # one entry per pattern, not per page


def test_large_bold_line_is_a_heading(report):
    heading = _block(report, "Ausgangssituation / Anlass")
    assert heading.kind == "heading"
    assert heading.level == 1
    assert heading.bold and heading.font_size == 16
    assert _block(report, "Themenfelder").kind == "heading"


def test_bold_short_line_is_its_own_paragraph(report):
    label = _block(report, "Durchführung:")
    assert label.text == "Durchführung:"
    assert label.kind == "paragraph" and label.bold and label.font_size == BODY
    assert _block(report, "Bürgerdialog am").text == "Bürgerdialog am 07.06.2017 von 18:00 - 20:30"


def test_paragraph_lines_are_joined_and_hyphenation_undone(report):
    para = _block(report, "Ziel des Dialogs")
    assert para.kind == "paragraph" and not para.bold
    assert "gemeinsames Integrations-Konzept der Stadt" in para.text      # capital: hyphen stays
    assert "Vernetzung der Haupt- und Ehrenamtlichen." in para.text       # conjunction: hyphen stays
    assert "ausführlich verschriftlicht und dem Gemeinderat" in para.text  # lower case: rejoined
    assert para.text.endswith("in einer öffentlichen Sitzung vorgestellt.")
    assert "\n" not in para.text


def test_number_before_hyphen_keeps_it(report):
    assert "ihre 10-jährige Erfahrung ein." in _block(report, "Zahlreiche Ehrenamtliche").text


def test_bullets_with_indented_continuation(report):
    item = _block(report, "• Einrichtung")
    assert item.kind == "list_item"
    assert item.text == ("• Einrichtung einer zentralen Anlaufstelle für Geflüchtete im Rathaus mit festen "
                         "Sprechzeiten am Dienstag und Donnerstag")
    assert _block(report, "• Gründung").kind == "list_item"
    assert _block(report, "1. Bürgerdialog").kind == "list_item"
    assert _block(report, "2. Expertenworkshop").kind == "list_item"
    assert _block(report, "Vereinbart wurden:").kind == "paragraph"


def test_wrapped_date_is_not_a_list_item(report):
    para = _block(report, "Die zweite Veranstaltung")
    assert para.kind == "paragraph"
    assert "fand am 3. Oktober 2017 im großen Saal" in para.text
    assert not [b for b in report.blocks if b.text.startswith("3. Oktober")]


def test_pages_and_word_hyphenated_across_a_page_break(report):
    assert {b.page for b in report.blocks} == {1, 2, 3}
    before = _block(report, "Die Stadtverwaltung")
    after = _block(report, "zusammengefasst")
    assert before.page == 1 and after.page == 2
    assert before.text.endswith("gut lesbaren Fassung für die Verwaltungsvorlage")
    assert after.text == "zusammengefasst, die der Gemeinderat im Herbst beraten hat."
    assert _block(report, "Themenfelder").page == 2
    assert _block(report, "Die zweite Veranstaltung").page == 3


def test_blocks_follow_reading_order(report):
    order = ["Ausgangssituation", "Durchführung:", "Bürgerdialog am", "Ziel des Dialogs", "Vereinbart",
             "• Einrichtung", "• Gründung", "1. Bürgerdialog", "2. Expertenworkshop", "Die Stadtverwaltung",
             "zusammengefasst", "Themenfelder", "Zahlreiche Ehrenamtliche", "Die zweite Veranstaltung"]
    assert len(report.blocks) == len(order)
    for block, start in zip(report.blocks, order):
        assert block.text.startswith(start)


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_heading_run_into_the_last_line_of_a_paragraph_is_found(tmp_path: Path, engine: str):
    """The next section's heading stands in bold on the last line of the paragraph before (no line
    break in the text layer): the section is there, not missing."""
    def draw(c: canvas.Canvas) -> None:
        _line(c, 90, "Angaben zur Kommune", font="Helvetica-Bold", size=14)
        _line(c, 115, "Name der Stadt oder Gemeinde: Musterstadt")
        _line(c, 145, "Veranstaltungskonzept", font="Helvetica-Bold", size=14)
        _line(c, 170, "Der Dialog fand im Rathaus statt und war gut besucht, alle Gruppen waren da.", justify=True)
        _line(c, 185, "Es gab viele Gespräche.")
        run_in = LEFT + pdfmetrics.stringWidth("Es gab viele Gespräche. ", "Helvetica", BODY)
        _line(c, 185, "Ausgangssituation / Anlass", font="Helvetica-Bold", x=run_in)
        _line(c, 200, "Die Hilfe für Geflüchtete sollte besser abgestimmt werden.")
    doc = _read(_single_page(tmp_path / "run_in.pdf", draw), pdf_engine=engine)
    heading = _block(doc, "Ausgangssituation")
    assert (heading.text, heading.bold) == ("Ausgangssituation / Anlass", True)
    assert _block(doc, "Der Dialog").text.endswith("alle Gruppen waren da. Es gab viele Gespräche.")
    record = extract(tmp_path / "run_in.pdf", options=ReadOptions(pdf_engine=engine))
    assert record["sections"]["initial_situation"]["text"] == "Die Hilfe für Geflüchtete sollte besser abgestimmt werden."


def test_single_page_number_pattern_is_removed(tmp_path: Path):
    def draw(c):
        _line(c, 100, "Einziger Absatz auf dieser Seite.")
        c.setFont("Helvetica", 9)
        c.drawCentredString(WIDTH / 2, 30, "- 1 -")
    doc = _read(_single_page(tmp_path / "one.pdf", draw))
    assert doc.text == "Einziger Absatz auf dieser Seite."
    assert doc.meta.removed == ["- 1 -"]


def test_overprinted_fake_bold_is_read_once(tmp_path: Path):
    def draw(c):
        c.setFont("Helvetica", 14)
        for dx in (0, 0.3, 0.6):
            c.drawString(LEFT + dx, _top(100), "Fahrzeugflotte")
    assert _read(_single_page(tmp_path / "fake_bold.pdf", draw)).text == "Fahrzeugflotte"


def test_soft_hyphen_glyph_reads_as_hyphen(tmp_path: Path):
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("VeraTest", str(fonts / "Vera.ttf")))

    def draw(c):
        c.setFont("VeraTest", 11)
        c.drawString(LEFT, _top(100), "Ein E\u00adPKW für die Gemeinde")
    assert _read(_single_page(tmp_path / "soft.pdf", draw)).text == "Ein E-PKW für die Gemeinde"


# --- errors ------------------------------------------------------------------------------------

def _encrypted(path: Path, user: str, owner: str = "owner", **perms) -> Path:
    enc = pdfencrypt.StandardEncryption(user, ownerPassword=owner, strength=128, **perms)
    return _single_page(path, lambda c: _line(c, 100, "Vertraulicher Bericht"), encrypt=enc)


def test_encrypted_without_password(tmp_path: Path):
    err = _error(_encrypted(tmp_path / "enc.pdf", "geheim"))
    assert err.code == "encrypted"
    assert "--password" in err.message


def test_encrypted_with_wrong_password(tmp_path: Path):
    err = _error(_encrypted(tmp_path / "enc.pdf", "geheim"), password="falsch")
    assert err.code == "encrypted"
    assert "wrong password" in err.message


def test_encrypted_with_right_password(tmp_path: Path):
    assert _read(_encrypted(tmp_path / "enc.pdf", "geheim"), password="geheim").text == "Vertraulicher Bericht"


def test_owner_password_only_is_readable_without_password(tmp_path: Path):
    path = _encrypted(tmp_path / "owner.pdf", "", canCopy=0)
    assert _read(path).text == "Vertraulicher Bericht"


def test_image_only_pdf_has_no_text_layer(tmp_path: Path):
    def draw(c):
        c.rect(50, 50, 400, 600, fill=1)
        c.line(60, 60, 400, 700)
    err = _error(_single_page(tmp_path / "scan.pdf", draw))
    assert err.code == "no_text_layer"
    assert "OCR" in err.message


def test_page_without_text_among_text_pages_is_a_warning(tmp_path: Path):
    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _line(c, 100, "Erste Seite mit Text.")
    c.showPage()
    c.rect(50, 50, 400, 600, fill=1)
    c.showPage()
    c.save()
    doc = _read(path, ocr="never")
    assert doc.text == "Erste Seite mit Text."
    assert [w.code for w in doc.warnings] == ["page_without_text"]
    assert doc.warnings[0].message == "no text on page(s) 2 (scanned or image-only pages are read only with OCR)"
    # With OCR (the default) the page is read by OCR, which finds nothing in a black rectangle either.
    doc = _read(path, ocr_dpi=72)
    assert doc.text == "Erste Seite mit Text."
    assert [w.code for w in doc.warnings] == ["ocr_used", "page_without_text"]
    assert doc.warnings[1].message == "no text on page(s) 2, not even by OCR"
    assert doc.meta.ocr.pages == [2]


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9])
def test_truncated_pdf_is_corrupt(tmp_path: Path, keep: float):
    data = _report(tmp_path / "full.pdf").read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[:int(len(data) * keep)])
    err = _error(cut)
    assert err.code == "corrupt"
    assert "\n" not in err.one_line()


def test_garbage_after_pdf_header_is_corrupt(tmp_path: Path):
    path = tmp_path / "garbage.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40)
    assert _error(path).code == "corrupt"


def test_too_many_pages(tmp_path: Path):
    err = _error(_report(tmp_path / "report.pdf"), limits=Limits(max_pages=2))
    assert err.code == "too_large"
    assert "3" in err.message


def test_too_much_text(tmp_path: Path):
    assert _error(_report(tmp_path / "report.pdf"), limits=Limits(max_text_chars=200)).code == "too_large"


def test_page_with_too_many_objects_is_skipped(tmp_path: Path):
    path = tmp_path / "plan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _line(c, 100, "Lageplan")
    _rects(c, 1000)
    c.showPage()
    _line(c, 100, "Der Bericht geht weiter.")
    c.showPage()
    c.save()
    started = time.monotonic()
    doc = _read(path, limits=Limits(max_page_objects=300))
    assert time.monotonic() - started < 30   # a guard: the page is skipped, not laid out (wide margin)
    assert doc.text == "Der Bericht geht weiter."
    assert [w.code for w in doc.warnings] == ["page_skipped"]
    assert "page 1" in doc.warnings[0].message


def test_only_page_with_too_many_objects_is_too_large(tmp_path: Path):
    path = _single_page(tmp_path / "plan.pdf", lambda c: (_line(c, 100, "Lageplan"), _rects(c, 1000)))
    assert _error(path, limits=Limits(max_page_objects=300)).code == "too_large"


def test_time_limit(tmp_path: Path):
    path = _single_page(tmp_path / "busy.pdf", lambda c: (_line(c, 100, "Text"), _rects(c, 600)))
    assert _error(path, limits=Limits(max_seconds=-1.0)).code == "timeout"


# --- real PDFs ---------------------------------------------------------------------------------

def _pdfium_words(path: Path) -> list[str]:
    """Words as pdfium (an independent PDF engine) reads them."""
    pdf = pypdfium2.PdfDocument(str(path))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return re.findall(r"[^\W\d_]{4,}", text)


@pytest.mark.parametrize("name", sorted(p.name for p in REAL_PDFS.glob("*.pdf")))
def test_real_pdf_reads_with_valid_offsets(name: str):
    """(How fast each engine reads them: ``python -m benchmarks.long_inputs``.)"""
    path = REAL_PDFS / name
    doc = _read(path)
    assert doc.blocks and doc.text
    assert all(1 <= b.page <= doc.meta.pages for b in doc.blocks)
    assert [b.start for b in doc.blocks] == sorted(b.start for b in doc.blocks)
    # Nearly every word pdfium sees is in our text (hyphenated halves are substrings of the whole).
    words = _pdfium_words(path)
    missing = [w for w in words if w not in doc.text]
    assert len(missing) <= 0.02 * len(words), missing[:20]


def test_real_protocol_footer_removed():
    path = REAL_PDFS / "Burgerrunde_vom_21_2_19.pdf"
    raw = pypdfium2.PdfDocument(str(path))[0].get_textpage().get_text_range()
    assert re.search(r"1 von 3\s*$", raw)  # the footer is there in the file ...
    doc = _read(path)
    assert doc.meta.pages == 3
    assert not re.search(r"\d von 3", doc.text)  # ... and gone from the text
    assert doc.meta.removed == ["1 von 3"]
    heading = _block(doc, "1. Bericht des Arbeitskreises Dorfentwicklung")
    assert heading.kind == "heading" and heading.bold


def test_real_protocol_nested_bullets_and_hyphen_glyphs():
    doc = _read(REAL_PDFS / "Protokoll_Burgerrunde_29_6_17.pdf")
    # The hyphen in this name is drawn as three glyphs ("-", soft hyphen, U+2010).
    assert "Schriftführerin: Katja Holstein-Gußmann" in doc.text
    outer = _block(doc, "- Rechtsform:")
    inner = _block(doc, "o Verschiedene Rechtsformen sind möglich:")
    assert outer.kind == inner.kind == "list_item"
    assert (outer.indent, inner.indent) == (0, 1)
    assert _block(doc, "o Genossenschaft").text == "o Genossenschaft – sehr sicher, aber hohe Auflagen und teuer"


def test_real_scanned_letter_without_ocr_has_no_text_layer():
    err = _error(SCANNED_PDF, ocr="never")
    assert err.code == "no_text_layer"
    assert err.message == "no text layer (scanned?); OCR needed"


def test_rotated_text_is_reported_not_silently_dropped(tmp_path: Path):
    path = tmp_path / "rotated.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    _line(c, 100, "Aufrechter Text auf Seite eins.")
    c.showPage()
    c.saveState()
    c.translate(300, 400)
    c.rotate(90)
    c.setFont("Helvetica", 11)
    c.drawString(0, 0, "Quer gestellte Tabelle mit vielen Worten darin")
    c.restoreState()
    c.showPage()
    c.save()
    doc = _read(path)
    assert doc.text == "Aufrechter Text auf Seite eins."
    assert [(w.code, "2" in w.message) for w in doc.warnings] == [("rotated_text", True)]
