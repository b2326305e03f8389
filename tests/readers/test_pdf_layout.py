"""The PDF layout stages on words made by hand: no engine and no PDF, as OCR words will arrive (issue 14)."""
from __future__ import annotations

from extractor.readers.options import PDF_ENGINES
from extractor.readers.pdf import ENGINES
from extractor.readers.pdf.layout import layout
from extractor.readers.pdf.settings import LayoutSettings
from extractor.readers.pdf.words import PageWords, Rule, Word

HEIGHT = 842.0  # A4, points


def _line(texts: list[str], x0: float, x1: float, top: float, size: float = 10.0) -> list[Word]:
    """Words spread evenly from x0 to x1 on one line, each box one font size tall."""
    step = (x1 - x0) / len(texts)
    return [Word(t, x0 + i * step, x0 + (i + 1) * step - 4, top, top + size, size, False) for i, t in enumerate(texts)]


def _pages() -> list[PageWords]:
    first = (_line(["KFD-Bericht", "2017"], 50, 200, 20)                        # running header
             + _line(["Bericht"], 50, 130, 150, size=16)                         # heading size
             + _line(["Die", "Arbeit", "wurde", "Verschrift-"], 50, 500, 180)   # a full line ending in a hyphen
             + _line(["licht", "und", "abgelegt."], 50, 200, 192)
             + _line(["Seite", "1"], 280, 320, 800))                             # page number
    second = (_line(["KFD-Bericht", "2017"], 50, 200, 20)
              + _line(["Zweite", "Seite."], 50, 160, 150)
              + _line(["Seite", "2"], 280, 320, 800))
    return [PageWords(1, HEIGHT, first), PageWords(2, HEIGHT, second)]


def test_layout_builds_blocks_from_page_words_of_any_origin():
    result = layout(_pages())
    assert [(b.kind, b.text, b.page, b.level) for b in result.blocks] == [
        ("heading", "Bericht", 1, 1),
        ("paragraph", "Die Arbeit wurde Verschriftlicht und abgelegt.", 1, None),
        ("paragraph", "Zweite Seite.", 2, None),
    ]
    assert result.removed == ["KFD-Bericht 2017", "Seite 1"]


def test_layout_thresholds_are_settings():
    # Type 1.6 times the body size is a heading at the default ratio (1.15), body text at 2.0.
    result = layout(_pages(), LayoutSettings(heading_ratio=2.0))
    assert [(b.kind, b.text) for b in result.blocks][0] == ("paragraph", "Bericht")
    # Headers and footers are looked for in the top and bottom 12% of a page; in 1% there are none.
    narrow = layout(_pages(), LayoutSettings(band=0.01))
    assert narrow.removed == []
    assert [b.text for b in narrow.blocks if b.page == 2] == ["KFD-Bericht 2017", "Zweite Seite.", "Seite 2"]


def test_every_engine_read_options_names_has_an_engine():
    assert set(ENGINES) == set(PDF_ENGINES)


# --- ruled tables ------------------------------------------------------------------------------

def _grid(xs: list[float], ys: list[float]) -> list[Rule]:
    """The ruling lines of a full grid: a horizontal line at every y, a vertical one at every x."""
    return ([Rule(xs[0], y, xs[-1], y) for y in ys] + [Rule(x, ys[0], x, ys[-1]) for x in xs])


def _cells(result) -> list[tuple]:
    return [(b.table, b.row, b.col, b.text) for b in result.blocks if b.kind == "table_cell"]


def test_ruled_table_keeps_each_cell_whole_however_its_lines_interleave():
    """A label cell of three lines beside a contact cell of four (tight rows, as a Word form exported to
    PDF): read row by row, labels and values interleave; read by cells, each stays whole."""
    words = (_line(["Name", "der", "Stadt:"], 75, 200, 104) + _line(["Bad", "Steinach"], 305, 420, 104)
             + _line(["Name", "und", "Adresse"], 75, 299, 134) + _line(["Sabine", "Sauter"], 305, 410, 134)
             + _line(["der", "Kontakt-"], 75, 299, 146) + _line(["Bahnhofstr.", "23"], 305, 400, 146)
             + _line(["person:"], 75, 120, 158) + _line(["76573", "Bad", "Steinach"], 305, 440, 158)
             + _line(["Tel.", "07247-2049551"], 305, 450, 170))
    result = layout([PageWords(1, HEIGHT, words, rules=_grid([70, 300, 520], [100, 128, 186]))])
    assert _cells(result) == [
        (0, 0, 0, "Name der Stadt:"), (0, 0, 1, "Bad Steinach"),
        (0, 1, 0, "Name und Adresse der Kontaktperson:"),
        (0, 1, 1, "Sabine Sauter\nBahnhofstr. 23\n76573 Bad Steinach\nTel. 07247-2049551"),
    ]


def test_a_cell_merged_over_two_rows_takes_its_first_row_and_column():
    rules = [Rule(70, 100, 520, 100), Rule(200, 120, 520, 120), Rule(70, 140, 520, 140),
             Rule(70, 100, 70, 140), Rule(200, 100, 200, 140), Rule(520, 100, 520, 140)]
    words = (_line(["Kontakt"], 75, 130, 104) + _line(["Sabine", "Sauter"], 205, 300, 104)
             + _line(["ssauter@bad-steinach.de"], 205, 380, 124))
    result = layout([PageWords(1, HEIGHT, words, rules=rules)])
    assert _cells(result) == [(0, 0, 0, "Kontakt"), (0, 0, 1, "Sabine Sauter"), (0, 1, 1, "ssauter@bad-steinach.de")]


def test_a_table_across_a_page_break_is_one_table():
    """Page 2 repeats the header row and carries the rest of the row the page break cut (its first
    column empty): one table, rows numbered on, the header once, the cut row whole."""
    first = (_line(["Frage"], 75, 120, 104) + _line(["Antwort"], 305, 360, 104)
             + _line(["Anlass"], 75, 120, 124) + _line(["Ein", "langer", "Text,", "der", "die", "Zelle", "füllt"], 305, 519, 124))
    second = (_line(["Frage"], 75, 120, 74) + _line(["Antwort"], 305, 360, 74)
              + _line(["und", "sein", "Ende."], 305, 400, 94)
              + _line(["Themen"], 75, 130, 114) + _line(["Sprache"], 305, 360, 114))
    pages = [PageWords(1, HEIGHT, first, rules=_grid([70, 300, 520], [100, 120, 140])),
             PageWords(2, HEIGHT, second, rules=_grid([70, 300, 520], [70, 90, 110, 130]))]
    assert _cells(layout(pages)) == [
        (0, 0, 0, "Frage"), (0, 0, 1, "Antwort"), (0, 1, 0, "Anlass"), (0, 1, 1, "Ein langer Text, der die Zelle füllt und sein Ende."),
        (0, 2, 0, "Themen"), (0, 2, 1, "Sprache"),
    ]


def test_framed_boxes_of_one_column_are_paragraphs_not_a_table():
    words = _line(["Einladung", "zum", "Dialog"], 75, 300, 104) + _line(["Am", "Montag", "im", "Rathaus"], 75, 300, 134)
    result = layout([PageWords(1, HEIGHT, words, rules=_grid([70, 520], [100, 128, 160]))])
    assert [(b.kind, b.text) for b in result.blocks] == [("paragraph", "Einladung zum Dialog"),
                                                          ("paragraph", "Am Montag im Rathaus")]


def test_an_address_cut_by_the_cell_edge_is_joined_again():
    words = (_line(["E-Mail:"], 75, 130, 104) + _line(["integration@mauchen-"], 305, 515, 104)
             + _line(["tal.de"], 305, 350, 116) + _line(["Web:"], 75, 110, 134) + _line(["www.mauchental"], 305, 515, 134)
             + _line([".de"], 305, 330, 146))
    result = layout([PageWords(1, HEIGHT, words, rules=_grid([70, 300, 520], [100, 128, 160]))])
    assert [text for *_, text in _cells(result)] == ["E-Mail:", "integration@mauchen-tal.de", "Web:", "www.mauchental.de"]


# --- columns and headings inside a line ----------------------------------------------------------

_PROSE = ("Seit dem Herbst engagieren sich viele Menschen in der Hilfe für Geflüchtete und viele "
          "Vereine öffnen sich für neue Mitglieder aus aller Welt und laden zu Festen und Treffen ein").split()


def _column(x0: float, x1: float, top: float, n: int, offset: int = 0) -> list[Word]:
    """``n`` full lines of running text between x0 and x1, the last one short (a paragraph's end)."""
    words = []
    for i in range(n):
        texts = [_PROSE[(offset + i * 4 + k) % len(_PROSE)] for k in range(4)]
        words += _line(texts, x0, x1 if i < n - 1 else (x0 + x1) / 2, top + i * 12)
    return words


def test_a_page_in_two_columns_is_read_column_by_column():
    header = _line(["Newsletter", "Flüchtlingsdialog"], 50, 300, 20)
    left, right = _column(50, 280, 150, 8), _column(310, 540, 156, 8, offset=3)  # baselines not level
    pages = [PageWords(n, HEIGHT, header + left + right) for n in (1, 2)]
    result = layout(pages)
    texts = [b.text for b in result.blocks if b.page == 1]
    assert len(texts) == 2
    assert texts[0].startswith("Seit dem Herbst engagieren sich") and texts[1].startswith("engagieren sich viele")
    assert result.removed == ["Newsletter Flüchtlingsdialog"]


def test_a_borderless_label_value_table_is_no_page_in_columns():
    labels = ["Name:", "Einwohner:", "Landkreis:", "Bezirk:", "Kontakt:", "Telefon:"]
    values = ["Bad Steinach", "ca. 4.600", "Karlsruhe", "Karlsruhe", "Sabine Sauter", "07247-2049551"]
    words = [w for i, (label, value) in enumerate(zip(labels, values))
             for w in _line([label], 50, 120, 100 + 14 * i) + _line(value.split(), 250, 330, 100 + 14 * i)]
    result = layout([PageWords(1, HEIGHT, words)])
    assert [(b.row, b.col, b.text) for b in result.blocks][:4] == [(0, 0, "Name:"), (0, 1, "Bad Steinach"),
                                                                   (1, 0, "Einwohner:"), (1, 1, "ca. 4.600")]


def test_a_heading_run_into_the_end_of_a_line_starts_a_block():
    """The text layer put the next section's heading, in bold, on the last line of the paragraph before."""
    words = (_line(["Die", "Arbeit", "wurde", "gut", "abgestimmt", "und", "umgesetzt"], 50, 500, 100)
             + _line(["mit", "allen", "Beteiligten."], 50, 200, 112)
             + [Word(t, 210 + 60 * i, 265 + 60 * i, 112, 122, 10.0, True) for i, t in enumerate(["Ausgangssituation", "/", "Anlass"])]
             + _line(["Was", "war", "der", "Anlass?"], 50, 200, 124))
    result = layout([PageWords(1, HEIGHT, words)])
    assert [(b.text, b.bold) for b in result.blocks] == [
        ("Die Arbeit wurde gut abgestimmt und umgesetzt mit allen Beteiligten.", False),
        ("Ausgangssituation / Anlass", True), ("Was war der Anlass?", False)]


def test_a_page_border_round_the_text_is_no_table():
    """A poster's page border with thin margin boxes beside it draws a grid of three columns; all its
    words stand in the middle one: read as running text, headings and list items kept (not one cell)."""
    words = (_line(["Agenda"], 50, 130, 150, size=16) + _line(["•", "Berichte", "aus", "den", "AGs"], 50, 250, 180)
             + _line(["•", "Vereinsname"], 50, 160, 194))
    result = layout([PageWords(1, HEIGHT, words, rules=_grid([0, 7, 588, 595], [0, HEIGHT]))])
    assert [(b.kind, b.text) for b in result.blocks] == [
        ("heading", "Agenda"), ("list_item", "• Berichte aus den AGs"), ("list_item", "• Vereinsname")]


def test_a_value_line_cut_off_from_its_table_by_a_ruled_table_is_one_cell():
    """A borderless table's last value runs on below it; a ruled table beside it starts in between, so
    that line is a run of values alone (no label): it still comes out, as a cell."""
    labels = ["Name:", "Einwohner:", "Landkreis:", "Bezirk:", "Kontakt:", "Telefon:"]
    values = ["Bad Steinach", "ca. 4.600", "Karlsruhe", "Karlsruhe", "Sabine Sauter", "07247-2049551"]
    words = [w for i, (label, value) in enumerate(zip(labels, values))
             for w in _line([label], 50, 120, 100 + 14 * i) + _line(value.split(), 250, 330, 100 + 14 * i)]
    words += _line(["oder", "07247-2049552"], 250, 330, 186)
    words += _line(["Frage"], 355, 400, 184) + _line(["Antwort"], 455, 500, 184)
    result = layout([PageWords(1, HEIGHT, words, rules=_grid([350, 450, 550], [180, 200]))])
    assert "oder 07247-2049552" in [b.text for b in result.blocks if b.kind == "table_cell"]
