"""``export``: the imported reports as csv, xlsx or jsonl, optionally without personal data."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from extractor.core.report_type import ReportType

from .common import DB_HELP, fail_usage, file_mode_option, open_db, type_option

EPILOG = """\b
Examples:
  report-extractor export reports.db -o reports.xlsx        # format from the file name
  report-extractor export reports.db --format csv > reports.csv
  report-extractor export reports.db --format jsonl --redact -o shared.jsonl

\b
--redact blanks the report type's personal fields (for KFD: the contact's name, phone and e-mail, and
the moderating persons; the columns stay, empty) and replaces personal data wherever it occurs, also
in the full text and section answers, with a token per kind ([Name], [Adresse], [E-Mail], ...); paths
are given relative to the imported folder. Output files are written with mode 600 (--file-mode).
"""


@click.command(epilog=EPILOG)
@click.argument("database", required=False)
@click.option("--db", help=DB_HELP + " Instead of DATABASE.")
@click.option("-f", "--format", "fmt", type=click.Choice(["csv", "xlsx", "jsonl"]),
              help="Output format [default: from the -o file name, else csv].")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (required for xlsx). Without it, csv/jsonl go to stdout.")
@click.option("--redact", is_flag=True, help="Remove personal data everywhere (see below).")
@type_option("Report type (schema)")
@file_mode_option
def export(database: str | None, db: str | None, fmt: str | None, output: Path | None, redact: bool,
           report_type: ReportType, file_mode: int) -> None:
    """Export the imported reports: one row per report (csv, xlsx) or the full records (jsonl).

    Rows hold the report type's headline columns (for KFD: municipality, district, region, population,
    contact, events, participants, costs, topics) and the completeness of every section. Failed files are
    not exported.
    """
    from extractor.core.private_files import open_text
    from extractor.reports import export as export_mod

    if database and db:
        fail_usage("give the database once (DATABASE or --db)")
    db = db or database or "reports.db"
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = suffix if suffix in export_mod.FORMATS else "csv"
    if fmt == "xlsx" and output is None:
        fail_usage("xlsx needs an output file: -o reports.xlsx")
    rt = report_type
    store = open_db(db, create=False)
    try:
        rows = store.rows(report_type=rt.name)
        if fmt == "xlsx":
            n = export_mod.write_xlsx(rows, output, rt, redact=redact, file_mode=file_mode)
        else:
            fh = open_text(output, file_mode) if output else sys.stdout
            try:
                if fmt == "csv":
                    n = export_mod.write_csv(rows, fh, rt, redact=redact)
                else:
                    n = export_mod.write_jsonl(rows, fh, rt, redact=redact)
            finally:
                if output:
                    fh.close()
        failed = sum(1 for r in store.rows(with_record=False, status="failed", report_type=rt.name))
    finally:
        store.close()
    where = f" to {output}" if output else ""
    redacted = ", personal data redacted" if redact else ""
    note = f"; {failed} failed files not exported" if failed else ""
    click.echo(f"exported {n} reports{where} ({fmt}{redacted}){note}", err=True)
