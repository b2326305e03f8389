"""The report as a PDF of at least two pages: running header, page numbers in the footer, justified text
with German hyphenation, label/value table or paragraphs, real or typed lists. reportlab's invariant mode
makes it deterministic.
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from testkit.corpus.model import Report, Sec
from testkit.pdf_parts import ITALIC, DeferredPagesCanvas, register_fonts

CREATOR = "scripts/build_corpus.py"  # the generator's old path, kept: the committed pdfs carry it


def canvas_class(header: str | None, footer: str, font: str, header_first_page: bool, pages_seen: list):
    """A canvas that draws the plan's running header and footer and records how many pages it wrote."""
    class _Canvas(DeferredPagesCanvas):
        def save(self):
            pages_seen.append(self.page_count)
            super().save()

        def decorate(self, total: int) -> None:
            width, height = A4
            n = self._pageNumber
            self.saveState()
            self.setFont(font, 8.5)
            self.setFillGray(0.35)
            if header and (header_first_page or n > 1):
                self.drawString(25 * mm, height - 15 * mm, header)
                self.setLineWidth(0.4)
                self.setStrokeGray(0.5)
                self.line(25 * mm, height - 17 * mm, width - 25 * mm, height - 17 * mm)
            text = footer.format(n=n, total=total)
            if footer.startswith("{n}/"):
                self.drawRightString(width - 25 * mm, 12 * mm, text)
            else:
                self.drawCentredString(width / 2, 12 * mm, text)
            self.restoreState()

    return _Canvas


def render_pdf(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    """Every pdf has two pages or more (so header and footer repeat): a short report is set larger."""
    register_fonts()
    for attempt in range(4):
        pages: list[int] = []
        data = _pdf_once(r, pre, secs, scale=1 + 0.12 * attempt, pages_seen=pages)
        if pages[-1] >= 2:
            r.features[f"pdf pages: {pages[-1]}"] += 1
            return data
    raise AssertionError(f"{r.name}: pdf has fewer than two pages")


def _pdf_once(r: Report, pre: list[str], secs: list[Sec], scale: float, pages_seen: list) -> bytes:
    plan = r.plan
    font = plan["pdf_font"]
    italic = ITALIC[font]
    size = 10.5 * scale
    body = ParagraphStyle("Body", fontName=font, fontSize=size, leading=size * 1.45,
                          alignment=TA_JUSTIFY if plan["pdf_justify"] else TA_LEFT, spaceAfter=5 * scale,
                          hyphenationLang="de_DE")
    prompt = ParagraphStyle("Prompt", parent=body, fontName=f"{font}-{italic}" if plan["prompt_format"] != "plain"
                            else font, alignment=TA_LEFT, hyphenationLang="",
                            textColor="#404040" if plan["prompt_format"] == "grey" else "#000000")
    heading = ParagraphStyle("Heading", fontName=f"{font}-Bold", fontSize=12.5 * scale, leading=16 * scale,
                             spaceBefore=12 * scale, spaceAfter=6 * scale, keepWithNext=1)
    title = ParagraphStyle("Title", fontName=f"{font}-Bold", fontSize=14, leading=18, spaceAfter=8)
    label = ParagraphStyle("Label", parent=body, fontName=f"{font}-Bold", alignment=TA_LEFT, spaceAfter=1,
                           keepWithNext=1, hyphenationLang="")
    value = ParagraphStyle("Value", parent=body, alignment=TA_LEFT, spaceAfter=7, hyphenationLang="")
    story = []
    for i, line in enumerate(pre):
        story.append(Paragraph(escape(line), title if i == 0 else label))
    for sec in secs:
        if sec.heading:
            story.append(Paragraph(escape(sec.heading), heading))
        for b in sec.blocks:
            if b.kind == "fields":
                if plan["pdf_table"]:
                    rows = [[Paragraph(escape(f.label), label),
                             Paragraph("<br/>".join(escape(v) for v in f.lines), value)] for f in b.fields]
                    table = Table(rows, colWidths=[62 * mm, 98 * mm])
                    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
                    story.append(table)
                else:
                    for f in b.fields:
                        if f.inline and f.lines:
                            story.append(Paragraph(f"<b>{escape(f.inline_label)}</b> {escape(f.lines[0])}",
                                                   value))
                        else:
                            story.append(KeepTogether([Paragraph(escape(f.label), label),
                                                       Paragraph("<br/>".join(escape(v) for v in f.lines), value)]))
            elif b.kind == "prompt":
                story.extend(Paragraph(escape(line), prompt) for line in b.lines)
            elif b.kind == "list":
                if plan["pdf_real_lists"]:
                    items = [ListItem(Paragraph(escape(item), body), leftIndent=16) for item in b.lines]
                    if b.marker in ("1.", "1)", "a)"):
                        kind = {"1.": "1", "1)": "1", "a)": "a"}[b.marker]
                        fmt = "%s)" if b.marker.endswith(")") else "%s."
                        story.append(ListFlowable(items, bulletType=kind, bulletFormat=fmt, bulletFontName=font,
                                                  leftIndent=16, spaceAfter=5))
                    else:
                        story.append(ListFlowable(items, bulletType="bullet", start=b.marker, bulletFontName=font,
                                                  leftIndent=16, spaceAfter=5))
                else:
                    story.extend(Paragraph(escape(f"{b.item_marker(k)} {item}"), body)
                                 for k, item in enumerate(b.lines))
            elif b.kind == "sub":
                story.append(Paragraph(escape(b.lines[0]), label))
            else:
                story.extend(Paragraph(escape(line), body) for line in b.lines)
        story.append(Spacer(1, 3))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=27 * mm,
                            bottomMargin=24 * mm, title="Kommunaler Flüchtlingsdialog", lang="de-DE",
                            author=r.author, creator=CREATOR,
                            invariant=1)
    doc.build(story, canvasmaker=canvas_class(plan["page_header"], plan["pdf_footer"], font,
                                              plan["header_first_page"], pages_seen))
    return buf.getvalue()
