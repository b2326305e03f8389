"""Secrets and permissions: the files that hold report data are created 0600 whatever the umask
(``--file-mode`` asks for another mode), and the PDF password can come from the environment or a
prompt instead of the command line, where every local user sees it."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.support.bulk import run_cli

ENCRYPTED = ROOT / "tests" / "data" / "bad" / "encrypted.pdf"   # user password "geheim"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The most permissive umask: a file created with the default mode would be world-readable."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_database_and_outputs_are_created_0600(tmp_path, open_umask):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "march.txt").write_bytes((SAMPLES / "real" / "march.txt").read_bytes())
    db = tmp_path / "reports.db"
    assert run_cli("import", folder, "--db", db, "--workers", "1").returncode == 0
    assert mode(db) == 0o600
    outputs = {name: tmp_path / name for name in ("r.csv", "r.xlsx", "r.jsonl", "shared.jsonl", "check.html",
                                                  "check.csv")}
    for name in ("r.csv", "r.xlsx", "r.jsonl"):
        assert run_cli("export", db, "-o", outputs[name]).returncode == 0
    assert run_cli("export", db, "--redact", "-o", outputs["shared.jsonl"]).returncode == 0
    assert run_cli("check", db, "--html", outputs["check.html"], "--format", "csv",
                   "-o", outputs["check.csv"]).returncode == 0
    assert run_cli("convert", folder, "-o", tmp_path / "out").returncode == 0
    written = [*outputs.values(), tmp_path / "out" / "march.json"]
    assert {p.name: oct(mode(p)) for p in written} == {p.name: oct(0o600) for p in written}
    # an existing file that is overwritten gets the mode too (it now holds the new data)
    outputs["r.csv"].chmod(0o666)
    assert run_cli("export", db, "-o", outputs["r.csv"]).returncode == 0
    assert mode(outputs["r.csv"]) == 0o600


def test_file_mode_option_and_variable(tmp_path, open_umask):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lahr.txt").write_bytes((SAMPLES / "real" / "lahr.txt").read_bytes())
    db = tmp_path / "team.db"
    assert run_cli("import", folder, "--db", db, "--workers", "1", "--file-mode", "640").returncode == 0
    assert mode(db) == 0o640
    out = tmp_path / "team.csv"
    assert run_cli("export", db, "-o", out, env={"REPORT_EXTRACTOR_FILE_MODE": "644"}).returncode == 0
    assert mode(out) == 0o644
    r = run_cli("export", db, "-o", out, "--file-mode", "rw-r--r--")
    assert r.returncode == 2 and "octal" in r.stderr


def test_password_from_the_environment():
    r = run_cli("convert", ENCRYPTED, env={"REPORT_EXTRACTOR_PDF_PASSWORD": "geheim"})
    assert r.returncode == 0, r.stderr
    assert "Vertraulicher Bericht der Stadt Musterstadt." in json.loads(r.stdout)["text"]
    r = run_cli("convert", ENCRYPTED, env={"REPORT_EXTRACTOR_PDF_PASSWORD": "falsch"})
    assert r.returncode == 1 and "wrong password" in r.stderr


def test_password_from_a_prompt():
    """--ask-password reads it without echo; without a terminal (as here: a new session has none)
    the line comes from standard input."""
    env = {k: v for k, v in os.environ.items() if k != "REPORT_EXTRACTOR_PDF_PASSWORD"}
    r = subprocess.run([sys.executable, "-m", "extractor", "convert", str(ENCRYPTED), "--ask-password"],
                       input="geheim\n", capture_output=True, text=True, cwd=ROOT, env=env, timeout=300,
                       start_new_session=True)
    assert r.returncode == 0, r.stderr
    assert "Password for encrypted PDFs" in r.stderr and "geheim" not in r.stderr
    assert "Vertraulicher Bericht der Stadt Musterstadt." in json.loads(r.stdout)["text"]
