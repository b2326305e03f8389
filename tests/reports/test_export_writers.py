"""The export writers in-process on a hand-made database row whose every column value is known: csv in
both dialects, jsonl and xlsx, plain and redacted; and the output-format contract (``writers``)."""
from __future__ import annotations

import datetime as dt
import json
from io import BytesIO

import pytest
from openpyxl import load_workbook

from extractor.core import registry
from extractor.reports.export import Export, columns, write_csv, write_jsonl, write_xlsx
from extractor.reports.writers import CsvStyle, FormatError, Writer, choose, json_lines, text_stream
from tests.support.bulk import excel_csv
from tests.support.records import plochingen_planted

RT = registry.get("kfd")

RECORD = {
    "source": {"file": "a.txt", "format": "txt"},
    "municipality": {"name": "Plochingen", "kind": "Stadt", "website": "www.plochingen.de", "district": "Esslingen",
                     "region": "Stuttgart", "population": {"value": 14000.0, "approximate": True, "qualifier": "ca."}},
    "contact": {"name": "Felix Unseld", "role": "Koordinator", "organisation": "Stadt Plochingen",
                "phone": "07153 7005104", "email": "unseld@plochingen.de"},
    "moderation": {"organisations": ["Taten.Drang"], "persons": ["Thomas Pfohl", "Daniel Paric"]},
    "events": [{"date": "2017-06-24", "end_date": None}, {"date": "2016-11-09", "end_date": "2016-11-10"}],
    "participants": [{"count": {"value": 40, "approximate": True}}, {"count": {"value": 20, "approximate": False}},
                     {"count": {"value": None}}],
    "costs": {"total": {"value": 2500.5, "approximate": False, "qualifier": None}},
    "topics": ["Wohnen", "Arbeit"],
    "results": [{"text": "a"}, {"text": "b"}, {"text": "c"}],
    "organisations": [{"name": "AWO"}, {"name": "VHS"}],
    "quality": {"missing_sections": ["results", "costs"], "unanswered_sections": ["recommendations"],
                "warnings": [{"code": "year_inferred", "message": "m", "section": "concept"},
                             {"code": "date_invalid", "message": "n", "section": None}]},
}
IMPORTED = dt.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=dt.timezone.utc)
ROW = {"path": "/data/kfd/2017/a.txt", "root": "/data/kfd", "format": "txt", "status": "ok", "record": RECORD,
       "sha256": "ab12", "extractor_version": "0.1.0", "imported_at": IMPORTED}
FAILED = {"path": "/data/kfd/b.pdf", "root": "/data/kfd", "format": "pdf", "status": "failed", "record": None,
          "sha256": "cd34", "extractor_version": "0.1.0", "imported_at": IMPORTED}

EXPECTED = {   # the csv text of each column, written by hand from RECORD (German Excel dialect)
    "path": "/data/kfd/2017/a.txt", "format": "txt", "municipality": "Plochingen", "municipality_kind": "Stadt",
    "website": "www.plochingen.de", "district": "Esslingen", "region": "Stuttgart", "population": "14000",
    "population_approximate": "1", "population_qualifier": "ca.", "contact_name": "Felix Unseld",
    "contact_role": "Koordinator", "contact_organisation": "Stadt Plochingen", "contact_phone": "07153 7005104",
    "contact_email": "unseld@plochingen.de", "moderation_organisations": "Taten.Drang",
    "moderation_persons": "Thomas Pfohl; Daniel Paric", "first_event_date": "2016-11-09",
    "last_event_date": "2017-06-24", "event_count": "2", "participant_total": "60",
    "participant_total_approximate": "1", "total_costs": "2500,5", "total_costs_approximate": "0",
    "total_costs_qualifier": "", "topics": "Wohnen; Arbeit", "result_count": "3", "organisations": "AWO; VHS",
    "answered_count": "7", "missing_count": "2", "unanswered_count": "1", "warning_count": "2",
    "missing_sections": "results; costs", "unanswered_sections": "recommendations",
    "warning_codes": "year_inferred; date_invalid",
    **{f"section_{k}": "answered" for k in RT.form.keys},
    "section_results": "missing", "section_costs": "missing", "section_recommendations": "unanswered",
    "sha256": "ab12", "extractor_version": "0.1.0", "imported_at": "2024-05-06 07:08:09",
}


def written(writer, export: Export) -> bytes:
    out = BytesIO()
    writer(export, out)
    return out.getvalue()


def test_csv_for_german_excel_holds_the_known_values():
    data = written(write_csv, Export([ROW, FAILED], RT))
    assert data.startswith("\ufeff".encode()) and data.count(b"\r\n") == 2      # BOM, CRLF, header + one row
    rows = excel_csv(data.decode("utf-8"))
    assert list(rows[0]) == [c.name for c in columns(RT)] == list(EXPECTED)
    assert rows == [EXPECTED]                                                   # the failed file has no row


def test_csv_rfc4180_uses_commas_and_the_decimal_point():
    text = written(write_csv, Export([ROW], RT, csv=CsvStyle("rfc4180"))).decode("utf-8")
    assert not text.startswith("\ufeff") and text.splitlines()[0].startswith("path,format,municipality,")
    assert ",2500.5," in text and ',"Thomas Pfohl; Daniel Paric",' not in text    # "; " needs no quotes here


def test_jsonl_holds_the_records_as_stored():
    lines = written(write_jsonl, Export([ROW, FAILED, ROW], RT)).decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [RECORD, RECORD]


def test_xlsx_has_typed_cells_a_frozen_bold_header_and_a_legend():
    wb = load_workbook(BytesIO(written(write_xlsx, Export([ROW, FAILED], RT))))
    ws = wb["reports"]
    header = [c.value for c in ws[1]]
    assert header == list(EXPECTED) and all(c.font.bold for c in ws[1])
    assert ws.max_row == 2 and ws.freeze_panes == "B2" and ws.auto_filter.ref == ws.dimensions
    row = dict(zip(header, ws[2]))
    assert row["missing_count"].value == 2 and row["answered_count"].value == 7
    assert row["population"].value == 14000 and row["total_costs"].value == 2500.5
    assert row["population_approximate"].value is True and row["total_costs_approximate"].value is False
    assert row["first_event_date"].value == dt.datetime(2016, 11, 9)
    assert row["first_event_date"].number_format == "yyyy-mm-dd"
    assert row["imported_at"].value == dt.datetime(2024, 5, 6, 7, 8, 9)
    assert row["imported_at"].number_format == "yyyy-mm-dd hh:mm:ss"
    assert row["moderation_persons"].value == "Thomas Pfohl; Daniel Paric" and row["website"].value == "www.plochingen.de"
    assert row["total_costs_qualifier"].value is None
    assert ws.column_dimensions["A"].width == len("/data/kfd/2017/a.txt") + 2
    legend = [[c.value for c in r] for r in wb["Spalten"].iter_rows()]
    assert legend[0] == ["Spalte", "Bedeutung", "Art"] and all(c.font.bold for c in wb["Spalten"][1])
    assert legend[1:] == LEGEND
    names, titles = [r[0] for r in LEGEND], [r[1] for r in LEGEND]
    widths = {k: wb["Spalten"].column_dimensions[k].width for k in "ABC"}
    assert widths == {"A": max(map(len, names)) + 2, "B": max(map(len, titles)) + 2, "C": 8}


# The legend sheet, written out by hand; the type's own columns come from the type.
LEGEND = [
    ["path", "Datei", "text"], ["format", "Dateiformat", "text"],
    *([c.name, c.title, c.kind] for c in RT.columns),
    ["answered_count", "Anzahl beantworteter Abschnitte", "count"],
    ["missing_count", "Anzahl fehlender Abschnitte", "count"],
    ["unanswered_count", "Anzahl unbeantworteter Abschnitte", "count"],
    ["warning_count", "Anzahl Warnungen", "count"],
    ["missing_sections", "fehlende Abschnitte", "list"],
    ["unanswered_sections", "unbeantwortete Abschnitte", "list"],
    ["warning_codes", "Warnungen (Codes)", "list"],
    *([f"section_{s.key}", f"Abschnitt „{s.heading}“", "text"] for s in RT.form.sections),
    ["sha256", "Prüfsumme der Datei (SHA-256)", "text"],
    ["extractor_version", "Version von report-extractor", "text"],
    ["imported_at", "importiert (UTC)", "date"],
]


def test_writers_return_how_many_reports_they_wrote():
    for writer in (write_csv, write_jsonl, write_xlsx):
        assert writer(Export([ROW, FAILED, ROW], RT), BytesIO()) == 2
        assert writer(Export([FAILED], RT), BytesIO()) == 0


def test_a_long_value_widens_its_column_up_to_a_limit():
    long_topics = {**RECORD, "topics": ["Wohnen " * 20]}
    ws = load_workbook(BytesIO(written(write_xlsx, Export([{**ROW, "record": long_topics}], RT))))["reports"]
    column = [c.column_letter for c in ws[1] if c.value == "topics"][0]
    assert ws.column_dimensions[column].width == 62
    empty = [c.column_letter for c in ws[1] if c.value == "total_costs_qualifier"][0]   # no value: the header's
    assert ws.column_dimensions[empty].width == len("total_costs_qualifier") + 2


def test_flat_rows_hold_lists_as_lists_and_skip_what_has_no_record():
    sparse = {**RECORD, "moderation": {"organisations": None, "persons": ["A B"]}, "topics": ["Wohnen", "", None]}
    no_record = {**ROW, "record": None}
    failed_with_record = {**FAILED, "record": RECORD}
    as_text = {**ROW, "record": sparse, "imported_at": "2024-05-06 07:08:09"}   # a database that gives text
    (flat,) = Export([no_record, failed_with_record, as_text], RT).flat_rows()
    assert flat["moderation_organisations"] == [] and flat["moderation_persons"] == ["A B"]
    assert flat["imported_at"] == "2024-05-06 07:08:09"
    (redacted,) = Export([{**ROW, "record": plochingen_planted()}], RT, redact=True).flat_rows()
    assert redacted["moderation_persons"] == [] and redacted["contact_name"] is None
    row = excel_csv(written(write_csv, Export([as_text], RT)).decode("utf-8"))[0]
    assert row["topics"] == "Wohnen" and row["imported_at"] == "2024-05-06 07:08:09"


@pytest.fixture
def planted_row() -> dict:
    return {**ROW, "path": "/home/funseld/kfd/2017/bericht_unseld.txt", "root": "/home/funseld/kfd",
            "record": plochingen_planted()}


def test_redacted_xlsx_and_csv_blank_the_personal_columns_and_share_the_path(planted_row):
    ws = load_workbook(BytesIO(written(write_xlsx, Export([planted_row], RT, redact=True))))["reports"]
    row = {h.value: c.value for h, c in zip(ws[1], ws[2])}
    csv_row = excel_csv(written(write_csv, Export([planted_row], RT, redact=True)).decode("utf-8"))[0]
    for shared in (row, csv_row):
        assert shared["path"] == "2017/bericht_[Name].txt"
        assert not any(shared[c] for c in ("contact_name", "contact_phone", "contact_email", "moderation_persons"))
        assert shared["municipality"] == "Plochingen" and shared["contact_role"]
        cells = "\n".join(str(v) for v in shared.values() if v is not None)
        assert "Unseld" not in cells and "unseld" not in cells and "7005" not in cells
    plain = excel_csv(written(write_csv, Export([planted_row], RT)).decode("utf-8"))[0]
    assert plain["contact_name"] == "Felix Unseld" and plain["path"] == planted_row["path"]


def test_redacted_jsonl_holds_the_redacted_record(planted_row):
    (record,) = [json.loads(line) for line in written(write_jsonl, Export([planted_row], RT, redact=True)).splitlines()]
    assert record["source"]["file"] == "2017/bericht_[Name].txt" and record["contact"]["name"] is None
    assert "Unseld" not in json.dumps(record, ensure_ascii=False)


# ------------------------------------------------------------------------------ the format contract

WRITERS = (Writer("csv", (".csv",), write_csv), Writer("xlsx", (".xlsx", ".xlsm"), write_xlsx, binary=True),
           Writer("jsonl", (".jsonl", ".ndjson"), write_jsonl))


@pytest.mark.parametrize("fmt,output,chosen", [
    (None, None, "csv"), (None, "-", "csv"), ("jsonl", None, "jsonl"), ("jsonl", "-", "jsonl"),
    (None, "out/x.xlsx", "xlsx"), (None, "X.NDJSON", "jsonl"), (None, r"C:\out\x.xlsm", "xlsx"),
    ("xlsx", "x.xlsx", "xlsx"), ("csv", "x.unknown.csv", "csv"), (None, "x.tar.csv", "csv"),
    (None, "backup.d/x.csv", "csv"),
])
def test_the_format_from_the_option_or_the_file_name(fmt, output, chosen):
    assert choose(WRITERS, fmt, output, "csv").name == chosen


@pytest.mark.parametrize("fmt,output,message", [
    ("csv", "x.xlsx", "x.xlsx is named as xlsx but --format is csv"),
    (None, "x.txt", "cannot tell the format from the name x.txt: use .csv, .xlsx, .xlsm, .jsonl, .ndjson, or --format"),
    (None, "report", "report has no extension: add one (.csv, .xlsx, .xlsm, .jsonl, .ndjson) or give --format"),
    (None, ".csv", ".csv has no extension"),
    (None, "dir.d/report", "dir.d/report has no extension"),
    (None, "a/b/c.d/report", "a/b/c.d/report has no extension"),
    (None, r"C:\out.d\report", r"C:\out.d\report has no extension"),
])
def test_a_file_name_that_does_not_tell_or_contradicts_the_format_is_refused(fmt, output, message):
    with pytest.raises(FormatError) as err:
        choose(WRITERS, fmt, output, "csv")
    assert str(err.value).startswith(message)


def test_a_known_format_with_an_unknown_suffix_is_taken():
    assert choose(WRITERS, "jsonl", "x.txt", "csv").name == "jsonl"


@pytest.mark.parametrize("value,excel,rfc", [
    (None, "", ""), (True, "1", "1"), (False, "0", "0"), (3.0, "3", "3"), (2.5, "2,5", "2.5"),
    (-0.25, "-0,25", "-0.25"), (7, "7", "7"), ("a.b", "a.b", "a.b"),
])
def test_csv_cells(value, excel, rfc):
    assert CsvStyle().cell(value) == excel and CsvStyle("rfc4180").cell(value) == rfc
    assert CsvStyle().delimiter == ";" and CsvStyle("rfc4180").delimiter == ","


def test_csv_quotes_only_what_needs_it_and_neutralises_formulas():
    out = BytesIO()
    with CsvStyle("rfc4180").writer(out) as rows:
        rows.writerow(["a", 'say "hi"', "x,y", "two\nlines", "=1+2", -3, None])
    assert out.getvalue().decode("utf-8") == 'a,"say ""hi""","x,y","two\nlines",\'=1+2,-3,\r\n'


def test_text_stream_leaves_the_byte_stream_open_and_writes_the_bom_when_asked():
    out = BytesIO()
    with text_stream(out, bom=True) as text:
        text.write("ä")
    with text_stream(out) as text:
        text.write("ö\n")
    assert not out.closed and out.getvalue() == "\ufeffäö\n".encode("utf-8")


def test_json_lines_counts_what_it_writes():
    out = BytesIO()
    assert json_lines(iter([{"a": "ä"}, [1], None]), out) == 3
    assert out.getvalue() == '{"a": "ä"}\n[1]\nnull\n'.encode("utf-8")
