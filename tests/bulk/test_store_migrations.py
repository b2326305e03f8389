"""Schema migrations: a database written by schema v1 is opened by this release and upgraded in place,
with its rows kept and the new columns filled from the stored records; a newer schema is refused."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from extractor.pipeline.engine import extract
from extractor.bulk.db import StoreError, database_url, make_engine
from extractor.bulk.migrations import LATEST, MIGRATIONS, migrate
from extractor.bulk.store import open_store
from tests.support.bulk import as_record, execute, query, run_cli
from tests.conftest import SAMPLES
from tests.support.pgcluster import fresh_database


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "old.db")
    return fresh_database()


def make_v1_database(db: str) -> list[dict]:
    """A database exactly as release schema v1 left it, with two rows written in v1's shape."""
    engine = make_engine(database_url(db))
    try:
        assert migrate(engine, target=1, extractor_version="0.1.0") == 1
    finally:
        engine.dispose()
    records = [extract(SAMPLES / "plochingen.txt"), extract(SAMPLES / "real" / "march.txt")]
    for rec in records:
        execute(db, "INSERT INTO reports (path, sha256, size, format, status, extractor_version, report_type, "
                    "schema_version, imported_at, record, municipality_name, missing_count, unanswered_count) "
                    "VALUES (:path, :sha, 1, :fmt, 'ok', '0.1.0', 'kfd', '1', :at, :record, :name, :m, :u)",
                path=f"/old/{Path(rec['source']['file']).name}", sha=rec["source"]["sha256"], fmt=rec["source"]["format"],
                at=dt.datetime(2024, 1, 2, 3, 4, 5), record=json.dumps(rec), name=rec["municipality"]["name"],
                m=len(rec["quality"]["missing_sections"]), u=len(rec["quality"]["unanswered_sections"]))
    execute(db, "INSERT INTO reports (path, status, error_code, error_message, extractor_version, report_type, "
                "imported_at) VALUES ('/old/empty.txt', 'failed', 'empty', 'the file is empty', '0.1.0', 'kfd', :at)",
            at=dt.datetime(2024, 1, 2, 3, 4, 5))
    return records


def test_v1_database_is_upgraded_and_keeps_its_rows(db):
    records = make_v1_database(db)
    engine = make_engine(database_url(db))
    try:
        cols = {c["name"] for c in inspect(engine).get_columns("reports")}
    finally:
        engine.dispose()
    assert "missing_sections" not in cols and "warning_count" not in cols      # really the old layout

    with open_store(db) as store:
        assert store.version() == LATEST == 4
        assert store.count() == 3
    versions = [r["version"] for r in query(db, "SELECT version FROM schema_migrations ORDER BY version")]
    assert versions == [1, 2, 3, 4]
    rows = {r["path"]: r for r in query(db, "SELECT * FROM reports")}
    for rec in records:
        row = rows[f"/old/{Path(rec['source']['file']).name}"]
        assert as_record(row["record"]) == rec
        assert row["missing_sections"] == ",".join(rec["quality"]["missing_sections"])
        assert row["unanswered_sections"] == ",".join(rec["quality"]["unanswered_sections"])
        assert row["warning_count"] == len(rec["quality"]["warnings"])
    assert rows["/old/plochingen.txt"]["unanswered_sections"] == "recommendations"
    assert rows["/old/empty.txt"]["missing_sections"] is None
    # v3: the KFD columns became the report type's headline, filled from each record
    assert as_record(rows["/old/plochingen.txt"]["headline"]) == {
        "municipality": "Plochingen", "district": "Esslingen", "region": "Stuttgart", "population": 14000,
        "first_event_date": "2017-06-07", "participant_total": 60, "total_costs": 6000}
    assert as_record(rows["/old/march.txt"]["headline"])["municipality"] == "March"
    assert rows["/old/empty.txt"]["headline"] is None
    assert "municipality_name" not in rows["/old/empty.txt"]
    # v4: the import folder and the raw name, unknown for old rows
    assert all(row["root"] is None and row["raw_path"] is None for row in rows.values())

    # Opening again changes nothing; the commands work on the upgraded database.
    with open_store(db) as store:
        assert store.version() == 4
    r = run_cli("check", "--db", db, "--format", "json")
    assert r.returncode == 1                                  # the failed row
    report = json.loads(r.stdout)
    assert report["summary"]["reports"] == 3 and report["summary"]["failed"] == 1
    # a redacted export of an old row, whose import folder is not known, gives the file name alone
    r = run_cli("export", "--db", db, "--format", "csv", "--redact")
    assert r.returncode == 1, r.stderr                        # the failed row is not exported
    assert sorted(line.split(";")[0] for line in r.stdout.splitlines()[1:]) == ["march.txt", "plochingen.txt"]


def test_a_newer_schema_is_refused(tmp_path):
    db = str(tmp_path / "new.db")
    open_store(db).close()
    execute(db, "INSERT INTO schema_migrations (version, applied_at) VALUES (99, :at)", at=dt.datetime(2030, 1, 1))
    with pytest.raises(StoreError, match="schema version 99, newer"):
        open_store(db)
    r = run_cli("import", SAMPLES / "real" / "lahr.txt", "--db", db)
    assert r.returncode == 2 and "newer than this extractor" in r.stderr


def test_check_and_export_do_not_create_a_missing_database(tmp_path):
    missing = tmp_path / "nope.db"
    r = run_cli("export", missing, "-o", tmp_path / "x.csv")
    assert r.returncode == 2 and "no such database" in r.stderr
    r = run_cli("check", "--db", missing)
    assert r.returncode == 2
    assert not missing.exists()


def test_migration_steps_are_transactional_on_sqlite(tmp_path):
    """A step that fails half-way leaves the database at the previous version, not half-upgraded."""
    db = str(tmp_path / "t.db")
    engine = make_engine(database_url(db))
    migrate(engine, target=1)

    def broken_step(conn):
        conn.execute(text("ALTER TABLE reports ADD COLUMN warning_count INTEGER"))
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        migrate(engine, steps={**MIGRATIONS, 2: broken_step})
    assert "warning_count" not in {c["name"] for c in inspect(engine).get_columns("reports")}
    assert migrate(engine) == LATEST
    engine.dispose()
