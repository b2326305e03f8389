"""Build realistic .docx and .pdf versions of the Plochingen KFD report from samples/plochingen.txt.

Run from the repository root:

    python -m testkit.samples            # writes samples/plochingen.docx and samples/plochingen.pdf

Needs python-docx, reportlab and pyphen (German hyphenation in the PDF) and the DejaVu Sans fonts
(Debian package fonts-dejavu-core). Output is deterministic: fixed core properties and zip timestamps
in the docx, reportlab's `invariant` mode in the pdf, so a rebuild gives byte-identical files.

This is a test-data generator, not an extractor: it takes the form's headings, prompt questions and the
labels of "Angaben zur Kommune" from the KFD form definition and lays the txt out the way a town's
office would: Word headings, a label/value table, italic prompts, real bullet lists, page header and
footer; in the pdf a running header, "Seite N von M", justified text with German hyphenation. Every word
of the txt appears unchanged in both outputs.
"""
from __future__ import annotations

import argparse
import io
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.shared import Cm, Pt
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

from extractor.report_types.kfd.form import FORM
from testkit.docx_parts import add_page_field, add_text_with_links, fixed_zip, set_language
from testkit.pdf_parts import DeferredPagesCanvas, register_fonts

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

SECTIONS = {s.heading: s for s in FORM.sections}
LABELLED = FORM.section("municipality")  # the part answered as "Label: value"
LABELS = tuple(f"{label.label}:" for label in LABELLED.labels)
BULLET = "•"

TITLE = "Kommunaler Flüchtlingsdialog – Abschlussbericht"
DOCX_HEADER = "Stadt Plochingen – Kommunaler Flüchtlingsdialog 2017"
PDF_HEADER = "Kommunaler Flüchtlingsdialog – Stadt Plochingen"
AUTHOR = "Stadt Plochingen"
CREATOR = "scripts/build_samples.py"  # the builder's old path, kept: the committed pdf carries it
CREATED = datetime(2017, 7, 14, 9, 12, tzinfo=timezone.utc)
MODIFIED = datetime(2017, 7, 18, 15, 40, tzinfo=timezone.utc)
ZIP_TIME = (2017, 7, 18, 15, 40, 0)


# ---------------------------------------------------------------------------------------------- parsing

@dataclass
class Section:
    heading: str
    prompts: list[str] = field(default_factory=list)
    # Answer blocks in order: ("lines", [line, ...]) for a txt paragraph, ("bullets", [item, ...]) for a list.
    blocks: list[tuple[str, list[str]]] = field(default_factory=list)
    # Only for "Angaben zur Kommune": (label, value lines).
    fields: list[tuple[str, list[str]]] = field(default_factory=list)


def _paragraphs(text: str) -> list[list[str]]:
    """Blank-line separated paragraphs, each a list of stripped lines (the txt indents half the form)."""
    paragraphs, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(current)
            current = []
    if current:
        paragraphs.append(current)
    return paragraphs


def is_prompt(line: str, heading: str) -> bool:
    """A line made of the section's prompt questions only (the txt puts a question and its note on one line)."""
    rest = line
    for prompt in SECTIONS[heading].prompts:
        rest = rest.replace(prompt, "")
    return not rest.strip()


def parse(text: str) -> list[Section]:
    sections: list[Section] = []
    pending_label: str | None = None
    for para in _paragraphs(text):
        if len(para) == 1 and para[0] in SECTIONS:
            sections.append(Section(para[0]))
            continue
        if not sections:
            raise ValueError(f"text before the first heading: {para[0]!r}")
        section = sections[-1]
        if section.heading == LABELLED.heading:
            if pending_label is not None:       # the contact address stands apart from its label
                section.fields.append((pending_label, para))
                pending_label = None
            elif para[0] in LABELS and len(para) == 1:
                pending_label = para[0]
            elif para[0] in LABELS:
                section.fields.append((para[0], para[1:]))
            else:
                raise ValueError(f"unknown line in {LABELLED.heading!r}: {para[0]!r}")
        elif all(line.startswith(BULLET) for line in para):
            section.blocks.append(("bullets", [line[len(BULLET):].strip() for line in para]))
        elif not section.blocks and len(para) == 1 and is_prompt(para[0], section.heading):
            section.prompts.append(para[0])
        else:
            section.blocks.append(("lines", para))
    found = [s.heading for s in sections]
    if found != list(SECTIONS):
        raise ValueError(f"headings differ from the form: {found}")
    if [label for label, _ in sections[0].fields] != list(LABELS):
        raise ValueError(f"labels of {LABELLED.heading!r} differ from the form")
    return sections


# ------------------------------------------------------------------------------------------------- docx

def build_docx(sections: list[Section]) -> bytes:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    set_language(document, "de-DE")

    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header.paragraphs[0].text = DOCX_HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("Seite ")
    add_page_field(footer)

    document.add_paragraph(TITLE, style="Title")
    for sec in sections:
        document.add_heading(sec.heading, level=1)
        if sec.fields:
            table = document.add_table(rows=0, cols=2)
            table.style = document.styles["Table Grid"]
            for label, value in sec.fields:
                row = table.add_row()
                row.cells[0].width, row.cells[1].width = Cm(7), Cm(9)
                row.cells[0].paragraphs[0].add_run(label).bold = True
                cell = row.cells[1]
                for i, line in enumerate(value):
                    add_text_with_links(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), line)
        for prompt in sec.prompts:
            run = document.add_paragraph().add_run(prompt)   # direct formatting, as typed into a form
            run.italic = True
        for kind, lines in sec.blocks:
            for line in lines:
                document.add_paragraph(line, style="List Bullet" if kind == "bullets" else None)

    props = document.core_properties
    props.title = TITLE
    props.subject = "Kommunaler Flüchtlingsdialog"
    props.author = props.last_modified_by = AUTHOR
    props.keywords = "KFD; Abschlussbericht"
    props.comments = ""
    props.language = "de-DE"
    props.created, props.modified, props.last_printed = CREATED, MODIFIED, MODIFIED
    props.revision = 4
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue(), ZIP_TIME)


# -------------------------------------------------------------------------------------------------- pdf

class _NumberedCanvas(DeferredPagesCanvas):
    def decorate(self, total: int) -> None:
        width, height = A4
        self.saveState()
        self.setFont("DejaVuSans", 9)
        self.setFillGray(0.3)
        self.drawString(25 * mm, height - 15 * mm, PDF_HEADER)
        self.setLineWidth(0.5)
        self.setStrokeGray(0.5)
        self.line(25 * mm, height - 17 * mm, width - 25 * mm, height - 17 * mm)
        self.drawCentredString(width / 2, 12 * mm, f"Seite {self._pageNumber} von {total}")
        self.restoreState()


def build_pdf(sections: list[Section], path: Path) -> None:
    register_fonts()
    font = "DejaVuSans"
    body = ParagraphStyle("Body", fontName=font, fontSize=11, leading=16, alignment=TA_JUSTIFY,
                          spaceAfter=6, hyphenationLang="de_DE")
    prompt = ParagraphStyle("Prompt", parent=body, fontName=f"{font}-Oblique", alignment=TA_LEFT,
                            hyphenationLang="", textColor="#404040")
    heading = ParagraphStyle("Heading", fontName=f"{font}-Bold", fontSize=13, leading=17, spaceBefore=14,
                             spaceAfter=8, keepWithNext=1)
    title = ParagraphStyle("Title", fontName=f"{font}-Bold", fontSize=14, leading=18, spaceAfter=10)
    label = ParagraphStyle("Label", parent=body, fontName=f"{font}-Bold", alignment=TA_LEFT, spaceAfter=1,
                           keepWithNext=1, hyphenationLang="")
    value = ParagraphStyle("Value", parent=body, alignment=TA_LEFT, spaceAfter=8, hyphenationLang="")

    story = [Paragraph(escape(TITLE), title)]
    for sec in sections:
        story.append(Paragraph(escape(sec.heading), heading))
        for lab, lines in sec.fields:
            story.append(KeepTogether([Paragraph(escape(lab), label),
                                       Paragraph("<br/>".join(escape(v) for v in lines), value)]))
        for text in sec.prompts:
            story.append(Paragraph(escape(text), prompt))
        for kind, lines in sec.blocks:
            if kind == "bullets":
                items = [ListItem(Paragraph(escape(item), body), leftIndent=18) for item in lines]
                story.append(ListFlowable(items, bulletType="bullet", start=BULLET, bulletFontName=font,
                                          leftIndent=18, spaceAfter=6))
            else:
                story.extend(Paragraph(escape(line), body) for line in lines)
        story.append(Spacer(1, 4))

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=28 * mm, bottomMargin=25 * mm, title=TITLE, author=AUTHOR,
                            subject="Kommunaler Flüchtlingsdialog", creator=CREATOR,
                            lang="de-DE", invariant=1)
    doc.build(story, canvasmaker=_NumberedCanvas)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SAMPLES / "plochingen.txt")
    parser.add_argument("--out-dir", type=Path, default=SAMPLES)
    args = parser.parse_args(argv)
    sections = parse(args.source.read_text(encoding="utf-8"))
    stem = args.source.stem
    (args.out_dir / f"{stem}.docx").write_bytes(build_docx(sections))
    build_pdf(sections, args.out_dir / f"{stem}.pdf")
    print(f"wrote {args.out_dir / (stem + '.docx')} and {args.out_dir / (stem + '.pdf')}")


if __name__ == "__main__":
    main()
