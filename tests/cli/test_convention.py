"""The one convention of all commands (``report-extractor --help``): exit statuses, the output format from
-o's extension or --format, "-" for standard output, the help texts, and the bytes of the csv."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from extractor.reports.writers import CsvStyle
from tests.conftest import SAMPLES
from tests.support.bulk import run_cli

LAHR = SAMPLES / "real" / "lahr.txt"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """Two reports imported, nothing failed."""
    folder = tmp_path_factory.mktemp("two")
    for name in ("lahr.txt", "march.txt"):
        (folder / name).write_bytes((SAMPLES / "real" / name).read_bytes())
    path = str(folder / "reports.db")
    assert run_cli("import", folder, "--db", path, "--workers", "1").returncode == 0
    return path


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> str:
    from extractor.bulk.store import open_store
    path = tmp_path_factory.mktemp("empty") / "empty.db"
    open_store(str(path)).close()
    return str(path)


def usage_error(r, *fragments: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stdout, r.stderr)
    assert r.stderr.startswith("error: ") or r.stderr.startswith("Usage:"), r.stderr
    assert "Traceback" not in r.stderr
    for fragment in fragments:
        assert fragment in r.stderr, (fragment, r.stderr)


def test_a_missing_input_is_a_usage_error_everywhere(tmp_path):
    nope = tmp_path / "nope"
    usage_error(run_cli("convert", nope), f"no such file or folder: {nope}")
    usage_error(run_cli("import", nope, "--db", tmp_path / "r.db"), f"no such file or folder: {nope}")
    usage_error(run_cli("check", nope, LAHR), f"no such file or folder: {nope}")
    usage_error(run_cli("eval", nope), f"no such folder: {nope}")
    usage_error(run_cli("export", tmp_path / "nope.db"), "no such database")
    usage_error(run_cli("check", tmp_path / "nope.db"), "no such database")
    assert not (tmp_path / "r.db").exists()


def test_nothing_to_do_is_a_usage_error_everywhere(tmp_path, empty_db):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.md").write_text("not a report")
    for command in ("convert", "import", "check"):
        usage_error(run_cli(command, empty, "--db", tmp_path / "r.db") if command == "import"
                    else run_cli(command, empty),
                    f"nothing to {command}: no .pdf, .docx, .odt, .doc, .rtf, .png, .jpg, .jpeg, .tif, .tiff, .txt, .text files in {empty}")
    assert not (tmp_path / "r.db").exists()                   # a usage error changes nothing
    usage_error(run_cli("eval", empty), "no *.gold.json files")
    usage_error(run_cli("check", empty_db), "holds no kfd reports")
    usage_error(run_cli("export", empty_db), "holds no kfd reports")


@pytest.mark.parametrize("args", [
    ("convert", LAHR), ("check", "{db}"), ("export", "{db}"), ("eval", SAMPLES / "real"), ("schema",)])
def test_an_unknown_extension_is_refused_and_nothing_is_written(db, tmp_path, args):
    args = [db if a == "{db}" else a for a in args]
    out = tmp_path / "result.ods"
    usage_error(run_cli(*args, "-o", out), "result.ods")
    assert not out.exists()


@pytest.mark.parametrize("command, fmt, name", [
    ("check", "json", "x.csv"), ("export", "jsonl", "x.xlsx"), ("eval", "json", "x.txt"), ("convert", "jsonl", "x.json")])
def test_a_format_contradicting_the_extension_is_refused(db, tmp_path, command, fmt, name):
    target = {"check": db, "export": db, "eval": SAMPLES / "real", "convert": LAHR}[command]
    usage_error(run_cli(command, target, "--format", fmt, "-o", tmp_path / name), f"--format is {fmt}")
    assert not (tmp_path / name).exists()


def test_check_writes_the_format_its_extension_names(db, tmp_path):
    for name, looks_right in (
            ("c.txt", lambda b: "Sections across 2 reports" in b.decode()),
            ("c.json", lambda b: json.loads(b)["summary"]["reports"] == 2),
            ("c.csv", lambda b: b.startswith(b"\xef\xbb\xbfpath;status;municipality;")),
            ("c.html", lambda b: b.startswith(b"<!DOCTYPE html>")),
            ("c.htm", lambda b: b.startswith(b"<!DOCTYPE html>"))):
        r = run_cli("check", db, "-o", tmp_path / name)
        assert r.returncode == 0 and r.stdout == "", r.stderr
        assert looks_right((tmp_path / name).read_bytes()), name
    # "-o -" and no -o: standard output; --format names it there
    assert json.loads(run_cli("check", db, "-o", "-", "--format", "json").stdout)["summary"]["ok"] == 2
    assert run_cli("check", db, "-f", "html").stdout.startswith("<!DOCTYPE html>")
    usage_error(run_cli("check", db, "-o", tmp_path / "noextension"), "has no extension")
    assert run_cli("check", db, "-o", tmp_path / "noextension", "-f", "csv").returncode == 0


def test_export_writes_the_format_its_extension_names(db, tmp_path):
    from openpyxl import load_workbook
    for name in ("e.csv", "e.xlsx", "e.jsonl"):
        r = run_cli("export", db, "-o", tmp_path / name)
        assert r.returncode == 0, r.stderr
        assert r.stderr == f"exported 2 reports to {tmp_path / name} ({name.split('.')[1]})\n"
    assert (tmp_path / "e.csv").read_bytes().startswith(b"\xef\xbb\xbfpath;format;municipality;")
    assert load_workbook(tmp_path / "e.xlsx")["reports"]["C2"].value == "Lahr/Schwarzwald"
    assert [json.loads(line)["municipality"]["name"] for line in (tmp_path / "e.jsonl").read_text().splitlines()] == \
        ["Lahr/Schwarzwald", "March"]
    assert run_cli("export", db, "-o", "-", "-f", "jsonl").stdout.count("\n") == 2


def test_every_command_documents_the_convention():
    top = run_cli("--help").stdout
    assert "Conventions (all commands):" in top and "Exit status:" in top
    for command in ("convert", "check", "export", "eval", "schema", "type init"):
        help_text = run_cli(*command.split(), "--help").stdout
        assert re.search(r"-f, --format \[", help_text), command
        assert "-o, --output" in help_text, command
        assert "--file-mode OCTAL" in help_text, command                   # every file written is private
    for command in ("convert", "import", "check", "export", "eval"):
        help_text = " ".join(run_cli(command, "--help").stdout.split())
        assert re.search(r"-t, --type NAME\|FILE \w", help_text), command    # with a help text
        assert "Exit status" in help_text, command
    eval_help = run_cli("eval", "--help").stdout
    assert "FOLDER" in eval_help and "DIR" not in eval_help


def test_import_says_why_a_rerun_exits_1(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lahr.txt").write_bytes(LAHR.read_bytes())
    (folder / "fake.pdf").write_text("not a pdf")
    db = tmp_path / "r.db"
    assert run_cli("import", folder, "--db", db, "--workers", "1").returncode == 1
    again = run_cli("import", folder, "--db", db, "--workers", "1")
    assert again.returncode == 1
    assert again.stderr.splitlines() == [
        "2 report files found: 0 to extract, 2 unchanged, 0 moved, 0 duplicates (same content as another file)",
        "exit status 1: 1 of the files named failed in an earlier run and are unchanged (not tried again; --force does)"]


# ------------------------------------------------------------------------------------------- csv bytes

ROW = ["Dußlingen", "a; b", 'sagt "ja"', "zwei\nZeilen", 5000.5, 6000.0, True, None, 14000]


def csv_bytes(style: CsvStyle) -> bytes:
    out = io.BytesIO()
    with style.writer(out) as writer:
        writer.writerow(["name", "list", "quote", "lines", "amount", "whole", "flag", "none", "int"])
        writer.writerow(ROW)                                   # raw values: the writer formats each cell
    return out.getvalue()


def test_csv_for_german_excel_bytes():
    assert csv_bytes(CsvStyle("excel-de")) == (
        b"\xef\xbb\xbf"                                          # BOM: Excel reads UTF-8
        b"name;list;quote;lines;amount;whole;flag;none;int\r\n"  # ';' between fields, CRLF
        + 'Dußlingen;"a; b";"sagt ""ja""";"zwei\nZeilen";5000,5;6000;1;;14000\r\n'.encode("utf-8"))


def test_csv_rfc4180_bytes():
    assert csv_bytes(CsvStyle("rfc4180")) == (
        b"name,list,quote,lines,amount,whole,flag,none,int\r\n"
        + 'Dußlingen,a; b,"sagt ""ja""","zwei\nZeilen",5000.5,6000,1,,14000\r\n'.encode("utf-8"))


def test_csv_dialect_option_and_environment(db):
    plain = run_cli("export", db, "--csv-dialect", "rfc4180").stdout
    assert plain.startswith("path,format,municipality,")
    assert run_cli("export", db, env={"REPORT_EXTRACTOR_CSV_DIALECT": "rfc4180"}).stdout == plain
    assert run_cli("check", db, "-f", "csv", "--csv-dialect", "rfc4180").stdout.startswith("path,status,")


def test_csv_file_bytes_end_to_end(db, tmp_path):
    out = tmp_path / "e.csv"
    assert run_cli("export", db, "-o", out).returncode == 0
    data = out.read_bytes()
    lines = data.split(b"\r\n")
    assert data.startswith(b"\xef\xbb\xbf") and lines[-1] == b"" and len(lines) == 4   # header, 2 rows
    assert not any(b"\n" in line for line in lines)
    assert "Lahr/Schwarzwald;" in data.decode("utf-8-sig")
    header = lines[0].decode("utf-8-sig").split(";")
    assert {"population_qualifier", "event_count", "warning_codes", "answered_count"} <= set(header)


def test_german_texts_cover_every_code():
    """Every warning code the code emits and every error code has a German text for the page."""
    from extractor.core.errors import CODES
    from extractor.reports import german
    root = Path(__file__).resolve().parents[2] / "extractor"
    source = "\n".join(p.read_text(encoding="utf-8") for p in root.rglob("*.py"))
    emitted = set(re.findall(r"""(?:RecordWarning\(\s*code=|_warning\(|\bwarn\()\s*["'](\w+)["']""", source))
    emitted.add("not_a_form")  # raised through the NOT_A_FORM constant
    assert len(emitted) >= 12
    assert emitted <= set(german.WARNINGS), emitted - set(german.WARNINGS)
    assert set(german.ERRORS) == set(CODES)


def test_a_database_url_is_an_input_as_written(tmp_path):
    """`check postgresql://...` and `export postgresql://...`: the URL keeps its "//" (not made a path)."""
    from tests.support.pgcluster import fresh_database
    url = fresh_database()
    assert run_cli("import", LAHR, "--db", url, "--workers", "1").returncode == 0
    r = run_cli("check", url, "-f", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["summary"]["reports"] == 1
    r = run_cli("export", url, "-f", "jsonl")
    assert r.returncode == 0 and json.loads(r.stdout)["municipality"]["name"] == "Lahr/Schwarzwald"


def test_the_readme_states_the_convention_as_the_help_does():
    from extractor.cli.common import CONVENTION
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    stated = [line for line in CONVENTION.splitlines() if line.strip() not in ("", "\b")]
    block = readme[readme.index("## The command line: one convention"):]
    start = block.index("```text\n") + 8
    block = block[start:block.index("\n```", start)]
    assert [line for line in block.splitlines() if line.strip()] == stated
