"""The ``check`` summary on hand-made checks with known answers: what counts as complete, what coverage
is divided by, what the gaps and counts are; and the per-report rows of its csv and json."""
import dataclasses
import json
from io import BytesIO

from extractor.core import registry
from extractor.reports.check import CheckReport, ReportCheck, from_rows, summarise, write_csv, write_json
from tests.support.bulk import excel_csv

RT = registry.get("kfd")
KEYS = list(RT.form.keys)
NOT_A_FORM = {"code": "not_a_form", "message": "no heading of the form", "section": None}


def ok(path: str, missing=(), unanswered=(), warnings=()) -> ReportCheck:
    return ReportCheck(path=path, status="ok", format="txt", label=path.upper(), missing=list(missing),
                       unanswered=list(unanswered), warnings=list(warnings))


def failed(path: str, code: str = "corrupt") -> ReportCheck:
    return ReportCheck.from_failure(path, code, "broken", "pdf")


CHECKS = [
    ok("a"),                                                     # complete
    ok("b", unanswered=["costs"]),                               # not complete: an unanswered section
    ok("c", missing=["costs", "results"]),
    ok("d", warnings=[{"code": "year_inferred", "message": "m", "section": "concept"},
                      {"code": "year_inferred", "message": "n", "section": "events"}]),
    ok("poster", missing=KEYS, warnings=[NOT_A_FORM]),
    failed("e"), failed("f"), failed("g", "timeout"),
]


def by_key(summary: dict) -> dict:
    return {s["key"]: s for s in summary["sections"]}


def test_counts_and_complete_reports():
    s = summarise(CHECKS, RT)
    assert (s["reports"], s["ok"], s["failed"], s["not_a_form"], s["counted"]) == (8, 5, 3, 1, 4)
    assert s["complete"] == 2                      # a and d; b has an unanswered section, c missing ones
    assert s["non_forms_included"] is False
    assert s["warnings"] == {"year_inferred": 2, "not_a_form": 1}
    assert s["errors"] == {"corrupt": 2, "timeout": 1}


def test_coverage_is_over_the_readable_forms_only():
    sec = by_key(summarise(CHECKS, RT))
    # 4 readable forms; failed files and the poster are not in the denominator
    assert sec["costs"] == {"key": "costs", "heading": RT.form.section("costs").heading,
                            "answered": 2, "unanswered": 1, "missing": 1, "coverage": 0.5}
    assert sec["results"]["coverage"] == 0.75 and sec["results"]["missing"] == 1
    assert sec["topics"]["coverage"] == 1.0 and sec["topics"]["answered"] == 4


def test_non_forms_included_on_request():
    s = summarise(CHECKS, RT, include_non_forms=True)
    assert s["counted"] == 5 and s["non_forms_included"] is True and s["complete"] == 2
    assert by_key(s)["topics"] == {"key": "topics", "heading": RT.form.section("topics").heading,
                                   "answered": 4, "unanswered": 0, "missing": 1, "coverage": 0.8}
    assert by_key(s)["costs"]["coverage"] == 0.4


def test_gaps_most_reports_first_then_form_order():
    gaps = summarise(CHECKS, RT)["gaps"]
    assert [(g["key"], g["reports"], g["missing"], g["unanswered"]) for g in gaps] == [
        ("costs", 2, 1, 1), ("results", 1, 1, 0)]
    assert gaps[0]["heading"] == RT.form.section("costs").heading
    with_poster = summarise(CHECKS, RT, include_non_forms=True)["gaps"]
    assert [(g["key"], g["reports"]) for g in with_poster[:2]] == [("costs", 3), ("results", 2)]
    assert [g["key"] for g in with_poster[2:]] == sorted(k for k in KEYS if k not in ("costs", "results"))


def test_nothing_readable_gives_zero_coverage():
    s = summarise([failed("x")], RT)
    assert s["counted"] == 0 and s["complete"] == 0
    assert all(sec["coverage"] == 0.0 for sec in s["sections"])
    assert summarise([], RT)["reports"] == 0


def test_state_of_a_section():
    c = ok("b", missing=["costs"], unanswered=["topics"])
    assert (c.state("costs"), c.state("topics"), c.state("results")) == ("missing", "unanswered", "answered")
    assert failed("x").state("costs") is None
    assert c.form is True and ok("p", warnings=[NOT_A_FORM]).form is False


def test_umlauts_stay_as_written_in_json():
    out = BytesIO()
    write_json(CheckReport([ok("lörrach.txt")], RT, "test"), out)
    assert "lörrach.txt".encode("utf-8") in out.getvalue() and b"\\u00f6" not in out.getvalue()


def test_checks_from_database_rows():
    record = {"source": {"format": "docx"}, "municipality": {"name": "Lahr"},
              "quality": {"missing_sections": ["costs"], "unanswered_sections": ["topics"],
                          "warnings": [{"code": "year_inferred", "message": "m", "section": None}]}}
    rows = [{"path": "/r/lahr.docx", "status": "ok", "record": record, "format": "docx",
             "error_code": None, "error_message": None},
            {"path": "/r/bad.pdf", "status": "failed", "record": None, "format": "pdf",
             "error_code": "corrupt", "error_message": "broken xref"}]
    good, bad = from_rows(rows, RT)
    assert (good.path, good.status, good.format, good.label) == ("/r/lahr.docx", "ok", "docx", "Lahr")
    assert (good.missing, good.unanswered, [w["code"] for w in good.warnings]) == (["costs"], ["topics"],
                                                                                  ["year_inferred"])
    assert (bad.status, bad.format, bad.error_code, bad.error_message) == ("failed", "pdf", "corrupt", "broken xref")
    assert bad.missing == [] and bad.label is None and bad.path == "/r/bad.pdf"
    no_record = {**rows[0], "record": None, "path": "/r/half.docx"}    # ok without a record: nothing to check
    (half,) = from_rows([no_record], RT)
    assert (half.status, half.path, half.format) == ("failed", "/r/half.docx", "docx")
    assert ReportCheck.from_failure("/r/x.pdf", "corrupt", "m").path == "/r/x.pdf"


HEADER = ["path", "status", "municipality", "form", "missing_count", "unanswered_count", "warning_count",
          "missing_sections", "unanswered_sections", "warning_codes", "error_code", "error_message",
          *(f"section_{k}" for k in KEYS)]


def test_csv_rows_hold_known_counts_and_states():
    out = BytesIO()
    write_csv(CheckReport(CHECKS[:4] + [CHECKS[5]], RT, "test"), out)
    rows = excel_csv(out.getvalue().decode("utf-8"))
    assert list(rows[0]) == HEADER
    label = RT.label_column
    a, b, c, d, e = rows
    assert (d["warning_count"], d["warning_codes"]) == ("2", "year_inferred; year_inferred")
    assert (a["path"], a["status"], a[label], a["form"]) == ("a", "ok", "A", "1")
    assert (a["missing_count"], a["unanswered_count"], a["warning_count"]) == ("0", "0", "0")
    assert (b["missing_count"], b["unanswered_count"], b["unanswered_sections"]) == ("0", "1", "costs")
    assert (c["missing_count"], c["missing_sections"]) == ("2", "costs; results")
    assert (c["section_costs"], c["section_results"], c["section_topics"]) == ("missing", "missing", "answered")
    assert b["section_costs"] == "unanswered"
    assert (e["status"], e["missing_count"], e["form"], e["error_code"], e["error_message"]) == (
        "failed", "", "", "corrupt", "broken")
    assert e["section_costs"] == ""


def test_coverage_is_rounded_to_four_places():
    checks = [ok("a"), ok("b", missing=["costs"]), ok("c", missing=["costs"])]
    assert by_key(summarise(checks, RT))["costs"]["coverage"] == 0.3333


def test_a_type_without_a_label_column_calls_it_label():
    rt = dataclasses.replace(RT, label_column=None)
    out = BytesIO()
    write_csv(CheckReport([ok("a")], rt, "test"), out)
    assert list(excel_csv(out.getvalue().decode("utf-8"))[0])[:3] == ["path", "status", "label"]
    assert "label" in ok("a").as_dict(rt) and "municipality" not in ok("a").as_dict(rt)


def test_json_holds_summary_and_reports():
    out = BytesIO()
    write_json(CheckReport(CHECKS, RT, "test"), out)
    doc = json.loads(out.getvalue())
    assert doc["summary"]["complete"] == 2 and len(doc["reports"]) == len(CHECKS)
    first, poster, broken = doc["reports"][0], doc["reports"][4], doc["reports"][5]
    assert broken["path"] == "e"
    assert first[RT.label_column] == "A" and "label" not in first and first["form"] is True
    assert poster["form"] is False and broken["form"] is None and broken["error_code"] == "corrupt"
