"""``check`` on a corpus with documents that are not on the form (a poster, minutes) next to real reports:
non-forms counted and listed apart and out of the coverage figures; the HTML page, opened in headless
Chromium at a wide and a narrow window, shows them without hovering, shows warnings in German, gives
sections by heading and key, and never breaks a file name inside a word."""
from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest
from lxml import html as lxml_html

from tests.conftest import SAMPLES, SECTION_KEYS
from tests.support.browser import run_chromium
from tests.support.bulk import as_record, excel_csv, query, run_cli

LONG_NAME = "Kommunaler_Fluechtlingsdialog_Abschlussbericht_der_Stadt_Plochingen_2017.txt"
NON_FORMS = ("Plakat_2._Runde.pdf", "Protokoll_Burgerrunde_29_6_17.pdf")


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("mixed")
    folder = root / "Berichte"
    for sub, src in (("real", SAMPLES / "real" / "march.txt"), ("real", SAMPLES / "real" / "aidlingen.txt"),
                     ("2017", SAMPLES / "plochingen.txt"), *(("sonstiges", SAMPLES / "real-pdf" / n) for n in NON_FORMS)):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        (folder / sub / (LONG_NAME if src.name == "plochingen.txt" else src.name)).write_bytes(src.read_bytes())
    db = str(root / "reports.db")
    r = run_cli("import", folder, "--db", db, "--workers", "1")
    assert r.returncode == 0, r.stdout + r.stderr
    return folder, db


def records(db: str) -> dict[str, dict]:
    return {Path(r["path"]).name: as_record(r["record"]) for r in query(db, "SELECT path, record FROM reports")}


def is_form(record: dict) -> bool:
    return "not_a_form" not in [w["code"] for w in record["quality"]["warnings"]]


def answered(record: dict, key: str) -> bool:
    q = record["quality"]
    return key not in q["missing_sections"] and key not in q["unanswered_sections"]


def test_non_forms_are_counted_apart_and_out_of_the_coverage(mixed):
    _, db = mixed
    stored = records(db)
    assert sorted(n for n, rec in stored.items() if not is_form(rec)) == sorted(NON_FORMS)
    for include, counted in ((False, [r for r in stored.values() if is_form(r)]), (True, list(stored.values()))):
        r = run_cli("check", db, "--format", "json", *(["--include-non-forms"] if include else []))
        assert r.returncode == 0, r.stderr
        s = json.loads(r.stdout)["summary"]
        assert (s["reports"], s["ok"], s["not_a_form"], s["counted"]) == (5, 5, 2, len(counted))
        for sec in s["sections"]:
            n = sum(answered(rec, sec["key"]) for rec in counted)
            assert sec["answered"] == n and sec["coverage"] == round(n / len(counted), 4), sec
    # without the two non-forms, every report answers "Angaben zur Kommune"
    s = json.loads(run_cli("check", db, "--format", "json").stdout)["summary"]
    assert s["sections"][0]["coverage"] == 1.0
    reports = {Path(rep["path"]).name: rep for rep in json.loads(run_cli("check", db, "--format", "json").stdout)["reports"]}
    assert [n for n, rep in reports.items() if rep["form"] is False] == sorted(NON_FORMS)

    rows = excel_csv(run_cli("check", db, "--format", "csv").stdout)
    assert sorted(Path(row["path"]).name for row in rows if row["form"] == "0") == sorted(NON_FORMS)


def test_non_forms_are_listed_apart_in_the_terminal(mixed):
    _, db = mixed
    out = run_cli("check", db).stdout
    lines = out.splitlines()
    start = lines.index("2 documents not on the form, left out of the section figures (--include-non-forms counts "
                        "them in):")
    assert sorted(Path(line.strip()).name for line in lines[start + 1:start + 3]) == sorted(NON_FORMS)
    assert sum("not a form" in line for line in lines) == 2
    assert "Sections across 3 reports on the form" in out
    assert "5 reports: 5 read, 2 not on the form, 0 failed" in out


# Runs after the page's own script; writes what a reader sees into attributes of <body>.
PROBE = """<script>
(function () {
  var box = document.getElementById('non-forms');
  var r = box.getBoundingClientRect(), st = getComputedStyle(box);
  var spans = Array.prototype.slice.call(document.querySelectorAll('.file code span'));
  document.body.setAttribute('data-probe', JSON.stringify({
    nonForms: {h: r.height, w: r.width, visible: st.display !== 'none' && st.visibility === 'visible',
               text: box.innerText},
    // a name wrapped inside a word would take two line boxes
    wrapped: spans.filter(function (s) { return s.getClientRects().length > 1; }).map(function (s) { return s.textContent; }),
    spans: spans.length,
    warnings: Array.prototype.map.call(document.querySelectorAll('#warnings tbody tr'), function (tr) {
      return [tr.getAttribute('data-code'), tr.cells[1].innerText.trim(), tr.cells[2].innerText.trim()]; }),
    sections: Array.prototype.map.call(document.querySelectorAll('#sections tbody tr'), function (tr) {
      return [tr.cells[1].innerText.trim(), tr.cells[2].innerText.trim()]; }),
    coverage: document.getElementById('coverage-base').innerText,
    page: document.body.innerText
  }));
})();
</script>
</body>"""


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("width", [1280, 560])
def test_html_page_in_headless_chromium(mixed, tmp_path, width):
    _, db = mixed
    page = tmp_path / "check.html"
    r = run_cli("check", db, "-o", page)
    assert r.returncode == 0 and r.stderr == f"wrote {page}\n"
    source = page.read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(source.replace("</body>", PROBE, 1), encoding="utf-8")
    done = run_chromium(probe, tmp_path / "profile", f"--window-size={width},1600", "--dump-dom")
    seen = json.loads(lxml_html.fromstring(done.stdout).find("body").get("data-probe"))

    # the non-forms: a visible box naming each, and the coverage line says they are left out
    nf = seen["nonForms"]
    assert nf["visible"] and nf["h"] > 40 and nf["w"] > 200
    assert all(name in nf["text"] for name in NON_FORMS)
    assert "nicht mitgezählt" in nf["text"]
    assert seen["coverage"].startswith("Anteil von 3 Berichten auf dem Formular; 2 Dokumente, die kein Formular sind")

    # no file name is broken inside a word, however narrow the window
    assert seen["spans"] > 10 and seen["wrapped"] == []
    assert LONG_NAME in seen["page"]

    # warnings in German, with the section's German heading; the English detail is folded away
    warnings = {code: (section, text) for code, section, text in seen["warnings"]}
    assert warnings["year_inferred"][0] == "Veranstaltungskonzept"
    assert warnings["year_inferred"][1].startswith("Datum ohne Jahreszahl; das Jahr wurde aus dem Bericht erschlossen")
    assert warnings["name_corrected"][1].startswith("Name der Kommune nach Anschrift und Webseite berichtigt")
    assert warnings["not_a_form"][1].startswith("Kein Formular")
    assert "has no year" not in seen["page"]

    # sections by German heading and key
    assert [key for _, key in seen["sections"]] == SECTION_KEYS
    assert seen["sections"][0] == ["Angaben zur Kommune", "municipality"]

    # a screenshot of what the reader sees, at the window's width
    shot = tmp_path / f"check-{width}.png"
    run_chromium(page, tmp_path / "profile-shot", f"--window-size={width},1600", f"--screenshot={shot}")
    assert png_size(shot) == (width, 1600)

