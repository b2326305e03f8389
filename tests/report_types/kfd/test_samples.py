"""The committed docx/pdf samples are what they claim to be: the Plochingen txt, laid out like a real report.

They are built by testkit/samples.py; these tests read the committed files, not the builder's output.
"""
from __future__ import annotations

import re

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from extractor.report_types.kfd.form import FORM
from testkit import samples
from testkit.samples import DOCX_HEADER, PDF_HEADER, TITLE
from tests.conftest import SAMPLES

TXT = SAMPLES / "plochingen.txt"
DOCX = SAMPLES / "plochingen.docx"
PDF = SAMPLES / "plochingen.pdf"

HEADINGS = [s.heading for s in FORM.sections]
LABEL_KEYS = [label.key for label in FORM.section("municipality").labels]
LABELS = [f"{label.label}:" for label in FORM.section("municipality").labels]  # as the sample writes them


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def txt() -> str:
    return TXT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def pdf_lines() -> list[list[str]]:
    with pdfplumber.open(PDF) as pdf:
        return [page.extract_text().splitlines() for page in pdf.pages]


@pytest.fixture(scope="module")
def document():
    return docx.Document(str(DOCX))


# ------------------------------------------------------------------------------------------------ pdf

def test_pdf_has_running_header_and_numbered_footer_on_every_page(pdf_lines):
    assert len(pdf_lines) >= 3
    for number, lines in enumerate(pdf_lines, start=1):
        assert lines[0] == PDF_HEADER
        assert lines[-1] == f"Seite {number} von {len(pdf_lines)}"


def _pdf_body(pdf_lines) -> list[str]:
    body = [line for lines in pdf_lines for line in lines[1:-1]]
    assert body[0] == TITLE
    return body[1:]


def test_pdf_body_is_the_txt_word_for_word(pdf_lines, txt):
    # A hyphen at a line end may be a soft break ("Bevölke-/rung") or a real one ("Haupt-/und"): optional.
    body = "\n".join(_pdf_body(pdf_lines))
    pattern = "".join("-?" if part == "\0" else re.escape(part)
                      for part in re.split(r"(\0)", squash(re.sub(r"-\n", "\0", body))))
    assert re.fullmatch(pattern, squash(txt))


def test_pdf_hyphenates_german_words_at_line_ends(pdf_lines, txt):
    words = set(re.findall(r"\w+", txt))
    body = _pdf_body(pdf_lines)
    splits = [(a, b) for a, b in zip(body, body[1:])
              if (m := re.search(r"(\w+)-$", a)) and (n := re.match(r"\w+", b)) and m[1] + n[0] in words
              and m[1] + "-" not in txt]
    assert len(splits) >= 3
    assert re.search(r"Haupt-\s+und\s+Ehrenamtlichen", "\n".join(body))


def test_pdf_styles_headings_labels_prompts_and_bullets():
    with pdfplumber.open(PDF) as pdf:
        lines = [line for page in pdf.pages for line in page.extract_text_lines(return_chars=True)]
    by_text = {}
    for line in lines:
        by_text.setdefault(line["text"], line)

    def fonts(text):
        return {c["fontname"].split("+")[-1] for c in by_text[text]["chars"] if c["text"].strip()}

    for heading in HEADINGS:
        assert fonts(heading) == {"DejaVuSans-Bold"}
        assert min(c["size"] for c in by_text[heading]["chars"]) >= 12.5
    for key, label in zip(LABEL_KEYS, LABELS):
        if key == "contact":                       # its label wraps over two lines
            continue
        assert fonts(label) == {"DejaVuSans-Bold"}
    for value in ["ca. 14.000", "Esslingen", "Felix Unseld", "07153-7005-104"]:
        assert fonts(value) == {"DejaVuSans"}
    assert fonts("Was würden Sie beim nächsten Mal anders machen?") == {"DejaVuSans-Oblique"}
    bullets = [line["text"] for line in lines if line["text"].startswith("• ")]
    assert len(bullets) == 4
    assert bullets[0] == "• Umsetzung einer neuen Organisationsstruktur des Beirats Flüchtlinge"


def test_pdf_metadata_is_invariant():
    with pdfplumber.open(PDF) as pdf:
        assert pdf.metadata["CreationDate"].startswith("D:20000101")
        assert pdf.metadata["Title"] == TITLE


# ----------------------------------------------------------------------------------------------- docx

def _body_texts(document) -> list[str]:
    """Body paragraphs and table-cell paragraphs in document order (headers/footers are not in the body)."""
    texts = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            texts.append(docx.text.paragraph.Paragraph(child, document).text)
        elif child.tag == qn("w:tbl"):
            table = docx.table.Table(child, document)
            texts.extend(p.text for row in table.rows for cell in row.cells for p in cell.paragraphs)
    return texts


def test_docx_headings_use_heading_styles(document):
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == TITLE
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == HEADINGS


def test_docx_municipality_is_a_label_value_table(document):
    assert len(document.tables) == 1
    rows = [[cell for cell in row.cells] for row in document.tables[0].rows]
    assert [r[0].text for r in rows] == LABELS
    assert all(run.bold for r in rows for run in r[0].paragraphs[0].runs)
    contact = rows[LABEL_KEYS.index("contact")][1]
    assert [p.text for p in contact.paragraphs] == [
        "Felix Unseld", "Kommunaler Flüchtlingskoordinator", "Schulstraße 5-7", "73207 Plochingen"]
    # Web site and e-mail are hyperlinks, as Word makes them; their text must still be in the cell.
    assert rows[0][1].text == "Plochingen -> www.plochingen.de"
    assert rows[0][1].paragraphs[0]._p.findall(qn("w:hyperlink"))


def test_docx_results_are_real_bullet_list_items(document):
    items = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert [p.text for p in items][0] == "Umsetzung einer neuen Organisationsstruktur des Beirats Flüchtlinge"
    assert len(items) == 4
    assert not any(p.text.lstrip().startswith("•") for p in items)
    assert items[0].style.element.pPr.numPr is not None


def test_docx_prompts_are_italic_and_follow_their_heading(document):
    paragraphs = document.paragraphs
    italic = [i for i, p in enumerate(paragraphs) if p.runs and all(r.italic for r in p.runs)]
    assert len(italic) >= 9
    for i in italic:
        assert paragraphs[i - 1].style.name == "Heading 1" or i - 1 in italic


def test_docx_header_and_page_field_stay_out_of_the_body(document):
    section = document.sections[0]
    assert section.header.paragraphs[0].text == DOCX_HEADER
    footer = section.footer.paragraphs[0]
    assert footer.text.startswith("Seite ")
    assert [t.text.strip() for t in footer._p.iter(qn("w:instrText"))] == ["PAGE"]
    body = "\n".join(_body_texts(document))
    assert DOCX_HEADER not in body and "Seite" not in body


def test_docx_body_is_the_txt_word_for_word(document, txt):
    texts = _body_texts(document)
    assert texts[0] == TITLE
    assert squash("".join(texts[1:])) == squash(txt.replace("•", ""))


def test_docx_rebuild_is_byte_identical():
    sections = samples.parse(TXT.read_text(encoding="utf-8"))
    assert samples.build_docx(sections) == DOCX.read_bytes()
