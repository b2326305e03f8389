"""Exports for analysts: one row per imported report (CSV, XLSX) with the report type's headline columns
and section completeness, or the full records (JSON Lines). ``redact`` removes personal data (``redact.py``).

The columns are the report type's (``ReportType.columns``) between the columns every report has. A
redacted export has the same columns, with the personal ones left empty, so scripts work on both;
its ``path`` is relative to the folder the file was imported from. Cells go through ``cells.py``.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from extractor.core.filenames import shown
from extractor.core.private_files import DEFAULT_MODE, open_binary
from extractor.core.report_type import Column, ReportType

from .cells import append_xlsx_row, csv_row
from .redact import redact as redact_record, shared_path

FORMATS = ("csv", "xlsx", "jsonl")


def columns(rt: ReportType) -> list[str]:
    return ["path", "format", *(c.name for c in rt.columns),
            "sections_answered", "missing_count", "unanswered_count", "warning_count",
            "missing_sections", "unanswered_sections", *(f"section_{k}" for k in rt.form.keys),
            "sha256", "extractor_version", "imported_at"]


def _join(items: Iterable[Any]) -> str:
    return "; ".join(str(i) for i in items if i)


def _value(column: Column, record: dict[str, Any], rt: ReportType, redact: bool) -> Any:
    if redact and rt.is_personal(column):
        return None
    value = column.value(record)
    if column.kind == "list":
        return _join(value or [])
    if column.kind == "date" and isinstance(value, str) and len(value) == 10:  # a day; "2024-05" stays text
        return dt.date.fromisoformat(value)
    return value


def flat_row(row: dict[str, Any], record: dict[str, Any], rt: ReportType, *, redact: bool = False) -> dict[str, Any]:
    """The export columns of one database row; ``record`` is the (possibly redacted) record."""
    keys = rt.form.keys
    quality = record.get("quality") or {}
    missing = quality.get("missing_sections") or []
    unanswered = quality.get("unanswered_sections") or []
    imported = row.get("imported_at")
    return {
        "path": shown(row["path"]),   # a name with a line break or an ESC in it is written escaped
        "format": row.get("format"),
        **{c.name: _value(c, record, rt, redact) for c in rt.columns},
        "sections_answered": len(keys) - len(missing) - len(unanswered),
        "missing_count": len(missing),
        "unanswered_count": len(unanswered),
        "warning_count": len(quality.get("warnings") or []),
        "missing_sections": " ".join(missing),
        "unanswered_sections": " ".join(unanswered),
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
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], rt: ReportType, *, redact: bool) -> int:
    cols = columns(rt)
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(cols)
    n = 0
    for row, record in prepared(rows, rt, redact=redact):
        flat = flat_row(row, record, rt, redact=redact)
        writer.writerow(csv_row(["" if flat[k] is None else _cell(flat[k]) for k in cols]))
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str], rt: ReportType, *, redact: bool) -> int:
    n = 0
    for _, record in prepared(rows, rt, redact=redact):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_xlsx(rows: Iterable[dict[str, Any]], path: Path, rt: ReportType, *, redact: bool,
               file_mode: int = DEFAULT_MODE) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    cols = columns(rt)
    dates = {c.name for c in rt.columns if c.kind == "date"}
    wb = Workbook()
    ws = wb.active
    ws.title = "reports"
    append_xlsx_row(ws, cols)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    widths = [len(c) for c in cols]
    for row, record in prepared(rows, rt, redact=redact):
        flat = flat_row(row, record, rt, redact=redact)
        values = [_cell(flat[c]) for c in cols]
        append_xlsx_row(ws, values)
        for i, v in enumerate(values):
            widths[i] = max(widths[i], min(len(str(v)) if v is not None else 0, 60))
        n += 1
    for i, c in enumerate(cols):
        if c in dates:
            for cell in ws[get_column_letter(i + 1)][1:]:
                cell.number_format = "yyyy-mm-dd"
        ws.column_dimensions[get_column_letter(i + 1)].width = widths[i] + 2
    ws.freeze_panes = "B2"  # header row and the file column stay in view
    ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    with open_binary(path, file_mode) as fh:
        wb.save(fh)
    return n
