"""What python-docx has no public API for, written as Word writes it; shared by the sample and corpus builders."""
from __future__ import annotations

import io
import re
import zipfile

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_LINK = re.compile(r"\b(www\.\S+|\S+@\S+\.\w+)")


def _add_hyperlink(paragraph, text: str, url: str) -> None:
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


def add_text_with_links(paragraph, text: str) -> None:
    """Add ``text`` as runs; Word turns URLs and e-mail addresses into hyperlinks, so do we."""
    pos = 0
    for m in _LINK.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos:m.start()])
        target = m.group(1)
        _add_hyperlink(paragraph, target, f"mailto:{target}" if "@" in target else f"http://{target}")
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:])


def add_lines_with_breaks(paragraph, lines: list[str]) -> None:
    """Several lines in one paragraph, separated by manual line breaks (Shift+Enter)."""
    for k, line in enumerate(lines):
        if k:
            paragraph.add_run().add_break()
        add_text_with_links(paragraph, line)


def add_page_field(paragraph) -> None:
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


def set_language(document, lang: str) -> None:
    rpr = document.styles["Normal"].element.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    rpr.append(el)


def fixed_zip(data: bytes, date_time: tuple) -> bytes:
    """python-docx stamps zip members with the current time; fix it so rebuilds are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=date_time)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()
