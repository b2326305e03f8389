"""Build samples/forms/: the KFD form filled in Word and exported to PDF by LibreOffice, as towns sent it.

Run from the repository root (needs LibreOffice's ``soffice``):

    python -m testkit.forms         # samples/forms/docx/<name>.docx and samples/forms/pdf/<name>.pdf, with gold

The reports are written by the corpus generator (``testkit.corpus``: its plans, answers and gold), only
laid out differently: the municipality part as a Word table in one of five layouts, or the page set in
two columns (``LAYOUTS``). Each Word file is exported to PDF with ``soffice --headless --convert-to pdf``,
so the PDF's text layer, ruling lines and columns are those of a real export. The gold is what the
generator put into the form, never the extractor's output; the docx and its PDF twin share it (only
``file`` and ``format`` differ), so ``eval`` on ``pdf/`` must equal ``eval`` on ``docx/``.

The docx files are deterministic (the same seed gives the same bytes); the PDFs carry LibreOffice's
creation date, so they are committed as exported.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from testkit.corpus.build import compose_report
from testkit.corpus.model import Block, Report, Sec
from testkit.corpus.plan import DEFAULT_COUNT, plan_corpus
from testkit.corpus.render_docx import add_block, add_fields, add_heading, add_pre, add_value, finish, new_document

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "samples" / "forms"
SEED = "kfd-forms-1"

# How the form is laid out; each layout fills as many reports (the corpus plans of the docx third).
LAYOUTS = {
    "beside": "label beside value, one field a row (the ministry's form); every other report without borders",
    "below": "a row of labels over a row of their values, two fields a row",
    "pairs": "two label-value pairs in one row (four columns)",
    "merged": "the section heading in a row merged across the table, the fields grouped by a column of "
              "vertically merged cells, the contact's lines as paragraphs of one cell",
    "across": "the whole report in one table over several pages: a repeated header row, a heading row "
              "per section, the prompts beside their answers (rows broken by page breaks)",
    "columns": "the page set in two columns, newsletter style (no table)",
}
# The merged layout's groups: the generator writes name, population, district and region first, then the
# contact's fields.
GROUPS = (("Allgemeines", 4), ("Erreichbarkeit", None))
HEADER_ROW = ("Abschnitt", "Angaben")
TEXT_WIDTH_CM = 16.0  # A4 with 2.5 cm margins


@dataclass(frozen=True)
class FormPlan:
    index: int          # the report's index in the corpus plan of ``seed``
    plan: dict
    layout: str         # a key of LAYOUTS
    ruled: bool         # the tables drawn with borders


def form_plans(seed: str = SEED) -> list[FormPlan]:
    """The corpus plans of the docx third, each with its layout: the layouts in turn, so each fills as
    many reports; every other report of the "beside" layout without borders."""
    plans = [(i, p) for i, p in enumerate(plan_corpus(seed, DEFAULT_COUNT)) if p["fmt"] == "docx"]
    layouts = list(LAYOUTS)
    out = []
    for k, (index, plan) in enumerate(plans):
        layout = layouts[k % len(layouts)]
        ruled = layout != "beside" or (k // len(layouts)) % 2 == 0
        out.append(FormPlan(index, {**plan, "docx_table": layout != "columns"}, layout, ruled))
    return out


def build_form(form: FormPlan, seed: str = SEED) -> tuple[str, bytes, dict]:
    """(name, docx bytes, gold record of the docx)."""
    r, pre, secs, gold = compose_report(form.index, form.plan, seed)
    name = f"{form.layout}-{form.plan['name']}"
    return name, render(r, pre, secs, form.layout, form.ruled), {**gold, "file": f"{name}.docx"}


def build(out: Path, seed: str = SEED) -> list[str]:
    """Write every report's docx, PDF and gold records into ``out/docx`` and ``out/pdf``; the names."""
    for folder in ("docx", "pdf"):  # the reports and gold of an earlier run; other files (thresholds.json) stay
        (out / folder).mkdir(parents=True, exist_ok=True)
        for old in (out / folder).iterdir():
            if old.suffix in (".docx", ".pdf") or old.name.endswith(".gold.json"):
                old.unlink()
    names = []
    for form in form_plans(seed):
        name, data, gold = build_form(form, seed)
        (out / "docx" / f"{name}.docx").write_bytes(data)
        for fmt in ("docx", "pdf"):
            twin = {**gold, "file": f"{name}.{fmt}", "format": fmt}
            (out / fmt / f"{name}.gold.json").write_text(json.dumps(twin, ensure_ascii=False, indent=2) + "\n",
                                                        encoding="utf-8")
        names.append(name)
    export_pdfs(out / "docx", out / "pdf")
    (out / "README.md").write_text(_readme(seed, names), encoding="utf-8")
    return names


def export_pdfs(docx_dir: Path, pdf_dir: Path) -> None:
    """Every docx exported to PDF by LibreOffice, in one run (a private profile, so a running LibreOffice
    of the user's is left alone)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(pdf_dir), *sorted(str(p) for p in docx_dir.glob("*.docx"))],
                       check=True, capture_output=True, timeout=900)


# ------------------------------------------------------------------------------------------ layouts

def render(r: Report, pre: list[str], secs: list[Sec], layout: str, ruled: bool = True) -> bytes:
    document, ids = new_document(r)
    if layout == "columns":
        _two_columns(document)
    add_pre(document, r, ids, pre)
    if layout == "across":
        _whole_report_table(document, r, ids, secs)
        return finish(document, r)
    for sec in secs:
        fields = next((b for b in sec.blocks if b.kind == "fields"), None)
        if sec.heading and not (fields and layout == "merged"):
            add_heading(document, r, ids, sec.heading)
        for b in sec.blocks:
            if b.kind != "fields":
                add_block(document, r, ids, b)
            elif layout == "columns":
                add_fields(document, r, ids, b)
            else:
                FIELD_TABLES[layout](document, r, ids, b, sec.heading, ruled)
    return finish(document, r)


def _table(document, ids: dict, widths_cm: tuple[float, ...], ruled: bool):
    """An empty table with fixed column widths, with the style world's grid style or without borders."""
    table = document.add_table(rows=0, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if ruled:
        style = OxmlElement("w:tblStyle")
        style.set(qn("w:val"), ids["table"])
        table._tbl.tblPr.insert(0, style)
    table.autofit = False
    for col, width in zip(table.columns, widths_cm):
        col.width = Cm(width)
    return table, widths_cm


def _row(table, widths: tuple[float, ...]):
    row = table.add_row()
    for cell, width in zip(row.cells, widths):
        cell.width = Cm(width)
    return row


def _label(cell, text: str) -> None:
    cell.paragraphs[0].add_run(text).bold = True


def _beside(document, r: Report, ids: dict, b: Block, heading: str | None, ruled: bool) -> None:
    table, widths = _table(document, ids, (6.5, 9.5), ruled)
    for f in b.fields:
        row = _row(table, widths)
        _label(row.cells[0], f.label)
        add_value(row.cells[1], r, f.lines)


def _below(document, r: Report, ids: dict, b: Block, heading: str | None, ruled: bool) -> None:
    table, widths = _table(document, ids, (8.0, 8.0), ruled)
    for pair in _chunks(b.fields, 2):
        labels, values = _row(table, widths), _row(table, widths)
        for col, f in enumerate(pair):
            _label(labels.cells[col], f.label)
            add_value(values.cells[col], r, f.lines)


def _pairs(document, r: Report, ids: dict, b: Block, heading: str | None, ruled: bool) -> None:
    table, widths = _table(document, ids, (3.4, 4.6, 3.4, 4.6), ruled)
    for pair in _chunks(b.fields, 2):
        row = _row(table, widths)
        for k, f in enumerate(pair):
            _label(row.cells[2 * k], f.label)
            add_value(row.cells[2 * k + 1], r, f.lines)


def _merged(document, r: Report, ids: dict, b: Block, heading: str | None, ruled: bool) -> None:
    table, widths = _table(document, ids, (3.0, 5.5, 7.5), ruled)
    if heading:
        row = _row(table, widths)
        top = row.cells[0].merge(row.cells[2])
        _label(top, heading)
    fields = list(b.fields)
    for group, count in GROUPS:
        rows = []
        for f in fields[:count]:
            row = _row(table, widths)
            _label(row.cells[1], f.label)
            add_value(row.cells[2], r, f.lines)
            rows.append(row)
        del fields[:count]
        if rows:
            cell = rows[0].cells[0].merge(rows[-1].cells[0])
            cell.paragraphs[0].add_run(group).italic = True


def _whole_report_table(document, r: Report, ids: dict, secs: list[Sec]) -> None:
    table, widths = _table(document, ids, (6.0, 10.0), True)
    header = _row(table, widths)
    for cell, text in zip(header.cells, HEADER_ROW):
        _label(cell, text)
    repeat = OxmlElement("w:tblHeader")
    header._tr.get_or_add_trPr().append(repeat)
    for sec in secs:
        if sec.heading:
            row = _row(table, widths)
            add_heading(_FreshCell(row.cells[0].merge(row.cells[1])), r, ids, sec.heading)
        prompts = [b for b in sec.blocks if b.kind == "prompt"]
        answers = [b for b in sec.blocks if b.kind not in ("prompt", "fields")]
        for b in sec.blocks:
            if b.kind == "fields":
                for f in b.fields:
                    row = _row(table, widths)
                    _label(row.cells[0], f.label)
                    add_value(row.cells[1], r, f.lines)
        if not prompts and not answers:
            continue
        row = _row(table, widths)
        left, right = row.cells
        if not prompts:
            right = left.merge(right)
        for b in prompts:
            add_block(_FreshCell(left), r, ids, b)
        for b in answers:
            add_block(_FreshCell(right), r, ids, b)


class _FreshCell:
    """A table cell that python-docx created with one empty paragraph: the first paragraph added replaces
    it (an empty first line would sit above the text in the PDF)."""

    def __init__(self, cell):
        self.cell = cell

    def add_paragraph(self, *args, **kwargs):
        first = self.cell.paragraphs[0] if len(self.cell.paragraphs) == 1 else None
        if first is not None and not first.text and not first.runs:
            return first
        return self.cell.add_paragraph(*args, **kwargs)


def _two_columns(document) -> None:
    """Set the document's one section in two columns of equal width, 1.25 cm apart."""
    cols = document.sections[0]._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        document.sections[0]._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "708")


def _chunks(items: list, n: int) -> list[list]:
    return [items[i:i + n] for i in range(0, len(items), n)]


FIELD_TABLES = {"beside": _beside, "below": _below, "pairs": _pairs, "merged": _merged}


def _readme(seed: str, names: list[str]) -> str:
    rows = "\n".join(f"| `{layout}` | {sum(n.startswith(layout + '-') for n in names)} | {text} |"
                     for layout, text in LAYOUTS.items())
    return f"""\
# The KFD form as towns sent it: Word files and their PDF exports

{len(names)} reports written by the corpus generator (`testkit.corpus`, seed `{seed}`), laid out as Word
forms and exported to PDF by LibreOffice: `docx/<name>.docx` and its twin `pdf/<name>.pdf`, each folder
with the gold records `<name>.gold.json` (the same record; only `file` and `format` differ). The gold is
what the generator put into the form (see `samples/corpus/README.md` for how, and for its conventions),
never the extractor's output. `eval` on `pdf/` must give what it gives on `docx/`, field for field.

Generated, not hand-written (needs LibreOffice):

    python -m testkit.forms

| layout | reports | the form |
|---|---|---|
{rows}
"""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Build samples/forms/: Word forms and their LibreOffice PDFs.")
    parser.add_argument("--seed", default=SEED)
    parser.add_argument("--out-dir", type=Path, default=OUT)
    args = parser.parse_args(argv)
    names = build(args.out_dir, args.seed)
    print(f"wrote {len(names)} reports as docx and pdf, with gold records, to {args.out_dir}")


if __name__ == "__main__":
    main()
