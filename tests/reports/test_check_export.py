"""``check`` and ``export`` on a real imported corpus: table/JSON/CSV, the HTML page in a real headless
Chromium (chart drawn, table sorted by a click), CSV/XLSX/JSONL exports, and redaction that leaves
no personal string anywhere."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import html as lxml_html

from extractor.core import registry
from tests.support.browser import run_chromium
from tests.support.bulk import as_record, excel_csv, make_corpus, query, run_cli
from tests.conftest import SAMPLES, SECTION_KEYS



@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, str, dict]:
    """A nested folder of good and bad files, imported once into SQLite."""
    root = tmp_path_factory.mktemp("corpus")
    expected = make_corpus(root / "reports")
    db = str(root / "reports.db")
    r = run_cli("import", root / "reports", "--db", db, "--workers", "2")
    assert r.returncode == 1, r.stdout + r.stderr
    return root / "reports", db, expected


def stored_records(db: str) -> dict[str, dict]:
    return {Path(r["path"]).name + ":" + Path(r["path"]).parent.name: as_record(r["record"])
            for r in query(db, "SELECT path, record FROM reports WHERE status = 'ok'")}


def section_state(record: dict, key: str) -> str:
    q = record["quality"]
    return "missing" if key in q["missing_sections"] else "unanswered" if key in q["unanswered_sections"] else "answered"


# ------------------------------------------------------------------------------------------------ check

def test_check_database_json_summarises_the_corpus(corpus):
    _, db, expected = corpus
    r = run_cli("check", db, "--format", "json")
    assert r.returncode == 1                                   # the corpus holds unreadable files
    out = json.loads(r.stdout)
    records = list(stored_records(db).values())
    s = out["summary"]
    assert (s["reports"], s["ok"], s["failed"]) == (len(expected), len(records), sum(1 for c in expected.values() if c))
    assert s["errors"] == {"corrupt": 2, "empty": 1, "no_text_layer": 1}
    for sec in s["sections"]:                                  # counted independently from the stored records
        for state in ("answered", "unanswered", "missing"):
            assert sec[state] == sum(1 for rec in records if section_state(rec, sec["key"]) == state)
    assert [sec["key"] for sec in s["sections"]] == SECTION_KEYS
    gaps = [g["reports"] for g in s["gaps"]]
    assert gaps == sorted(gaps, reverse=True) and s["gaps"][0]["key"] == "recommendations"
    by_name = {Path(rep["path"]).name: rep for rep in out["reports"]}
    assert by_name["plochingen.txt"]["missing"] == [] and by_name["plochingen.txt"]["unanswered"] == ["recommendations"]
    assert by_name["empty.txt"]["status"] == "failed" and by_name["empty.txt"]["error_code"] == "empty"


def test_check_files_without_a_database(tmp_path):
    fake = tmp_path / "fake.pdf"
    fake.write_text("not a pdf")
    r = run_cli("check", SAMPLES / "plochingen.docx", SAMPLES / "real" / "march.txt", fake, "--format", "csv",
                "--workers", "2")
    assert r.returncode == 1, r.stderr
    rows = excel_csv(r.stdout)
    assert [Path(row["path"]).name for row in rows] == ["plochingen.docx", "march.txt", "fake.pdf"]  # input order
    docx, march, bad = rows
    assert docx["status"] == "ok" and docx["municipality"] == "Plochingen"
    assert docx["section_recommendations"] == "unanswered" and docx["unanswered_sections"] == "recommendations"
    assert all(docx[f"section_{k}"] == "answered" for k in SECTION_KEYS if k != "recommendations")
    # the hand-labelled gold of samples/real/march.txt: the last four sections are not in the report
    gold = json.loads((SAMPLES / "real" / "march.gold.json").read_text(encoding="utf-8"))["sections"]
    absent = [k for k in SECTION_KEYS if not gold[k]["present"]]
    assert absent == ["assessment", "results", "costs", "recommendations"]
    assert march["municipality"] == "March" and march["missing_count"] == "4"
    assert march["missing_sections"] == "; ".join(absent) and march["unanswered_count"] == "0"
    assert march["warning_codes"] == "year_inferred" and march["form"] == "1"
    assert bad["status"] == "failed" and bad["error_code"] == "corrupt" and bad["municipality"] == ""
    assert not list(tmp_path.glob("*.db"))                     # no database involved


def test_check_table_output(corpus):
    _, db, expected = corpus
    n = sum(code is None for code in expected.values())
    r = run_cli("check", db)
    assert r.returncode == 1
    assert f"Sections across {n} reports" in r.stdout and "Most common gaps: recommendations" in r.stdout
    line = next(l for l in r.stdout.splitlines() if "2017/plochingen.txt" in l)
    assert "+++++++++?" in line                                # nine answered, recommendations unanswered
    # a section is named by its key and its German heading
    assert re.search(rf"│\s+1 │ municipality\s+│ Angaben zur Kommune\s+│\s+{n} │", r.stdout)


def test_check_table_in_a_narrow_terminal_shortens_paths_in_the_middle(corpus):
    _, db, expected = corpus
    r = run_cli("check", db, env={"COLUMNS": "64"})
    lines = r.stdout.splitlines()
    table = lines[lines.index(next(l for l in lines if l.startswith("┡"))) + 1:]
    rows = [l for l in table[:table.index(next(l for l in table if l.startswith("└")))]]
    assert max(len(row) for row in rows) <= 64
    assert len(rows) == len(expected)                          # one line per file: nothing wrapped
    names = [row.split("│")[1].strip() for row in rows]
    assert any("…" in n for n in names)                        # too long for the column: shortened ...
    for name in names:                                         # ... in the middle: start and end are the path's
        head, _, tail = name.partition("…")
        assert any(rel.startswith(head) and rel.endswith(tail) for rel in expected), name
    assert re.search(r"^\S*empty\.txt: error \[empty\]: the file is empty", r.stdout, re.M)


def test_check_usage_errors(tmp_path):
    from extractor.bulk.store import open_store
    assert run_cli("check").returncode == 2
    db = tmp_path / "x.db"
    open_store(str(db)).close()                                 # an empty, valid database
    r = run_cli("check", "--db", db, SAMPLES / "plochingen.txt")
    assert r.returncode == 2 and "not both" in r.stderr


# ------------------------------------------------------------------------------------------- HTML page

# Runs in the page after its own script: two clicks on "Fehlend" (ascending, then descending), a filter,
# then the outcome is written into attributes of <body> that --dump-dom returns.
PROBE = """<script>
(function () {
  var ths = document.querySelectorAll('#reports thead th');
  ths[2].click(); ths[2].click();
  var rows = document.querySelectorAll('#reports tbody tr');
  document.body.setAttribute('data-order', JSON.stringify(Array.prototype.map.call(rows, function (r) {
    return [r.cells[0].textContent.trim(), Number(r.cells[2].getAttribute('data-value'))]; })));
  var chart = document.getElementById('coverage-chart').getBoundingClientRect();
  var bars = Array.prototype.map.call(document.querySelectorAll('#coverage-chart g.bar'), function (g) {
    var a = g.querySelector('rect.answered');
    return [g.getAttribute('data-section'), a ? a.getBBox().width : 0]; });
  document.body.setAttribute('data-chart', JSON.stringify({w: chart.width, h: chart.height, bars: bars}));
  var f = document.getElementById('filter');
  f.value = 'Plochingen'; f.dispatchEvent(new Event('input'));
  document.body.setAttribute('data-visible', String(Array.prototype.filter.call(rows, function (r) {
    return !r.hidden; }).length));
})();
</script>
</body>"""


def test_html_report_in_headless_chromium(corpus, tmp_path):
    _, db, expected = corpus
    page = tmp_path / "report.html"
    r = run_cli("check", db, "--html", page)
    assert r.returncode == 1 and page.exists()
    source = page.read_text(encoding="utf-8")
    # self-contained: nothing is fetched from anywhere
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", source)
    assert "<link" not in source and "@import" not in source
    probe = tmp_path / "probe.html"
    probe.write_text(source.replace("</body>", PROBE, 1), encoding="utf-8")

    dom = lxml_html.fromstring(run_chromium(probe, tmp_path / "chromium-profile", "--dump-dom").stdout)
    body = dom.find("body")
    assert body.get("data-order"), "the page's script did not run"

    # the table: every file once, sorted by "Fehlend", descending, after two clicks
    order = json.loads(body.get("data-order"))
    assert len(order) == len(expected)
    missing = [m for _, m in order]
    records = list(stored_records(db).values())
    assert missing == sorted(missing, reverse=True)
    assert missing[0] == max(len(rec["quality"]["missing_sections"]) for rec in records)
    assert missing[-1] == -1                                   # unreadable files sort last (no count)
    assert dom.xpath("//table[@id='reports']//th")[2].get("aria-sort") == "descending"
    assert body.get("data-visible") == "3"                     # the filter: the three Plochingen files

    # the chart: laid out by the browser, one bar per section, widths in proportion to the answers
    chart = json.loads(body.get("data-chart"))
    assert chart["w"] > 300 and chart["h"] > 100
    bars = dict(chart["bars"])
    assert list(bars) == SECTION_KEYS
    full = max(bars.values())
    most = max(sum(section_state(rec, k) == "answered" for rec in records) for k in SECTION_KEYS)
    for key, width in bars.items():
        answered = sum(section_state(rec, key) == "answered" for rec in records)
        assert width == pytest.approx(full * answered / most, abs=0.5), key


# ------------------------------------------------------------------------------------------- exports

def test_export_csv_headline_fields_and_section_completeness(corpus, tmp_path):
    _, db, expected = corpus
    out = tmp_path / "reports.csv"
    r = run_cli("export", db, "-o", out)
    assert r.returncode == 1, r.stderr                         # the database holds files that could not be read
    n_ok = sum(1 for c in expected.values() if c is None)
    n_failed = len(expected) - n_ok
    assert r.stderr == f"exported {n_ok} reports to {out} (csv); {n_failed} files could not be read and are not exported\n"
    rows = excel_csv(out.read_bytes().decode("utf-8"))
    assert len(rows) == n_ok
    ploch = next(row for row in rows if row["path"].endswith("2017/plochingen.txt"))
    assert (ploch["municipality"], ploch["district"], ploch["region"]) == ("Plochingen", "Esslingen", "Stuttgart")
    # "ca. 14.000", "ca. 6.000,- €", "gut 40" + 20: the number, and whether and how it is approximate
    assert (ploch["population"], ploch["population_approximate"], ploch["population_qualifier"]) == ("14000", "1", "ca.")
    assert (ploch["total_costs"], ploch["total_costs_approximate"], ploch["total_costs_qualifier"]) == ("6000", "1", "ca.")
    assert (ploch["participant_total"], ploch["participant_total_approximate"]) == ("60", "1")
    march = next(row for row in rows if row["path"].endswith("real/march.txt"))
    assert (march["population"], march["population_approximate"], march["population_qualifier"]) == ("9007", "0", "")
    assert march["warning_codes"] == "year_inferred" and march["warning_count"] == "1"
    assert march["missing_sections"] == "assessment; results; costs; recommendations"   # one list separator
    assert (ploch["first_event_date"], ploch["last_event_date"]) == ("2017-06-07", "2017-06-22")
    assert (ploch["event_count"], ploch["result_count"]) == ("2", "4")
    assert ploch["topics"].split("; ")[:2] == ["Wohnen", "Arbeit"]
    assert ploch["contact_name"] == "Felix Unseld" and ploch["contact_email"] == "unseld@plochingen.de"
    assert ploch["answered_count"] == "9" and ploch["section_recommendations"] == "unanswered"
    assert all(ploch[f"section_{k}"] == "answered" for k in SECTION_KEYS[:-1])
    # stdout when no file is named
    r = run_cli("export", "--db", db, "--format", "csv")
    assert r.stdout.splitlines()[0].startswith("\ufeffpath;format;municipality")
    assert len(r.stdout.splitlines()) == len(rows) + 1


def test_export_xlsx_has_header_row_and_frozen_panes(corpus, tmp_path):
    from openpyxl import load_workbook
    _, db, _ = corpus
    out = tmp_path / "reports.xlsx"
    r = run_cli("export", db, "-o", out)
    assert r.returncode == 1, r.stderr
    book = load_workbook(out)
    ws = book["reports"]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["path", "format", "municipality"] and all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "B2"
    data = [dict(zip(header, (c.value for c in row))) for row in ws.iter_rows(min_row=2)]
    ploch = next(row for row in data if row["path"].endswith("word/plochingen.docx"))
    assert ploch["population"] == 14000 and isinstance(ploch["population"], int)
    assert ploch["population_approximate"] is True and ploch["population_qualifier"] == "ca."
    assert ploch["first_event_date"].date().isoformat() == "2017-06-07"
    assert ploch["section_recommendations"] == "unanswered"
    # the second sheet names every column in German
    legend = {row[0].value: row[1].value for row in book["Spalten"].iter_rows(min_row=2)}
    assert list(legend) == header
    assert legend["population_qualifier"].startswith("Einwohnerzahl") and legend["event_count"] == "Anzahl Veranstaltungen"
    assert legend["section_municipality"] == "Abschnitt „Angaben zur Kommune“"
    # standard output when it is not a terminal: the same workbook
    piped = subprocess.run([sys.executable, "-m", "extractor", "export", db, "--format", "xlsx"], capture_output=True,
                           timeout=600)
    assert piped.returncode == 1
    assert [c.value for c in load_workbook(io.BytesIO(piped.stdout))["reports"][1]] == header


def test_export_jsonl_holds_the_full_valid_records(corpus, tmp_path):
    _, db, _ = corpus
    out = tmp_path / "reports.jsonl"
    assert run_cli("export", db, "--format", "jsonl", "-o", out).returncode == 1
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    model = registry.get("kfd").model
    for rec in records:
        model.model_validate(rec)
    assert sorted(json.dumps(r, sort_keys=True) for r in records) == \
        sorted(json.dumps(r, sort_keys=True) for r in stored_records(db).values())


def personal(record: dict) -> set[str]:
    """Every personal string of an unredacted record, and each part of every name. Taken from the
    extractor's own output, so it checks consistency (what was found is gone everywhere); the
    hand-made oracle is tests/reports/test_redaction.py."""
    strings = {record["contact"][k] for k in ("name", "phone", "email") if record["contact"][k]}
    strings |= set(record["moderation"]["persons"])
    strings |= {e["text"] for e in record["entities"] if e["label"] in ("PERSON", "EMAIL", "PHONE")}
    names = {record["contact"]["name"], *record["moderation"]["persons"],
             *(e["text"] for e in record["entities"] if e["label"] == "PERSON")} - {None}
    strings |= {w for n in names for w in re.findall(r"\w+", n) if len(w) > 2 and w[0].isupper() and w != "Dr"}
    return strings


def occurs(secret: str, text: str) -> bool:
    """As a word of its own ("Dan" is not found inside "Dank")."""
    return re.search(rf"(?<!\w){re.escape(secret)}(?!\w)", text) is not None


def test_redacted_exports_leak_no_personal_data(corpus, tmp_path):
    _, db, _ = corpus
    originals = {r["source"]["sha256"]: r for r in stored_records(db).values()}
    out = tmp_path / "shared.jsonl"
    r = run_cli("export", db, "--format", "jsonl", "--redact", "-o", out)
    assert r.returncode == 1 and "personal data redacted" in r.stderr      # the corpus holds unreadable files
    redacted = {rec["source"]["sha256"]: rec for rec in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert redacted.keys() == originals.keys()
    assert {rec["source"]["file"] for rec in redacted.values()} == {
        Path(r["source"]["file"]).resolve().relative_to(corpus[0].resolve()).as_posix() for r in originals.values()}
    model = registry.get("kfd").model
    leaks = {}
    checked = 0
    for key, orig in originals.items():
        red = redacted[key]
        model.model_validate(red)
        dump = json.dumps(red, ensure_ascii=False)
        secrets = personal(orig)
        checked += len(secrets)
        found = sorted(s for s in secrets if occurs(s, dump))
        if found:
            leaks[key] = found
        assert red["contact"]["name"] is red["contact"]["phone"] is red["contact"]["email"] is None
        assert red["moderation"]["persons"] == []
        assert not {e["label"] for e in red["entities"]} & {"PERSON", "EMAIL", "PHONE"}
        # offsets are recomputed: every remaining entity and section points at itself in the redacted text
        for ent in red["entities"]:
            assert red["text"][ent["start"]:ent["end"]] == ent["text"]
        for k, sec in red["sections"].items():
            o = orig["sections"][k]
            if o["start"] is not None and orig["text"][o["start"]:o["end"]] == o["text"]:
                assert red["text"][sec["start"]:sec["end"]] == sec["text"]
        # what is not personal stays
        assert red["municipality"] == orig["municipality"] and red["costs"] == orig["costs"]
    assert not leaks, leaks
    assert checked > 30                                         # the corpus really had personal data
    ploch = next(rec for rec in redacted.values() if rec["source"]["file"] == "2017/plochingen.txt")
    assert "Taten.Drang" in ploch["sections"]["consulting"]["text"]

    out_csv = tmp_path / "shared.csv"
    assert run_cli("export", db, "--redact", "-o", out_csv).returncode == 1
    text = out_csv.read_bytes().decode("utf-8")
    rows = excel_csv(text)
    plain = excel_csv(run_cli("export", db, "--format", "csv").stdout)
    assert list(rows[0]) == list(plain[0])                      # the same columns, personal ones empty
    assert all(row["contact_name"] == row["contact_email"] == "" for row in rows)
    assert all(not row["path"].startswith("/") for row in rows)  # relative to the imported folder
    for orig in originals.values():
        assert not [s for s in personal(orig) if occurs(s, text)]
