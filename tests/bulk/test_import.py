"""``report-extractor import`` as a user runs it: real files, a real subprocess, SQLite and a real
PostgreSQL server; a real SIGKILL mid-batch; a hung file stopped by the time limit."""
from __future__ import annotations

import hashlib
import os
import re
import signal
import time
import uuid
from pathlib import Path


import extractor
from tests.support.bulk import (HOOK_ENV, as_record, execute, make_corpus, popen_cli, query, run_cli,
                                run_on_terminal, summary_count)
from tests.conftest import SAMPLES, SCANNED_PDF


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_import_folder_with_good_and_bad_files_then_reimport_skips(tmp_path, db):
    corpus = tmp_path / "reports"
    expected = make_corpus(corpus)
    r = run_cli("import", corpus, "--db", db, "--workers", "2")
    assert r.returncode == 1, r.stdout + r.stderr          # some files failed
    assert "Traceback" not in r.stderr
    assert summary_count(r.stdout, "report files found") == len(expected)
    assert summary_count(r.stdout, "imported now") == sum(1 for c in expected.values() if c is None)
    assert summary_count(r.stdout, "failed now") == sum(1 for c in expected.values() if c)
    assert summary_count(r.stdout, "other files skipped") == 2

    rows = query(db, "SELECT * FROM reports ORDER BY path")
    by_rel = {Path(row["path"]).relative_to(corpus.resolve()).as_posix(): row for row in rows}
    assert set(by_rel) == set(expected)                       # every report file once, nothing else
    for rel, code in expected.items():
        row = by_rel[rel]
        assert row["extractor_version"] == extractor.__version__
        assert row["report_type"] == "kfd" and row["imported_at"] is not None
        if code:
            assert (row["status"], row["error_code"]) == ("failed", code), rel
            assert row["record"] is None and row["error_message"]
        else:
            record = as_record(row["record"])
            assert row["status"] == "ok" and row["error_code"] is None, rel
            assert row["sha256"] == record["source"]["sha256"] == sha256(corpus / rel)
            assert row["size"] == (corpus / rel).stat().st_size
            assert row["format"] == record["source"]["format"] == Path(rel).suffix.lstrip(".")
            assert row["schema_version"] == record["schema_version"] == "1"
            assert row["missing_count"] == len(record["quality"]["missing_sections"])
            assert row["unanswered_count"] == len(record["quality"]["unanswered_sections"])
    # The headline columns of the sample, as the data contract states them.
    for rel in ("2017/plochingen.txt", "2017/word/plochingen.docx", "pdf/plochingen.pdf"):
        row = by_rel[rel]
        head = as_record(row["headline"])
        assert (head["municipality"], head["district"], head["region"]) == ("Plochingen", "Esslingen", "Stuttgart")
        assert head["population"] == 14000 and head["total_costs"] == 6000
        assert head["participant_total"] == 60                # "gut 40" + 20
        assert head["first_event_date"] == "2017-06-07"
        assert (row["missing_count"], row["unanswered_count"]) == (0, 1)
        assert row["unanswered_sections"] == "recommendations"

    # Again: nothing is extracted or rewritten; the earlier failures are still reported.
    r2 = run_cli("import", corpus, "--db", db, "--workers", "2")
    assert r2.returncode == 1
    assert summary_count(r2.stdout, "imported now") == 0
    assert summary_count(r2.stdout, "unchanged (already imported)") == len(expected)
    assert "earlier run; unchanged" in r2.stdout
    again = query(db, "SELECT id, path, sha256, imported_at FROM reports ORDER BY path")
    assert again == [{k: row[k] for k in ("id", "path", "sha256", "imported_at")} for row in rows]


def test_changed_copied_moved_outdated_and_forced_files(tmp_path, db):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    for name in ("lahr.txt", "march.txt", "hemsbach.txt"):
        (corpus / name).write_bytes((SAMPLES / "real" / name).read_bytes())
    assert run_cli("import", corpus, "--db", db, "--workers", "1").returncode == 0
    first = {Path(r["path"]).name: r for r in query(db, "SELECT path, sha256, imported_at FROM reports")}

    # changed content: the file keeps one row, now with the new content
    (corpus / "lahr.txt").write_bytes((SAMPLES / "real" / "lahr.txt").read_bytes() + b"\nNachtrag: Zweite Fassung.\n")
    # a copy of an imported file under another name: the same content is not imported twice
    (corpus / "copy-of-march.txt").write_bytes((corpus / "march.txt").read_bytes())
    # moved: the old path is gone, the content turns up elsewhere
    (corpus / "archive").mkdir()
    (corpus / "hemsbach.txt").rename(corpus / "archive" / "hemsbach.txt")
    r = run_cli("import", corpus, "--db", db, "--workers", "1", env={"COLUMNS": "250"})
    assert r.returncode == 0, r.stdout + r.stderr
    assert summary_count(r.stdout, "imported now") == 1
    assert summary_count(r.stdout, "duplicates (same content)") == 1
    assert summary_count(r.stdout, "moved (path updated)") == 1
    # the parts add up to the files found, and the progress counter (files to extract) is explained
    parts = ("imported now", "failed now", "unchanged (already imported)", "moved (path updated)",
             "duplicates (same content)")
    assert sum(summary_count(r.stdout, p) for p in parts) == summary_count(r.stdout, "report files found") == 4
    assert r.stderr.splitlines()[0] == ("4 report files found: 1 to extract, 1 unchanged, 1 moved, 1 duplicate "
                                        "(same content as another file)")
    assert re.search(r"^\[1/1\] ok ", r.stderr, re.M)
    # which file duplicates which: the copy is in neither check nor export, and this says why
    dup = r.stdout[r.stdout.index("Duplicates (not imported: the same content as another file)"):]
    assert re.search(rf"│ {re.escape(str(corpus / 'copy-of-march.txt'))}\s+│ {re.escape(str((corpus / 'march.txt').resolve()))}\s+│",
                     dup), dup
    rows = {Path(r["path"]).relative_to(corpus.resolve()).as_posix(): r
            for r in query(db, "SELECT path, sha256, imported_at, record FROM reports")}
    assert set(rows) == {"lahr.txt", "march.txt", "archive/hemsbach.txt"}
    assert rows["lahr.txt"]["sha256"] == sha256(corpus / "lahr.txt") != first["lahr.txt"]["sha256"]
    assert "Zweite Fassung" in as_record(rows["lahr.txt"]["record"])["text"]
    assert rows["archive/hemsbach.txt"]["sha256"] == first["hemsbach.txt"]["sha256"]
    assert rows["march.txt"]["imported_at"] == first["march.txt"]["imported_at"]

    # a row written by an older extractor is extracted again
    execute(db, "UPDATE reports SET extractor_version = '0.0.0.dev0' WHERE path LIKE :p", p="%march.txt")
    r = run_cli("import", corpus, "--db", db, "--workers", "1")
    assert summary_count(r.stdout, "imported now") == 1
    assert query(db, "SELECT extractor_version FROM reports WHERE path LIKE :p",
                 p="%march.txt")[0]["extractor_version"] == extractor.__version__

    # --force extracts everything again (copies are still copies)
    r = run_cli("import", corpus, "--db", db, "--workers", "2", "--force")
    assert r.returncode == 0
    assert summary_count(r.stdout, "imported now") == 3
    assert summary_count(r.stdout, "duplicates (same content)") == 1
    assert query(db, "SELECT COUNT(*) AS n FROM reports")[0]["n"] == 3


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")  # a zombie has finished; only its exit status is left


def test_sigkill_mid_import_then_rerun_completes_without_duplicates(tmp_path, db):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    base = (SAMPLES / "plochingen.txt").read_bytes()
    for i in range(40):  # distinct content (trailing blank lines), the same report after normalisation
        (corpus / f"slow_{i:02d}.txt").write_bytes(base + b"\n" * (i + 1))
    proc = popen_cli("import", corpus, "--db", db, "--workers", "2", env={HOOK_ENV: "0.4:slow_"},
                     stdout=open(tmp_path / "out.txt", "w"), stderr=open(tmp_path / "err.txt", "w"))
    deadline = time.monotonic() + 180
    done = 0
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            done = query(db, "SELECT COUNT(*) AS n FROM reports")[0]["n"]
        except Exception:  # the table does not exist yet
            done = 0
        if done >= 6:
            break
        time.sleep(0.1)
    assert proc.poll() is None, "the import finished before it could be killed"
    workers = _children(proc.pid)
    assert workers, "no worker processes found"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    # Workers die with their parent (no orphan keeps extracting).
    end = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < end:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers)

    rows = query(db, "SELECT path, sha256, status, record, headline FROM reports")
    killed_at = len(rows)
    assert 6 <= killed_at < 40, killed_at                   # the kill landed mid-batch
    if "://" not in db:
        assert query(db, "PRAGMA integrity_check")[0]["integrity_check"] == "ok"
    for row in rows:  # every committed row is whole
        record = as_record(row["record"])
        assert row["status"] == "ok" and as_record(row["headline"])["municipality"] == "Plochingen"
        assert record["source"]["sha256"] == row["sha256"] == sha256(Path(row["path"]))

    r = run_cli("import", corpus, "--db", db, "--workers", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    assert summary_count(r.stdout, "unchanged (already imported)") == killed_at
    assert summary_count(r.stdout, "imported now") == 40 - killed_at
    rows = query(db, "SELECT path, sha256, status FROM reports")
    assert len(rows) == 40
    assert len({r["path"] for r in rows}) == 40 and len({r["sha256"] for r in rows}) == 40
    assert {Path(r["path"]).name for r in rows} == {p.name for p in corpus.iterdir()}
    assert all(r["status"] == "ok" for r in rows)


def _processes_with_env(marker: str) -> list[int]:
    found = []
    for env in Path("/proc").glob("[0-9]*/environ"):
        try:
            if marker.encode() in env.read_bytes() and _alive(int(env.parent.name)):
                found.append(int(env.parent.name))
        except OSError:
            continue
    return found


def test_hung_file_is_killed_at_the_time_limit_and_the_batch_goes_on(tmp_path):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "a_lahr.txt").write_bytes((SAMPLES / "real" / "lahr.txt").read_bytes())
    (corpus / "b_hang_me.txt").write_bytes((SAMPLES / "plochingen.txt").read_bytes())
    (corpus / "c_march.txt").write_bytes((SAMPLES / "real" / "march.txt").read_bytes())
    db = tmp_path / "reports.db"
    marker = f"hang_me#{uuid.uuid4().hex}"  # unique, so this test's processes can be found afterwards
    # "hang": the worker blocks SIGTERM/SIGINT and sleeps an hour, like a stuck C extension.
    hook = {HOOK_ENV: "hang:hang_me", "RX_TEST_MARKER": marker}
    started = time.monotonic()
    r = run_cli("import", corpus, "--db", db, "--workers", "1", "--timeout", "3", env=hook, timeout=300)
    elapsed = time.monotonic() - started
    assert r.returncode == 1, r.stdout + r.stderr
    assert elapsed < 120
    rows = {Path(r["path"]).name: r for r in query(str(db), "SELECT path, status, error_code, error_message "
                                                               "FROM reports")}
    assert rows["b_hang_me.txt"]["status"] == "failed"
    assert rows["b_hang_me.txt"]["error_code"] == "timeout"
    assert "3 s" in rows["b_hang_me.txt"]["error_message"]
    # one worker: the files after the hung one only ran because the worker was replaced
    assert rows["a_lahr.txt"]["status"] == rows["c_march.txt"]["status"] == "ok"
    assert not _processes_with_env(marker), "the hung worker is still running"
    # a timeout may be load-related: the next run tries that file again
    r2 = run_cli("import", corpus, "--db", db, "--workers", "1")
    assert r2.returncode == 0
    assert summary_count(r2.stdout, "imported now") == 1
    assert query(str(db), "SELECT status FROM reports WHERE path LIKE '%hang_me%'")[0]["status"] == "ok"


def test_a_crashing_worker_costs_only_its_file(tmp_path):
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "a_crash_me.txt").write_bytes((SAMPLES / "real" / "lahr.txt").read_bytes())
    (corpus / "b_march.txt").write_bytes((SAMPLES / "real" / "march.txt").read_bytes())
    db = str(tmp_path / "reports.db")
    r = run_cli("import", corpus, "--db", db, "--workers", "1", env={HOOK_ENV: "crash:crash_me"})
    assert r.returncode == 1 and "Traceback" not in r.stdout
    rows = {Path(r["path"]).name: r for r in query(db, "SELECT path, status, error_code, error_message FROM reports")}
    assert rows["a_crash_me.txt"]["error_code"] == "internal"
    assert "SIGSEGV" in rows["a_crash_me.txt"]["error_message"]
    assert rows["b_march.txt"]["status"] == "ok"


def test_plain_progress_lines_when_not_a_terminal(tmp_path):
    db = tmp_path / "r.db"
    r = run_cli("import", SAMPLES / "real" / "lahr.txt", SAMPLES / "real" / "march.txt", "--db", db, "--workers", "1")
    assert r.returncode == 0
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert len(lines) == 2 and all(re.match(r"^\[[12]/2\] ok\s+\d+\.\d\ds\s+\S+\.txt$", l) for l in lines), lines
    assert "━" not in r.stderr


def test_rich_progress_bar_on_a_terminal(tmp_path):
    code, text = run_on_terminal("import", SAMPLES / "real" / "lahr.txt", SAMPLES / "real" / "march.txt",
                                 "--db", tmp_path / "r.db", "--workers", "1")
    assert code == 0, text
    assert "importing" in text and "ETA" in text and "2/2" in text and "━" in text
    assert not re.search(r"^\[1/2\] ok", text, re.M)          # no plain lines on a terminal
    assert "Import summary" in text


def test_usage_errors_exit_2(tmp_path):
    assert run_cli("import").returncode == 2
    assert run_cli("import", tmp_path / "no-such-folder").returncode == 2
    r = run_cli("import", SAMPLES / "real" / "lahr.txt", "--db", "nosuchdialect://x/y")
    assert r.returncode == 2 and r.stderr.startswith("error: ") and "Traceback" not in r.stderr
    assert run_cli("import", SAMPLES, "--workers", "0").returncode == 2


def test_postgres_scheme_maps_to_psycopg3_and_sqlite_paths_are_files():
    from extractor.bulk.store import database_url
    assert database_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert database_url("postgres://u@h:5433/db").render_as_string() == "postgresql+psycopg://u@h:5433/db"
    assert database_url("postgresql+psycopg2://u@h/db").drivername == "postgresql+psycopg2"  # explicit stays
    url = database_url("some/dir/reports.db")
    assert url.drivername == "sqlite" and Path(url.database).is_absolute()
    assert url.database.endswith("some/dir/reports.db")
    assert database_url(None).database == str(Path("reports.db").absolute())


def test_sqlite_database_uses_wal_and_busy_timeout(tmp_path):
    from extractor.bulk.store import open_store
    db = tmp_path / "w.db"
    with open_store(str(db)) as store:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    assert query(str(db), "PRAGMA journal_mode")[0]["journal_mode"] == "wal"   # persisted in the file


def test_a_scan_is_read_by_ocr_in_the_worker_within_the_time_limit(tmp_path):
    """OCR runs in the import's worker: its time counts against --timeout, and the record stored says
    which pages OCR read."""
    corpus = tmp_path / "reports"
    corpus.mkdir()
    (corpus / "letter.pdf").write_bytes(SCANNED_PDF.read_bytes())
    db = tmp_path / "reports.db"
    # Rendering, straightening and recognising a 300 dpi page takes seconds, far over half a second.
    r = run_cli("import", corpus, "--db", db, "--workers", "1", "--timeout", "0.5", timeout=300)
    assert r.returncode == 1, r.stdout + r.stderr
    row = query(str(db), "SELECT status, error_code FROM reports")[0]
    assert (row["status"], row["error_code"]) == ("failed", "timeout")
    r = run_cli("import", corpus, "--db", db, "--workers", "1", "--timeout", "300", timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    row = query(str(db), "SELECT status, record FROM reports")[0]
    record = as_record(row["record"])
    assert row["status"] == "ok" and record["source"]["ocr"]["pages"] == [1]
    assert "Haushaltsberatungen" in record["text"]
