"""The same report as .txt, .docx and .pdf gives the same sections; documents of another kind are named so."""
import subprocess
import sys

import pytest

from extractor.pipeline.engine import extract
from tests.conftest import ROOT, SAMPLES, SCANNED_PDF, SECTION_KEYS, squash


@pytest.fixture(scope="module")
def records():
    return {fmt: extract(SAMPLES / f"plochingen.{fmt}") for fmt in ("txt", "docx", "pdf")}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_same_answers_as_txt(records, fmt):
    txt, other = records["txt"], records[fmt]
    for key in SECTION_KEYS:
        assert squash(other["sections"][key]["text"]) == squash(txt["sections"][key]["text"]), key
        assert other["sections"][key]["heading"] == txt["sections"][key]["heading"], key
    assert other["quality"]["missing_sections"] == []
    assert other["quality"]["unanswered_sections"] == ["recommendations"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_offsets_and_source(records, fmt):
    rec = records[fmt]
    assert rec["source"]["format"] == fmt
    text = rec["text"]
    for key, sec in rec["sections"].items():
        if sec["text"]:
            assert text[sec["start"]:sec["end"]] == sec["text"], key


def test_pdf_pages_and_no_running_header(records):
    rec = records["pdf"]
    assert rec["source"]["pages"] == 5
    assert "Seite 1 von 5" not in rec["text"]
    assert "Kommunaler Flüchtlingsdialog – Stadt Plochingen" not in rec["text"]
    pages = {e["page"] for e in rec["entities"]}
    assert min(pages) == 1 and max(pages) >= 3
    # hyphenated words are rejoined, real hyphens kept
    assert "Haupt- und Ehrenamtlichen" in rec["text"]
    assert "Bevölke- rung" not in rec["text"] and "Bevölkerung" in rec["text"]


def test_docx_header_footer_not_in_text(records):
    assert "Seite" not in records["docx"]["text"]
    assert "Stadt Plochingen – Kommunaler Flüchtlingsdialog 2017" not in records["docx"]["text"]


@pytest.mark.parametrize("name", ["Burgerrunde_vom_21_2_19.pdf", "Protokoll_Burgerrunde_29_6_17.pdf",
                                  "Plakat_2._Runde.pdf"])
def test_other_documents_are_not_the_form(name):
    rec = extract(SAMPLES / "real-pdf" / name)
    assert rec["quality"]["missing_sections"] == SECTION_KEYS
    assert [w["code"] for w in rec["quality"]["warnings"]].count("not_a_form") == 1
    assert rec["text"]


def test_scanned_pdf_without_ocr_gives_clear_error():
    scanned = SCANNED_PDF
    r = subprocess.run([sys.executable, "-m", "extractor", "convert", "--ocr", "never", str(scanned)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 1
    assert r.stderr.strip() == f"{scanned}: error [no_text_layer]: no text layer (scanned?); OCR needed"
    assert r.stdout == ""
