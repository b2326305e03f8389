"""Exports for analysts: one row per imported report (CSV, XLSX) with the report type's headline columns
and section completeness, or the full records (JSON Lines); ``WRITERS`` is the table of formats.
``redact`` removes personal data (``redact.py``).

The columns are the report type's (``ReportType.columns``) between the columns every report has. What
is written does not depend on the type: each column's ``kind`` says how its value is written (a list
joined by ``LIST_SEPARATOR``, a date as a date, a flag as 1/0 or a real boolean). A redacted export has
the same columns, with the personal ones left empty, so scripts work on both; its ``path`` is relative
to the folder the file was imported from. Cells are neutralised where they are made (``CsvStyle.writer``,
``cells.append_xlsx_row``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from extractor.core.filenames import shown
from extractor.core.report_type import Column, ReportType

from .cells import append_xlsx_row
from .redact import redact as redact_record, shared_path
from .writers import LIST_SEPARATOR, CsvStyle, Writer, json_lines


@dataclass(frozen=True)
class ExportColumn:
    name: str       # the header: stable, English
    title: str      # German, for the people who read the sheet
    kind: str       # a Column kind


def columns(rt: ReportType) -> list[ExportColumn]:
    """Every export column in order: the file, the type's columns, completeness, provenance."""
    sections = [ExportColumn(f"section_{s.key}", f"Abschnitt „{s.heading}“", "text") for s in rt.form.sections]
    return [
        ExportColumn("path", "Datei", "text"),
        ExportColumn("format", "Dateiformat", "text"),
        *(ExportColumn(c.name, c.title, c.kind) for c in rt.columns),
        ExportColumn("answered_count", "Anzahl beantworteter Abschnitte", "count"),
        ExportColumn("missing_count", "Anzahl fehlender Abschnitte", "count"),
        ExportColumn("unanswered_count", "Anzahl unbeantworteter Abschnitte", "count"),
        ExportColumn("warning_count", "Anzahl Warnungen", "count"),
        ExportColumn("missing_sections", "fehlende Abschnitte", "list"),
        ExportColumn("unanswered_sections", "unbeantwortete Abschnitte", "list"),
        ExportColumn("warning_codes", "Warnungen (Codes)", "list"),
        *sections,
        ExportColumn("sha256", "Prüfsumme der Datei (SHA-256)", "text"),
        ExportColumn("extractor_version", "Version von report-extractor", "text"),
        ExportColumn("imported_at", "importiert (UTC)", "date"),
    ]


def _value(column: Column, record: dict[str, Any], rt: ReportType, redact: bool) -> Any:
    if redact and rt.is_personal(column):
        return [] if column.kind == "list" else None
    value = column.value(record)
    if column.kind == "list":
        return list(value or [])
    if column.kind == "date" and isinstance(value, str) and len(value) == 10:  # a day; "2024-05" stays text
        return dt.date.fromisoformat(value)
    return value


def flat_row(row: dict[str, Any], record: dict[str, Any], rt: ReportType, *, redact: bool = False) -> dict[str, Any]:
    """The export columns of one database row, lists as lists; ``record`` is the (possibly redacted) record."""
    keys = rt.form.keys
    quality = record.get("quality") or {}
    missing = quality.get("missing_sections") or []
    unanswered = quality.get("unanswered_sections") or []
    warnings = quality.get("warnings") or []
    imported = row.get("imported_at")
    return {
        "path": shown(row["path"]),   # a name with a line break or an ESC in it is written escaped
        "format": row.get("format"),
        **{c.name: _value(c, record, rt, redact) for c in rt.columns},
        "answered_count": len(keys) - len(missing) - len(unanswered),
        "missing_count": len(missing),
        "unanswered_count": len(unanswered),
        "warning_count": len(warnings),
        "missing_sections": list(missing),
        "unanswered_sections": list(unanswered),
        "warning_codes": [w["code"] for w in warnings],
        **{f"section_{k}": "missing" if k in missing else "unanswered" if k in unanswered else "answered"
           for k in keys},
        "sha256": row.get("sha256"),
        "extractor_version": row.get("extractor_version"),
        "imported_at": imported.replace(tzinfo=None, microsecond=0) if isinstance(imported, dt.datetime) else imported,
    }


def prepared(rows: Iterable[dict[str, Any]], rt: ReportType, *,
             redact: bool) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row, record) for every ok row, the record redacted when asked."""
    for row in rows:
        record = row.get("record")
        if row.get("status") != "ok" or not record:
            continue
        if redact:  # the path too: relative to its import folder, and scrubbed ("Bericht_Unseld.docx")
            record = redact_record(record, rt, file=shared_path(row["path"], row.get("root")))
            row = {**row, "path": record["source"]["file"]}
        yield row, record


def _cell(value: Any) -> Any:
    """One value for a sheet cell: a list joined, a whole float as an integer."""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(str(v) for v in value if v not in (None, ""))
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass
class Export:
    """What the export writers write: the database rows of one report type."""
    rows: Iterable[dict[str, Any]]
    rt: ReportType
    redact: bool = False
    csv: CsvStyle = field(default_factory=CsvStyle)

    def flat_rows(self) -> Iterator[dict[str, Any]]:
        for row, record in prepared(self.rows, self.rt, redact=self.redact):
            yield flat_row(row, record, self.rt, redact=self.redact)


def write_csv(export: Export, out: IO[bytes]) -> int:
    cols = [c.name for c in columns(export.rt)]
    n = 0
    with export.csv.writer(out) as writer:
        writer.writerow(cols)
        for flat in export.flat_rows():
            writer.writerow([_cell(flat[c]) for c in cols])
            n += 1
    return n


def write_jsonl(export: Export, out: IO[bytes]) -> int:
    return json_lines((record for _, record in prepared(export.rows, export.rt, redact=export.redact)), out)


def write_xlsx(export: Export, out: IO[bytes]) -> int:
    """Sheet "reports": one row per report with a bold, frozen header row, an auto-filter and real
    numbers, dates and booleans; sheet "Spalten": every column's name with its German title."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    cols = columns(export.rt)
    names = [c.name for c in cols]
    wb = Workbook()
    ws = wb.active
    ws.title = "reports"
    append_xlsx_row(ws, names)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    widths = [len(c) for c in names]
    for flat in export.flat_rows():
        values = [_cell(flat[c]) for c in names]
        append_xlsx_row(ws, values)
        for i, v in enumerate(values):
            widths[i] = max(widths[i], min(len(str(v)) if v is not None else 0, 60))
        n += 1
    for i, c in enumerate(cols):
        letter = get_column_letter(i + 1)
        if c.kind == "date":
            for cell in ws[letter][1:]:
                cell.number_format = "yyyy-mm-dd" if c.name != "imported_at" else "yyyy-mm-dd hh:mm:ss"
        ws.column_dimensions[letter].width = widths[i] + 2
    ws.freeze_panes = "B2"  # header row and the file column stay in view
    ws.auto_filter.ref = ws.dimensions

    legend = wb.create_sheet("Spalten")
    append_xlsx_row(legend, ["Spalte", "Bedeutung", "Art"])
    for cell in legend[1]:
        cell.font = Font(bold=True)
    for c in cols:
        append_xlsx_row(legend, [c.name, c.title, c.kind])
    for letter, width in zip("ABC", (max(len(c.name) for c in cols) + 2, max(len(c.title) for c in cols) + 2, 8)):
        legend.column_dimensions[letter].width = width
    wb.save(out)
    return n


WRITERS = (
    Writer("csv", (".csv",), write_csv),
    Writer("xlsx", (".xlsx",), write_xlsx, binary=True),
    Writer("jsonl", (".jsonl",), write_jsonl),
)
