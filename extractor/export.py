"""Exports for analysts: one row per imported report (CSV, XLSX) with the headline fields and section
completeness, or the full records (JSON Lines). ``redact`` removes personal data (see ``redact.py``)."""
from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .form import FormDef
from .redact import redact as redact_record

FORMATS = ("csv", "xlsx", "jsonl")
PERSONAL_COLUMNS = {"contact_name", "contact_phone", "contact_email", "moderation_persons"}


def columns(form: FormDef, *, redact: bool) -> list[str]:
    cols = ["path", "format", "municipality", "municipality_kind", "website", "district", "region", "population",
            "contact_name", "contact_role", "contact_organisation", "contact_phone", "contact_email",
            "moderation_organisations", "moderation_persons", "first_event_date", "last_event_date", "events",
            "participant_total", "total_costs", "topics", "results", "organisations",
            "sections_answered", "missing_count", "unanswered_count", "warning_count",
            "missing_sections", "unanswered_sections", *(f"section_{k}" for k in form.keys),
            "sha256", "extractor_version", "imported_at"]
    return [c for c in cols if not (redact and c in PERSONAL_COLUMNS)]


def _join(items: Iterable[Any]) -> str:
    return "; ".join(str(i) for i in items if i)


def flat_row(row: dict[str, Any], record: dict[str, Any], form: FormDef) -> dict[str, Any]:
    """The export columns of one database row; ``record`` is the (possibly redacted) record."""
    muni = record.get("municipality") or {}
    contact = record.get("contact") or {}
    moderation = record.get("moderation") or {}
    quality = record.get("quality") or {}
    dates = sorted(d for e in record.get("events") or [] for d in (e.get("date"), e.get("end_date")) if d)
    missing = quality.get("missing_sections") or []
    unanswered = quality.get("unanswered_sections") or []
    imported = row.get("imported_at")
    return {
        "path": row["path"],
        "format": row.get("format"),
        "municipality": muni.get("name"),
        "municipality_kind": muni.get("kind"),
        "website": muni.get("website"),
        "district": muni.get("district"),
        "region": muni.get("region"),
        "population": row.get("population"),
        "contact_name": contact.get("name"),
        "contact_role": contact.get("role"),
        "contact_organisation": contact.get("organisation"),
        "contact_phone": contact.get("phone"),
        "contact_email": contact.get("email"),
        "moderation_organisations": _join(moderation.get("organisations") or []),
        "moderation_persons": _join(moderation.get("persons") or []),
        "first_event_date": dt.date.fromisoformat(dates[0]) if dates else None,
        "last_event_date": dt.date.fromisoformat(dates[-1]) if dates else None,
        "events": len(record.get("events") or []),
        "participant_total": row.get("participant_total"),
        "total_costs": row.get("total_costs"),
        "topics": _join(record.get("topics") or []),
        "results": len(record.get("results") or []),
        "organisations": _join(o.get("name") for o in record.get("organisations") or []),
        "sections_answered": len(form.keys) - len(missing) - len(unanswered),
        "missing_count": len(missing),
        "unanswered_count": len(unanswered),
        "warning_count": len(quality.get("warnings") or []),
        "missing_sections": " ".join(missing),
        "unanswered_sections": " ".join(unanswered),
        **{f"section_{k}": "missing" if k in missing else "unanswered" if k in unanswered else "answered"
           for k in form.keys},
        "sha256": row.get("sha256"),
        "extractor_version": row.get("extractor_version"),
        "imported_at": imported.replace(tzinfo=None, microsecond=0) if isinstance(imported, dt.datetime) else imported,
    }


def prepared(rows: Iterable[dict[str, Any]], *, redact: bool) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(row, record) for every ok row, the record redacted when asked."""
    for row in rows:
        record = row.get("record")
        if row.get("status") != "ok" or not record:
            continue
        if redact:  # the stored path can name a person too ("Bericht_Unseld.docx"): scrub it alongside
            scrubbed = redact_record({**record, "_stored_path": row["path"]})
            row = {**row, "path": scrubbed.pop("_stored_path")}
            record = scrubbed
        yield row, record


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], form: FormDef, *, redact: bool) -> int:
    cols = columns(form, redact=redact)
    writer = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    n = 0
    for row, record in prepared(rows, redact=redact):
        flat = flat_row(row, record, form)
        writer.writerow({k: "" if flat[k] is None else _cell(flat[k]) for k in cols})
        n += 1
    return n


def write_jsonl(rows: Iterable[dict[str, Any]], out: IO[str], *, redact: bool) -> int:
    n = 0
    for _, record in prepared(rows, redact=redact):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_xlsx(rows: Iterable[dict[str, Any]], path: Path, form: FormDef, *, redact: bool) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    cols = columns(form, redact=redact)
    wb = Workbook()
    ws = wb.active
    ws.title = "reports"
    ws.append(cols)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    widths = [len(c) for c in cols]
    for row, record in prepared(rows, redact=redact):
        flat = flat_row(row, record, form)
        values = [_cell(flat[c]) for c in cols]
        ws.append(values)
        for i, v in enumerate(values):
            widths[i] = max(widths[i], min(len(str(v)) if v is not None else 0, 60))
        n += 1
    for i, c in enumerate(cols):
        if cols[i] in ("first_event_date", "last_event_date"):
            for cell in ws[get_column_letter(i + 1)][1:]:
                cell.number_format = "yyyy-mm-dd"
        ws.column_dimensions[get_column_letter(i + 1)].width = widths[i] + 2
    ws.freeze_panes = "B2"  # header row and the file column stay in view
    ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return n
