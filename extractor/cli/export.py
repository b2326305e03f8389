"""``export``: the imported reports as csv, xlsx or jsonl, optionally without personal data."""
from __future__ import annotations

import sys

import click

from extractor.core.report_type import ReportType
from extractor.core.wording import plural
from extractor.reports.export import WRITERS

from .common import (DB_HELP, EXIT_FAILED, EXIT_OK, choose_writer, csv_option, fail_usage, open_db, open_output,
                     output_options, type_option)

EPILOG = """\b
Examples:
  report-extractor export reports.db -o reports.xlsx        # the format from the extension
  report-extractor export reports.db -o reports.csv         # for German Excel; --csv-dialect rfc4180 for others
  report-extractor export reports.db --format jsonl --redact -o shared.jsonl

\b
--redact blanks the report type's personal fields (for KFD: the contact's name, phone and e-mail, and
the moderating persons; the columns stay, empty) and replaces personal data wherever it occurs, also
in the full text and section answers, with a token per kind ([Name], [Adresse], [E-Mail], ...); paths
are given relative to the imported folder. Output files are written with mode 600 (--file-mode).
Exit status: 0 every report exported, 1 the database holds files that could not be read (they are
not exported), 2 usage error (see report-extractor --help).
"""


@click.command(epilog=EPILOG)
@click.argument("database", required=False)
@click.option("--db", help=DB_HELP + " The same as DATABASE [default: reports.db].")
@output_options(WRITERS, "csv", "the export")
@csv_option
@click.option("--redact", is_flag=True, help="Remove personal data everywhere (see below).")
@type_option("Report type")
def export(database: str | None, db: str | None, fmt: str | None, output: str | None, file_mode: int, csv_style,
           redact: bool, report_type: ReportType) -> None:
    """Export the imported reports: one row per report (csv, xlsx) or the full records (jsonl).

    Rows hold the report type's columns (for KFD: municipality, district, region, population with its
    qualifier, contact, events, participants, costs, topics, ...), the completeness of every section and
    the warning codes; the xlsx file lists every column with its German title on a second sheet.
    Failed files are not exported.
    """
    from extractor.core.filenames import shown
    from extractor.reports.export import Export

    if database and db:
        fail_usage("give the database once (DATABASE or --db)")
    writer = choose_writer(WRITERS, fmt, output, "csv")
    rt = report_type
    store = open_db(db or database or "reports.db", create=False)
    try:
        if not any(True for _ in store.rows(with_record=False, report_type=rt.name)):
            fail_usage(f"nothing to export: {store.display_url} holds no {rt.name} reports (import some first)")
        with open_output(output, file_mode) as out:
            n = writer.write(Export(store.rows(report_type=rt.name), rt, redact=redact, csv=csv_style), out)
        failed = sum(1 for _ in store.rows(with_record=False, status="failed", report_type=rt.name))
    finally:
        store.close()
    where = f" to {shown(output)}" if output not in (None, "-") else ""
    redacted = ", personal data redacted" if redact else ""
    note = f"; {plural(failed, 'file')} could not be read and {'is' if failed == 1 else 'are'} not exported" \
        if failed else ""
    click.echo(f"exported {plural(n, 'report')}{where} ({writer.name}{redacted}){note}", err=True)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)
