"""The odt reader on small OpenDocument files written here (testkit.odt_parts) and on the committed
LibreOffice twins of the docx samples, which must read exactly like their docx."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extractor.core.errors import ExtractionError
from extractor.readers import Limits, ReadOptions, read
from testkit.odt_parts import MIMETYPE, content_xml, manifest, odt, package, styles_xml
from testkit.office import CORPUS_TWINS
from tests.conftest import SAMPLES

# The block fields both readers set from the file's structure and formatting (``style`` is the style's
# name as each format writes it: "heading 1" in Word, "Heading 1" in LibreOffice).
BLOCK_FIELDS = ("kind", "text", "start", "end", "level", "table", "row", "col", "indent", "bold", "font_size")

BOLD_SPAN = '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
HIDDEN_SPAN = '<style:style style:name="T2" style:family="text"><style:text-properties text:display="none"/></style:style>'


def _write(tmp_path: Path, data: bytes, name: str = "doc.odt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _read(tmp_path: Path, body: str, **parts):
    doc = read(_write(tmp_path, odt(body, **parts)))
    for block in doc.blocks:
        assert doc.text[block.start:block.end] == block.text
    return doc


def _error(path: Path) -> ExtractionError:
    with pytest.raises(ExtractionError) as info:
        read(path)
    return info.value


def _signature(doc) -> list[tuple]:
    return [tuple(getattr(b, f) for f in BLOCK_FIELDS) for b in doc.blocks]


# -- the samples: LibreOffice's .odt of a docx reads like the docx ---------------------------------

@pytest.mark.parametrize("docx, odt_path", [
    (SAMPLES / "plochingen.docx", SAMPLES / "plochingen.odt"),
    *[(SAMPLES / "corpus" / f"{n}.docx", SAMPLES / "office" / "odt" / f"{n}.odt") for n in CORPUS_TWINS],
], ids=lambda p: p.name)
def test_libreoffice_twin_gives_the_docx_text_and_blocks(docx, odt_path):
    from_docx, from_odt = read(docx), read(odt_path)
    assert from_odt.meta.format == "odt"
    assert from_odt.text == from_docx.text
    assert _signature(from_odt) == _signature(from_docx)
    # Headers and footers are out of the text in both; the page-number field shows the page LibreOffice
    # last laid out ("Seite 3"), Word's the first ("Seite 1").
    assert from_odt.meta.removed[0] == from_docx.meta.removed[0]
    assert all(text not in from_odt.text for text in from_odt.meta.removed)


def test_twins_hold_what_they_are_meant_to_test():
    kinds = {b.kind for n in CORPUS_TWINS for b in read(SAMPLES / "office" / "odt" / f"{n}.odt").blocks}
    assert kinds == {"heading", "paragraph", "list_item", "table_cell"}
    items = [b.text.split()[0] for b in read(SAMPLES / "office" / "odt" / "steinachtal.odt").blocks
             if b.kind == "list_item"]
    assert {"A.", "B.", "•"} <= set(items)


# -- headings ---------------------------------------------------------------------------------------

def test_headings_from_outline_levels_style_names_and_titles(tmp_path):
    styles = (
        '<style:style style:name="Überschrift_20_2" style:display-name="Überschrift 2" style:family="paragraph"/>'
        '<style:style style:name="Custom" style:family="paragraph" style:default-outline-level="3"/>'
        '<style:style style:name="Derived" style:family="paragraph" style:parent-style-name="Custom"/>'
        '<style:style style:name="Titel" style:family="paragraph"/>'
        '<style:style style:name="Heading_20_4" style:display-name="Heading 4" style:family="paragraph"/>')
    automatic = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Überschrift_20_2"/>'
    doc = _read(tmp_path,
                '<text:p text:style-name="Titel">Bericht</text:p>'
                '<text:h text:outline-level="1">Angaben zur Kommune</text:h>'
                '<text:p text:style-name="P1">Deutscher Stil</text:p>'
                '<text:p text:style-name="Derived">Geerbte Ebene</text:p>'
                '<text:p text:style-name="Heading_20_4">Englischer Name</text:p>'
                '<text:p>Antworttext.</text:p>',
                styles=styles, automatic=automatic)
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 0, "Bericht"), ("heading", 1, "Angaben zur Kommune"), ("heading", 2, "Deutscher Stil"),
        ("heading", 3, "Geerbte Ebene"), ("heading", 4, "Englischer Name"), ("paragraph", None, "Antworttext.")]
    assert doc.blocks[2].style == "Überschrift 2"  # the common style's name, not the automatic "P1"


def test_parent_style_loop_does_not_hang(tmp_path):
    styles = ('<style:style style:name="A" style:family="paragraph" style:parent-style-name="B"/>'
              '<style:style style:name="B" style:family="paragraph" style:parent-style-name="A"/>')
    doc = _read(tmp_path, '<text:p text:style-name="A">Text</text:p>', styles=styles)
    assert [(b.kind, b.text) for b in doc.blocks] == [("paragraph", "Text")]


def test_short_bold_line_is_a_bold_paragraph(tmp_path):
    doc = _read(tmp_path, '<text:p><text:span text:style-name="T1">Durchführung:</text:span></text:p>'
                          '<text:p>Halb <text:span text:style-name="T1">fett</text:span></text:p>', automatic=BOLD_SPAN)
    assert [(b.kind, b.bold) for b in doc.blocks] == [("paragraph", True), ("paragraph", False)]


# -- lists ------------------------------------------------------------------------------------------

LIST_STYLES = (
    '<text:list-style style:name="Bullets">'
    '<text:list-level-style-bullet text:level="1" text:bullet-char="\uf0b7"/>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="–"/></text:list-style>'
    '<text:list-style style:name="Numbers">'
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>'
    '<text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/>'
    '<text:list-level-style-number text:level="3" style:num-suffix="." style:num-format="1" text:display-levels="3"/>'
    '</text:list-style>'
    '<text:list-style style:name="Roman"><text:list-level-style-number text:level="1" style:num-prefix="(" '
    'style:num-suffix=")" style:num-format="I" text:start-value="3"/></text:list-style>'
    '<text:list-style style:name="Pattern"><text:list-level-style-number text:level="1" style:num-format="1" '
    'loext:num-list-format="Punkt %1%:"/></text:list-style>'
    '<text:list-style style:name="Silent"><text:list-level-style-number text:level="1" style:num-format=""/>'
    '</text:list-style>')


def _list(style: str, *items: str, attrs: str = "") -> str:
    return f'<text:list text:style-name="{style}" {attrs}>' + "".join(items) + "</text:list>"


def _item(text: str, nested: str = "", attrs: str = "") -> str:
    return f"<text:list-item {attrs}><text:p>{text}</text:p>{nested}</text:list-item>"


def _items(tmp_path, body: str) -> list[str]:
    return [b.text for b in _read(tmp_path, body, styles=LIST_STYLES).blocks if b.kind == "list_item"]


def test_bullets_of_any_glyph_become_one_marker_and_dashes_stay(tmp_path):
    body = _list("Bullets", _item("Erstens", _list("Bullets", _item("Unterpunkt"))), _item("Zweitens"))
    doc = _read(tmp_path, body, styles=LIST_STYLES)
    assert [(b.kind, b.text, b.indent) for b in doc.blocks] == [
        ("list_item", "• Erstens", 0), ("list_item", "- Unterpunkt", 1), ("list_item", "• Zweitens", 0)]


def test_numbers_count_nest_and_reset_the_lower_level(tmp_path):
    # display-levels shows each upper level in its own format, as LibreOffice draws it ("1.b.1.")
    body = _list("Numbers", _item("Eins", _list("Numbers", _item("a1"), _item("a2",
                 _list("Numbers", _item("tief"))))), _item("Zwei", _list("Numbers", _item("b1"))))
    assert _items(tmp_path, body) == ["1. Eins", "a) a1", "b) a2", "1.b.1. tief", "2. Zwei", "a) b1"]


def test_a_new_list_restarts_unless_it_continues(tmp_path):
    body = (_list("Numbers", _item("Eins"), _item("Zwei"), attrs='xml:id="list1"')
            + "<text:p>Zwischentext</text:p>"
            + _list("Numbers", _item("Drei"), attrs='text:continue-list="list1"')
            + _list("Numbers", _item("Vier"), attrs='text:continue-numbering="true"')
            + _list("Numbers", _item("Neu")))
    assert _items(tmp_path, body) == ["1. Eins", "2. Zwei", "3. Drei", "4. Vier", "1. Neu"]


def test_start_values_prefixes_formats_and_patterns(tmp_path):
    body = (_list("Roman", _item("drei"), _item("vier"))
            + _list("Numbers", _item("zehn", attrs='text:start-value="10"'), _item("elf"))
            + _list("Pattern", _item("eins")))
    assert _items(tmp_path, body) == ["(III) drei", "(IV) vier", "10. zehn", "11. elf", "Punkt 1: eins"]


def test_no_marker_for_format_none_an_unknown_style_or_a_typed_bullet(tmp_path):
    body = (_list("Silent", _item("ohne Nummer")) + _list("Missing", _item("ohne Stil"))
            + _list("Bullets", _item("• schon getippt")))
    assert _items(tmp_path, body) == ["ohne Nummer", "ohne Stil", "• schon getippt"]


def test_list_header_and_second_paragraph_of_an_item_are_not_counted(tmp_path):
    body = _list("Numbers", "<text:list-header><text:p>Überschrift der Liste</text:p></text:list-header>",
                 "<text:list-item><text:p>Eins</text:p><text:p>Fortsetzung</text:p></text:list-item>",
                 _item("Zwei"))
    doc = _read(tmp_path, body, styles=LIST_STYLES)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("paragraph", "Überschrift der Liste"), ("list_item", "1. Eins"), ("paragraph", "Fortsetzung"),
        ("list_item", "2. Zwei")]


def test_list_in_a_table_cell_gets_markers_per_line(tmp_path):
    cell = _list("Numbers", _item("Eins"), _item("Zwei"))
    body = f"<table:table><table:table-row><table:table-cell>{cell}</table:table-cell></table:table-row></table:table>"
    doc = _read(tmp_path, body, styles=LIST_STYLES)
    assert [(b.kind, b.text) for b in doc.blocks] == [("table_cell", "1. Eins\n2. Zwei")]


# -- tables -----------------------------------------------------------------------------------------

def test_cells_with_grid_columns_merged_cells_once_and_nested_tables_flattened(tmp_path):
    nested = ("<table:table><table:table-row><table:table-cell><text:p>innen 1</text:p></table:table-cell>"
              "<table:table-cell><text:p>innen 2</text:p></table:table-cell></table:table-row></table:table>")
    body = ("<text:p>Vorher</text:p><table:table>"
            "<table:table-column table:number-columns-repeated=\"3\"/>"
            "<table:table-header-rows><table:table-row>"
            '<table:table-cell table:number-columns-spanned="2"><text:p>Breit</text:p></table:table-cell>'
            "<table:covered-table-cell/><table:table-cell><text:p>C</text:p></table:table-cell>"
            "</table:table-row></table:table-header-rows>"
            '<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>Hoch</text:p>'
            "<text:p>zwei Zeilen</text:p></table:table-cell>"
            f"<table:table-cell><text:p>B2</text:p></table:table-cell><table:table-cell>{nested}</table:table-cell>"
            "</table:table-row>"
            '<table:table-row><table:covered-table-cell/><table:table-cell table:number-columns-repeated="2"/>'
            "</table:table-row>"
            '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
            "<table:table-row><table:table-cell><text:p>Ende</text:p></table:table-cell></table:table-row>"
            "</table:table><text:p>Nachher</text:p>")
    doc = _read(tmp_path, body)
    assert [(b.kind, b.text, b.table, b.row, b.col) for b in doc.blocks] == [
        ("paragraph", "Vorher", None, None, None),
        ("table_cell", "Breit", 0, 0, 0), ("table_cell", "C", 0, 0, 2),
        ("table_cell", "Hoch\nzwei Zeilen", 0, 1, 0), ("table_cell", "B2", 0, 1, 1),
        ("table_cell", "innen 1\ninnen 2", 0, 1, 2),
        ("table_cell", "Ende", 0, 6, 0),
        ("paragraph", "Nachher", None, None, None)]


# -- text -------------------------------------------------------------------------------------------

def test_spaces_tabs_breaks_links_and_fields_are_text(tmp_path):
    doc = _read(tmp_path, '<text:p>Telefon:<text:tab/>07153<text:s text:c="2"/>7005<text:line-break/>'
                          '<text:a xlink:href="mailto:a@b.de">a@b.de</text:a> am <text:date>07.06.2017</text:date>'
                          '</text:p>')
    assert doc.text == "Telefon: 07153 7005\na@b.de am 07.06.2017"


def test_notes_comments_deletions_placeholders_and_hidden_text_are_left_out(tmp_path):
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>gelöscht</text:p>'
            '</text:deletion></text:changed-region></text:tracked-changes>'
            '<text:p>Sichtbar<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            '<text:note-body><text:p>Fußnote</text:p></text:note-body></text:note>'
            '<office:annotation><text:p>Kommentar</text:p></office:annotation>'
            '<text:change text:change-id="c1"/> <text:placeholder text:placeholder-type="text">&lt;Name&gt;</text:placeholder>'
            '<text:span text:style-name="T2">versteckt</text:span> bleibt</text:p>')
    doc = _read(tmp_path, body, automatic=HIDDEN_SPAN)
    assert doc.text == "Sichtbar bleibt"


def test_text_box_follows_its_anchor_and_sections_are_read(tmp_path):
    frame = ('<draw:frame text:anchor-type="paragraph"><draw:text-box><text:p>Im Rahmen</text:p></draw:text-box>'
             '</draw:frame>')
    body = (f"<text:p>Anker{frame}</text:p><text:p>Danach</text:p>"
            '<text:section text:name="S1"><text:p>In Abschnitt</text:p></text:section>')
    assert [b.text for b in _read(tmp_path, body).blocks] == ["Anker", "Im Rahmen", "Danach", "In Abschnitt"]


def test_table_of_contents_shows_its_title_and_entries_not_its_template(tmp_path):
    toc = ('<text:table-of-content text:name="Inhalt"><text:table-of-content-source text:outline-level="2">'
           '<text:index-title-template>Vorlage</text:index-title-template></text:table-of-content-source>'
           '<text:index-body><text:index-title text:name="T"><text:p>Inhalt</text:p></text:index-title>'
           '<text:p>Angaben zur Kommune<text:tab/>1</text:p></text:index-body></text:table-of-content>')
    assert [b.text for b in _read(tmp_path, toc).blocks] == ["Inhalt", "Angaben zur Kommune 1"]


def test_empty_paragraphs_mark_a_gap(tmp_path):
    assert _read(tmp_path, "<text:p>Eins</text:p><text:p/><text:p>Zwei</text:p>").text == "Eins\n\nZwei"


def test_headers_and_footers_stay_out_of_the_text(tmp_path):
    master = ('<style:master-page style:name="Standard"><style:header><text:p>Stadt Musterstadt</text:p>'
              '</style:header><style:footer><text:p text:style-name="MP1">Seite <text:page-number>1</text:page-number>'
              '</text:p></style:footer></style:master-page>'
              '<style:master-page style:name="Other"><style:header><text:p>Stadt Musterstadt</text:p></style:header>'
              '</style:master-page>')
    # "MP1" lives in styles.xml's automatic styles; content.xml has a "MP1" of its own that must not be used.
    doc = _read(tmp_path, '<text:p text:style-name="MP1">Inhalt</text:p>', master=master,
                styles_automatic='<style:style style:name="MP1" style:family="paragraph"/>',
                automatic='<style:style style:name="MP1" style:family="paragraph" style:default-outline-level="1"/>')
    assert doc.text == "Inhalt" and doc.blocks[0].kind == "heading"
    assert doc.meta.removed == ["Stadt Musterstadt", "Seite 1"]


# -- the package ------------------------------------------------------------------------------------

def test_recognised_by_its_mimetype_member_whatever_its_name(tmp_path):
    doc = read(_write(tmp_path, odt("<text:p>Inhalt</text:p>"), "bericht.docx"))
    assert doc.meta.format == "odt" and doc.text == "Inhalt"
    assert [w.code for w in doc.warnings] == ["format_mismatch"]


def test_other_opendocument_types_are_unsupported(tmp_path):
    data = package([("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
                    ("content.xml", content_xml("")), ("META-INF/manifest.xml", manifest())])
    err = _error(_write(tmp_path, data, "tabelle.odt"))
    assert err.code == "unsupported" and "not text" in err.message


def test_password_protected_package_is_encrypted(tmp_path):
    entry = ('<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="10">'
             '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
             '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
             '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
             'manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry>')
    data = package([("mimetype", MIMETYPE), ("content.xml", bytes(range(256))), ("styles.xml", styles_xml()),
                    ("META-INF/manifest.xml", manifest(entry))])
    err = _error(_write(tmp_path, data))
    assert err.code == "encrypted"


def test_package_without_content_or_text_body_is_corrupt(tmp_path):
    no_content = package([("mimetype", MIMETYPE), ("styles.xml", styles_xml())])
    assert _error(_write(tmp_path, no_content, "a.odt")).code == "corrupt"
    spreadsheet_body = content_xml("").replace(b"<office:text>", b"<office:spreadsheet>").replace(
        b"</office:text>", b"</office:spreadsheet>")
    no_text = package([("mimetype", MIMETYPE), ("content.xml", spreadsheet_body)])
    err = _error(_write(tmp_path, no_text, "b.odt"))
    assert err.code == "corrupt" and "text body" in err.message


def test_text_limit_holds(tmp_path):
    path = _write(tmp_path, odt("<text:p>" + "Wort " * 500 + "</text:p>"))
    with pytest.raises(ExtractionError) as info:
        read(path, ReadOptions(limits=Limits(max_text_chars=1000)))
    assert info.value.code == "too_large"


def test_committed_twins_are_real_libreoffice_packages():
    for path in [SAMPLES / "plochingen.odt", *(SAMPLES / "office" / "odt").glob("*.odt")]:
        with zipfile.ZipFile(path) as zf:
            first = zf.infolist()[0]
            assert first.filename == "mimetype" and zf.read(first) == MIMETYPE
            assert b"LibreOffice" in zf.read("meta.xml")
