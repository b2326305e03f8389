"""Formula injection: a field, a file name or a message starting with "=", "+", "-", "@", a tab or a
carriage return reaches every csv the project writes with a leading apostrophe (OWASP's rule), and
every xlsx as a text cell (never a formula), its text unchanged."""
from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from extractor.core import registry
from extractor.reports import check as checks
from extractor.reports.cells import FORMULA_START, csv_value
from tests.conftest import ROOT
from tests.support.bulk import run_cli

PAYLOAD_FILE = ROOT / "tests" / "data" / "bad" / "formula_payloads.txt"   # built by scripts/build_bad_corpus.py
FILE_NAME = "=HYPERLINK(A1;\"Klick\").txt"
PAYLOADS = ["+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0"]


def csv_cells(text: str) -> list[str]:
    """Every cell of a csv written for German Excel (the default: BOM, ';')."""
    assert text.startswith("\ufeff")
    return [cell for row in csv.reader(io.StringIO(text[1:], newline=""), delimiter=";") for cell in row]


def assert_neutral(cells: list[str]) -> None:
    live = [c for c in cells if c.startswith(FORMULA_START)]
    assert not live, live


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("formula")
    folder = base / "in"
    folder.mkdir()
    shutil.copy(PAYLOAD_FILE, folder / "bericht.txt")
    shutil.copy(PAYLOAD_FILE.with_name("utf16le_bom.txt"), folder / FILE_NAME)   # a formula as the file name
    db = base / "reports.db"
    r = run_cli("import", folder, "--db", db, "--workers", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    return base, db


@pytest.mark.parametrize("redact", [False, True])
def test_csv_export_neutralises_every_formula(imported, redact):
    base, db = imported
    r = run_cli("export", db, "--format", "csv", *(["--redact"] if redact else []))
    assert r.returncode == 0, r.stderr
    cells = csv_cells(r.stdout)
    assert_neutral(cells)
    for payload in PAYLOADS[:2]:                                  # the district and the region
        assert "'" + payload in cells
    if redact:                                                    # the path is relative: the file name leads
        assert "'" + FILE_NAME in cells


def test_xlsx_export_writes_formulas_as_text(imported):
    from openpyxl import load_workbook
    base, db = imported
    for args in ([], ["--redact"]):
        out = base / f"export{len(args)}.xlsx"
        assert run_cli("export", db, "-o", out, *args).returncode == 0
        with zipfile.ZipFile(out) as zf:
            sheet = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert "<f>" not in sheet and "<f " not in sheet                # no formula element anywhere
        ws = load_workbook(out).active
        cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        assert all(c.data_type == "s" for c in cells)
        risky = [c for c in cells if c.value.startswith(FORMULA_START)]
        assert {PAYLOADS[0], PAYLOADS[1]} <= {c.value for c in risky}    # the text itself, unchanged
        assert all(c.quotePrefix for c in risky)
        if args:
            assert FILE_NAME in {c.value for c in risky}


def test_check_csv_neutralises_file_names_and_messages(imported, tmp_path):
    base, _ = imported
    r = run_cli("check", FILE_NAME, "bericht.txt", "--format", "csv", "--workers", "1", cwd=base / "in")
    assert r.returncode == 0, r.stderr
    cells = csv_cells(r.stdout)
    assert_neutral(cells)
    assert "'" + FILE_NAME in cells
    # a failure message and warnings holding formulas, through the same writer
    rt = registry.get("kfd")
    failed = checks.ReportCheck.from_failure("@evil.pdf", "corrupt", '=HYPERLINK("http://x.invalid")', "pdf")
    ok = checks.ReportCheck.from_record("-x.txt", json.loads(run_cli("convert", PAYLOAD_FILE).stdout), rt)
    ok.warnings.append({"code": "+cmd", "message": "=1+1", "section": None})
    out = io.BytesIO()
    checks.write_csv(checks.CheckReport([failed, ok], rt, "test"), out)
    cells = csv_cells(out.getvalue().decode("utf-8"))
    assert_neutral(cells)
    assert {"'@evil.pdf", "'=HYPERLINK(\"http://x.invalid\")", "'-x.txt"} <= set(cells)


def test_the_rule_itself():
    for start in FORMULA_START:
        assert csv_value(start + "1+1") == "'" + start + "1+1"
    assert csv_value("Plochingen") == "Plochingen" and csv_value(-3) == -3 and csv_value(None) is None
    assert csv_value("Zeile 1\nZeile 2") == "Zeile 1\nZeile 2"        # line breaks inside a cell stay
    assert csv_value("a\x1b[31mb") == "a\\x1b[31mb"                  # terminal escapes do not
