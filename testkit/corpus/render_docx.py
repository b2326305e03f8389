"""The report as a Word file, in one of the style worlds towns' files come from (Word in English or
German, LibreOffice, bold paragraphs instead of headings, a custom heading style), with the municipality
part as a table or as paragraphs, real or typed lists, page header and footer. Deterministic: fixed core
properties and zip timestamps.
"""
from __future__ import annotations

import datetime as dt
import io

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from testkit.corpus.model import Block, Report, Sec
from testkit.docx_parts import add_lines_with_breaks, add_page_field, add_text_with_links, fixed_zip, set_language

# German Word keeps the built-in names but writes localised style ids; LibreOffice writes its own names.
WORD_DE_IDS = {"Normal": "Standard", "Heading1": "berschrift1", "Heading2": "berschrift2", "Title": "Titel",
               "ListBullet": "Aufzhlungszeichen", "ListNumber": "Listennummer", "Heading1Char": "berschrift1Zchn",
               "Heading2Char": "berschrift2Zchn", "TitleChar": "TitelZchn", "TableGrid": "Tabellenraster"}
GERMAN_NAMES = {"heading 1": "Überschrift 1", "heading 2": "Überschrift 2", "Normal": "Standard", "Title": "Titel",
                "List Bullet": "Aufzählungszeichen", "List Number": "Listennummer", "Table Grid": "Tabellenraster",
                "Heading 1 Char": "Überschrift 1 Zchn", "Title Char": "Titel Zchn"}
_REF_TAGS = ("basedOn", "next", "link", "pStyle", "rStyle", "tblStyle")


def _rename_styles(document, ids: dict[str, str], names: dict[str, str] | None = None) -> None:
    roots = [document.styles.element, document.part.numbering_part.element]
    for root in roots:
        for el in root.iter():
            sid = el.get(qn("w:styleId"))
            if sid in ids:
                el.set(qn("w:styleId"), ids[sid])
            if el.tag in {qn(f"w:{t}") for t in _REF_TAGS} and el.get(qn("w:val")) in ids:
                el.set(qn("w:val"), ids[el.get(qn("w:val"))])
    if names:
        for st in document.styles.element.findall(qn("w:style")):
            name = st.find(qn("w:name"))
            if name is not None and name.get(qn("w:val")) in names:
                name.set(qn("w:val"), names[name.get(qn("w:val"))])


def _add_style(document, style_id: str, name: str, based_on: str | None, *, size: float | None = None,
               bold: bool = False, outline: int | None = None, color: str | None = None):
    st = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    st.element.set(qn("w:styleId"), style_id)
    if based_on:
        based = OxmlElement("w:basedOn")
        based.set(qn("w:val"), based_on)
        st.element.insert(1, based)
    if size:
        st.font.size = Pt(size)
    st.font.bold = bold or None
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if outline is not None:
        ppr = st.element.get_or_add_pPr()
        lvl = OxmlElement("w:outlineLvl")
        lvl.set(qn("w:val"), str(outline))
        ppr.append(lvl)
    return st


def setup_docx_styles(document, mode: str) -> dict:
    """Style ids for heading, title, lists, body in one of the style worlds towns' files come from."""
    ids = {"heading": "Heading1", "title": "Title", "bullet": "ListBullet", "number": "ListNumber", "body": None,
           "table": "TableGrid"}
    if mode in ("word_de", "lo_de"):
        _rename_styles(document, WORD_DE_IDS, GERMAN_NAMES if mode == "lo_de" else None)
        ids.update(heading="berschrift1", title="Titel", bullet="Aufzhlungszeichen", number="Listennummer",
                   table="Tabellenraster")
        if mode == "lo_de":
            _add_style(document, "berschrift", "Überschrift", "Standard", size=14)
            for st in document.styles.element.findall(qn("w:style")):
                if st.get(qn("w:styleId")) == "berschrift1":
                    st.find(qn("w:basedOn")).set(qn("w:val"), "berschrift")
            _add_style(document, "Textkrper", "Textkörper", "Standard")
            ids["body"] = "Textkrper"
    elif mode == "lo_en":
        for st in document.styles.element.findall(qn("w:style")):
            name = st.find(qn("w:name"))
            if name.get(qn("w:val")) == "heading 1":
                name.set(qn("w:val"), "Heading 1")
                st.find(qn("w:basedOn")).set(qn("w:val"), "Heading")
        _add_style(document, "Heading", "Heading", "Normal", size=14)
        _add_style(document, "TextBody", "Text Body", "Normal")
        ids["body"] = "TextBody"
    elif mode == "custom_chain":
        _add_style(document, "KFDAbschnitt", "KFD Abschnitt", "Heading1", size=13, color="1F3864")
        ids["heading"] = "KFDAbschnitt"
    elif mode == "bold":
        ids["heading"] = None
    return ids


def _styled(container, text: str, style_id: str | None, *, bold=False, italic=False, size=None, color=None,
            links=False, indent_cm: float | None = None):
    p = container.add_paragraph()
    if style_id:
        p._p.get_or_add_pPr().style = style_id
    if indent_cm:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if links:
        add_text_with_links(p, text)
        runs = p.runs
    else:
        runs = [p.add_run(text)]
    for run in runs:
        run.bold = bold or None
        run.italic = italic or None
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    return p


def render_docx(r: Report, pre: list[str], secs: list[Sec]) -> bytes:
    document, ids = new_document(r)
    add_pre(document, r, ids, pre)
    for sec in secs:
        if sec.heading:
            add_heading(document, r, ids, sec.heading)
        for b in sec.blocks:
            if b.kind == "fields":
                add_fields(document, r, ids, b)
            else:
                add_block(document, r, ids, b)
    return finish(document, r)


def new_document(r: Report):
    """An empty Word document in the report's style world, font, page size and page header and footer:
    (document, style ids)."""
    plan = r.plan
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = plan["docx_font"]
    normal.font.size = Pt(11)
    set_language(document, "de-DE")
    ids = setup_docx_styles(document, plan["docx_headings"])
    r.feat(f"docx headings: {plan['docx_headings']}")
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    if plan["page_header"]:
        section.header.paragraphs[0].text = plan["page_header"]
        footer = section.footer.paragraphs[0]
        footer.add_run("Seite ")
        add_page_field(footer)
        r.feat("docx page header and footer")
    return document, ids


def add_pre(container, r: Report, ids: dict, pre: list[str]) -> None:
    """The lines before the first heading: a title and what follows it."""
    for i, line in enumerate(pre):
        if i == 0 and r.plan["docx_headings"] != "bold":
            _styled(container, line, ids["title"])
        else:
            _styled(container, line, ids["body"], bold=True, size=14 if i == 0 else 12)


def add_heading(container, r: Report, ids: dict, heading: str) -> None:
    if ids["heading"]:
        _styled(container, heading, ids["heading"])
    else:
        _styled(container, heading, None, bold=True, size=r.plan["bold_heading_size"])


def add_fields(document, r: Report, ids: dict, b: Block) -> None:
    """The municipality part: a label | value table, or labels and values as paragraphs."""
    plan, body = r.plan, ids["body"]
    if plan["docx_table"]:
        table = document.add_table(rows=0, cols=2)
        tbl_pr = table._tbl.tblPr
        tstyle = OxmlElement("w:tblStyle")
        tstyle.set(qn("w:val"), ids["table"])
        tbl_pr.insert(0, tstyle)
        for f in b.fields:
            row = table.add_row()
            row.cells[0].width, row.cells[1].width = Cm(7), Cm(9)
            row.cells[0].paragraphs[0].add_run(f.label).bold = True
            add_value(row.cells[1], r, f.lines)
        r.feat("docx: municipality part as a table")
    else:
        for f in b.fields:
            if f.inline and f.lines:
                p = document.add_paragraph()
                p.add_run(f.inline_label + " ").bold = True
                add_text_with_links(p, f.lines[0])
                continue
            _styled(document, f.label, body, bold=True)
            if plan["docx_breaks"] and len(f.lines) > 1:
                add_lines_with_breaks(document.add_paragraph(), f.lines)
            else:
                for line in f.lines:
                    _styled(document, line, body, links=True)
        r.feat("docx: municipality part as paragraphs")


def add_value(cell, r: Report, lines: list[str]) -> None:
    """A field's value in a table cell: its lines as paragraphs, or split by manual line breaks."""
    if r.plan["docx_breaks"] and len(lines) > 1:
        add_lines_with_breaks(cell.paragraphs[0], lines)
    else:
        for k, line in enumerate(lines):
            add_text_with_links(cell.paragraphs[0] if k == 0 else cell.add_paragraph(), line)


def add_block(container, r: Report, ids: dict, b: Block) -> None:
    """An answer block (prompt, list, sub-heading or paragraph) into a document or a table cell."""
    rng, plan, body = r.rng, r.plan, ids["body"]
    if b.kind == "prompt":
        prompt_fmt = plan["prompt_format"]
        for line in b.lines:
            _styled(container, line, body, italic=prompt_fmt == "italic",
                    color="595959" if prompt_fmt == "grey" else None)
    elif b.kind == "list":
        real = plan["docx_real_lists"]
        for k, item in enumerate(b.lines):
            if real:
                sid = ids["number"] if b.marker in ("1.", "1)", "a)") else ids["bullet"]
                _styled(container, item, sid)
            else:
                _styled(container, f"{b.item_marker(k)} {item}", body, indent_cm=0.6)
        r.feat("docx lists: " + ("list styles" if real else "typed markers"))
    elif b.kind == "sub":
        _styled(container, b.lines[0], body, bold=rng.random() < 0.5)
    else:
        for line in b.lines:
            _styled(container, line, body, links=True)


def finish(document, r: Report) -> bytes:
    """The document's bytes, with fixed core properties and zip timestamps (rebuilds are byte-identical)."""
    props = document.core_properties
    props.title = "Kommunaler Flüchtlingsdialog – Bericht"
    props.author = props.last_modified_by = r.author
    props.comments = ""
    props.language = "de-DE"
    stamp = dt.datetime.combine(r.events[0].start + dt.timedelta(days=21), dt.time(10, 15), dt.timezone.utc)
    props.created = props.modified = props.last_printed = stamp
    props.revision = 3
    raw = io.BytesIO()
    document.save(raw)
    return fixed_zip(raw.getvalue(), stamp.timetuple()[:6])
