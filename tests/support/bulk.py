"""Shared by the import / check / export tests: run the real command line, build corpora of real
files, read the database independently of the code under test."""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import create_engine, text

from tests.conftest import ROOT, SAMPLES

HOOK_ENV = "_REPORT_EXTRACTOR_TEST_ONLY_SLOW_FILES"


def run_cli(*args, env: dict | None = None, timeout: float = 600, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k != HOOK_ENV}  # the hook only when a test asks
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "extractor", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=full_env, timeout=timeout)


def popen_cli(*args, env: dict | None = None, **kw) -> subprocess.Popen:
    full_env = {k: v for k, v in os.environ.items() if k != HOOK_ENV}
    full_env.update(env or {})
    return subprocess.Popen([sys.executable, "-m", "extractor", *map(str, args)], cwd=ROOT, env=full_env, **kw)


def run_on_terminal(*args, env: dict | None = None, timeout: float = 120) -> tuple[int, str]:
    """Run the command line with a pseudo-terminal as stdin, stdout and stderr (as a user at a terminal
    sees it); returns the exit status and everything the terminal showed."""
    import pty
    main_fd, sub_fd = pty.openpty()
    proc = popen_cli(*args, env={"COLUMNS": "120", "TERM": "xterm", **(env or {})},
                     stdin=sub_fd, stdout=sub_fd, stderr=sub_fd)
    os.close(sub_fd)
    out = b""
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the terminal closed: the process has exited
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout)
    os.close(main_fd)
    return proc.returncode, out.decode("utf-8", "replace")


def make_corpus(root: Path) -> dict[str, str | None]:
    """A nested folder of good and bad files; returns {relative path: expected error code or None}."""
    files: dict[str, str | None] = {}

    def put(rel: str, data: bytes, code: str | None) -> None:
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        files[rel] = code

    put("2017/plochingen.txt", (SAMPLES / "plochingen.txt").read_bytes(), None)
    put("2017/word/plochingen.docx", (SAMPLES / "plochingen.docx").read_bytes(), None)
    put("pdf/plochingen.pdf", (SAMPLES / "plochingen.pdf").read_bytes(), None)
    for p in sorted((SAMPLES / "real").glob("*.txt")):
        put(f"real/{p.name}", p.read_bytes(), None)
    put("bad/empty.txt", b"", "empty")
    put("bad/fake.pdf", b"this is a text file wearing a .pdf name\n", "corrupt")
    put("bad/broken.docx", b"PK\x03\x04" + b"\x00garbage" * 50, "corrupt")
    put("bad/blank.pdf", _blank_pdf(), "no_text_layer")
    # not report files: counted as skipped
    (root / "bad" / "notes.xlsx").write_bytes(b"PK\x03\x04 not imported")
    (root / "2017" / "photo.gif").write_bytes(b"GIF89a")
    return files


def _blank_pdf() -> bytes:
    """One empty page: no text layer, and nothing for OCR to read."""
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4, invariant=1)
    c.showPage()
    c.save()
    return out.getvalue()


def engine_for(db: str):
    """A SQLAlchemy engine for the test's database (a SQLite path or a postgresql:// URL)."""
    if "://" in db:
        return create_engine(db.replace("postgresql://", "postgresql+psycopg://", 1))
    return create_engine(f"sqlite:///{db}")


def query(db: str, sql: str, **params) -> list[dict]:
    engine = engine_for(db)
    try:
        with engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def execute(db: str, sql: str, **params) -> None:
    engine = engine_for(db)
    try:
        with engine.begin() as conn:
            conn.execute(text(sql), params)
    finally:
        engine.dispose()


def as_record(value):
    """JSON columns come back as dicts (psycopg, SQLAlchemy JSON) or strings (raw SQLite)."""
    import json
    return json.loads(value) if isinstance(value, str) else value


def excel_csv(text: str) -> list[dict[str, str]]:
    """Rows of a csv written for German Excel (the default): BOM, ';' between fields."""
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


def summary_count(stdout: str, label: str) -> int:
    """A count from the import summary table (the row whose first cell is ``label``)."""
    m = re.search(rf"{re.escape(label)}\s*│\s*(\d+)", stdout)
    assert m, f"no {label!r} row in:\n{stdout}"
    return int(m.group(1))
