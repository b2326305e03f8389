"""The docx reader on small Word files built here with python-docx (and edited XML where python-docx cannot)."""
from __future__ import annotations

import hashlib
import re
import struct
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from extractor.core.errors import ExtractionError
from extractor.readers import read
from tests.conftest import ROOT

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _save(document, tmp_path: Path, name: str = "doc.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def _read(path: Path):
    doc = read(path)
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    return doc


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _write_members(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    return path


def _replace_member(path: Path, name: str, edit) -> Path:
    members = _members(path)
    members[name] = edit(members[name])
    return _write_members(path, members)


def _error(path: Path) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        read(path)
    return info.value


def _simple_docx(tmp_path: Path, name: str = "simple.docx") -> Path:
    document = docx.Document()
    document.add_paragraph("Angaben zur Kommune", style="Heading 1")
    document.add_paragraph("Antworttext.")
    return _save(document, tmp_path, name)


def _body_append(document, xml: str) -> None:
    """Append raw block XML before the final section properties."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


# -- structure ---------------------------------------------------------------------------------

def test_paragraphs_and_tables_keep_body_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("Vor der Tabelle")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"Zelle {r}/{c}"
    document.add_paragraph("Zwischen den Tabellen")
    second = document.add_table(rows=1, cols=1)
    second.cell(0, 0).text = "Zweite Tabelle"
    document.add_paragraph("Nach der Tabelle")
    doc = _read(_save(document, tmp_path))

    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Vor der Tabelle"),
        ("table_cell", "Zelle 0/0"), ("table_cell", "Zelle 0/1"),
        ("table_cell", "Zelle 1/0"), ("table_cell", "Zelle 1/1"),
        ("paragraph", "Zwischen den Tabellen"),
        ("table_cell", "Zweite Tabelle"),
        ("paragraph", "Nach der Tabelle"),
    ]
    cells = [(b.table, b.row, b.col) for b in doc.blocks if b.kind == "table_cell"]
    assert cells == [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0)]


def test_cell_paragraphs_become_one_block_with_newlines(tmp_path):
    document = docx.Document()
    cell = document.add_table(rows=1, cols=2).cell(0, 1)
    cell.text = "Felix Muster"
    cell.add_paragraph("Schulstraße 5")
    cell.add_paragraph("")
    cell.add_paragraph("73207 Musterstadt")
    doc = _read(_save(document, tmp_path))
    (block,) = [b for b in doc.blocks if b.col == 1]
    assert block.text == "Felix Muster\nSchulstraße 5\n73207 Musterstadt"


def test_merged_cells_are_emitted_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    wide = table.cell(0, 0).merge(table.cell(0, 1))
    wide.text = "Breit"
    tall = table.cell(0, 2).merge(table.cell(1, 2))
    tall.text = "Hoch"
    table.cell(1, 0).text = "Unten links"
    table.cell(1, 1).text = "Unten Mitte"
    # Stale text left in the covered part of a vertical merge belongs to the merged cell, not a new one:
    covered = table.rows[1]._tr.tc_lst[2]
    covered.append(parse_xml(f'<w:p {nsdecls("w")}><w:r><w:t>Alt</w:t></w:r></w:p>'))
    assert table.cell(1, 2).text == "Hoch"
    # python-docx itself repeats merged cells once per grid column / row:
    assert [c.text for c in table.rows[0].cells] == ["Breit", "Breit", "Hoch"]
    doc = _read(_save(document, tmp_path))
    cells = [(b.text, b.row, b.col) for b in doc.blocks]
    assert cells == [("Breit", 0, 0), ("Hoch", 0, 2), ("Unten links", 1, 0), ("Unten Mitte", 1, 1)]


def test_nested_table_text_is_flattened_into_its_cell(tmp_path):
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Teilnehmende"
    host = outer.cell(0, 1)
    host.text = "Aufstellung:"
    inner = host.add_table(rows=2, cols=2)
    for r, c, text in ((0, 0, "Bürger"), (0, 1, "40"), (1, 0, "Experten"), (1, 1, "20")):
        inner.cell(r, c).text = text
    doc = _read(_save(document, tmp_path))
    assert [b.text for b in doc.blocks] == ["Teilnehmende", "Aufstellung:\nBürger\n40\nExperten\n20"]
    assert all(b.table == 0 for b in doc.blocks)


# -- headings ----------------------------------------------------------------------------------

def _german_style(document, name: str, style_id: str):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), style_id)
    return style


def _outline(element, level: int) -> None:
    element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{level}"/>'))


def test_headings_from_style_names_ids_chain_and_outline_levels(tmp_path):
    document = docx.Document()
    document.add_paragraph("Bericht", style="Title")
    document.add_paragraph("Englisch eins", style="Heading 1")
    document.add_paragraph("Englisch zwei", style="Heading 2")
    # German Word: localized style id; LibreOffice: localized name. Neither has an outline level here.
    _german_style(document, "Überschrift 1", "berschrift1")
    document.add_paragraph("Deutsch eins", style="Überschrift 1")
    german2 = _german_style(document, "Überschrift 2", "berschrift2")
    chapter = document.styles.add_style("Kapitel", WD_STYLE_TYPE.PARAGRAPH)
    chapter.base_style = german2
    document.add_paragraph("Über Namen geerbt", style="Kapitel")
    question = document.styles.add_style("KFD Frage", WD_STYLE_TYPE.PARAGRAPH)
    question.base_style = document.styles["Heading 2"]
    document.add_paragraph("Von Heading 2 geerbt", style="KFD Frage")
    nameless = _german_style(document, "Namenlos", "berschrift3")
    nameless.element.remove(nameless.element.find(qn("w:name")))
    document.add_paragraph("Nur die Id", style=nameless)
    outlined = document.styles.add_style("Gliederung", WD_STYLE_TYPE.PARAGRAPH)
    _outline(outlined.element, 0)
    document.add_paragraph("Gliederung im Stil", style="Gliederung")
    direct = document.add_paragraph("Gliederung im Absatz")
    _outline(direct._p, 2)
    body_text = document.add_paragraph("Textkörper trotz Stil", style="Heading 1")
    _outline(body_text._p, 9)
    document.add_paragraph("Normaler Text")
    doc = _read(_save(document, tmp_path))

    got = [(b.text, b.kind, b.level, b.style) for b in doc.blocks]
    assert got == [
        ("Bericht", "heading", 0, "Title"),
        ("Englisch eins", "heading", 1, "heading 1"),
        ("Englisch zwei", "heading", 2, "heading 2"),
        ("Deutsch eins", "heading", 1, "Überschrift 1"),
        ("Über Namen geerbt", "heading", 2, "Kapitel"),
        ("Von Heading 2 geerbt", "heading", 2, "KFD Frage"),
        ("Nur die Id", "heading", 3, "berschrift3"),
        ("Gliederung im Stil", "heading", 1, "Gliederung"),
        ("Gliederung im Absatz", "heading", 3, "Normal"),
        ("Textkörper trotz Stil", "paragraph", None, "heading 1"),
        ("Normaler Text", "paragraph", None, "Normal"),
    ]


def test_based_on_loop_does_not_hang(tmp_path):
    document = docx.Document()
    a = document.styles.add_style("Schleife A", WD_STYLE_TYPE.PARAGRAPH)
    b = document.styles.add_style("Schleife B", WD_STYLE_TYPE.PARAGRAPH)
    a.base_style = b
    b.base_style = a
    document.add_paragraph("Im Kreis", style="Schleife A")
    doc = _read(_save(document, tmp_path))
    assert [(x.kind, x.text) for x in doc.blocks] == [("paragraph", "Im Kreis")]


def test_short_bold_line_is_a_bold_paragraph_not_a_heading(tmp_path):
    document = docx.Document()
    document.add_paragraph().add_run("Durchführung:").bold = True
    document.add_paragraph().add_run("Ein ganzer fetter Satz.").bold = True
    document.add_paragraph().add_run("Sehr lang " * 15).bold = True
    mixed = document.add_paragraph()
    mixed.add_run("Teils ").bold = True
    mixed.add_run("fett")
    strong = document.styles.add_style("Fettstil", WD_STYLE_TYPE.PARAGRAPH)
    strong.font.bold = True
    document.add_paragraph("Fett über den Stil", style="Fettstil")
    unbolded = document.add_paragraph(style="Fettstil").add_run("Stil fett, Lauf nicht")
    unbolded.bold = False
    doc = _read(_save(document, tmp_path))
    assert [(b.kind, b.bold) for b in doc.blocks] == [
        ("paragraph", True), ("paragraph", False), ("paragraph", False), ("paragraph", False),
        ("paragraph", True), ("paragraph", False)]


# -- lists -------------------------------------------------------------------------------------

def test_list_items_from_numbering_styles_and_typed_bullets(tmp_path):
    document = docx.Document()
    document.add_paragraph("Erster Punkt", style="List Bullet")
    document.add_paragraph("Nummeriert", style="List Number")
    _german_style(document, "Listenabsatz", "Listenabsatz")
    document.add_paragraph("Deutscher Listenstil", style="Listenabsatz")
    direct = document.add_paragraph("Eingerückt nummeriert")
    direct._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'))
    document.add_paragraph("• Getippter Punkt")
    document.add_paragraph("- Getippter Strich")
    switched_off = document.add_paragraph("Nummerierung abgeschaltet", style="List Bullet")
    switched_off._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'))
    document.add_paragraph("Kein Listenpunkt - nur ein Strich im Satz")
    doc = _read(_save(document, tmp_path))
    # python-docx's template: "List Bullet" is numId 1, a one-level Symbol bullet list; "List Number"
    # is a one-level "%1." list. Level 1 of numId 1 is not defined, so Word draws no marker there.
    assert [(b.kind, b.text, b.indent) for b in doc.blocks] == [
        ("list_item", "• Erster Punkt", 0),
        ("list_item", "1. Nummeriert", 0),
        ("list_item", "Deutscher Listenstil", 0),
        ("list_item", "Eingerückt nummeriert", 1),
        ("list_item", "• Getippter Punkt", 0),
        ("list_item", "- Getippter Strich", 0),
        ("paragraph", "Nummerierung abgeschaltet", 0),
        ("paragraph", "Kein Listenpunkt - nur ein Strich im Satz", 0),
    ]


# -- list markers from word/numbering.xml ------------------------------------------------------

SAMPLES = ROOT / "samples"


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "", font: str | None = None) -> str:
    rpr = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/></w:rPr>' if font else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>{rpr}</w:lvl>')


def _add_abstract(document, abstract_id: int, levels: str, extra: str = "") -> None:
    numbering = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{extra}{levels}'
                         '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:  # the schema wants every abstractNum before the first num
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)


def _add_num(document, num_id: int, abstract_id: int, overrides: str = "") -> None:
    document.part.numbering_part.element.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'))


def _add_list(document, num_id: int, levels: str) -> None:
    """One abstract definition (id = num_id) and one instance of it."""
    _add_abstract(document, num_id, levels)
    _add_num(document, num_id, num_id)


def _numbered(document, text: str, num_id: int, ilvl: int | None = 0, style: str | None = None):
    paragraph = document.add_paragraph(text, style=style)
    ilvl_xml = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}>{ilvl_xml}<w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def _items(path: Path) -> list[str]:
    return [b.text for b in _read(path).blocks if b.kind == "list_item"]


def test_bullet_style_list_items_start_with_a_bullet(tmp_path):
    document = docx.Document()
    document.add_paragraph("Einleitung:")
    document.add_paragraph("a", style="List Bullet")
    document.add_paragraph("b", style="List Bullet")
    doc = _read(_save(document, tmp_path))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Einleitung:"), ("list_item", "• a"), ("list_item", "• b")]
    assert doc.text == "Einleitung:\n• a\n• b"


def test_decimal_list_is_counted(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1."))
    for text in ("a", "b", "c"):
        _numbered(document, text, 100)
    assert _items(_save(document, tmp_path)) == ["1. a", "2. b", "3. c"]


def test_nested_list_resets_the_lower_level(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "%2)"))
    for text, ilvl in (("x", 0), ("y", 1), ("z", 1), ("w", 0), ("v", 1)):
        _numbered(document, text, 100, ilvl)
    doc = _read(_save(document, tmp_path))
    assert [(b.text, b.indent) for b in doc.blocks] == [
        ("1. x", 0), ("a) y", 1), ("b) z", 1), ("2. w", 0), ("a) v", 1)]


def test_multi_level_text_and_legal_numbering(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1.") + _lvl(1, "decimal", "%1.%2.")
              + _lvl(2, "lowerRoman", "%1.%2.%3"))
    # isLgl: the roman top level is written in digits inside "%1.%2".
    _add_list(document, 101, _lvl(0, "upperRoman", "%1.") + _lvl(1, "decimal", "%1.%2", extra="<w:isLgl/>"))
    for text, ilvl in (("eins", 0), ("eins-eins", 1), ("tief", 2), ("eins-zwei", 1), ("zwei", 0),
                       ("zwei-eins", 1)):
        _numbered(document, text, 100, ilvl)
    _numbered(document, "Teil", 101, 0)
    _numbered(document, "Unterteil", 101, 1)
    assert _items(_save(document, tmp_path)) == [
        "1. eins", "1.1. eins-eins", "1.1.i tief", "1.2. eins-zwei", "2. zwei", "2.1. zwei-eins",
        "I. Teil", "1.1 Unterteil"]


@pytest.mark.parametrize("fmt, start, expected", [
    ("upperLetter", 25, ["Y.", "Z.", "AA."]),
    ("lowerRoman", 3, ["iii.", "iv.", "v."]),
    ("upperRoman", 8, ["VIII.", "IX.", "X."]),
    ("decimalZero", 9, ["09.", "10.", "11."]),
    ("lowerLetter", 1, ["a.", "b.", "c."]),
])
def test_number_formats_and_start_values(tmp_path, fmt, start, expected):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, fmt, "%1.", start=start))
    for text in ("a", "b", "c"):
        _numbered(document, text, 100)
    assert _items(_save(document, tmp_path)) == [f"{marker} {text}" for marker, text in zip(expected, "abc")]


def test_start_override_restarts_and_instances_of_one_list_continue(tmp_path):
    # Word keeps one running count per abstract list: a second w:num without overrides
    # continues it, a w:num with w:startOverride restarts where it is first used.
    document = docx.Document()
    _add_abstract(document, 100, _lvl(0, "decimal", "%1."))
    _add_num(document, 100, 100)
    _add_num(document, 101, 100)
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{}"/></w:lvlOverride>'
    _add_num(document, 102, 100, restart.format(1))
    _add_num(document, 103, 100, restart.format(5))
    for text, num_id in (("a", 100), ("b", 100), ("c", 101), ("neu", 102), ("weiter", 102), ("fünf", 103),
                         ("sechs", 103)):
        _numbered(document, text, num_id)
    assert _items(_save(document, tmp_path)) == [
        "1. a", "2. b", "3. c", "1. neu", "2. weiter", "5. fünf", "6. sechs"]


def test_custom_format_uses_its_fallback(tmp_path):
    # Word 2010+ writes "001, 002, ..." as a w14 choice with a plain format as fallback.
    document = docx.Document()
    custom = ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
              '<mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice>'
              '<mc:Fallback><w:numFmt w:val="upperRoman"/></mc:Fallback></mc:AlternateContent>')
    _add_list(document, 100, f'<w:lvl w:ilvl="0"><w:start w:val="2"/>{custom}<w:lvlText w:val="%1."/></w:lvl>')
    _numbered(document, "Punkt", 100)
    assert _items(_save(document, tmp_path)) == ["II. Punkt"]


def test_level_override_replaces_the_level(tmp_path):
    document = docx.Document()
    _add_abstract(document, 100, _lvl(0, "decimal", "%1."))
    _add_num(document, 100, 100, f'<w:lvlOverride w:ilvl="0">{_lvl(0, "upperLetter", "(%1)", start=3)}'
                                 '</w:lvlOverride>')
    _numbered(document, "Punkt", 100)
    _numbered(document, "Noch einer", 100)
    assert _items(_save(document, tmp_path)) == ["(C) Punkt", "(D) Noch einer"]


def test_level_restart_zero_never_restarts(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1.")
              + _lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>'))
    for text, ilvl in (("x", 0), ("y", 1), ("z", 0), ("w", 1)):
        _numbered(document, text, 100, ilvl)
    assert _items(_save(document, tmp_path)) == ["1. x", "a) y", "2. z", "b) w"]


@pytest.mark.parametrize("glyph, font, expected", [
    ("\uf0a7", "Wingdings", "•"),     # Wingdings square, as a private-use character
    ("§", "Wingdings", "•"),          # the same square as Word usually writes it
    ("\uf0b7", "Symbol", "•"),        # Symbol bullet
    ("o", "Courier New", "•"),        # Word's default second-level circle
    ("\uf0d8", "Wingdings", "•"),     # arrowhead
    ("–", "Calibri", "-"),            # a dash bullet reads as a dash
    ("-", "Calibri", "-"),
])
def test_bullet_glyphs_of_any_font_become_one_marker(tmp_path, glyph, font, expected):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "bullet", glyph, font=font))
    _numbered(document, "Punkt", 100)
    _numbered(document, "Zweiter Punkt", 100)
    assert _items(_save(document, tmp_path)) == [f"{expected} Punkt", f"{expected} Zweiter Punkt"]


def test_no_marker_for_format_none_empty_text_or_an_undefined_list(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "none", "%1"))
    _add_list(document, 101, _lvl(0, "decimal", ""))
    _add_list(document, 102, _lvl(0, "bullet", ""))
    _numbered(document, "Ohne Format", 100)
    _numbered(document, "Ohne Text", 101)
    _numbered(document, "Leeres Zeichen", 102)
    _numbered(document, "Unbekannte Liste", 999)
    doc = _read(_save(document, tmp_path))
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("list_item", "Ohne Format"), ("list_item", "Ohne Text"), ("list_item", "Leeres Zeichen"),
        ("list_item", "Unbekannte Liste")]


def test_typed_bullet_is_not_doubled(tmp_path):
    document = docx.Document()
    document.add_paragraph("• schon getippt", style="List Bullet")
    document.add_paragraph("•klebt am Text", style="List Bullet")
    document.add_paragraph("- Strich getippt", style="List Bullet")
    document.add_paragraph("12. Mai: Auftakt", style="List Bullet")  # a date, not a typed marker
    assert _items(_save(document, tmp_path)) == [
        "• schon getippt", "•klebt am Text", "- Strich getippt", "• 12. Mai: Auftakt"]


def test_empty_numbered_paragraph_is_counted(tmp_path):
    # Word draws "2." on an empty list paragraph, so the next item is 3.
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1."))
    _numbered(document, "a", 100)
    _numbered(document, "", 100)
    _numbered(document, "c", 100)
    assert _items(_save(document, tmp_path)) == ["1. a", "3. c"]


def test_numbering_from_the_style_chain_and_the_level_tied_to_a_style(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1.") + _lvl(1, "lowerLetter", "%2)")
              + _lvl(2, "lowerRoman", "%3.", extra='<w:pStyle w:val="KFDUnterpunkt"/>'))
    base = document.styles.add_style("KFD Punkt", WD_STYLE_TYPE.PARAGRAPH)
    base.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="1"/><w:numId w:val="100"/></w:numPr>'))
    derived = document.styles.add_style("KFD Punkt eigen", WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = base
    # A style that names the list but not the level: the level whose w:pStyle is this style.
    tied = _german_style(document, "KFD Unterpunkt", "KFDUnterpunkt")
    tied.element.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:numId w:val="100"/></w:numPr>'))
    document.add_paragraph("geerbt", style="KFD Punkt")
    document.add_paragraph("über basedOn", style="KFD Punkt eigen")
    document.add_paragraph("am Stil", style="KFD Unterpunkt")
    _numbered(document, "direkt oben", 100, ilvl=0, style="KFD Punkt")
    doc = _read(_save(document, tmp_path))
    assert [(b.text, b.indent) for b in doc.blocks] == [
        ("a) geerbt", 1), ("b) über basedOn", 1), ("i. am Stil", 2), ("1. direkt oben", 0)]


def test_num_style_link_is_followed_and_a_link_loop_gives_no_marker(tmp_path):
    document = docx.Document()
    # The list style "KFD Liste" keeps its definition in abstractNum 101 (w:styleLink);
    # abstractNum 100 only points at the style (w:numStyleLink), as Word writes it.
    _add_abstract(document, 101, _lvl(0, "upperLetter", "%1)"), extra='<w:styleLink w:val="KFDListe"/>')
    _add_num(document, 101, 101)
    _add_abstract(document, 100, "", extra='<w:numStyleLink w:val="KFDListe"/>')
    _add_num(document, 100, 100)
    _add_abstract(document, 102, "", extra='<w:numStyleLink w:val="Schleife"/>')
    _add_num(document, 102, 102)
    styles = document.styles.element
    for style_id, num_id in (("KFDListe", 101), ("Schleife", 102)):
        styles.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="numbering" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
            f'<w:pPr><w:numPr><w:numId w:val="{num_id}"/></w:numPr></w:pPr></w:style>'))
    _numbered(document, "verlinkt", 100)
    _numbered(document, "im Kreis", 102)
    assert _items(_save(document, tmp_path)) == ["A) verlinkt", "im Kreis"]


def test_headings_are_counted_but_keep_their_text(tmp_path):
    document = docx.Document()
    _add_list(document, 100, _lvl(0, "decimal", "%1."))
    _numbered(document, "Angaben zur Kommune", 100, style="Heading 1")
    _numbered(document, "Punkt", 100)
    doc = _read(_save(document, tmp_path))
    assert [(b.kind, b.text) for b in doc.blocks] == [("heading", "Angaben zur Kommune"), ("list_item", "2. Punkt")]


def test_list_in_a_table_cell_gets_markers_per_line(tmp_path):
    document = docx.Document()
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell.text = "Ergebnisse:"
    cell.add_paragraph("Anlaufstelle", style="List Bullet")
    cell.add_paragraph("Beirat", style="List Bullet")
    doc = _read(_save(document, tmp_path))
    assert [b.text for b in doc.blocks] == ["Ergebnisse:\n• Anlaufstelle\n• Beirat"]


def test_document_without_numbering_part(tmp_path):
    document = docx.Document()
    document.add_paragraph("Punkt", style="List Bullet")
    members = _members(_save(document, tmp_path))
    del members["word/numbering.xml"]
    rels = re.sub(r'<Relationship [^>]*numbering[^>]*/>', "", members["word/_rels/document.xml.rels"].decode("utf-8"))
    assert "numbering" not in rels
    members["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    doc = _read(_write_members(tmp_path / "ohne.docx", members))
    assert [(b.kind, b.text) for b in doc.blocks] == [("list_item", "Punkt")]


def test_plochingen_bullets_read_like_the_txt():
    # The sample's results are "List Bullet" paragraphs; the txt has the same items typed as "• ...".
    docx_items = _items(SAMPLES / "plochingen.docx")
    assert docx_items[0] == "• Umsetzung einer neuen Organisationsstruktur des Beirats Flüchtlinge"
    assert docx_items == [b.text for b in read(SAMPLES / "plochingen.txt").blocks if b.kind == "list_item"]
    assert len(docx_items) == 4


# -- headers, footers, inline content --------------------------------------------------------

def test_headers_and_footers_stay_out_of_the_text(tmp_path):
    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "Stadt Musterhausen – Bericht"
    section.footer.paragraphs[0].text = "Seite 1"
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Deckblatt-Kopf"
    document.settings.odd_and_even_pages_header_footer = True
    section.even_page_header.paragraphs[0].text = "Stadt Musterhausen – Bericht"
    section.even_page_footer.add_table(rows=1, cols=1, width=section.page_width).cell(0, 0).text = "Fußtabelle"
    document.add_paragraph("Inhalt")
    doc = _read(_save(document, tmp_path))
    assert doc.text == "Inhalt"
    assert sorted(doc.meta.removed) == sorted(["Stadt Musterhausen – Bericht", "Seite 1", "Deckblatt-Kopf",
                                               "Fußtabelle"])


def test_line_breaks_stay_and_tabs_become_spaces(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph()
    run = paragraph.add_run("Landkreis:")
    run.add_break()
    paragraph.add_run("Esslingen")
    document.add_paragraph("Telefon:\t07153 1234")
    doc = _read(_save(document, tmp_path))
    assert [b.text for b in doc.blocks] == ["Landkreis:\nEsslingen", "Telefon: 07153 1234"]


def test_empty_paragraphs_mark_a_gap(tmp_path):
    document = docx.Document()
    for text in ("Eins", "Zwei", "", "  ", "Drei"):
        document.add_paragraph(text)
    doc = _read(_save(document, tmp_path))
    assert doc.text == "Eins\nZwei\n\nDrei"


def test_content_controls_are_read_and_placeholders_dropped(tmp_path):
    document = docx.Document()
    document.add_paragraph("Frage: Wer hat moderiert?")
    _body_append(document, f"""
        <w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="Antwort"/></w:sdtPr>
          <w:sdtContent><w:p><w:r><w:t>Antwort im Inhaltssteuerelement</w:t></w:r></w:p></w:sdtContent></w:sdt>""")
    _body_append(document, f"""
        <w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Anzahl: </w:t></w:r>
          <w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>40</w:t></w:r></w:sdtContent></w:sdt></w:p>""")
    _body_append(document, f"""
        <w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Datum: </w:t></w:r>
          <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/>
          </w:rPr><w:t>Klicken Sie hier, um ein Datum einzugeben.</w:t></w:r></w:sdtContent></w:sdt></w:p>""")
    _body_append(document, f"""
        <w:sdt {nsdecls("w")}><w:sdtPr><w:showingPlcHdr/></w:sdtPr>
          <w:sdtContent><w:p><w:r><w:t>Klicken oder tippen Sie hier, um Text einzugeben.</w:t></w:r></w:p>
          </w:sdtContent></w:sdt>""")
    _body_append(document, f"""
        <w:customXml {nsdecls("w")} w:element="antwort"><w:p><w:r><w:t>In customXml</w:t></w:r></w:p></w:customXml>""")
    document.add_paragraph("Schluss")
    doc = _read(_save(document, tmp_path))
    assert [b.text for b in doc.blocks] == ["Frage: Wer hat moderiert?", "Antwort im Inhaltssteuerelement",
                                            "Anzahl: 40", "Datum:", "In customXml", "Schluss"]


def test_text_box_is_read_once_after_its_anchor(tmp_path):
    document = docx.Document()
    document.add_paragraph("Davor")
    box = '<w:txbxContent><w:p><w:r><w:t>Im Textfeld</w:t></w:r></w:p></w:txbxContent>'
    _body_append(document, f"""
        <w:p {nsdecls("w")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
             xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
             xmlns:v="urn:schemas-microsoft-com:vml">
          <w:r><w:t>Anker</w:t></w:r>
          <w:r><mc:AlternateContent>
            <mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>
          </mc:AlternateContent></w:r></w:p>""")
    document.add_paragraph("Danach")
    doc = _read(_save(document, tmp_path))
    assert [b.text for b in doc.blocks] == ["Davor", "Anker", "Im Textfeld", "Danach"]


def test_tracked_changes_and_hidden_text(tmp_path):
    document = docx.Document()
    _body_append(document, f"""
        <w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">Es kamen </w:t></w:r>
          <w:del w:id="1" w:author="A"><w:r><w:delText>30</w:delText></w:r></w:del>
          <w:ins w:id="2" w:author="A"><w:r><w:t>40</w:t></w:r></w:ins>
          <w:r><w:rPr><w:vanish/></w:rPr><w:t> (versteckt)</w:t></w:r>
          <w:r><w:t xml:space="preserve"> Personen.</w:t></w:r></w:p>""")
    doc = _read(_save(document, tmp_path))
    assert doc.text == "Es kamen 40 Personen."


def test_meta(tmp_path):
    path = _simple_docx(tmp_path)
    doc = _read(path)
    data = path.read_bytes()
    assert (doc.meta.format, doc.meta.pages, doc.meta.encoding) == ("docx", None, None)
    assert doc.meta.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.meta.size == len(data)
    assert [(b.kind, b.level) for b in doc.blocks] == [("heading", 1), ("paragraph", None)]


def test_macro_enabled_document_is_read(tmp_path):
    def as_macro_enabled(blob: bytes) -> bytes:
        return blob.replace(b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                            b"application/vnd.ms-word.document.macroEnabled.main+xml")

    path = _replace_member(_simple_docx(tmp_path, "makro.docm"), "[Content_Types].xml", as_macro_enabled)
    assert b"macroEnabled" in _members(path)["[Content_Types].xml"]
    assert read(path).text == "Angaben zur Kommune\nAntworttext."


# -- hostile and broken files ----------------------------------------------------------------

class _OpenedMembers:
    """Records which zip members are opened for reading."""

    def __init__(self, monkeypatch):
        self.names: list[str] = []
        original = zipfile.ZipFile.open

        def spy(zf, name, mode="r", *args, **kwargs):
            if mode == "r":
                self.names.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
            return original(zf, name, mode, *args, **kwargs)

        monkeypatch.setattr(zipfile.ZipFile, "open", spy)


def _with_extra_member(tmp_path: Path, name: str, megabytes: int) -> Path:
    path = tmp_path / "bomb.docx"
    members = _members(_simple_docx(tmp_path))
    zeros = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, blob in members.items():
            zf.writestr(member, blob)
        with zf.open(name, "w", force_zip64=True) as out:
            for _ in range(megabytes):
                out.write(zeros)
    return path


def test_zip_bomb_is_refused_without_inflating(tmp_path, monkeypatch):
    path = _with_extra_member(tmp_path, "word/media/image1.png", 300)
    assert path.stat().st_size < 2 * 1024 * 1024
    opened = _OpenedMembers(monkeypatch)
    started = time.monotonic()
    error = _error(path)
    assert error.code == "too_large"
    assert time.monotonic() - started < 2
    assert "word/media/image1.png" not in opened.names


def test_member_with_bomb_ratio_is_refused_below_the_total_limit(tmp_path, monkeypatch):
    path = _with_extra_member(tmp_path, "word/media/image1.png", 20)
    opened = _OpenedMembers(monkeypatch)
    error = _error(path)
    assert error.code == "too_large"
    assert "image1.png" in error.message
    assert "word/media/image1.png" not in opened.names


def test_too_many_members_is_refused(tmp_path):
    path = tmp_path / "many.docx"
    members = _members(_simple_docx(tmp_path))
    members.update({f"word/media/x{i}.bin": b"x" for i in range(6000)})
    assert _error(_write_members(path, members)).code == "too_large"


def test_member_lying_about_its_size_is_corrupt(tmp_path):
    # The central directory says 1 000 bytes; the data inflates to 50 MB. zipfile stops at
    # the declared size and the CRC check fails: damaged, not inflated.
    members = _members(_simple_docx(tmp_path))
    path = tmp_path / "liar.docx"
    members["word/document.xml"] = members["word/document.xml"] + b" " * (50 * 1024 * 1024)
    raw = bytearray(_write_members(path, members).read_bytes())
    name = b"word/document.xml"
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = raw.find(signature)
        while raw[at + name_at:at + name_at + len(name)] != name:
            at = raw.find(signature, at + 1)
        raw[at + size_at:at + size_at + 4] = struct.pack("<I", 1000)
    path.write_bytes(bytes(raw))
    assert _error(path).code == "corrupt"


def test_truncated_file_is_corrupt(tmp_path):
    path = _simple_docx(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert _error(path).code == "corrupt"


def test_damaged_member_data_is_corrupt(tmp_path):
    path = _simple_docx(tmp_path)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("word/document.xml")
    data_at = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(data_at + 10, data_at + 40):
        raw[i] ^= 0xFF
    path.write_bytes(bytes(raw))
    error = _error(path)
    assert error.code == "corrupt"
    assert "word/document.xml" in error.message


def test_malformed_xml_is_corrupt(tmp_path):
    path = _replace_member(_simple_docx(tmp_path), "word/document.xml",
                           lambda b: b.replace(b"</w:body>", b"</w:bod>"))
    error = _error(path)
    assert error.code == "corrupt"
    assert "word/document.xml" in error.message
    assert "\n" not in error.one_line()


def test_missing_part_is_corrupt(tmp_path):
    members = _members(_simple_docx(tmp_path))
    del members["word/styles.xml"]
    error = _error(_write_members(tmp_path / "missing.docx", members))
    assert error.code == "corrupt"


@pytest.mark.parametrize("member", ["word/document.xml", "word/styles.xml", "[Content_Types].xml"])
def test_entity_declaration_is_hostile(tmp_path, member):
    laughs = (b'<!DOCTYPE x [<!ENTITY a "haha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
              b'<!ENTITY secret SYSTEM "file:///etc/passwd">]>')

    def add_doctype(blob: bytes) -> bytes:
        head, rest = blob.split(b"?>", 1)
        return head + b"?>" + laughs + rest

    error = _error(_replace_member(_simple_docx(tmp_path), member, add_doctype))
    assert error.code == "hostile"
    assert member in error.message


def test_doctype_in_utf16_part_is_hostile(tmp_path):
    def to_utf16(blob: bytes) -> bytes:
        text = blob.decode("utf-8").replace("encoding='UTF-8'", "encoding='UTF-16'")
        head, rest = text.split("?>", 1)
        return (head + '?><!DOCTYPE w:document [<!ENTITY x "y">]>' + rest).encode("utf-16")

    error = _error(_replace_member(_simple_docx(tmp_path), "word/document.xml", to_utf16))
    assert error.code == "hostile"
