"""Label/value pairs in tables: by rows and columns, for each way a form lays them out."""
from __future__ import annotations

from docx import Document as WordDocument

from extractor.pipeline.engine import extract
from extractor.pipeline.table_labels import pair_cells

LABELS = {"Name der Stadt", "Einwohnerzahl", "Landkreis", "Kontaktperson", "Telefon"}


def _is_label(text: str) -> bool:
    return text.rstrip(":") in LABELS or text.startswith("Tel.:")


def test_values_beside_their_labels():
    cells = {(0, 0, 0): "Name der Stadt", (0, 0, 1): "Bad Steinach", (0, 1, 0): "Einwohnerzahl", (0, 1, 1): "4.600"}
    assert pair_cells(cells, _is_label) == {(0, 0, 1): (0, 0, 0), (0, 1, 1): (0, 1, 0)}


def test_values_under_a_row_of_labels():
    cells = {(0, 0, 0): "Name der Stadt", (0, 0, 1): "Einwohnerzahl", (0, 1, 0): "Bad Steinach", (0, 1, 1): "4.600",
             (0, 2, 0): "Landkreis", (0, 3, 0): "Karlsruhe"}
    assert pair_cells(cells, _is_label) == {(0, 1, 0): (0, 0, 0), (0, 1, 1): (0, 0, 1), (0, 3, 0): (0, 2, 0)}


def test_two_pairs_in_one_row():
    cells = {(0, 0, 0): "Name der Stadt", (0, 0, 1): "Bad Steinach", (0, 0, 2): "Einwohnerzahl", (0, 0, 3): "4.600",
             (0, 1, 0): "Landkreis", (0, 1, 1): "Karlsruhe", (0, 1, 2): "Telefon", (0, 1, 3): "07247-2049551"}
    assert pair_cells(cells, _is_label) == {(0, 0, 1): (0, 0, 0), (0, 0, 3): (0, 0, 2), (0, 1, 1): (0, 1, 0),
                                            (0, 1, 3): (0, 1, 2)}


def test_a_value_that_reads_like_a_label_ends_its_row():
    cells = {(0, 0, 0): "Telefon", (0, 0, 1): "Tel.: 07247-2049551", (0, 1, 0): "Landkreis", (0, 1, 1): "Karlsruhe"}
    assert pair_cells(cells, _is_label)[(0, 0, 1)] == (0, 0, 0)


def test_a_value_under_a_merged_label_cell_continues_it():
    """The label cell spans two rows (or a page break cut the row): the second row has no first column."""
    cells = {(0, 0, 0): "Kontaktperson", (0, 0, 1): "Sabine Sauter", (0, 1, 1): "Bahnhofstr. 23",
             (0, 2, 0): "Landkreis", (0, 2, 1): "Karlsruhe"}
    assert pair_cells(cells, _is_label) == {(0, 0, 1): (0, 0, 0), (0, 1, 1): (0, 0, 0), (0, 2, 1): (0, 2, 0)}


def test_a_label_without_value_takes_no_other_label():
    cells = {(0, 0, 0): "Einwohnerzahl", (0, 1, 0): "Landkreis", (0, 1, 1): "Karlsruhe"}
    assert pair_cells(cells, _is_label) == {(0, 1, 1): (0, 1, 0)}


def test_the_record_reads_a_grid_of_labels_over_values(tmp_path):
    """The section splitter pairs by the grid: read cell by cell, both values come after both labels."""
    doc = WordDocument()
    doc.add_paragraph("Angaben zur Kommune")
    table = doc.add_table(rows=4, cols=2)
    for row, texts in zip(table.rows, [("Name der Stadt oder Gemeinde", "Einwohnerzahl"), ("Bad Steinach", "ca. 4.600"),
                                       ("Landkreis", "Regierungsbezirk"), ("Karlsruhe", "Karlsruhe")]):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    doc.add_paragraph("Veranstaltungskonzept")
    doc.add_paragraph("Ein Dialogabend im Rathaus.")
    path = tmp_path / "grid.docx"
    doc.save(path)
    municipality = extract(path)["municipality"]
    assert (municipality["name"], municipality["population"]["value"]) == ("Bad Steinach", 4600)
    assert (municipality["district"], municipality["region"]) == ("Karlsruhe", "Karlsruhe")
