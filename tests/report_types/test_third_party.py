"""The report-type boundary holds: a second type, installed the way a third party installs one (a package
with an entry point in its distribution metadata, tests/data/thirdparty/), goes through convert, import,
check, export (plain and redacted) and eval, next to KFD reports in the same database, and nothing in
report-extractor names it."""
from __future__ import annotations

import csv
import io
import json
import os

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.support.bulk import as_record, query, run_cli

THIRD_PARTY = ROOT / "tests" / "data" / "thirdparty"
REPORTS = THIRD_PARTY / "reports"


@pytest.fixture(scope="module")
def env() -> dict:
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(THIRD_PARTY), os.environ.get("PYTHONPATH")]))}


def test_listed_and_kfd_stays_the_default(env):
    r = run_cli("convert", "--help", env=env)
    assert "installed: kfd, minutes" in " ".join(r.stdout.split())
    r = run_cli("convert", SAMPLES / "real" / "lahr.txt", env=env)   # no --type: still KFD
    assert r.returncode == 0 and json.loads(r.stdout)["report_type"] == "kfd"
    r = run_cli("schema", "minutes", env=env)
    schema = json.loads(r.stdout)
    assert schema["title"] == "Protokoll" and {"attendees", "next_meeting", "sections"} <= set(schema["properties"])
    assert set(schema["$defs"]["Sections"]["properties"]) == {"attendance", "decisions", "next"}


def test_convert(env):
    r = run_cli("convert", "--type", "minutes", REPORTS / "lindenweg.txt", env=env)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["report_type"] == "minutes"
    assert rec["attendees"] == ["Helga Brenner", "Tobias Maier", "Dr. Ines Kolb"]
    assert rec["next_meeting"] == "2024-03-14"
    assert rec["sections"]["decisions"]["text"].startswith("Die Spielstraße wird beantragt.")
    assert rec["quality"]["missing_sections"] == [] and rec["quality"]["unanswered_sections"] == []


def test_import_check_export_next_to_kfd(env, tmp_path):
    db = str(tmp_path / "mixed.db")
    assert run_cli("import", REPORTS, "--type", "minutes", "--db", db, env=env).returncode == 0
    assert run_cli("import", SAMPLES / "real" / "lahr.txt", "--db", db, env=env).returncode == 0
    rows = {r["report_type"]: r for r in query(db, "SELECT report_type, headline FROM reports")}
    assert set(rows) == {"minutes", "kfd"}
    heads = [as_record(r["headline"]) for r in query(db, "SELECT headline FROM reports WHERE report_type = 'minutes'")]
    assert sorted(heads, key=lambda h: h["attendee_count"]) == [
        {"next_meeting": None, "attendee_count": 2}, {"next_meeting": "2024-03-14", "attendee_count": 3}]

    r = run_cli("check", db, "--type", "minutes", "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["summary"]["reports"] == 2                         # the KFD report is not mixed in
    assert [s["key"] for s in report["summary"]["sections"]] == ["attendance", "decisions", "next"]
    by_file = {os.path.basename(c["path"]): c for c in report["reports"]}
    assert by_file["lindenweg.txt"]["next_meeting"] == "2024-03-14"  # the type's label column
    assert by_file["am-bach.txt"]["unanswered"] == ["decisions"]
    r = run_cli("check", db, "--format", "json", env=env)            # the default type: KFD only
    assert json.loads(r.stdout)["summary"]["reports"] == 1

    r = run_cli("export", db, "--type", "minutes", "--format", "csv", env=env)
    table = list(csv.DictReader(io.StringIO(r.stdout.removeprefix("\ufeff")), delimiter=";"))
    assert len(table) == 2 and {"next_meeting", "attendees", "attendee_count", "section_next"} <= set(table[0])
    lind = next(t for t in table if t["path"].endswith("lindenweg.txt"))
    assert lind["attendees"] == "Helga Brenner; Tobias Maier; Dr. Ines Kolb" and lind["attendee_count"] == "3"

    out = tmp_path / "shared.jsonl"
    r = run_cli("export", db, "--type", "minutes", "--redact", "-o", out, env=env)
    assert r.returncode == 0, r.stderr
    shared = out.read_text(encoding="utf-8")
    for name in ("Helga", "Brenner", "Tobias", "Maier", "Kolb", "Jonas", "Weber", "Aylin", "Demir"):
        assert name not in shared, name
    assert "Spielstraße" in shared and "2024-03-14" in shared      # what is not personal stays
    records = [json.loads(line) for line in shared.splitlines()]
    assert all(rec["attendees"] == [] for rec in records)


def test_eval(env):
    r = run_cli("eval", REPORTS, "--type", "minutes", "--format", "json", env=env)
    assert r.returncode == 0, r.stderr
    head = json.loads(r.stdout)["headline"]
    assert head["field_f1"] == 1.0 and head["section_detection"] == 1.0 and head["reports_failed"] == 0


def test_a_count_column_must_be_named_as_a_count():
    """"events = 2" reads like a list of events: the contract refuses a count column not named *_count."""
    from dataclasses import replace

    from extractor.core import registry
    from extractor.core.report_type import Column
    kfd = registry.get("kfd")
    with pytest.raises(ValueError, match=r"count columns must be named \*_count: \['events'\]"):
        replace(kfd, columns=(*kfd.columns, Column("events", lambda r: len(r["events"]), "Veranstaltungen", "count")))
    assert all(c.name.endswith("_count") for c in kfd.columns if c.kind == "count")
