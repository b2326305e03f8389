"""``import`` of a folder with every format mixed (.txt, .docx, .pdf, .odt, .doc, .rtf, misnamed and bad
office files): each file's outcome is right, and no soffice process outlives the import, neither when it
returns nor when it is killed with SIGKILL mid-conversion.

Each import runs with its own TMPDIR, so every LibreOffice conversion of that run (profile and input lie
in a folder there) is found by that path in the process list.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractor.readers import libreoffice
from tests.conftest import ROOT, SAMPLES
from tests.support.bulk import as_record, popen_cli, query, run_cli
from tests.support.processes import soffice_processes, wait_for

BAD = ROOT / "tests" / "data" / "bad"


def _mixed_folder(root: Path) -> dict[str, tuple[str, str | None]]:
    """{file name: (expected status, expected format or error code)}"""
    root.mkdir()
    expected = {}
    for fmt in ("txt", "docx", "pdf", "odt", "doc", "rtf"):
        shutil.copy(SAMPLES / f"plochingen.{fmt}", root / f"plochingen.{fmt}")
        expected[f"plochingen.{fmt}"] = ("ok", fmt)
    # Another file than plochingen.rtf (one more line end), or the import would take it for a copy.
    (root / "rtf-named.doc").write_bytes((SAMPLES / "plochingen.rtf").read_bytes() + b"\r\n")
    expected["rtf-named.doc"] = ("ok", "rtf")
    for name, code in (("encrypted.doc", "encrypted"), ("encrypted.odt", "encrypted"),
                       ("deep_nesting.rtf", "hostile"), ("zip_bomb.odt", "too_large")):
        shutil.copy(BAD / name, root / name)
        expected[name] = ("failed", code)
    return expected


def test_mixed_formats_each_right_and_no_soffice_left(tmp_path):
    folder, tmp = tmp_path / "archive", tmp_path / "tmp"
    tmp.mkdir()
    expected = _mixed_folder(folder)
    db = tmp_path / "reports.db"
    r = run_cli("import", folder, "--db", db, "--workers", "2", "--timeout", "300", env={"TMPDIR": str(tmp)})
    assert r.returncode == 1, r.stdout + r.stderr  # the bad files failed
    assert "Traceback" not in r.stderr
    assert soffice_processes(str(tmp)) == []
    assert list(tmp.glob(f"{libreoffice.TEMP_PREFIX}*")) == []

    rows = {Path(row["path"]).name: row for row in query(str(db), "SELECT * FROM reports")}
    assert set(rows) == set(expected)
    for name, (status, what) in expected.items():
        row = rows[name]
        assert row["status"] == status, (name, row["error_code"], row["error_message"])
        if status == "failed":
            assert row["error_code"] == what, (name, row["error_message"])
        else:
            assert row["format"] == what, name
    records = {name: as_record(rows[name]["record"]) for name, (status, _) in expected.items() if status == "ok"}
    docx = records["plochingen.docx"]
    for name in ("plochingen.odt", "plochingen.doc", "plochingen.rtf"):
        record = records[name]
        assert {k: v for k, v in record.items() if k != "source"} == {k: v for k, v in docx.items() if k != "source"}
    misnamed = records["rtf-named.doc"]
    assert "format_mismatch" in [w["code"] for w in misnamed["quality"]["warnings"]]
    assert misnamed["sections"] == docx["sections"]


def test_sigkill_of_the_import_mid_conversion_leaves_no_soffice(tmp_path, monkeypatch):
    folder, tmp = tmp_path / "archive", tmp_path / "tmp"
    folder.mkdir()
    tmp.mkdir()
    for i in range(4):
        shutil.copy(SAMPLES / "plochingen.doc", folder / f"bericht-{i}.doc")
    proc = popen_cli("import", folder, "--db", tmp_path / "reports.db", "--workers", "2", "--timeout", "300",
                     env={"TMPDIR": str(tmp)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: soffice_processes(str(tmp)), timeout=300), "no conversion started"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
        # The workers die with the import, soffice with its worker (parent-death signals).
        assert wait_for(lambda: not soffice_processes(str(tmp)), timeout=30), soffice_processes(str(tmp))
    finally:
        if proc.poll() is None:
            proc.kill()
    # SIGKILL ran no cleanup: a folder the killed conversions left is swept by the next conversion, once
    # the worker that made it is gone.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))

    def swept() -> bool:
        libreoffice.sweep_stale()
        return not list(tmp.glob(f"{libreoffice.TEMP_PREFIX}*"))
    assert wait_for(swept, timeout=30)
