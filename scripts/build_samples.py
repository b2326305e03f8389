"""Build realistic .docx and .pdf versions of the Plochingen KFD report from samples/plochingen.txt.

Run from the repository root:

    python scripts/build_samples.py            # writes samples/plochingen.docx and samples/plochingen.pdf

Needs python-docx, reportlab and pyphen (German hyphenation in the PDF) and the DejaVu Sans fonts
(Debian package fonts-dejavu-core). Output is deterministic: fixed core properties and zip timestamps
in the docx, reportlab's `invariant` mode in the pdf, so a rebuild gives byte-identical files.

This is a test-data generator, not an extractor: it knows the form (the ten headings and the labels of
"Angaben zur Kommune") and lays the txt out the way a town's office would: Word headings, a label/value
table, italic prompts, real bullet lists, page header and footer; in the pdf a running header, "Seite N
von M", justified text with German hyphenation. Every word of the txt appears unchanged in both outputs.
"""
from __future__ import annotations

import argparse
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

HEADINGS = (
    "Angaben zur Kommune",
    "Veranstaltungskonzept",
    "Ausgangssituation / Anlass",
    "Beratung und Moderation",
    "Themenfelder",
    "Beteiligte Akteure",
    "Bewertung des Ablaufs und der Ergebnisse",
    "Konkrete Ergebnisse, Maßnahmen und nächste Schritte",
    "Kosten und Effizienz",
    "Empfehlungen und sonstige Rückmeldungen",
)
LABELS = (
    "Name der Stadt oder Gemeinde:",
    "Einwohnerzahl:",
    "Landkreis:",
    "Regierungsbezirk:",
    "Name und Adresse der Kontaktperson für den Kommunalen Flüchtlingsdialog:",
    "Telefon der Kontaktperson:",
    "E-Mail der Kontaktperson:",
)
BULLET = "•"
# The form's prompt questions: they open a section and read as questions or instructions.
PROMPT = re.compile(r"(?:\?|\?\)|\.\))$|^(?:Bitte|Nennen Sie)\b")

TITLE = "Kommunaler Flüchtlingsdialog – Abschlussbericht"
DOCX_HEADER = "Stadt Plochingen – Kommunaler Flüchtlingsdialog 2017"
PDF_HEADER = "Kommunaler Flüchtlingsdialog – Stadt Plochingen"
AUTHOR = "Stadt Plochingen"
CREATED = datetime(2017, 7, 14, 9, 12, tzinfo=timezone.utc)
MODIFIED = datetime(2017, 7, 18, 15, 40, tzinfo=timezone.utc)
ZIP_TIME = (2017, 7, 18, 15, 40, 0)

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


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


def parse(text: str) -> list[Section]:
    sections: list[Section] = []
    pending_label: str | None = None
    for para in _paragraphs(text):
        if len(para) == 1 and para[0] in HEADINGS:
            sections.append(Section(para[0]))
            continue
        if not sections:
            raise ValueError(f"text before the first heading: {para[0]!r}")
        section = sections[-1]
        if section.heading == HEADINGS[0]:
            if pending_label is not None:       # the contact address stands apart from its label
                section.fields.append((pending_label, para))
                pending_label = None
            elif para[0] in LABELS and len(para) == 1:
                pending_label = para[0]
            elif para[0] in LABELS:
                section.fields.append((para[0], para[1:]))
            else:
                raise ValueError(f"unknown line in {HEADINGS[0]!r}: {para[0]!r}")
        elif all(line.startswith(BULLET) for line in para):
            section.blocks.append(("bullets", [line[len(BULLET):].strip() for line in para]))
        elif not section.blocks and len(para) == 1 and PROMPT.search(para[0]):
            section.prompts.append(para[0])
        else:
            section.blocks.append(("lines", para))
    found = [s.heading for s in sections]
    if found != list(HEADINGS):
        raise ValueError(f"headings differ from the form: {found}")
    if [label for label, _ in sections[0].fields] != list(LABELS):
        raise ValueError("labels of 'Angaben zur Kommune' differ from the form")
    return sections


# ------------------------------------------------------------------------------------------------- docx

def _add_hyperlink(paragraph, text: str, url: str) -> None:
    """Word turns URLs and e-mail addresses into hyperlinks; python-docx has no public API for it."""
    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.extend([color, underline])
    t = OxmlElement("w:t")
    t.text = text
    run.extend([rpr, t])
    link.append(run)
    paragraph._p.append(link)


_LINK = re.compile(r"\b(www\.\S+|\S+@\S+\.\w+)")


def _add_text_with_links(paragraph, text: str) -> None:
    pos = 0
    for m in _LINK.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos:m.start()])
        target = m.group(1)
        _add_hyperlink(paragraph, target, f"mailto:{target}" if "@" in target else f"http://{target}")
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def _add_page_field(paragraph) -> None:
    """A complex PAGE field as Word writes it, with "1" as the cached result."""
    def fld_char(kind: str):
        run = OxmlElement("w:r")
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        run.append(char)
        return run

    instr_run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    instr_run.append(instr)
    paragraph._p.append(fld_char("begin"))
    paragraph._p.append(instr_run)
    paragraph._p.append(fld_char("separate"))
    paragraph.add_run("1")
    paragraph._p.append(fld_char("end"))


def _set_language(document, lang: str) -> None:
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    rpr.append(el)


def build_docx(sections: list[Section]) -> bytes:
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    _set_language(document, "de-DE")

    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.header.paragraphs[0].text = DOCX_HEADER
    footer = section.footer.paragraphs[0]
    footer.add_run("Seite ")
    _add_page_field(footer)

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
                    _add_text_with_links(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), line)
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


def fixed_zip(data: bytes, date_time: tuple) -> bytes:
    """python-docx stamps zip members with the current time; fix it so rebuilds are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=date_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


# -------------------------------------------------------------------------------------------------- pdf

def _register_fonts() -> str:
    files = {"": "DejaVuSans", "-Bold": "DejaVuSans-Bold", "-Oblique": "DejaVuSans-Oblique",
             "-BoldOblique": "DejaVuSans-BoldOblique"}
    for suffix, name in files.items():
        path = DEJAVU / f"{name}.ttf"
        if not path.exists():
            raise SystemExit(f"{path} missing: install the DejaVu fonts (apt-get install fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(f"DejaVuSans{suffix}", str(path)))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans-Oblique", boldItalic="DejaVuSans-BoldOblique")
    return "DejaVuSans"


class DeferredPagesCanvas(Canvas):
    """Defers page output until the end so a footer can say "Seite N von M" (two-pass numbering).
    Subclasses draw their running header and footer in ``_decorate(total)``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        raise NotImplementedError


class _NumberedCanvas(DeferredPagesCanvas):
    def _decorate(self, total: int) -> None:
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
    font = _register_fonts()
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
                            subject="Kommunaler Flüchtlingsdialog", creator="scripts/build_samples.py",
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
