"""The second form end to end, as a clerk does it: `type init` on the blank Word form, the documented
edits (samples/sachbericht/edits.patch, listed in the README), `type check`, then `eval` on the twelve
filled reports against their hand-made gold; and the type next to KFD in one database."""
from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import SAMPLES
from tests.support.bulk import as_record, excel_csv, query, run_cli

FORM = SAMPLES / "sachbericht"
TYPE_FILE = FORM / "sachbericht.toml"


def test_init_plus_the_documented_edits_gives_the_shipped_type(tmp_path):
    out = tmp_path / "sachbericht.toml"
    r = run_cli("type", "init", FORM / "blank-form.docx", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "8 sections, 8 prompts, 12 labelled fields, 6 answer fields" in r.stderr
    started = out.read_text(encoding="utf-8")
    # what init read off the form: headings without their numbers, questions, labels with guessed kinds
    assert 'heading = "Angaben zum Projektträger"' in started and 'key = "ausblick_und_nachhaltigkeit"' in started
    assert '"(Der zahlenmäßige Nachweis ist beizufügen.)"' in started
    for label, kind in (("Ansprechperson", "person"), ("Anschrift", "address"), ("Telefon", "phone"),
                        ("E-Mail", "email"), ("Bewilligungszeitraum", "period"),
                        ("Bewilligte Fördersumme", "money"), ("Ort, Datum", "date"), ("Förderkennzeichen", "text")):
        assert f'kind = "{kind}"' in started.split(f'label = ["{label}"]')[0].rsplit("[[field]]", 1)[1], label
    assert run_cli("type", "check", out).returncode == 0                # the starting file is already usable
    applied = subprocess.run(["git", "apply", "-p1", str(FORM / "edits.patch")], cwd=tmp_path,
                             capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert out.read_text(encoding="utf-8") == TYPE_FILE.read_text(encoding="utf-8")


def test_eval_meets_the_thresholds():
    r = run_cli("eval", FORM, "--type", TYPE_FILE, "--format", "json")
    assert r.returncode == 0, r.stdout + r.stderr
    out = json.loads(r.stdout)
    head = out["headline"]
    assert out["reports"] == 12 and head["reports_failed"] == 0
    assert head["section_detection"] == 1.0 and head["field_f1"] >= 0.95
    assert head["entity_f1"] is None                                  # the gold labels fields, not entities
    assert out["thresholds"] == {"file": str(FORM / "thresholds.json"), "below": []}
    assert out["fields"]["applicant.period"]["f1"] == 1.0 and out["fields"]["results"]["f1"] == 1.0


def test_convert_one_report():
    r = run_cli("convert", "--type", TYPE_FILE, FORM / "buergerverein-altstadt.docx")
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert rec["report_type"] == "sachbericht" and rec["schema_version"] == "1"
    app = rec["applicant"]
    assert app["grant_id"] == "GiQ-2023-0345"                        # the pattern, out of "Az. ... (bitte ...)"
    assert app["address"] == {"street": "Hafenmarkt 9", "postal_code": "73728", "city": "Esslingen am Neckar"}
    assert app["period"] == {"start": "2023-05-01", "end": "2024-04-30"} and app["grant"]["value"] == 7300
    assert rec["activity_dates"] == ["2023-06-03", "2023-07", "2023-10-14", "2024-04-20"]
    assert [(m["label"], m["value"]) for m in rec["finances"]["amounts"]][-1] == ("Gesamtausgaben", 7300)
    assert rec["finances"]["total"]["value"] == 7300
    assert rec["sections"]["implementation"]["heading"] == "Sachstand / Durchführung der Maßnahmen"


def test_schema():
    r = run_cli("schema", "--type", TYPE_FILE)
    schema = json.loads(r.stdout)
    assert schema["title"] == "Sachbericht zum Verwendungsnachweis"
    props = schema["properties"]
    assert list(props)[:3] == ["report_type", "schema_version", "source"] and list(props)[-4:] == [
        "sections", "entities", "quality", "text"]
    assert {"applicant", "goals", "activity_dates", "results", "finances", "signed_on"} <= set(props)
    assert props["goals"]["title"] == "Ziele und Zielgruppen"
    applicant = schema["$defs"][props["applicant"]["$ref"].rsplit("/", 1)[1]]
    assert applicant["properties"]["phone"]["title"] == "Telefon"
    assert set(schema["$defs"]["Sections"]["properties"]) == {
        "applicant", "goals", "implementation", "results", "deviations", "finances", "outlook", "confirmation"}


def test_types_lists_the_installed_ones():
    r = run_cli("types")
    assert r.returncode == 0
    line = next(ln for ln in r.stdout.splitlines() if ln.startswith("kfd"))
    assert "(default)" in line and "Kommunaler Flüchtlingsdialog" in line
    assert "extractor.report_types.kfd:REPORT_TYPE" in " ".join(r.stdout.split())


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory) -> str:
    """Sachbericht reports imported with two workers (each reads the type file itself) next to KFD reports."""
    db = str(tmp_path_factory.mktemp("mixed") / "reports.db")
    reports = [p for p in sorted(FORM.iterdir()) if p.suffix in (".txt", ".docx", ".pdf") and p.stem != "blank-form"]
    assert len(reports) == 12
    r = run_cli("import", *reports, "--type", TYPE_FILE, "--db", db, "--workers", "2")
    assert r.returncode == 0, r.stdout + r.stderr
    r = run_cli("import", SAMPLES / "real" / "lahr.txt", SAMPLES / "real" / "march.txt", "--db", db)
    assert r.returncode == 0, r.stdout + r.stderr
    return db


def test_one_database_two_types(mixed_db):
    counts = {r["report_type"]: r["n"] for r in query(mixed_db, "SELECT report_type, COUNT(*) AS n FROM reports "
                                                                "WHERE status = 'ok' GROUP BY report_type")}
    assert counts == {"sachbericht": 12, "kfd": 2}
    heads = {r["path"].rsplit("/", 1)[1]: as_record(r["headline"])
             for r in query(mixed_db, "SELECT path, headline FROM reports WHERE report_type = 'sachbericht'")}
    assert heads["kulturhaus-mosaik.pdf"]["applicant_grant_id"] == "GiQ-2023-0720"
    assert heads["kulturhaus-mosaik.pdf"]["finances"] == 5000 and heads["kulturhaus-mosaik.pdf"]["signed_on"] is None


def test_check_per_type(mixed_db):
    r = run_cli("check", mixed_db, "--type", TYPE_FILE, "--format", "json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["summary"]["reports"] == 12
    by_file = {c["path"].rsplit("/", 1)[1]: c for c in report["reports"]}
    repair = by_file["repair-cafe-ostend.docx"]
    assert repair["applicant_organisation"].startswith("Repair Café Ostend")
    assert repair["missing"] == ["outlook", "confirmation"] and repair["unanswered"] == ["results", "deviations"]
    r = run_cli("check", mixed_db, "--format", "json")                  # the default type sees only KFD
    assert json.loads(r.stdout)["summary"]["reports"] == 2


def test_export_per_type_and_redacted(mixed_db, tmp_path):
    r = run_cli("export", mixed_db, "--type", TYPE_FILE, "--format", "csv")
    rows = {row["path"].rsplit("/", 1)[1]: row for row in excel_csv(r.stdout)}
    assert len(rows) == 12
    row = rows["stadtteilgarten-nord.pdf"]
    assert row["applicant_period"] == "2023-03-01 – 2023-10-31" and row["applicant_grant"] == "8250"
    assert row["section_outlook"] == "unanswered" and row["signed_on"] == "2023-12-20"
    out = tmp_path / "shared.jsonl"
    r = run_cli("export", mixed_db, "--type", TYPE_FILE, "--format", "jsonl", "--redact", "-o", out)
    assert r.returncode == 0, r.stderr
    shared = out.read_text(encoding="utf-8")
    for personal in ("Anna Berg", "Selin Aydın", "Jonas Reuter", "47 11 80-3", "a.berg@nachbarschaftswerk-sued.de"):
        assert personal not in shared, personal
    assert "Nachbarschaftswerk Süd e.V." in shared and "GiQ-2023-0417" in shared   # not personal: kept
    records = [json.loads(line) for line in shared.splitlines()]
    assert all(rec["applicant"]["contact"] is None and rec["signed_by"] is None for rec in records)
