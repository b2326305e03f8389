"""OCR for real (Tesseract with the German model from Debian): the real scanned letter, pages turned and
tilted, a mixed PDF, image files as input, the per-page decision of ``--ocr auto``, the limits and the
typed errors. Pages are small, or read at a low resolution, where the assertion allows."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pypdfium2
import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from extractor.core.errors import ExtractionError
from extractor.pipeline.engine import extract
from extractor.readers import Limits, ReadOptions, read
from extractor.readers.ocr.tesseract import engine
from testkit.pdf_parts import register_fonts
from testkit.scans import scan_page
from tests.conftest import ROOT, SAMPLES, SCANNED_PDF

SCANNED = SAMPLES / "scanned"


def _page_image(source: Path, number: int, dpi: int, *, tilt: float = 0.0, turned: int = 0,
                crop: float = 1.0) -> Image.Image:
    """Page ``number`` of a born-digital PDF as a grayscale scan (testkit.scans), its top ``crop`` share."""
    page = pypdfium2.PdfDocument(source)[number - 1]
    image = scan_page(page, dpi, tilt, turned, np.random.default_rng(number), gray=True)
    return image.crop((0, 0, image.width, round(image.height * crop))) if crop < 1 else image


def _born_digital_blocks(path: Path, page: int) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in read(path).blocks if b.page == page]


# --- the real scanned letter ------------------------------------------------------------------------

def test_real_scanned_letter_gives_a_record_with_its_text():
    record = extract(SCANNED_PDF)
    text = record["text"]
    # Read from the page image by eye (tests/data/scanned).
    for words in ("HEUWEILER", "LANDKREIS BREISGAU-HOCHSCHWARZWALD",
                  "Unterstützung der Heuweilermer Bürgerrunde durch die Gemeinde;", "Ihr Antrag vom 31. Mai 2015",
                  "Sehr geehrter Herr Frank,", "sehr geehrte Frau Langner,", "Haushaltsberatungen",
                  "Mit freundlichen Grüßen", "Dr. Bentler, Bürgermeister", "16. Juni 2015"):
        assert words in text, words
    ocr = record["source"]["ocr"]
    assert ocr["engine"] == "tesseract" and ocr["language"] == "deu" and ocr["dpi"] == 300
    assert ocr["pages"] == [1]
    assert re.fullmatch(r"\d+\.\d+\.\d+", ocr["version"])
    assert 75 <= ocr["mean_confidence"] <= 100
    assert record["source"]["format"] == "pdf" and record["source"]["pages"] == 1
    used = [w for w in record["quality"]["warnings"] if w["code"] == "ocr_used"]
    assert len(used) == 1
    assert used[0]["message"] == (f"page 1 read by OCR (Tesseract {ocr['version']}, deu, 300 dpi; "
                                  f"mean word confidence {ocr['mean_confidence']:.0f})")
    email = [e for e in record["entities"] if e["label"] == "EMAIL"]
    assert [(e["text"], e["page"]) for e in email] == [("rathaus@heuweiler.de", 1)]


def test_without_language_data_a_scan_is_ocr_unavailable_and_a_born_digital_file_still_reads():
    options = ReadOptions(ocr_lang="xyz")  # no tesseract-ocr-xyz anywhere
    with pytest.raises(ExtractionError) as info:
        read(SCANNED_PDF, options)
    assert info.value.code == "ocr_unavailable"
    assert info.value.path == str(SCANNED_PDF)
    assert "apt-get install tesseract-ocr-xyz tesseract-ocr-osd" in info.value.message
    doc = read(SAMPLES / "plochingen.pdf", options)
    assert doc.meta.ocr is None and "Plochingen" in doc.text


# --- pages turned and tilted ------------------------------------------------------------------------

@pytest.mark.parametrize(("turned", "tilt"), [(0, 1.0), (90, -1.0), (180, 0.7)])
def test_a_turned_and_tilted_page_is_read_upright_and_straight(turned, tilt):
    image = _page_image(SAMPLES / "plochingen.pdf", 1, 150, tilt=tilt, turned=turned)
    page = engine("deu").recognise(image, 150, deadline=time.monotonic() + 600)
    assert page.turned == (360 - turned) % 360
    assert page.skew == pytest.approx(-tilt, abs=0.25)
    lines = [" ".join(w.text for w in line.words) for line in page.lines]
    assert "Name der Stadt oder Gemeinde:" in lines
    assert "Name und Adresse der Kontaktperson für den Kommunalen" in lines


def test_a_page_turned_in_an_image_file_says_so(tmp_path):
    path = tmp_path / "turned.png"
    _page_image(SAMPLES / "plochingen.pdf", 1, 150, turned=90).save(path, dpi=(150, 150))
    doc = read(path)
    used = next(w for w in doc.warnings if w.code == "ocr_used")
    assert "page 1 turned 270° clockwise to be upright" in used.message
    assert "Angaben zur Kommune" in doc.text


# --- mixed PDF, multi-page TIFF, images -------------------------------------------------------------

def test_mixed_pdf_keeps_its_born_digital_page_and_reads_the_scanned_ones():
    doc = read(SCANNED / "obersulmingen.pdf", ReadOptions(ocr_dpi=200))
    assert doc.meta.ocr.pages == [2, 3]
    twin = SAMPLES / "corpus" / "obersulmingen.pdf"
    assert [(b.kind, b.text) for b in doc.blocks if b.page == 1] == _born_digital_blocks(twin, 1)
    assert any("ocr_used" == w.code and w.message.startswith("pages 2-3 read by OCR") for w in doc.warnings)


def test_multi_page_tiff_is_read_page_by_page_and_entities_carry_their_pages():
    record = extract(SCANNED / "wendlingshausen.tif")
    assert record["source"]["format"] == "tiff" and record["source"]["pages"] == 3
    assert record["source"]["ocr"]["pages"] == [1, 2, 3] and record["source"]["ocr"]["dpi"] == 200
    pages = {e["page"] for e in record["entities"]}
    assert pages == {1, 2}
    email = next(e for e in record["entities"] if e["label"] == "EMAIL")
    assert (email["text"], email["page"]) == ("integration@wendlingshausen.de", 1)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_image_files_are_read_by_ocr(tmp_path, fmt):
    image = _page_image(SAMPLES / "plochingen.pdf", 1, 200, crop=0.3)
    path = tmp_path / f"scan.{fmt.lower()}"
    image.save(path, fmt, dpi=(200, 200))
    doc = read(path)
    assert doc.meta.format == fmt.lower() and doc.meta.pages == 1 and doc.meta.ocr.dpi == 200
    assert "Angaben zur Kommune" in doc.text and "Plochingen -> www.plochingen.de" in doc.text
    with pytest.raises(ExtractionError) as info:
        read(path, ReadOptions(ocr="never"))
    assert info.value.code == "no_text_layer"


def test_an_image_over_the_pixel_cap_is_refused_before_it_is_decoded(tmp_path):
    path = tmp_path / "scan.png"
    Image.new("L", (1000, 1000), 255).save(path)
    with pytest.raises(ExtractionError) as info:
        read(path, ReadOptions(limits=Limits(max_image_pixels=999_999)))
    assert info.value.code == "too_large"
    assert "1,000 x 1,000 pixels" in info.value.message


def test_a_pdf_page_over_the_pixel_cap_is_rendered_at_a_lower_resolution():
    doc = read(SCANNED_PDF, ReadOptions(limits=Limits(max_image_pixels=2_000_000)))
    # 2 million pixels on a 589.7 x 824.4 pt page: 146 dpi.
    assert doc.meta.ocr.dpi == 146
    assert "Bürgerrunde" in doc.text


def test_ocr_time_counts_against_the_files_ocr_budget():
    with pytest.raises(ExtractionError) as info:
        read(SCANNED_PDF, ReadOptions(limits=Limits(max_ocr_seconds=0.001)))
    assert info.value.code == "timeout"
    assert info.value.message == "OCR stopped at page 1 after 0.001 s"


# --- the per-page decision --------------------------------------------------------------------------

def test_born_digital_pdfs_are_never_ocrd():
    pdfs = sorted(SAMPLES.glob("*.pdf")) + sorted((SAMPLES / "corpus").glob("*.pdf")) \
        + sorted((SAMPLES / "real-pdf").glob("*.pdf"))
    assert len(pdfs) >= 28
    for path in pdfs:
        assert read(path).meta.ocr is None, path


def _scan_with_text_layer(path: Path, words: str, *, invisible: bool) -> Path:
    """Page 1 of plochingen.pdf as a scan filling an A4 page, with a text layer of ``words`` over it."""
    image = _page_image(SAMPLES / "plochingen.pdf", 1, 100)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    text = c.beginText(72, 700)
    text.setTextRenderMode(3 if invisible else 0)
    text.setFont("Helvetica", 10)
    for line in words.splitlines():
        text.textLine(line)
    c.drawText(text)
    c.showPage()
    c.save()
    return path


def test_an_invisible_junk_layer_over_a_scan_is_replaced_by_ocr(tmp_path):
    junk = "\n".join(["Xq7#kL Zr9v Qwx7 mNb8 zzkt Pfrr#", "Kkkk 4g5h6 Tz7Lx wQ2 Jjjjj v8Nq Rst9"] * 10)
    doc = read(_scan_with_text_layer(tmp_path / "junk.pdf", junk, invisible=True), ReadOptions(ocr_dpi=150))
    assert doc.meta.ocr.pages == [1]
    assert "Angaben zur Kommune" in doc.text and "Xq7" not in doc.text


def test_a_good_invisible_layer_over_a_scan_is_kept(tmp_path):
    good = (SAMPLES / "plochingen.txt").read_text(encoding="utf-8").split("\n\n", 3)[:3]
    doc = read(_scan_with_text_layer(tmp_path / "good.pdf", "\n".join(good), invisible=True))
    assert doc.meta.ocr is None
    assert doc.text.split() == " ".join(good).split()


def test_a_scanners_stamp_over_a_scan_is_too_little_to_keep(tmp_path):
    doc = read(_scan_with_text_layer(tmp_path / "stamp.pdf", "Seite 1", invisible=False), ReadOptions(ocr_dpi=150))
    assert doc.meta.ocr.pages == [1]
    assert "Angaben zur Kommune" in doc.text


def test_ocr_always_reads_a_born_digital_page_through_the_same_layout(tmp_path):
    """Headings, paragraphs and list items come out of OCR words as they come out of text-layer words."""
    register_fonts()
    path = tmp_path / "page.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 770
    for font, size, text in (("DejaVuSans-Bold", 16, "Ausgangssituation"),
                             ("DejaVuSans", 11, "Die Stadt steht vor der Aufgabe, die Menschen gut unterzubringen."),
                             ("DejaVuSans", 11, "Dafür wurden drei Ziele gesetzt:"),
                             ("DejaVuSans", 11, "•   Wohnungen finden"),
                             ("DejaVuSans", 11, "•   Sprachkurse anbieten"),
                             ("DejaVuSans-Bold", 16, "Ergebnisse"),
                             ("DejaVuSans", 11, "Alle Ziele wurden im ersten Jahr erreicht.")):
        y -= 30 if size == 16 else 18
        c.setFont(font, size)
        c.drawString(72, y, text)
    c.showPage()
    c.save()
    text_layer = read(path, ReadOptions(ocr="never"))
    ocr = read(path, ReadOptions(ocr="always"))
    assert ocr.meta.ocr.pages == [1] and text_layer.meta.ocr is None
    assert [(b.kind, b.text, b.bold) for b in ocr.blocks] == [(b.kind, b.text, b.bold) for b in text_layer.blocks]
    assert [b.kind for b in ocr.blocks].count("list_item") == 2


def test_a_page_ocr_is_unsure_of_is_named(tmp_path):
    image = _page_image(SAMPLES / "plochingen.pdf", 1, 150, crop=0.4).filter(ImageFilter.GaussianBlur(3))
    path = tmp_path / "blurred.png"
    image.save(path, dpi=(150, 150))
    doc = read(path)
    low = [w for w in doc.warnings if w.code == "ocr_low_confidence"]
    assert len(low) == 1 and low[0].message.startswith("OCR is unsure of page 1 (mean word confidence ")
    assert low[0].message.endswith(", below 70: check the text against the page")
    assert doc.meta.ocr.mean_confidence < 70


def _convert(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extractor", "convert", *args, str(SCANNED_PDF)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_the_cli_takes_ocr_mode_language_and_resolution():
    r = _convert("--ocr", "auto", "--ocr-lang", "deu", "--ocr-dpi", "150")
    assert r.returncode == 0, r.stderr
    record = json.loads(r.stdout)
    assert record["source"]["ocr"]["dpi"] == 150 and record["source"]["ocr"]["language"] == "deu"
    assert "Haushaltsberatungen" in record["text"]
    r = _convert("--ocr", "never")
    assert r.returncode == 1 and "error [no_text_layer]" in r.stderr
    r = _convert("--ocr-lang", "../deu")
    assert r.returncode == 2 and "ocr_lang must be Tesseract language names" in r.stderr
    r = _convert("--ocr-dpi", "20")
    assert r.returncode == 2 and "--ocr-dpi" in r.stderr
