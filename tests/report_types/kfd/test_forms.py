"""samples/forms/: the KFD form filled in Word and exported to PDF by LibreOffice, in five table layouts
and one page in two columns. The PDF reader must read a form as the docx reader reads its Word file:
eval on the PDFs equals eval on their docx twins, field for field and report for report, with either PDF
engine; the engines give the same records; the table cells come out numbered alike. And the committed
files are what testkit.forms makes (the PDFs are LibreOffice's, committed as exported)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.core import registry
from extractor.pipeline.engine import extract
from extractor.readers import ReadOptions, read
from extractor.reports.evaluate import Evaluation, check_thresholds, evaluate
from testkit.forms import LAYOUTS, build_form, form_plans
from tests.conftest import SAMPLES

FORMS = SAMPLES / "forms"
ENGINES = ("pdfium", "pdfplumber")


@pytest.fixture(scope="module")
def evaluations() -> dict[str, Evaluation]:
    """eval on docx/ and on pdf/ with each engine; every file extracted once."""
    rt = registry.get("kfd")
    out = {"docx": evaluate(FORMS / "docx", rt)}
    for engine in ENGINES:
        records: dict[Path, dict] = {}

        def extract_with(path: Path, report_type, engine: str = engine) -> dict:
            records[path] = extract(path, report_type, ReadOptions(pdf_engine=engine))
            return records[path]

        out[engine] = evaluate(FORMS / "pdf", rt, extract_fn=extract_with)
        out[engine].records = records  # type: ignore[attr-defined]
    return out


def _scores(ev: Evaluation) -> dict:
    return {"fields": {k: s.as_dict() for k, s in ev.fields.items()},
            "entities": {k: s.as_dict() for k, s in ev.entities.items()},
            "sections": (ev.sections_total, ev.sections_right, ev.missing_right, ev.unanswered_right)}


def _errors(ev: Evaluation) -> dict[str, tuple]:
    return {Path(r.file).stem: (r.failed, r.errors) for r in ev.reports}


def test_every_layout_is_in_the_set():
    names = [p.name.removesuffix(".gold.json") for p in (FORMS / "pdf").glob("*.gold.json")]
    assert len(names) == 24
    assert {name.split("-")[0] for name in names} == set(LAYOUTS)
    assert {p.stem for p in (FORMS / "docx").glob("*.docx")} == {p.stem for p in (FORMS / "pdf").glob("*.pdf")}


@pytest.mark.parametrize("engine", ENGINES)
def test_eval_on_the_pdfs_equals_eval_on_the_docx_twins(evaluations, engine):
    assert _scores(evaluations[engine]) == _scores(evaluations["docx"])
    assert _errors(evaluations[engine]) == _errors(evaluations["docx"])
    assert evaluations[engine].headline() == evaluations["docx"].headline()


@pytest.mark.parametrize("run", ["docx", *ENGINES])
def test_the_set_meets_its_thresholds(evaluations, run):
    folder = FORMS / ("docx" if run == "docx" else "pdf")
    thresholds = json.loads((folder / "thresholds.json").read_text(encoding="utf-8"))
    assert check_thresholds(evaluations[run], thresholds) == []


def test_both_engines_give_the_same_records(evaluations):
    fast, reference = evaluations["pdfium"].records, evaluations["pdfplumber"].records
    assert set(fast) == set(reference)
    for path, record in fast.items():
        assert {k: v for k, v in record.items() if k != "source"} == \
               {k: v for k, v in reference[path].items() if k != "source"}, path.name


@pytest.mark.parametrize("name", sorted(p.stem for p in (FORMS / "pdf").glob("*.pdf") if not p.stem.startswith("columns")))
def test_table_cells_are_numbered_as_in_the_word_file(name):
    """Each cell a table_cell block with the table, row and column the docx reader gives it: a cell of
    several lines stays one, merged cells take their first row and column, a table over a page break
    stays one table with its header row once."""
    def cells(path: Path) -> list[tuple]:
        return [(b.table, b.row, b.col) for b in read(path).blocks if b.kind == "table_cell"]
    assert cells(FORMS / "pdf" / f"{name}.pdf") == cells(FORMS / "docx" / f"{name}.docx")


@pytest.mark.parametrize("form", form_plans()[:len(LAYOUTS)], ids=lambda f: f.layout)
def test_a_rebuilt_form_and_its_gold_equal_the_committed_files(form):
    name, data, gold = build_form(form)
    assert data == (FORMS / "docx" / f"{name}.docx").read_bytes()
    for fmt in ("docx", "pdf"):
        committed = json.loads((FORMS / fmt / f"{name}.gold.json").read_text(encoding="utf-8"))
        assert committed == json.loads(json.dumps({**gold, "file": f"{name}.{fmt}", "format": fmt}))
